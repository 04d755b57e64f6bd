"""Short names: how a headline refers to a person, the way the article itself does on second reference.

The short form is the one the document writes: a part of the person's fullest name that the document also uses
alone ("Xi" for "Xi Jinping" when the text says "Xi said", "Elian" for "Elian Gonzalez", "bin Laden" for "Osama
bin Laden"), the most frequent when there are several. When the document never shortens the name, the surname is
guessed: the last word, with its particle ("de Gaulle"), unless the name begins with a family name that comes
first (`data/family_first_surnames.txt`: "Moon Jae-in" is never "Jae-in") or another person of the document is
written with that word too ("Lazaro Gonzalez" beside "Juan Miguel Gonzalez"): then the name stays whole. A
monarch or pope named with the regnal title keeps it ("Pope Francis", "Queen Elizabeth II", "King Hussein":
never "II", nor a "Hussein" that could be Saddam).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from timeline.entities.names import SURNAME_PARTICLES, clean, key, regnal_titles, strip_titles
from timeline.entities.wordlists import words
from timeline.model import EntityMention

_SUFFIX = re.compile(r"^(?:[JS]r\.?|[IVX]{1,5})$")  # "Jr.", "Sr", "II", "VIII"


@lru_cache(maxsize=1)
def family_first_surnames() -> frozenset[str]:
    """Family names written before the given name in English news (`data/family_first_surnames.txt`)."""
    return words("family_first_surnames.txt")


def _bare(written: str) -> list[str]:
    """The words of a written name without titles or possessive ("President Xi's" -> ["Xi"])."""
    return (strip_titles(written)[0] or clean(written)).split()


def _ends(part: list[str], full: list[str]) -> bool:
    """Whether `part` is the last words of `full`."""
    return [key(w) for w in full[-len(part):]] == [key(w) for w in part]


def _part_of(part: list[str], full: list[str]) -> bool:
    """Whether `part` is the first or the last words of `full`, and shorter."""
    return 0 < len(part) < len(full) and (_ends(part, full) or _ends(part[::-1], full[::-1]))


def _guess(full: list[str]) -> tuple[str, bool]:
    """(short form, whether it was guessed) of a name the document never shortens: the surname, without a
    generational suffix ("Martin Luther King Jr." -> "King"); a given name with a regnal number stays whole
    ("Elizabeth II")."""
    name = list(full)
    while len(name) > 1 and _SUFFIX.match(name[-1]):
        name.pop()
    if len(name) < 2 or name[0].lower() in family_first_surnames():
        return " ".join(full), False
    start = len(name) - 1
    while start > 1 and name[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
    return " ".join(name[start:]), True


def _regnal(written: str) -> str | None:
    """A name written after a regnal title, with it ("Pope Francis", "Queen Elizabeth II"): how headlines
    name monarchs and popes."""
    name = clean(written)
    low = name.lower()
    return name if any(low.startswith(t + " ") for t in regnal_titles()) else None


def short_names(mentions: list[EntityMention]) -> dict[str, str]:
    """Entity id -> the short name titles use for that person, from the document's own mentions of persons."""
    forms: dict[str, list[list[str]]] = {}
    for em in mentions:
        if em.type == "person" and em.entity and (bare := _bare(em.text)):
            forms.setdefault(em.entity, []).append(bare)
    regnal = Counter((em.entity, r) for em in mentions if em.type == "person" and (r := _regnal(em.text)))
    chosen: dict[str, tuple[str, bool]] = {}
    for (eid, name), _n in regnal.most_common():
        chosen.setdefault(eid, (name, False))
    for eid, written in forms.items():
        if eid in chosen:
            continue
        full = max(written, key=len)
        parts = Counter(" ".join(w) for w in written if _part_of(w, full))
        if parts:  # on a tie the surname: "Gonzalez" before "Elian" when each is written once
            chosen[eid] = (max(parts, key=lambda p: (parts[p], _ends(p.split(), full))), False)
        else:
            chosen[eid] = _guess(full)
    words_of = {eid: {key(w) for f in written for w in f} for eid, written in forms.items()}

    def shared(eid: str, short: str) -> bool:
        """Whether another person of the document is also written with the guessed word(s)."""
        return any(set(map(key, short.split())) <= ws for other, ws in words_of.items() if other != eid)

    return {eid: " ".join(max(forms[eid], key=len)) if guessed and shared(eid, short) else short
            for eid, (short, guessed) in chosen.items()}
