"""Publication dates from the text itself, for articles that carry no date in metadata or a dateline.

Conservative by design: a wrong date silently shifts every relative expression of an article, so a date is
only inferred when the text pins it down on its own (a weekday that agrees with a full calendar date), and
an article that does not is left undated.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.model import Document, Mention
from timeline.temporal import lexicon as lx
from timeline.temporal.tense import tense_at

_YEAR = re.compile(r"^(\d{4})(?:-\d{2}(?:-\d{2})?)?$")
_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEARLESS = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>before|after|ahead\s+of|prior\s+to)|(?P<eve>on\s+the\s+eve\s+of)|(?P<on>on))\s+the\s+"
    r"(?P<nth>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b", re.IGNORECASE)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _weekday_of(text: str) -> int | None:
    m = _FIRST_WORD.match(text)
    return lx.weekdays().get(m.group().lower()) if m else None


def _explicit_years(mentions: list[Mention]) -> list[int]:
    return [int(m.group(1)) for x in mentions if x.type == "DATE" and (m := _YEAR.match(x.value))]


def _full_dates(mentions: list[Mention]) -> list[date]:
    out = []
    for x in mentions:
        m = _FULL.match(x.value)
        if m and x.type == "DATE":
            try:
                out.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            except ValueError:
                continue
    return out


def _from_weekday_date(text: str, mentions: list[Mention]) -> date | None:
    """"Sunday November 3" with the latest explicit year of the article whose calendar agrees; a date the
    article looks forward to ("the vote on Tuesday, Nov. 5 will...") says nothing of when it appeared."""
    years = _explicit_years(mentions)
    if not years:
        return None
    latest = max(years)
    found: set[date] = set()
    for x in mentions:
        m = _YEARLESS.match(x.value)
        wd = _weekday_of(x.text)
        if not m or wd is None or tense_at(text, x.start, x.end) == "future":
            continue
        try:
            d = date(latest, int(m.group(1)), int(m.group(2)))
        except ValueError:
            continue
        if d.isoweekday() == wd:
            found.add(d)
    if not found:
        return None
    candidate = max(found)
    if any(full > candidate for full in _full_dates(mentions)):
        return None
    return candidate


def _from_anniversary(text: str, mentions: list[Mention]) -> date | None:
    """A weekday the article names plus "a day before the 40th anniversary of" a fully dated event."""
    weekdays = {int(m.group(1)) for x in mentions if (m := _WEEKDAY.match(x.value))}
    events = _full_dates(mentions)
    if not weekdays or not events:
        return None
    found: set[date] = set()
    for m in _ANNIVERSARY.finditer(text):
        nth = int(m.group("nth"))
        if m.group("eve"):
            offset = -1
        elif m.group("on"):
            offset = 0
        else:
            n = _SMALL.get(m.group("n").lower()) or int(m.group("n"))
            days = n * (7 if m.group("unit").lower().startswith("week") else 1)
            offset = days if m.group("dir").lower() == "after" else -days
        for event in events:
            try:
                candidate = event.replace(year=event.year + nth) + timedelta(days=offset)
            except ValueError:
                continue
            if candidate.isoweekday() in weekdays:
                found.add(candidate)
    return found.pop() if len(found) == 1 else None


def infer_published(doc: Document, mentions: list[Mention] | None = None) -> Document:
    """`doc` with `published` inferred from its text (published_from="text") when the text is unambiguous;
    `doc` unchanged when it already has a date or the text does not settle one."""
    if doc.published:
        return doc
    if mentions is None:
        from timeline.temporal.tagger import tag_document

        mentions = tag_document(doc)
    found = _from_weekday_date(doc.text, mentions) or _from_anniversary(doc.text, mentions)
    if found is None:
        return doc
    return replace(doc, published=found.isoformat(), published_from="text")
