"""Article text made fit to draw and to label with.

Article text is untrusted and arbitrary: control characters, zero-width and direction-override marks, words
longer than a label, dollar signs. Everything drawn goes through `clean` here, and every matplotlib text is
created with `parse_math=False` by the drawing code, so "$5 billion and $3 million" is drawn as written.
"""

from __future__ import annotations

import re
import textwrap

from timeline.model import EventDate
from timeline.timex import day_number, parse_day

_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SPACE = re.compile(r"\s+")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {"WI": "Winter", "SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn"}
ELLIPSIS = "\u2026"


def clean(text: str | None) -> str:
    """One line of visible text: invisible and control characters dropped, whitespace collapsed."""
    if not text:
        return ""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-\u2013\u2014") + ELLIPSIS


def wrap(text: str, width: int, max_lines: int) -> list[str]:
    """`text` wrapped to lines of at most `width` characters, the last line ending in an ellipsis if cut."""
    lines = textwrap.wrap(clean(text), width=max(width, 4), break_long_words=True, break_on_hyphens=True)
    if len(lines) <= max_lines:
        return lines
    kept = lines[: max_lines - 1]
    kept.append(shorten(" ".join(lines[max_lines - 1:]), width))
    return kept


def year_label(year: int) -> str:
    """A year as a reader writes it, from its astronomical number (0 is 1 BC): "1953", "AD 79", "44 BC"."""
    if year <= 0:
        return f"{1 - year} BC"
    return str(year) if year >= 1000 else f"AD {year}"


def _month(year: int, month: int) -> str:
    return f"{_MONTHS[month - 1]} {year_label(year)}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_label(when: EventDate) -> str:
    """How a reader says the date, at exactly the precision known: "1953", "Aug 1953", "4 Nov 1979",
    "15 Mar 44 BC", "5th century BC"."""
    (y0, m0, d0), (y1, m1, d1) = parse_day(when.start), parse_day(when.end)
    g = when.granularity
    if g in ("day", "time"):
        first = f"{d0} {_month(y0, m0)}"
        return first if day_number(when.end) <= day_number(when.start) else f"{first} \u2013 {d1} {_month(y1, m1)}"
    if g == "week":
        return f"week of {d0} {_month(y0, m0)}"
    if g == "month":
        return _month(y0, m0)
    if g == "season":
        season = _SEASONS.get(when.value.strip().upper()[-2:], "")
        return f"{season} {year_label(y1)}".strip()
    if g == "quarter":
        if m0 == 1 and m1 == 6:
            return f"H1 {year_label(y0)}"
        if m0 == 7 and m1 == 12:
            return f"H2 {year_label(y0)}"
        return f"Q{(m0 - 1) // 3 + 1} {year_label(y0)}"
    if g == "year":
        return year_label(y0)
    if y1 <= 0 and g in ("decade", "century", "millennium"):
        last = 1 - y1
        if g == "decade":
            return f"{last // 10 * 10}s BC"
        return f"{_ordinal(last // (100 if g == 'century' else 1000) + 1)} {g} BC"
    if g == "decade":
        return f"{y0 // 10 * 10}s"
    if g == "century":
        return f"{_ordinal(y0 // 100 + 1)} century"
    return f"{year_label(y0)}\u2013{year_label(y1)}"


def range_label(first: EventDate, last: EventDate) -> str:
    """The span of a story, "1953 to Nov 2019", at the precision of its two ends."""
    a, b = date_label(first), date_label(last)
    return a if a == b else f"{a} to {b}"
