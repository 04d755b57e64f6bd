"""Article text made fit to draw and to label with.

Article text is untrusted and arbitrary: control characters, zero-width and direction-override marks, words
longer than a label, dollar signs. Everything drawn goes through `clean` here, and every matplotlib text is
created with `parse_math=False` by the drawing code, so "$5 billion and $3 million" is drawn as written.
"""

from __future__ import annotations

import re
import textwrap
from datetime import date

from timeline.model import EventDate

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


def _month(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.year}"


def date_label(when: EventDate) -> str:
    """How a reader says the date, at exactly the precision known: "1953", "Aug 1953", "4 Nov 1979"."""
    start, end = date.fromisoformat(when.start), date.fromisoformat(when.end)
    g = when.granularity
    if g in ("day", "time"):
        first = f"{start.day} {_month(start)}"
        return first if end <= start else f"{first} \u2013 {end.day} {_month(end)}"
    if g == "week":
        return f"week of {start.day} {_month(start)}"
    if g == "month":
        return _month(start)
    if g == "season":
        season = _SEASONS.get(when.value.strip().upper()[-2:], "")
        return f"{season} {end.year}".strip()
    if g == "quarter":
        if start.month == 1 and end.month == 6:
            return f"H1 {start.year}"
        if start.month == 7 and end.month == 12:
            return f"H2 {start.year}"
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if g == "year":
        return str(start.year)
    if g == "decade":
        return f"{start.year // 10 * 10}s"
    if g == "century":
        n = start.year // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century"
    return f"{start.year}\u2013{end.year}"


def range_label(first: EventDate, last: EventDate) -> str:
    """The span of a story, "1953 to Nov 2019", at the precision of its two ends."""
    a, b = date_label(first), date_label(last)
    return a if a == b else f"{a} to {b}"
