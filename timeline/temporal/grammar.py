"""The grammar: `data/rules.txt` patterns filled with word lists from `data/lexicon.json`, one regex per rule.

Speed comes from trying rules only where a temporal expression can be: around head words (months, units,
digits...), from the few words before them that could belong to one, and at each start only the rules that
can begin with that word. At a start the first rule in file order that reaches the head wins, so the rules
file lists longer, more specific rules first; each match hands its named groups back as a plain dict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from timeline.temporal import lexicon as lx


@dataclass(frozen=True)
class RuleMatch:
    """One grammar match: the rule that fired, its span, and its named groups (None when not taking part)."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None]


def _alternation(words: Iterable[str], case_sensitive: bool = False) -> str:
    alts = sorted({w for w in words}, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _cased(words: Iterable[str]) -> list[str]:
    """Title Case and UPPER CASE forms: month names only count as months when capitalised ("may" is a verb)."""
    out = []
    for w in words:
        out += [w.title(), w.upper()]
    return out


@cache
def placeholders() -> dict[str, str]:
    lex = lx.lexicon()
    month_abbr = [f"{a}." for a in _cased(lex["month_abbreviations"])] + _cased(
        a for a in lex["month_abbreviations"] if a not in ("mar", "jun", "jan"))
    ones, teens, tens = lex["ones"], lex["teens"], lex["tens"]
    found = {
        "MONTH": _alternation(_cased(lex["months"]) + month_abbr, case_sensitive=True),
        "MONTH_FULL": _alternation(_cased(lex["months"]), case_sensitive=True),
        "WD": _alternation(lex["weekdays"]),
        "WD_ABBR": "(?-i:" + "|".join(sorted((a.title() for a in lex["weekday_abbreviations"]),
                                             key=len, reverse=True)) + r")\.?",
        # a weekday right after a time of day, past an aside: "10:35 a.m. (0735 GMT) Friday", "0735 GMT) Friday";
        # or inside it, "4 in the morning (4 a.m. EDT Thursday)", which is the main time's day only when the
        # aside gives the same hour (not "1:47 a.m. (1747 GMT Monday)"); a lookahead: the aside stays outside
        "ASIDE_DAY": (r"(?:(?=\s*(?:\)|\([^()]{0,30}\))\s*,?\s*(?:on\s+)?(?P<aday>" + _alternation(lex["weekdays"])
                      + r")\b)|(?=\s*\((?P<ih>\d{1,2})?[^()]{0,25}?\b(?P<iday>" + _alternation(lex["weekdays"])
                      + r")\b[^()]*\)))?"),
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
        "NUM": (r"(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?:million|billion)|"
                r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2|½)?|"
                + f"{_alternation(ones)}\\s+(?:hundred|thousand)|"
                + f"{_alternation(tens)}(?:[-\\s]{_alternation(ones)})?|{_alternation(teens)}|{_alternation(ones)}|"
                + _alternation(lex["number_words"])[3:]),
        "VNUM": _alternation(lex["vague_numbers"]),
        "UNIT": _alternation(lx.units()),
        "UNIT_PL": _alternation(lex["unit_plurals"]),
        "SEASON": _alternation(lex["seasons"]),
        "POD": _alternation(lex["parts_of_day"]),
        "TZ": _alternation(lex["timezones"], case_sensitive=True),
        "HOLIDAY": _alternation(lx.holidays()),
        "ORD": _alternation(lex["ordinals"]),
        "DECW": _alternation(lex["decade_words"]),
        "ONES": _alternation(ones),
        "TEENS": _alternation(teens),
        "TENS": _alternation(tens),
        "MOD": _alternation(lex["modifiers"]),
        "POS": _alternation(lex["positions"]),
        "VAGUE": _alternation(lx.load("vague")["words"]),
        "SPOKEN_YEAR": (f"(?:(?:nineteen|eighteen|seventeen)\\s+(?:hundred|{_alternation(tens)}(?:[-\\s]"
                        f"{_alternation(ones)})?|{_alternation(teens)}|o[-\\s]?{_alternation(ones)})|two\\s+"
                        f"thousand(?:\\s+(?:and\\s+)?(?:{_alternation(ones)}|{_alternation(teens)}))?)"),
    }
    # the year a range of days gives at its end, for its first day: "from 21 February to 18 December 1916";
    # a lookahead, so the first day keeps its own extent
    day, month, year = found["DAY"], found["MONTH"], found["YEAR"]
    found["RANGE_YEAR"] = (f"(?:(?=\\s*(?:[-–—]|to|until|till|through|and)\\s*(?:{found['WD']},?\\s+)?"
                           f"(?:(?P<rd1>{day})\\s+(?:of\\s+)?"
                           f"(?P<rm1>{month})|(?P<rm2>{month})\\s+(?P<rd2>{day})),?\\s+(?P<ry>{year})(?![\\w%])))?")
    return found


@dataclass(frozen=True)
class Rule:
    """One line of rules.txt, compiled on its own (compiling each rule once keeps start-up short)."""

    name: str
    starts: tuple[str, ...]
    regex: re.Pattern[str]


