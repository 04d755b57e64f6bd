"""Times of day: clock times ("6:50 p.m. Sunday", "0735 GMT", "4 in the morning"), named times ("noon"),
"today"/"tonight" and parts of day ("this morning", "late evening")."""

from __future__ import annotations

from datetime import timedelta

from timeline.temporal import dates
from timeline.temporal.values.absolute import full_date, month_day
from timeline.temporal.values.base import POD_TIME, Context, Groups, Norm, modifier, normal_key, table, weekday_number

_LATE = ("tonight", "this evening", "last night")


def _day_word(g: Groups, h: int) -> str | None:
    """The day word of a time: its own ("6:50 p.m. Sunday", "10:50 last night"), one after an aside, or one
    inside the aside if the aside gives the same hour ("4 a.m. (4 a.m. EDT Thursday)", not "1:47 a.m. (1747 GMT
    Monday)", which is another zone's day)."""
    if g.get("day") or g.get("aday"):
        return g.get("day") or g.get("aday")
    same_hour = g.get("ih") is None or int(g["ih"] or 0) % 12 == h % 12
    return g.get("iday") if same_hour else None


def _day_of(word: str | None, ctx: Context) -> str | None:
    """The date part of a time ("6:50 p.m. Sunday"), defaulting to the reference day."""
    w = normal_key(word)
    if w.startswith("this "):
        w = "today"
    elif w == "last night":
        w = "yesterday"
    if not w and dates.parse_day(ctx.anchor):
        return str(ctx.anchor)
    if ctx.ref is None:
        return f"XXXX-WXX-{weekday_number(w)}" if w in table("weekdays") else "XXXX-XX-XX"
    if not w or w in ("today", "tonight"):
        return dates.day(ctx.ref)
    if w == "yesterday":
        return dates.day(ctx.ref - timedelta(days=1))
    if w == "tomorrow":
        return dates.day(ctx.ref + timedelta(days=1))
    return dates.day(dates.nearest_weekday(ctx.ref, weekday_number(w), ctx.tense))


def clock(g: Groups, ctx: Context) -> Norm | None:
    h = int(g["h"] or 0)
    mi = int(g.get("mi") or 0)
    ap = normal_key(g.get("ap")).replace(".", "").replace(" ", "")
    if ap == "pm" and h != 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    day = _day_of(_day_word(g, h), ctx)
    if g.get("month2"):
        g = {**g, "month": g["month2"], "d": g["d2"], "y": g.get("y2")}  # "5 a.m. on 11 November 1918"
    if g.get("month"):
        dated = full_date(g, ctx) if g.get("y") else month_day(g, ctx)
        if dated is None:
            return None
        day = dated.value
    return Norm("TIME", f"{day}T{h:02d}:{mi:02d}", modifier(g))


def clock_pod(g: Groups, ctx: Context) -> Norm | None:
    """"4 in the morning", "8 o'clock in the evening": the part of the day says a.m. or p.m."""
    h = int(g["h"] or 0)
    pod = normal_key(g["pod"])
    if pod == "morning":
        h = 0 if h == 12 else h
    elif pod == "night":
        h = h if h < 5 else (h + 12) % 24
    elif h != 12:
        h += 12
    return Norm("TIME", f"{_day_of(_day_word(g, h), ctx)}T{h:02d}:{int(g.get('mi') or 0):02d}", modifier(g))


def clock24(g: Groups, ctx: Context) -> Norm | None:
    h, mi = int(g["h"] or 0), int(g["mi"] or 0)
    if h < 12 and normal_key(g.get("day")) in _LATE:
        h += 12  # "10:50 last night"
    return Norm("TIME", f"{_day_of(_day_word(g, h), ctx)}T{h:02d}:{mi:02d}", modifier(g))


def named_time(g: Groups, ctx: Context) -> Norm | None:
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[normal_key(g["named"])]
    return Norm("TIME", f"{_day_of(_day_word(g, 12), ctx)}T{clock}", modifier(g))


def deictic(g: Groups, ctx: Context) -> Norm | None:
    word = normal_key(g["word"])
    pod = normal_key(g.get("pod"))
    mod = modifier(g)
    if word in ("tonight", "tonite"):
        pod = "night"
    day = _day_of(word if word not in ("tonite",) else "tonight", ctx) if ctx.ref else "XXXX-XX-XX"
    if pod:
        return Norm("TIME", day + POD_TIME[str(table("pods")[pod])], mod)
    return Norm("DATE", day, mod)


def this_pod(g: Groups, ctx: Context) -> Norm | None:
    if g.get("pod2"):
        code = POD_TIME[str(table("pods")[normal_key(g["pod2"])])]
        pos = table("positions").get(normal_key(g["pos2"]))
        day = _day_of(g.get("day"), ctx) if ctx.ref is not None else "XXXX-XX-XX"
        return Norm("TIME", day + code, pos)
    rel, pod = normal_key(g["rel"]), normal_key(g["pod"])
    code = POD_TIME[str(table("pods")[pod])]
    if ctx.ref is None:
        return Norm("TIME", "XXXX-XX-XX" + code, modifier(g))
    shift = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and pod != "night":
        return None
    return Norm("TIME", dates.day(ctx.ref + timedelta(days=shift)) + code, modifier(g))
