"""Grouping names into entities: the same code for one document's mentions and for a cluster's entities.

Rules, in order, each refused when the alias table says two names are distinct:
1. names the alias table knows go to their group ("U.S.", "America" -> United States);
2. names with the same folded key go together ("North Korea's" with "North Korea");
3. personal names whose words have the same spelling skeleton go together ("Mohammad Mosaddeq" with
   "Mohammad Mossadegh", "Mohammad-Reza Pahlavi" with "Mohammad Reza Pahlavi", "Gaddafi" with "Qaddafi");
   initials count, but a name written without them joins the one initialled name it fits ("John Kennedy"
   with "John F. Kennedy", not when "George H. W. Bush" and "George W. Bush" both occur); a middle name
   joins the one name that has its initial there ("James Charles Kopp" with "James C. Kopp"), and the first
   words of a name join the one longer name they begin ("Juan Miguel" with "Juan Miguel Gonzalez"), and a
   first name and surname join the one name that has them around a middle name ("James Kopp" with "James
   Charles Kopp");
4. a surname that is not a place (one word, or words after a particle: "bin Laden", "de Gaulle") goes to the
   one full personal name ending in it ("Khamenei" -> "Ali Khamenei"), or failing that to the one starting
   with it ("Napoleon" -> "Napoleon Bonaparte"); when two full names share it, it stays apart rather than
   guess; a name written after a regnal title ("King Hussein", `data/regnal_titles.txt`) is a given name and
   never goes to a full name ending in it (Saddam Hussein);
5. a plural group name goes to its singular when both occur ("Houthis" with "Houthi");
6. an organisation's acronym or its name without a leading country goes to the one organisation it
   abbreviates ("INS" -> "Immigration and Naturalization Service", "Justice Department" -> "U.S. Justice
   Department").
Places never merge by spelling, so Iran/Iraq and Austria/Australia are safe; persons merge only on whole
skeletons, and a skeleton keeps vowels, so Khamenei/Khomeini are safe.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from timeline.entities.aliases import AliasTable
from timeline.entities.names import SURNAME_PARTICLES, key, name_tokens, person_key, regnal_titles, translit_key
from timeline.model import EntityType

_TYPE_PRIORITY: tuple[EntityType, ...] = ("person", "organisation", "place", "group", "work", "other")


@dataclass
class NameRecord:
    """One name to be grouped: a mention, or a document's entity when merging documents."""

    name: str
    forms: list[str]
    votes: Counter = field(default_factory=Counter)
    titled: bool = False
    group: str | None = None
    count: int = 1


@dataclass
class Group:
    """The result: which records are one entity, with its canonical name and type."""

    members: list[int]
    name: str
    type: EntityType
    aliases: list[str]
    count: int


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _weighted(r: NameRecord) -> Counter:
    """Type votes of a record; a full name tagged as a person outweighs one-word names tagged otherwise."""
    if r.votes.get("person") and len(name_tokens(r.name)) >= 2:
        return Counter({t: n * (3 if t == "person" else 1) for t, n in r.votes.items()})
    return r.votes


def _type_of(votes: Counter, titled: bool) -> EntityType:
    if titled and votes.get("place", 0) < sum(votes.values()):
        return "person"
    return max(_TYPE_PRIORITY, key=lambda t: (votes.get(t, 0), -_TYPE_PRIORITY.index(t)))


