"""The reduce step of stage 2: one entity per real entity and one event per real event, every source kept.

Two events may be one only when their dates agree (equal, or one inside the other: "1804" and "December
1804"); whether they are is scored from what the articles say about them: the same kind of predicate (folded
through the synonym lists: "pact"/"deal", "overran"/"seizure"), shared title words, shared clause words and
shared participants; two titles led by different kinds of happening ("Tornado hits ...", "Hurricane Ian
strikes ...") are two events. Statements by the same person on the same day are one statement event. Two
events told in one sentence are never merged, and a merged group never holds two dates that disagree, so
"2019-09" can join "2019-09-24" or "2019-09-30" but never both. Pairs are merged best first, ties broken by
id, so the result does not depend on input order. Each merge leaves a note saying why.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from timeline.entities import AliasTable, capitals, load_aliases, merge_entities
from timeline.entities.names import slug
from timeline.events.lexicon import lexicon
from timeline.events.salience import score_salience
from timeline.events.titles import MAX_TITLE_WORDS
from timeline.model import DocAnalysis, Entity, Event, EventDate, Timeline
from timeline.timex import GRANULARITY_ORDER, compatible, day_number, finer, interval

SAME_DATE_THRESHOLD = 0.45
NESTED_DATE_THRESHOLD = 0.55
BARE_NOUN_SCORE = 0.6
"""A dated noun alone ("Friday's ceremony", "Wednesday's ruling") joins an event of its date whose title names it
("... join NATO at a ceremony"), the one sharing most participants: nothing else says which happening it is."""


@dataclass(frozen=True)
class Match:
    score: float
    a: int
    b: int
    why: str
    bare: int | None = None


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _kind(event: Event) -> str | None:
    """The event's predicate folded to its synonym class ("pact" -> "deal")."""
    return lexicon().fold(event.predicate) if event.predicate else None


def _happenings(event: Event) -> set[str]:
    """The kinds of happening an event is: its predicate's kind, and for an outcome ("the bombings killed 224",
    "wounded in the blasts", "a bomb ripped through") also the kinds its title names besides statements.
    Where only an outcome makes two events of one kind, they must not be told in different places with no
    participant in common."""
    lex = lexicon()
    kind = _kind(event)
    if kind is None or kind in lex.stop:
        return set()
    if kind not in lex.outcomes:
        return {kind}
    return {kind} | {k for k in event.keywords if k in lex.kinds and k not in lex.stop and k != lex.fold("say")}


def _named_kind(event: Event) -> str | None:
    """The kind of happening a title's first word names, when it names one ("Tornado hits Broward County":
    tornado; "Hurricane Ian makes landfall": hurricane): titles lead with their subject."""
    lex = lexicon()
    first = event.title.split()[0].lower() if event.title.split() else ""
    for word in (first, first.removesuffix("s")):
        if word in lex.synonyms and lex.fold(word) not in lex.stop:
            return lex.fold(word)
    return None


def _speech(event: Event) -> bool:
    """A statement: a speech predicate, or a word of the "say" class ("remarks", "statement"); a word that
    only shares a class with a speech verb ("admission" with "admit") is not one."""
    lex = lexicon()
    return event.predicate is not None and (event.predicate in lex.speech or _kind(event) == lex.fold("say"))


def _same_sentence(a: Event, b: Event) -> bool:
    return any(s.doc == t.doc and s.start == t.start for s in a.sources for t in b.sources)


def _span(date: EventDate) -> EventDate:
    """The interval the date's value names (an event's own end, from a duration, does not count here)."""
    return interval(date.value) or date


def _agree(a: Event, b: Event) -> bool:
    return compatible(_span(a.date), _span(b.date))


def _same_day(a: EventDate, b: EventDate) -> bool:
    x, y = _span(a), _span(b)
    return x.start == y.start == x.end == y.end


