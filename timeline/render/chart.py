"""The chronological chart: the story's events as flags on a time axis that skips empty decades.

Read it like a newsroom graphic: title, a subtitle with the date range, events on one axis (a filled dot
for an exact day, an open dot on a bracket for a date known only to the month or year, bigger when more
articles report it, coloured by main actor), a legend, and a footnote naming the sources and saying how
many events were left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

from timeline.model import Event, Timeline
from timeline.render import story
from timeline.render.figures import FAINT, INK, MUTED, PAPER, canvas, font, line_height, measure, put, style
from timeline.render.lanes import Room, Slot, stack
from timeline.render.options import RenderOptions
from timeline.render.scale import BrokenAxis, Segment, broken_axis
from timeline.render.text import clean, date_label, range_label, wrap, year_label
from timeline.timex import CYCLE_YEARS, as_date, cycles, day_number, parse_day

_MARGIN = 0.45
_STEM = 0.07
_GAP = 0.16
#: Height of the band where leaders may slant, least distance between two leaders, most sideways shift.
_FAN = 0.42
_SEP = 0.13
_SHIFT = 2.0
_LABEL_PT = 12.5
_TICK_PT = 12
_NOTE_PT = 12
_TITLE_PT = 22
_SUBTITLE_PT = 14
#: Most events a chart of each size starts from before dropping those whose labels do not fit.
_AUTO_EVENTS = {"slide": 16, "a4": 20, "square": 16}
_LABEL_CHARS = {"slide": 24, "a4": 22, "square": 22}
_TITLE_LINES = 2
_SPAN_LW = 5
#: Most a lane's height is stretched to fill a page that needs few lanes.
_STRETCH = 1.6
_YEARLY = ("millennium", "century", "decade", "year")
_COARSE = ("millennium", "century", "decade", "year", "season", "quarter", "month", "week")


@dataclass(frozen=True)
class ChartInfo:
    """What the chart shows: its events (chronological) and how many dated events it had to leave out."""

    shown: list[Event]
    left_out: int


@dataclass(frozen=True)
class _Label:
    event: Event
    head: str
    lines: list[str]
    width: float
    height: float


def _drawable(events: list[Event]) -> list[Event]:
    """The events one chart can hold. Days before year 1 are drawn as the same days whole 400-year cycles later
    (see `_Page.shift`), and `datetime.date` stops at 9999, so events too far before the latest one (before
    about 7500 BC in a story that reaches the present) are left out of the chart; the data files keep them."""
    if not events:
        return events
    room = max(0, (9998 - max(parse_day(e.date.end)[0] for e in events)) // CYCLE_YEARS)
    return [e for e in events if cycles(parse_day(e.date.start)[0] - 1) <= room]


def _kind(ev: Event) -> str:
    """"day" for an exact day, "period" for a date known only to a month, year..., "span" for exact days
    that last (a crisis from 4 Nov 1979 to 20 Jan 1981)."""
    if ev.date.granularity in _COARSE:
        return "period"
    return "span" if day_number(ev.date.end) > day_number(ev.date.start) else "day"


def _radius(sources: int) -> float:
    """Marker radius in inches: area grows with the number of reporting articles."""
    return 0.055 * math.sqrt(1 + 0.8 * (sources - 1))


def _label(ev: Event, renderer: RendererAgg, chars: int) -> _Label:
    head = date_label(ev.date)
    lines = wrap(ev.title or ev.summary, chars, 2)
    bold, plain = font(_LABEL_PT, bold=True), font(_LABEL_PT)
    width = max([measure(renderer, head, bold)[0]] + [measure(renderer, s, plain)[0] for s in lines])
    height = line_height(bold) * (1 + len(lines))
    return _Label(ev, head, lines, width, height)


def _wrapped(renderer: RendererAgg, text: str, props: FontProperties, width: float, lines: int) -> list[str]:
    """`text` in as few lines (at most `lines`) as fit `width` inches."""
    chars = max(8, int(width / measure(renderer, "abcdefghij klmnopqrst", props)[0] * 21))
    while True:
        out = wrap(text, chars, lines)
        if chars <= 8 or all(measure(renderer, s, props)[0] <= width for s in out):
            return out
        chars -= 2


class _Page:
    """One chart being laid out: the fixed frame (title, footer, axis) and the events placed in it."""

    def __init__(self, timeline: Timeline, options: RenderOptions) -> None:
        self.timeline, self.options = timeline, options
        self.size = options.figsize
        self.fig, self.ax, self.renderer = canvas(self.size, options.resolution)
        self.left, self.right = _MARGIN, self.size[0] - _MARGIN
        #: 400-year cycles every day is drawn later than it is, so that the axis never meets year 0 or before.
        self.shift = 0

    def _interval(self, ev: Event) -> tuple[date, date]:
        return as_date(ev.date.start, self.shift), as_date(ev.date.end, self.shift)

    def _tick_text(self, when: date, unit: str, month_only: bool = False) -> str:
        """A tick's label in the story's own years: "1953", "Nov 2019", "44 BC", "Mar 44 BC"."""
        year = year_label(when.year - self.shift * CYCLE_YEARS)
        return year if unit == "year" else f"{when:%b}" if month_only else f"{when:%b} {year}"

    def lay_out(self, shown: list[Event], left_out: int, groups: story.Groups) -> bool:
        """Draw the whole chart for `shown`; False when their labels cannot all be placed."""
        ax, r = self.ax, self.renderer
        w, h = self.size
        self.shift = cycles(min(parse_day(e.date.start)[0] for e in shown) - 1)
        top = self._titles(shown)
        notes = self._footnote(left_out)
        legend_top = self._legend(shown, groups, notes + 0.12, dry=True)
        axis_y = legend_top + 0.75
        axis = broken_axis([self._interval(e) for e in shown], self.left + 0.15, self.right - 0.15)
        brackets, bracket_top = self._bracket_levels(shown, axis, axis_y)
        labels = [_label(e, r, _LABEL_CHARS[self.options.size]) for e in shown]
        lane_h = max(lb.height for lb in labels) + 0.13
        lanes_bottom = bracket_top + _FAN
        lanes = int((top - 0.1 - lanes_bottom) // lane_h)
        poles = [self._pole(e, axis) for e in shown]
        order = sorted(range(len(shown)), key=lambda i: (poles[i], shown[i].id))
        room = Room(lanes, self.left, self.right, _STEM, _GAP, _SEP, _SHIFT)
        slots = stack([(poles[i], labels[i].width) for i in order], room)
        if slots is None:
            return False
        used = max(s.lane for s in slots) + 1
        if used > 1:  # spread few lanes over the free height rather than leave it empty above them
            lane_h = min(_STRETCH * lane_h, (top - 0.1 - lanes_bottom - lane_h) / (used - 1))
        self._axis(axis, axis_y, shown)
        self._legend(shown, groups, notes + 0.12, dry=False)
        for i, slot in zip(order, slots, strict=True):
            self._event(labels[i], slot, brackets[i], axis, axis_y, lanes_bottom, lane_h, groups)
        ax.set_xlim(0, w)
        ax.set_ylim(0, h)
        return True

    def empty(self) -> None:
        """A chart that says plainly that the articles gave no dated events."""
        top = self._titles([])
        bottom = self._footnote(0)
        put(self.ax, self.size[0] / 2, (top + bottom) / 2, "No dated events were found in these articles.",
            font(_SUBTITLE_PT), color=MUTED, ha="center", va="center")

    def _titles(self, shown: list[Event]) -> float:
        """Draw title and subtitle; return the y below them."""
        w, h = self.size
        title = clean(self.options.title) or story.headline(self.timeline)
        props = font(_TITLE_PT, bold=True)
        y = h - 0.3
        for line in _wrapped(self.renderer, title, props, self.right - self.left, _TITLE_LINES):
            put(self.ax, self.left, y, line, props, color=INK, va="top")
            y -= line_height(props, 1.15)
        sub = font(_SUBTITLE_PT)
        for line in _wrapped(self.renderer, self._subtitle(shown), sub, self.right - self.left, 2):
            put(self.ax, self.left, y - 0.04, line, sub, color=MUTED, va="top")
            y -= line_height(sub)
        return y - 0.15

    def _subtitle(self, shown: list[Event]) -> str:
        docs = self.timeline.documents
        when = range_label(shown[0].date, shown[-1].date) if shown else "no dated events"
        published = sorted(d.published for d in docs if d.published)
        text = f"Key dates, {when}, as told in {len(docs)} article{'s' if len(docs) != 1 else ''}"
        if published:
            first = date.fromisoformat(published[0])
            last = date.fromisoformat(published[-1])
            span = f"{first.day} {first:%b %Y}"
            if last != first:
                span += f" to {last.day} {last:%b %Y}"
            text += f" published {span}"
        return text

    def _footnote(self, left_out: int) -> float:
        """Draw the footnote at the bottom; return the y of its top."""
        names = story.source_names(self.timeline)
        text = f"Sources: {', '.join(names)}." if names else "No sources."
        if left_out:
            text += (f" {left_out} less prominent event{'s' if left_out != 1 else ''} not shown "
                     f"(all are listed in events.csv and briefing.html).")
        props = font(_NOTE_PT)
        lines = _wrapped(self.renderer, text, props, self.right - self.left, 3)
        put(self.ax, self.left, 0.25, "\n".join(lines), props, color=MUTED, va="bottom", linespacing=1.2)
        return 0.25 + line_height(props) * len(lines)

    def _legend(self, shown: list[Event], groups: story.Groups, bottom: float, dry: bool) -> float:
        """Lay the legend out in rows from the left above `bottom` (drawn unless `dry`); return its top."""
        props = font(_TICK_PT)
        used = [g for g in groups.colours if g in {groups.of_event[e.id] for e in shown}]
        items: list[tuple[str, str, str, float]] = [("text", "", "Main actor:", 0)]
        items += [("dot", groups.colours[g], g, _radius(1)) for g in used]
        most = max((story.source_count(e) for e in shown), default=1)
        if most > 1:
            items += [("dot", MUTED, "1 source", _radius(1)), ("dot", MUTED, f"{most} sources", _radius(most))]
        kinds = {_kind(e) for e in shown}
        if "period" in kinds:
            items += [("bracket", MUTED, "known only to the month or year", _radius(1)),
                      ("dot", MUTED, "exact day", _radius(1))]
        if "span" in kinds:
            items.append(("span", MUTED, "lasting from one day to another", _radius(1)))
        rows: list[list[tuple[str, str, str, float, float]]] = [[]]
        x = self.left
        for kind, colour, text, rad in items:
            width = (2 * rad + 0.08 if kind != "text" else 0) + measure(self.renderer, text, props)[0]
            if kind in ("bracket", "span"):
                width += 0.2
            if x + width > self.right and rows[-1]:
                rows.append([])
                x = self.left
            rows[-1].append((kind, colour, text, rad, x))
            x += width + 0.3
        row_h = line_height(props, 1.6)
        y = bottom + row_h * (len(rows) - 0.5)
        for row in rows:
            for kind, colour, text, rad, x0 in row:
                if not dry:
                    self._legend_item(kind, colour, text, rad, x0, y, props)
            y -= row_h
        return bottom + row_h * len(rows)

    def _legend_item(self, kind: str, colour: str, text: str, rad: float, x: float, y: float,
                     props: FontProperties) -> None:
        ax = self.ax
        if kind == "dot":
            ax.scatter([x + rad], [y], s=(2 * rad * 72) ** 2, color=colour, edgecolors=PAPER, linewidths=1, zorder=3)
            x += 2 * rad + 0.08
        elif kind == "bracket":
            ax.plot([x, x + 0.3, x + 0.3, x + 0.3, x, x], [y + 0.05, y + 0.05, y, y + 0.05, y + 0.05, y],
                    color=colour, lw=2, solid_capstyle="butt")
            ax.scatter([x + 0.15], [y + 0.05], s=(2 * rad * 72) ** 2, facecolors=PAPER, edgecolors=colour,
                       linewidths=1.8, zorder=3)
            x += 0.38
        elif kind == "span":
            ax.plot([x + rad, x + 0.3], [y, y], color=colour, lw=_SPAN_LW, alpha=0.45, solid_capstyle="butt")
            ax.scatter([x + rad], [y], s=(2 * rad * 72) ** 2, color=colour, edgecolors=PAPER, linewidths=1, zorder=3)
            x += 0.38
        put(ax, x, y, text, props, color=INK if kind == "text" else MUTED, va="center",
            fontweight="bold" if kind == "text" else "normal")

    @staticmethod
    def _fan_bottom(marker_y: float) -> float:
        return marker_y + 0.16

    def _pole(self, ev: Event, axis: BrokenAxis) -> float:
        first, last = self._interval(ev)
        a, b = axis.span(first, last if _kind(ev) == "period" else first)
        return (a + b) / 2

    def _bracket_levels(self, shown: list[Event], axis: BrokenAxis, axis_y: float) -> tuple[list[float], float]:
        """The height of each event's marker: days sit on the axis, periods on brackets stacked above it."""
        heights, ends = [], []
        for ev in shown:
            if _kind(ev) == "day":
                heights.append(axis_y)
                continue
            a, b = axis.span(*self._interval(ev))
            level = next((i for i, end in enumerate(ends) if end + 0.05 < a), len(ends))
            if level == len(ends):
                ends.append(b)
            else:
                ends[level] = b
            heights.append(axis_y + 0.16 + 0.2 * level)
        return heights, axis_y + 0.16 + 0.2 * max(len(ends) - 1, 0)

    def _axis(self, axis: BrokenAxis, y: float, shown: list[Event]) -> None:
        ax, props = self.ax, font(_TICK_PT)
        starts = [as_date(e.date.start, self.shift) for e in shown if e.date.granularity not in _YEARLY]
        monthly = [any(seg.first <= d < seg.stop for d in starts) for seg in axis.segments]
        for seg in axis.segments:
            ax.plot([seg.x0, seg.x1], [y, y], color=MUTED, lw=1.6, solid_capstyle="butt", zorder=1)
        for x0, x1, _ in axis.breaks:
            for x in (x0, x1):
                ax.plot([x - 0.04, x + 0.04], [y - 0.09, y + 0.09], color=MUTED, lw=1.6, zorder=1)
            ax.plot([x0 + 0.06, x1 - 0.06], [y, y], color=FAINT, lw=1.6, ls=(0, (1, 2)), zorder=1)
        note = font(_NOTE_PT)
        breaks = [((x0 + x1) / 2, skipped, max(measure(self.renderer, p, note)[0] for p in skipped.split()))
                  for x0, x1, skipped in axis.breaks]
        ticks = [[(x, when, unit, measure(self.renderer, self._tick_text(when, unit), props)[0])
                  for x, when, unit in _ticks(seg, self.renderer, props, fine, self.shift)]
                 for seg, fine in zip(axis.segments, monthly, strict=True)]
        taken: list[tuple[float, float]] = []

        def free(a: float, b: float) -> bool:
            return not any(a < t1 + 0.12 and t0 < b + 0.12 for t0, t1 in taken)

        kept: list[list[tuple[float, date, str]]] = [[] for _ in axis.segments]
        # each segment's first tick, then the lengths of the breaks, then every other tick that fits
        for rank in ("first", "rest"):
            for i, seg in enumerate(axis.segments):
                cands = [t for t in ticks[i] if seg.x0 - 0.1 <= t[0] - t[3] / 2 and t[0] + t[3] / 2 <= seg.x1 + 0.1]
                for x, when, unit, tw in cands[:1] if rank == "first" else cands[1:]:
                    if free(x - tw / 2, x + tw / 2):
                        taken.append((x - tw / 2, x + tw / 2))
                        kept[i].append((x, when, unit))
            if rank == "first":
                for mid, skipped, tw in breaks:
                    if free(mid - tw / 2, mid + tw / 2):
                        taken.append((mid - tw / 2, mid + tw / 2))
                        put(ax, mid, y - 0.12, skipped.replace(" ", "\n"), note, color=MUTED, ha="center", va="top",
                            linespacing=1.0, multialignment="center")
        for seg, row in zip(axis.segments, kept, strict=True):
            year = None
            for x, when, unit in sorted(row, key=lambda t: t[0]):
                text = self._tick_text(when, unit, month_only=when.year == year)
                year = when.year
                # the tick marks where the labelled month or year begins; the label sits over the period itself
                if seg.first <= when:
                    ax.plot([seg.x(when)] * 2, [y - 0.06, y], color=MUTED, lw=1, zorder=1)
                put(ax, x, y - 0.12, text, props, color=MUTED, ha="center", va="top")

    def _event(self, label: _Label, slot: Slot, marker_y: float, axis: BrokenAxis, axis_y: float,
               lanes_bottom: float, lane_h: float, groups: story.Groups) -> None:
        ax, ev = self.ax, label.event
        colour = groups.colour(ev)
        rad = _radius(story.source_count(ev))
        top = lanes_bottom + slot.lane * lane_h + label.height
        fan = self._fan_bottom(marker_y)
        ax.plot([slot.x, slot.x, slot.anchor, slot.anchor], [marker_y, fan, lanes_bottom - 0.06, top],
                color=colour, lw=1.3, zorder=2)
        kind = _kind(ev)
        if kind == "period":
            a, b = axis.span(*self._interval(ev))
            ax.plot([a, a, b, b], [marker_y - 0.06, marker_y, marker_y, marker_y - 0.06], color=colour, lw=2.2,
                    solid_joinstyle="miter", zorder=3, gid=f"period-{ev.id}")
            ax.scatter([slot.x], [marker_y], s=(2 * rad * 72) ** 2, facecolors=PAPER, edgecolors=colour,
                       linewidths=2, zorder=4)
        elif kind == "span":
            _, b = axis.span(*self._interval(ev))
            ax.plot([slot.x, b], [marker_y, marker_y], color=colour, lw=_SPAN_LW, alpha=0.45, solid_capstyle="butt",
                    zorder=3, gid=f"span-{ev.id}")
            ax.scatter([slot.x], [marker_y], s=(2 * rad * 72) ** 2, color=colour, edgecolors=PAPER, linewidths=1,
                       zorder=4)
        else:
            ax.scatter([slot.x], [axis_y], s=(2 * rad * 72) ** 2, color=colour, edgecolors=PAPER, linewidths=1,
                       zorder=4, gid=f"day-{ev.id}")
        right = slot.left > slot.anchor
        x, ha = (slot.left, "left") if right else (slot.right, "right")
        bold, plain = font(_LABEL_PT, bold=True), font(_LABEL_PT)
        put(ax, x, top, label.head, bold, color=INK, ha=ha, va="top", gid=f"label-{ev.id}")
        body = "\n".join(label.lines)
        if body:
            put(ax, x, top - line_height(bold), body, plain, color=INK, ha=ha, va="top", linespacing=1.2,
                multialignment=ha)


