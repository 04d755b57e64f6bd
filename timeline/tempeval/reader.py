"""Read TimeML (`.tml`) gold: the raw text a tagger sees, the TIMEX3s it should find, the creation date.

TempEval-3 systems are given the text of `<TEXT>` with all markup removed, so offsets here are character
offsets into exactly that string (entities unescaped): a tagger's `Mention`s and the gold ones can be
compared position for position. Gold TIMEX3s are `Mention`s, the same type the tagger returns.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline.model import Document, Mention

_TEXT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.S)
_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z_][\w.-]*)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class GoldDocument:
    """One TimeML file: `text` is what the tagger reads, `timexes` the gold annotations in it.

    `dct` is the document creation time's TIMEX3 value as written ("1998-01-08", "1998-08-07T12:53");
    `published` is its calendar day, the publication date a tagger resolves relative expressions against.
    """

    id: str
    path: str
    text: str
    dct: str | None
    timexes: list[Mention] = field(default_factory=list)

    @property
    def published(self) -> str | None:
        match = _ISO_DATE.match(self.dct or "")
        return match.group(0) if match else None

    def document(self) -> Document:
        """The input a tagger gets: the raw text and the DCT as metadata publication date."""
        return Document(id=self.id, text=self.text, published=self.published,
                        published_from="metadata" if self.published else None)


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def read_timeml(path: str | Path) -> GoldDocument:
    """Parse one `.tml` file; raises ValueError when it has no `<TEXT>` element."""
    path = Path(path)
    source = path.read_text(encoding="utf-8")
    body = _TEXT.search(source)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    dct_tag = _DCT.search(source)
    dct = _attrs(dct_tag.group(1)).get("value") if dct_tag else None

    doc_id = path.stem
    parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    raw = body.group(1)
    pos = 0
    for tag in _TAG.finditer(raw):
        chunk = html.unescape(raw[pos:tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name, attrs, self_closing = tag.groups()
        if name != "TIMEX3" or self_closing:
            continue
        if closing:
            if open_timexes:
                start, attributes = open_timexes.pop()
                spans.append((start, length, attributes))
        else:
            open_timexes.append((length, _attrs(attrs)))
    parts.append(html.unescape(raw[pos:]))
    text = "".join(parts)

    timexes = [
        Mention(doc=doc_id, start=start, end=end, text=text[start:end], type=a.get("type", "DATE"),
                value=a.get("value", ""), mod=a.get("mod"))
        for start, end, a in sorted(spans, key=lambda s: (s[0], s[1]))
    ]
    return GoldDocument(id=doc_id, path=str(path), text=text, dct=dct, timexes=timexes)


def read_folder(folder: str | Path) -> list[GoldDocument]:
    """Every `.tml` file under `folder` (or the one file given), in sorted path order."""
    root = Path(folder)
    paths = [root] if root.is_file() else sorted(root.rglob("*.tml"))
    return [read_timeml(p) for p in paths]
