"""The map step of stage 2: one document's entities and dated events, independent of every other document."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from timeline.entities import AliasTable, document_entities
from timeline.entities.names import slug
from timeline.entities.recognise import institutions
from timeline.entities.shortnames import short_names
from timeline.events.anchor import anchor
from timeline.events.clauses import Clause, build_clause, object_before
from timeline.events.lexicon import lexicon
from timeline.events.titles import PERSONAL, Titler
from timeline.model import DocAnalysis, Document, EntityMention, Event, EventDate, Mention, Source
from timeline.timex import add_days, compatible, day_number, finer, interval

_DURATION_DAYS = {"D": 1, "W": 7}
MAX_QUOTE = 500
MAX_SUMMARY = 300
_LASTING = {"take", "last", "spend", "run", "continue", "endure"}
_DATELINE_WORDS = 9
_WIRE_DASH = re.compile(r"(?<=\s)_(?=\s)")


def neutralised_text(document: Document) -> str:
    """The text with ignored spans blanked (newlines kept), so offsets still point into the original text.

    The wire services' typewriter dash, an underscore between spaces ("About 200 Americans _ embassy staff
    _ left Pakistan"), becomes a dash of the same length: as a word the parser takes it for the subject.
    """
    chars = list(document.text)
    for start, end in document.ignored:
        for i in range(max(start, 0), min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return _WIRE_DASH.sub("\u2014", "".join(chars))


def parse(nlp: Language, text: str) -> Doc:
    """Run the pipeline with a sentence break at every line break (headings and captions end without a stop).

    A wire dateline ("NAIROBI, Kenya (AP) --") is a sentence of its own, so it never joins the first subject.
    A wire-style opening quote "``" is kept one token, as the tagger knows it: split in two backticks it
    derails the parse of the whole quoted sentence.
    """
    doc = nlp.make_doc(text)
    with doc.retokenize() as retokenizer:
        for tok in doc[:-1]:
            if tok.text == "`" and not tok.whitespace_ and doc[tok.i + 1].text == "`" and (
                    tok.i == 0 or doc[tok.i - 1].text != "`" or doc[tok.i - 1].whitespace_):
                retokenizer.merge(doc[tok.i:tok.i + 2])
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_:
            tok.is_sent_start = True
    for tok in doc:
        if (tok.i == 0 or tok.is_sent_start) and tok.text.isupper() and len(tok.text) > 2:
            dash = next((t for t in doc[tok.i + 1:tok.i + _DATELINE_WORDS] if t.text in ("\u2014", "--")), None)
            if dash is not None and dash.i + 1 < len(doc):  # "INDEPENDENCE, Mo. _ The alliance embraced ..."
                doc[dash.i + 1].is_sent_start = True
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _event_date(when: EventDate) -> EventDate:
    """An event's date: the mention's, but no finer than the day ("Friday evening" dates an event to Friday;
    the mention keeps its time of day)."""
    if when.granularity == "time":
        return interval(when.value.partition("T")[0]) or when
    return when


def _in_ignored(document: Document, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in document.ignored)


def _window(text: str, start: int, end: int, focus: tuple[int, int], limit: int) -> tuple[int, int]:
    """[start, end) cut to about `limit` characters around `focus`, at spaces, when it is longer."""
    if end - start <= limit:
        return start, end
    half = max((limit - (focus[1] - focus[0])) // 2, 0)
    lo, hi = max(start, focus[0] - half), min(end, focus[1] + half)
    if lo > start:
        lo = text.find(" ", lo, focus[0]) + 1 or lo
    if hi < end:
        hi = max(text.rfind(" ", focus[1], hi), focus[1])
    return lo, hi


def _quote(text: str, span: Span) -> tuple[int, int, str]:
    """The sentence holding the date expression, cut from the original `text`: the source quote, always
    containing the expression; a run-on "sentence" (scraped text without stops) is cut to about MAX_QUOTE
    characters around it."""
    sent = span.sent
    start, end = _window(text, min(sent.start_char, span.start_char), max(sent.end_char, span.end_char),
                         (span.start_char, span.end_char), MAX_QUOTE)
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    start, end = start + lead, start + len(raw.rstrip())
    return start, end, text[start:end]


def _summary(text: str, clause: Clause, span: Span) -> str:
    """The clause as written, cut to about MAX_SUMMARY characters around the date when it runs on."""
    start, end = _window(text, clause.start, clause.end, (span.start_char, span.end_char), MAX_SUMMARY)
    return text[start:end].strip()


def _entities_of(clause: Clause, doc: Doc, mentions: list[EntityMention], resolved: dict[int, str]) -> list[str]:
    """The event's participants: those named in its title first (the subject leads), then the rest of the
    clause in text order; "he"/"she" count as the person they stand for."""
    where: dict[str, tuple[int, int]] = {}
    title = {i: n for n, i in enumerate(clause.title_tokens)}

    def rank(i: int) -> tuple[int, int]:
        return (0, title[i]) if i in title else (1, i)

    for em in mentions:
        span = doc.char_span(em.start, em.end, alignment_mode="expand")
        if span is None or not em.entity:
            continue
        ranks = [rank(t.i) for t in span if t.i in clause.tokens]
        if ranks:
            where[em.entity] = min([*ranks, where.get(em.entity, ranks[0])])
    for i in clause.tokens:
        if i in resolved:
            where[resolved[i]] = min(where.get(resolved[i], rank(i)), rank(i))
    return sorted(where, key=lambda e: where[e])


def _entities_in(tokens: list[Token], doc: Doc, mentions: list[EntityMention]) -> list[str]:
    where = {t.i for t in tokens}
    return list(dict.fromkeys(em.entity for em in mentions if em.entity and (span := doc.char_span(
        em.start, em.end, alignment_mode="expand")) is not None and where & {t.i for t in span}))


def _told_again(doc: Doc, clause: Clause, dated_sentences: set[int], lookahead: int = 3) -> list[Token]:
    """Tokens of the next few undated sentences that go on about the same happening ("That CIA-organised
    coup, supported by Britain, toppled ... Mossadegh" after "the 1953 coup"): a definite noun of the same kind
    as the event, with the clause it is the subject of, or its own phrase. Their participants are the event's."""
    lex = lexicon()
    head = doc[clause.noun] if clause.noun is not None else doc[clause.head]
    kind = lex.fold(head.lemma_.lower())
    if kind in lex.stop:
        return []
    out: list[Token] = []
    sentence = head.sent
    for _ in range(lookahead):
        if sentence.end >= len(doc):
            break
        sentence = doc[sentence.end].sent
        if sentence.start in dated_sentences:
            continue
        for t in sentence:
            if t.pos_ == "NOUN" and lex.fold(t.lemma_.lower()) == kind and any(
                    c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in t.children):
                base = t.head if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") else t
                out += list(base.subtree)
    return out


def _acts_for(span: Span) -> bool:
    """Whether a name in a subject is who acts: a noun, or an adjective before a state's organ ("the Cuban
    government", "Iraqi troops"); not one that only says where the doers are from ("three central and eastern
    European countries", "Cuban exiles")."""
    if any(t.pos_ != "ADJ" and t.dep_ != "amod" for t in span):
        return True
    head = span[-1].head
    return head.lemma_.lower() in institutions() | lexicon().organs


def _agents(clause: Clause, doc: Doc, mentions: list[EntityMention], titler: Titler) -> list[str]:
    """Entity ids named in the clause's subject: who did it ("Cuba" in "the Cuban government condemned"); a
    person who only owns the subject ("Kopp's stepmother said") is not who did it."""
    subject = set(clause.subject_tokens)
    ids = [em.entity for em in mentions if em.entity and (span := doc.char_span(
        em.start, em.end, alignment_mode="expand")) is not None and subject & {t.i for t in span} and _acts_for(span)
        and not (em.type == "person" and span.root.dep_ == "poss")]
    for i in clause.subject_tokens:
        if doc[i].lower_ in PERSONAL and (person := titler.refers_to(doc[i])) and person[1]:
            ids.append(person[1])
    return list(dict.fromkeys(ids))


def _end_of(value: str, anchor_value: str) -> str | None:
    """The ISO day a duration of whole days or weeks ("P444D") ends, counted from a day-precise anchor."""
    start = interval(anchor_value)
    if start is None or start.granularity not in ("day", "time") or not value.startswith("P"):
        return None
    unit = value[-1]
    if unit not in _DURATION_DAYS or not value[1:-1].isdigit():
        return None
    return add_days(start.start, int(value[1:-1]) * _DURATION_DAYS[unit])


def _measures_length(span: Span) -> bool:
    """True when a duration says how long something lasted ("for 444 days", "released after 444 days", "it took
    444 days"), not how far apart two things were ("four days after the launch")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "after"):
        return True
    return root.dep_ in ("dobj", "npadvmod", "attr") and root.head.lemma_.lower() in _LASTING


def _extend_with_durations(events: list[Event], mentions: list[Mention], document: Document) -> list[Event]:
    """A duration counted from an event's day ("held for 444 days" after 1979-11-04) gives that event its end.

    Only durations that measure a length count (see `_measures_length`); an end after the article's
    publication is not something the article can report, so it is not taken.
    """
    doc_id = document.id
    latest = document.published or "9999-12-31"
    out = []
    for ev in events:
        ends = sorted({end for m in mentions if m.type == "DURATION" and m.anchor == ev.date.value
                       and (end := _end_of(m.value, m.anchor)) is not None
                       and day_number(end) <= day_number(latest)}, key=day_number)
        if ends and ev.date.granularity in ("day", "time"):
            notes = [f"{doc_id}: lasted until {ends[-1]} (duration counted from {ev.date.value})"]
            ev = replace(ev, date=replace(ev.date, end=ends[-1]), merge_notes=ev.merge_notes + notes)
        out.append(ev)
    return out


def link_document(analysis: DocAnalysis, nlp: Language, aliases: AliasTable) -> DocAnalysis:
    """Entities and dated events of one document (pure: depends only on its arguments).

    spaCy runs on the text with `document.ignored` blanked, so page furniture yields nothing while every
    offset stays an offset into the original text. Each resolved DATE/TIME mention becomes the event of the
    clause it modifies; mentions that date one clause and agree ("Friday" and "10:35 a.m. Friday") make one
    event with all their sources and the finer date.
    """
    document = analysis.document
    doc = parse(nlp, neutralised_text(document))
    entity_mentions, entities = document_entities(doc, document.id, aliases,
                                                  [(m.start, m.end) for m in analysis.mentions])
    spans: list[tuple[Mention, Span]] = []
    skip: set[int] = set()
    for m in analysis.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or _in_ignored(document, m.start, m.end):
            continue
        skip |= {t.i for t in span}
        spans.append((m, span))
    short = short_names(entity_mentions)
    titler = Titler(doc, [(em.start, em.end, short[em.entity], em.entity) for em in entity_mentions
                          if em.entity in short], skip)
    dated = [(m, span, d) for m, span in spans
             if m.type in ("DATE", "TIME") and (d := interval(m.value)) is not None]
    heads = {h.i for _, span, _ in dated if (found := anchor(span)) for h in found if h is not None}
    dated_sentences = {span.sent.start for _, span, _ in dated}
    by_head: dict[int, list[Event]] = {}
    for m, span, when in sorted(dated, key=lambda x: (x[0].start, x[0].end)):
        clause = build_clause(doc, span, titler, heads)
        if clause is None:
            continue
        q_start, q_end, quote = _quote(document.text, span)
        source = Source(document.id, q_start, q_end, quote, m.start, m.end)
        date = _event_date(when)
        same = by_head.setdefault(clause.noun if clause.noun is not None else clause.head, [])
        told = next((e for e in same if compatible(e.date, date)), None)
        if told is None and any(s.start == q_start for e in same for s in e.sources) \
                and (noun := object_before(span)) is not None \
                and (own := build_clause(doc, span, titler, heads, noun)) is not None:
            clause = own  # "condemned Saturday the attacks ... Friday": Friday dates the attacks
            same = by_head.setdefault(noun.i, [])
            told = next((e for e in same if compatible(e.date, date)), None)
        if told is not None:
            told.sources.append(source)
            told.date = finer(date, told.date)
            continue
        resolved = {i: person[1] for i in clause.tokens
                    if doc[i].lower_ in PERSONAL and (person := titler.refers_to(doc[i])) and person[1]}
        later = _told_again(doc, clause, dated_sentences)
        same.append(Event(
            id="", date=date, title=clause.title, summary=_summary(document.text, clause, span),
            entities=list(dict.fromkeys(_entities_of(clause, doc, entity_mentions, resolved)
                                        + _entities_in(later, doc, entity_mentions))), sources=[source],
            predicate=clause.predicate, keywords=list(clause.keywords), context=list(clause.context),
            agents=_agents(clause, doc, entity_mentions, titler),
        ))
    events = sorted((e for evs in by_head.values() for e in evs), key=lambda e: e.sources[0].mention_start or 0)
    events = [replace(e, id=f"{slug(document.id)}:{e.date.value}:{slug(e.title)[:48]}") for e in events]
    lengths = [m for m, span in spans if m.type == "DURATION" and _measures_length(span)]
    linked = _extend_with_durations(events, lengths, document)
    return DocAnalysis(document, analysis.mentions, entity_mentions, entities, _unique_ids(linked))


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: dict[str, int] = {}
    out = []
    for ev in events:
        n = seen.get(ev.id, 0)
        seen[ev.id] = n + 1
        out.append(ev if n == 0 else replace(ev, id=f"{ev.id}-{n + 1}"))
    return out
