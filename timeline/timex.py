"""TIMEX3 values as calendar intervals.

Every stage after tagging needs to know what span of the calendar a value like "1953", "1953-08",
"2019-W45" or "2019-11-03TEV" covers: the linker to merge "1804" with "December 1804", the renderer to draw
a year-only event as a year. This module is that one conversion, with no knowledge of text.

Years before Christ come as TimeML writes them: "BC0044" (44 BC), "BC0044-03-15", and as the leading
digits of their BC years for decades, centuries and millennia ("BC004": 49-40 BC, "BC04": 499-400 BC,
"BC2": 2999-2000 BC; the same reading as "18" for 1800-1899). Interval bounds are ISO 8601 days with
astronomical year numbering, as ISO 8601 counts: 1 BC is year 0 ("0000-01-01") and 44 BC is year -43
("-0043-03-15"); so the TIMEX3 value "0000" is 1 BC, and "BC0000" names no year. Such strings do not sort
as text across year 0, so every comparison of bounds goes through `day_number` or `order`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from timeline.model import EventDate, Granularity

_SEASONS = {"WI": (12, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11)}
_PATTERNS: list[tuple[re.Pattern[str], Granularity]] = [
    (re.compile(r"^(BC)?(\d{4})-(\d{2})-(\d{2})T.*$"), "time"),
    (re.compile(r"^(BC)?(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(BC)?(\d{4})-W(\d{2})(?:-WE)?$"), "week"),
    (re.compile(r"^(BC)?(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(BC)?(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(BC)?(\d{4})-H([12])$"), "quarter"),
    (re.compile(r"^(BC)?(\d{4})-(WI|SP|SU|FA|AU)$"), "season"),
    (re.compile(r"^(BC)?(\d{4})$"), "year"),
    (re.compile(r"^(BC)?(\d{3})$"), "decade"),
    (re.compile(r"^(BC)?(\d{2})$"), "century"),
    (re.compile(r"^(BC)?(\d)$"), "millennium"),
]
_SPANS = {"decade": 10, "century": 100, "millennium": 1000}
_ISO_DAY = re.compile(r"^(-?)(\d{4})-(\d{2})-(\d{2})$")
#: The proleptic Gregorian calendar repeats every 400 years (146097 days, a whole number of weeks): a day
#: before year 1, where `datetime.date` stops, is computed as the same day whole cycles later.
CYCLE_YEARS, _CYCLE_DAYS = 400, 146097

GRANULARITY_ORDER: tuple[Granularity, ...] = (
    "millennium", "century", "decade", "year", "season", "quarter", "month", "week", "day", "time"
)


def cycles(year: int) -> int:
    """How many 400-year cycles lift the astronomical `year` to year 1 or later (0 for years from 1 on)."""
    return max(0, -((year - 1) // CYCLE_YEARS))


def iso_day(d: date, shift: int = 0) -> str:
    """The ISO 8601 day `shift` cycles before `d`: "1953-08-19", or "-0043-03-15" for 44 BC."""
    year = d.year - shift * CYCLE_YEARS
    return f"{'-' if year < 0 else ''}{abs(year):04d}-{d.month:02d}-{d.day:02d}"


def as_date(text: str, shift: int = 0) -> date:
    """The ISO day `text` as a `datetime.date` `shift` 400-year cycles later (the inverse of `iso_day`): a
    drawing of days before year 1 is the drawing of the same days whole cycles later, with years relabelled."""
    year, month, day = parse_day(text)
    return date(year + shift * CYCLE_YEARS, month, day)


def parse_day(text: str) -> tuple[int, int, int]:
    """(astronomical year, month, day) of an ISO day as `interval` writes it; ValueError if it is none."""
    m = _ISO_DAY.match(text or "")
    if not m:
        raise ValueError(f"not an ISO day: {text!r}")
    year = -int(m[2]) if m[1] else int(m[2])
    if m[1] and year == 0:
        raise ValueError(f"not an ISO day: {text!r}")
    month, day = int(m[3]), int(m[4])
    date(year + cycles(year) * CYCLE_YEARS, month, day)
    return year, month, day


@lru_cache(maxsize=65536)
def day_number(text: str) -> int:
    """The day's count in the proleptic Gregorian calendar: `date.toordinal()` for years from 1 on, and going
    on below 1 (0 is 31 December 1 BC) so that days of any era compare and subtract as numbers."""
    shift = cycles(parse_day(text)[0])
    return as_date(text, shift).toordinal() - shift * _CYCLE_DAYS


def add_days(text: str, days: int) -> str:
    """The ISO day `days` after the ISO day `text` (any era)."""
    year = parse_day(text)[0]
    shift = cycles(min(year, year + days // 365 - 1))
    return iso_day(as_date(text, shift) + timedelta(days=days), shift)


def order(when: EventDate) -> tuple[int, int]:
    """A date's place in time: (first day, last day) as day numbers; sort and compare dates by this, never by
    their ISO strings."""
    return day_number(when.start), day_number(when.end)


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
            return _to_interval(v, bool(m[1]), m.groups()[1:], gran)
        except ValueError:
            return None
    return None


def _to_interval(v: str, bc: bool, g: tuple[str, ...], gran: Granularity) -> EventDate:
    if gran in _SPANS:
        return _long_span(v, bc, int(g[0]), gran)
    year = int(g[0])
    if bc:
        if year == 0:
            raise ValueError("there is no year 0 BC")
        year = 1 - year
    shift = cycles(year - 1)
    first, last = _days(v, year + shift * CYCLE_YEARS, g, gran)
    return EventDate(v, iso_day(first, shift), iso_day(last, shift), gran)


def _days(v: str, year: int, g: tuple[str, ...], gran: Granularity) -> tuple[date, date]:
    """First and last day of the value with the (positive) `year`."""
    if gran in ("time", "day"):
        d = date(year, int(g[1]), int(g[2]))
        return d, d
    if gran == "week":
        start = date.fromisocalendar(year, int(g[1]), 1)
        if v.endswith("-WE"):
            return start + timedelta(days=5), start + timedelta(days=6)
        return start, start + timedelta(days=6)
    if gran == "month":
        month = int(g[1])
        return date(year, month, 1), _last_day(year, month)
    if gran == "quarter":
        n, size = int(g[1]), (3 if "-Q" in v else 6)
        first = (n - 1) * size + 1
        return date(year, first, 1), _last_day(year, first + size - 1)
    if gran == "season":
        a, b = _SEASONS[g[1]]
        return (date(year - 1, 12, 1) if a == 12 else date(year, a, 1)), _last_day(year, b)
    return date(year, 1, 1), date(year, 12, 31)


def _long_span(v: str, bc: bool, lead: int, gran: Granularity) -> EventDate:
    """A decade, century or millennium: the years whose four digits begin with `lead` ("18": 1800-1899; "BC04":
    499-400 BC), never year 0 of either era."""
    span = _SPANS[gran]
    lo, hi = max(lead * span, 1), lead * span + span - 1
    first, last = (1 - hi, 1 - lo) if bc else (lo, hi)
    shift = cycles(first)
    return EventDate(v, iso_day(date(first + shift * CYCLE_YEARS, 1, 1), shift),
                     iso_day(date(last + shift * CYCLE_YEARS, 12, 31), shift), gran)


def finer(a: EventDate, b: EventDate) -> EventDate:
    """Of two dates that agree, the more precise one ("December 1804" over "1804")."""
    return a if GRANULARITY_ORDER.index(a.granularity) >= GRANULARITY_ORDER.index(b.granularity) else b


def contains(outer: EventDate, inner: EventDate) -> bool:
    """True when `inner` lies within `outer` (so the two can be the same event told at two precisions)."""
    (a, b), (c, d) = order(outer), order(inner)
    return a <= c and d <= b


def compatible(a: EventDate, b: EventDate) -> bool:
    """True when one date contains the other: they may name the same moment at different precision."""
    return contains(a, b) or contains(b, a)
