"""The library API: each stage a function from model to model, `build` the chain of them.

The CLI is a thin face over these functions; a notebook calls them the same way:

    from timeline import build, write
    tl = build(["inputs"])
    write(tl, "output")

Per-document work (`tag`, `analyse`) is a pure map over documents; `merge` is the one reduce step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from timeline import temporal
from timeline.entities import AliasTable, load_aliases
from timeline.events import focus, link_document, merge_analyses
from timeline.model import DocAnalysis, Document, Timeline
from timeline.readers import read_paths
from timeline.render import RenderOptions, write_all

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[Iterable, str], Iterable]


def _no_progress(items: Iterable[T], _label: str) -> Iterable[T]:
    return items


def _map(fn: Callable[[T], R], items: Sequence[T], jobs: int, progress: Progress, label: str) -> list[R]:
    """Apply a per-document function in order, in `jobs` worker processes when there is more than one.

    Per-document functions are pure (model loaded once per process), so the result does not depend on `jobs`.
    """
    if jobs <= 1 or len(items) < 2:
        return [fn(item) for item in progress(items, label)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(progress(pool.map(fn, items, chunksize=max(1, len(items) // (jobs * 4))), label))


def _analyse_one(item: tuple[Document, list], model: str | None, table: AliasTable) -> DocAnalysis:
    from timeline import nlp

    document, mentions = item
    return link_document(DocAnalysis(document, mentions), nlp.load(model), table)


def read(paths: Sequence[str | Path], published: str | None = None, skip: Sequence[str | Path] = ()) -> Timeline:
    """Read files and folders into documents; unreadable inputs become `problems`, never exceptions.

    `published` (ISO date) is given to documents that carry no date of their own, marked as from the user;
    folders in `skip` (an output folder inside the input) are left out.
    """
    documents, problems = read_paths([Path(p) for p in paths], [Path(d) for d in skip])
    if published:
        documents = [d if d.published else replace(d, published=published, published_from="user")
                     for d in documents]
    return Timeline(documents=documents, problems=problems)


def tag(timeline: Timeline, progress: Progress = _no_progress, jobs: int = 1) -> Timeline:
    """Stage 1: find and normalise temporal expressions in every document (infers missing dates first)."""
    results = _map(temporal.tag_with_inference, timeline.documents, jobs, progress, "dates")
    return replace(timeline, documents=[doc for doc, _ in results],
                   mentions=[m for _, found in results for m in found])


def analyse(timeline: Timeline, model: str | None = None, aliases: AliasTable | None = None,
            progress: Progress = _no_progress, jobs: int = 1) -> list[DocAnalysis]:
    """Stage 2, map: each document's entities and dated events, independent of every other document."""
    table = aliases if aliases is not None else load_aliases()
    by_doc: dict[str, list] = {}
    for m in timeline.mentions:
        by_doc.setdefault(m.doc, []).append(m)
    items = [(doc, by_doc.get(doc.id, [])) for doc in timeline.documents]
    return _map(partial(_analyse_one, model=model, table=table), items, jobs, progress, "entities")


def merge(analyses: Sequence[DocAnalysis], problems: Sequence = (), aliases: AliasTable | None = None) -> Timeline:
    """Stage 2, reduce: one entity per real entity, one event per real event, every source kept.

    `aliases` should be the table the documents were analysed with, so its "distinct" pairs hold across articles.
    """
    merged = merge_analyses(list(analyses), aliases=aliases)
    merged.problems = list(problems)
    return merged


def build(paths: Sequence[str | Path], *, published: str | None = None, model: str | None = None,
          aliases: str | Path | None = None, entity: str | None = None,
          progress: Progress = _no_progress, jobs: int = 1, skip: Sequence[str | Path] = ()) -> Timeline:
    """Read, tag, link and merge: the whole timeline of a cluster of articles.

    `jobs` > 1 runs the per-document stages in that many processes; the result is the same. Folders in
    `skip` are not read (pass the output folder when it lies inside an input folder).
    """
    tl = tag(read(paths, published, skip), progress, jobs)
    table = load_aliases(Path(aliases) if aliases else None)
    tl = merge(analyse(tl, model, table, progress, jobs), tl.problems, table)
    return focus(tl, entity) if entity else tl


def write(timeline: Timeline, out: str | Path, options: RenderOptions | None = None) -> list[Path]:
    """Stage 3: timeline.json plus the chart, graph, briefing page and exports, each written atomically."""
    return write_all(timeline, Path(out), options or RenderOptions())
