"""Normalisation: from a grammar match to a TIMEX3 type, value and modifier.

One function per rule of `data/rules.txt`. Each keeps the granularity the text gives ("August 1961" is
"1961-08", never a day) and resolves relative expressions against `Context.ref`, the publication date,
with the tense of the sentence; with no reference date the unknown parts stay X ("XXXX-WXX-2").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from timeline.temporal import dates
from timeline.temporal import lexicon as lx

Groups = dict[str, str | None]


@dataclass(frozen=True)
class Context:
    """What a value may depend on besides the words: all hashable, so normalisation can be cached."""

    ref: date | None
    tense: str | None = None
    anchor: str | None = None
    quarter: str | None = None
    before: str = ""
    narrative_year: int | None = None


@dataclass(frozen=True)
class Norm:
    """A normalised expression; `trim` cuts words off the match start that TimeML leaves outside the extent."""

    type: str
    value: str
    mod: str | None = None
    trim: int = 0


_SPACE = re.compile(r"\s+")
_UNIT_CODES = {"TS": ("T", "S"), "TM": ("T", "M"), "TH": ("T", "H"), "D": ("", "D"), "W": ("", "W"),
               "M": ("", "M"), "Y": ("", "Y"), "WE": ("", "WE")}
_SCALED = {"Q": (3, "M"), "SEASON": (3, "M"), "DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"),
           "2W": (2, "W")}
_HALF = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "TH"), "TH": (30, "TM"), "TM": (30, "TS"), "W": (84, "TH")}
_POD_TIME = {"MO": "TMO", "AF": "TAF", "EV": "TEV", "NI": "TNI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _key(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").lower()).strip()


@cache
def _table(name: str) -> dict[str, Any]:
    lex = lx.lexicon()
    tables: dict[str, Callable[[], dict[str, Any]]] = {
        "months": lambda: dict(lx.months()),
        "weekdays": lambda: dict(lx.weekdays()),
        "units": lambda: dict(lx.units()),
        "cardinals": lambda: dict(lx.cardinals()),
        "ordinals": lambda: dict(lex["ordinals"]),
        "seasons": lambda: dict(lex["seasons"]),
        "pods": lambda: dict(lex["parts_of_day"]),
        "mods": lambda: dict(lex["modifiers"]),
        "positions": lambda: dict(lex["positions"]),
        "decades": lambda: dict(lex["decade_words"]),
        "holidays": lambda: dict(lx.holidays()),
        "vague": lambda: dict(lx.load("vague")["words"]),
        "vague_trim": lambda: dict(lx.load("vague")["span_trim"]),
    }
    return tables[name]()


def _month(text: str | None) -> int:
    return int(_table("months")[_key(text).rstrip(".")])


def _weekday(text: str | None) -> int:
    return int(_table("weekdays")[_key(text).rstrip(".")])


def _day(text: str | None) -> int:
    return int(re.sub(r"\D", "", text or ""))


def _number(text: str | None) -> float | None:
    """A cardinal ("365", "1,200", "twenty-four", "2 1/2", "a"); None for vague ones ("several")."""
    k = _key(text)
    if not k:
        return 1
    half = k.endswith(" 1/2")
    k = k.removesuffix(" 1/2").replace(",", "")
    try:
        n = float(k)
    except ValueError:
        n = _table("cardinals").get(k)
        if n is None:
            return None
    return float(n) + (0.5 if half else 0)


def _mod(groups: Groups) -> str | None:
    if groups.get("mod"):
        return _table("mods").get(_key(groups["mod"]))
    if groups.get("pos"):
        return _table("positions").get(_key(groups["pos"]))
    return None


def _unit(text: str | None) -> str:
    return str(_table("units")[_key(text)])


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """P/PT value of `n` units; fractions go to the next smaller unit ("2 1/2 years" -> P2Y6M)."""
    if unit in _SCALED:
        factor, unit = _SCALED[unit]
        n = None if n is None else n * factor
    t, code = _UNIT_CODES[unit]
    if n is None:
        return f"P{t}X{code}"
    whole, frac = int(n), n - int(n)
    if frac and unit in _HALF and whole:
        sub_n, sub = _HALF[unit]
        st, sc = _UNIT_CODES[sub]
        sub_value = sub_n * frac * 2
        tpart = "T" if st and not t else ""
        return f"P{t}{whole}{code}{tpart}{_fmt(sub_value)}{sc}"
    if frac and unit in _HALF and not whole:
        sub_n, sub = _HALF[unit]
        st, sc = _UNIT_CODES[sub]
        return f"P{st}{_fmt(sub_n * frac * 2)}{sc}"
    return f"P{t}{_fmt(n)}{code}"


# --- absolute dates ----------------------------------------------------------------------------------------

def _iso(g: Groups, ctx: Context) -> Norm | None:
    y, m, d = int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)
    if not dates.valid_day(y, m, d):
        return None
    if g.get("hh"):
        return Norm("TIME", f"{y:04d}-{m:02d}-{d:02d}T{g['hh']}:{g['mi']}")
    return Norm("DATE", f"{y:04d}-{m:02d}-{d:02d}")


def _slash(g: Groups, ctx: Context) -> Norm | None:
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


def _full_date(g: Groups, ctx: Context) -> Norm | None:
    y, m, d = int(g["y"] or 0), _month(g["month"]), _day(g["d"])
    return Norm("DATE", f"{y:04d}-{m:02d}-{d:02d}") if dates.valid_day(y, m, d) else None


def _year_of(g: Groups) -> int:
    """The year group of a match, written in digits or spoken ("nineteen ninety-four")."""
    if g.get("y"):
        return int(g["y"] or 0)
    return _spoken(g.get("sy") or "")


def _month_year(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DATE", dates.month(_year_of(g), _month(g["month"])), _mod(g))


def _month_day(g: Groups, ctx: Context) -> Norm | None:
    m, d = _month(g["month"]), _day(g["d"])
    if not dates.valid_day(2000, m, d):
        return None
    if ctx.ref is None:
        if ctx.narrative_year and not g.get("wd") and dates.valid_day(ctx.narrative_year, m, d):
            return Norm("DATE", f"{ctx.narrative_year:04d}-{m:02d}-{d:02d}")
        return Norm("DATE", f"XXXX-{m:02d}-{d:02d}")
    year = dates.year_for(ctx.ref, m, d, ctx.tense)
    if g.get("wd") and dates.valid_day(year, m, d):
        wd = _weekday(g["wd"])
        for y in (year, year - 1, year + 1):
            if dates.valid_day(y, m, d) and date(y, m, d).isoweekday() == wd:
                year = y
                break
    if not dates.valid_day(year, m, d):
        return None
    return Norm("DATE", f"{year:04d}-{m:02d}-{d:02d}")


def _ordinal_day(g: Groups, ctx: Context) -> Norm | None:
    """"on the 15th": a day of the month the story last named ("Paris fell on 14 June. On the 15th ..."),
    else of the publication month (or the month before, told in the past, if that day is still ahead)."""
    d, trim = _day(g["d"]), len(g["pre"] or "")
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


def _month_alone(g: Groups, ctx: Context) -> Norm | None:
    m = _month(g["month"])
    mod = _mod(g)
    if g.get("fyear"):
        # "March of the following year": a year on from the date the story just named
        parsed = dates.parse_value(ctx.anchor)
        base = parsed[0] if parsed is not None else ctx.ref
        if base is None:
            return Norm("DATE", f"XXXX-{m:02d}", mod)
        shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(_key(g["fyear"]), 0)
        return Norm("DATE", dates.month(base.year + shift, m), mod)
    if ctx.ref is None:
        if ctx.narrative_year and not (g.get("rel") or g.get("yrel")):
            return Norm("DATE", dates.month(ctx.narrative_year, m), mod)
        return Norm("DATE", f"XXXX-{m:02d}", mod)
    ref, rel, yrel = ctx.ref, _key(g.get("rel")).replace("this past", "past"), _key(g.get("yrel"))
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


# --- times -------------------------------------------------------------------------------------------------

def _day_of(word: str | None, ctx: Context) -> str | None:
    """The date part of a time ("6:50 p.m. Sunday"), defaulting to the reference day."""
    w = _key(word)
    if not w and dates.parse_day(ctx.anchor):
        return str(ctx.anchor)
    if ctx.ref is None:
        return f"XXXX-WXX-{_weekday(w)}" if w in _table("weekdays") else "XXXX-XX-XX"
    if not w or w in ("today", "tonight"):
        return dates.day(ctx.ref)
    if w == "yesterday":
        return dates.day(ctx.ref - timedelta(days=1))
    if w == "tomorrow":
        return dates.day(ctx.ref + timedelta(days=1))
    return dates.day(dates.nearest_weekday(ctx.ref, _weekday(w), ctx.tense))


def _clock(g: Groups, ctx: Context) -> Norm | None:
    h = int(g["h"] or 0)
    mi = int(g.get("mi") or 0)
    ap = _key(g.get("ap")).replace(".", "").replace(" ", "")
    if ap == "pm" and h != 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    day = _day_of(g.get("day"), ctx)
    if g.get("month2"):
        g = {**g, "month": g["month2"], "d": g["d2"], "y": g.get("y2")}  # "5 a.m. on 11 November 1918"
    if g.get("month"):
        dated = _full_date(g, ctx) if g.get("y") else _month_day(g, ctx)
        if dated is None:
            return None
        day = dated.value
    return Norm("TIME", f"{day}T{h:02d}:{mi:02d}", _mod(g))


def _clock_pod(g: Groups, ctx: Context) -> Norm | None:
    """"4 in the morning", "8 o'clock in the evening": the part of the day says a.m. or p.m."""
    h = int(g["h"] or 0)
    pod = _key(g["pod"])
    if pod == "morning":
        h = 0 if h == 12 else h
    elif pod == "night":
        h = h if h < 5 else (h + 12) % 24
    elif h != 12:
        h += 12
    return Norm("TIME", f"{_day_of(None, ctx)}T{h:02d}:00", _mod(g))


def _clock24(g: Groups, ctx: Context) -> Norm | None:
    h, mi = int(g["h"] or 0), int(g["mi"] or 0)
    return Norm("TIME", f"{_day_of(None, ctx)}T{h:02d}:{mi:02d}", _mod(g))


def _named_time(g: Groups, ctx: Context) -> Norm | None:
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[_key(g["named"])]
    return Norm("TIME", f"{_day_of(g.get('day'), ctx)}T{clock}", _mod(g))


# --- sets --------------------------------------------------------------------------------------------------

def _every(g: Groups, ctx: Context) -> Norm | None:
    what = _key(g["what"])
    step = 2 if g.get("other") else 1
    n = _number(g.get("n")) if g.get("n") else step
    if what in _table("units"):
        return Norm("SET", duration_value(n, _unit(what)))
    if what in _table("weekdays"):
        return Norm("SET", f"XXXX-WXX-{_weekday(what)}")
    if what in _table("pods"):
        return Norm("SET", f"XXXX-XX-XX{_POD_TIME[str(_table('pods')[what])]}")
    if what in _table("seasons"):
        return Norm("SET", f"XXXX-{_table('seasons')[what]}")
    return Norm("SET", f"XXXX-{_month(what):02d}")


def _frequency(g: Groups, ctx: Context) -> Norm | None:
    return Norm("SET", duration_value(1, _unit(g["unit"])))


_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
                "yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W",
                "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M", "bimonthly": "P2M"}


def _adverb_set(g: Groups, ctx: Context) -> Norm | None:
    return Norm("SET", _ADVERB_SETS[_key(g["adv"])])


# --- quarters and halves -----------------------------------------------------------------------------------

def _explicit_year(g: Groups, ctx: Context, *keys: str) -> int | None:
    for k in keys:
        if g.get(k):
            return int(g[k] or 0)
    rel = _key(g.get("yrel") or g.get("the_year"))
    if rel and ctx.ref is not None:
        return ctx.ref.year + {"last year": -1, "next year": 1}.get(rel, 0)
    return None


def _quarter(g: Groups, ctx: Context) -> Norm | None:
    if g.get("qn"):
        g = {**g, "q": {"1": "first", "2": "second", "3": "third", "4": "fourth"}[g["qn"] or "1"], "y": g.get("y3")}
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4}[_key(g["q"])]
    det = _key(g.get("det"))
    adjectival = "-" in (g.get("qsep") or "")
    trim = len(g["det"] or "") if det in ("a", "its", "their") or (det == "the" and adjectival) else 0
    year = _explicit_year(g, ctx, "y", "y2", "yy")
    if year is None:
        if ctx.ref is None:
            return Norm("DATE", f"XXXX-Q{q}", trim=trim)
        ref_year, ref_q = dates.quarter_of(ctx.ref)
        year = ref_year - 1 if (q > ref_q and ctx.tense == "past") else ref_year
    if g.get("ago"):
        year -= 1
    return Norm("DATE", dates.quarter(year, q), trim=trim)


def _half(g: Groups, ctx: Context) -> Norm | None:
    h = 1 if _key(g["h"]) == "first" else 2  # "the latter half", "the last half" of a year: its second
    year = _explicit_year(g, ctx, "y", "yy")
    if year is None:
        if g.get("the_year") is None and not g.get("det"):
            return None
        if ctx.ref is None:
            return Norm("DATE", f"XXXX-H{h}")
        year = ctx.ref.year - 1 if (h == 2 and ctx.ref.month <= 6 and ctx.tense == "past") else ctx.ref.year
    return Norm("DATE", f"{year:04d}-H{h}")


def _last_quarter(ctx: Context) -> tuple[int, int] | None:
    if ctx.quarter:
        m = re.match(r"^(\d{4})-Q([1-4])$", ctx.quarter)
        if m:
            return int(m.group(1)), int(m.group(2))
    if ctx.ref is None:
        return None
    y, q = dates.quarter_of(ctx.ref)
    return (y - 1, 4) if q == 1 else (y, q - 1)


def _the_quarter(g: Groups, ctx: Context) -> Norm | None:
    """"the quarter" in a results story is the quarter reported (the first one it named, else the last
    complete one), or the one the text says it ended on ("the quarter ended Sept. 30"); "the 1988 quarter"
    is that quarter of another year."""
    if g.get("em") and ctx.ref is not None and not g.get("y"):
        m, d = _month(g["em"]), _day(g["ed"])
        if dates.valid_day(2000, m, d):
            return Norm("DATE", dates.quarter(dates.year_for(ctx.ref, m, d, "past"), (m - 1) // 3 + 1))
    last = _last_quarter(ctx)
    if g.get("y"):
        return Norm("DATE", dates.quarter(int(g["y"] or 0), last[1])) if last else None
    if _key(g["what"]) != "quarter":
        return None
    return Norm("DATE", dates.quarter(*last)) if last else Norm("DATE", "XXXX-QX")


def _period(g: Groups, ctx: Context) -> Norm | None:
    adj = _key(g.get("adj") or ("year-ago" if g.get("adj2") else ""))
    if ctx.ref is None:
        return Norm("DATE", "XXXX-QX")
    if adj == "current":
        return Norm("DATE", dates.quarter(*dates.quarter_of(ctx.ref)))
    last = _last_quarter(ctx) if adj.startswith("year") or adj.startswith("prior-") else None
    if last is not None:
        return Norm("DATE", dates.quarter(last[0] - 1, last[1]))
    y, q = dates.quarter_of(ctx.ref)
    return Norm("DATE", dates.quarter(y, q - 1))


# --- relative to the reference or an anchor ----------------------------------------------------------------

def _anchor_day(ctx: Context, unit: str = "D") -> date | None:
    """The date an anchored expression counts from: the last date the text gave, if precise enough for the
    unit counted, else the reference date."""
    parsed = dates.parse_value(ctx.anchor)
    if parsed is not None and dates.fine_enough(parsed[1], unit):
        return parsed[0]
    return ctx.ref


def _ago(g: Groups, ctx: Context) -> Norm | None:
    direction = _key(g["dir"]).replace("afterwards", "later").replace("afterward", "later")
    future = direction in ("later", "from now", "hence")
    if g.get("n") is None or _number(g["n"]) is None:
        if g.get("n") is None and not _key(g["unit"]).endswith("s"):
            return None
        if direction in ("earlier", "later"):
            # "weeks later" counts from an event of the story, not from today: only its size is known
            return Norm("DURATION", duration_value(None, _unit(g["unit"])), _mod(g))
        return Norm("DATE", "FUTURE_REF" if future else "PAST_REF", _mod(g))
    n = _number(g["n"]) or 1
    unit = _unit(g["unit"])
    if unit == "2W":
        n, unit = n * 2, "W"
    if unit in ("TS", "TM", "TH") and direction == "ago" and ctx.ref is not None:
        hours = n * {"TS": 1 / 3600, "TM": 1 / 60, "TH": 1}[unit]
        return Norm("DATE", dates.day(ctx.ref - timedelta(days=int(hours // 24))), _mod(g))
    if unit in ("TS", "TM", "TH", "WE", "SEASON", "ML", "2W") or n != int(n):
        return Norm("DURATION", duration_value(n, unit), _mod(g))
    sign = 1 if future else -1
    mod = _mod(g)
    last = _last_quarter(ctx) if ctx.quarter else None
    if last is not None and unit == "Y" and direction != "from now":
        return Norm("DATE", dates.quarter(last[0] + sign * int(n), last[1]), mod)
    base = _anchor_day(ctx, unit) if direction in ("earlier", "later") else ctx.ref
    if base is None:
        if direction in ("earlier", "later"):
            blank = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "DE": "XXXX", "CE": "XXXX"}
            return Norm("DATE", blank.get(unit, "XXXX"), mod)
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    granularity = "Y" if unit in ("DE", "CE") else unit
    try:
        return Norm("DATE", dates.at_granularity(dates.shift(base, sign * int(n), unit), granularity), mod)
    except (OverflowError, ValueError):
        return None


def _ago_adj(g: Groups, ctx: Context) -> Norm | None:
    unit = _unit(g["adj"])
    last = _last_quarter(ctx) if ctx.quarter else None
    if last is not None and unit == "Y":
        return Norm("DATE", dates.quarter(last[0] - 1, last[1]))
    base = _anchor_day(ctx, unit) if _key(g["dir"]) != "ago" else ctx.ref
    if base is None:
        return Norm("DATE", "PAST_REF")
    return Norm("DATE", dates.at_granularity(dates.shift(base, -1, unit), unit))


_REL_SIGN = {"latest": -1, "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "this": 0,
             "current": 0, "same": 0, "next": 1, "coming": 1, "upcoming": 1, "following": 1, "before": -1, "after": 1}


def _relative_day(g: Groups, ctx: Context) -> Norm | None:
    what = _key(g.get("adj") or g.get("unit2"))
    rel = _key(g.get("rel") or g.get("adj2"))
    sign = _REL_SIGN.get(rel, 0)
    unit = {"night": "D", "morning": "D", "evening": "D", "afternoon": "D"}.get(what) or _unit(what)
    parsed = dates.parse_value(ctx.anchor)
    if parsed is not None and dates.fine_enough(parsed[1], unit):
        base = parsed[0]
    elif ctx.ref is not None:
        base = ctx.ref
    else:
        return None
    value = dates.at_granularity(dates.shift(base, sign, unit), unit)
    if what in ("night", "morning", "evening", "afternoon"):
        return Norm("TIME", value + _POD_TIME[str(_table("pods")[what])], _mod(g))
    return Norm("DATE", value, _mod(g))


def _duration_rel(g: Groups, ctx: Context) -> Norm | None:
    """"the past three months", "the next 12 to 18 months" (sized by its first number), "the next two
    years or so" (APPROX)."""
    n = _number(g["n"]) if g.get("n") else None
    return Norm("DURATION", duration_value(n, _unit(g["unit"])), "APPROX" if g.get("orso") else _mod(g))


