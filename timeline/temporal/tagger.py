"""Stage 1 proper: scan a document with the grammar, filter what only looks like a date, normalise the rest.

Pure and deterministic: the same document always gives the same mentions, whatever the day it runs, and
nothing is resolved without the document's own publication date.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.model import Document, Mention
from timeline.temporal import dates
from timeline.temporal import lexicon as lx
from timeline.temporal.grammar import RuleMatch, grammar
from timeline.temporal.normalise import (
    ANCHOR_RULES,
    BEFORE_RULES,
    CLOCK_RULES,
    NARRATIVE_RULES,
    NUMERIC_RULES,
    QUARTER_RULES,
    TENSE_RULES,
    normalise,
)
from timeline.temporal.tense import sentence_bounds, tense_at
from timeline.temporal.values.base import Context, Norm, day_number, month_number

_CACHE: dict[tuple[str, str, tuple[str | None, ...], Context], Norm | None] = {}
_CACHE_LIMIT = 200_000
_ANCHOR_REACH = 300
_DAY_ANCHOR_REACH = 1000
_QUARTER_REACH = 300
_DURATION_ANCHOR_REACH = 400
_NARRATIVE_REACH = 1500
_PREV_WORD = re.compile(r"([^\s]+)\s*$")
_NEXT_WORD = re.compile(r"^\s*([%\w$€£-]+(?:\s+cent)?)")
_ABSOLUTE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_BC_YEAR = re.compile(r"^BC\d{4}$")
_PERFECT = re.compile(r"\b(?:had|having|hadn't|had not)\b", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"^\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])$")
_YEAR_BEFORE_DASH = re.compile(r"(?<!\d)(?:1\d|20)\d\d\s*[-–—]$")
_LOWER_WORD = re.compile(r" [a-z]+\b")
_URLISH = ("://", "www.", "@", ".com", ".htm", "=", ".org", ".net")
_RAW_PREV_WORD = re.compile(r"(?<![\w.,;:!?'’\"”)\]&-])([A-Za-z][\w&-]*) $")
_ADDRESS = re.compile(r" (?:[A-Z][\w.'’-]*\s){1,3}(?P<suffix>[A-Z][a-z]*\.?)(?![\w-])")
_RANGE_AFTER = re.compile(r"\s*(?:to|[-–—])\s*(?P<n>\d{4})(?!\d|[,.]\d)")
_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?P<n>\d{4})\s*(?:to|[-–—])\s*$")
_RANGE_SPAN = 150
_RELATIVE_GROUPS = ("rel", "yrel", "fyear", "wd")
_HISTORY_GAP = 10
_DIGIT_GROUP_BEFORE = re.compile(r"(?<![\w,.])\d{2,}[ ]$")
_DIGIT_GROUP_AFTER = re.compile(r"[ ]\d{2,}(?=[ ]?\d|[ ]*(?:[.;,)|]|$))")
_HYPHEN_WORD = re.compile(r"[-–]([a-z]+)\b")
_PLURAL_AFTER = re.compile(r" ([a-z]{3,}s)\b(?!['’])")
_NAME_AFTER = re.compile(r"['’]?\s+(\w+)")


@cache
def _words(name: str) -> frozenset[str]:
    if name in ("before_number", "after_number", "after_frequency_word", "before_named_time", "year_prefixes",
                "street_suffixes", "year_name_words", "year_plurals",
                "model_year_makes", "temperature_words", "before_day_name", "after_day_name",
                "clock_labels", "not_event_name_heads", "game_words", "game_clock_after"):
        return frozenset(lx.load("negative")[name])
    return frozenset(lx.lexicon()[name])


@cache
def _ambiguous_months() -> frozenset[str]:
    return frozenset(lx.lexicon()["ambiguous_months"])


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text[end:end + 30])
    return m.group(1).lower() if m else ""


def _looks_like_url(text: str, start: int, end: int) -> bool:
    left = text.rfind(" ", max(0, start - 120), start) + 1
    right = text.find(" ", end, end + 120)
    chunk = text[left:right if right >= 0 else end + 120]
    return any(u in chunk for u in _URLISH) or text[start - 1:start] == "/" or text[end:end + 1] == "/"


def _false_number(text: str, rm: RuleMatch) -> bool:
    """Money, percentages, ids and counts: numbers that only look like years, times or durations."""
    first = text[rm.start]
    if not first.isdigit():
        return False
    before = text[rm.start - 1:rm.start]
    if before in ("$", "£", "€", "¥", "#", "+", "."):
        return True
    if before in ("-", "–", "—"):
        if _YEAR_BEFORE_DASH.search(text, max(0, rm.start - 6), rm.start):
            return rm.rule == "duration"  # the "20" of "the 2019-20 season" is a year, not 20 seasons
        return _prev_word(text, rm.start - 1) not in _words("year_prefixes")
    if _DIGIT_GROUP_BEFORE.search(text, max(0, rm.start - 8), rm.start) or _DIGIT_GROUP_AFTER.match(text, rm.end):
        return True  # one group of a phone number, an account or a serial ("Fax 020 7946 1999")
    prev = _prev_word(text, rm.start)
    if prev in _words("before_number") or prev[-1:] in ("$", "#"):
        return True
    if rm.rule == "duration":
        return False
    nxt = _next_word(text, rm.end)
    if nxt in _words("after_number") or nxt.startswith("%"):
        return True
    if rm.rule == "year":
        return _false_year(text, rm, prev)
    return False


def _false_year(text: str, rm: RuleMatch, prev: str) -> bool:
    """A bare four-digit number that is a name, an address or a count: "Windows 2000", "UA 1549",
    "1600 Pennsylvania Avenue", "from 1500 to 2000 dollars", "a vote of 1997 to 1203"."""
    y = int(rm.groups.get("y") or 0)
    if rm.groups.get("pos") or rm.groups.get("fiscal"):
        return False
    if _names_a_thing(text, rm.start) or _is_address(text, rm.end) or _counts_things(text, rm, prev):
        return True
    if (prev in _words("month_determiners") and _next_word(text, rm.end) in _words("model_year_makes")
            and text[rm.end + 1:rm.end + 2].isupper()):
        return True  # a model year names a product ("a 1965 Ford Mustang"), as TimeML reads it: no TIMEX
    compound = _HYPHEN_WORD.match(text, rm.end)
    if compound and {compound.group(1), compound.group(1) + "s"} & _words("after_number"):
        return True  # a measure, not a year: "the 2000-mile trip", "a 1500-page report"
    after = _RANGE_AFTER.match(text, rm.end)
    if after and (int(after.group("n")) < y or _next_word(text, after.end()) in _words("after_number")):
        return True
    before = _RANGE_BEFORE.search(text, max(0, rm.start - 12), rm.start)
    if before and int(before.group("n")) > y:
        return True
    if y < 1900:
        in_range = (after and int(after.group("n")) - y <= _RANGE_SPAN) or (
            before and y - int(before.group("n")) <= _RANGE_SPAN)
        return not in_range and prev.strip("(,") not in _words("year_context") and prev[-1:] not in ("(", ",")
    return False


def _counts_things(text: str, rm: RuleMatch, prev: str) -> bool:
    """A number between a word that is no preposition or determiner and a plural noun counts that noun ("the
    museum holds 2000 objects"); after "in", "the" or a possessive it is a year ("in 1998 prices", "its 1998
    results"), and before "earnings" or "sales" a year modifies them."""
    m = _PLURAL_AFTER.match(text, rm.end)
    if not m or not prev.isalpha() or not prev.islower():
        return False
    noun = m.group(1)
    if noun.endswith(("ss", "us", "is")) or noun in _words("year_plurals") or noun in lx.units():
        return False
    return not any(prev in _words(name) for name in ("year_context", "month_context", "month_determiners"))


def _is_address(text: str, end: int) -> bool:
    """A number before capitalised words ending in a street word is a house number ("2015 Main Street")."""
    m = _ADDRESS.match(text, end)
    return bool(m) and m.group("suffix").lower().rstrip(".") in _words("street_suffixes")


def _names_a_thing(text: str, start: int) -> bool:
    """A year right after a capitalised word that is no preposition, determiner, month or event is part of a
    name: a product, model, flight or law ("Windows 2000", "Peugeot 2008", "UA 1549", "Agenda 2030")."""
    return _after_a_name(text, start, "year_name_words")


def _after_a_name(text: str, start: int, allowed: str = "clock_labels") -> bool:
    """The number at `start` follows a capitalised word that is none of the words a date or time may follow
    (prepositions, determiners, month and day names, and the list `allowed`)."""
    m = _RAW_PREV_WORD.search(text, max(0, start - 30), start)
    if not m or not m.group(1)[:1].isupper():
        return False
    word = m.group(1).lower()
    return not any(word in _words(name) for name in (
        "year_context", "month_context", "month_determiners", allowed, "months", "month_abbreviations",
        "seasons", "weekdays", "weekday_abbreviations"))


def _month_alone_ok(text: str, rm: RuleMatch) -> bool:
    """A month name alone is a date only where a date can stand ("in May", "last April"), never a verb or a
    first name ("May I", "Theresa May", "August Wilson")."""
    g = rm.groups
    if g.get("pos") or g.get("rel") or g.get("yrel"):
        return True
    prev = _prev_word(text, rm.start)
    if prev.strip(",") in _words("month_context"):
        return True
    month = (g.get("month") or "").lower()
    nxt = _next_word(text, rm.end)
    if prev in _words("month_determiners") and month in _words("determiner_months"):
        follower = _LOWER_WORD.match(text, rm.end)
        return bool(follower) and follower.group().strip() not in _words("not_after_determiner_month")
    if month in _ambiguous_months():
        return False
    follower = text[rm.end:rm.end + 2].strip()
    if follower[:1].isupper() or (nxt and nxt[0].isdigit()):
        return False
    return not (prev[:1].isupper() and not prev.endswith((".", ",", ":", ";")))


def _names_something_else(text: str, rm: RuleMatch) -> bool:
    """A holiday or season inside a proper name ("Easter Island", "the Winter Palace") is not a date."""
    follower = text[rm.end:rm.end + 30].lstrip(" ")
    word = follower.split(" ", 1)[0].strip(".,;:!?'’\"")
    return bool(word[:1].isupper()) and word.lower() not in lx.units() and not rm.groups.get("y")


def _weekday_in_a_name(text: str, rm: RuleMatch) -> bool:
    """A day word inside a name: a paper or show ("the Sunday Times", "the Today show", "Monday Night
    Football"), a named day or accord ("Black Friday", "the Good Friday Agreement"); "the today" is no date."""
    if not text[rm.start].isupper():
        return False
    prev = _prev_word(text, rm.start)
    if prev in _words("before_day_name") or (rm.rule == "deictic" and prev == "the"):
        return True
    follower = text[rm.end:rm.end + 40].split()
    return bool(follower) and follower[0].strip(".,;:!?'’\"").lower() in _words("after_day_name")


def _quoted_title(text: str, rm: RuleMatch) -> bool:
    """A capitalised phrase right after an opening quote is a title (ABC's "This Week"), not a date."""
    words = text[rm.start:rm.end].split()
    opening = text[max(0, rm.start - 1):rm.start]
    return opening in ('"', "“", "‘") and len(words) > 1 and all(w[:1].isupper() for w in words)


def _names_an_event(text: str, start: int, end: int) -> bool:
    """A capitalised duration before a capitalised word names a war or an era ("the Thirty Years' War",
    "the Six-Day War"), not a length of time."""
    words = [w for w in text[start:end].replace("-", " ").split() if w.lower() != "the"]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    follower = _NAME_AFTER.match(text, end)
    return bool(follower) and follower.group(1)[:1].isupper() and (
        follower.group(1).lower() not in _words("not_event_name_heads"))


def _vague_ok(text: str, rm: RuleMatch) -> bool:
    word = (rm.groups.get("v") or "").lower()
    data = lx.load("vague")
    prev, nxt = _prev_word(text, rm.start), _next_word(text, rm.end)
    if prev in data["not_after"].get(word, ()) or nxt in data["not_before"].get(word, ()):
        return False
    return not (word == "current" and not nxt)


@cache
def _results_words() -> tuple[str, ...]:
    return tuple(lx.lexicon()["results_words"])


def _about_results(text: str, start: int, end: int) -> bool:
    left, right = sentence_bounds(text, start, end)
    sentence = text[left:right].lower()
    return any(w in sentence for w in _results_words())


def _about_a_game(text: str, start: int, end: int) -> bool:
    left, right = sentence_bounds(text, start, end)
    words = set(re.findall(r"[a-z]+", text[left:right].lower()))
    return bool(words & _words("game_words"))


def _about_temperature(text: str, start: int) -> bool:
    """"Highs in the 60s" are degrees, not the 1960s."""
    left = sentence_bounds(text, start, start)[0]
    before = text[max(left, start - 80):start].lower()
    return any(w in before for w in _words("temperature_words"))


def _overlaps(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _normalise_cached(rm: RuleMatch, text: str, ctx: Context) -> Norm | None:
    # the groups are part of the key: a lookahead group ("the year" before "ended") is outside the text
    key = (rm.rule, text, tuple(rm.groups.values()), ctx)
    if key in _CACHE:
        return _CACHE[key]
    if len(_CACHE) > _CACHE_LIMIT:
        _CACHE.clear()
    try:
        norm = normalise(rm.rule, rm.groups, ctx)
    except (ValueError, OverflowError):
        norm = None  # arithmetic off the calendar (year 0, year 10000): no value rather than a wrong one
    _CACHE[key] = norm
    return norm


def _anchor_context(text: str, rm: RuleMatch, last: tuple[str, int] | None,
                    last_day: tuple[str, int] | None) -> str | None:
    """The date an anchored expression counts from: the last one named shortly before; for a bare time of
    day ("at 10 p.m."), a day named earlier in the same sentence; for "the previous Friday", the day the
    story last named, even a paragraph back."""
    if rm.rule == "weekday":
        if last_day and rm.start - last_day[1] <= _DAY_ANCHOR_REACH:
            return last_day[0]
        return None
    if rm.rule in CLOCK_RULES:
        if last_day and last_day[1] >= sentence_bounds(text, rm.start, rm.end)[0]:
            return last_day[0]
        return None
    if rm.rule == "month" and not rm.groups.get("fyear"):
        return None  # only "March of the following year" counts from an anchor; plain months are cached alike
    reach = _NARRATIVE_REACH if _anaphoric(rm) else _ANCHOR_REACH
    if last and rm.rule in ANCHOR_RULES and rm.start - last[1] <= reach:
        return last[0]
    return None


def _that_period(rm: RuleMatch) -> bool:
    """"that year", "later that month": the period the story is at, not a flashback's."""
    return rm.rule == "relative_day" and bool(rm.groups.get("det3")) and (
        (rm.groups.get("unit2") or "").lower() in ("year", "month"))


def _anaphoric(rm: RuleMatch) -> bool:
    """Whether the expression can only count from a date the story told ("the following month", "the next
    morning", "that day"), never from the publication date, so the date it counts from may lie a paragraph
    back. "next month" counts from the publication date; "a year earlier" too in a results story ("profit
    fell from a year earlier"), so it keeps the short reach."""
    if rm.rule in ("relative_day", "ordinal_day"):
        return True
    rel = (rm.groups.get("rel") or "").lower()
    return rm.rule == "relative" and (
        rel in ("following", "same") or (bool(rm.groups.get("the")) and rel in ("previous", "preceding", "prior")))


def _quarter_context(text: str, rm: RuleMatch, last: tuple[str, int] | None,
                     first: str | None) -> str | None:
    """The quarter a relative expression may mean: "the quarter", "the year-ago period" mean the quarter a
    results story reports, the first it named; "a year earlier" means one named just before, else that one."""
    if last is None or rm.rule not in ANCHOR_RULES:
        return None
    if rm.rule in QUARTER_RULES:
        return first
    if rm.start - last[1] <= _QUARTER_REACH:
        return last[0]
    return first if _about_results(text, rm.start, rm.end) else None


class _Tagging:
    """The state of one pass over a document: the mentions so far and the anchors later ones count from."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.ref = dates.parse_day(doc.published)
        self.mentions: list[Mention] = []
        self.anchor: tuple[str, int] | None = None
        self.day_anchor: tuple[str, int] | None = None
        self.quarter: tuple[str, int] | None = None
        self.first_quarter: str | None = None
        self.told_days: dict[tuple[int, int], int] = {}
        self.story: tuple[str, int] | None = None

    def _plausible(self, rm: RuleMatch) -> bool:
        text = self.text
        if self.doc.ignored and _overlaps(rm.start, rm.end, self.doc.ignored):
            return False
        if rm.rule == "early_year" and self.ref is not None:
            return False  # "In 800, Charlemagne ..." is history prose; on a dated news page "in 911, the" is a call
        if rm.rule in NUMERIC_RULES and _false_number(text, rm):
            return False
        if text[rm.start].isdigit() and _looks_like_url(text, rm.start, rm.end):
            return False
        if rm.rule == "month" and not _month_alone_ok(text, rm):
            return False
        if rm.rule in ("holiday", "season_rel") and _names_something_else(text, rm):
            return False
        if rm.rule == "decade" and rm.groups.get("dec3") and _about_temperature(text, rm.start):
            return False
        if rm.rule == "clock24" and not (rm.groups.get("tz") or rm.groups.get("hrs")) and _after_a_name(text, rm.start):
            return False  # a verse or a reference, not a time: "John 3:16", "Romans 8:28"
        if rm.rule in ("weekday", "deictic") and _weekday_in_a_name(text, rm):
            return False
        if rm.rule == "relative" and _quoted_title(text, rm):
            return False
        if rm.rule == "named_time" and _prev_word(text, rm.start).lstrip("`'\"“‘(") in _words("before_named_time"):
            return False
        if rm.rule == "adverb_set" and _next_word(text, rm.end) in _words("after_frequency_word"):
            return False
        if rm.rule == "half" and not (rm.groups.get("y") or rm.groups.get("yy") or rm.groups.get("the_year")):
            # "the second half" of a match is not a date, even with a percentage in the sentence
            return _about_results(text, rm.start, rm.end) and not _about_a_game(text, rm.start, rm.end)
        if rm.rule == "clock24" and _next_word(text, rm.end) in _words("game_clock_after"):
            return False  # a game clock: "at the 13:29 mark", "with 2:15 left"
        return not (rm.rule == "vague" and not _vague_ok(text, rm))

    def _story_anchor(self, rm: RuleMatch) -> tuple[str, int] | None:
        """The date the story is at: the one named last, unless that was a flashback in an earlier sentence or
        clause ("Edward had died, having suffered strokes in late 1065"), which the story then leaves again."""
        if self.anchor is None or self.story is None or self.anchor == self.story:
            return self.anchor
        same_clause = (self.anchor[1] >= sentence_bounds(self.text, rm.start, rm.end)[0]
                       and "," not in self.text[self.anchor[1]:rm.start])  # "who had ... in 1911, returned in May"
        return self.anchor if same_clause else self.story

    def _narrative_year(self, rm: RuleMatch) -> int | None:
        """In an undated story, the year of the date the story is at ("In 1804 ... On 2 December, he was
        crowned"), also a paragraph back: history is told in order, so a bare month belongs to the year being
        told."""
        anchor = self._story_anchor(rm)
        if anchor is None or rm.start - anchor[1] > _NARRATIVE_REACH or not anchor[0][:4].isdigit():
            return None
        return int(anchor[0][:4])

    def _flashback(self, value: str, end: int) -> bool:
        """A date told in the pluperfect ("which had been built ... on 28 December 1065") before the year the
        story is at: background, not a move of the story."""
        if self.story is None or not value[:4].isdigit() or not self.story[0][:4].isdigit():
            return False
        if int(value[:4]) >= int(self.story[0][:4]):
            return False
        left = sentence_bounds(self.text, end, end)[0]
        return bool(_PERFECT.search(self.text, left, end))

    def _sentence_year(self, rm: RuleMatch) -> int | None:
        """In a dated story, a bare month or day after a year of the distant past named earlier in the same
        sentence belongs to that year ("In 1804, in May, he toured Italy"), not to the publication year; a
        recent year leaves it to the news calendar ("a program approved in 1987 ... through Sept. 29")."""
        g = rm.groups
        if (self.anchor is None or self.ref is None or any(g.get(k) for k in _RELATIVE_GROUPS)
                or not self.anchor[0][:4].isdigit()):
            return None
        year = int(self.anchor[0][:4])
        if rm.rule not in ("md", "dm", "month") or self.ref.year - year < _HISTORY_GAP:
            return None
        return year if self.anchor[1] >= sentence_bounds(self.text, rm.start, rm.end)[0] else None

    def _told_year(self, rm: RuleMatch) -> int | None:
        """The year of a day and month the story already gave in full: "On 6 January 1066 Harold was crowned
        ... When the council met on 6 January" is that same day, whatever years were named in between."""
        if rm.rule not in ("md", "dm") or rm.groups.get("wd"):
            return None
        return self.told_days.get((month_number(rm.groups.get("month")), day_number(rm.groups.get("d"))))

    def accept(self, rm: RuleMatch) -> bool:
        """Normalise a grammar match into a mention; False turns it down so other rules may try its words."""
        if not self._plausible(rm):
            return False
        text, ref = self.text, self.ref
        narrative_year = self._told_year(rm)
        if rm.rule in NARRATIVE_RULES:
            if narrative_year is None:
                narrative_year = self._narrative_year(rm) if ref is None else self._sentence_year(rm)
            if narrative_year is not None:
                ref = None  # counted from the story's own year, not from the publication date
        ctx = Context(
            ref=ref,
            tense=tense_at(text, rm.start, rm.end) if (ref is not None and rm.rule in TENSE_RULES) else None,
            anchor=_anchor_context(text, rm, self._story_anchor(rm) if _that_period(rm) else self.anchor,
                                   self.day_anchor),
            quarter=_quarter_context(text, rm, self.quarter, self.first_quarter),
            before=text[max(0, rm.start - 12):rm.start].lower() if rm.rule in BEFORE_RULES else "",
            narrative_year=narrative_year,
        )
        norm = _normalise_cached(rm, text[rm.start:rm.end], ctx)
        if norm is None or (norm.type == "DURATION" and _names_an_event(text, rm.start, rm.end)):
            return False
        start = rm.start + norm.trim
        duration_anchor = None
        if norm.type == "DURATION" and self.anchor and rm.start - self.anchor[1] <= _DURATION_ANCHOR_REACH:
            duration_anchor = self.anchor[0]
        self.mentions.append(Mention(self.doc.id, start, rm.end, text[start:rm.end],
                                     norm.type, norm.value, norm.mod, duration_anchor))
        before = self.anchor
        if rm.groups.get("y") and rm.groups.get("d") and _DAY.match(norm.value):
            self.told_days[(int(norm.value[5:7]), int(norm.value[8:10]))] = int(norm.value[:4])
        if norm.type == "DATE" and _ABSOLUTE.match(norm.value):
            self.anchor = (norm.value, rm.end)
            if _DAY.match(norm.value):
                self.day_anchor = (norm.value, rm.end)
        elif self.ref is None and norm.value.startswith("XXXX-"):
            # an undated story's date of unknown year ("On Sunday, 2 December") leaves the year being told
            self.anchor = None
        elif norm.value.startswith("BC"):
            # calendar arithmetic stops at AD 1: a BC year anchors whole years only ("In 218 BC ... The following
            # year"); after "15 March 44 BC", "the next day" is left unresolved, not counted from an AD date
            self.anchor = (norm.value, rm.end) if _BC_YEAR.match(norm.value) else None
            self.day_anchor = None
        elif norm.type == "TIME" and _DAY.match(norm.value[:10]):
            # "The next morning ... That evening": the day of a time of day anchors relative days that follow,
            # and a story day told that way or by its date also dates a clock time after it ("The next morning at
            # 6 a.m.", "at 5 a.m. on 11 November ... at 11 a.m."); "Monday evening and again at 6:50 p.m." is not
            self.anchor = (norm.value[:10], rm.end)
            if rm.rule == "relative_day" or rm.groups.get("month") or rm.groups.get("month2"):
                self.day_anchor = self.anchor
        elif norm.type == "DATE" and _PART_OF_YEAR.match(norm.value):
            self.anchor = (norm.value[:4], rm.end)  # "the spring of 1945 ... three years later": its year
        if self.ref is None and self.anchor is not None and self.anchor != before and not self._flashback(*self.anchor):
            self.story = self.anchor
        if rm.rule == "quarter" and _QUARTER.match(norm.value):
            self.first_quarter = self.first_quarter or norm.value
            self.quarter = (norm.value, rm.end)
        return True


def tag_document(doc: Document) -> list[Mention]:
    """Every temporal expression in `doc.text` outside `doc.ignored`, with its TIMEX3 type and value.

    Relative expressions resolve against `doc.published`; when it is None they keep X placeholders.
    """
    tagging = _Tagging(doc)
    for _ in grammar().scan(doc.text, tagging.accept):
        pass
    return tagging.mentions