def _round(year: int, step: int) -> bool:
    """True when the astronomical `year` is a round number of its era (2000, 700 BC: year -699)."""
    return (year if year > 0 else 1 - year) % step == 0


def _ticks(seg: Segment, renderer: RendererAgg, props: FontProperties,
           monthly: bool, shift: int = 0) -> list[tuple[float, date, str]]:
    """Candidate ticks of one segment as (x, date, unit): months when the segment is short and `monthly` (it
    holds an event known to the month or better), else years: a year-only event under month ticks would
    pretend to a precision the text never gave.

    A month or a single year is labelled at its middle, as a period; longer steps mark January 1 of years
    round in their era (700 BC, AD 100). `shift` is the 400-year cycles the segment's days are drawn late by.
    """
    width = seg.x1 - seg.x0
    months = []
    d = date(seg.first.year, seg.first.month, 1)
    while d < seg.stop:
        nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        months.append((d, nxt))
        d = nxt
    label_w = measure(renderer, "Mmm", props)[0] + 0.3
    for step in (1, 2, 3, 6):
        if monthly and len(months) <= 36 and len(months) / step * label_w <= width - 0.5 and len(months) / step >= 2:
            return [(seg.x(a + (b - a) / 2), a, "month") for a, b in months[::step]]
    days = (seg.stop - seg.first).days
    visible = {y: (max(seg.first, date(y, 1, 1)), min(seg.stop, date(y + 1, 1, 1)))
               for y in range(seg.first.year, seg.stop.year + 1)}
    years = [y for y, (a, b) in visible.items() if (b - a).days >= min(183, 0.4 * days)]
    lift = shift * CYCLE_YEARS
    year_w = measure(renderer, "0000" if seg.first.year - lift >= 1000 else "000 BC", props)[0] + 0.2
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100, 250, 500) if len(years) / s * year_w <= width), 1000)
    if step == 1:
        return [(seg.x(visible[y][0] + (visible[y][1] - visible[y][0]) / 2), date(y, 1, 1), "year") for y in years]
    return [(seg.x(date(y, 1, 1)), date(y, 1, 1), "year") for y in years if _round(y - lift, step) and y > years[0]]


def draw(timeline: Timeline, options: RenderOptions) -> tuple[Figure, ChartInfo]:
    """The chart figure and what it shows; the least salient events are dropped until every label fits."""
    events = story.dated(timeline.events)
    cap = options.max_events or _AUTO_EVENTS[options.size]
    keep = story.rank(_drawable(events))[:cap]
    groups = story.groups(timeline, events)
    with style():
        while True:
            ids = {e.id for e in keep}
            shown = [e for e in events if e.id in ids]
            page = _Page(timeline, options)
            if not shown:
                page.empty()
                return page.fig, ChartInfo([], 0)
            if page.lay_out(shown, len(events) - len(shown), groups) or len(keep) == 1:
                return page.fig, ChartInfo(shown, len(events) - len(shown))
            keep = keep[:-1]