def _rules() -> list[Rule]:
    fill = placeholders()
    rules = []
    for line in (lx.DATA / "rules.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, starts, pattern = line.split("\t", 2)
        body = _PLACEHOLDER.sub(lambda m: fill[m.group(1)], pattern)
        rules.append(Rule(name, tuple(starts.split(",")), re.compile(body, re.IGNORECASE)))
    return rules


_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_TOKEN = re.compile(r"['’]?\w+")
_LOOKBACK = 6
_DIGIT = "DIGIT"
_DIGITS = "0123456789"


class Grammar:
    """The rules, indexed by the words a match can start with, and the head words of temporal expressions.

    Scanning tries rules only near a head word (a month, a unit, a digit...), at the starts of the few words
    before it that every word up to the head could belong to, and at each start only the rules that can
    begin with that word, in file order: that is where the speed comes from (no tokeniser, no model).
    """

    def __init__(self, rules: list[Rule], words: dict[str, frozenset[str]], heads: frozenset[str]) -> None:
        self.heads = heads
        # every word a match can contain: a start further back than a word outside this set cannot
        # reach the head, so it is not tried
        self.inner = frozenset(w.lower() for r in rules for w in re.findall(r"[A-Za-z]+", r.regex.pattern)) | (
            frozenset("abcdefghijklmnopqrstuvwxyz"))
        by_word: dict[str, list[int]] = {}
        for k, rule in enumerate(rules):
            for start in rule.starts:
                for word in (words[start] if start.isupper() else (start,)):
                    by_word.setdefault(word, []).append(k)
        self._by_word: dict[str, tuple[Rule, ...]] = {
            word: tuple(rules[k] for k in sorted(set(ks))) for word, ks in by_word.items()}

    def scan(self, text: str, accept: Callable[[RuleMatch], bool] | None = None) -> Iterator[RuleMatch]:
        """The matches in `text`, left to right, never overlapping: at the leftmost start that works, the
        first rule in file order that reaches the head word. `accept` may turn a match down (a number that
        is money, a month that is a verb); the next rule or start is then tried on the same words."""
        tokens = _TOKEN.findall(text)
        keys = [w.lower().lstrip("'’") for w in tokens]
        heads, inner = self.heads, self.inner
        positions: list[int] | None = None
        covered = 0
        for i, key in enumerate(keys):
            if not (key in heads or key[:1].isdigit()):
                continue
            if positions is None:
                positions = [m.start() for m in _TOKEN.finditer(text)]
            pos = positions[i]
            if pos < covered:
                continue
            first_start = i
            while first_start > 0 and i - first_start < _LOOKBACK and (
                    keys[first_start - 1].rstrip(_DIGITS) in inner or keys[first_start - 1][:1].isdigit()):
                first_start -= 1
            found = self._first(text, positions, keys, first_start, i, covered, accept)
            if found is not None:
                covered = found.end
                yield found

    def _first(self, text: str, positions: list[int], keys: list[str], first: int, head: int, covered: int,
               accept: Callable[[RuleMatch], bool] | None) -> RuleMatch | None:
        pos = positions[head]
        for j in range(first, head + 1):
            begin = positions[j]
            if begin < covered:
                continue
            key = keys[j]
            for rule in self._by_word.get(_DIGIT if key[:1].isdigit() else key, ()):
                m = rule.regex.match(text, begin)
                if m is None or m.end() <= pos:
                    continue
                found = RuleMatch(rule.name, begin, m.end(), m.groupdict())
                if accept is None or accept(found):
                    return found
        return None


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", p.lower())[0] for p in phrases if re.search(r"\w", p))


@cache
def grammar() -> Grammar:
    lex = lx.lexicon()
    words = {
        _DIGIT: frozenset({_DIGIT}),
        "MONTH": _first_words(lx.months()),
        "WD": _first_words(lx.weekdays()) | _first_words(f"{w}s" for w in lex["weekdays"]),
        "NUM": _first_words(lx.cardinals()),
        "VNUM": _first_words(lex["vague_numbers"]),
        "MOD": _first_words(lex["modifiers"]),
        "POS": _first_words(lex["positions"]),
        "UNIT": _first_words(lx.units()),
        "UNIT_PL": _first_words(lex["unit_plurals"]),
        "SEASON": _first_words(lex["seasons"]),
        "HOLIDAY": _first_words(lx.holidays()),
        "ORD": _first_words(lex["ordinals"]),
        "DECW": _first_words(lex["decade_words"]),
        "VAGUE": _first_words(lx.load("vague")["words"]),
    }
    heads = _words(lex["extra_heads"], lx.months(), lx.weekdays(), (f"{w}s" for w in lex["weekdays"]), lx.units(),
                   lex["seasons"], lex["parts_of_day"], lx.holidays(), lex["decade_words"], lx.load("vague")["words"])
    return Grammar(_rules(), words, heads - frozenset(lex["not_heads"]))


def _words(*tables: Iterable[str]) -> frozenset[str]:
    """Every word of every phrase in the tables, lower-cased."""
    words: set[str] = set()
    for table in tables:
        for phrase in table:
            words.update(re.findall(r"\w+", phrase.lower()))
    return frozenset(words)
