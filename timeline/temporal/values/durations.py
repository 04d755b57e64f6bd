"""Lengths of time (TIMEX3 DURATION) and vague references: "444 days", "the past three months", "years",
"recently" (PAST_REF), "now" (PRESENT_REF)."""

from __future__ import annotations

import re

from timeline.temporal.values.base import (
    Context,
    Groups,
    Norm,
    duration_value,
    modifier,
    normal_key,
    number_value,
    table,
    unit_code,
)


def duration_rel(g: Groups, ctx: Context) -> Norm | None:
    """"the past three months", "the next two years or so" (APPROX); "the next 12 to 18 months" is of a size
    between its numbers, which TIMEX3 writes with X (PXM)."""
    n = number_value(g["n"]) if g.get("n") and not g.get("n2") else None
    return Norm("DURATION", duration_value(n, unit_code(g["unit"])), "APPROX" if g.get("orso") else modifier(g))


_MODAL = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must)\s+$")


SPAN_BEFORE = re.compile(r"\b(?:over|for|during|throughout|within|in)\s+$")


IN_BEFORE = re.compile(r"\bin\s+$")


_AMOUNT = re.compile(r"(?:\d|%|percent|cents?|dollars?|euros?|pounds?|million|billion|times|each|per)\W*$")


def duration(g: Groups, ctx: Context) -> Norm | None:
    n_text = normal_key(g.get("n"))
    unit_word = normal_key(g["unit"])
    unit = unit_code(unit_word)
    if g.get("adj") and "old" in normal_key(g["adj"]):
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
    n = number_value(g.get("n")) if g.get("n") else 1
    if g.get("n2"):
        n = None  # "two to three years", "five to seven days": a size between, unknown (PXY)
    if n is not None and (g.get("half") or g.get("nhalf")):
        n += 0.5
    adjectival = "-" in (g.get("sep") or "") or not unit_word.endswith("s")
    trim = len(g["the"] or "") if g.get("the") and adjectival and n != 1 and not g.get("mod") else 0
    if n_text in ("a", "an") and normal_key(g.get("adj")) == "-long" and not (g.get("mod") or g.get("the")):
        trim = len(g["n"] or "") + len(g.get("sep") or "")  # "a day-long meeting": the article is not part of it
    return Norm("DURATION", duration_value(n, unit), modifier(g), trim=trim)


def recent_units(g: Groups, ctx: Context) -> Norm | None:
    adj, unit = normal_key(g.get("adj") or g.get("adj2")), unit_code(g.get("unit") or g.get("unit2"))
    if adj == "recent" and unit in ("Y", "SEASON"):  # "in recent years", "in recent seasons"
        return Norm("DATE", "PAST_REF")
    return Norm("DURATION", duration_value(None, unit))


def unit_long(g: Groups, ctx: Context) -> Norm | None:
    """"a day-long meeting", "the decades-long feud"."""
    word = normal_key(g["unit"])
    return Norm("DURATION", duration_value(None if word.endswith("s") else 1, unit_code(word)))


def bare_units(g: Groups, ctx: Context) -> Norm | None:
    """"for years", "in days", "over the years"; after a verb of lasting or "after", also "months of talks"."""
    return Norm("DURATION", duration_value(None, unit_code(g.get("unit") or g.get("unit2"))))


def vague(g: Groups, ctx: Context) -> Norm | None:
    k = normal_key(g["v"])
    trimmed = table("vague_trim").get(k)
    trim = len(k) - len(str(trimmed)) if trimmed else 0
    return Norm("DATE", str(table("vague")[k]), trim=trim)
