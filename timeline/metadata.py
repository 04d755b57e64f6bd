"""Article metadata from the text itself, and the lines that are not article prose.

Scraped articles arrive as plain text with a header ("Published at: ...", "Original: [Source](url)"), a dateline
("July 18, 2019" alone on a line), or nothing at all, and often with page furniture around the prose: stock
tickers, navigation menus, "Leave a Reply" forms, keyword dumps. This module reads the header and dateline and
marks the furniture as ignored spans, so that no later stage can date, name or narrate junk.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from importlib import resources

import dateparser

from timeline.model import Document, PublishedFrom

_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.+?)\s*$")
_MD_LINK = re.compile(r"^\[([^\]]*)\]\(([^)\s]+)\)$")
_HEADING = re.compile(r"^\s{0,3}#{1,2}\s+(\S.*?)\s*#*\s*$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_MONTH_WORD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.I)
_NUMERIC_TOKEN = re.compile(r"^[-+]?[$€£]?\d[\d.,]*%?$|^[A-Za-z&]*\d[\d.,]*%?$")
_SEPARATORS = re.compile(r"\s[|•·]\s|^\s*[•·]\s")
_PROSE_PUNCT = re.compile(r"[.!?,;:\"“”()]")
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^()\n]{1,40})?"  # place, optional region or date
    r"\s\(([A-Z][\w .&'-]{1,30})\)\s*(?:[-–—_]{1,2}|:)(?:\s|$)"  # (Agency) and its dash
)
"""A wire dateline opening a story: "NAIROBI, Kenya (AP) _", "WASHINGTON, August 8 (Xinhua) --", "Dubai (Reuters) -"."""
_HEADER_ZONE_LINES = 12


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], ...]:
    lines = resources.files("timeline").joinpath("data/boilerplate.txt").read_text("utf-8").splitlines()
    phrases = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    return tuple(re.compile(re.escape(p) + (r"(?![a-z])" if p[-1].isalpha() else ""), re.I) for p in phrases)


@lru_cache(maxsize=1)
def _header_fields() -> dict[str, str]:
    data = json.loads(resources.files("timeline").joinpath("data/header_fields.json").read_text("utf-8"))
    return {name: field for field, names in data.items() if not field.startswith("_") for name in names}


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _clean(value: str) -> str | None:
    value = value.strip().strip("*_`").strip()
    return value or None


def parse_date(value: str) -> str | None:
    """An ISO date from a metadata value ("2019-11-03T20:55:20+00:00", "November 3, 2019"), or None.

    Only complete dates count: a header that gives a month alone says too little to resolve "on Sunday".
    """
    value = value.strip()
    m = _ISO_DATE.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if not _YEAR.search(value):
        return None
    parsed = dateparser.parse(
        value, languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                  "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


def is_ticker(line: str) -> bool:
    """A line of market data: mostly numbers, with percentages or decimals, few words."""
    tokens = [t for t in re.split(r"[\s|•·]+", line.strip()) if t]
    if len(tokens) < 3:
        return False
    numeric = sum(1 for t in tokens if _NUMERIC_TOKEN.match(t))
    return numeric * 2 >= len(tokens) and ("%" in line or len(re.findall(r"\d\.\d", line)) >= 2)


def is_menu(line: str) -> bool:
    """Navigation or share bars: short items joined by | or bullets, none of them a sentence."""
    if not _SEPARATORS.search(line):
        return False
    parts = [p.strip() for p in re.split(r"[|•·]", line) if p.strip()]
    return bool(parts) and all(len(p.split()) <= 6 and not p.endswith(".") for p in parts)


def is_boilerplate(line: str) -> bool:
    """A short line of page furniture ("Leave a Reply", "Share this article", "Copyright ...")."""
    s = line.strip().lstrip("•·*-# ").strip()
    return bool(s) and len(s.split()) <= 14 and any(p.match(s) for p in _boilerplate())


def is_keyword_dump(line: str) -> bool:
    """A tag cloud or keyword list: many words and no punctuation a sentence would have."""
    s = line.strip()
    return len(s.split()) >= 10 and not _PROSE_PUNCT.search(s)


def is_dateline(line: str) -> str | None:
    """The ISO date of a line that is only a date ("July 18, 2019", "Tuesday, 3 November 2019"), else None."""
    s = line.strip().strip("*_").strip()
    if not s or len(s) > 40 or len(s.split()) > 6 or not _YEAR.search(s):
        return None
    if not (_MONTH_WORD.search(s) or _ISO_DATE.match(s)):
        return None
    return parse_date(s)


def describe(doc: Document) -> Document:
    """The document with what its text says about it: header fields, title and dateline, and the spans of its
    non-prose lines as `ignored`."""
    text = doc.text
    fields = _header_fields()
    found: dict[str, str] = {}
    ignored: list[tuple[int, int]] = []
    title: str | None = None
    published_from: PublishedFrom | None = None
    candidates: list[str] = []
    seen_prose = 0
    for start, end, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        in_header = seen_prose < _HEADER_ZONE_LINES
        field = _FIELD.match(s) if in_header else None
        key = fields.get(field[1].strip().lower()) if field else None
        if key and key not in found:
            value = _clean(field[2])
            link = _MD_LINK.match(value or "")
            if link and key in ("source", "url"):
                found.setdefault("source", _clean(link[1]) or "")
                found.setdefault("url", link[2])
            elif value:
                found[key] = value
            ignored.append((start, end))
            continue
        if is_ticker(s) or is_menu(s) or is_boilerplate(s):
            ignored.append((start, end))
            continue
        heading = _HEADING.match(line) if in_header else None
        if heading and title is None:
            title = _clean(heading[1])
            seen_prose += 1
            continue
        dateline = is_dateline(s) if in_header else None
        if dateline:
            found.setdefault("dateline", dateline)
            ignored.append((start, end))
            continue
        if is_keyword_dump(s):
            ignored.append((start, end))
            continue
        if in_header:
            candidates.append(s)
        seen_prose += 1
    published = parse_date(found["published"]) if "published" in found else None
    if published:
        published_from = "metadata"
    elif "dateline" in found:
        published, published_from = found["dateline"], "dateline"
    if title is None:
        title = found.get("title") or _headline(candidates[:4])
    source = found.get("source") or None
    if source is None:
        wire = next((m for m in map(_WIRE_DATELINE.match, candidates) if m), None)
        source = wire[1] if wire else None
    return replace(doc, title=title, source=source, url=found.get("url"), author=found.get("author"),
                   published=published, published_from=published_from, ignored=tuple(ignored))


def _headline(lines: list[str]) -> str | None:
    """The first line near the top that reads like a headline: a few words, not ending like a sentence, and not
    a wire dateline."""
    for s in lines:
        words = s.split()
        bare = s.rstrip("\"'”’)] ")
        if (4 <= len(words) <= 18 and not bare.endswith((".", ":", ";", ",", "-", "_", "—")) and s[0].isupper()
                and not _WIRE_DATELINE.match(s)):
            return s
    return None
