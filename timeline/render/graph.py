"""The event graph: dates, events and entities as three kinds of node, main actors in the middle.

Each event is joined to its date and to the entities taking part. The layout is Kamada-Kawai started from
rings (main actors inside, events around them, dates and minor entities outside), which is deterministic and
pulls well-connected actors to the centre; then nodes are pushed apart until no two labels overlap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from timeline.model import Timeline
from timeline.render import story
from timeline.render.figures import FAINT, INK, MUTED, PAPER, canvas, font, line_height, measure, put, style
from timeline.render.options import RenderOptions
from timeline.render.text import clean, date_label, wrap

DATE, EVENT, ENTITY = "date", "event", "entity"
_DATE_FILL = "#E8E8E8"
_ENTITY_FILL = "#DCEAF7"
_ENTITY_EDGE = "#0072B2"
_EVENT_PT = 11.5
_DATE_PT = 11
_TITLE_PT = 20
_AUTO = {"slide": (10, 10), "a4": (12, 12), "square": (10, 10)}
_PAD = 0.06


def node_id(kind: str, key: str) -> str:
    return f"{kind}:{key}"


def build(timeline: Timeline) -> nx.Graph:
    """The whole story as a graph: attributes say each node's kind, label and data (GraphML-ready scalars)."""
    g = nx.Graph()
    events = story.dated(timeline.events)
    groups = story.groups(timeline, events)
    weight = story.entity_weight(timeline)
    used = {eid for ev in events for eid in ev.entities}
    for ent in sorted(timeline.entities, key=lambda e: e.id):
        if ent.id in used:
            g.add_node(node_id(ENTITY, ent.id), kind=ENTITY, label=clean(ent.name), type=ent.type,
                       aliases="; ".join(sorted({clean(a) for a in ent.aliases})), mentions=ent.mentions,
                       events=weight.get(ent.id, (0, 0))[0])
    for ev in events:
        d = node_id(DATE, ev.date.value)
        if d not in g:
            g.add_node(d, kind=DATE, label=date_label(ev.date), value=ev.date.value, start=ev.date.start,
                       end=ev.date.end, granularity=ev.date.granularity)
        e = node_id(EVENT, ev.id)
        g.add_node(e, kind=EVENT, label=clean(ev.title), summary=clean(ev.summary), salience=round(ev.salience, 4),
                   sources=story.source_count(ev), group=groups.of_event.get(ev.id, story.OTHER),
                   date=ev.date.value)
        g.add_edge(e, d, relation="when")
        for eid in ev.entities:
            if node_id(ENTITY, eid) in g:
                g.add_edge(e, node_id(ENTITY, eid), relation="involves")
    return g


def neighbourhood(g: nx.Graph, timeline: Timeline, name: str) -> str | None:
    """The node of the entity called `name` (by name, alias or id, any case), or None."""
    key = clean(name).casefold()
    for ent in timeline.entities:
        names = {clean(ent.name).casefold(), ent.id.casefold()} | {clean(a).casefold() for a in ent.aliases}
        if key in names and node_id(ENTITY, ent.id) in g:
            return node_id(ENTITY, ent.id)
    return None


@dataclass
class _Node:
    id: str
    kind: str
    lines: list[str]
    size: float
    colour: str
    w: float
    h: float
    x: float = 0.0
    y: float = 0.0


def _select(g: nx.Graph, timeline: Timeline, options: RenderOptions) -> tuple[nx.Graph, str | None, str, int]:
    """The part of the graph worth drawing: a neighbourhood, or the most salient events and busiest actors."""
    focus = neighbourhood(g, timeline, options.entity) if options.entity else None
    note = ""
    if options.entity and focus is None:
        note = f"No entity called \u201c{clean(options.entity)}\u201d; showing the whole story. "
    max_events, max_entities = _AUTO[options.size]
    if options.max_events:
        max_events = options.max_events
    keep_events = [n for n in g.neighbors(focus)] if focus else [n for n, d in g.nodes(data=True) if d["kind"] == EVENT]
    ranked = sorted(keep_events, key=lambda n: (-g.nodes[n]["salience"], -g.nodes[n]["sources"], n))
    events = ranked[:max_events]
    entities = sorted({m for n in events for m in g.neighbors(n) if g.nodes[m]["kind"] == ENTITY},
                      key=lambda m: (m != focus, -sum(1 for n in g.neighbors(m) if n in events),
                                     -g.nodes[m]["mentions"], m))[:max_entities]
    dates = sorted({m for n in events for m in g.neighbors(n) if g.nodes[m]["kind"] == DATE})
    sub = g.subgraph(sorted(set(events) | set(entities) | set(dates))).copy()
    return sub, focus, note, len(keep_events)


