"""The word lists under `timeline/entities/data/`: one word or phrase a line, `#` starts a comment line."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>`, stripped, without blank and comment lines, in file order."""
    text = resources.files("timeline.entities").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def words(name: str, lower: bool = True) -> frozenset[str]:
    """The entries of a word list as a set, lower-cased unless `lower` is False."""
    return frozenset(w.lower() for w in lines(name)) if lower else frozenset(lines(name))


def longest_first(name: str) -> tuple[str, ...]:
    """The lower-cased entries, longest first, so "Supreme Leader" is tried before "Leader"."""
    return tuple(sorted(words(name), key=lambda t: (-len(t), t)))
