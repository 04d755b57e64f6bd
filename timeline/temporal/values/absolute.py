"""Values the text gives in full or nearly: ISO and slashed dates, "May 3, 1998", "August 1961", a month
or a day alone (dated by the tense or the year being told), years, decades and centuries."""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal import dates
from timeline.temporal.values.base import (
    Context,
    Groups,
    Norm,
    day_number,
    modifier,
    month_number,
    normal_key,
    table,
    weekday_number,
)


def iso(g: Groups, ctx: Context) -> Norm | None:
    y, m, d = int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)
    if not dates.valid_day(y, m, d):
        return None
    if g.get("hh"):
        return Norm("TIME", f"{y:04d}-{m:02d}-{d:02d}T{g['hh']}:{g['mi']}")
    return Norm("DATE", f"{y:04d}-{m:02d}-{d:02d}")


def slash(g: Groups, ctx: Context) -> Norm | None:
    """11/03/2019: month first as in US news unless only day-first is a date (23/10/2019), and when both
    are, the reading nearer the publication date (a British 03/11/2019 written in November)."""
    y = int(g["y"] or 0)
    if y < 100:
        y += 1900 if y > 30 else 2000
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    readings = [date(y, m, d) for m, d in ((a, b), (b, a)) if dates.valid_day(y, m, d)]
    if not readings:
        return None
    if ctx.ref is not None and len(readings) == 2:
        readings.sort(key=lambda r: abs((r - ctx.ref).days))
    return Norm("DATE", dates.day(readings[0]))


def full_date(g: Groups, ctx: Context) -> Norm | None:
    y, m, d = int(g["y"] or 0), month_number(g["month"]), day_number(g["d"])
    return Norm("DATE", f"{y:04d}-{m:02d}-{d:02d}") if dates.valid_day(y, m, d) else None


def year_of(g: Groups) -> int:
    """The year group of a match, written in digits or spoken ("nineteen ninety-four")."""
    if g.get("y"):
        return int(g["y"] or 0)
    return _spoken(g.get("sy") or "")


def month_year(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DATE", dates.month(year_of(g), month_number(g["month"])), modifier(g))


_GONE_BY = re.compile(r"\b(?:ended|since)\s+$")


def month_day(g: Groups, ctx: Context) -> Norm | None:
    m, d = month_number(g["month"]), day_number(g["d"])
    if not dates.valid_day(2000, m, d):
        return None
    if g.get("ry"):
        # the first day of a range takes the year its last day gives, the year before if the range turns one
        end_month = month_number(g.get("rm1") or g.get("rm2"))
        year = int(g["ry"] or 0) - (m > end_month)
        return Norm("DATE", f"{year:04d}-{m:02d}-{d:02d}") if dates.valid_day(year, m, d) else None
    if ctx.ref is None:
        year = ctx.narrative_year
        if year and dates.valid_day(year, m, d) and (
                not g.get("wd") or date(year, m, d).isoweekday() == weekday_number(g["wd"])):
            return Norm("DATE", f"{year:04d}-{m:02d}-{d:02d}")  # a weekday given must fit the year told
        return Norm("DATE", f"XXXX-{m:02d}-{d:02d}")
    year = dates.year_for(ctx.ref, m, d, ctx.tense)
    if _GONE_BY.search(ctx.before) and dates.valid_day(year, m, d) and date(year, m, d) > ctx.ref:
        year -= 1  # "the year ended March 31", "since May 5": a day already past, however near the next one
    if g.get("wd") and dates.valid_day(year, m, d):
        wd = weekday_number(g["wd"])
        for y in (year, year - 1, year + 1):
            if dates.valid_day(y, m, d) and date(y, m, d).isoweekday() == wd:
                year = y
                break
    if not dates.valid_day(year, m, d):
        return None
    return Norm("DATE", f"{year:04d}-{m:02d}-{d:02d}")


def coord_day(g: Groups, ctx: Context) -> Norm | None:
    """"April 24 and 25": a day joined to a date just named is a day of that month ("25" -> its own date)."""
    parsed = dates.parse_value(ctx.anchor)
    d = day_number(g["d"])
    if parsed is None or parsed[1] != "D" or d <= parsed[0].day or not dates.valid_day(parsed[0].year,
                                                                                        parsed[0].month, d):
        return None
    return Norm("DATE", f"{parsed[0].year:04d}-{parsed[0].month:02d}-{d:02d}", trim=len(g["pre"]))


def ordinal_day(g: Groups, ctx: Context) -> Norm | None:
    """"on the 15th": a day of the month the story last named ("Paris fell on 14 June. On the 15th ..."),
    else of the publication month (or the month before, told in the past, if that day is still ahead)."""
    d, trim = day_number(g["d"]), len(g["pre"] or "")
    parsed = dates.parse_value(ctx.anchor)
    if parsed is not None and parsed[1] != "Y":
        year, month = parsed[0].year, parsed[0].month
    elif ctx.ref is not None:
        year, month = ctx.ref.year, ctx.ref.month
        if ctx.tense == "past" and d > ctx.ref.day:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif ctx.tense == "future" and d < ctx.ref.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        return Norm("DATE", f"XXXX-XX-{d:02d}", trim=trim)
    if not dates.valid_day(year, month, d):
        return None
    return Norm("DATE", f"{year:04d}-{month:02d}-{d:02d}", trim=trim)


def month_alone(g: Groups, ctx: Context) -> Norm | None:
    m = month_number(g["month"])
    mod = modifier(g)
    if g.get("fyear"):
        # "March of the following year": a year on from the date the story just named
        parsed = dates.parse_value(ctx.anchor)
        base = parsed[0] if parsed is not None else ctx.ref
        if base is None:
            return Norm("DATE", f"XXXX-{m:02d}", mod)
        shifts = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}
        shift = shifts.get(normal_key(g["fyear"]), 0)
        return Norm("DATE", dates.month(base.year + shift, m), mod)
    if ctx.ref is None:
        if ctx.narrative_year and not (g.get("rel") or g.get("yrel")):
            return Norm("DATE", dates.month(ctx.narrative_year, m), mod)
        return Norm("DATE", f"XXXX-{m:02d}", mod)
    ref, rel, yrel = ctx.ref, normal_key(g.get("rel")).replace("this past", "past"), normal_key(g.get("yrel"))
    if yrel:
        year = ref.year + {"last": -1, "this": 0, "next": 1}[yrel]
    elif rel in ("last", "past"):
        # the month just ended is "last month": "last February" written in March is a year before
        year = ref.year if m < ref.month - (rel == "last") else ref.year - 1
    elif rel in ("next", "coming"):
        year = ref.year if m > ref.month + (rel == "next") else ref.year + 1
    elif rel == "this":
        year = ref.year
    else:
        year = dates.year_for(ref, m, None, ctx.tense)
    return Norm("DATE", dates.month(year, m), mod)