def _relative(g: Groups, ctx: Context) -> Norm | None:
    rel, unit = _key(g["rel"]), _unit(g["unit"])
    sign = _REL_SIGN[rel]
    mod = "APPROX" if g.get("orso") else _mod(g)
    if g.get("the") and rel in ("past", "last", "next", "coming") and not g.get("pos") and (
            _SPAN_BEFORE.search(ctx.before) and (unit in ("W", "M", "Q", "Y") or not _IN_BEFORE.search(ctx.before))):
        # "over the past year", "in the last week", "over the next year or so" are the twelve months, seven
        # days up to or from now, not a calendar year or week; but "in the last century" is mostly the one
        # before this
        return Norm("DURATION", duration_value(1, unit), mod)
    if rel == "past" and unit in ("DE", "CE", "ML"):
        # "events of the past century" written in 1989 are of the hundred years up to then, not the 1800s
        return Norm("DURATION", duration_value(1, unit), mod)
    base = ctx.ref
    if rel in ("following", "same") or (rel in ("previous", "preceding", "prior") and g.get("the")):
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


def _decade(g: Groups, ctx: Context) -> Norm | None:
    mod = _mod(g)
    if g.get("dec"):
        dec = int(g["dec"] or 0)
        if dec % 100 == 0 and dec % 1000 != 0:
            return Norm("DATE", f"{dec // 100:02d}", mod)
        return Norm("DATE", f"{dec // 10:03d}", mod)
    if g.get("decw"):
        if not g.get("the"):
            return None
        return Norm("DATE", f"19{_table('decades')[_key(g['decw'])]}", mod)
    d = int(g.get("dec2") or g.get("dec3") or 0) // 10
    century = 20 if ctx.ref is not None and ctx.ref.year >= 2000 and d * 10 <= ctx.ref.year % 100 else 19
    return Norm("DATE", f"{century}{d}", mod)


