"""The library API: each stage a function from model to model, `build` the chain of them.

The CLI is a thin face over these functions; a notebook calls them the same way:

    from timeline import build, write
    tl = build(["inputs"])
    write(tl, "output")

Per-document work (`tag`, `analyse`) is a pure map over documents; `merge` is the one reduce step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from timeline import temporal
from timeline.entities import AliasTable, load_aliases
from timeline.events import focus, link_document, merge_analyses
from timeline.model import DocAnalysis, Document, Timeline
from timeline.readers import read_paths
from timeline.render import RenderOptions, write_all

Progress = Callable[[Iterable[Document], str], Iterable[Document]]


def _no_progress(items: Iterable[Document], _label: str) -> Iterable[Document]:
    return items


def read(paths: Sequence[str | Path], published: str | None = None) -> Timeline:
    """Read files and folders into documents; unreadable inputs become `problems`, never exceptions.

    `published` (ISO date) is given to documents that carry no date of their own, marked as from the user.
    """
    documents, problems = read_paths([Path(p) for p in paths])
    if published:
        documents = [d if d.published else replace(d, published=published, published_from="user")
                     for d in documents]
    return Timeline(documents=documents, problems=problems)


def tag(timeline: Timeline, progress: Progress = _no_progress) -> Timeline:
    """Stage 1: find and normalise temporal expressions in every document (infers missing dates first)."""
    documents, mentions = [], []
    for doc in progress(timeline.documents, "dates"):
        doc, found = temporal.tag_with_inference(doc)
        documents.append(doc)
        mentions.extend(found)
    return replace(timeline, documents=documents, mentions=mentions)


def analyse(timeline: Timeline, model: str | None = None, aliases: AliasTable | None = None,
            progress: Progress = _no_progress) -> list[DocAnalysis]:
    """Stage 2, map: each document's entities and dated events, independent of every other document."""
    from timeline import nlp

    pipeline = nlp.load(model)
    table = aliases if aliases is not None else load_aliases()
    by_doc: dict[str, list] = {}
    for m in timeline.mentions:
        by_doc.setdefault(m.doc, []).append(m)
    return [link_document(DocAnalysis(doc, by_doc.get(doc.id, [])), pipeline, table)
            for doc in progress(timeline.documents, "entities")]


def merge(analyses: Sequence[DocAnalysis], problems: Sequence = ()) -> Timeline:
    """Stage 2, reduce: one entity per real entity, one event per real event, every source kept."""
    merged = merge_analyses(list(analyses))
    merged.problems = list(problems)
    return merged


def build(paths: Sequence[str | Path], *, published: str | None = None, model: str | None = None,
          aliases: str | Path | None = None, entity: str | None = None,
          progress: Progress = _no_progress) -> Timeline:
    """Read, tag, link and merge: the whole timeline of a cluster of articles."""
    tl = tag(read(paths, published), progress)
    table = load_aliases(Path(aliases) if aliases else None)
    tl = merge(analyse(tl, model, table, progress), tl.problems)
    return focus(tl, entity) if entity else tl


def write(timeline: Timeline, out: str | Path, options: RenderOptions | None = None) -> list[Path]:
    """Stage 3: timeline.json plus the chart, graph, briefing page and exports, each written atomically."""
    return write_all(timeline, Path(out), options or RenderOptions())
