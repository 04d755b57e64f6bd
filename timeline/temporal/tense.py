"""A cheap tense heuristic: whether the clause around a date reports the past, the future or the present.

"In May" in a November article means last May when the sentence reports what happened and next May when it
says what will; HeidelTime and alike use a parser's tags for this, here the nearest auxiliary or verb form
in the same sentence decides (no spaCy, a few microseconds a call).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from timeline.temporal.lexicon import lexicon, load

_WORD = re.compile(r"[A-Za-z][\w'’]*")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]+)$")
_WORD_AFTER = re.compile(r"[\s(]*([A-Za-z]+)")
_WINDOW = 200
# a past participle after these is not a past tense ("will be reviewed in May") and an -ed word after a
# determiner is an adjective ("on a still unspecified date")
_NOT_A_VERB_AFTER = frozenset({"be", "been", "being", "get", "gets", "a", "an", "the", "its", "his", "her", "their",
                               "our", "this", "that", "still", "very", "more", "most", "newly", "now"})




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


@cache
def _zone_words() -> frozenset[str]:
    """First words of time zones ("EDT", "Mountain" of "Mountain Time"): after "p.m." they start no sentence."""
    return frozenset(zone.split()[0] for zone in lexicon()["timezones"])


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load("tense")["abbreviations"])


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    """A full stop after an abbreviation or an initial ("the Roe vs. Wade decision", "Birmingham, Ala., killed",
    "James C. Kopp") does not end the sentence."""
    if text[m.start()] != ".":
        return True
    following = _WORD_AFTER.match(text, m.end())
    if following and (following.group(1)[:1].islower() or following.group(1) in _zone_words()):
        return False  # "p.m. EDT", "Inc. said": a sentence starts with a capital, and no zone names one
    word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if word is None:
        return True
    w = word.group(1)
    return not ((len(w) == 1 and w.isupper()) or w.lower() in _abbreviations())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], at most _WINDOW characters to either side."""
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if _ends_sentence(text, m):
            left = m.end()
    hi = min(len(text), end + _WINDOW)
    for m in _SENTENCE_END.finditer(text, end, hi):
        if _ends_sentence(text, m):
            return left, m.start() + 1
    return left, hi


@dataclass(frozen=True)
class _Lists:
    """The word lists of data/tense.json that steer deadlines and plans, read once."""

    future_before: frozenset[str]
    future_to: frozenset[str]
    not_infinitive: frozenset[str]
    past_plan: frozenset[str]
    strong_past: frozenset[str]
    weak_future: frozenset[str]
    future_base: frozenset[str]
    not_schedule_after: frozenset[str]
    future_phrases: tuple[tuple[str, ...], ...]


@cache
def _lists() -> _Lists:
    data = load("tense")
    return _Lists(frozenset(data["future_before"]), frozenset(data["future_to"]),
                  frozenset(data["not_infinitive_after"]), frozenset(data["past_plan"]),
                  frozenset(data["strong_past"]), frozenset(data["weak_future"]),
                  frozenset(data["future_base"]), frozenset(data["not_schedule_after"]),
                  tuple(tuple(p.split()) for p in data["future_before_phrases"]))


def _deadline(words: list[re.Match[str]]) -> bool:
    """Whether the words right before a date make it a deadline or an earliest time ("by", "as early as")."""
    if words[-1].group().lower() in _lists().future_before:
        return True
    tail = tuple(w.group().lower() for w in words[-3:])
    return any(tail[-len(p):] == p for p in _lists().future_phrases)


def tense_at(text: str, start: int, end: int) -> str | None:
    """"past", "future", "present" or None for the clause around text[start:end].

    The verb group governing a date in news usually comes before it ("said Sunday", "will meet on
    Thursday"), so the nearest cue on the left decides and the right side is only a fallback. A deadline
    word right before the date ("payable Dec. 15", "by May") reads as future unless a past auxiliary
    just before it says the deadline has passed."""
    left, right = sentence_bounds(text, start, end)
    words = list(_WORD.finditer(text, left, start))
    if words and start - words[-1].end() <= 1 and _deadline(words):
        # "payable Dec. 15" is ahead, "had been due by Dec. 15" and "Until Thursday, they had not" are not
        recent = {w.group().lower() for w in words[-6:]}
        recent.update(m.group().lower() for m in islice(_WORD.finditer(text, end, right), 4))
        return "past" if recent & _lists().strong_past else "future"
    lists = _lists()
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group().lower()
        if word == "to" and k > 0 and words[k - 1].group().lower() in lists.future_to and (
                k + 1 == len(words) or words[k + 1].group().lower() not in lists.not_infinitive):
            return "past" if k > 1 and words[k - 2].group().lower() in lists.past_plan else "future"
        kind = _kind(word)
        if kind == "past" and k > 0 and words[k - 1].group().lower() in _NOT_A_VERB_AFTER:
            continue
        schedule = word in lists.future_base or (kind == "future" and word.endswith("s"))
        if schedule and k > 0 and words[k - 1].group().lower() in lists.not_schedule_after:
            continue  # "did not meet Monday", "its plans Monday": negated, or a noun; the words before decide
        if word == "next" and k + 1 < len(words) and words[k + 1].group().lower() == "to":
            continue  # "the blasts next to the embassies": a place, not a time ahead
        if word in lists.future_base:
            return "future"
        if word in lists.weak_future:
            # "protesters planned a rally on Saturday" is ahead; "a service planned for Saturday was canceled"
            # is not: the verb right after the date says the plan is over
            after = next(_WORD.finditer(text, end, right), None)
            return "past" if after and after.group().lower() in lists.strong_past else "future"
        if kind:
            return kind
    for m in _WORD.finditer(text, end, right):
        kind = _kind(m.group())
        if kind:
            return kind
    return None