def _century(g: Groups, ctx: Context) -> Norm | None:
    """"the 19th century" is 18 (its years 18xx); "the 5th century BC" is BC04 (500-401 BC), as BC years;
    "the second millennium" is 1 (its years 1xxx)."""
    k = _key(g["ord"])
    n = int(_table("ordinals").get(k) or re.sub(r"\D", "", k) or 0)
    millennium = _key(g.get("what")) == "millennium"
    if not 1 <= n <= (3 if millennium else 21):
        return None
    bc = bool(g.get("era")) and _key(g["era"]).replace(".", "") in ("bc", "bce")
    # "the 18th-century house": the article belongs to the house, the hyphenated century is the adjective
    trim = len(g.get("the") or "") if "-" in (g.get("sep") or "") else 0
    return Norm("DATE", f"{'BC' if bc else ''}{n - 1:{'01d' if millennium else '02d'}}", _mod(g), trim=trim)


def _season_code(word: str | None) -> str:
    return str(_table("seasons")[_key(word)])


def _season_year(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DATE", f"{_year_of(g):04d}-{_season_code(g['season'])}", _mod(g))


def _season_occurrences(code: str, around: int) -> list[tuple[int, date, date]]:
    """(label year, first day, day after last) of each occurrence of a season near a year; winter spans
    December of the year before to February of its label year."""
    out = []
    for year in range(around - 2, around + 3):
        first = date(year - 1, 12, 1) if code == "WI" else date(year, _SEASON_START[code], 1)
        out.append((year, first, dates.add_months(first, 3)))
    return out


def _season_after(code: str, g: Groups, ctx: Context, mod: str | None) -> Norm | None:
    """"the following spring", "that summer": counted from the date the story just named (a year, a
    month, a day), else from the publication date."""
    rel = _key(g.get("rel4"))
    parsed = dates.parse_value(ctx.anchor)
    if parsed is None and ctx.ref is None:
        return Norm("DATE", f"XXXX-{code}", mod)
    first, granularity = parsed if parsed is not None else (ctx.ref, "D")
    last = {"Y": date(first.year, 12, 31), "M": dates.add_months(first, 1) - timedelta(days=1)}.get(granularity, first)
    occurrences = _season_occurrences(code, first.year)
    if rel == "that":
        year = first.year
    elif rel in ("the following", "the next"):
        year = min(y for y, start, _ in occurrences if start > last)
    else:
        year = max(y for y, _, end in occurrences if end <= first)
    return Norm("DATE", f"{year:04d}-{code}", mod)


def _season_rel(g: Groups, ctx: Context) -> Norm | None:
    if g.get("rel4"):
        return _season_after(_season_code(g["season4"]), g, ctx, _mod(g))
    code = _season_code(g.get("season") or g.get("season2") or g.get("season3"))
    rel = _key(g.get("rel") or g.get("rel2") or g.get("the")).replace("this past", "past")
    mod = _mod(g) or _table("positions").get(_key(g.get("pos3")))
    if ctx.ref is None:
        if ctx.narrative_year and rel == "the":
            return Norm("DATE", f"{ctx.narrative_year:04d}-{code}", mod)
        return Norm("DATE", f"XXXX-{code}", mod)
    ref = ctx.ref
    occurrences = _season_occurrences(code, ref.year)
    if rel in ("last", "past"):
        year = max(y for y, _, end in occurrences if end <= ref)
    elif rel in ("next", "coming"):
        year = min(y for y, first, _ in occurrences if first > ref)
    elif rel == "the":
        year = max(y for y, first, _ in occurrences if first <= ref)
    else:
        year = min(y for y, _, end in occurrences if end > ref)
        if code != "WI" and year > ref.year and ctx.tense == "past":
            year = ref.year
    return Norm("DATE", f"{year:04d}-{code}", mod)


def _holiday_date(kind: str, rule: object, year: int) -> date:
    if kind == "fixed":
        mm, dd = str(rule).split("-")
        return date(year, int(mm), int(dd))
    if kind == "easter":
        return dates.easter(year) + timedelta(days=int(rule))
    m, wd, n = rule
    return dates.nth_weekday(year, m, wd, n)


def _holiday(g: Groups, ctx: Context) -> Norm | None:
    kind, rule = _table("holidays")[_key(g["hol"])]
    if g.get("y"):
        return Norm("DATE", dates.day(_holiday_date(kind, rule, int(g["y"] or 0))))
    if ctx.ref is None:
        if ctx.narrative_year and not g.get("rel"):
            # "In 1066 ... on Christmas Day he was crowned": the holiday of the year being told
            return Norm("DATE", dates.day(_holiday_date(kind, rule, ctx.narrative_year)))
        if kind == "fixed":
            return Norm("DATE", f"XXXX-{rule}")
        return None
    rel = _key(g.get("rel"))
    this = _holiday_date(kind, rule, ctx.ref.year)
    if rel == "last":
        year = ctx.ref.year if this < ctx.ref else ctx.ref.year - 1
    elif rel == "next":
        year = ctx.ref.year if this > ctx.ref else ctx.ref.year + 1
    else:
        year = dates.year_for(ctx.ref, this.month, this.day, ctx.tense)
    return Norm("DATE", dates.day(_holiday_date(kind, rule, year)))


def _weekday_expr(g: Groups, ctx: Context) -> Norm | None:
    wd = _weekday(g["wd"])
    pod = _key(g.get("pod"))
    pod_code = _POD_TIME[str(_table("pods")[pod])] if pod else ""
    if g.get("plural") or g.get("wds"):
        return Norm("SET", f"XXXX-WXX-{wd}{pod_code}")
    mod = _mod(g)
    typ = "TIME" if pod_code else "DATE"
    if ctx.ref is None:
        return Norm(typ, f"XXXX-WXX-{wd}{pod_code}", mod)
    rel = _key(g.get("rel"))
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


def _deictic(g: Groups, ctx: Context) -> Norm | None:
    word = _key(g["word"])
    pod = _key(g.get("pod"))
    mod = _mod(g)
    if word in ("tonight", "tonite"):
        pod = "night"
    day = _day_of(word if word not in ("tonite",) else "tonight", ctx) if ctx.ref else "XXXX-XX-XX"
    if pod:
        return Norm("TIME", day + _POD_TIME[str(_table("pods")[pod])], mod)
    return Norm("DATE", day, mod)


def _this_pod(g: Groups, ctx: Context) -> Norm | None:
    if g.get("pod2"):
        code = _POD_TIME[str(_table("pods")[_key(g["pod2"])])]
        pos = _table("positions").get(_key(g["pos2"]))
        day = _day_of(g.get("day"), ctx) if ctx.ref is not None else "XXXX-XX-XX"
        return Norm("TIME", day + code, pos)
    rel, pod = _key(g["rel"]), _key(g["pod"])
    code = _POD_TIME[str(_table("pods")[pod])]
    if ctx.ref is None:
        return Norm("TIME", "XXXX-XX-XX" + code, _mod(g))
    shift = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and pod != "night":
        return None
    return Norm("TIME", dates.day(ctx.ref + timedelta(days=shift)) + code, _mod(g))


def _the_year(g: Groups, ctx: Context) -> Norm | None:
    trim = len(g.get("pre") or "")
    if g.get("ended") is not None:
        return Norm("DURATION", "P1Y", trim=trim)
    return Norm("DATE", f"{ctx.ref.year:04d}" if ctx.ref else "XXXX", _mod(g), trim=trim)


def _year_end(g: Groups, ctx: Context) -> Norm | None:
    what = _key(g["what"])
    if ctx.ref is None:
        return Norm("DATE", "XXXX", "END" if "end" in what else "MID")
    if "mid" in what:
        return Norm("DATE", f"{ctx.ref.year:04d}", "MID")
    year = ctx.ref.year - 1 if ctx.tense == "past" else ctx.ref.year
    return Norm("DATE", f"{year:04d}-12-31")


def _the_week(g: Groups, ctx: Context) -> Norm | None:
    """"the week", and "later in the day", "earlier in the month": the current one of the story, that of
    the day it just named ("Stocks fell Friday. For the week, ..." in a Monday paper) or else of the
    publication date."""
    unit = _unit(g.get("unit") or "week")
    mod = _mod(g) or _table("positions").get(_key(g.get("pos2")))
    parsed = dates.parse_value(ctx.anchor)
    base = parsed[0] if parsed is not None and parsed[1] == "D" else ctx.ref
    if base is None:
        return Norm("DATE", {"D": "XXXX-XX-XX", "M": "XXXX-XX"}.get(unit, "XXXX-WXX"), mod)
    return Norm("DATE", dates.at_granularity(base, unit), mod)


def _end_of(g: Groups, ctx: Context) -> Norm | None:
    if g.get("ye"):
        return Norm("DATE", f"{ctx.ref.year:04d}" if ctx.ref else "XXXX", "END")
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}[_key(g["pos"])]
    unit = _unit(g["unit"])
    rel = _key(g["rel"])
    if ctx.ref is None:
        if ctx.narrative_year and rel == "the" and unit in ("Y", "DE", "CE"):
            # "In 1914 war broke out. By the end of the year ...": the year the story is telling
            digits = {"Y": 4, "DE": 3, "CE": 2}[unit]
            return Norm("DATE", f"{ctx.narrative_year:04d}"[:digits], mod)
        blank = {"M": "XXXX-XX", "W": "XXXX-WXX", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX"}
        return Norm("DATE", blank.get(unit, "XXXX"), mod)
    sign = {"last": -1, "next": 1}.get(rel, 0)
    return Norm("DATE", dates.at_granularity(dates.shift(ctx.ref, sign, unit), unit), mod)


def _weekend(g: Groups, ctx: Context) -> Norm | None:
    det = _key(g["det"])
    if ctx.ref is None:
        return Norm("DATE", "XXXX-WXX-WE")
    monday = ctx.ref - timedelta(days=ctx.ref.isoweekday() - 1)
    on_weekend = ctx.ref.isoweekday() >= 6
    if det == "last" or (det in ("the", "that") and ctx.tense != "future" and not on_weekend):
        monday -= timedelta(weeks=1)
    elif det == "next" and on_weekend:
        monday += timedelta(weeks=1)
    return Norm("DATE", dates.week(monday) + "-WE")


_MODAL = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must)\s+$")
_SPAN_BEFORE = re.compile(r"\b(?:over|for|during|throughout|within|in)\s+$")
_IN_BEFORE = re.compile(r"\bin\s+$")
_AMOUNT = re.compile(r"(?:\d|%|percent|cents?|dollars?|euros?|pounds?|million|billion|times|each|per)\W*$")


