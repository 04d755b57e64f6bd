"""Stage 2, entities: who and what the articles name, with every spelling of one entity merged.

`load_aliases` reads the curated alias table (and a user's `--aliases` file; format in
`timeline.entities.aliases`); `document_entities` finds and groups one parsed document's entities;
`merge_entities` groups the documents' entities into the cluster's canonical ones.
"""

from timeline.entities.aliases import AliasGroup, AliasTable, load_aliases
from timeline.entities.recognise import capitals
from timeline.entities.resolve import document_entities, merge_entities

__all__ = ["AliasGroup", "AliasTable", "capitals", "document_entities", "load_aliases", "merge_entities"]
