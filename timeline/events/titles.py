"""Titles: a short headline for an event, built from its clause's parts, never cut from the raw text.

Subject, the predicate in headline tense, one or two complements, articles and the date itself left out
("Students overrun embassy complex"); persons by the name as written, without their titles ("Khamenei", not
"Supreme Leader Ayatollah Ali Khamenei"); "he"/"she" by the person they stand for. Speech verbs report what
was said ("Khamenei says Iran will not lift ban on talks"). At most MAX_TITLE_WORDS words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from timeline.entities.recognise import demonyms, title_words
from timeline.events.anchor import stranded_to
from timeline.events.lexicon import lexicon

MAX_TITLE_WORDS = 12
SUBJECTS = {"nsubj", "nsubjpass"}
PERSONAL = {"he", "she", "him", "her"}
_NP_LEFT = {"compound", "amod", "nmod", "poss", "nummod", "quantmod", "case", "npadvmod", "punct"}
_NP_PREPS = {"of", "on", "in", "between", "with", "against", "from", "to", "for", "over", "into", "onto", "around",
             "toward", "towards"}
_OBJECTS = {"dobj", "attr", "oprd", "acomp", "dative"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
_DASHES = {"\u2014", "--", "\u2013"}  # a phrase does not reach back across a dash (a dateline's, an aside's)
_ARTICLES = {"a", "an", "the"}
_IRREGULAR = {"be": ("is", "are"), "have": ("has", "have"), "do": ("does", "do"), "go": ("goes", "go")}
_REDUCED = {"acl", "advcl", "amod", "oprd", "xcomp"}
_CONTRACTED = {"'m": "am", "'re": "are", "'s": "is", "'ve": "have"}
_DANGLING = {"of", "and", "to", "in", "on", "with", "for", "by", "at", "from", "that", "or", "but", "between",
             "says", "say", "into", "as", "than", "about", "against", "over", "after", "before", "since", "until",
             "during", "through", "without", "under", "like", "&"}
_HOLLOW = {"i", "we", "you", "he", "she", "it", "they", "this", "that", "there", "'ll", "'d", "will", "would", "can",
           "could", "should", "may", "might", "must", "shall", "'s", "'re", "'m", "'ve", "is", "are", "am", "was",
           "were", "be", "been", "has", "have", "had", "do", "does", "did", "not", "n't"}
_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred",
            "thousand", "million", "billion", "several", "some", "more", "few"}
_SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")  # stop, plan, get: the consonant doubles
_PLACES_AND_BODIES = {"ORG", "GPE", "LOC", "FAC"}
_LENGTHS = {"last", "span"}  # their "from" and "until" phrases are where a happening begins and ends
_BOUNDS = {"from": "begin", "since": "begin", "to": "end", "until": "end", "till": "end", "through": "end"}
_PLURAL_WORDS = {"i", "you", "they", "we", "those", "these", "many", "both", "several", "few"}
_AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could",
                "should", "may", "might", "can", "must", "did", "does", "do"}


def _render(tokens: Iterable[Token], display: dict[int, str] | None = None) -> str:
    """Tokens back to text with their own spacing; a person's tokens become their short name once."""
    display = display or {}
    toks = sorted(set(tokens), key=lambda t: t.i)
    out = ""
    for prev, tok in zip([None, *toks], toks, strict=False):
        text = tok.text
        if tok.i in display:
            if prev is not None and prev.i + 1 == tok.i and display.get(prev.i) == display[tok.i]:
                continue
            text = display[tok.i]
        if prev is not None and out:
            out += prev.whitespace_ if tok.i == prev.i + 1 else " "
        out += text
    return out.strip(" ,;:-_\u2013\u2014\"'\u201c\u201d")


