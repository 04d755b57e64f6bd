"""Stage 1 proper: scan a document with the grammar, keep what `filters` finds plausible, normalise it with
the anchors the story gives (the last date named, the year it is at, the quarter it reports).

Pure and deterministic: the same document always gives the same mentions, whatever the day it runs, and
nothing is resolved without the document's own publication date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline.model import Document, Mention
from timeline.temporal import dates
from timeline.temporal.filters import about_results, names_an_event, plausible
from timeline.temporal.genre import tells_history
from timeline.temporal.grammar import RuleMatch, grammar
from timeline.temporal.normalise import (
    ANCHOR_RULES,
    BARE_YEAR_RULES,
    BEFORE_RULES,
    CLOCK_RULES,
    NARRATIVE_RULES,
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
_NEWS_DAYS = 7
_ABSOLUTE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_NO_YEAR = re.compile(r"^XXXX-(\d{2})(?:-\d{2})?$")
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_BC_YEAR = re.compile(r"^BC\d{4}$")
_BC_START = re.compile(r"^BC\d{4}")
_BC_REACH = 500  # a bare year up to this much before the BC year a story is at still belongs to its era
_DECADE = re.compile(r"^\d{3}$")
_YEAR_START = re.compile(r"^\d{4}")
_PRESENT_AFTER = re.compile(r"\b(?:have|has|is|are|am|remains?)\b", re.IGNORECASE)
_OF_THE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")
_PERFECT = re.compile(r"\b(?:had|having|hadn't|had not)\b", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"^\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])$")
_RELATIVE_GROUPS = ("rel", "yrel", "fyear")
_HISTORY_GAP = 10
_JOINED_DAYS = re.compile(r"(?:\s*,\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)*,?\s*$")


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
                    last_day: tuple[str, int] | None, narrative: bool = False,
                    ref: date | None = None) -> str | None:
    """The date an anchored expression counts from: the last one named shortly before; for a bare time of
    day ("at 10 p.m."), a day named earlier in the same sentence; for "the previous Friday", the day the
    story last named, even a paragraph back."""
    if rm.rule == "weekday":
        if last_day and rm.start - last_day[1] <= _DAY_ANCHOR_REACH:
            return last_day[0]
        return None
    if rm.rule == "coord_day":
        # "April 24 and 25", "May 5, 6 and 7": only right after the day it is joined to
        return last_day[0] if last_day and _JOINED_DAYS.match(text, last_day[1], rm.start) else None
    if rm.rule in CLOCK_RULES:
        # news dates a bare clock time by the day named in its sentence, else the publication date; a story
        # without one ("December 7, 1941 ... At 7:48 a.m.") by the day it is at
        if last_day and (last_day[1] >= sentence_bounds(text, rm.start, rm.end)[0]
                         or rm.start - last_day[1] <= _ANCHOR_REACH
                         or (narrative and rm.start - last_day[1] <= _DAY_ANCHOR_REACH)
                         or (dates.retold(last_day[0], ref) and rm.start - last_day[1] <= _NARRATIVE_REACH)):
            return last_day[0]
        return None
    if rm.rule == "month" and not rm.groups.get("fyear"):
        return None  # only "March of the following year" counts from an anchor; plain months are cached alike
    reach = _NARRATIVE_REACH if _anaphoric(rm) or (narrative and _counted_on(rm)) else _ANCHOR_REACH
    if last and rm.rule in ANCHOR_RULES and rm.start - last[1] <= reach:
        return last[0]
    return None


def _names_an_earlier(text: str, rm: RuleMatch) -> bool:
    """A year naming an event inside a phrase ("the cease-fire lines of the 1956 conflict"): not where the story
    is going."""
    return (rm.rule == "year" and bool(_OF_THE.search(text, max(0, rm.start - 8), rm.start))
            and bool(_NOUN_AFTER.match(text, rm.end)))


def _deictic(rm: RuleMatch) -> bool:
    """Whether the expression points from the moment of writing ("today", "now", "two years ago", "last year",
    "Tuesday" in an obituary), so even a history told long after needs the document's date for it."""
    deictic_pod = any((rm.groups.get(k) or "").lower() in ("this", "last", "yesterday", "today", "tomorrow")
                      for k in ("rel", "day"))
    return (rm.rule in ("deictic", "vague", "weekday", "anniversary") or (rm.rule == "this_pod" and deictic_pod)
            or (rm.rule == "relative_day" and bool(rm.groups.get("deix")))  # "the week before last"
            or (rm.rule == "ago" and not _counted_on(rm))
            or (rm.rule == "relative" and not rm.groups.get("the") and not _anaphoric(rm)))


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """An aside: "Charlemagne (742-814)", "the First World War (1914-18)"; it does not move the story."""
    opening, closing = text.rfind("(", max(0, start - 40), start), text.find(")", end, end + 40)
    return opening >= 0 and closing >= 0 and ")" not in text[opening:start] and "(" not in text[end:closing]


