"""What every value normaliser shares: the match groups, the context a value may depend on, the
result, and the readers of numbers, units and modifiers that several classes of expression use."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from timeline.temporal import lexicon as lx

Groups = dict[str, str | None]


@dataclass(frozen=True)
class Context:
    """What a value may depend on besides the words: all hashable, so normalisation can be cached."""

    ref: date | None
    tense: str | None = None
    anchor: str | None = None
    quarter: str | None = None
    before: str = ""
    narrative_year: int | None = None


@dataclass(frozen=True)
class Norm:
    """A normalised expression; `trim` cuts words off the match start that TimeML leaves outside the extent."""

    type: str
    value: str
    mod: str | None = None
    trim: int = 0


_SPACE = re.compile(r"\s+")


_UNIT_CODES = {"TS": ("T", "S"), "TM": ("T", "M"), "TH": ("T", "H"), "D": ("", "D"), "W": ("", "W"),
               "M": ("", "M"), "Y": ("", "Y"), "WE": ("", "WE"), "Q": ("", "Q")}


# seasons counted are a show's, a league's or a campaign's ("starred for three seasons"): years, not quarters
_SCALED = {"SEASON": (1, "Y"), "DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"),
           "2W": (2, "W")}


_HALF = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "TH"), "TH": (30, "TM"), "TM": (30, "TS"), "W": (84, "TH")}


POD_TIME = {"MO": "TMO", "AF": "TAF", "EV": "TEV", "NI": "TNI"}


def normal_key(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").lower()).strip()


@cache
def table(name: str) -> dict[str, Any]:
    lex = lx.lexicon()
    tables: dict[str, Callable[[], dict[str, Any]]] = {
        "months": lambda: dict(lx.months()),
        "weekdays": lambda: dict(lx.weekdays()),
        "units": lambda: dict(lx.units()),
        "cardinals": lambda: dict(lx.cardinals()),
        "ordinals": lambda: dict(lex["ordinals"]),
        "seasons": lambda: dict(lex["seasons"]),
        "pods": lambda: dict(lex["parts_of_day"]),
        "mods": lambda: dict(lex["modifiers"]),
        "positions": lambda: dict(lex["positions"]),
        "decades": lambda: dict(lex["decade_words"]),
        "holidays": lambda: dict(lx.holidays()),
        "vague": lambda: dict(lx.load("vague")["words"]),
        "vague_trim": lambda: dict(lx.load("vague")["span_trim"]),
    }
    return tables[name]()


def month_number(text: str | None) -> int:
    return int(table("months")[normal_key(text).rstrip(".")])


def weekday_number(text: str | None) -> int:
    return int(table("weekdays")[normal_key(text).rstrip(".")])


def day_number(text: str | None) -> int:
    return int(re.sub(r"\D", "", text or ""))


_SCALES = {"million": 1_000_000, "billion": 1_000_000_000}


def number_value(text: str | None) -> float | None:
    """A cardinal ("365", "1,200", "twenty-four", "2 1/2", "2½", "a"); None for vague ones ("several")."""
    k = normal_key(text)
    if not k:
        return 1
    half = k.endswith((" 1/2", "½"))
    k = k.removesuffix(" 1/2").removesuffix("½").replace(",", "")
    number, _, scale = k.partition(" ")
    if scale in _SCALES:
        k = number
    try:
        n = float(k) * _SCALES.get(scale, 1)
    except ValueError:
        n = table("cardinals").get(k)
        if n is None:
            return None
    return float(n) + (0.5 if half else 0)


def modifier(groups: Groups) -> str | None:
    if groups.get("mod"):
        return table("mods").get(normal_key(groups["mod"]))
    if groups.get("pos"):
        return table("positions").get(normal_key(groups["pos"]))
    return None


def unit_code(text: str | None) -> str:
    return str(table("units")[normal_key(text)])


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """P/PT value of `n` units; fractions go to the next smaller unit ("2 1/2 years" -> P2Y6M)."""
    if unit in _SCALED:
        factor, unit = _SCALED[unit]
        n = None if n is None else n * factor
    t, code = _UNIT_CODES[unit]
    if n is None:
        return f"P{t}X{code}"
    whole, frac = int(n), n - int(n)
    if frac and unit in _HALF and whole:
        sub_n, sub = _HALF[unit]
        st, sc = _UNIT_CODES[sub]
        sub_value = sub_n * frac * 2
        tpart = "T" if st and not t else ""
        return f"P{t}{whole}{code}{tpart}{_fmt(sub_value)}{sc}"
    if frac and unit in _HALF and not whole:
        sub_n, sub = _HALF[unit]
        st, sc = _UNIT_CODES[sub]
        return f"P{st}{_fmt(sub_n * frac * 2)}{sc}"
    return f"P{t}{_fmt(n)}{code}"


def _era_year_shift(anchor: str | None, years: int) -> str | None:
    """A BC year anchor moved by whole years ("BC0218" + 1 -> "BC0217", "BC0001" + 1 -> "0001"), or None when
    the anchor is no BC year: Python dates stop at AD 1, so arithmetic across the era is done on numbers."""
    if not anchor or not anchor.startswith("BC") or not anchor[2:].isdigit() or len(anchor) != 6:
        return None
    astronomical = 1 - int(anchor[2:]) + years  # 1 BC is year 0
    return f"BC{1 - astronomical:04d}" if astronomical <= 0 else f"{astronomical:04d}"


def _decade_shift(anchor: str | None, decades: int) -> str | None:
    """A decade anchor moved by whole decades ("163", the 1630s, + 1 -> "164"), or None when it is no decade."""
    if not anchor or len(anchor) != 3 or not anchor.isdigit():
        return None
    return f"{int(anchor) + decades:03d}" if 0 <= int(anchor) + decades <= 999 else None


def shift_coarse(anchor: str | None, n: int, unit: str) -> str | None:
    """An anchor the calendar of `dates` cannot count from, moved by whole years or decades: a BC year ("In 218
    BC ... The following year" -> BC0217) or a decade ("the 1630s ... the following decade" -> 164); None for
    any other anchor or unit, which the date arithmetic handles."""
    if unit == "Y":
        return _era_year_shift(anchor, n)
    return _decade_shift(anchor, n) if unit == "DE" else None