def cluster(records: list[NameRecord], table: AliasTable) -> list[Group]:
    """Group the records into entities (rules in the module docstring); groups in order of first record."""
    uf = _UnionFind(len(records))
    first: dict[str, int] = {}
    for i, r in enumerate(records):
        k = "group:" + r.group if r.group else "key:" + key(r.name)
        if k in first:
            uf.union(first[k], i)
        else:
            first[k] = i

    def members() -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(records)):
            out.setdefault(uf.find(i), []).append(i)
        return out

    def summary(idx: list[int]) -> tuple[Counter, bool, set[str], bool]:
        votes: Counter = Counter()
        for i in idx:
            votes.update(_weighted(records[i]))
        names = {records[i].name for i in idx}
        return votes, any(records[i].titled for i in idx), names, any(records[i].group for i in idx)

    def distinct(a: set[str], b: set[str]) -> bool:
        return any(table.are_distinct(x, y) for x in a for y in b)

    def merge_if_allowed(a: int, b: int, forms: dict[int, set[str]]) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb and not distinct(forms[ra], forms[rb]):
            uf.union(ra, rb)
            forms[uf.find(ra)] = forms[ra] | forms[rb]

    groups = members()
    info = {root: summary(idx) for root, idx in groups.items()}
    forms = {root: {f for i in idx for f in (records[i].name, *records[i].forms)} for root, idx in groups.items()}
    persons = {root for root, (votes, titled, _, known) in info.items()
               if not known and _type_of(votes, titled) == "person"}
    by_skeleton: dict[tuple[str, ...], list[int]] = {}
    for root in sorted(persons):
        for f in sorted(info[root][2]):
            sk = person_key(f)
            if sk:
                by_skeleton.setdefault(sk, []).append(root)
    for roots in by_skeleton.values():
        for other in roots[1:]:
            merge_if_allowed(roots[0], other, forms)
    initialled: dict[tuple[str, ...], set[int]] = {}
    for sk, roots in by_skeleton.items():
        for root in roots:
            for f in info[root][2]:
                if person_key(f) == sk and person_key(f, initials=False) != sk:
                    initialled.setdefault(person_key(f, initials=False), set()).add(uf.find(root))
    for sk, roots in sorted(by_skeleton.items()):
        targets = initialled.get(sk, set()) - {uf.find(r) for r in roots}
        if len(sk) >= 2 and len(targets) == 1:
            merge_if_allowed(next(iter(targets)), roots[0], forms)
    for root in sorted(persons):
        for f in sorted(info[root][2]):
            words = name_tokens(f, initials=True)
            if len(words) >= 3 and any(len(w) > 1 for w in words[1:-1]):
                initialled_form = " ".join([words[0], *(w[0] + "." for w in words[1:-1]), words[-1]])
                targets = {uf.find(r) for r in by_skeleton.get(person_key(initialled_form), [])} - {uf.find(root)}
                if len(targets) == 1:
                    merge_if_allowed(next(iter(targets)), root, forms)
    for sk, roots in sorted(by_skeleton.items()):
        longer = {uf.find(r) for sk2, rs in by_skeleton.items() if len(sk2) > len(sk) >= 2
                  and sk2[:len(sk)] == sk for r in rs} - {uf.find(r) for r in roots}
        if len(longer) == 1:
            merge_if_allowed(next(iter(longer)), roots[0], forms)
    for sk, roots in sorted(by_skeleton.items()):
        around = {uf.find(r) for sk2, rs in by_skeleton.items() if len(sk) == 2 < len(sk2)
                  and (sk2[0], sk2[-1]) == sk for r in rs} - {uf.find(r) for r in roots}
        if len(around) == 1:
            merge_if_allowed(next(iter(around)), roots[0], forms)

    groups = members()
    info = {root: summary(idx) for root, idx in groups.items()}
    full_by_last: dict[tuple[str, ...], set[int]] = {}
    full_by_first: dict[str, set[int]] = {}
    for root, (votes, titled, fs, known) in info.items():
        if known or _type_of(votes, titled) != "person":
            continue
        for f in fs:
            toks = name_tokens(f)
            if len(toks) >= 2:
                for k in range(1, len(toks)):
                    if k == 1 or toks[-k].lower() in SURNAME_PARTICLES:
                        full_by_last.setdefault(tuple(map(translit_key, toks[-k:])), set()).add(root)
                full_by_first.setdefault(translit_key(toks[0]), set()).add(root)
    for root in sorted(groups):
        votes, titled, fs, known = info[root]
        if known or _type_of(votes, titled) == "place":
            continue
        surnames = {tuple(map(translit_key, toks)) for f in fs
                    if (toks := name_tokens(f)) and (len(toks) == 1 or toks[0].lower() in SURNAME_PARTICLES)}
        if not surnames or any(len(t) >= 2 and t[0].lower() not in SURNAME_PARTICLES for f in fs
                               for t in [name_tokens(f)]):
            continue
        targets = set().union(*(full_by_last.get(s, set()) for s in surnames)) - {root}
        if _regnal(forms[uf.find(root)]):
            targets = {t for t in targets if _regnal(forms[uf.find(t)])}
        if not targets:
            targets = set().union(*(full_by_first.get(s[0], set()) for s in surnames if len(s) == 1)) - {root}
        if len(targets) == 1:
            merge_if_allowed(next(iter(targets)), root, forms)

    groups = members()
    info = {root: summary(idx) for root, idx in groups.items()}
    by_key = {key(records[root].name): root for root in groups}
    for root in sorted(groups):
        k = key(records[root].name)
        if k.endswith("s") and k[:-1] in by_key and _type_of(*info[root][:2]) != "place":
            merge_if_allowed(by_key[k[:-1]], root, forms)

    groups = members()
    info = {root: summary(idx) for root, idx in groups.items()}
    organisations = {root for root, (votes, titled, _, known) in info.items()
                     if not known and _type_of(votes, titled) == "organisation"}
    by_short: dict[str, set[int]] = {}
    for root in sorted(organisations):
        for f in info[root][2]:
            for short in _short_forms(f, table):
                by_short.setdefault(short, set()).add(root)
    for root in sorted(organisations):
        for f in info[root][2]:
            targets = by_short.get(key(f), set()) - {uf.find(root)}
            if len({uf.find(t) for t in targets}) == 1:
                merge_if_allowed(next(iter(targets)), root, forms)

    return [_make_group(idx, records, table) for _, idx in sorted(members().items())]


