"""The word lists of the tagger, read once from `data/`: every name it knows lives in a data file, not in code."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


@cache
def load(name: str) -> dict[str, Any]:
    """A JSON data file of this package by stem name ("lexicon", "tense", "negative", "vague")."""
    with open(DATA / f"{name}.json", encoding="utf-8") as f:
        return json.load(f)


def lexicon() -> dict[str, Any]:
    return load("lexicon")


@cache
def months() -> dict[str, int]:
    lx = lexicon()
    return {**lx["months"], **lx["month_abbreviations"]}


@cache
def weekdays() -> dict[str, int]:
    lx = lexicon()
    return {**lx["weekdays"], **lx["weekday_abbreviations"]}


@cache
def cardinals() -> dict[str, float]:
    """Every spelled-out number the grammar accepts, up to ninety-nine, whole hundreds and thousands ("two
    hundred", "three thousand"), plus "a", "a dozen" and alike."""
    lx = lexicon()
    words: dict[str, float] = {**lx["ones"], **lx["teens"], **lx["tens"], **lx["number_words"]}
    for tens, t in lx["tens"].items():
        for ones, o in lx["ones"].items():
            words[f"{tens}-{ones}"] = t + o
            words[f"{tens} {ones}"] = t + o
    for ones, o in lx["ones"].items():
        words[f"{ones} hundred"] = o * 100
        words[f"{ones} thousand"] = o * 1000
    return words


@cache
def units() -> dict[str, str]:
    """Unit word (singular or plural) -> TIMEX3 unit code."""
    lx = lexicon()
    table = dict(lx["units"])
    for plural, singular in lx["unit_plurals"].items():
        table[plural] = lx["units"][singular]
    return table


@cache
def holidays() -> dict[str, Any]:
    lx = lexicon()
    table: dict[str, Any] = {}
    for name, mmdd in lx["fixed_holidays"].items():
        table[name] = ("fixed", mmdd)
    for name, rule in lx["weekday_holidays"].items():
        table[name] = ("nth", tuple(rule))
    for name, offset in lx["easter_holidays"].items():
        table[name] = ("easter", offset)
    return table
