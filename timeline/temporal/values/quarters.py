"""Quarters and halves, the calendar of results stories: "the third quarter", "the first half of 1990",
"the quarter" (the one the story reports), "the year-ago period"."""

from __future__ import annotations

import re

from timeline.temporal import dates
from timeline.temporal.values.base import Context, Groups, Norm, day_number, month_number, normal_key


def _explicit_year(g: Groups, ctx: Context, *keys: str) -> int | None:
    for k in keys:
        if g.get(k):
            return int(g[k] or 0)
    rel = normal_key(g.get("yrel") or g.get("the_year"))
    if rel and ctx.ref is not None:
        return ctx.ref.year + {"last year": -1, "next year": 1}.get(rel, 0)
    return None


def quarter(g: Groups, ctx: Context) -> Norm | None:
    """"the third quarter", "Q3 2012", "3Q", "the fiscal 2012 fourth quarter"; "the June quarter" is the
    quarter that ends in June."""
    if g.get("qmonth"):
        m = month_number(g["qmonth"])
        if g.get("y4"):
            year = int(g["y4"] or 0)
        elif ctx.ref is None:
            return Norm("DATE", f"XXXX-Q{(m - 1) // 3 + 1}")
        else:
            year = dates.year_for(ctx.ref, m, None, ctx.tense)
        return Norm("DATE", dates.quarter(year, (m - 1) // 3 + 1))
    if g.get("qn") or g.get("qn2"):
        n = g.get("qn") or g.get("qn2") or "1"
        g = {**g, "q": {"1": "first", "2": "second", "3": "third", "4": "fourth"}[n], "y": g.get("y3")}
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4}[normal_key(g["q"])]
    det = normal_key(g.get("det"))
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


def half(g: Groups, ctx: Context) -> Norm | None:
    h = 1 if normal_key(g["h"]) == "first" else 2  # "the latter half", "the last half" of a year: its second
    year = _explicit_year(g, ctx, "y", "yy")
    if year is None:
        if g.get("the_year") is None and not g.get("det"):
            return None
        if ctx.ref is None:
            return Norm("DATE", f"XXXX-H{h}")
        year = ctx.ref.year - 1 if (h == 2 and ctx.ref.month <= 6 and ctx.tense == "past") else ctx.ref.year
    return Norm("DATE", f"{year:04d}-H{h}")


def last_quarter(ctx: Context) -> tuple[int, int] | None:
    if ctx.quarter:
        m = re.match(r"^(\d{4})-Q([1-4])$", ctx.quarter)
        if m:
            return int(m.group(1)), int(m.group(2))
    if ctx.ref is None:
        return None
    y, q = dates.quarter_of(ctx.ref)
    return (y - 1, 4) if q == 1 else (y, q - 1)


def the_quarter(g: Groups, ctx: Context) -> Norm | None:
    """"the quarter" in a results story is the quarter reported (the first one it named, else the last
    complete one), or the calendar quarter holding most of the three months the text says it ended with
    ("the quarter ended Sept. 30" is Q3, "ended July 31" is May to July, Q2); "the 1988 quarter" is that
    quarter of another year."""
    if g.get("em") and ctx.ref is not None and not g.get("y"):
        m, d = month_number(g["em"]), day_number(g["ed"])
        if dates.valid_day(2000, m, d):
            year = dates.year_for(ctx.ref, m, d, "past")
            middle = m - 1 if m > 1 else 12  # the middle month of the three
            return Norm("DATE", dates.quarter(year - (m == 1), (middle - 1) // 3 + 1))
    last = last_quarter(ctx)
    if g.get("y"):
        return Norm("DATE", dates.quarter(int(g["y"] or 0), last[1])) if last else None
    if normal_key(g["what"]) != "quarter":
        return None
    return Norm("DATE", dates.quarter(*last)) if last else Norm("DATE", "XXXX-QX")


def period(g: Groups, ctx: Context) -> Norm | None:
    adj = normal_key(g.get("adj") or ("year-ago" if g.get("adj2") else ""))
    if ctx.ref is None:
        return Norm("DATE", "XXXX-QX")
    if adj == "current":
        return Norm("DATE", dates.quarter(*dates.quarter_of(ctx.ref)))
    last = last_quarter(ctx) if adj.startswith("year") or adj.startswith("prior-") else None
    if last is not None:
        return Norm("DATE", dates.quarter(last[0] - 1, last[1]))
    y, q = dates.quarter_of(ctx.ref)
    return Norm("DATE", dates.quarter(y, q - 1))
