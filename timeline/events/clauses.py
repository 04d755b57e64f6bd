"""Anchor -> clause: the clause a date expression dates, with its title, summary span and vocabulary.

The predicate comes from `anchor`, the title from `titles.Titler`. A subjectless dependent verb hands the
event to the clause it depends on, and so does an infinitive after a verb that leaves it unrealised ("failed
to enforce") ("costs, compared with a year ago, were boosted"); a generic predicate
("followed", "occurred") takes its subject noun as the happening ("Reunification followed"). The clause is the
predicate's subtree without the sub-clauses other dates anchor and without adverbial clauses of other times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from timeline.events.anchor import anchor
from timeline.events.lexicon import lexicon
from timeline.events.titles import SUBJECTS, Titler, hollow, only_timing, particle


@dataclass(frozen=True)
class Clause:
    """What one date expression dates: the predicate, its clause, a headline title and the words that matter."""

    head: int
    noun: int | None
    start: int
    end: int
    title: str
    predicate: str
    tokens: frozenset[int]
    title_tokens: tuple[int, ...]  # in title order: the subject's tokens first
    subject_tokens: tuple[int, ...]
    keywords: tuple[str, ...]
    context: tuple[str, ...]


_DEPENDENT = {"advcl", "xcomp", "acl", "prep", "pcomp", "conj", "ccomp", "dep", "amod"}
_SUBORDINATORS = {"after", "before", "since", "because", "as", "while", "until", "once", "although", "though",
                  "whereas", "unless"}


def clause_tokens(head: Token, other_heads: set[int], date: Span) -> list[Token]:
    """The head's subtree without sub-clauses that other dates anchor (each of those is its own event) and
    without adverbial clauses of other times or reasons ("after Trump abandoned the pact") unless the date
    itself is in them."""
    excluded: set[int] = set()
    for t in head.subtree:
        if t.i == head.i:
            continue
        if t.i in other_heads or (t.dep_ == "advcl" and t.head.i == head.i and any(
                c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in t.children)):
            sub = {s.i for s in t.subtree}
            if not sub & set(range(date.start, date.end)):
                excluded |= sub
    return [t for t in head.subtree if t.i not in excluded]


def content_lemmas(tokens: Iterable[Token], skip: set[int]) -> tuple[str, ...]:
    """Folded lemmas of the content words, the vocabulary events are compared by across articles."""
    lex = lexicon()
    out = set()
    for t in tokens:
        if t.i in skip or t.pos_ not in ("NOUN", "VERB", "PROPN", "ADJ") or t.is_stop:
            continue
        lemma = t.lemma_.lower()
        if lemma in lex.stop or not any(ch.isalpha() for ch in lemma):
            continue
        out.add(lex.fold(lemma))
    return tuple(sorted(out))


def _contiguous(tokens: list[Token], date: Span, head: Token) -> tuple[int, int]:
    """Character span of the unbroken run of clause tokens around the date: what the summary quotes; the
    whole clause when that run would leave out its head."""
    kept = {t.i for t in tokens if not t.is_space}
    lo = hi = next((i for i in range(date.start, date.end) if i in kept), min(kept))
    while lo - 1 in kept or (lo - 1 >= 0 and date.doc[lo - 1].is_space and lo - 2 in kept):
        lo -= 1
    while hi + 1 in kept or (hi + 2 < len(date.doc) and date.doc[hi + 1].is_space and hi + 2 in kept):
        hi += 1
    if not lo <= head.i <= hi:
        lo, hi = min(kept), max(kept)
    doc = date.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _verb_read_as_noun(tok: Token) -> bool:
    """A verb the tagger took for a bare noun: singular, without determiner, right before the "that" of the
    clause it governs ("The incidents of Aug. 7 underscore that terrorists know no boundaries")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ == "NN" and nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" and not any(
        c.dep_ in ("det", "poss") for c in tok.children)


