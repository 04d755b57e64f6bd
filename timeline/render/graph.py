"""The event graph: dates, events and entities as three kinds of node, main actors in the middle.

Each event is joined to its date and to the entities taking part. A force layout of text-heavy nodes on a
slide ends as a hairball, so the drawing is laid out by structure instead: events in time order along the
top row (earlier half) and the bottom row (later half), each with its date tag beside it; entities in the
band between, each placed over the events it takes part in, the busiest nearest the middle. Every position
is computed, nothing is random, and every label has a box that no other label may enter.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from timeline.model import EventDate, Timeline
from timeline.render import story
from timeline.render.figures import FAINT, INK, MUTED, PAPER, canvas, font, line_height, measure, put, style
from timeline.render.options import RenderOptions
from timeline.render.text import clean, date_label, wrap
from timeline.timex import day_number, interval

DATE, EVENT, ENTITY = "date", "event", "entity"
_DATE_FILL = "#E8E8E8"
_ENTITY_FILL = "#DCEAF7"
_ENTITY_EDGE = "#0072B2"
_EVENT_PT = 12
_DATE_PT = 12
_TITLE_PT = 20
#: Most events and entities drawn for each size (all of them are in graph.graphml).
_AUTO = {"slide": (12, 14), "a4": (12, 14), "square": (10, 12)}
_PAD = 0.06
_GAP = 0.14
#: Radius in inches of the dot of the most salient event.
_R_MAX = 0.15


def node_id(kind: str, key: str) -> str:
    return f"{kind}:{key}"


def _date_key(when: EventDate) -> str:
    """A date node's key: its TIMEX3 value, plus its end when the event lasts beyond what the value says."""
    plain = interval(when.value)
    return when.value if plain and (plain.start, plain.end) == (when.start, when.end) else f"{when.value}/{when.end}"


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
        d = node_id(DATE, _date_key(ev.date))
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
class _Box:
    """Something drawn with a label: its centre, its size in inches, and what it shows."""

    id: str
    kind: str
    lines: list[str]
    w: float
    h: float
    x: float = 0.0
    y: float = 0.0
    size: float = 0.0
    colour: str = INK
    #: Where an event's dot sits (its label box is above or below it).
    dot: tuple[float, float] = (0.0, 0.0)

    def overlaps(self, other: _Box) -> bool:
        return abs(self.x - other.x) < (self.w + other.w) / 2 and abs(self.y - other.y) < (self.h + other.h) / 2


def _select(g: nx.Graph, timeline: Timeline, options: RenderOptions) -> tuple[nx.Graph, str | None, str, int]:
    """The part of the graph worth drawing: a neighbourhood, or the most salient events and busiest actors."""
    focus = neighbourhood(g, timeline, options.entity) if options.entity else None
    note = ""
    if options.entity and focus is None:
        note = f"No entity called \u201c{clean(options.entity)}\u201d; showing the whole story. "
    max_events, max_entities = _AUTO[options.size]
    max_events = min(max_events, options.max_events or max_events)
    pool = list(g.neighbors(focus)) if focus else [n for n, d in g.nodes(data=True) if d["kind"] == EVENT]
    events = sorted(pool, key=lambda n: (-g.nodes[n]["salience"], -g.nodes[n]["sources"], n))[:max_events]
    entities = sorted({m for n in events for m in g.neighbors(n) if g.nodes[m]["kind"] == ENTITY},
                      key=lambda m: (m != focus, -sum(1 for n in g.neighbors(m) if n in events),
                                     -g.nodes[m]["mentions"], m))[:max_entities]
    dates = sorted({m for n in events for m in g.neighbors(n) if g.nodes[m]["kind"] == DATE})
    return g.subgraph(sorted(set(events) | set(entities) | set(dates))).copy(), focus, note, len(pool)


def _chronological(sub: nx.Graph) -> list[str]:
    events = [n for n in sub if sub.nodes[n]["kind"] == EVENT]
    date_of = {n: next(m for m in sub.neighbors(n) if sub.nodes[m]["kind"] == DATE) for n in events}
    return sorted(events, key=lambda n: (day_number(sub.nodes[date_of[n]]["start"]),
                                         day_number(sub.nodes[date_of[n]]["end"]), n))