def _np(tok: Token, skip: set[int], display: dict[int, str], depth: int = 0) -> list[Token]:
    """A compact noun phrase: the head, its pre-modifiers, conjuncts and one short prepositional phrase.

    A person's name stands alone, without the titles and offices before it ("US President Donald Trump" ->
    the tokens of "Donald Trump", shown as "Trump").
    """
    if tok.i in skip:
        return []
    named = next((c for c in tok.rights if c.dep_ == "appos" and c.i in display), None) or next((
        g for c in tok.rights if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
        and p.i not in display for g in p.rights if g.dep_ == "appos" and g.i in display), None)
    if tok.pos_ == "NOUN" and named is not None:  # "the Czech foreign minister, Jan Kavan,": Kavan; "the U.S.
        # ambassador to Poland, Dan Fried,": Fried, though the parse hangs him on Poland
        return _np(named, skip, display, depth)
    out = [tok]
    for c in tok.lefts:
        if c.dep_ == "det" and c.lower_ == "no":
            out.append(c)
        if c.i in skip or c.dep_ not in _NP_LEFT:
            continue
        if tok.i in display:
            out += [t for t in c.subtree if t.i in display or (t.dep_ == "cc" and t.head.i in display)]
            continue
        out += [t for t in c.subtree if t.i not in skip and t.lower_ not in _ARTICLES]
    for c in tok.rights:
        if c.dep_ == "conj":
            out += [t for t in tok.rights if t.dep_ == "cc"] + _np(c, skip, display, depth + 1)
        elif c.dep_ == "prep" and depth == 0 and c.lower_ in _NP_PREPS and c.i not in skip:
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj and pobj[0].i not in skip:
                out += [c, *_np(pobj[0], skip, display, depth + 1)]
        elif c.dep_ == "nummod" and tok.pos_ == "PROPN" and c.i not in skip:
            out.append(c)
        elif c.dep_ in ("compound", "flat", "appos") and c.pos_ == "PROPN" and c.i not in skip \
                and tok.pos_ != "PRON":  # "it, Germany in 1955": a list item the parse hung on a pronoun
            if c.dep_ == "appos" and tok.i in display:
                out += [t for t in c.subtree if t.i in display]
                continue
            if c.dep_ == "appos" and c.text.isupper() and len(c.text) <= 6:
                continue
            before = tok.doc[c.left_edge.i - 1]
            clauses = {t.i for g in c.children if g.dep_ in ("relcl", "acl") for t in g.subtree}
            out += [t for t in c.subtree if t.i not in skip and t.i not in clauses]
            out += [before] if c.dep_ == "appos" and before.text == "," else []
        elif c.dep_ == "relcl" and tok.pos_ in ("PRON", "DET") and depth == 0:
            out += [g for g in c.children if g.dep_ in SUBJECTS] + [c]
            out += [t for g in c.children if g.dep_ in _OBJECTS for t in _np(g, skip, display, depth + 1)]
        elif c.dep_ == "punct" and c.text == "," and any(g.dep_ == "conj" for g in tok.children):
            out.append(c)
    wall = max((t.i for t in tok.doc[tok.sent.start:tok.i] if t.text in _DASHES), default=-1)
    return [t for t in out if t.i > wall and not (t.pos_ == "PUNCT" and t.text not in ("-", "'s", "\u2019s", "&", ","))
            and not _office_of(t, display)]


def _office_of(tok: Token, display: dict[int, str]) -> bool:
    """Whether a word is part of the titles right before a person's name ("French President" of "French
    President Emmanuel Macron"), wherever the parse hangs it: titles show by the name alone."""
    if tok.i in display:
        return False
    titled = False
    for t in tok.doc[tok.i:tok.i + 4]:
        if t.i in display:
            return titled
        office = t.lower_.rstrip(".") in title_words()
        if not t.text[:1].isupper() or not (office or t.text in demonyms()):
            return False
        titled = titled or office
    return False