def decade(g: Groups, ctx: Context) -> Norm | None:
    mod = modifier(g)
    if g.get("dec"):
        dec = int(g["dec"] or 0)
        if dec % 100 == 0 and dec % 1000 != 0:
            return Norm("DATE", f"{dec // 100:02d}", mod)
        return Norm("DATE", f"{dec // 10:03d}", mod)
    if g.get("decw"):
        if not g.get("the"):
            return None
        return Norm("DATE", f"19{table('decades')[normal_key(g['decw'])]}", mod)
    d = int(g.get("dec2") or g.get("dec3") or 0) // 10
    century = 20 if ctx.ref is not None and ctx.ref.year >= 2000 and d * 10 <= ctx.ref.year % 100 else 19
    return Norm("DATE", f"{century}{d}", mod)


def century(g: Groups, ctx: Context) -> Norm | None:
    """"the 19th century" is 18 (its years 18xx); "the 5th century BC" is BC04 (500-401 BC), as BC years;
    "the second millennium" is 1 (its years 1xxx)."""
    k = normal_key(g["ord"])
    n = int(table("ordinals").get(k) or re.sub(r"\D", "", k) or 0)
    millennium = normal_key(g.get("what")) == "millennium"
    if not 1 <= n <= (3 if millennium else 21):
        return None
    bc = bool(g.get("era")) and normal_key(g["era"]).replace(".", "") in ("bc", "bce")
    # "the 18th-century house": the article belongs to the house, the hyphenated century is the adjective
    trim = len(g.get("the") or "") if "-" in (g.get("sep") or "") else 0
    return Norm("DATE", f"{'BC' if bc else ''}{n - 1:{'01d' if millennium else '02d'}}", modifier(g), trim=trim)


def year(g: Groups, ctx: Context) -> Norm | None:
    """A year; "c. 1500", "circa 1650" (history's approximate years) keep their marker, mod APPROX."""
    y = int(g["y"] or 0)
    return Norm("DATE", f"{y:04d}", "APPROX" if g.get("circa") else modifier(g))


def year_tail(g: Groups, ctx: Context) -> Norm | None:
    """The "18" of "1914-18": the second year of a range, in the century of the first."""
    century, yy = int(g["century"] or 0), int(g["yy"] or 0)
    return Norm("DATE", f"{century * 100 + yy:04d}")


def era_date(g: Groups, ctx: Context) -> Norm | None:
    """"15 March 44 BC", "September 31 BC", "1 August AD 10": a day or month of a year given with its era."""
    y = int(g.get("y") or g.get("y2") or 0)
    m = month_number(g.get("month") or g.get("month2"))
    day = g.get("d") or g.get("d2")
    if y == 0 or y > 2100:
        return None
    era = "BC" if normal_key(g.get("era")).replace(".", "").startswith("b") else ""
    if not day:
        return Norm("DATE", f"{era}{y:04d}-{m:02d}")
    d = day_number(day)
    return Norm("DATE", f"{era}{y:04d}-{m:02d}-{d:02d}") if dates.valid_day(y, m, d) else None


def era_year(g: Groups, ctx: Context) -> Norm | None:
    """"AD 79", "44 BC", "the year 800": years before 1000 only count with their era or as "the year N"; BC
    years as TIMEX2 does ("BC0044")."""
    y = int(g.get("y") or g.get("y2") or g.get("y3") or g.get("y4") or 0)
    era = normal_key(g.get("era") or g.get("era2")).replace(".", "")  # era2: "264" of "264-241 BC"
    if y == 0 or y > 2100:
        return None
    return Norm("DATE", f"BC{y:04d}" if era.startswith("b") else f"{y:04d}")


def _spoken(text: str) -> int:
    """"nineteen ninety-six" -> 1996, "nineteen hundred" -> 1900, "two thousand one" -> 2001."""
    words = normal_key(text).replace("-", " ").split()
    cardinals = table("cardinals")
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(sum(float(cardinals[w]) for w in words[2:] if w != "and"))
    century = int(cardinals[words[0]])
    if words[1:] == ["hundred"]:
        return century * 100
    return century * 100 + int(sum(float(cardinals[w]) for w in words[1:] if w != "o"))


def spoken_year(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DATE", f"{_spoken(g['sy'] or ''):04d}")