@dataclass(frozen=True)
class Cast:
    """What the merge knows of the cluster's entities: names for notes, and which are persons or places."""

    names: dict[str, str]
    persons: frozenset[str]
    places: frozenset[str]
    stands_for: dict[str, str]

    @classmethod
    def of(cls, entities: list[Entity]) -> Cast:
        seats = capitals()
        return cls({e.id: e.name for e in entities}, frozenset(e.id for e in entities if e.type == "person"),
                   frozenset(e.id for e in entities if e.type == "place"),
                   {e.id: seats.get(e.name, e.name) for e in entities})

    def actors(self, ids: list[str]) -> set[str]:
        """Who the entities are as actors: a capital counts as its country ("Washington" as the US)."""
        return {self.stands_for.get(i, i) for i in ids}


def _speakers(a: Event, b: Event, cast: Cast) -> set[str]:
    """Persons who made both statements: the subject of each. A person the statements are about ("Kopp was seen",
    "Kopp's whereabouts") is no speaker."""
    return set(a.agents) & set(b.agents) & cast.persons


def _bare_of(a: Event, b: Event) -> Event | None:
    """The one of two events of one date whose title is only a dated noun ("Friday's ceremony") when the other's
    title names that noun ("... join NATO at a ceremony")."""
    if a.date.value != b.date.value:
        return None
    for bare, full in ((a, b), (b, a)):
        if len(bare.keywords) == 1 and len(bare.title.split()) <= 2 \
                and bare.keywords[0] in full.keywords and bare.keywords[0] not in lexicon().stop \
                and len(full.keywords) > 1:
            return bare
    return None


def similarity(a: Event, b: Event, cast: Cast) -> tuple[float, str]:
    """How likely two events with agreeing dates are one event, and the evidence in words.

    Shared participants count for more than shared places, which are often only the setting of a story.
    Predicates that say nothing of the happening ("occur", "begin") do not count as shared; two statements
    are one only when they share a speaker (a person they are about is none), never when each names its own
    speaker and neither names the other's (a condemnation by the Security Council and one by Clinton), and
    two acts whose doers are named, differ and are of one kind (two persons, or two countries or bodies) are
    two; a capital stands for its country ("Washington" and "the US" are one doer), and a person may act for a
    country ("Trump" and "Washington" imposing sanctions).
    """
    names, places = cast.names, cast.places
    shared_people = set(a.entities) & set(b.entities) & cast.persons
    actors_a, actors_b = set(a.entities) - places, set(b.entities) - places
    if _speech(a) and _speech(b):
        speakers = _speakers(a, b, cast)
        if _same_day(a.date, b.date) and speakers:
            who = ", ".join(sorted(names[p] for p in speakers))
            return 1.0, f"statements by {who} on {a.date.start}"
        agents_a, agents_b = cast.actors(a.agents), cast.actors(b.agents)
        if not actors_a & actors_b or agents_a and agents_b and not agents_a & cast.actors(b.entities) \
                and not agents_b & cast.actors(a.entities):
            return 0.0, "statements by different speakers"
    doing_a, doing_b = _named_kind(a), _named_kind(b)
    if doing_a and doing_b and doing_a not in b.keywords and doing_b not in a.keywords:
        # "Hostages freed" and "Release of hostages" name each other's kind: one happening
        return 0.0, f"different happenings: {doing_a} / {doing_b}"
    kw_a, kw_b = set(a.keywords), set(b.keywords)
    if (bare := _bare_of(a, b)) is not None:
        full = b if bare is a else a
        shared = min(len(set(bare.entities) & set(full.entities)), 3)
        return BARE_NOUN_SCORE + 0.1 * shared, f"'{bare.title}' is named in '{full.title}'"
    kw = _overlap(kw_a, kw_b) if min(len(kw_a), len(kw_b)) >= 2 else _jaccard(kw_a, kw_b)
    ctx = _jaccard(set(a.context), set(b.context))
    actors = _overlap(actors_a, actors_b) if actors_a and actors_b else 0.5
    where_a, where_b = cast.actors([e for e in a.entities if e in places]), cast.actors([e for e in b.entities
                                                                                        if e in places])
    settings = _overlap(where_a, where_b) if a.entities and b.entities else 0.5
    same_kind = sorted(_happenings(a) & _happenings(b))
    if _kind(a) != _kind(b) and where_a and where_b and not where_a & where_b and not actors_a & actors_b:
        same_kind = []  # a bombing in Baghdad and an explosion that wounded six in Mosul: two happenings
    same_pred = bool(same_kind)
    agents_a, agents_b = cast.actors(a.agents), cast.actors(b.agents)
    if agents_a and agents_b and not agents_a & cast.actors(b.entities) and not agents_b & cast.actors(a.entities) \
            and bool(set(a.agents) & cast.persons) == bool(set(b.agents) & cast.persons):
        return 0.0, f"different agents: {', '.join(sorted(agents_a))} / {', '.join(sorted(agents_b))}"
    score = 0.3 * same_pred + 0.3 * kw + 0.2 * ctx + 0.15 * actors + 0.05 * settings + 0.1 * min(len(shared_people), 3)
    words = sorted(set(a.keywords) & set(b.keywords))
    shared = sorted(names.get(e, e) for e in set(a.entities) & set(b.entities))
    why = "; ".join(part for part in (
        f"same kind of predicate '{same_kind[0]}'" if same_pred else "",
        f"shared words: {', '.join(words)}" if words else "",
        f"shared entities: {', '.join(shared)}" if shared else "",
    ) if part)
    return score, why