def _duration(g: Groups, ctx: Context) -> Norm | None:
    n_text = _key(g.get("n"))
    unit_word = _key(g["unit"])
    unit = _unit(unit_word)
    if g.get("adj") and "old" in _key(g["adj"]):
        return None
    if unit == "Q" and ("-" in (g.get("sep") or "") or n_text in ("a", "an", "one")):
        return None
    if n_text in ("a", "an", "one") and unit == "TS" and not g.get("half"):
        return None
    if n_text in ("some", "many") and not unit_word.endswith("s"):
        return None
    if n_text in ("a", "an") and not g.get("mod") and _AMOUNT.search(ctx.before):
        return None
    if n_text == "one" and unit == "D" and _MODAL.search(ctx.before):
        return Norm("DATE", "FUTURE_REF")  # "Islam will one day be..." is some day, not a day long
    n = _number(g.get("n")) if g.get("n") else 1
    if n is not None and (g.get("half") or g.get("nhalf")):
        n += 0.5
    adjectival = "-" in (g.get("sep") or "") or not unit_word.endswith("s")
    trim = len(g["the"] or "") if g.get("the") and adjectival and n != 1 and not g.get("mod") else 0
    if n_text in ("a", "an") and _key(g.get("adj")) == "-long" and not (g.get("mod") or g.get("the")):
        trim = len(g["n"] or "") + len(g.get("sep") or "")  # "a day-long meeting": the article is not part of it
    return Norm("DURATION", duration_value(n, unit), _mod(g), trim=trim)