def _inflect(lemma: str, plural: bool) -> str:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma][1 if plural else 0]
    if plural:
        return lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _verb(pred: Token, plural: bool, finite: bool = False, until: bool = False) -> str:
    """The predicate in headline form: present tense, passive as bare participle (after its modal: "must be
    returned"), modals and negation kept.

    A `finite` passive keeps its auxiliary in the present ("says she is heartened", not "says she heartened"):
    a reported clause reads as a sentence, not as a headline. A negation dated `until` a time says it happened
    then ("it did not reopen until 1975": it reopens in 1975).
    """
    children = list(pred.children)
    neg = not until and any(c.dep_ == "neg" for c in children) or any(  # "Neither he nor his parents could be located"
        c.dep_ in SUBJECTS and any(g.lower_ == "neither" for g in c.children) for c in children)
    modal = next((c for c in children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    lemma = pred.lemma_.lower()
    if finite and any(c.dep_ == "auxpass" for c in children):
        aux = f"{modal.lower_} be" if modal is not None else _IRREGULAR["be"][plural]
        verb = f"{aux} {'not ' if neg else ''}{pred.text.lower()}"
    elif any(c.dep_ == "auxpass" for c in children) or (pred.tag_ == "VBN" and pred.dep_ in _REDUCED and not any(
            c.dep_ == "aux" for c in children)):
        verb = ("not " if neg else "") + pred.text.lower()
        if modal is not None:  # "must be returned by Jan. 14" is a demand, not a return
            verb = f"{modal.lower_} {'not ' if neg else ''}be {pred.text.lower()}"
    elif modal is not None:
        verb = f"{modal.lower_} {'not ' if neg else ''}{lemma}"
    elif neg and lemma == "be":
        verb = _IRREGULAR["be"][plural] + " not"
    elif neg:
        verb = ("do not " if plural else "does not ") + lemma
    elif pred.pos_ == "NOUN":  # a verb the tagger read as a noun keeps its written form ("Titanic sank")
        verb = pred.text.lower()
    elif pred.tag_ in ("VBP", "VBZ") and not any(c.dep_ == "aux" for c in children) and (
            plural or pred.tag_ == "VBZ" or lemma == "be"):  # "that Elian remain in Miami": "Elian remains"
        verb = _CONTRACTED.get(pred.text.lower().replace("\u2019", "'"), pred.text.lower())
    else:
        verb = _inflect(lemma, plural)
    return verb


class Titler:
    """Headline titles for the clauses of one parsed document.

    `people` lists (offset, short name, entity id) for each person mention: persons show by short name, and
    "he"/"she" stand for the last person named before them.
    """

    def __init__(self, doc: Doc, people: list[tuple[int, int, str, str]], skip: set[int]) -> None:
        self.doc = doc
        self.people = sorted(people)
        self.skip = skip
        self.display: dict[int, str] = {}
        self.person_at: dict[int, str] = {}
        for start, end, short, eid in people:
            span = doc.char_span(start, end, alignment_mode="expand")
            for t in span if span is not None else ():
                self.display[t.i] = short
                self.person_at[t.i] = eid

    def person_before(self, char: int, exclude: frozenset[str] = frozenset()) -> tuple[str, str] | None:
        """(short name, entity id) of the last person named before `char`, other than `exclude`."""
        before = [(short, eid) for start, _end, short, eid in self.people if start < char and eid not in exclude]
        return before[-1] if before else None

    def refers_to(self, pronoun: Token) -> tuple[str, str] | None:
        """The person "he"/"she"/"him"/"her" stands for: the last one named before it; for an object, the last
        one other than its clause's subject ("Reagan challenged him" is not Reagan challenging himself)."""
        if pronoun.dep_ in SUBJECTS:
            return self._subject_person(pronoun) or self.person_before(pronoun.idx)
        verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS] if verb is not None else []
        owners = {t.i for c in subjects for g in c.subtree if g.dep_ == "poss" for t in g.subtree}
        doers = frozenset(self.person_at[t.i] for c in subjects for t in c.subtree
                          if t.i in self.person_at and t.i not in owners)  # "Elian's relatives cared for him": Elian
        return self.person_before(pronoun.idx, doers)

    def np(self, tok: Token) -> list[Token]:
        """The compact noun phrase of `tok`; an object "him"/"her" shows as the person it stands for."""
        if tok.lower_ in ("him", "her") and tok.i not in self.display and (person := self.refers_to(tok)):
            self.display[tok.i] = person[0]
        return _np(tok, self.skip, self.display)

    def render(self, tokens: Iterable[Token]) -> str:
        return _render(tokens, self.display)

    def _antecedent(self, pred: Token, pronoun: Token) -> Token:
        """What a relative pronoun stands for: the common noun right before it; for "who", else the nearest
        person before it; else the parse's head."""
        head = pred.head
        if head.pos_ in ("NOUN", "PROPN") and all(t.is_punct for t in self.doc[head.i + 1:pronoun.i]) \
                and head.i not in self.display:  # "a jogger who spotted Kopp's car": the jogger
            return head
        if pronoun.lower_ in ("who", "whom"):
            for t in reversed(self.doc[pred.sent.start:pronoun.i]):
                if t.i in self.display:
                    return t.head if t.dep_ in ("compound", "flat") and t.head.i in self.display else t
        return pred.head

    def _thing_before(self, pronoun: Token) -> Token | None:
        """What "it"/"they" stands for when no speaker owns it: the nearest subject or object noun before it, in
        its sentence or the one before, of the same number and not a person ("The old mill burned ...; it had
        stood since 1850": the mill)."""
        plural = pronoun.lower_ == "they"
        for roles in (SUBJECTS, {"dobj"}):  # a subject before it is the likelier antecedent ("... invaded Russia.
            for t in reversed(self._before(pronoun)):  # It reached Moscow": the army, not Russia)
                if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in roles or t.i in self.skip or t.i in self.display:
                    continue
                if (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)) == plural:
                    return t
        return None

    def _named_before(self, pronoun: Token) -> list[Token]:
        """The organisation or place an "it" stands for when no noun subject or object does: the nearest one
        named before it, in its sentence or the one before ("There were 12 original members of NATO ... Since
        1949, it has been expanded": NATO); [] for an "it" that only holds a clause's place ("it is clear that")."""
        pred = pronoun.head
        if pronoun.lower_ != "it" or any(c.dep_ in ("ccomp", "csubj") for c in pred.children) or (
                pred.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in pred.children)):
            return []
        for t in reversed(self._before(pronoun)):
            if t.ent_type_ in _PLACES_AND_BODIES and t.i not in self.skip and t.i not in self.display \
                    and t.tag_ != "NNPS":
                span = next((e for e in self.doc.ents if e.start <= t.i < e.end), None)
                toks = [x for x in (span if span is not None else [t]) if x.lower_ not in _ARTICLES
                        and x.i not in self.skip and not x.is_punct]
                if toks and toks[-1].tag_ not in ("NNS", "NNPS"):
                    return toks
        return []

    def _before(self, tok: Token) -> Span:
        """The words before `tok` in its sentence and the one before it: where a pronoun's antecedent is."""
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return self.doc[start:tok.i]

    def _subject_person(self, pronoun: Token, depth: int = 0) -> tuple[str, str] | None:
        """The person a subject "he"/"she" continues: the nearest person before it who is a subject, in its
        sentence or the one before ("Napoleon abdicated and was exiled to Elba. He escaped": Napoleon)."""
        for t in reversed(self._before(pronoun)):
            head = t
            while head.dep_ in ("compound", "flat", "appos", "conj", "poss") and head.head.i != head.i:
                head = head.head
            if head.dep_ not in SUBJECTS:
                continue
            if t.i in self.person_at:
                return self.display[t.i], self.person_at[t.i]
            if t.lower_ in ("he", "she", "his", "her") and depth < 3:
                return self._subject_person(t, depth + 1) or self.person_before(t.idx)
            if t.pos_ == "PROPN" and t.i == head.i and t.ent_type_ in ("PERSON", "ORG") and not t.text.isupper() \
                    and len(t.text) > 1 and not any(c.dep_ in ("compound", "det") for c in t.children):
                return t.text, ""  # a lone name NER read as an organisation ("Napoleon was defeated. He ...")
        return None

    def _possessor(self, pronoun: Token) -> tuple[str, str] | None:
        """Whose "his"/"her" is by its clause: the person subject of the nearest verb above it with a subject
        that does not hold it, or, through subjectless verbs and subjects that hold it, the speaker ("Before his
        Sunday night address, Castro played": Castro; "Castro said his government told": Castro). None when that
        subject is not a person (then the subject before it is)."""
        for verb in (a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")):
            subj = next((c for c in verb.children if c.dep_ in SUBJECTS
                         and not c.left_edge.i <= pronoun.i <= c.right_edge.i), None)
            if subj is None:
                continue
            if subj.i in self.person_at:
                return self.display[subj.i], self.person_at[subj.i]
            if subj.lower_ in PERSONAL:
                return self.refers_to(subj)
            return None
        return None

    def _owners(self, toks: list[Token]) -> None:
        """A possessive "his"/"her" leading a title shows as the person's name ("His final defeat came at
        Waterloo": Napoleon's final defeat)."""
        for t in toks:
            if t.tag_ == "PRP$" and t.lower_ in ("his", "her") and t.i not in self.display and (
                    person := self._possessor(t) or self._subject_person(t) or self.person_before(t.idx)):
                self.display[t.i] = f"{person[0]}'s"
            elif t.tag_ == "PRP$" and t.lower_ in ("its", "their") and t.i not in self.display and (
                    owner := self._thing_owner(t)):
                self.display[t.i] = f"{owner}'" if owner.endswith("s") else f"{owner}'s"

    def _thing_owner(self, pronoun: Token) -> str | None:
        """Whose "its"/"their" is: the subject of the nearest verb above it with a subject that does not hold
        it, when its number agrees and it is short enough to repeat ("In its Friday issue, The Hamilton
        Spectator quoted": Hamilton Spectator's issue)."""
        for verb in (a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")):
            subj = next((c for c in verb.children if c.dep_ in SUBJECTS
                         and not c.left_edge.i <= pronoun.i <= c.right_edge.i), None)
            if subj is None:
                continue
            plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
            text = self.render(self.np(subj))
            if subj.pos_ in ("NOUN", "PROPN") and subj.i not in self.display and plural == (
                    pronoun.lower_ == "their") and 0 < len(text.split()) <= 3:
                return text
            return None
        return None

    def subject(self, pred: Token, resolve: bool = True) -> tuple[str, bool, list[Token]]:
        """(subject text, plural, tokens) of a predicate, following relative pronouns, pronouns and control."""
        subjects = [c for c in pred.children if c.dep_ in SUBJECTS]
        subj = min(subjects, key=lambda c: abs(pred.i - c.i)) if subjects else next(
            (c for c in pred.children if c.dep_ == "csubj" and c.i < pred.i and c.tag_ not in ("VBG", "VBN", "VB")),
            None)
        if subj is None and pred.dep_ == "csubj" and pred.head.lemma_.lower() == "be":
            # "Among the countries to accede to NATO on Friday were Poland and Hungary": they accede
            subj = next((c for c in pred.head.children if c.dep_ == "attr" and c.i > pred.i and c.pos_ == "PROPN"),
                        None)
        if subj is None and pred.tag_ == "VBG" and all(t.is_punct or t.is_space for t in
                                                      self.doc[pred.sent.start:pred.i]):
            return self.subject(pred.sent.root, resolve) if pred.sent.root.i != pred.i else ("", False, [])
        if subj is None:
            prev = self.doc[pred.i - 1] if pred.i > pred.sent.start else None
            if pred.dep_ == "acl" and pred.head.pos_ in ("NOUN", "PROPN") and pred.tag_ in ("VBG", "VBN"):
                subj = pred.head  # "shootings of doctors in Canada and western New York dating to 1994": shootings
            elif prev is not None and prev.dep_ == "dobj" and prev.head.i == pred.head.i and pred.dep_ in (
                    "xcomp", "advcl") and pred.head.pos_ in ("VERB", "AUX"):
                return self.subject(pred.head, resolve)  # "Albright spent three hours touring": Albright tours
            elif prev is not None and prev.pos_ in ("PROPN", "NOUN", "PRON") and prev.dep_ != "pobj" or (
                    pred.tag_ == "VBG" and prev is not None and prev.pos_ in ("PROPN", "NOUN", "PRON")):
                while prev.head.i < pred.i and (prev.dep_ in ("compound", "flat") or (
                        prev.dep_ in ("appos", "conj") and prev.head.pos_ == "PROPN")):
                    prev = prev.head
                subj = prev
            elif pred.dep_ == "xcomp" and pred.head.pos_ == "VERB" and (obj := next((
                    c for c in pred.head.children if c.dep_ == "dobj" and c.i < pred.i), None)) is not None:
                subj = obj  # "invited the three countries to join": the countries join
            elif pred.dep_ in ("xcomp", "advcl", "conj", "pcomp", "csubj") and pred.head.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ == "mark" for c in pred.children):  # "as dawn broke" is not the officials'
                return self.subject(pred.head, resolve)
            elif pred.dep_ == "xcomp" and pred.head.pos_ == "ADJ" and pred.head.head.pos_ in ("VERB", "AUX"):
                return self.subject(pred.head.head, resolve)  # "the group would be ready to leave": it leaves
            elif pred.dep_ == "acl" and pred.head.pos_ in ("NOUN", "PROPN"):
                subj = pred.head
            elif pred.dep_ == "pcomp" and pred.head.lower_ == "for" and pred.head.head.pos_ == "VERB" and any(
                    c.dep_ == "dobj" for c in pred.head.head.children):  # "attacked him for failing": he fails
                subj = next(c for c in pred.head.head.children if c.dep_ == "dobj")
            elif pred.dep_ == "pcomp" and pred.head.dep_ == "prep" and (governor := pred.head.head if (
                    pred.head.head.pos_ != "ADJ") else pred.head.head.head).pos_ in ("VERB", "AUX"):
                return self.subject(governor, resolve)  # "After touring ..., the chief said"; "found guilty of"
            elif pred.dep_ == "ROOT" and pred.tag_ in ("VBD", "VBZ", "VBP") and (person := next((
                    t for t in reversed(self.doc[pred.sent.start:pred.i]) if t.i in self.person_at), None)):
                subj = person  # a subject the parse lost: the person named right before the verb
            else:
                return "", False, []
        if subj.lower_ in _RELATIVE and pred.dep_ == "relcl":
            subj = self._antecedent(pred, subj)
        if subj.pos_ == "NOUN" and subj.dep_ == "appos" and subj.head.i in self.display:
            subj = subj.head  # "Maureen Connelly, a media consultant not working for": Connelly
        if subj.lower_ in ("it", "they") and subj.dep_ in SUBJECTS:
            said = pred.dep_ == "ccomp" and pred.head.lemma_.lower() in lexicon().speech
            speaker = self.subject(pred.head, resolve) if said else None
            who = [c for c in pred.head.children if c.dep_ in SUBJECTS]
            if speaker is not None and speaker[2] and speaker[1] == (subj.lower_ == "they") and not (
                    subj.lower_ == "it" and any(c.i in self.display or c.lower_ in PERSONAL for c in who)):
                # "Iran said it would": Iran; inside the speaker's own title the pronoun stays ("Iran says it")
                return speaker if resolve else (subj.lower_, speaker[1], [subj])
            found = self._thing_before(subj)
            if found is not None:
                toks = self.np(found)
                return self.render(toks), subj.lower_ == "they", toks
            named = self._named_before(subj) if resolve else []
            if named:
                return self.render(named), False, named
        if resolve and subj.lower_ in PERSONAL:
            person = self.refers_to(subj)
            if person:
                return person[0], False, [subj]
        if resolve and subj.dep_ == "nsubjpass" and subj.lower_ in PERSONAL | {"it", "they"} and not any(
                c.tag_ == "MD" for c in pred.children):  # "he was born in 1809", nobody named: "Born", not "He born"
            return "", subj.lower_ == "they", []
        toks = self.np(subj)
        if resolve:
            self._owners(toks)
        whose = next((t for t in toks if t.lower_ == "whose"), None)
        if whose is not None and pred.dep_ == "relcl" and pred.head.pos_ in ("NOUN", "PROPN"):
            owner = pred.head.head if pred.head.dep_ == "appos" and pred.head.head.i in self.display else pred.head
            self.display[whose.i] = f"{self.display.get(owner.i) or self.render(self.np(owner))}'s"
            # "Elian, the 6-year-old Cuban whose rescue set off a tug-of-war": Elian's rescue
        plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _PLURAL_WORDS or any(
            c.dep_ == "conj" for c in subj.children) or (subj.tag_ == "CD" and subj.lower_ not in ("one", "1")) \
            or len(self._joined_persons(subj, toks)) > 1
        return self.render(toks), plural, toks

    def _joined_persons(self, subj: Token, toks: list[Token]) -> set[str]:
        """The persons a subject names as its doers, not as owners or in a phrase after them ("Mayor Alex
        Penelas and Miami Mayor Joe Carollo": two, however the parse nests them; "Elian's father": none)."""
        def owned(t: Token) -> bool:
            while t.i != subj.i and t.head.i != t.i:
                if t.dep_ in ("poss", "pobj", "prep"):
                    return True
                t = t.head
            return False

        return {self.person_at[t.i] for t in toks if t.i in self.person_at and not owned(t)}

    def complements(self, pred: Token, limit: int = 2) -> tuple[list[Token], list[list[Token]]]:
        """(particles, complements) of a predicate: stranded prepositions, then objects, prepositional
        phrases and an infinitive complement in text order; a relative clause's object is its antecedent."""
        particles: list[Token] = [c for c in pred.children if particle(c)]
        parts: list[list[Token]] = []
        fronted: list[list[Token]] = []
        for c in pred.children:
            if c.i in self.skip:
                continue
            if c.dep_ in _OBJECTS:
                if c.lower_ in _RELATIVE and pred.dep_ == "relcl":
                    fronted.append(self.np(self._antecedent(pred, c)))
                else:
                    parts.append(self.np(c))
            elif c.dep_ in ("prep", "agent"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    if c.i > pred.i and all(g.dep_ == "prep" for g in c.children):
                        particles += [c, *(g for g in c.children if g.dep_ == "prep"
                                           and not any(x.dep_ == "pobj" for x in g.children))]
                elif pobj.lower_ in _RELATIVE and pred.dep_ == "relcl":
                    fronted.append([c, *self.np(self._antecedent(pred, pobj))])
                elif pobj.i not in self.skip and c.i > pred.i:
                    parts.append([*([c] if c.lower_ != "that" else []), *self.np(pobj)])
            elif stranded_to(c):  # "brought Castro to power"
                parts.append([*(g for g in c.children if g.dep_ == "aux"), *self.np(c)])
            elif c.dep_ == "xcomp" and c.pos_ == "VERB":
                inner_particles, inner = self.complements(c, 1)
                if not inner:  # "vowed to hunt down and bring to justice those who": the shared object
                    inner = next(([self.np(g)] for v in c.children if v.dep_ == "conj" and v.pos_ == "VERB"
                                  for g in v.children if g.dep_ == "dobj" and g.i not in self.skip), [])
                to = [t for t in c.children if t.dep_ == "aux" and t.lower_ == "to"]
                parts.append([*to, c, *inner_particles, *(t for part in inner for t in part)])
        if not parts and not fronted:  # "bombings show that terrorism is a global problem": what they show
            said = next((c for c in pred.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                         and c.i > pred.i and c.i not in self.skip), None)
            if said is not None:
                subj_toks = self.subject(said, resolve=False)[2]
                inner_particles, inner = self.complements(said, 1)
                parts.append([*subj_toks, said, *inner_particles, *(t for part in inner for t in part)])
        return particles, (fronted + parts)[:limit]

    def plain(self, pred: Token, resolve: bool = True, finite: bool = False, until: bool = False
              ) -> tuple[str, list[Token]]:
        """Subject, verb and complements of a predicate as a headline (`finite`, `until`: see `_verb`)."""
        subj, plural, subj_toks = self.subject(pred, resolve)
        particles, parts = self.complements(pred)
        children = list(pred.children)
        named = subj or not resolve or any(c.dep_ in ("auxpass", "neg") or c.tag_ == "MD" for c in children)
        verb = " ".join([_verb(pred, plural, finite, until) if named else _gerund(pred),
                         *(t.lower_ for t in particles)])
        words = [subj, verb, *(self.render(p) for p in parts)]
        return " ".join(w for w in words if w), subj_toks + particles + [t for p in parts for t in p] + [pred]

    def _described_by(self, noun: Token) -> Token | None:
        """The participle that says what a bare dated noun was ("a rally demanding the return of Elian"): one
        that modifies it, or the one right after it and its date, wherever the parse hangs that."""
        after = next((t for t in self.doc[noun.i + 1:noun.sent.end] if t.i not in self.skip), None)
        for c in (*noun.children, after):
            if c is not None and c.tag_ in ("VBG", "VBN") and c.i > noun.i and c.i not in self.skip and (
                    c.dep_ == "acl" and c.head.i == noun.i or c is after and c.dep_ in ("acl", "advcl")):
                return c
        return None

    def _told_by_time(self, pred: Token) -> list[list[Token]] | None:
        """For a verb whose subject is only the date: its object and other complements, what happened then ("The
        year 1848 saw revolutions across Europe", "1989 brought the fall of the Wall"), or None when it has no
        object: then the clause only tells time passing ("as Easter week began"). [] for any other verb."""
        subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
        stop = lexicon().stop
        if subj is None or not any(t.i in self.skip for t in subj.subtree) or not all(
                t.i in self.skip or t.is_punct or t.lower_ in _ARTICLES or t.lemma_.lower() in stop
                for t in subj.subtree):
            return []
        if not any(c.dep_ == "dobj" and c.i not in self.skip for c in pred.children):
            return None
        return self.complements(pred)[1]

    def title(self, pred: Token, noun: Token | None, date: Span | None = None) -> tuple[str, list[Token]]:
        """The headline of an event: a noun phrase for a dated noun, a clause otherwise.

        A happening whose verb only says when or how long ("lasted from 264 to 241 BC") is titled by itself, as
        beginning or ending when the `date` is where its length starts or stops ("First Punic War ends").
        """
        if noun is not None and pred.i == noun.i:
            toks = self.np(noun)
            self._owners(toks)
            if len(toks) == 1 and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
                text, toks = self.plain(noun.head)  # a bare "election" reads better as "Obama wins election"
                return _headline(text), toks
            said = self._described_by(noun) if len(toks) == 1 else None
            if said is not None:  # "a rally Saturday demanding the return of Elian": what kind of rally
                particles, parts = self.complements(said, 1)
                toks = [*toks, said, *particles, *(t for p in parts for t in p)]
                text = " ".join([self.render(self.np(noun)), said.lower_, *(t.lower_ for t in particles),
                                 *(self.render(p) for p in parts)])
                return _headline(text), toks
            return _headline(self.render(toks)), toks
        told = self._told_by_time(pred)
        if told is None:  # "as Easter week began": no event
            return "", []
        if told:  # "The year 1848 saw revolutions across Europe": the revolutions
            return _headline(" ".join(self.render(part) for part in told)), [*(t for p in told for t in p), pred]
        if pred.lemma_.lower() in lexicon().speech:
            said = next((c for c in pred.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
            if said is not None:
                subj, plural, subj_toks = self.subject(pred)
                first_person = any(c.dep_ in SUBJECTS and c.lower_ in ("i", "we") for c in said.children)
                if first_person:
                    said = _gist(said)
                inner, inner_toks = self.plain(said, resolve=False, finite=True)
                if first_person:
                    inner = inner[:1].upper() + inner[1:]
                    text = f'{subj}: "{inner}"' if subj else inner
                else:
                    first = min(inner_toks, key=lambda t: t.i) if inner_toks else None
                    if first is not None and first.pos_ != "PROPN" and first.i not in self.display:
                        inner = inner[:1].lower() + inner[1:]
                    text = f"{subj} {_inflect('say', plural)} {inner}" if subj else inner
                return _headline(text), subj_toks + inner_toks + [pred]
        if pred.dep_ == "ccomp" and pred.head.lemma_.lower() in lexicon().speech and any(
                c.dep_ in SUBJECTS and c.lower_ in ("i", "we") for c in pred.children):
            return self.title(pred.head, None)  # "'Today, I'm here ...,' said Tolbert": Tolbert's statement
        subj_toks = self.subject(pred)[2]
        particles, parts = self.complements(pred)
        timing = only_timing(pred)
        if (timing or pred.lemma_.lower() in lexicon().happen) and subj_toks and subj_toks[0].i not in self.display \
                and subj_toks[0].pos_ in ("NOUN", "PROPN" if timing else "NOUN") and not particles \
                and all(timing and [t.lower_ for t in p] == ["place"] for p in parts):
            # "Napoleon's victory at Austerlitz followed": the victory; "The First Punic War lasted from 264
            # to 241 BC": the war
            text = self.render(subj_toks)
            bound = date.root.head.lower_ if date is not None and date.root.dep_ == "pobj" else ""
            if pred.lemma_.lower() in _LENGTHS and bound in _BOUNDS:
                text += " " + _inflect(_BOUNDS[bound], self.subject(pred)[1])
            if not timing or len(text.split()) > 1:  # "the letter, dated Feb. 4": "Letter dated", not "Letter"
                return _headline(text), [*subj_toks, pred]
        listed = self._listed_object(pred, date)
        if listed is not None:  # "adding Greece and Turkey in 1952, West Germany in 1955": West Germany in 1955
            subj, plural, subj_toks = self.subject(pred)
            toks = self.np(listed)
            text = " ".join(w for w in (subj, _verb(pred, plural) if subj else _gerund(pred), self.render(toks)) if w)
            return _headline(text), [*subj_toks, *toks, pred]
        until = date is not None and date.root.dep_ == "pobj" and date.root.head.lower_ in ("until", "till") \
            and date.root.head.head.i == pred.i
        text, toks = self.plain(pred, until=until)
        return _headline(text), toks

    def _listed_object(self, pred: Token, date: Span | None) -> Token | None:
        """The object a date follows in a list of objects each with its own date ("adding Greece and Turkey in
        1952, West Germany in 1955 and Spain in 1982"): the first conjunct of the phrase right before the date's
        preposition, when the verb has several such objects."""
        if date is None or date.root.dep_ != "pobj" or date.root.head.head.i != pred.i or date.root.head.i < 1:
            return None
        objects = [c for c in pred.children if c.dep_ in ("dobj", "conj") and c.pos_ in ("NOUN", "PROPN")
                   and c.i > pred.i]
        if len(objects) < 2:
            return None
        tok = self.doc[date.root.head.i - 1]
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        while tok.dep_ == "conj" and tok.head.i != pred.i:
            tok = tok.head
        return tok if tok in objects else None


def _gist(said: Token) -> Token:
    """What a first-person quotation says past its opening words ("I'm here to tell you we have our suspect":
    we have our suspect; "I told you ... I would do my best": I would do my best): the clause a verb of saying,
    or "be" with an infinitive of saying, introduces."""
    speech = lexicon().speech
    for _ in range(3):
        lemma = said.lemma_.lower()
        inner = next((c for c in said.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        via = next((c for c in said.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                    and c.lemma_.lower() in speech), None)
        if lemma in speech and inner is not None:
            said = inner
        elif lemma == "be" and via is not None:
            said = via
        else:
            break
    return said


def only_timing(pred: Token) -> bool:
    """Whether a verb only says when or how long its subject took place ("lasted", "dating to 1994", "took
    place"): the subject is the event."""
    lemma = pred.lemma_.lower()
    return lemma in lexicon().timing or lemma == "take" and "take place" in lexicon().timing and any(
        c.dep_ == "dobj" and c.lower_ == "place" and not any(c.children) for c in pred.children)


def particle(tok: Token) -> bool:
    """A verb's particle, also where the parse calls it an adverb ("passed away": RP as advmod)."""
    return tok.dep_ == "prt" or tok.tag_ == "RP" and tok.dep_ == "advmod" and tok.i == tok.head.i + 1


def _gerund(pred: Token) -> str:
    """The -ing form of a verb: a happening whose doer the sentence does not say is titled as a noun phrase
    ("Leaving Pakistan", "Acceding to NATO"), never as a verb phrase that reads as if a subject were missing."""
    if pred.tag_ == "VBG":
        return pred.text.lower()
    lemma = pred.lemma_.lower()
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "oe", "ye")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if _SHORT_CVC.match(lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def _dangling(word: str) -> bool:
    w = word.lower().strip(",;:")
    return word.endswith((",", ";", ":")) or w in _DANGLING or w in _AUXILIARIES or w in _RELATIVE


def hollow(title: str) -> bool:
    """True when a title is only pronouns and auxiliaries ("We 'll"): it names neither a doer nor a deed."""
    return all(w.lower().replace("\u2019", "'") in _HOLLOW for w in title.split())


def _number(word: str) -> bool:
    w = word.lower().strip(",;:")
    return w in _NUMBERS or bool(w) and w.replace(",", "").replace(".", "").isdigit()


def _headline(text: str) -> str:
    """Articles dropped, at most MAX_TITLE_WORDS words; a title cut short loses its last, unfinished phrase
    ("... may prevent carnage of similar" -> "... may prevent carnage"), and no title ends on a preposition,
    a conjunction, "that"/"who" or an auxiliary; a cut title does not end on a number either, which counted
    what was cut off ("... as two more suspects one")."""
    words = [w for w in text.split() if w.lower() not in _ARTICLES]
    cut_short = len(words) > MAX_TITLE_WORDS
    if cut_short:
        words = words[:MAX_TITLE_WORDS]
        cut = max((n for n, w in enumerate(words) if n >= 4 and w.lower() in _DANGLING | _RELATIVE), default=None)
        if cut is not None and cut >= len(words) - 4:
            words = words[:cut]
    while len(words) > 1 and (_dangling(words[-1]) or cut_short and _number(words[-1])):
        words.pop()
    text = re.sub(r"\s+,", ",", re.sub(r"(?:\s*,)+", ",", " ".join(words))).strip(" ,;:-")
    return text[:1].upper() + text[1:]
