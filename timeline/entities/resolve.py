"""From mentions to entities: within one document, and across the documents of a cluster."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from timeline.entities.aliases import AliasTable
from timeline.entities.cluster import Group, NameRecord, cluster
from timeline.entities.names import clean, slug
from timeline.entities.recognise import recognise
from timeline.model import Entity, EntityMention


def _ids(groups: list[Group]) -> list[str]:
    """Stable ids from canonical names; a second entity with the same slug gets its type appended."""
    seen: set[str] = set()
    ids = []
    for g in groups:
        base = slug(g.name)
        eid = base if base not in seen else f"{base}-{g.type}"
        n = 2
        while eid in seen:
            eid, n = f"{base}-{g.type}-{n}", n + 1
        seen.add(eid)
        ids.append(eid)
    return ids


def document_entities(doc: Doc, doc_id: str, table: AliasTable, dates: list[tuple[int, int]] | None = None
                      ) -> tuple[list[EntityMention], list[Entity]]:
    """The entity mentions of one parsed document and the document's entities, aliases merged.

    `dates` (character spans of temporal expressions) are kept out of entity names.
    """
    found = recognise(doc, table, dates)
    records = [NameRecord(f.name, [clean(f.text)], Counter({f.type: 1}), f.titled, f.group) for f in found]
    groups = cluster(records, table)
    ids = _ids(groups)
    owner = {i: (eid, g.type) for g, eid in zip(groups, ids, strict=True) for i in g.members}
    mentions = [EntityMention(doc_id, f.start, f.end, f.text, owner[i][1], owner[i][0])
                for i, f in enumerate(found)]
    entities = [Entity(eid, g.name, g.type, g.aliases, g.count) for g, eid in zip(groups, ids, strict=True)]
    return mentions, entities


def merge_entities(per_doc: list[list[Entity]], table: AliasTable) -> tuple[list[Entity], list[dict[str, str]]]:
    """Canonical entities of a cluster, and for each document the map from its entity ids to canonical ids."""
    records, origin = [], []
    for d, entities in enumerate(per_doc):
        for e in entities:
            known = table.lookup(e.name)
            records.append(NameRecord(e.name, list(e.aliases), Counter({e.type: max(e.mentions, 1)}),
                                      False, known.name if known else None, max(e.mentions, 1)))
            origin.append((d, e.id))
    groups = sorted(cluster(records, table), key=lambda g: (-g.count, g.name))
    ids = _ids(groups)
    maps: list[dict[str, str]] = [{} for _ in per_doc]
    for g, eid in zip(groups, ids, strict=True):
        for i in g.members:
            d, local = origin[i]
            maps[d][local] = eid
    merged = [Entity(eid, g.name, g.type, g.aliases, g.count) for g, eid in zip(groups, ids, strict=True)]
    return merged, maps
