"""TIMEX3 values as calendar intervals.

Every stage after tagging needs to know what span of the calendar a value like "1953", "1953-08",
"2019-W45" or "2019-11-03TEV" covers: the linker to merge "1804" with "December 1804", the renderer to draw
a year-only event as a year. This module is that one conversion, with no knowledge of text.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline.model import EventDate, Granularity

_SEASONS = {"WI": (12, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11)}
_PATTERNS: list[tuple[re.Pattern[str], Granularity]] = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})T.*$"), "time"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$"), "week"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "quarter"),
    (re.compile(r"^(\d{4})-(WI|SP|SU|FA|AU)$"), "season"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
    (re.compile(r"^(\d)$"), "millennium"),
]

GRANULARITY_ORDER: tuple[Granularity, ...] = (
    "millennium", "century", "decade", "year", "season", "quarter", "month", "week", "day", "time"
)


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def interval(value: str) -> EventDate | None:
    """The calendar interval a resolved TIMEX3 date/time value covers, or None if it is not a point in time.

    Durations, sets, reference words (PRESENT_REF) and values with unknown parts (XXXX) have no interval.
    """
    v = value.strip().upper()
    for pattern, gran in _PATTERNS:
        m = pattern.match(v)
        if not m:
            continue
        try:
            return _to_interval(v, m.groups(), gran)
        except ValueError:
            return None
    return None


def _to_interval(v: str, g: tuple[str, ...], gran: Granularity) -> EventDate:
    if gran in ("time", "day"):
        d = date(int(g[0]), int(g[1]), int(g[2]))
        return EventDate(v, d.isoformat(), d.isoformat(), gran)
    if gran == "week":
        start = date.fromisocalendar(int(g[0]), int(g[1]), 1)
        if v.endswith("-WE"):
            start += timedelta(days=5)
            return EventDate(v, start.isoformat(), (start + timedelta(days=1)).isoformat(), gran)
        return EventDate(v, start.isoformat(), (start + timedelta(days=6)).isoformat(), gran)
    year = int(g[0])
    if gran == "month":
        month = int(g[1])
        return EventDate(v, date(year, month, 1).isoformat(), _last_day(year, month).isoformat(), gran)
    if gran == "quarter":
        n, size = int(g[1]), (3 if "-Q" in v else 6)
        first = (n - 1) * size + 1
        return EventDate(v, date(year, first, 1).isoformat(), _last_day(year, first + size - 1).isoformat(), gran)
    if gran == "season":
        a, b = _SEASONS[g[1]]
        start = date(year - 1, 12, 1) if a == 12 else date(year, a, 1)
        return EventDate(v, start.isoformat(), _last_day(year, b).isoformat(), gran)
    span = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}[gran]
    first = year * span
    return EventDate(v, date(max(first, 1), 1, 1).isoformat(), date(first + span - 1, 12, 31).isoformat(), gran)


def finer(a: EventDate, b: EventDate) -> EventDate:
    """Of two dates that agree, the more precise one ("December 1804" over "1804")."""
    return a if GRANULARITY_ORDER.index(a.granularity) >= GRANULARITY_ORDER.index(b.granularity) else b


def contains(outer: EventDate, inner: EventDate) -> bool:
    """True when `inner` lies within `outer` (so the two can be the same event told at two precisions)."""
    return outer.start <= inner.start and inner.end <= outer.end


def compatible(a: EventDate, b: EventDate) -> bool:
    """True when one date contains the other: they may name the same moment at different precision."""
    return contains(a, b) or contains(b, a)
