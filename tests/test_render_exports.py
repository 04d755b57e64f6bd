"""The briefing page and the data exports: escaping, TimelineJS shape, GraphML round trip, CSV rows."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
from test_render import sample_timeline

from timeline.model import Document, Event, Source, Timeline
from timeline.render.briefing import render as briefing
from timeline.render.exports import CSV_COLUMNS, events_csv, graphml, timelinejs
from timeline.timex import interval

SCRIPT = "<script>alert(1)</script>"
_SVG = b'<svg xmlns="http://www.w3.org/2000/svg"/>'


@pytest.fixture(scope="module")
def story() -> Timeline:
    return sample_timeline()


@pytest.fixture(scope="module")
def hostile() -> Timeline:
    """A story whose articles try to inject markup, scripts, formulas and javascript: links."""
    tl = sample_timeline()
    docs = [replace(tl.documents[0], title=SCRIPT, source="<b>Bold</b> & Co", url="javascript:alert(2)"),
            *tl.documents[1:]]
    first = tl.events[0]
    events = [replace(first, title=f"Coup {SCRIPT}", summary="=HYPERLINK(\"http://evil\")",
                      sources=[Source("a.txt", 0, 10, f"He said {SCRIPT} & left")]), *tl.events[1:]]
    return replace(tl, documents=docs, events=events)


def test_briefing_escapes_article_text(hostile: Timeline) -> None:
    page = briefing(hostile, _SVG, _SVG).decode("utf-8")
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in page
    assert "javascript:" not in page
    assert not re.search(r"<script|onerror=|onload=", page, re.I)


def test_briefing_is_self_contained_with_tables_and_flags(story: Timeline) -> None:
    page = briefing(story, _SVG, _SVG, shown=11).decode("utf-8")
    assert page.count('src="data:image/svg+xml;base64,') == 2
    assert not re.search(r'src="(?!data:)', page)
    local = set(re.findall(r'href="(?!https?://)([^"]*)"', page))
    assert local == {"timeline.json", "events.csv", "timelinejs.json", "graph.graphml", "chart.svg", "chart.pdf",
                     "chart.png", "graph.svg", "graph.png"}
    assert "@media print" in page
    assert page.count("<tr id=") == len(story.events)
    assert "Undated" in page and "from the article&#39;s metadata" in page and "inferred from the text" in page
    assert "4 least prominent are not drawn" in page
    assert '<a href="https://example.org/a" rel="noopener noreferrer">Wire One</a>' in page
    assert "1953 to 4 Nov 2019" in page


def test_timelinejs_dates_stop_at_the_known_precision(story: Timeline) -> None:
    data = json.loads(timelinejs(story))
    assert data["title"]["text"]["headline"]
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert len(by_id) == len(story.events)
    assert by_id["ev1"]["start_date"] == {"year": 1953}
    assert by_id["ev2"]["start_date"] == {"year": 1953, "month": 8}
    assert by_id["ev3"]["start_date"] == {"year": 1979, "month": 11, "day": 4}
    for ev in data["events"]:
        assert set(ev) <= {"unique_id", "start_date", "end_date", "display_date", "text", "group"}
        assert isinstance(ev["start_date"]["year"], int)
        assert list(ev["start_date"]) == ["year", "month", "day"][: len(ev["start_date"])]
        assert isinstance(ev["text"]["headline"], str) and isinstance(ev["text"]["text"], str)
        assert isinstance(ev["group"], str) and ev["group"]
    assert by_id["ev14"]["group"] == "Ali Khamenei"


def test_timelinejs_escapes_html_and_spans_coarse_periods(hostile: Timeline) -> None:
    week = Event("wk", interval("2019-W45"), "A week", "A week.", [], [Source("a.txt", 0, 5, "q")], 0.1)
    data = json.loads(timelinejs(replace(hostile, events=[*hostile.events, week])))
    text = json.dumps(data)
    assert SCRIPT not in text and "javascript:" not in text
    wk = next(e for e in data["events"] if e["unique_id"] == "wk")
    assert wk["start_date"] == {"year": 2019, "month": 11, "day": 4}
    assert wk["end_date"] == {"year": 2019, "month": 11, "day": 10}


def test_graphml_round_trips_through_networkx(story: Timeline, tmp_path: Path) -> None:
    lasting = replace(story.events[2], id="ev99", date=replace(story.events[2].date, end="1981-01-20"))
    story = replace(story, events=[*story.events, lasting])
    path = tmp_path / "graph.graphml"
    path.write_bytes(graphml(story))
    g = nx.read_graphml(path)
    kinds = nx.get_node_attributes(g, "kind")
    assert set(kinds.values()) == {"date", "event", "entity"}
    assert sum(1 for k in kinds.values() if k == "event") == len(story.events)
    assert g.nodes["event:ev3"]["label"].startswith("Students overrun")
    assert g.nodes["date:1953-08"]["granularity"] == "month"
    assert g.nodes["entity:e1"]["type"] == "person"
    assert g.has_edge("event:ev3", "date:1979-11-04") and g.has_edge("event:ev3", "entity:e2")
    assert all(g.degree(n) >= 1 for n in g)
    assert g.has_edge("event:ev99", "date:1979-11-04/1981-01-20")
    assert g.nodes["date:1979-11-04/1981-01-20"]["label"] == "4 Nov 1979 \u2013 20 Jan 1981"


def test_csv_has_one_row_per_event_and_defuses_formulas(hostile: Timeline) -> None:
    rows = list(csv.DictReader(io.StringIO(events_csv(hostile).decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(hostile.events)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), key=lambda v: interval(v).start)
    coup = next(r for r in rows if r["id"] == "ev1")
    assert coup["summary"].startswith("'=")
    assert coup["date_label"] == "1953" and coup["granularity"] == "year"
    assert rows[2]["source_count"] == "4"


def test_exports_of_an_event_with_an_unknown_entity_and_no_document() -> None:
    doc = Document("x.txt", "text", published=None)
    ev = Event("e", interval("2001-09"), "Something", "Something.", ["missing"], [Source("gone.txt", 0, 1, "q")])
    tl = Timeline(documents=[doc], events=[ev])
    assert json.loads(timelinejs(tl))["events"][0]["start_date"] == {"year": 2001, "month": 9}
    assert b"gone.txt" in events_csv(tl)
    assert "Undated" in briefing(tl, _SVG, _SVG).decode("utf-8")
