"""Salience: which events a chart or graph keeps when there are too many to show.

An event matters more when more articles tell it, when its participants are the cluster's prominent entities,
and when articles tell it early (news writing puts what matters first). The score is a weighted sum of those
three, each scaled to [0, 1]: 0.5 sources, 0.3 prominence, 0.2 position.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.model import Document, Entity, Event

WEIGHTS = (0.5, 0.3, 0.2)


def score_salience(events: list[Event], entities: list[Entity], documents: list[Document]) -> list[Event]:
    """The events with `salience` set (see module docstring)."""
    n_docs = max(len(documents), 1)
    lengths = {d.id: max(len(d.text), 1) for d in documents}
    top = max((e.mentions for e in entities), default=1) or 1
    weight = {e.id: e.mentions / top for e in entities}
    out = []
    for ev in events:
        sources = len({s.doc for s in ev.sources}) / n_docs
        ranked = sorted((weight.get(e, 0.0) for e in ev.entities), reverse=True)[:3]
        prominence = sum(ranked) / 3
        position = max((1 - s.start / lengths.get(s.doc, 1) for s in ev.sources), default=0.0)
        score = WEIGHTS[0] * sources + WEIGHTS[1] * prominence + WEIGHTS[2] * max(position, 0.0)
        out.append(replace(ev, salience=round(score, 4)))
    return out
