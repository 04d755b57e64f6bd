"""Seasons and holidays: "the spring of 1945", "last summer", "Christmas", "Easter"."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.temporal import dates
from timeline.temporal.values.absolute import year_of
from timeline.temporal.values.base import Context, Groups, Norm, modifier, normal_key, table

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_code(word: str | None) -> str:
    return str(table("seasons")[normal_key(word)])


def season_year(g: Groups, ctx: Context) -> Norm | None:
    """"the summer of 1944"; "the winter of 1944-45" is the winter that ends in 1945, the one "1945-WI" names
    (a winter runs from December of the year before)."""
    year, code = year_of(g), _season_code(g["season"])
    if code == "WI" and g.get("y2"):
        year += 1
    return Norm("DATE", f"{year:04d}-{code}", modifier(g))


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
    rel = normal_key(g.get("rel4"))
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


def _season_of_year(g: Groups, ctx: Context) -> Norm:
    """"the autumn of that year", "the spring of the following year": a season of the year the story is at."""
    code, mod = _season_code(g["season7"]), table("positions").get(normal_key(g.get("pos7")))
    parsed = dates.parse_value(ctx.anchor)
    base = parsed[0].year if parsed is not None else ctx.ref.year if ctx.ref is not None else None
    if base is None:
        return Norm("DATE", f"XXXX-{code}", mod)
    shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(normal_key(g["fyear"]), 0)
    return Norm("DATE", f"{base + shift:04d}-{code}", mod)


def anniversary(g: Groups, ctx: Context) -> Norm | None:
    """"On this day in 1943", "Today in 1642": the day of publication in that year, as history columns
    write it ("On" stays outside the extent)."""
    year, trim = int(g["y"] or 0), len(g.get("on") or "")
    if ctx.ref is None or not dates.valid_day(year, ctx.ref.month, ctx.ref.day):
        return Norm("DATE", f"{year:04d}", trim=trim)
    return Norm("DATE", f"{year:04d}-{ctx.ref.month:02d}-{ctx.ref.day:02d}", trim=trim)


def season_rel(g: Groups, ctx: Context) -> Norm | None:
    if g.get("season7"):
        return _season_of_year(g, ctx)
    if g.get("rel4"):
        return _season_after(_season_code(g["season4"]), g, ctx, modifier(g))
    bare = g.get("season5") or g.get("season6")  # "by late summer", "in spring": the one the story is at
    code = _season_code(g.get("season") or g.get("season2") or g.get("season3") or bare)
    rel = "the" if bare else normal_key(g.get("rel") or g.get("rel2") or g.get("the")).replace("this past", "past")
    if (bare or rel == "the") and ctx.tense == "future":
        rel = ""  # "will reopen in spring", "sealed by the summer": the first one not yet over
    mod = modifier(g) or table("positions").get(normal_key(g.get("pos3") or g.get("pos5")))
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


def holiday(g: Groups, ctx: Context) -> Norm | None:
    kind, rule = table("holidays")[normal_key(g["hol"])]
    if g.get("y"):
        return Norm("DATE", dates.day(_holiday_date(kind, rule, int(g["y"] or 0))))
    if ctx.ref is None:
        if ctx.narrative_year and not g.get("rel"):
            # "In 1066 ... on Christmas Day he was crowned": the holiday of the year being told
            return Norm("DATE", dates.day(_holiday_date(kind, rule, ctx.narrative_year)))
        if kind == "fixed":
            return Norm("DATE", f"XXXX-{rule}")
        return None
    rel = normal_key(g.get("rel"))
    this = _holiday_date(kind, rule, ctx.ref.year)
    if rel == "last":
        year = ctx.ref.year if this < ctx.ref else ctx.ref.year - 1
    elif rel == "next":
        year = ctx.ref.year if this > ctx.ref else ctx.ref.year + 1
    else:
        year = dates.year_for(ctx.ref, this.month, this.day, ctx.tense)
    return Norm("DATE", dates.day(_holiday_date(kind, rule, year)))
