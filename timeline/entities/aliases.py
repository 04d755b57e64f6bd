"""The alias table: curated knowledge of which names are one entity and which look-alikes are not.

String similarity cannot tell "US" from "United States" (too different) or Iran from Iraq (too alike), so these
facts are data: the built-in `data/aliases.json` (countries, blocs, well-known organisations) plus an optional
user file given with `--aliases FILE`. Both have the same JSON form:

    {
      "groups": [
        {"name": "United States", "type": "place", "aliases": ["US", "U.S.", "America"]},
        {"name": "Ali Khamenei", "type": "person", "aliases": ["Supreme Leader", "Khamenei"]}
      ],
      "distinct": [["Iran", "Iraq"], ["Khamenei", "Khomeini"]]
    }

`name` is the canonical name shown in outputs; `type` is one of person, organisation, place, group, work, other;
`aliases` are other ways of writing it (matched case-insensitively, punctuation-folded; short acronyms such as
"US" match only in capitals). `distinct` lists pairs of names that must never be merged. A user group overrides
a built-in group when it shares the name or any alias with it: the user's group replaces it and takes over
those aliases. Both keys are optional.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, get_args

from timeline.entities.names import key
from timeline.model import EntityType

ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)


@dataclass(frozen=True)
class AliasGroup:
    """One entity known in advance: its canonical name, type and other spellings."""

    name: str
    type: EntityType
    aliases: tuple[str, ...]

    def keys(self) -> set[str]:
        return {key(a) for a in (self.name, *self.aliases)} - {""}


@dataclass
class AliasTable:
    """Lookup from a written name to its known group, and the pairs that must stay apart."""

    groups: list[AliasGroup] = field(default_factory=list)
    distinct: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index: dict[str, AliasGroup] = {}
        for group in self.groups:
            for k in sorted(group.keys()):
                self._index.setdefault(k, group)
        self._distinct = {frozenset((key(a), key(b))) for a, b in self.distinct}

    def lookup(self, name: str) -> AliasGroup | None:
        """The group a written name belongs to, if the table knows it."""
        return self._index.get(key(name))

    def are_distinct(self, a: str, b: str) -> bool:
        """True when the table says the two names are different entities."""
        return frozenset((key(a), key(b))) in self._distinct

    def overridden_by(self, other: AliasTable) -> AliasTable:
        """This table with `other`'s groups added; a group of `other` replaces any group it shares a name with."""
        taken = set().union(*(g.keys() for g in other.groups)) if other.groups else set()
        kept = [g for g in self.groups if not g.keys() & taken]
        return AliasTable(kept + list(other.groups), self.distinct + other.distinct)


def _parse(data: Any, origin: str) -> AliasTable:
    if not isinstance(data, dict):
        raise ValueError(f"{origin}: expected a JSON object with 'groups' and/or 'distinct'")
    unknown = set(data) - {"groups", "distinct", "about"}
    if unknown:
        raise ValueError(f"{origin}: unknown key(s) {sorted(unknown)}; expected 'groups' and/or 'distinct'")
    for name in ("groups", "distinct"):
        if not isinstance(data.get(name, []), list):
            raise ValueError(f"{origin}: '{name}' must be a list")
    groups = []
    for i, g in enumerate(data.get("groups", [])):
        where = f"{origin}: groups[{i}]"
        if not isinstance(g, dict) or not isinstance(g.get("name"), str) or not g["name"].strip():
            raise ValueError(f"{where}: each group needs a non-empty string 'name'")
        gtype = g.get("type", "other")
        if gtype not in ENTITY_TYPES:
            raise ValueError(f"{where}: type {gtype!r} is not one of {', '.join(ENTITY_TYPES)}")
        aliases = g.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise ValueError(f"{where}: 'aliases' must be a list of non-empty strings")
        groups.append(AliasGroup(g["name"].strip(), gtype, tuple(a.strip() for a in aliases)))
    distinct = []
    for i, pair in enumerate(data.get("distinct", [])):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) and p for p in pair)):
            raise ValueError(f"{origin}: distinct[{i}] must be a pair of two names")
        distinct.append((pair[0], pair[1]))
    return AliasTable(groups, distinct)


def builtin() -> AliasTable:
    """The curated table shipped with the package."""
    text = resources.files("timeline.entities").joinpath("data/aliases.json").read_text(encoding="utf-8")
    return _parse(json.loads(text), "built-in aliases.json")


def load_aliases(path: Path | None = None) -> AliasTable:
    """The built-in table, overridden by the user's alias file when one is given.

    Raises ValueError naming the file and the problem when the file cannot be read or is malformed.
    """
    table = builtin()
    if path is None:
        return table
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"alias file {path}: cannot read it ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"alias file {path}: not valid JSON ({exc})") from exc
    return table.overridden_by(_parse(data, f"alias file {path}"))
