"""Expressions counted from the publication date or from a date the story told: "two years ago", "the
next day", "last month", "on Sunday", "the end of the year", "the weekend"."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.temporal import dates
from timeline.temporal.values.base import (
    POD_TIME,
    Context,
    Groups,
    Norm,
    day_number,
    duration_value,
    modifier,
    month_number,
    normal_key,
    number_value,
    shift_coarse,
    table,
    unit_code,
    weekday_number,
)
from timeline.temporal.values.durations import IN_BEFORE, SPAN_BEFORE
from timeline.temporal.values.quarters import last_quarter


def _anchor_day(ctx: Context, unit: str = "D") -> date | None:
    """The date an anchored expression counts from: the last date the text gave, if precise enough for the
    unit counted, else the reference date."""
    parsed = dates.parse_value(ctx.anchor)
    if parsed is not None and dates.fine_enough(parsed[1], unit):
        return parsed[0]
    return ctx.ref


def ago(g: Groups, ctx: Context) -> Norm | None:
    direction = normal_key(g["dir"]).replace("afterwards", "later").replace("afterward", "later")
    future = direction in ("later", "from now", "hence")
    if g.get("n") is None or number_value(g["n"]) is None:
        if g.get("n") is None and not normal_key(g["unit"]).endswith("s"):
            return None
        if direction in ("earlier", "later"):
            # "weeks later" counts from an event of the story, not from today: only its size is known
            return Norm("DURATION", duration_value(None, unit_code(g["unit"])), modifier(g))
        return Norm("DATE", "FUTURE_REF" if future else "PAST_REF", modifier(g))
    n = number_value(g["n"]) or 1
    unit = unit_code(g["unit"])
    if unit == "2W":
        n, unit = n * 2, "W"
    if unit in ("TS", "TM", "TH") and direction == "ago" and ctx.ref is not None:
        hours = n * {"TS": 1 / 3600, "TM": 1 / 60, "TH": 1}[unit]
        return Norm("DATE", dates.day(ctx.ref - timedelta(days=int(hours // 24))), modifier(g))
    if unit in ("TS", "TM", "TH", "WE", "SEASON", "ML", "2W") or n != int(n):
        return Norm("DURATION", duration_value(n, unit), modifier(g))
    sign = 1 if future else -1
    mod = modifier(g)
    last = last_quarter(ctx) if ctx.quarter else None
    if last is not None and unit == "Y" and direction != "from now":
        return Norm("DATE", dates.quarter(last[0] + sign * int(n), last[1]), mod)
    shifted = shift_coarse(ctx.anchor, sign * int(n), unit) if direction in ("earlier", "later") else None
    if shifted is not None:  # "In 264 BC ... Two years later", "the 1630s ... two decades later"
        return Norm("DATE", shifted, mod)
    base = _anchor_day(ctx, unit) if direction in ("earlier", "later") else ctx.ref
    if base is None:
        if direction in ("earlier", "later"):
            blank = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "DE": "XXXX", "CE": "XXXX"}
            return Norm("DATE", blank.get(unit, "XXXX"), mod)
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    granularity = "Y" if unit in ("DE", "CE") else unit
    years = int(n) * {"Y": 1, "DE": 10, "CE": 100}.get(unit, 0)
    if sign < 0 and years and base.year - years < 1:
        return Norm("DATE", _before_christ(base.year - years), mod)  # "2,500 years ago", "105,000 years ago"
    try:
        return Norm("DATE", dates.at_granularity(dates.shift(base, sign * int(n), unit), granularity), mod)
    except (OverflowError, ValueError):
        return None


def _before_christ(year: int) -> str:
    """Astronomical `year` (0 is 1 BC) as TimeML writes it, "BC0492"; beyond 9999 BC only "in the past"."""
    bc = 1 - year
    return f"BC{bc:04d}" if bc <= 9999 else "PAST_REF"


def ago_adj(g: Groups, ctx: Context) -> Norm | None:
    unit = unit_code(g["adj"])
    last = last_quarter(ctx) if ctx.quarter else None
    if last is not None and unit == "Y":
        return Norm("DATE", dates.quarter(last[0] - 1, last[1]))
    base = _anchor_day(ctx, unit) if normal_key(g["dir"]) != "ago" else ctx.ref
    if base is None:
        return Norm("DATE", "PAST_REF")
    return Norm("DATE", dates.at_granularity(dates.shift(base, -1, unit), unit))


_REL_SIGN = {"latest": -1, "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "this": 0,
             "current": 0, "same": 0, "next": 1, "coming": 1, "upcoming": 1, "following": 1, "before": -1, "after": 1}


def relative_day(g: Groups, ctx: Context) -> Norm | None:
    what = normal_key(g.get("adj") or g.get("unit2"))
    rel = normal_key(g.get("rel") or g.get("adj2"))
    sign = _REL_SIGN.get(rel, 0)
    unit = {"night": "D", "morning": "D", "evening": "D", "afternoon": "D"}.get(what) or unit_code(what)
    deixis = normal_key(g.get("deix"))
    blank = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}
    if deixis:
        # "the week before last", "the day after tomorrow": two steps from the moment of writing
        if (rel == "before") != (deixis in ("last", "yesterday")):
            return None
        if ctx.ref is None:
            return Norm("DATE", blank.get(unit, "XXXX"), modifier(g))
        return Norm("DATE", dates.at_granularity(dates.shift(ctx.ref, 2 * sign, unit), unit), modifier(g))
    shifted = shift_coarse(ctx.anchor, sign, unit)
    if shifted is not None:
        return Norm("DATE", shifted, modifier(g))
    parsed = dates.parse_value(ctx.anchor)
    if parsed is not None and dates.fine_enough(parsed[1], unit):
        base = parsed[0]
    elif ctx.ref is not None:
        base = ctx.ref
    else:
        base = None  # "the next day" after a date the calendar cannot count from: the span, value unknown
    value = blank.get(unit, "XXXX") if base is None else dates.at_granularity(dates.shift(base, sign, unit), unit)
    if what in ("night", "morning", "evening", "afternoon"):
        return Norm("TIME", value + POD_TIME[str(table("pods")[what])], modifier(g))
    return Norm("DATE", value, modifier(g))


def relative(g: Groups, ctx: Context) -> Norm | None:
    rel, unit = normal_key(g["rel"]), unit_code(g["unit"])
    sign = _REL_SIGN[rel]
    mod = "APPROX" if g.get("orso") else modifier(g)
    if g.get("the") and rel in ("past", "last", "next", "coming") and not g.get("pos") and (
            SPAN_BEFORE.search(ctx.before) and (unit in ("W", "M", "Q", "Y") or not IN_BEFORE.search(ctx.before))):
        # "over the past year", "in the last week", "over the next year or so" are the twelve months, seven
        # days up to or from now, not a calendar year or week; but "in the last century" is mostly the one
        # before this
        return Norm("DURATION", duration_value(1, unit), mod)
    if rel == "past" and unit in ("DE", "CE", "ML"):
        # "events of the past century" written in 1989 are of the hundred years up to then, not the 1800s
        return Norm("DURATION", duration_value(1, unit), mod)
    base = ctx.ref
    if rel in ("following", "same") or (rel in ("previous", "preceding", "prior") and g.get("the")):
        shifted = shift_coarse(ctx.anchor, sign, unit)  # "In 218 BC ... The following year"
        if shifted is not None:
            return Norm("DATE", shifted, mod)
        base = _anchor_day(ctx, unit)
    if base is None:
        blank = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "DE": "XXX", "CE": "XX",
                 "Q": "XXXX-QX", "ML": "X"}
        return Norm("DATE", blank[unit], mod)
    if unit == "WE":
        monday = base - timedelta(days=base.isoweekday() - 1)
        return Norm("DATE", dates.week(monday + timedelta(weeks=sign)) + "-WE", mod)
    if unit == "ML":
        return Norm("DATE", str(base.year // 1000 + sign), mod)
    try:
        return Norm("DATE", dates.at_granularity(dates.shift(base, sign, unit), unit), mod)
    except (OverflowError, ValueError):
        return None


def weekday_expr(g: Groups, ctx: Context) -> Norm | None:
    wd = weekday_number(g["wd"])
    pod = normal_key(g.get("pod"))
    pod_code = POD_TIME[str(table("pods")[pod])] if pod else ""
    if g.get("plural") or g.get("wds"):
        return Norm("SET", f"XXXX-WXX-{wd}{pod_code}")
    mod = modifier(g)
    typ = "TIME" if pod_code else "DATE"
    if ctx.ref is None:
        return Norm(typ, f"XXXX-WXX-{wd}{pod_code}", mod)
    rel = normal_key(g.get("rel"))
    base = ctx.ref
    if rel in ("the previous", "the following"):
        # "the previous Friday": the one before the day the story just named
        base = dates.parse_day(ctx.anchor) or ctx.ref
    if rel in ("last", "past", "the previous"):
        d = base - timedelta(days=(base.isoweekday() - wd - 1) % 7 + 1)
    elif rel in ("next", "coming", "the following"):
        d = base + timedelta(days=(wd - base.isoweekday() - 1) % 7 + 1)
    else:
        # "Wednesday's ruling" reports something that has happened
        d = dates.nearest_weekday(ctx.ref, wd, "past" if g.get("poss") is not None else ctx.tense)
    return Norm(typ, dates.day(d) + pod_code, mod)


def the_year(g: Groups, ctx: Context) -> Norm | None:
    trim = len(g.get("pre") or "")
    if g.get("ended") is not None:
        return Norm("DURATION", "P1Y", trim=trim)
    if ctx.ref is None:
        # an undated story's "early in the year" is in the year it is telling ("In 1916 ... later in the year")
        told = dates.parse_value(ctx.anchor)
        return Norm("DATE", f"{told[0].year:04d}" if told else ctx.anchor or "XXXX", modifier(g), trim=trim)
    return Norm("DATE", f"{ctx.ref.year:04d}", modifier(g), trim=trim)


def year_end(g: Groups, ctx: Context) -> Norm | None:
    what = normal_key(g["what"])
    if ctx.ref is None:
        return Norm("DATE", "XXXX", "END" if "end" in what else "MID")
    if "mid" in what:
        return Norm("DATE", f"{ctx.ref.year:04d}", "MID")
    year = ctx.ref.year - 1 if ctx.tense == "past" else ctx.ref.year
    return Norm("DATE", f"{year:04d}-12-31")


def the_week(g: Groups, ctx: Context) -> Norm | None:
    """"the week", and "later in the day", "earlier in the month": the current one of the story, that of
    the day it just named ("Stocks fell Friday. For the week, ..." in a Monday paper) or else of the
    publication date."""
    unit = unit_code(g.get("unit") or "week")
    mod = modifier(g) or table("positions").get(normal_key(g.get("pos2")))
    if g.get("em") and unit == "W" and ctx.ref is not None:
        # "the week ended March 15": the week of that day, one gone by
        m, d = month_number(g["em"]), day_number(g["ed"])
        year = dates.year_for(ctx.ref, m, d, "past")
        if dates.valid_day(year, m, d):
            return Norm("DATE", dates.at_granularity(date(year, m, d), "W"), mod)
    parsed = dates.parse_value(ctx.anchor)
    base = parsed[0] if parsed is not None and parsed[1] == "D" else ctx.ref
    if base is None:
        return Norm("DATE", {"D": "XXXX-XX-XX", "M": "XXXX-XX"}.get(unit, "XXXX-WXX"), mod)
    return Norm("DATE", dates.at_granularity(base, unit), mod)


def end_of(g: Groups, ctx: Context) -> Norm | None:
    if g.get("ye"):
        return Norm("DATE", f"{ctx.ref.year:04d}" if ctx.ref else "XXXX", "END")
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}[normal_key(g["pos"])]
    unit = unit_code(g["unit"])
    rel = normal_key(g["rel"])
    if ctx.ref is None:
        if ctx.narrative_year and rel == "the" and unit in ("Y", "DE", "CE"):
            # "In 1914 war broke out. By the end of the year ...": the year the story is telling
            digits = {"Y": 4, "DE": 3, "CE": 2}[unit]
            return Norm("DATE", f"{ctx.narrative_year:04d}"[:digits], mod)
        blank = {"M": "XXXX-XX", "W": "XXXX-WXX", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX"}
        return Norm("DATE", blank.get(unit, "XXXX"), mod)
    sign = {"last": -1, "next": 1}.get(rel, 0)
    return Norm("DATE", dates.at_granularity(dates.shift(ctx.ref, sign, unit), unit), mod)


def weekend(g: Groups, ctx: Context) -> Norm | None:
    det = normal_key(g["det"])
    if ctx.ref is None:
        return Norm("DATE", "XXXX-WXX-WE")
    monday = ctx.ref - timedelta(days=ctx.ref.isoweekday() - 1)
    on_weekend = ctx.ref.isoweekday() >= 6
    if det == "last" or (det in ("the", "that") and ctx.tense != "future" and not on_weekend):
        monday -= timedelta(weeks=1)
    elif det == "next" and on_weekend:
        monday += timedelta(weeks=1)
    return Norm("DATE", dates.week(monday) + "-WE")
