"""Name normalisation: the comparison keys under which two written names count as the same.

Three keys, from strict to loose:
- `key`: case- and punctuation-folded text ("the U.S." -> "US", "North Korea's" -> "north korea"), with short
  all-capital acronyms kept in capitals so "US" never meets the pronoun "us";
- `strip_titles`: the name without leading titles and honorifics ("Supreme Leader Ayatollah Ali Khamenei" ->
  "Ali Khamenei"), from the `data/titles.txt` list;
- `translit_key`: a spelling skeleton per word that folds the usual romanisation variants together
  (Mossadegh / Mosaddeq / Mossadeq -> "mosadek") while keeping vowels, so Khamenei and Khomeini stay apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from timeline.entities.wordlists import longest_first

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$", re.IGNORECASE)
_ACRONYM_DOTS = re.compile(r"\b((?:[A-Za-z]\.){2,}|(?:[A-Z]\.)+[A-Z]\b)")  # "U.S." and a cut "U.S"
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    ("ph", "f"), ("gh", "k"), ("kh", "h"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "c"), ("q", "k"),
    ("g", "k"), ("ck", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("w", "v"), ("z", "s"),
)
_DOUBLE = re.compile(r"(.)\1+")
_PARTICLES = {"al", "el", "ad", "as", "ash", "an", "ar", "at", "az"}
_PARTICLE_PREFIX = re.compile(r"\b(?:" + "|".join(sorted(_PARTICLES)) + r")-(?=\w)", re.IGNORECASE)
SURNAME_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "van", "von", "de", "da", "di", "du", "del", "della", "der",
                               "den", "ter", "dos", "das", "la", "le", "mac", "o"})
"""Words that begin a surname ("bin Laden", "de Gaulle"): a name starting with one is a surname on its own."""


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """The title list, longest first so "Supreme Leader" is tried before "Leader"."""
    return longest_first("titles.txt")


@lru_cache(maxsize=1)
def regnal_titles() -> tuple[str, ...]:
    """Titles of those known by one name ("King", "Pope", "Crown Prince"; `data/regnal_titles.txt`), longest
    first."""
    return longest_first("regnal_titles.txt")


def clean(text: str) -> str:
    """Surface text tidied for display: one space, no possessive, no leading article, no stray punctuation."""
    t = _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip().strip("\"'*#:;,()[]").strip()
    if t.endswith(".") and not re.search(r"(?:^|[\s.])[A-Za-z]\.$", t):
        t = t[:-1]
    t = _POSSESSIVE.sub("", t)
    return _LEADING_THE.sub("", t).strip()


def key(text: str) -> str:
    """The folded comparison key of a name; acronyms ("US", "U.N.") keep their capitals."""
    t = unidecode(clean(text))
    t = _ACRONYM_DOTS.sub(lambda m: m.group(1).replace(".", ""), t)
    t = _SPACES.sub(" ", re.sub(r"[^\w+&]+", " ", t)).strip()
    if re.fullmatch(r"[A-Z0-9+&]{2,6}", t):
        return t
    return t.lower()


def strip_titles(name: str) -> tuple[str, bool]:
    """(name without leading titles, whether any title was removed)."""
    rest = clean(name)
    removed = False
    changed = True
    while changed and rest:
        changed = False
        low = rest.lower()
        for title in titles():
            if low == title or low.startswith(title + " "):
                rest = rest[len(title):].lstrip(" ,")
                removed = changed = True
                break
    return rest, removed


def name_tokens(name: str, initials: bool = False) -> list[str]:
    """The words of a personal name, hyphenated parts split, article particles dropped and, unless asked for,
    initials too ("John F. Kennedy" -> John, Kennedy; "Bashar al-Assad" -> Bashar, Assad)."""
    text = _PARTICLE_PREFIX.sub("", unidecode(name))
    words = [w.strip(".,") for w in re.split(r"[\s\-]+", text)]
    return [w for w in words if w and (initials or not (len(w) == 1 and w.isalpha())) and w not in _PARTICLES]


def translit_key(word: str) -> str:
    """Spelling skeleton of one word: romanisation variants of the same name fold to one string."""
    w = re.sub(r"[^a-z]", "", unidecode(word).lower())
    for src, dst in _TRANSLIT_RULES:
        w = w.replace(src, dst)
    return _DOUBLE.sub(r"\1", w)


def person_key(name: str, initials: bool = True) -> tuple[str, ...]:
    """Translit skeletons of a personal name's words, the comparison key of full names; initials count
    ("George H. W. Bush" is not "George W. Bush") unless `initials` is False."""
    return tuple(translit_key(t) or t.lower() for t in name_tokens(name, initials))


def slug(text: str) -> str:
    """A stable id fragment: ascii, lowercase, words joined by hyphens."""
    s = re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-")
    return s or "x"
