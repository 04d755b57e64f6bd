"""Anchor: which predicate or noun a date expression modifies, read from the dependency parse.

A date dates the verb its phrase hangs from ("students overran the embassy on November 4, 1979" -> overran), or
a noun when it modifies one ("the 1953 coup", "a September 14 attack", "the seizure ... in 1979"). A noun that is
the object of a light verb hands the event to the verb ("had a phone call on September 24"); a noun with a
"when" clause hands it to that clause ("the 1953 coup, when the US overthrew a government"). A date hanging
from the object of an ordinary verb is read as dating the verb ("broke off relations with Iran in 1980"), and
a dated common-noun subject makes its verb the event ("the 1953 coup toppled Mossadegh"; a named event
such as "the 1979 Islamic Revolution" stays itself) unless the verb only says what the happening led to ("the
1990 invasion triggered the Gulf War": the invasion).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from timeline.events.lexicon import lexicon

_PREMODIFIERS = {"compound", "nmod", "amod", "nummod", "poss", "npadvmod", "quantmod"}
_NOT_EVENTS = {"PERSON", "GPE", "LOC", "NORP", "FAC"}
_CLIMB_POS = {"ADP", "SCONJ", "ADV", "PART", "CCONJ", "PUNCT", "DET", "NUM", "ADJ", "PROPN", "PRON", "X", "SYM",
              "SPACE", "INTJ"}


def _past_the_agent(verb: Token) -> Token:
    """The verb a date dates when the parse hangs it on a participle inside a passive's agent ("Caesar was
    assassinated by senators led by Brutus on 15 March 44 BC": assassinated, not led)."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head
    return verb


def _eventive_noun(tok: Token, via: Token) -> Token | None:
    """The noun a date phrase attached to `tok` makes an event of, if it does (see module docstring).

    Only a date written before a proper noun dates it ("the 1979 Islamic Revolution"); one after it is a
    dateline or an apposition ("NICOSIA, Aug. 8"). Amounts are not events ("81 cents a year ago"): the date
    then dates the clause they are in.
    """
    if tok.pos_ == "PROPN" and (via.dep_ not in _PREMODIFIERS or via.i > tok.i or tok.ent_type_ in _NOT_EVENTS):
        return None  # "in 326 BC Alexander defeated Porus": a person is no event, the verb is
    if tok.like_num or tok.text in ("$", "%") or any(c.dep_ == "nummod" and c.i != via.i for c in tok.children):
        return None
    if via.dep_ in _PREMODIFIERS and via.i < tok.i:
        return tok
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() not in lexicon().light and tok.head.pos_ in ("VERB", "AUX"):
        return None
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return None
    return tok


def _what_it_led_to(noun: Token, verb: Token) -> bool:
    """Whether a dated happening in the subject is the event and its verb only what it led to ("Iraq's August
    1990 invasion of Kuwait triggered the Gulf War", "Rabin's 1995 murder shocked Israel"): the noun is a kind
    of happening the lexicon knows and the verb is neither of its kind ("the 1953 coup toppled Mossadegh"), nor
    what it did ("the bombings killed 224"), nor a word that it took place."""
    lex = lexicon()
    kind, verb_kind = lex.fold(noun.lemma_.lower()), lex.fold(verb.lemma_.lower())
    return kind in lex.kinds and kind not in lex.stop and kind != lex.fold("say") and verb_kind != kind \
        and verb_kind not in lex.outcomes and verb.lemma_.lower() not in lex.happen | lex.stop


def stranded_to(tok: Token) -> bool:
    """Whether a noun is the object of a "to" the parse read as an infinitive's ("brought Castro to power":
    "to" as the auxiliary of a clause headed by "power"): it is a prepositional phrase of the verb above."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def anchor(span: Span) -> tuple[Token, Token | None] | None:
    """(predicate, event noun or None) that the date expression `span` modifies; None when it modifies nothing."""
    inside = range(span.start, span.end)
    tok = span.root
    for _ in range(20):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.i in inside:
            tok = head
            continue
        if head.pos_ == "VERB" or (head.pos_ == "AUX" and head.dep_ not in ("aux", "auxpass")):
            return _past_the_agent(head), None
        if head.pos_ == "NOUN" and head.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in head.children):
            return head, None  # "The Titanic sank on April 15": a verb the tagger read as a noun
        if stranded_to(head):
            tok = head  # "brought Castro to power 42 years ago": the bringing, not a power
            continue
        after_preposition = span.start > 0 and span.doc[span.start - 1].pos_ == "ADP"
        if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and tok.dep_ in _PREMODIFIERS and tok.i < head.i
                                   and not after_preposition):  # "In 326 BCE Alexander defeated": the verb
            noun = _eventive_noun(head, tok)
            if noun is None:
                tok = head
                continue
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon().light:
                return noun.head, noun
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.pos_ == "NOUN" and noun.head.pos_ in ("VERB", "AUX") \
                    and not _what_it_led_to(noun, noun.head):
                return noun.head, noun
            when = [c for c in noun.children if c.dep_ == "relcl"
                    and any(g.lower_ in ("when", "where") for g in c.children)]
            return (when[0], noun) if when else (noun, noun)
        if head.pos_ in _CLIMB_POS or head.pos_ == "AUX":
            tok = head
            continue
        return None
    return None
