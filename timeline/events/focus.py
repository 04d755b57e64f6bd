"""The timeline of one entity: its events and their neighbourhood (the other entities of those events)."""

from __future__ import annotations

from timeline.entities.names import key
from timeline.model import Timeline


def focus(timeline: Timeline, name: str) -> Timeline:
    """The part of `timeline` about the entity called `name` (any of its aliases, case-insensitively).

    Raises ValueError naming the known entities when no entity has that name.
    """
    wanted = name.strip().lower()
    folded = key(name)
    ids = {e.id for e in timeline.entities
           if any(a.lower() == wanted or key(a).lower() == folded.lower() for a in (e.name, *e.aliases))}
    if not ids:
        known = ", ".join(e.name for e in timeline.entities[:30])
        raise ValueError(f"no entity named {name!r}; known: {known}")
    events = [ev for ev in timeline.events if ids & set(ev.entities)]
    around = {e for ev in events for e in ev.entities} | ids
    cited = {(s.doc, s.mention_start, s.mention_end) for ev in events for s in ev.sources}
    docs = {s.doc for ev in events for s in ev.sources}
    return Timeline(
        documents=[d for d in timeline.documents if d.id in docs],
        mentions=[m for m in timeline.mentions if (m.doc, m.start, m.end) in cited],
        entities=[e for e in timeline.entities if e.id in around],
        events=events,
        problems=list(timeline.problems),
    )