def _that_period(rm: RuleMatch) -> bool:
    """"that year", "later that month": the period the story is at, not a flashback's."""
    return rm.rule == "relative_day" and bool(rm.groups.get("det3")) and (
        (rm.groups.get("unit2") or "").lower() in ("year", "month"))


def _counted_on(rm: RuleMatch) -> bool:
    """"Two days later", "three years earlier": a story told like history counts them from the date it is at,
    however many sentences back it named it ("On March 1, 1461 ... [a scene] ... Two days later")."""
    direction = (rm.groups.get("dir") or "").lower()
    return rm.rule == "ago" and direction in ("earlier", "later", "afterward", "afterwards")


def _anaphoric(rm: RuleMatch) -> bool:
    """Whether the expression can only count from a date the story told ("the following month", "the next
    morning", "that day"), never from the publication date, so the date it counts from may lie a paragraph
    back. "next month" counts from the publication date; "a year earlier" too in a results story ("profit
    fell from a year earlier"), so it keeps the short reach."""
    if rm.rule in ("relative_day", "ordinal_day") or rm.groups.get("fyear"):
        return True  # also "June of that year", "the autumn of the following year"
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
    return first if about_results(text, rm.start, rm.end) else None


class _Tagging:
    """The state of one pass over a document: the mentions so far and the anchors later ones count from."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.ref = dates.parse_day(doc.published)
        self.history = tells_history(doc.text, self.ref)  # dated, but told like an encyclopedia: by its own years
        self.mentions: list[Mention] = []
        self.anchor: tuple[str, int] | None = None
        self.day_anchor: tuple[str, int] | None = None
        self.quarter: tuple[str, int] | None = None
        self.first_quarter: str | None = None
        self.told_days: dict[tuple[int, int], int] = {}
        self.story: tuple[str, int] | None = None

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
        if anchor is None or rm.start - anchor[1] > _NARRATIVE_REACH or not _YEAR_START.match(anchor[0]):
            return None
        return int(anchor[0][:4])

    def _bc_story(self, rm: RuleMatch) -> int | None:
        """The year before Christ an undated or history story is at ("between 431 and 404 BC ... Sparta won at
        Mantinea in 418"): its bare years and months belong to that era, as a reader takes them."""
        if self.ref is not None and not self.history:
            return None
        anchor = self._story_anchor(rm)
        if anchor is None or not _BC_YEAR.match(anchor[0]) or rm.start - anchor[1] > _NARRATIVE_REACH:
            return None
        return int(anchor[0][2:])

    def _flashback(self, value: str, end: int) -> bool:
        """A date told in the pluperfect ("which had been built ... on 28 December 1065") before the year the
        story is at: background, not a move of the story."""
        if self.story is None or not _YEAR_START.match(value) or not _YEAR_START.match(self.story[0]):
            return False
        if int(value[:4]) >= int(self.story[0][:4]):
            return False
        left = sentence_bounds(self.text, end, end)[0]
        return bool(_PERFECT.search(self.text, left, end))

    def _sentence_year(self, rm: RuleMatch) -> int | None:
        """In a dated story, a bare month, day or holiday after a year of the distant past named earlier in the
        same sentence belongs to that year ("In 1804, in May, he toured Italy", "The 1916 Easter Rising occurred
        between Easter Monday, 24 April, and Saturday 29 April"), not to the publication year; a recent year
        leaves it to the news calendar ("a program approved in 1987 ... through Sept. 29")."""
        g = rm.groups
        if (self.anchor is None or self.ref is None or any(g.get(k) for k in _RELATIVE_GROUPS)
                or not _YEAR_START.match(self.anchor[0])):
            return None
        year = int(self.anchor[0][:4])
        if rm.rule not in ("md", "dm", "month", "holiday") or self.ref.year - year < _HISTORY_GAP:
            return None
        return year if self.anchor[1] >= sentence_bounds(self.text, rm.start, rm.end)[0] else None

    def _told_year(self, rm: RuleMatch) -> int | None:
        """The year of a day and month the story already gave in full: "On 6 January 1066 Harold was crowned
        ... When the council met on 6 January" is that same day, whatever years were named in between."""
        if rm.rule not in ("md", "dm") or rm.groups.get("wd"):
            return None
        return self.told_days.get((month_number(rm.groups.get("month")), day_number(rm.groups.get("d"))))

    def _days_ago(self, rm: RuleMatch) -> bool:
        """A day and month that, read as news, fall within days of the publication date: in an obituary or a
        history told on its anniversary that is the news ("died May 26"), not a day of the years told."""
        if self.ref is None or rm.rule not in ("md", "dm"):
            return False
        m, d = month_number(rm.groups.get("month")), day_number(rm.groups.get("d"))
        year = dates.year_for(self.ref, m, d, tense_at(self.text, rm.start, rm.end))
        return dates.valid_day(year, m, d) and abs((date(year, m, d) - self.ref).days) <= _NEWS_DAYS

    def _in_story_time(self, rm: RuleMatch, norm: Norm, bc: int | None, narrative_year: int | None) -> Norm:
        """What a story told like history makes of a value its words alone leave open: "today" is nowadays, "now"
        told in the past is the time the story is at ("By 1635 ... But now France intervened"), and a bare year or
        month of a story told before Christ is BC ("between 431 and 404 BC ... Mantinea in 418")."""
        text = self.text
        if self.history and rm.rule == "deictic" and norm.type == "DATE" and (
                rm.groups.get("word") or "").lower() == "today" and not rm.groups.get("pos"):
            return replace(norm, value="PRESENT_REF")  # "the site is today a museum": nowadays, not the day saved
        if norm.value == "PRESENT_REF" and rm.rule == "vague" and (self.ref is None or self.history):
            story = self._story_anchor(rm)
            if (story is not None and rm.start - story[1] <= _NARRATIVE_REACH
                    and tense_at(text, rm.start, rm.end) == "past"
                    and not _PRESENT_AFTER.search(text, rm.end, sentence_bounds(text, rm.start, rm.end)[1])):
                return replace(norm, value=story[0])
        if bc is not None and norm.type == "DATE" and _YEAR_START.match(norm.value):
            year = int(norm.value[:4])
            if (rm.rule in BARE_YEAR_RULES and year <= bc + _BC_REACH) or (
                    rm.rule in NARRATIVE_RULES and year == narrative_year == bc):
                return replace(norm, value="BC" + norm.value)
        return norm

    def accept(self, rm: RuleMatch) -> bool:
        """Normalise a grammar match into a mention; False turns it down so other rules may try its words."""
        if not plausible(self.doc, rm, self.ref is not None and not self.history):
            return False
        text, ref = self.text, self.ref
        narrative_year = self._told_year(rm)
        bc = self._bc_story(rm)
        if rm.rule in NARRATIVE_RULES:
            told = ref is None or (self.history and not self._days_ago(rm))
            if narrative_year is None:
                narrative_year = self._sentence_year(rm) if not told else (
                    None if self.ref is None and rm.groups.get("wd") else self._narrative_year(rm))
                # an undated page's "Sunday, Nov. 3" stays yearless: it may be the page's own date (infer.py)
            if narrative_year is None and told and bc is not None:
                narrative_year = bc  # "In 415 BC ... in April": the digits of the year, its era added below
            if narrative_year is not None or (told and self.history):
                ref = None  # counted from the story's own year (if it gave one yet), not from the publication date
        elif self.history and not _deictic(rm):
            ref = None  # a history counts from the dates it tells; only "today", "two years ago" need its date
        ctx = Context(
            ref=ref,
            tense=tense_at(text, rm.start, rm.end) if (ref is not None and rm.rule in TENSE_RULES) else None,
            anchor=_anchor_context(text, rm, self._story_anchor(rm) if _that_period(rm) else self.anchor,
                                   self.day_anchor, narrative=self.ref is None or self.history, ref=self.ref),
            quarter=_quarter_context(text, rm, self.quarter, self.first_quarter),
            before=text[max(0, rm.start - 12):rm.start].lower() if rm.rule in BEFORE_RULES else "",
            narrative_year=narrative_year,
        )
        norm = _normalise_cached(rm, text[rm.start:rm.end], ctx)
        if norm is None or (norm.type == "DURATION" and names_an_event(text, rm.start, rm.end)):
            return False
        norm = self._in_story_time(rm, norm, bc, narrative_year)
        start = rm.start + norm.trim
        duration_anchor = None
        if norm.type == "DURATION" and self.anchor and rm.start - self.anchor[1] <= _DURATION_ANCHOR_REACH:
            duration_anchor = self.anchor[0]
        self.mentions.append(Mention(self.doc.id, start, rm.end, text[start:rm.end],
                                     norm.type, norm.value, norm.mod, duration_anchor))
        before = self.anchor
        if rm.groups.get("y") and rm.groups.get("d") and _DAY.match(norm.value):
            self.told_days[(int(norm.value[5:7]), int(norm.value[8:10]))] = int(norm.value[:4])
        aside = _in_parentheses(text, rm.start, rm.end) and not _DAY.match(norm.value)
        if (self.ref is None or self.history) and (aside or _names_an_earlier(text, rm)):
            pass  # an aside in a history ("Charlemagne (742-814)") or an event it names by its year ("the lines of
            # the 1956 conflict") leaves the anchors where the story is; a day given in brackets ("declared
            # independence (Jan. 28, 1918) ... (Feb. 9)") is the story's own date
        elif norm.type == "DATE" and _ABSOLUTE.match(norm.value):
            self.anchor = (norm.value, rm.end)
            if _DAY.match(norm.value):
                self.day_anchor = (norm.value, rm.end)
        elif (self.ref is None or self.history) and norm.type == "DATE" and norm.value.startswith("XXXX-"):
            # an undated story's date of unknown year ("On Sunday, 2 December") leaves the year being told
            self.anchor = None
        elif norm.value.startswith("BC"):
            # calendar arithmetic stops at AD 1: a BC year anchors whole years only ("In 218 BC ... The following
            # year"); after "15 March 44 BC", "the next day" is left unresolved, not counted from an AD date
            self.anchor = (norm.value[:6], rm.end) if _BC_START.match(norm.value) else None
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
        elif norm.type == "DATE" and _DECADE.match(norm.value):
            self.anchor = (norm.value, rm.end)  # "the 1630s ... In the following decade": decades only
        if ((self.ref is None or self.history) and self.anchor is not None and self.anchor != before
                and not self._flashback(*self.anchor)):
            self.story = self.anchor
        if rm.rule == "quarter" and _QUARTER.match(norm.value):
            self.first_quarter = self.first_quarter or norm.value
            self.quarter = (norm.value, rm.end)
        return True


def _years_told_later(mentions: list[Mention]) -> list[Mention]:
    """A story that names a day before its year ("William landed on September 28 ... On Christmas Day 1066 he
    was crowned") dates it by the next full date shortly after, when that one falls later in the calendar."""
    out = []
    for i, mention in enumerate(mentions):
        no_year = _NO_YEAR.match(mention.value)
        for later in mentions[i + 1:] if no_year else ():
            if later.start - mention.end > _ANCHOR_REACH:
                break
            if _YEAR_START.match(later.value):  # the first year named after it, and only a date with its month
                if _MONTH_OR_DAY.match(later.value) and int(later.value[5:7]) >= int(no_year.group(1)):
                    mention = replace(mention, value=later.value[:4] + mention.value[4:])
                break
        out.append(mention)
    return out


def tag_document(doc: Document) -> list[Mention]:
    """Every temporal expression in `doc.text` outside `doc.ignored`, with its TIMEX3 type and value.

    Relative expressions resolve against `doc.published`; when it is None they keep X placeholders.
    """
    tagging = _Tagging(doc)
    for _ in grammar().scan(doc.text, tagging.accept):
        pass
    return _years_told_later(tagging.mentions)