def _recent_units(g: Groups, ctx: Context) -> Norm | None:
    adj, unit = _key(g.get("adj") or g.get("adj2")), _unit(g.get("unit") or g.get("unit2"))
    if adj == "recent" and unit == "Y":
        return Norm("DATE", "PAST_REF")
    return Norm("DURATION", duration_value(None, unit))


def _unit_long(g: Groups, ctx: Context) -> Norm | None:
    """"a day-long meeting", "the decades-long feud"."""
    word = _key(g["unit"])
    return Norm("DURATION", duration_value(None if word.endswith("s") else 1, _unit(word)))


def _bare_units(g: Groups, ctx: Context) -> Norm | None:
    """"for years", "in days", "over the years"; after a verb of lasting or "after", also "months of talks"."""
    return Norm("DURATION", duration_value(None, _unit(g.get("unit") or g.get("unit2"))))


def _year(g: Groups, ctx: Context) -> Norm | None:
    """A year; "c. 1500", "circa 1650" (history's approximate years) keep their marker, mod APPROX."""
    y = int(g["y"] or 0)
    return Norm("DATE", f"{y:04d}", "APPROX" if g.get("circa") else _mod(g))


def _year_tail(g: Groups, ctx: Context) -> Norm | None:
    """The "18" of "1914-18": the second year of a range, in the century of the first."""
    century, yy = int(g["century"] or 0), int(g["yy"] or 0)
    return Norm("DATE", f"{century * 100 + yy:04d}")


