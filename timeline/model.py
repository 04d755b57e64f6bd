"""The one data model every stage reads and writes.

A run is a chain of functions from model to model: readers make `Document`s, the temporal tagger adds
`Mention`s, the linker turns each document into a `DocAnalysis` (its local entities and events), and one
reduce step merges those into a `Timeline`. Keeping every stage on these types is what lets a notebook call
any stage alone, lets per-document work run as a pure map, and keeps `timeline.json` (see
`timeline/schema/timeline.schema.json`) a plain dump of `Timeline.to_dict()`.

Offsets (`start`, `end`) are always character offsets into `Document.text`, the document's text as read
(UTF-8, universal newlines), so a quote can always be cut back out of the input.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PublishedFrom = Literal["metadata", "dateline", "text", "user"]
EntityType = Literal["person", "organisation", "place", "group", "work", "other"]
Granularity = Literal[
    "millennium", "century", "decade", "year", "season", "quarter", "month", "week", "day", "time"
]


@dataclass(frozen=True)
class Document:
    """One article. `published` is an ISO date (YYYY-MM-DD) or None when nothing says when it appeared.

    `ignored` lists (start, end) spans that are not article prose (metadata header lines, tickers, menus,
    comment forms): stages skip them so junk can never yield a date, an entity or an event.
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    published_from: PublishedFrom | None = None
    ignored: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "author": self.author,
            "published": self.published,
            "published_from": self.published_from,
        }


@dataclass(frozen=True)
class Mention:
    """A temporal expression with its TIMEX3 type and value.

    `value` follows the TimeML guidelines ("1953", "1979-11-04", "P444D", "2019-11-03TEV", "PAST_REF");
    an expression that cannot be resolved keeps its unknown parts as X ("XXXX-WXX-7"). `anchor` is the
    resolved value a duration is counted from when the text gives one ("444 days" after 1979-11-04).
    """

    doc: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    anchor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {k: v for k, v in d.items() if v is not None or k in ("doc", "start", "end", "text", "type", "value")}


@dataclass(frozen=True)
class EntityMention:
    """Where a document names an entity; `entity` is the entity id once linking has resolved it."""

    doc: str
    start: int
    end: int
    text: str
    type: EntityType
    entity: str | None = None


@dataclass
class Entity:
    """A canonical person, organisation, place, group or work, with every name it was written as."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": sorted(set(self.aliases)),
                "mentions": self.mentions}


@dataclass(frozen=True)
class EventDate:
    """When an event happened: the TIMEX3 value and the calendar interval [start, end] it covers."""

    value: str
    start: str
    end: str
    granularity: Granularity

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Source:
    """One report of an event: the quote (a clause or sentence) and its offsets in one document.

    `mention_start`/`mention_end` locate the date expression that dates the event inside the document.
    """

    doc: str
    start: int
    end: int
    quote: str
    mention_start: int | None = None
    mention_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """Something that happened at a date, told by one or more sources.

    `merged_from` keeps the ids of the per-document events folded into this one and `merge_notes` says why,
    so a merge can always be inspected and undone by a reader. `keywords` (the folded lemmas of the title's
    words), `context` (those of the whole clause) and `agents` (the entity ids of the clause's subject) are
    what the cross-document merge compares; they are working data, not part of timeline.json.
    """

    id: str
    date: EventDate
    title: str
    summary: str
    entities: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    salience: float = 0.0
    predicate: str | None = None
    merged_from: list[str] = field(default_factory=list)
    merge_notes: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.to_dict(),
            "title": self.title,
            "summary": self.summary,
            "entities": list(self.entities),
            "sources": [s.to_dict() for s in self.sources],
            "salience": round(self.salience, 4),
            "predicate": self.predicate,
            "merged_from": list(self.merged_from),
            "merge_notes": list(self.merge_notes),
        }


@dataclass
class DocAnalysis:
    """The per-document result of the map step: everything one article says, before cross-article merging."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    entity_mentions: list[EntityMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class Problem:
    """An input that could not be read; reported by name while the rest of the batch goes on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Timeline:
    """The merged picture of a cluster: what `timeline.json` holds."""

    documents: list[Document] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": [d.to_dict() for d in self.documents],
            "mentions": [m.to_dict() for m in self.mentions],
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
        }