def _nodes(sub: nx.Graph, timeline: Timeline, renderer) -> list[_Node]:
    events = [e for e in timeline.events if node_id(EVENT, e.id) in sub]
    groups = story.groups(timeline, story.dated(timeline.events))
    colour = {node_id(EVENT, e.id): groups.colour(e) for e in events}
    sal = [sub.nodes[n]["salience"] for n in sub if sub.nodes[n]["kind"] == EVENT]
    top = max(sal, default=1) or 1
    out = []
    for n in sorted(sub):
        d = sub.nodes[n]
        if d["kind"] == ENTITY:
            deg = sub.degree(n)
            pt = min(16.0, 11.5 + 1.2 * math.log2(1 + deg))
            lines = wrap(d["label"], 22, 2)
            props = font(pt, bold=True)
            w = max(measure(renderer, s, props)[0] for s in lines) + 2 * _PAD + 0.08
            h = line_height(props) * len(lines) + 2 * _PAD
            out.append(_Node(n, ENTITY, lines, pt, _ENTITY_EDGE, w, h))
        elif d["kind"] == DATE:
            props = font(_DATE_PT)
            w = measure(renderer, d["label"], props)[0] + 2 * _PAD
            out.append(_Node(n, DATE, [d["label"]], _DATE_PT, MUTED, w, line_height(props) + 2 * _PAD))
        else:
            r = 0.07 + 0.09 * math.sqrt(max(d["salience"], 0) / top)
            lines = wrap(d["label"], 24, 2)
            props = font(_EVENT_PT)
            tw = max(measure(renderer, s, props)[0] for s in lines)
            h = 2 * r + 0.04 + line_height(props) * len(lines)
            out.append(_Node(n, EVENT, lines, r, colour.get(n, story.OTHER_COLOUR), max(tw, 2 * r), h))
    return out


