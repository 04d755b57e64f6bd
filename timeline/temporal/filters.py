"""What only looks like a date: money, counts, ids, addresses, names ("Windows 2000", "the Sunday Times",
"the Thirty Years' War"), game clocks and page furniture. The tagger asks `plausible` before normalising a
grammar match, so these checks read only the text around the match and the word lists in data/negative.json.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.model import Document
from timeline.temporal import lexicon as lx
from timeline.temporal.grammar import RuleMatch
from timeline.temporal.normalise import NUMERIC_RULES
from timeline.temporal.tense import sentence_bounds

_AMPERSAND_BEFORE = re.compile(r"&\s*$")
_OF_A_DAY = re.compile(r"\s+(?:hours\s+)?of\b", re.IGNORECASE)
_COMPARISON = re.compile(r"-(?:to|over|on|by)-", re.IGNORECASE)
_PREV_WORD = re.compile(r"([^\s]+)\s*$")
_NEXT_WORD = re.compile(r"^\s*([%\w$€£-]+(?:\s+cent)?)")
_EARLY_YEAR_BEFORE_DASH = re.compile(r"(?<![\d,.])[1-9]\d\d\s*[-–—]$")
_YEAR_BEFORE_DASH = re.compile(r"(?<!\d)(?:1\d|20)\d\d\s*[-–—]$")
_LOWER_WORD = re.compile(r" [a-z]+\b")
_URLISH = ("://", "www.", "@", ".com", ".htm", "=", ".org", ".net")
_RAW_PREV_WORD = re.compile(r"(?<![\w.,;:!?'’\"”)\]&-])([A-Za-z][\w&-]*) $")
_ADDRESS = re.compile(r" (?:[A-Z][\w.'’-]*\s){1,3}(?P<suffix>[A-Z][a-z]*\.?)(?![\w-])")
_RANGE_AFTER = re.compile(r"\s*(?:to|[-–—])\s*(?P<n>\d{4})(?!\d|[,.]\d)")
_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?P<n>\d{4})\s*(?:to|[-–—])\s*$")
_RANGE_SPAN = 150
_DIGIT_GROUP_BEFORE = re.compile(r"(?<![\w,.])\d{2,}[ ]$")
_DIGIT_GROUP_AFTER = re.compile(r"[ ]\d{2,}(?=[ ]?\d|[ ]*(?:[.;,)|]|$))")
_HYPHEN_WORD = re.compile(r"[-–]([a-z]+)\b")
_NAME_AFTER = re.compile(r"['’]?\s+(\w+)")


@cache
def _words(name: str) -> frozenset[str]:
    """A word list by name: the look-alike lists of negative.json, else a list of the lexicon."""
    negative = lx.load("negative")
    return frozenset(negative[name] if name in negative else lx.lexicon()[name])


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
        if rm.rule == "early_year":  # "(415–413)": the second year of a range told in history prose
            return not _EARLY_YEAR_BEFORE_DASH.search(text, max(0, rm.start - 5), rm.start)
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
    determiner = prev in _words("month_determiners") or prev.endswith(("'s", "’s"))
    if (determiner and _next_word(text, rm.end) in _words("model_year_makes")
            and text[rm.end + 1:rm.end + 2].isupper()):
        return True  # a model year names a product ("a 1965 Ford Mustang", "Kopp's 1987 Chevrolet"): no TIMEX
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


@cache
def _plural_after() -> re.Pattern[str]:
    """A plural noun right after a number: any word ending in -s, or an irregular plural ("1200 men")."""
    irregular = "|".join(sorted(_words("irregular_plurals")))
    return re.compile(r" ([a-z]{3,}s|" + irregular + r")\b(?!['’])")


def _counts_things(text: str, rm: RuleMatch, prev: str) -> bool:
    """A number between a word that is no preposition or determiner and a plural noun counts that noun ("the
    museum holds 2000 objects"); after "in", "the" or a possessive it is a year ("in 1998 prices", "its 1998
    results"), and before "earnings" or "sales" a year modifies them."""
    m = _plural_after().match(text, rm.end)
    if not m or not prev.isalpha() or not prev.islower():
        return False
    noun = m.group(1)
    if noun.endswith(("ss", "us", "is")) or noun in _words("year_plurals") or noun in lx.units():
        return False
    if prev in _words("count_before_plural"):
        return True  # "a fleet of 1500 ships", "about 1500 men": a number of things, even after "of"
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
    month = (g.get("month") or "").lower()
    if _surname_in(text, g.get("month") or ""):
        # a text about Theresa May: "a shock for May", "May said" are her; the month needs "in May", "by May"
        return prev.strip(",") in _words("strong_month_context")
    if prev.strip(",") in _words("month_context"):
        return True
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


@lru_cache(maxsize=64)
def _surname_in(text: str, month: str) -> bool:
    """Whether the text names someone by this month as a surname ("Theresa May", "Mrs. May")."""
    skip = _words("month_context") | _words("month_determiners") | _words("weekdays")
    return any(m.group(1).lower() not in skip
               for m in re.finditer(r"\b([A-Z][a-z]+)\.?\s+" + re.escape(month) + r"\b(?!\s+\d)", text))


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
    prev = _prev_word(text, rm.start).lstrip("\"'“‘`")  # 'on "Black Monday,"'
    if prev in _words("before_day_name") or (rm.rule == "deictic" and prev == "the"):
        return True
    follower = text[rm.end:rm.end + 40].split()
    return bool(follower) and follower[0].strip(".,;:!?'’\"").lower() in _words("after_day_name")


def _quoted_title(text: str, rm: RuleMatch) -> bool:
    """A capitalised phrase right after an opening quote is a title (ABC's "This Week"), not a date."""
    words = text[rm.start:rm.end].split()
    opening = text[max(0, rm.start - 1):rm.start]
    return opening in ('"', "“", "‘") and len(words) > 1 and all(w[:1].isupper() for w in words)


def names_an_event(text: str, start: int, end: int) -> bool:
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
    if text[rm.end:rm.end + 1] == "-":
        return False  # "present-day states", "the current-account deficit": part of a compound adjective
    if word == "the future" and text[rm.end:rm.end + 2].strip()[:1].isupper():
        return False  # "the future US President", "the future Queen Elizabeth": a role to come, not a time
    return not (word == "current" and not nxt)


@cache
def _results_words() -> tuple[str, ...]:
    return tuple(lx.lexicon()["results_words"])


def about_results(text: str, start: int, end: int) -> bool:
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


def plausible(doc: Document, rm: RuleMatch, dated: bool) -> bool:
    """Whether a grammar match is a temporal expression, not a number, name, game clock or page furniture
    that only looks like one; `dated` says whether the document has a publication date."""
    text = doc.text
    if doc.ignored and _overlaps(rm.start, rm.end, doc.ignored):
        return False
    if _COMPARISON.match(text, rm.end):
        return False  # "the quarter-to-quarter comparison", "year-over-year": a way of comparing, not a time
    if rm.rule == "this_pod" and rm.groups.get("pod2") and not rm.groups.get("day") and _OF_A_DAY.match(text, rm.end):
        return False  # "the early morning hours of Sunday": the day after "of" is the date, this no time of its own
    if rm.rule == "coord_day":
        following = _next_word(text, rm.end)
        return not (following[:1].islower() and following not in _words("after_coordinated_day"))
    if rm.rule in ("early_year", "month_early_year") and dated:
        return False  # "In 800, Charlemagne ..." is history prose; on a dated news page "in 911, the" is a call
    if rm.rule in NUMERIC_RULES and _false_number(text, rm):
        return False
    if text[rm.start].isdigit() and _looks_like_url(text, rm.start, rm.end):
        return False
    if rm.rule == "month" and not _month_alone_ok(text, rm):
        return False
    if rm.rule == "season_rel" and (rm.groups.get("season5") or rm.groups.get("season6")):
        # a lower-case season is no name ("by late summer Atlanta fell"), but may name a kind ("spring training")
        return _next_word(text, rm.end) not in _words("after_season_word")
    if rm.rule in ("holiday", "season_rel") and _names_something_else(text, rm):
        return False
    if rm.rule == "holiday" and _AMPERSAND_BEFORE.search(text, max(0, rm.start - 3), rm.start):
        return False  # a partner's name in a firm ("Challenger, Gray & Christmas")
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
        return about_results(text, rm.start, rm.end) and not _about_a_game(text, rm.start, rm.end)
    if rm.rule == "clock24" and _next_word(text, rm.end) in _words("game_clock_after"):
        return False  # a game clock: "at the 13:29 mark", "with 2:15 left"
    return not (rm.rule == "vague" and not _vague_ok(text, rm))
