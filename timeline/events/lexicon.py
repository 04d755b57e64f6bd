"""The event linker's word lists (`data/lexicon.json`), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    speech: frozenset[str]
    light: frozenset[str]
    stop: frozenset[str]
    unrealised: frozenset[str]
    happen: frozenset[str]
    organs: frozenset[str]
    synonyms: dict[str, str]

    def fold(self, lemma: str) -> str:
        """The representative of a word's synonym class ("pact" -> "deal", "pass away" -> "kill"), or the word
        itself; a phrasal verb not listed as a whole folds by its verb."""
        if lemma in self.synonyms or " " not in lemma:
            return self.synonyms.get(lemma, lemma)
        verb = lemma.split()[0]
        return self.synonyms.get(verb, verb)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = json.loads(resources.files("timeline.events").joinpath("data/lexicon.json").read_text(encoding="utf-8"))
    synonyms: dict[str, str] = {}
    for words in data["synonyms"]:
        for w in words:
            synonyms.setdefault(w, words[0])
    return Lexicon(frozenset(data["speech"]), frozenset(data["light"]), frozenset(data["stop"]),
                   frozenset(data["unrealised"]), frozenset(data["happen"]), frozenset(data["organs"]),
                   synonyms)
