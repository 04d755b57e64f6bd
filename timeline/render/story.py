"""What every view of the story agrees on: which events matter most, who each event is about, the headline.

The chart, the graph, the briefing page and the exports all colour, group and rank events through these
functions, so an event is the same colour in the chart and the graph and sits in the same TimelineJS group.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from timeline.model import Document, Entity, Event, Timeline
from timeline.render.text import clean, shorten
from timeline.timex import order

#: Okabe-Ito colours (safe for the common colour-vision deficiencies), darkest first; yellow left out for contrast.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
OTHER_COLOUR = "#7F7F7F"
OTHER = "Other"
#: Actors before settings: "Iran" names where a story happens more often than who acts in it.
_TYPE_RANK = {"person": 0, "organisation": 1, "group": 1, "work": 2, "other": 3, "place": 4}
_WORD = re.compile(r"[^\W\d_]{3,}")


def dated(events: list[Event]) -> list[Event]:
    """The events whose dates are calendar intervals that can be placed on an axis, in chronological order."""
    ok = []
    for ev in events:
        try:
            ok.append((order(ev.date), ev.id, ev))
        except (TypeError, ValueError):
            continue
    return [ev for _, _, ev in sorted(ok, key=lambda t: (t[0], t[1]))]


def rank(events: list[Event]) -> list[Event]:
    """Most salient first; ties broken by how many sources tell it, how many entities it involves, then its id."""
    return sorted(events, key=lambda e: (-e.salience, -len({s.doc for s in e.sources}), -len(e.entities), e.id))


def source_count(event: Event) -> int:
    """How many articles report the event (several quotes from one article count once)."""
    return max(1, len({s.doc for s in event.sources}))


def entity_weight(timeline: Timeline) -> dict[str, tuple[int, int]]:
    """Per entity id: (number of events it takes part in, number of times it is named)."""
    counts = Counter(eid for ev in timeline.events for eid in set(ev.entities))
    return {e.id: (counts.get(e.id, 0), e.mentions) for e in timeline.entities}


def main_entity(event: Event, timeline: Timeline, weight: dict[str, tuple[int, int]]) -> Entity | None:
    """The event's main actor: a person or organisation before a place, then the one in most events."""
    candidates = [e for e in (timeline.entity(i) for i in event.entities) if e is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda e: (_TYPE_RANK.get(e.type, 3), -weight.get(e.id, (0, 0))[0],
                                          -weight.get(e.id, (0, 0))[1], e.name))


@dataclass(frozen=True)
class Groups:
    """Each event's colour group (its main actor, or "Other") and each group's colour, legend order first."""

    of_event: dict[str, str]
    colours: dict[str, str]

    def colour(self, event: Event) -> str:
        return self.colours.get(self.of_event.get(event.id, OTHER), OTHER_COLOUR)


def groups(timeline: Timeline, events: list[Event], limit: int = len(PALETTE)) -> Groups:
    """Colour groups for `events`: the `limit` main actors with most events get a colour, the rest are "Other"."""
    weight = entity_weight(timeline)
    actor = {}
    for ev in events:
        main = main_entity(ev, timeline, weight)
        actor[ev.id] = clean(main.name) if main else OTHER
    counts = Counter(a for a in actor.values() if a != OTHER)
    top = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
    of_event = {eid: (a if a in top else OTHER) for eid, a in actor.items()}
    colours = {name: PALETTE[i] for i, name in enumerate(top)}
    if OTHER in of_event.values():
        colours[OTHER] = OTHER_COLOUR
    return Groups(of_event, colours)


def headline(timeline: Timeline) -> str:
    """The article title that shares most words with the other titles: the story's own headline.

    Articles scraped without titles fall back to the most salient event's title, which says what the story is
    about better than a generic caption."""
    titles = sorted({clean(d.title) for d in timeline.documents if clean(d.title)})
    if not titles:
        top = max(timeline.events, key=lambda e: (e.salience, e.id), default=None)
        return clean(top.title) if top is not None else "Timeline of events"
    words = [set(w.lower() for w in _WORD.findall(t)) for t in titles]
    shared = [sum(len(w & other) for j, other in enumerate(words) if j != i) for i, w in enumerate(words)]
    best = max(range(len(titles)), key=lambda i: (shared[i], -len(titles[i])))
    return titles[best]


def source_label(doc: Document | None, fallback: str = "") -> str:
    """How to credit an article: its outlet, else its title in quotes, else its id."""
    if doc is None:
        return clean(fallback)
    title = clean(doc.title)
    return clean(doc.source) or (f"\u201c{shorten(title, 48)}\u201d" if title else clean(doc.id))


def source_names(timeline: Timeline) -> list[str]:
    """The outlets the story was read from, in the order of the documents' ids, each once; articles with
    neither outlet nor title are counted at the end ("1 untitled article"), not named by their file names."""
    names: list[str] = []
    untitled = 0
    for doc in sorted(timeline.documents, key=lambda d: d.id):
        if not clean(doc.source) and not clean(doc.title):
            untitled += 1
            continue
        name = source_label(doc)
        if name not in names:
            names.append(name)
    if untitled:
        names.append(f"{untitled} untitled article{'s' if untitled != 1 else ''}")
    return names
