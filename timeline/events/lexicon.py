"""The event linker's word lists (`data/lexicon.json`), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    speech: frozenset[str]
    light: frozenset[str]
    stop: frozenset[str]
    unrealised: frozenset[str]
    happen: frozenset[str]
    timing: frozenset[str]
    organs: frozenset[str]
    synonyms: dict[str, str]
    outcomes: frozenset[str]

    def fold(self, lemma: str) -> str:
        """The representative of a word's synonym class ("pact" -> "deal", "pass away" -> "kill"), or the word
        itself; a phrasal verb not listed as a whole folds by its verb."""
        if lemma in self.synonyms or " " not in lemma:
            return self.synonyms.get(lemma, lemma)
        verb = lemma.split()[0]
        return self.synonyms.get(verb, verb)

    @property
    def kinds(self) -> frozenset[str]:
        """The representatives of the synonym classes: the kinds of happening the lists know."""
        return frozenset(self.synonyms.values())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = json.loads(resources.files("timeline.events").joinpath("data/lexicon.json").read_text(encoding="utf-8"))
    synonyms: dict[str, str] = {}
    for words in data["synonyms"]:
        for w in words:
            synonyms.setdefault(w, words[0])
    lex = Lexicon(frozenset(data["speech"]), frozenset(data["light"]), frozenset(data["stop"]),
                  frozenset(data["unrealised"]), frozenset(data["happen"]), frozenset(data["timing"]),
                  frozenset(data["organs"]),
                  synonyms, frozenset())
    return replace(lex, outcomes=frozenset(lex.fold(w) for w in data["outcomes"]))