def _matches(events: list[Event], cast: Cast) -> list[Match]:
    """Candidate merges scoring over the threshold; only events whose dates overlap are compared."""
    out = []
    spans = [_span(e.date) for e in events]
    order = sorted(range(len(events)), key=lambda k: (day_number(spans[k].start), k))
    for n, x in enumerate(order):
        for y in order[n + 1:]:
            if day_number(spans[y].start) > day_number(spans[x].end):
                break
            i, j = min(x, y), max(x, y)
            a, b = events[i], events[j]
            if not _agree(a, b) or _same_sentence(a, b):
                continue
            score, why = similarity(a, b, cast)
            threshold = SAME_DATE_THRESHOLD if a.date.value == b.date.value else NESTED_DATE_THRESHOLD
            if score >= threshold:
                out.append(Match(score, i, j, f"{a.id} + {b.id}: dates {a.date.value} / {b.date.value}; {why} "
                                              f"(score {score:.2f})", _bare_index(a, b, i, j)))
    return sorted(out, key=lambda m: (-m.score, events[m.a].id, events[m.b].id))


def _bare_index(a: Event, b: Event, i: int, j: int) -> int | None:
    bare = _bare_of(a, b)
    return None if bare is None else i if bare is a else j


def cluster_events(events: list[Event], cast: Cast) -> list[tuple[list[int], list[str]]]:
    """Groups of event indices that are one event, each with the notes of the merges that made it."""
    group = list(range(len(events)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
    notes: dict[int, list[str]] = {i: [] for i in range(len(events))}
    joined_bare: set[int] = set()
    for m in _matches(events, cast):
        ga, gb = group[m.a], group[m.b]
        if ga == gb or m.bare in joined_bare:
            continue  # a bare noun joins one event; it never bridges two
        joined = members[ga] + members[gb]
        if not all(_agree(events[x], events[y]) and not _same_sentence(events[x], events[y])
                   for x in members[ga] for y in members[gb]):
            continue
        if m.bare is not None:
            joined_bare.add(m.bare)
        keep, drop = min(ga, gb), max(ga, gb)
        members[keep] = sorted(joined)
        notes[keep] = notes[ga] + notes[gb] + [m.why]
        for x in members.pop(drop):
            group[x] = keep
        notes.pop(drop)
    return [(members[k], notes[k]) for k in sorted(members)]


def _combine(events: list[Event], idx: list[int], notes: list[str], cast: Cast) -> Event:
    parts = [events[i] for i in idx]
    when = parts[0].date
    for p in parts[1:]:
        when = finer(p.date, when)
    when = replace(when, end=max((p.date.end for p in parts if p.date.value == when.value), key=day_number))

    def centrality(p: Event) -> tuple:
        total = sum(similarity(p, q, cast)[0] for q in parts if q is not p)
        return (-total, -GRANULARITY_ORDER.index(p.date.granularity), -len(p.entities), p.id)

    best = min(parts, key=lambda p: (-_title_quality(p), centrality(p)))
    counts = Counter(e for p in parts for e in p.entities)
    order = {e: n for n, e in enumerate(e for p in parts for e in p.entities)}
    entities = best.entities + sorted(set(counts) - set(best.entities), key=lambda e: (-counts[e], order[e]))
    sources = sorted({(s.doc, s.start, s.mention_start or 0): s for p in parts for s in p.sources}.values(),
                     key=lambda s: (s.doc, s.start, s.mention_start or 0))
    return Event(
        id="", date=when, title=best.title, summary=best.summary, entities=entities, sources=sources,
        predicate=best.predicate, merged_from=sorted(p.id for p in parts),
        merge_notes=[n for p in parts for n in p.merge_notes] + notes,
        keywords=sorted({k for p in parts for k in p.keywords}), context=sorted({k for p in parts for k in p.context}),
        agents=sorted({a for p in parts for a in p.agents}),
    )


_VAGUE = re.compile(r"\b(?:those|these|this|it|they|them|he|she|him|her|who|which)\b", re.IGNORECASE)


def _title_quality(event: Event) -> float:
    """How well a title reads on its own: vague pronouns and titles cut at the word limit read worse, and so
    does a subject its sentence does not name (one a pronoun was taken to stand for is a guess) and a bare noun
    ("Ruling") that says neither who nor what."""
    title = event.title
    first = title.split()[0].lower().removesuffix("'s") if title.split() else ""
    guessed = bool(first) and not _VAGUE.fullmatch(first) and not any(first in s.quote.lower() for s in event.sources)
    return -1.0 * bool(_VAGUE.search(title)) - 0.5 * (len(title.split()) >= MAX_TITLE_WORDS - 1) - 0.5 * guessed \
        - 1.0 * (len(title.split()) == 1)


def _with_ids(events: list[Event]) -> list[Event]:
    seen: Counter = Counter()
    out = []
    for ev in events:
        base = f"{ev.date.value}-{slug(ev.title)[:60]}".lower()
        seen[base] += 1
        out.append(replace(ev, id=base if seen[base] == 1 else f"{base}-{seen[base]}"))
    return out


def merge_analyses(analyses: list[DocAnalysis], aliases: AliasTable | None = None) -> Timeline:
    """The cluster's timeline from its documents' analyses (see module docstring); deterministic.

    `aliases` (default: the built-in table) supplies the pairs that must stay distinct when entities of
    different documents are grouped.
    """
    table = aliases if aliases is not None else load_aliases()
    entities, maps = merge_entities([a.entities for a in analyses], table)
    cast = Cast.of(entities)
    events: list[Event] = []
    for analysis, id_map in zip(analyses, maps, strict=True):
        for ev in analysis.events:
            ids = list(dict.fromkeys(id_map.get(e, e) for e in ev.entities))
            agents = list(dict.fromkeys(id_map.get(e, e) for e in ev.agents))
            events.append(replace(ev, entities=ids, agents=agents))
    events.sort(key=lambda e: e.id)
    merged = [_combine(events, idx, notes, cast) for idx, notes in cluster_events(events, cast)]
    merged = score_salience(merged, entities, [a.document for a in analyses])
    merged.sort(key=lambda e: (day_number(e.date.start), GRANULARITY_ORDER.index(e.date.granularity), e.title))
    merged = _with_ids(merged)
    mentions = sorted((m for a in analyses for m in a.mentions), key=lambda m: (m.doc, m.start, m.end))
    return Timeline(documents=[a.document for a in analyses], mentions=mentions, entities=entities,
                    events=merged)
