"""A cheap tense heuristic: whether the clause around a date reports the past, the future or the present.

"In May" in a November article means last May when the sentence reports what happened and next May when it
says what will; HeidelTime and alike use a parser's tags for this, here the nearest auxiliary or verb form
in the same sentence decides (no spaCy, a few microseconds a call).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.temporal.lexicon import load

_WORD = re.compile(r"[A-Za-z][\w'’]*")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_WINDOW = 200


@cache
def _cues() -> dict[str, str]:
    data = load("tense")
    cues = {}
    for kind in ("past", "present", "future"):
        for word in data[kind]:
            cues.setdefault(word, kind)
    return cues


@cache
def _not_past() -> frozenset[str]:
    return frozenset(load("tense")["not_past"])


def _kind(word: str) -> str | None:
    w = word.lower()
    kind = _cues().get(w)
    if kind:
        return kind
    if len(w) > 4 and w.endswith("ed") and w not in _not_past():
        return "past"
    return None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    return left, (m.start() + 1 if m else min(len(text), end + _WINDOW))


@cache
def _future_before() -> frozenset[str]:
    return frozenset(load("tense")["future_before"])


def tense_at(text: str, start: int, end: int) -> str | None:
    """"past", "future", "present" or None for the clause around text[start:end]."""
    left, right = sentence_bounds(text, start, end)
    best: tuple[int, str] | None = None
    last = None
    for m in _WORD.finditer(text, left, start):
        last = m
        kind = _kind(m.group())
        if kind:
            best = (start - m.end(), kind)
    if last is not None and start - last.end() <= 1 and last.group().lower() in _future_before():
        return "future"
    for m in _WORD.finditer(text, end, right):
        if best is not None and m.start() - end >= best[0]:
            break
        kind = _kind(m.group())
        if kind:
            best = (m.start() - end, kind)
            break
    return best[1] if best else None