def object_before(span: Span) -> Token | None:
    """The common noun whose phrase ends right before a date ("condemned the attacks in Kenya and Tanzania
    Friday" -> attacks), when there is one."""
    i = span.start - 1
    while i >= 0 and span.doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    tok = span.doc[i]
    for _ in range(6):
        if tok.pos_ == "NOUN":
            return tok
        if tok.dep_ not in ("conj", "pobj", "prep", "compound", "appos", "nummod") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _phrasal_kind(predicate: str) -> tuple[str, ...]:
    """The kind of a phrasal predicate as a keyword ("pass away" -> the kind of "die"): its words alone say
    another thing ("pass")."""
    return (lexicon().fold(predicate),) if " " in predicate else ()


def build_clause(doc: Doc, span: Span, titler: Titler, other_heads: set[int],
                 noun_event: Token | None = None) -> Clause | None:
    """The clause a date expression dates, with its title and vocabulary; None when it modifies nothing.

    `noun_event` makes the date date that noun instead of what the parse says it modifies.
    """
    found = anchor(span) if noun_event is None else (noun_event, noun_event)
    if found is None:
        return None
    pred, noun = found
    if noun is not None and noun.i == pred.i and _verb_read_as_noun(noun):
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if owner is None or owner.pos_ != "NOUN":
            return None
        titler.skip.add(noun.i)
        pred = noun = owner  # "The incidents of Aug. 7 underscore that ...": the incidents
    there = pred.lemma_.lower() == "be" and noun is None and any(c.dep_ == "expl" for c in pred.children)
    told = next((c for c in pred.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None) if there else None
    if told is not None and not any(c.lower_ == "no" for c in told.children):
        pred = noun = told  # "there was an explosion on Monday": the explosion
    if pred.lemma_.lower() == "be" and (noun is None or noun.i != pred.i) and any(
            c.dep_ in (*SUBJECTS, "expl") and (c.lower_ in ("it", "this", "that", "there")
                                               or span.start <= c.i < span.end) for c in pred.children):
        return None  # "it's not tonight we're worried about", "there was no word", "today is a sad day"
    for _ in range(2):
        if noun is None and pred.dep_ in _DEPENDENT and pred.head.pos_ in ("VERB", "AUX") \
                and not titler.subject(pred)[0]:
            pred = pred.head
    if noun is None and pred.dep_ == "xcomp" and pred.head.lemma_.lower() in lexicon().unrealised:
        pred = pred.head  # "failing to enforce a court order in 1992": the failure, not an enforcement
    base = noun if noun is not None and (noun.i == pred.i or noun.is_ancestor(pred)) else pred
    toks = clause_tokens(base, other_heads - {pred.i, base.i}, span)
    if noun is not None and noun.i == pred.i and noun.lemma_.lower() in lexicon().stop:
        return None  # "this month", "the day": a time word, not a happening
    title, title_toks = titler.title(pred, noun, span)
    if not any(c.isalpha() for c in title) or (len(title.split()) == 1 and (noun is None or noun.i != pred.i)) \
            or hollow(title):
        return None  # a verb alone ("Underscore") or "We 'll" says neither who nor what
    start, end = _contiguous(toks, span, base)
    head = noun if noun is not None and noun.i == pred.i else pred
    if head.lemma_.lower() in lexicon().stop:  # "became members": the membership; "Reunification followed";
        light = head.lemma_.lower() in lexicon().light and not only_timing(head)  # "made landfall": the landfall
        head = next((c for c in head.children if c.dep_ in ("attr", "oprd") and c.pos_ == "NOUN" or light
                     and c.dep_ == "dobj" and c.pos_ in ("NOUN", "ADJ")), None) or next(
            (c for c in head.children if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_),
            head)
    predicate = " ".join([head.lemma_.lower(), *(c.lower_ for c in head.children if particle(c))])
    return Clause(
        head=pred.i, noun=noun.i if noun is not None else None, start=start, end=end, title=title,
        predicate=predicate,
        tokens=frozenset(t.i for t in toks) | frozenset(t.i for t in title_toks),
        title_tokens=tuple(dict.fromkeys(t.i for t in title_toks)),
        subject_tokens=tuple(t.i for t in titler.subject(pred)[2]) if noun is None or noun.i != pred.i else (),
        keywords=tuple(sorted({*content_lemmas([*title_toks, pred] + ([noun] if noun is not None else []),
                                               titler.skip), *_phrasal_kind(predicate)})),
        context=content_lemmas(toks, titler.skip),
    )