def _era_year(g: Groups, ctx: Context) -> Norm | None:
    """"AD 79", "44 BC": years before 1000 only count with their era; BC years as TIMEX2 does ("BC0044")."""
    y = int(g.get("y") or g.get("y2") or 0)
    era = _key(g.get("era")).replace(".", "")
    if y == 0 or y > 2100:
        return None
    return Norm("DATE", f"BC{y:04d}" if era.startswith("b") else f"{y:04d}")


def _spoken(text: str) -> int:
    """"nineteen ninety-six" -> 1996, "nineteen hundred" -> 1900, "two thousand one" -> 2001."""
    words = _key(text).replace("-", " ").split()
    cardinals = _table("cardinals")
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(sum(float(cardinals[w]) for w in words[2:] if w != "and"))
    century = int(cardinals[words[0]])
    if words[1:] == ["hundred"]:
        return century * 100
    return century * 100 + int(sum(float(cardinals[w]) for w in words[1:] if w != "o"))


def _spoken_year(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DATE", f"{_spoken(g['sy'] or ''):04d}")


def _vague(g: Groups, ctx: Context) -> Norm | None:
    k = _key(g["v"])
    trimmed = _table("vague_trim").get(k)
    trim = len(k) - len(str(trimmed)) if trimmed else 0
    return Norm("DATE", str(_table("vague")[k]), trim=trim)


NORMALISERS: dict[str, Callable[[Groups, Context], Norm | None]] = {
    "iso": _iso, "slash": _slash, "mdy": _full_date, "dmy": _full_date, "my": _month_year, "md": _month_day,
    "dm": _month_day, "clock": _clock, "clock_pod": _clock_pod, "clock24": _clock24, "military": _clock24,
    "named_time": _named_time, "every": _every,
    "frequency": _frequency, "adverb_set": _adverb_set, "quarter": _quarter, "half": _half, "period": _period,
    "quarter_adj": _period, "the_quarter": _the_quarter, "the_week": _the_week, "end_of": _end_of, "ago": _ago,
    "ago_adj": _ago_adj,
    "relative_day": _relative_day, "ordinal_day": _ordinal_day,
    "duration_rel": _duration_rel, "relative": _relative, "decade": _decade, "century": _century,
    "season_year": _season_year, "season_rel": _season_rel, "holiday": _holiday, "weekday": _weekday_expr,
    "deictic": _deictic, "this_pod": _this_pod, "the_year": _the_year, "year_end": _year_end,
    "weekend": _weekend, "duration": _duration, "recent_units": _recent_units, "bare_units": _bare_units,
    "the_years": _bare_units,
    "unit_long": _unit_long,
    "year": _year, "year_tail": _year_tail, "early_year": _year,
    "era_year": _era_year, "month_range": _month_year, "spoken_year": _spoken_year, "vague": _vague,
    "month": _month_alone,
}

# rules whose value depends on the tense of the sentence (the tagger computes it only for these)
TENSE_RULES = frozenset({"md", "dm", "ordinal_day", "month", "weekday", "quarter", "half", "season_rel", "holiday",
                         "weekend", "clock", "named_time", "year_end"})
# rules whose value depends on an anchor date or a quarter mentioned before
ANCHOR_RULES = frozenset({"ago", "ago_adj", "relative_day", "ordinal_day", "relative", "period", "quarter_adj",
                          "the_quarter", "weekday", "the_week", "season_rel", "month"})
# month names without a year, which an undated story dates by the year its narrative is in
NARRATIVE_RULES = frozenset({"md", "dm", "month", "season_rel", "end_of", "holiday"})
# rules whose value depends on the word before the match ("$5 a day", "over the past year")
BEFORE_RULES = frozenset({"duration", "relative"})
# times of day, which take their day from a date given earlier in the same sentence
CLOCK_RULES = frozenset({"clock", "clock_pod", "clock24", "military", "named_time"})
# rules that mean the quarter a results story is about, however far back it was named
QUARTER_RULES = frozenset({"the_quarter", "period", "quarter_adj"})
# rules that count with a bare number, which money, ids and counts can imitate
NUMERIC_RULES = frozenset({"year", "early_year", "year_tail", "slash", "clock24", "clock_pod", "iso", "duration"})


def normalise(rule: str, groups: Groups, ctx: Context) -> Norm | None:
    return NORMALISERS[rule](groups, ctx)
