"""Calendar arithmetic for resolving relative expressions, and TIMEX3 value strings for each granularity.

Everything is relative to an explicit reference date (the publication date or an anchor in the text):
nothing here ever looks at today's clock.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Direction = str | None  # "past", "future", "present" or None (no cue)

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_day(value: str | None) -> date | None:
    """The calendar day at the start of an ISO date or date-time string, or None."""
    if not value:
        return None
    m = _ISO.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def day(d: date) -> str:
    return d.isoformat()


def month(year: int, m: int) -> str:
    return f"{year:04d}-{m:02d}"


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def quarter(year: int, q: int) -> str:
    while q < 1:
        year, q = year - 1, q + 4
    while q > 4:
        year, q = year + 1, q - 4
    return f"{year:04d}-Q{q}"


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, n: int, unit: str) -> date:
    """`d` moved by `n` units (D, W, M, Q, Y, DE, CE); raises OverflowError/ValueError off the calendar."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(d, n * months)


def at_granularity(d: date, unit: str) -> str:
    """The TIMEX3 value of `d` at the granularity a unit implies ("two years ago" is a year, not a day)."""
    if unit == "D":
        return day(d)
    if unit == "W":
        return week(d)
    if unit == "M":
        return month(d.year, d.month)
    if unit == "Q":
        return quarter(*quarter_of(d))
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


_RETOLD_DAYS = 60


def retold(day: str | None, ref: date | None) -> bool:
    """Whether a day a dated text names lies well before its date: a report retelling it ("On Oct. 19, 1987 ...
    By 10 a.m."; "Saturday 29 April [1916] ... On Saturday") counts its hours and weekdays from that day, not
    from the day of writing."""
    told = parse_day(day)
    return told is not None and ref is not None and (ref - told).days > _RETOLD_DAYS


def nearest_weekday(ref: date, weekday: int, direction: Direction) -> date:
    """The date of ISO `weekday` near `ref`: the reference day itself when it matches, the next one when
    the sentence speaks of the future, else the last one (news mostly reports what has happened)."""
    if direction == "future":
        return ref + timedelta(days=(weekday - ref.isoweekday()) % 7)
    return ref - timedelta(days=(ref.isoweekday() - weekday) % 7)


_PAST_BIAS = 3
_OVERRIDE_DAYS = 14


def year_for(ref: date, m: int, d: int | None, direction: Direction) -> int:
    """The year of month `m` (day `d`) as the text most likely means it, seen from `ref` with a tense.

    News dates cluster around the publication date: the nearest occurrence wins, the tense breaks the tie
    between last May and next May, and a tense only loses to an occurrence several times nearer ("had been
    set to expire Nov. 6" written on Nov. 2 is this Nov. 6, not last year's): a past verb is often only the
    "said" that reports a plan. A future verb is a surer cue: it loses only to a day a few days back, never
    for a month alone ("will fly in December" written in March)."""
    target, now = (m, d or 0), (ref.month, ref.day if d else 0)
    if target == now:
        return ref.year
    ref_day = ref if d else ref.replace(day=1)
    this = _on(ref.year, m, d or 1)
    if this > ref_day:
        ahead, back = (this - ref_day).days, (ref_day - _on(ref.year - 1, m, d or 1)).days
        ahead_year, back_year = ref.year, ref.year - 1
    else:
        back, ahead = (ref_day - this).days, (_on(ref.year + 1, m, d or 1) - ref_day).days
        ahead_year, back_year = ref.year + 1, ref.year
    if direction == "future":
        return back_year if d and back <= _OVERRIDE_DAYS and back * _PAST_BIAS < ahead else ahead_year
    if direction == "past":
        return ahead_year if ahead * _PAST_BIAS < back else back_year
    return ahead_year if ahead < back else back_year


def _on(year: int, m: int, d: int) -> date:
    """Day `d` of month `m`, Feb 29 falling back to Feb 28 in common years."""
    return date(year, m, min(d, calendar.monthrange(year, m)[1]))


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    mo, da = divmod(h + el - 7 * m + 114, 31)
    return date(year, mo, da + 1)


def nth_weekday(year: int, m: int, weekday: int, n: int) -> date:
    """The n-th ISO `weekday` of a month (n = -1: the last one)."""
    if n > 0:
        first = date(year, m, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, m, calendar.monthrange(year, m)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def valid_day(year: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(year if year > 0 else 2000, m)[1]


_GRANULARITY_RANK = {"Y": 0, "M": 1, "D": 2}


def parse_value(value: str | None) -> tuple[date, str] | None:
    """A resolved year, month or day value as (its first day, "Y"/"M"/"D"), or None."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4 and parts[0].isdigit():
            return date(int(parts[0]), 1, 1), "Y"
        if len(parts) == 2 and parts[1].isdigit():
            return date(int(parts[0]), int(parts[1]), 1), "M"
    except ValueError:
        return None
    d = parse_day(value)
    return (d, "D") if d else None


def fine_enough(granularity: str, unit: str) -> bool:
    """Whether an anchor known to `granularity` can carry arithmetic in `unit` ("1969" + three days: no)."""
    needed = {"Y": "Y", "DE": "Y", "CE": "Y", "Q": "M", "M": "M"}.get(unit, "D")
    return _GRANULARITY_RANK[granularity] >= _GRANULARITY_RANK[needed]
