"""The grammar: `data/rules.txt` patterns with word lists from `data/lexicon.json`, compiled into one regex.

One alternation scanned once over the text is what makes the tagger fast (no tokenising, no model): at each
position the first rule that matches wins, so the rules file lists longer, more specific rules first.
Each rule's named groups are renamed apart (`rule__group`) and handed back per match as a plain dict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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
    return {
        "MONTH": _alternation(_cased(lex["months"]) + month_abbr, case_sensitive=True),
        "MONTH_FULL": _alternation(_cased(lex["months"]), case_sensitive=True),
        "WD": _alternation(lex["weekdays"]),
        "WD_ABBR": "(?-i:" + "|".join(sorted((a.title() for a in lex["weekday_abbreviations"]),
                                             key=len, reverse=True)) + r")\.?",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
        "NUM": (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2)?|"
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
    }


def _rules() -> list[tuple[str, str]]:
    rules = []
    for line in (lx.DATA / "rules.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, pattern = line.split("\t", 1)
        rules.append((name, pattern))
    return rules


_GROUP = re.compile(r"\(\?P<(\w+)>")
_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")


_TOKEN = re.compile(r"['’]?\w+")
_LOOKBACK = 6


@dataclass(frozen=True)
class Grammar:
    """The compiled rules, and the head words at least one of which every temporal expression contains.

    Scanning tries the full alternation only near a head word (a month, a unit, a digit...), at the starts
    of the few words before it, instead of at every character: that is where the speed comes from.
    """

    regex: re.Pattern[str]
    rules: dict[int, tuple[str, tuple[tuple[str, int], ...]]]
    heads: frozenset[str]
    starters: frozenset[str]

    def scan(self, text: str) -> Iterator[RuleMatch]:
        starts = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
        heads, starters, match = self.heads, self.starters, self.regex.match
        covered = 0
        for i, (pos, word) in enumerate(starts):
            if pos < covered:
                continue
            key = word.lower().lstrip("'’")
            if not (key[:1].isdigit() or key in heads):
                continue
            for j in range(max(0, i - _LOOKBACK), i + 1):
                begin, first = starts[j]
                if begin < covered or (j < i and not first[:1].isdigit()
                                       and first.lower().lstrip("'’") not in starters):
                    continue
                m = match(text, begin)
                if m is not None and m.end() > pos:
                    rule, groups = self.rules[m.lastindex or 0]
                    yield RuleMatch(rule, m.start(), m.end(), {name: m.group(k) for name, k in groups})
                    covered = m.end()
                    break


@cache
def grammar() -> Grammar:
    fill = placeholders()
    lex = lx.lexicon()
    parts, names = [], []
    for name, pattern in _rules():
        body = _PLACEHOLDER.sub(lambda m: fill[m.group(1)], pattern)
        body = _GROUP.sub(lambda m, n=name: f"(?P<{n}__{m.group(1)}>", body)
        parts.append(f"(?P<{name}>{body})")
        names.append(name)
    regex = re.compile("|".join(parts), re.IGNORECASE)
    index = regex.groupindex
    rules = {}
    for name in names:
        inner = tuple(sorted(((g.split("__", 1)[1], i) for g, i in index.items() if g.startswith(f"{name}__")),
                             key=lambda gi: gi[1]))
        rules[index[name]] = (name, inner)
    heads = _words(lex["extra_heads"], lx.months(), lx.weekdays(), lx.units(), lex["seasons"],
                   lex["parts_of_day"], lx.holidays(), lex["decade_words"], lx.load("vague")["words"])
    starters = heads | _words(lex["extra_starters"], lx.cardinals(), lex["modifiers"], lex["positions"],
                              lex["ordinals"], lex["vague_numbers"])
    return Grammar(regex, rules, heads, starters)


def _words(*tables: Iterable[str]) -> frozenset[str]:
    """Every word of every phrase in the tables, lower-cased."""
    words: set[str] = set()
    for table in tables:
        for phrase in table:
            words.update(re.findall(r"\w+", phrase.lower()))
    return frozenset(words)