def _regnal(forms: set[str]) -> bool:
    """Whether a name is written after a regnal title ("King Hussein"): a given name, so never a surname."""
    return any(f.lower().startswith(t + " ") for f in forms for t in regnal_titles())


def _short_forms(name: str, table: AliasTable) -> set[str]:
    """Keys an organisation is also written as: its initials ("Immigration and Naturalization Service" ->
    INS) and its name without a leading country ("U.S. Justice Department" -> "Justice Department")."""
    words = name.split()
    out = set()
    capitals = [w[0] for w in words if w[:1].isupper()]
    if len(capitals) >= 3 and len(words) - len(capitals) <= 2:
        out.add("".join(capitals))
    for n in range(1, min(3, len(words))):
        known = table.lookup(" ".join(words[:n]))
        if known is not None and known.type == "place":
            out.add(key(" ".join(words[n:])))
    return out


def _make_group(idx: list[int], records: list[NameRecord], table: AliasTable) -> Group:
    votes: Counter = Counter()
    names: Counter = Counter()
    aliases: set[str] = set()
    for i in idx:
        r = records[i]
        votes.update(_weighted(r))
        names[r.name] += r.count
        aliases.update(r.forms)
        aliases.add(r.name)
    known = next((records[i].group for i in idx if records[i].group), None)
    group = table.lookup(known) if known else None
    if group:
        return Group(idx, group.name, group.type, sorted(aliases), sum(records[i].count for i in idx))
    etype = _type_of(votes, any(records[i].titled for i in idx))
    if etype == "person":
        longest = max(len(name_tokens(n, initials=True)) for n in names)
        name = max((n for n in names if len(name_tokens(n, initials=True)) == longest),
                   key=lambda n: (names[n], len(n), n))
        regnal = sorted(a for a in aliases if _regnal({a}) and a.lower().endswith(" " + name.lower()))
        name = regnal[0] if longest == 1 and regnal else name  # "King Hussein", not "Hussein"
    else:
        name = max(names, key=lambda n: (names[n], len(n), n))
    return Group(idx, name, etype, sorted(aliases), sum(records[i].count for i in idx))