def _event_boxes(sub: nx.Graph, ids: list[str], timeline: Timeline, renderer: RendererAgg,
                 slot: float) -> list[_Box]:
    """Events `ids` as dots with labels wrapped to fit a slot `slot` inches wide."""
    groups = story.groups(timeline, story.dated(timeline.events))
    colour = {node_id(EVENT, e.id): groups.colour(e) for e in timeline.events}
    top = max((sub.nodes[n]["salience"] for n in sub if sub.nodes[n]["kind"] == EVENT), default=1) or 1
    props = font(_EVENT_PT)
    chars = max(10, int((slot - 0.15) / measure(renderer, "abcdefghij klmnopqrst", props)[0] * 21))
    boxes = []
    for n in ids:
        lines = wrap(sub.nodes[n]["label"], chars, 2)
        while chars > 10 and max(measure(renderer, s, props)[0] for s in lines) > slot - 0.15:
            chars -= 2
            lines = wrap(sub.nodes[n]["label"], chars, 2)
        width = max(measure(renderer, s, props)[0] for s in lines)
        radius = _R_MAX - 0.08 + 0.08 * math.sqrt(max(sub.nodes[n]["salience"], 0) / top)
        boxes.append(_Box(n, EVENT, lines, width, line_height(props) * len(lines), size=radius,
                          colour=colour.get(n, story.OTHER_COLOUR)))
    return boxes


def _date_box(sub: nx.Graph, n: str, renderer: RendererAgg, room: float) -> _Box:
    props = font(_DATE_PT)
    label = sub.nodes[n]["label"]
    lines = [label] if measure(renderer, label, props)[0] + 2 * _PAD <= room else label.split(" \u2013 ")
    if len(lines) > 1:
        lines[0] += " \u2013"
    w = max(measure(renderer, s, props)[0] for s in lines) + 2 * _PAD
    return _Box(n, DATE, lines, w, line_height(props) * len(lines) + 2 * _PAD)


def _entity_box(sub: nx.Graph, n: str, renderer: RendererAgg) -> _Box:
    degree = sub.degree(n)
    pt = min(15.0, 11.5 + 1.1 * math.log2(degree))
    props = font(pt, bold=True)
    lines = wrap(sub.nodes[n]["label"], 24, 2)
    w = max(measure(renderer, s, props)[0] for s in lines) + 2 * _PAD + 0.12
    h = line_height(props, 1.15) * len(lines) + 2 * _PAD
    return _Box(n, ENTITY, lines, w, h, size=pt)


def _layout(sub: nx.Graph, timeline: Timeline, focus: str | None, renderer: RendererAgg,
            area: tuple[float, float, float, float]) -> list[_Box] | None:
    """Every node placed inside `area` (x0, y0, x1, y1) with no box overlapping another, or None."""
    x0, y0, x1, y1 = area
    order = _chronological(sub)
    if not order:
        return []
    date_of = {n: next(m for m in sub.neighbors(n) if sub.nodes[m]["kind"] == DATE) for n in order}
    split = math.ceil(len(order) / 2)
    while 0 < split < len(order) and date_of[order[split - 1]] == date_of[order[split]]:
        split += 1  # events sharing a date stay in one row, beside their one tag
    rows = [ids for ids in (order[:split], order[split:]) if ids]
    width = x1 - x0
    room = width / max(len(ids) for ids in rows) - 2 * _R_MAX - 0.3
    tags = {d: _date_box(sub, d, renderer, room) for d in sorted(set(date_of.values()))}
    reach = _R_MAX + 0.12 + max(t.w for t in tags.values())
    slots = [min(width / len(ids), (width - reach) / (len(ids) - 0.5)) for ids in rows]
    row_events = [_event_boxes(sub, ids, timeline, renderer, slot) for ids, slot in zip(rows, slots, strict=True)]
    events = [e for row in row_events for e in row]
    r_max = max(e.size for e in events)
    # date tags sit beside their dots on the side away from the entities, so no edge crosses a tag
    lift = max([r_max] + [t.h + 0.02 for t in tags.values()])
    label_h = max(e.h for e in events)
    reserve = label_h + 0.08 + lift
    circle_y = [y1 - reserve, y0 + reserve]
    boxes: list[_Box] = []
    for r, (row, slot) in enumerate(zip(row_events, slots, strict=True)):
        placed: list[_Box] = []
        for i, ev in enumerate(row):
            ev.x = x0 + slot * (i + 0.5)
            tag = tags[date_of[ev.id]]
            if tag not in boxes:
                tag.x = ev.x + r_max + 0.12 + tag.w / 2
                tag.y = circle_y[r] + (1 if r == 0 else -1) * (tag.h / 2 - 0.04)
                boxes.append(tag)
                placed.append(tag)
            # the label clears its dot and any date tag reaching under it, and no more
            under = [t.h + 0.02 for t in placed if abs(t.x - ev.x) < (t.w + ev.w) / 2]
            rise = max([r_max] + under)
            ev.y = circle_y[r] + (1 if r == 0 else -1) * (rise + 0.06 + ev.h / 2)
            ev.dot = (ev.x, circle_y[r])
            boxes.append(ev)
    band = (circle_y[1] + r_max + 0.25, circle_y[0] - r_max - 0.25)
    entities = _place_entities(sub, events, focus, renderer, (x0, band[0], x1, band[1]))
    if entities is None:
        return None
    boxes += entities
    if any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]):
        return None
    return boxes


