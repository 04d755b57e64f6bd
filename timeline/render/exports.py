"""The data behind the pictures in formats other tools open: CSV, TimelineJS3 JSON and GraphML.

Every exporter returns bytes (the caller writes them atomically) and is deterministic: same timeline, same
bytes. Article text is untrusted: TimelineJS renders `text` as HTML, so it is escaped there; spreadsheet
cells that would start a formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import html
import io
import json

import networkx as nx

from timeline.model import Event, Timeline
from timeline.render import story
from timeline.render.graph import build
from timeline.render.text import clean, date_label
from timeline.timex import parse_day

CSV_COLUMNS = ("id", "date", "date_label", "start", "end", "granularity", "title", "summary", "main_actor",
               "entities", "sources", "source_count", "salience", "quotes")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
#: The date parts TimelineJS may show for each granularity: nothing finer than the text said.
_PARTS = {"millennium": 1, "century": 1, "decade": 1, "year": 1, "season": 2, "quarter": 2, "month": 2,
          "week": 3, "day": 3, "time": 3}


def _cell(text: str) -> str:
    """Text safe in a spreadsheet: a leading formula character is neutralised."""
    return "'" + text if text.startswith(_FORMULA) else text


def events_csv(timeline: Timeline) -> bytes:
    """One row per event, chronological, UTF-8 with a header; several values in a cell are split by "; "."""
    events = story.dated(timeline.events)
    groups = story.groups(timeline, events)
    names = {e.id: clean(e.name) for e in timeline.entities}
    docs = {d.id: story.source_label(d) for d in timeline.documents}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for ev in events:
        writer.writerow([
            ev.id, ev.date.value, date_label(ev.date), ev.date.start, ev.date.end, ev.date.granularity,
            _cell(clean(ev.title)), _cell(clean(ev.summary)), _cell(groups.of_event.get(ev.id, story.OTHER)),
            _cell("; ".join(names.get(i, i) for i in ev.entities)),
            _cell("; ".join(dict.fromkeys(docs.get(s.doc, s.doc) for s in ev.sources))),
            story.source_count(ev), f"{ev.salience:.4f}",
            _cell(" | ".join(clean(s.quote) for s in ev.sources)),
        ])
    return buf.getvalue().encode("utf-8")


def _tl_date(value: str, parts: int) -> dict[str, int]:
    """A TimelineJS date: BC years are negative as historians count them (44 BC is -44; there is no year 0)."""
    year, month, day = parse_day(value)
    return dict(list({"year": year if year > 0 else year - 1, "month": month, "day": day}.items())[:parts])


def _tl_event(ev: Event, timeline: Timeline, group: str) -> dict:
    parts = _PARTS.get(ev.date.granularity, 1)
    docs = {d.id: d for d in timeline.documents}
    names = [clean(timeline.entity(i).name) for i in ev.entities if timeline.entity(i)]
    sources = []
    for s in ev.sources:
        doc = docs.get(s.doc)
        who = html.escape(story.source_label(doc, s.doc))
        url = doc.url if doc and doc.url and doc.url.startswith(("https://", "http://")) else None
        cite = f'<a href="{html.escape(url, quote=True)}">{who}</a>' if url else who
        sources.append(f"<blockquote>{html.escape(clean(s.quote))}</blockquote><p>\u2014 {cite}</p>")
    text = f"<p>{html.escape(clean(ev.summary))}</p>"
    if names:
        text += f"<p>Who: {html.escape(', '.join(names))}</p>"
    out: dict = {
        "unique_id": ev.id,
        "start_date": _tl_date(ev.date.start, parts),
        "display_date": date_label(ev.date),
        "text": {"headline": html.escape(clean(ev.title)), "text": text + "".join(sources)},
        "group": group,
    }
    end = _tl_date(ev.date.end, parts)
    if end != out["start_date"]:
        out["end_date"] = end
    return out


def timelinejs(timeline: Timeline) -> bytes:
    """The TimelineJS3 JSON file: a title slide and one slide per event, grouped by main actor."""
    events = story.dated(timeline.events)
    groups = story.groups(timeline, events)
    data = {
        "title": {"text": {"headline": html.escape(story.headline(timeline)),
                           "text": html.escape("Sources: " + ", ".join(story.source_names(timeline)))}},
        "events": [_tl_event(ev, timeline, groups.of_event.get(ev.id, story.OTHER)) for ev in events],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def graphml(timeline: Timeline) -> bytes:
    """The event graph as GraphML (opens in Gephi, yEd, Cytoscape); every node has `kind` and `label`."""
    return ("\n".join(nx.generate_graphml(build(timeline), prettyprint=True)) + "\n").encode("utf-8")
