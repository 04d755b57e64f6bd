"""Readers: files and folders of articles into `Document`s, one bad file never stopping the batch.

Supported: `.txt` and `.md` (text with an optional header, see `timeline.metadata`), `.html`/`.htm` (main
text and metadata by trafilatura) and `.jsonl` (one article per line: `id`, `text`, optional `published`,
`title`, `source`, `url`, `author`). A document's id is its path relative to the folder given, its file name
for a file given directly, or the record's `id` for JSONL. Inputs are only ever opened for reading.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline.metadata import describe, parse_date
from timeline.model import Document, Problem

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024
"""Larger files are refused: no news article is 20 MB, and a hostile one must not exhaust memory."""
MAX_CHARS = 1_000_000
"""Longer documents are refused by name: spaCy's parser stops there, and no article is that long."""


class ReadError(Exception):
    """Why one input could not be read; reported with the file's name, the batch goes on."""


def read_paths(paths: list[Path], skip: Sequence[Path] = ()) -> tuple[list[Document], list[Problem]]:
    """Every readable article under `paths` (files or folders, read recursively), and a problem per failure.

    Folders in `skip` are not read: the output folder of an earlier run inside the input folder holds the
    tool's own files, not articles. Raises FileNotFoundError for a path that does not exist: that is a
    mistake in the call, not in the data.
    """
    skipped_dirs = [d.resolve() for d in skip]
    documents: list[Document] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        for file, doc_id in _files(path):
            if any(file.resolve().is_relative_to(d) for d in skipped_dirs):
                continue
            try:
                docs, skipped = read_file(file, doc_id)
            except ReadError as exc:
                problems.append(Problem(str(file), str(exc)))
                continue
            problems.extend(Problem(str(file), reason) for reason in skipped)
            for doc in docs:
                if doc.id in seen:
                    problems.append(Problem(str(file), f"duplicate document id {doc.id!r}: skipped"))
                    continue
                seen.add(doc.id)
                documents.append(doc)
    return documents, problems


def _files(path: Path) -> Iterator[tuple[Path, str]]:
    if path.is_file():
        yield path, path.name
        return
    for file in sorted(path.rglob("*")):
        rel = file.relative_to(path)
        if file.is_file() and not any(part.startswith(".") for part in rel.parts):
            yield file, rel.as_posix()


def read_file(path: Path, doc_id: str) -> tuple[list[Document], list[str]]:
    """The documents in one file (one, or several for JSONL) and the reasons any records in it were skipped.

    Raises ReadError when nothing in the file can be used.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadError(f"unsupported file type {suffix or '(none)'!r}: expected one of {sorted(SUFFIXES)}")
    text = read_text(path)
    if suffix in JSONL_SUFFIXES:
        return _jsonl(text)
    if suffix in HTML_SUFFIXES:
        return [_checked(_html(text, doc_id))], []
    return [_checked(from_text(doc_id, text))], []


def read_text(path: Path) -> str:
    """Decode a file as UTF-8 with universal newlines, refusing empty, binary, oversized or undecodable input."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"file is {size} bytes, over the {MAX_BYTES}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from exc
    if b"\x00" in data:
        raise ReadError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 text (bad byte at offset {exc.start})") from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError("empty file")
    return text


def _checked(doc: Document) -> Document:
    if len(doc.text) > MAX_CHARS:
        raise ReadError(f"document {doc.id!r} has {len(doc.text)} characters, over the {MAX_CHARS} limit")
    return doc


def from_text(doc_id: str, text: str, **given: Any) -> Document:
    """A document from plain text, with metadata from its header/dateline unless `given` supplies it."""
    doc = describe(Document(id=doc_id, text=text))
    overrides = {k: v for k, v in given.items() if v}
    if overrides.get("published"):
        overrides["published_from"] = "metadata"
    return replace(doc, **overrides)


def _jsonl(text: str) -> tuple[list[Document], list[str]]:
    docs: list[Document] = []
    bad: list[str] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            docs.append(_checked(_record(json.loads(line))))
        except (ValueError, TypeError, KeyError, ReadError) as exc:
            bad.append(f"line {number}: {exc}: record skipped")
    if not docs:
        raise ReadError("no usable record; " + "; ".join(bad[:5]))
    return docs, bad


def _record(record: Any) -> Document:
    if not isinstance(record, dict):
        raise TypeError("a record must be a JSON object")
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise KeyError("missing string 'id'")
    if not isinstance(text, str) or not text.strip():
        raise KeyError(f"record {doc_id!r} has no 'text'")
    published = record.get("published")
    iso = parse_date(published) if isinstance(published, str) else None
    if published and not iso:
        raise ValueError(f"record {doc_id!r}: unreadable 'published' {published!r}")
    fields = {k: record.get(k) if isinstance(record.get(k), str) else None
              for k in ("title", "source", "url", "author")}
    return from_text(doc_id, text.replace("\r\n", "\n"), published=iso, **fields)


_HTML_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
"""Publication dates from markup only (meta tags, <time>, URL): a date in the prose is an event's, not the page's."""


def _html(html: str, doc_id: str) -> Document:
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                         date_extraction_params=_HTML_DATE_PARAMS)
    extracted = result.as_dict() if result is not None else {}
    if not (extracted.get("text") or "").strip():
        raise ReadError("no article text found in the HTML")
    published = parse_date(extracted.get("date") or "")
    return from_text(doc_id, extracted["text"], title=extracted.get("title"),
                     source=extracted.get("sitename") or extracted.get("hostname"), url=extracted.get("url"),
                     author=extracted.get("author"), published=published)