def _layout(sub: nx.Graph, nodes: list[_Node], focus: str | None, box: tuple[float, float, float, float]) -> bool:
    """Place nodes inside `box` (x0, y0, x1, y1) without overlaps; False when they cannot all fit.

    Kamada-Kawai from rings gives the shape; overlapping boxes are then pushed apart, and the result is
    stretched to fill the box (stretching never creates an overlap).
    """
    kinds = {n.id: n.kind for n in nodes}
    ents = sorted((n for n in sub if kinds[n] == ENTITY), key=lambda n: (-sub.degree(n), n))
    core = [focus] if focus else ents[: max(1, len(ents) // 4)]
    shells = [core, [n for n in sorted(sub) if kinds[n] == EVENT],
              [n for n in sorted(sub) if kinds[n] == DATE or (kinds[n] == ENTITY and n not in core)]]
    shells = [s for s in shells if s]
    if len(sub) > 2:
        pos = nx.kamada_kawai_layout(sub, pos=nx.shell_layout(sub, shells))
    else:
        pos = {n: (float(i), 0.0) for i, n in enumerate(sorted(sub))}
    x0, y0, x1, y1 = box
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    sx = 0.5 * (x1 - x0) / ((max(xs) - min(xs)) or 1)
    sy = 0.5 * (y1 - y0) / ((max(ys) - min(ys)) or 1)
    for n in nodes:
        n.x = (pos[n.id][0] - min(xs)) * sx
        n.y = (pos[n.id][1] - min(ys)) * sy
    _separate(nodes)
    return _fit(nodes, box)


def _separate(nodes: list[_Node], rounds: int = 500) -> None:
    """Push overlapping boxes apart along their shallower overlap until none overlap."""
    margin = 0.1
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx = (a.w + b.w) / 2 + margin - abs(a.x - b.x)
                dy = (a.h + b.h) / 2 + margin - abs(a.y - b.y)
                if dx <= 0 or dy <= 0:
                    continue
                moved = True
                if dx * (a.h + b.h) < dy * (a.w + b.w):
                    s = 1 if (a.x, a.id) >= (b.x, b.id) else -1
                    a.x += s * dx / 2
                    b.x -= s * dx / 2
                else:
                    s = 1 if (a.y, a.id) >= (b.y, b.id) else -1
                    a.y += s * dy / 2
                    b.y -= s * dy / 2
        if not moved:
            return


def _fit(nodes: list[_Node], box: tuple[float, float, float, float]) -> bool:
    """Move and stretch the separated layout to fill `box`; False when it is too big for it."""
    x0, y0, x1, y1 = box
    for axis, lo, hi in (("x", x0, x1), ("y", y0, y1)):
        size = "w" if axis == "x" else "h"
        a = min(getattr(n, axis) - getattr(n, size) / 2 for n in nodes)
        b = max(getattr(n, axis) + getattr(n, size) / 2 for n in nodes)
        if b - a > hi - lo:
            return False
        centre = (a + b) / 2
        half = (hi - lo) / 2
        stretch = min((half - getattr(n, size) / 2) / abs(getattr(n, axis) - centre)
                      for n in nodes if abs(getattr(n, axis) - centre) > 1e-9) if len(nodes) > 1 else 1.0
        for n in nodes:
            setattr(n, axis, (lo + hi) / 2 + (getattr(n, axis) - centre) * max(stretch, 1.0))
    return True


def overlaps(nodes: list[_Node]) -> int:
    """How many pairs of node boxes intersect."""
    return sum(1 for i, a in enumerate(nodes) for b in nodes[i + 1:]
               if abs(a.x - b.x) < (a.w + b.w) / 2 and abs(a.y - b.y) < (a.h + b.h) / 2)


def graph(timeline: Timeline, options: RenderOptions) -> Figure:
    """The graph figure; with `options.entity`, that entity's neighbourhood only."""
    g = build(timeline)
    with style():
        fig, ax, renderer = canvas(options.figsize, options.resolution)
        w, h = options.figsize
        sub, focus, note, total = _select(g, timeline, options)
        box = (0.45, 1.3, w - 0.45, h - 1.3)
        nodes = _nodes(sub, timeline, renderer)
        while nodes and not (_layout(sub, nodes, focus, box) and not overlaps(nodes)):
            sub = _smaller(sub, focus)
            nodes = _nodes(sub, timeline, renderer)
        shown = sum(1 for n in nodes if n.kind == EVENT)
        if shown < total:
            note += f"Showing the {shown} most salient of {total} events and the entities most involved in them."
        title = clean(options.title) or story.headline(timeline)
        if focus:
            title = f"Around {sub.nodes[focus]['label']}"
        props = font(_TITLE_PT, bold=True)
        put(ax, 0.45, h - 0.3, wrap(title, 70, 1)[0] if title else "", props, color=INK, va="top")
        sub_props = font(13)
        put(ax, 0.45, h - 0.3 - line_height(props, 1.15) - 0.04,
            "Who and what the events connect: each event is joined to its date and the entities in it",
            sub_props, color=MUTED, va="top")
        legend_y = 0.3
        if note:
            put(ax, 0.45, legend_y, note, font(11), color=MUTED, va="bottom")
            legend_y += 0.3
        _legend(ax, renderer, legend_y + 0.1)
        if nodes:
            _draw(ax, sub, nodes, focus)
        else:
            put(ax, w / 2, h / 2, "No dated events were found in these articles.", font(14), color=MUTED,
                ha="center", va="center")
        ax.set_xlim(0, w)
        ax.set_ylim(0, h)
    return fig


def _smaller(sub: nx.Graph, focus: str | None) -> nx.Graph:
    """The graph without its least salient event (and whatever only that event connected)."""
    events = [n for n in sub if sub.nodes[n]["kind"] == EVENT]
    if len(events) <= 1:
        return sub.subgraph([]).copy()
    drop = min(events, key=lambda n: (sub.nodes[n]["salience"], sub.nodes[n]["sources"], n))
    rest = sub.copy()
    rest.remove_node(drop)
    rest.remove_nodes_from([n for n in list(rest) if rest.degree(n) == 0 and n != focus])
    return rest


def _legend(ax, renderer, y: float) -> None:
    props = font(12)
    x = 0.45
    for kind, text in ((DATE, "Date"), (EVENT, "Event (size: salience, colour: main actor)"),
                       (ENTITY, "Entity: person, organisation, place")):
        if kind == DATE:
            ax.add_patch(FancyBboxPatch((x, y - 0.08), 0.3, 0.16, boxstyle="round,pad=0,rounding_size=0.02",
                                        fc=_DATE_FILL, ec=MUTED, lw=0.8))
        elif kind == EVENT:
            ax.scatter([x + 0.15], [y], s=(0.2 * 72) ** 2, color=story.PALETTE[1], edgecolors=PAPER, zorder=3)
        else:
            ax.add_patch(FancyBboxPatch((x, y - 0.1), 0.3, 0.2, boxstyle="round,pad=0,rounding_size=0.08",
                                        fc=_ENTITY_FILL, ec=_ENTITY_EDGE, lw=1.2))
        put(ax, x + 0.4, y, text, props, color=MUTED, va="center")
        x += 0.4 + measure(renderer, text, props)[0] + 0.45


def _draw(ax, sub: nx.Graph, nodes: list[_Node], focus: str | None) -> None:
    at = {n.id: n for n in nodes}
    for a, b in sorted(sub.edges()):
        pa, pb = at[a], at[b]
        ya = pa.y + pa.h / 2 - pa.size if pa.kind == EVENT else pa.y
        yb = pb.y + pb.h / 2 - pb.size if pb.kind == EVENT else pb.y
        ax.plot([pa.x, pb.x], [ya, yb], color=FAINT, lw=1.1, zorder=1, solid_capstyle="round")
    for n in nodes:
        if n.kind == EVENT:
            cy = n.y + n.h / 2 - n.size
            ax.scatter([n.x], [cy], s=(2 * n.size * 72) ** 2, color=n.colour, edgecolors=PAPER, linewidths=1.5,
                       zorder=3)
            put(ax, n.x, cy - n.size - 0.04, "\n".join(n.lines), font(_EVENT_PT), color=INK, ha="center", va="top",
                linespacing=1.2, zorder=4, multialignment="center",
                bbox={"boxstyle": "square,pad=0.05", "fc": PAPER, "ec": "none", "alpha": 0.85})
        elif n.kind == DATE:
            ax.add_patch(FancyBboxPatch((n.x - n.w / 2, n.y - n.h / 2), n.w, n.h,
                                        boxstyle="round,pad=0,rounding_size=0.03", fc=_DATE_FILL, ec=MUTED,
                                        lw=0.8, zorder=3))
            put(ax, n.x, n.y, n.lines[0], font(_DATE_PT), color=INK, ha="center", va="center", zorder=4)
        else:
            strong = n.id == focus
            ax.add_patch(FancyBboxPatch((n.x - n.w / 2, n.y - n.h / 2), n.w, n.h,
                                        boxstyle=f"round,pad=0,rounding_size={min(n.h / 2, 0.15):.3f}",
                                        fc=_ENTITY_EDGE if strong else _ENTITY_FILL, ec=_ENTITY_EDGE, lw=1.4,
                                        zorder=3))
            put(ax, n.x, n.y, "\n".join(n.lines), font(n.size, bold=True), color=PAPER if strong else INK,
                ha="center", va="center", linespacing=1.15, multialignment="center", zorder=4)