def _place_entities(sub: nx.Graph, events: list[_Box], focus: str | None, renderer: RendererAgg,
                    band: tuple[float, float, float, float]) -> list[_Box] | None:
    """Entities in rows across the band, each near the middle of its events, busiest nearest the centre.

    A spot where the box would sit on another entity's edge (or its own edges would run under another box)
    costs extra, so that a line never seems to pass through an entity it does not belong to.
    """
    x0, y0, x1, y1 = band
    dots = {e.id: e.dot for e in events}
    ents = sorted((n for n in sub if sub.nodes[n]["kind"] == ENTITY),
                  key=lambda n: (n != focus, -sub.degree(n), -sub.nodes[n]["mentions"], n))
    boxes = [_entity_box(sub, n, renderer) for n in ents]
    if not boxes:
        return []
    row_h = max(b.h for b in boxes) + _GAP
    n_rows = int((y1 - y0) // row_h)
    if n_rows < 1:
        return None
    middle = (n_rows - 1) / 2
    row_y = [y0 + (y1 - y0) / 2 + (middle - r) * row_h for r in range(n_rows)]
    taken: list[list[tuple[float, float]]] = [[] for _ in range(n_rows)]
    placed: list[_Box] = []
    for box in boxes:
        linked = [dots[m] for m in sub.neighbors(box.id) if m in dots]
        want = sum(d[0] for d in linked) / len(linked) if linked else (x0 + x1) / 2
        best = None
        for r in range(n_rows):
            for x in _free_spots(taken[r], want, box.w, x0, x1):
                crossings = _crossings(box, x, row_y[r], linked, placed, sub, dots)
                cost = abs(x - want) + 0.8 * abs(r - middle) + 1.2 * crossings
                if best is None or cost < best[0]:
                    best = (cost, r, x)
        if best is None:
            return None
        _, r, x = best
        box.x, box.y = x, row_y[r]
        taken[r].append((x - box.w / 2 - _GAP, x + box.w / 2 + _GAP))
        placed.append(box)
    return boxes


def _free_spots(taken: list[tuple[float, float]], want: float, w: float, lo: float, hi: float) -> list[float]:
    """Centres for a box of width `w` in [lo, hi] clear of every taken interval: the one nearest `want`,
    the ones hard against each taken interval, and a few steps either side of `want`."""
    lo, hi = lo + w / 2, hi - w / 2
    if lo > hi:
        return []
    candidates = [min(max(want + step, lo), hi) for step in (0.0, -0.6, 0.6, -1.2, 1.2, -2.0, 2.0)]
    for a, b in taken:
        candidates += [a - w / 2, b + w / 2]
    return sorted({c for c in candidates if lo <= c <= hi and all(c + w / 2 <= a or c - w / 2 >= b
                                                                  for a, b in taken)})


def _crossings(box: _Box, x: float, y: float, linked: list[tuple[float, float]], placed: list[_Box],
               sub: nx.Graph, dots: dict[str, tuple[float, float]]) -> int:
    """How many edges would run under a box: others' edges under this one at (x, y), its own under others."""
    rect = (x - box.w / 2, y - box.h / 2, x + box.w / 2, y + box.h / 2)
    count = 0
    for other in placed:
        for m in sub.neighbors(other.id):
            if m in dots and _hits(dots[m], (other.x, other.y), rect):
                count += 1
        orect = (other.x - other.w / 2, other.y - other.h / 2, other.x + other.w / 2, other.y + other.h / 2)
        count += sum(1 for d in linked if _hits(d, (x, y), orect))
    return count


def _hits(a: tuple[float, float], b: tuple[float, float], rect: tuple[float, float, float, float]) -> bool:
    """True when the segment a-b passes through the rectangle (x0, y0, x1, y1) (Liang-Barsky clipping)."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, ax - rect[0]), (dx, rect[2] - ax), (-dy, ay - rect[1]), (dy, rect[3] - ay)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return False
    return True


def _smaller(sub: nx.Graph, focus: str | None) -> nx.Graph:
    """The graph without its least salient event (and whatever only that event connected)."""
    events = [n for n in sub if sub.nodes[n]["kind"] == EVENT]
    drop = min(events, key=lambda n: (sub.nodes[n]["salience"], sub.nodes[n]["sources"], n))
    rest = sub.copy()
    rest.remove_node(drop)
    rest.remove_nodes_from([n for n in list(rest) if rest.degree(n) == 0 and n != focus])
    return rest


def draw(timeline: Timeline, options: RenderOptions) -> Figure:
    """The graph figure; with `options.entity`, that entity's neighbourhood only."""
    g = build(timeline)
    with style():
        fig, ax, renderer = canvas(options.figsize, options.resolution)
        w, h = options.figsize
        sub, focus, note, total = _select(g, timeline, options)
        area = (0.45, 1.25, w - 0.45, h - 1.25)
        boxes = _layout(sub, timeline, focus, renderer, area)
        while boxes is None:
            sub = _smaller(sub, focus)
            boxes = _layout(sub, timeline, focus, renderer, area)
        shown = sum(1 for b in boxes if b.kind == EVENT)
        if shown < total:
            note += (f"Showing the {shown} most salient of {total} events and the entities most involved in them; "
                     "graph.graphml has them all.")
        title = f"Around {sub.nodes[focus]['label']}" if focus else clean(options.title) or story.headline(timeline)
        props = font(_TITLE_PT, bold=True)
        put(ax, 0.45, h - 0.3, wrap(title, 70, 1)[0], props, color=INK, va="top")
        put(ax, 0.45, h - 0.3 - line_height(props, 1.15) - 0.04,
            "Who and what the events connect: earlier events along the top, later ones along the bottom",
            font(13), color=MUTED, va="top")
        legend_y = 0.3
        if note:
            put(ax, 0.45, legend_y, note, font(12), color=MUTED, va="bottom")
            legend_y += 0.3
        _legend(ax, renderer, legend_y + 0.12)
        if boxes:
            _draw(ax, sub, boxes, focus)
        else:
            put(ax, w / 2, h / 2, "No dated events were found in these articles.", font(14), color=MUTED,
                ha="center", va="center")
        ax.set_xlim(0, w)
        ax.set_ylim(0, h)
    return fig


def _legend(ax: Axes, renderer: RendererAgg, y: float) -> None:
    props = font(12)
    x = 0.45
    for kind, text in ((DATE, "Date"), (EVENT, "Event (bigger: more salient; coloured by main actor as in the chart)"),
                       (ENTITY, "Person, organisation or place")):
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


def _draw(ax: Axes, sub: nx.Graph, boxes: list[_Box], focus: str | None) -> None:
    at = {b.id: b for b in boxes}
    circles = {b.id: b.dot for b in boxes if b.kind == EVENT}
    for ev, (cx, cy) in sorted(circles.items()):
        for m in sorted(sub.neighbors(ev)):
            other = at.get(m)
            if other is None:
                continue
            if other.kind == DATE:
                ty = min(max(cy, other.y - other.h / 2 + 0.03), other.y + other.h / 2 - 0.03)
                tx = other.x - other.w / 2 if cx < other.x else other.x + other.w / 2
                ax.plot([cx, tx], [cy, ty], color=MUTED, lw=1, zorder=1)
            else:
                ax.plot([cx, other.x], [cy, other.y], color=FAINT, lw=1.1, zorder=1, solid_capstyle="round")
    for b in boxes:
        if b.kind == EVENT:
            cx, cy = circles[b.id]
            ax.scatter([cx], [cy], s=(2 * b.size * 72) ** 2, color=b.colour, edgecolors=PAPER, linewidths=1.5,
                       zorder=3)
            put(ax, b.x, b.y, "\n".join(b.lines), font(_EVENT_PT), color=INK, ha="center", va="center",
                linespacing=1.2, multialignment="center", zorder=4)
        elif b.kind == DATE:
            ax.add_patch(FancyBboxPatch((b.x - b.w / 2, b.y - b.h / 2), b.w, b.h,
                                        boxstyle="round,pad=0,rounding_size=0.03", fc=_DATE_FILL, ec=MUTED,
                                        lw=0.8, zorder=3))
            put(ax, b.x, b.y, "\n".join(b.lines), font(_DATE_PT), color=INK, ha="center", va="center",
                linespacing=1.2, multialignment="center", zorder=4)
        else:
            strong = b.id == focus
            ax.add_patch(FancyBboxPatch((b.x - b.w / 2, b.y - b.h / 2), b.w, b.h,
                                        boxstyle=f"round,pad=0,rounding_size={min(b.h / 2, 0.15):.3f}",
                                        fc=_ENTITY_EDGE if strong else _ENTITY_FILL, ec=_ENTITY_EDGE, lw=1.4,
                                        zorder=3))
            put(ax, b.x, b.y, "\n".join(b.lines), font(b.size, bold=True), color=PAPER if strong else INK,
                ha="center", va="center", linespacing=1.15, multialignment="center", zorder=4)
