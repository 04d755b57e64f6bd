"""A time axis that skips long empty stretches.

A story that reaches from 1953 to a dense week in 2019 drawn on a linear axis squeezes the recent events into
a hair. Here the calendar is cut into segments around the events; the long gaps between segments are dropped
and shown as breaks, and each segment gets page width by how many events it holds as well as how long it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

#: A gap is cut out when it is longer than this share of the uncut stretch of time around it...
_BREAK_SHARE = 0.3
#: ...and longer than half a year, so the weeks of one busy season are never cut apart.
_BREAK_MIN_DAYS = 183
_MAX_BREAKS = 4
#: Least share of the axis width a segment gets, so its events and its year label have room.
_MIN_SHARE = 0.1
#: Space between two segments, as a share of the axis width.
_BREAK_WIDTH = 0.035


@dataclass(frozen=True)
class Segment:
    """Calendar days [first, stop) drawn over axis positions [x0, x1]."""

    first: date
    stop: date
    x0: float
    x1: float

    def x(self, day: date) -> float:
        span = (self.stop - self.first).days
        return self.x0 + (self.x1 - self.x0) * (day - self.first).days / span


@dataclass(frozen=True)
class BrokenAxis:
    """Maps calendar days to positions between `left` and `right` across the kept segments."""

    segments: tuple[Segment, ...]

    def x(self, day: date) -> float:
        for seg in self.segments:
            if day < seg.stop:
                return seg.x(max(day, seg.first))
        last = self.segments[-1]
        return last.x(min(day, last.stop))

    def span(self, first: date, last: date) -> tuple[float, float]:
        """Positions of the start of `first` and the end of `last` (a whole day, month or year)."""
        return self.x(first), self.x(last + timedelta(days=1))

    @property
    def breaks(self) -> list[tuple[float, float, str]]:
        """(x where one segment ends, x where the next begins, how long the skipped stretch is) per break."""
        return [(a.x1, b.x0, _duration(a.stop, b.first)) for a, b in zip(self.segments, self.segments[1:],
                                                                          strict=False)]


def _duration(a: date, b: date) -> str:
    """A skipped stretch in words: "26 years", "8 months"."""
    months = (b.year - a.year) * 12 + b.month - a.month
    if months >= 24:
        return f"{round(months / 12)} years"
    return f"{months} month{'s' if months != 1 else ''}"


def _padded(first: date, stop: date) -> tuple[date, date]:
    """A segment widened to whole months (whole years when it spans years) with a little room either side."""
    days = (stop - first).days
    if days > 2 * 365:
        return date(first.year, 1, 1), date(stop.year + (stop.month > 1 or stop.day > 1), 1, 1)
    pad = timedelta(days=max(15, days // 12))
    a, b = first - pad, stop + pad
    a = date(a.year, a.month, 1)
    b = date(b.year + b.month // 12, b.month % 12 + 1, 1)
    return a, b


def broken_axis(intervals: list[tuple[date, date]], left: float, right: float) -> BrokenAxis:
    """An axis over the given (first, last) day intervals, cutting the longest empty gaps out of it."""
    spans = sorted((a, b + timedelta(days=1)) for a, b in intervals)
    runs: list[list[date]] = []
    for a, b in spans:
        if runs and a <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], b)
        else:
            runs.append([a, b])
    cut: set[int] = set()
    while len(cut) < _MAX_BREAKS:
        best = max((_gap(runs, cut, i) for i in range(len(runs) - 1) if i not in cut), default=None)
        if best is None or best[0] < _BREAK_MIN_DAYS or best[0] < _BREAK_SHARE * best[1]:
            break
        cut.add(best[2])
    segments: list[list[date]] = []
    for i, (a, b) in enumerate(runs):
        if segments and (i - 1) not in cut:
            segments[-1][1] = b
        else:
            segments.append([a, b])
    counts = [sum(1 for s, _ in spans if a <= s < b) for a, b in segments]
    padded = [list(_padded(a, b)) for a, b in segments]
    for i in range(len(padded) - 1):
        middle = segments[i][1] + (segments[i + 1][0] - segments[i][1]) / 2
        padded[i][1] = min(padded[i][1], middle)
        padded[i + 1][0] = max(padded[i + 1][0], middle)
    return BrokenAxis(_place([(a, b) for a, b in padded], counts, left, right))


def _gap(runs: list[list[date]], cut: set[int], i: int) -> tuple[int, int, int]:
    """(days of the gap after run i, days of the uncut stretch holding it, i)."""
    first = max((j + 1 for j in cut if j < i), default=0)
    last = min((j for j in cut if j > i), default=len(runs) - 1)
    return (runs[i + 1][0] - runs[i][1]).days, (runs[last][1] - runs[first][0]).days, i


def _place(segments: list[tuple[date, date]], counts: list[int], left: float, right: float) -> tuple[Segment, ...]:
    """Page width for each segment: half by its share of the events, half by its share of the time drawn,
    and never so little that its year cannot be written under it."""
    gap = _BREAK_WIDTH * (right - left)
    room = (right - left) - gap * (len(segments) - 1)
    days = [(b - a).days for a, b in segments]
    shares = [0.5 * n / sum(counts) + 0.5 * d / sum(days) for n, d in zip(counts, days, strict=True)]
    floor = min(_MIN_SHARE, 1 / len(segments))
    while any(s < floor - 1e-9 for s in shares):
        small = [s < floor + 1e-9 for s in shares]
        rest = sum(s for s, low in zip(shares, small, strict=True) if not low)
        spare = 1 - floor * sum(small)
        shares = [floor if low else s * spare / rest for s, low in zip(shares, small, strict=True)]
    placed, x = [], left
    for (a, b), share in zip(segments, shares, strict=True):
        placed.append(Segment(a, b, x, x + room * share))
        x += room * share + gap
    return tuple(placed)
