"""The renderer over a hand-made story: files and sizes, no overlapping labels, literal text, reruns.

The story spans 1953 to a dense run of days in 2019, has year-only and month-only events, events told by
one to four articles, an undated article and entities of several kinds: the shapes real clusters have.
"""

from __future__ import annotations

import itertools
import os
import struct
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.text import Text

from timeline.model import Document, Entity, Event, Source, Timeline
from timeline.render import RenderOptions, write_all
from timeline.render.chart import draw as chart
from timeline.render.figures import families, font, style
from timeline.render.graph import draw as graph
from timeline.render.lanes import Room, stack
from timeline.render.scale import broken_axis
from timeline.timex import interval

DOLLARS = "$5 billion and $3 million"
_DOCS = [
    Document("a.txt", "x" * 900, title="Leader rules out talks with rival power", source="Wire One",
             url="https://example.org/a", published="2019-11-03", published_from="metadata"),
    Document("b.txt", "x" * 900, title="Supreme leader rules out talks, again", source="Daily Two",
             url="https://example.org/b", published="2019-11-03", published_from="metadata"),
    Document("c.txt", "x" * 900, title="Talks ruled out as anniversary nears", source="Tribune Three",
             published="2019-11-03", published_from="text"),
    Document("d.txt", "x" * 900, title="Leader says the envoy is naive"),
]
_ENTITIES = [
    Entity("e1", "Ali Khamenei", "person", ["Khamenei"], 30),
    Entity("e2", "United States", "place", ["US", "U.S."], 40),
    Entity("e3", "Iran", "place", [], 35),
    Entity("e4", "Donald Trump", "person", ["Trump"], 8),
    Entity("e5", "Mohammad Mossadegh", "person", ["Mossadegh", "Mosaddeq"], 4),
    Entity("e6", "CIA", "organisation", [], 2),
    Entity("e7", "Emmanuel Macron", "person", ["Macron"], 6),
    Entity("e8", "Hassan Rouhani", "person", ["Rouhani"], 3),
    Entity("e9", "The New Yorker", "work", [], 1),
    Entity("e10", "Mohammad Reza Pahlavi", "person", ["Shah"], 3),
    Entity("e11", "Saudi Arabia", "place", ["Saudi"], 2),
    Entity("e12", "Houthi rebels", "group", ["Houthis"], 2),
]
_ROWS = [
    ("1953", "CIA-backed coup topples prime minister Mossadegh", ["e6", "e5", "e2"], "abc", 0.9),
    ("1953-08", "The Shah flees the country after trying to dismiss Mossadegh", ["e10", "e5"], "ab", 0.5),
    ("1979-11-04", "Students overrun the US embassy and take 52 Americans hostage", ["e2", "e3"], "abcd", 1.0),
    ("1980", "US breaks off diplomatic relations with Iran", ["e2", "e3"], "ab", 0.6),
    ("2015", "Iran and world powers agree the nuclear deal", ["e3"], "abc", 0.8),
    ("2018-05", "Trump pulls the US out of the nuclear deal and reimposes sanctions", ["e4", "e2"], "ab", 0.85),
    ("2018-08", "Khamenei bans negotiations with America", ["e1"], "d", 0.4),
    ("2019-05", "Iran starts scaling back its compliance with the deal", ["e3"], "b", 0.45),
    ("2019-08-23", "Khamenei says talks only if the US returns to the deal", ["e1", "e2"], "d", 0.3),
    ("2019-09-14", "Drone attack on Saudi oil plants halves the kingdom's output", ["e11", "e12"], "b", 0.55),
    ("2019-09-24", "Planned Rouhani-Trump-Macron phone call never happens", ["e8", "e4", "e7"], "d", 0.35),
    ("2019-09-30", "The New Yorker reports the failed New York deal", ["e9"], "d", 0.2),
    ("2019-11-02", f"Sanctions cost {DOLLARS} a month, officials say", ["e3"], "c", 0.58),
    ("2019-11-03", "Khamenei rules out talks with the US in a speech to students", ["e1", "e2", "e7"], "abcd",
     0.95),
    ("2019-11-04", "Crowds mark the 40th anniversary of the embassy seizure", ["e3"], "a", 0.3),
]
SMALL = RenderOptions(dpi=40)


def sample_timeline() -> Timeline:
    """Fifteen events from 1953 to November 2019, eight of them in the last six months."""
    events = []
    for i, (value, title, ents, docs, salience) in enumerate(_ROWS):
        sources = [Source(f"{d}.txt", 10 * i, 10 * i + 40, f"Quote {i} from {d}: {title.lower()}.") for d in docs]
        events.append(Event(f"ev{i + 1}", interval(value), title, f"{title}, according to the reports.", ents,
                            sources, salience))
    return Timeline(documents=list(_DOCS), entities=list(_ENTITIES), events=events)


@pytest.fixture(scope="module")
def story() -> Timeline:
    return sample_timeline()


@pytest.fixture(scope="module")
def written(story: Timeline, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("render")
    return out, write_all(story, out, RenderOptions())


def _texts(fig: Figure) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def _overlapping(fig: Figure) -> list[tuple[str, str]]:
    """Pairs of drawn texts whose bounding boxes intersect."""
    with style():
        renderer = fig.canvas.get_renderer()
        boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in _texts(fig)]
    return [(a, b) for (a, ba), (b, bb) in itertools.combinations(boxes, 2) if ba.overlaps(bb)]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_write_all_writes_every_file_in_its_format(written: tuple[Path, list[Path]]) -> None:
    out, paths = written
    names = {p.name for p in paths}
    assert names == {"timeline.json", "chart.png", "chart.svg", "chart.pdf", "graph.png", "graph.svg",
                     "briefing.html", "events.csv", "timelinejs.json", "graph.graphml"}
    assert all(p.parent == out and p.stat().st_size > 0 for p in paths)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    for name in ("chart.png", "graph.png"):
        width, height = _png_size((out / name).read_bytes())
        assert width >= 1600 and abs(width / height - 16 / 9) < 0.01
    for name in ("chart.svg", "graph.svg"):
        assert b"<svg" in (out / name).read_bytes()[:2000]
    assert (out / "chart.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "briefing.html").read_text("utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("size", ["a4", "square"])
def test_other_sizes_keep_the_png_at_least_1600_px_wide(story: Timeline, size: str) -> None:
    from timeline.render.figures import to_bytes

    options = RenderOptions(size=size)
    fig, _ = chart(story, replace(options, max_events=3))
    width, height = _png_size(to_bytes(fig, "png", options.resolution))
    assert width >= 1600
    assert (width > height) if size == "a4" else (width == height)


def test_reruns_are_byte_identical_even_in_another_process(story: Timeline, tmp_path: Path) -> None:
    first = {p.name: p.read_bytes() for p in write_all(story, tmp_path / "one", SMALL)}
    script = ("import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
              "from test_render import SMALL, sample_timeline; from timeline.render import write_all; "
              "write_all(sample_timeline(), Path(sys.argv[2]), SMALL)")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent), str(tmp_path / "two")], check=True,
                   env=env)
    second = {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    assert first.keys() == second.keys()
    assert [n for n in first if first[n] != second[n]] == []


@pytest.mark.parametrize("size", ["slide", "a4", "square"])
def test_no_two_chart_labels_overlap(story: Timeline, size: str) -> None:
    fig, info = chart(story, RenderOptions(size=size, dpi=60))
    assert len(info.shown) >= 8
    assert _overlapping(fig) == []


def test_no_two_graph_labels_overlap(story: Timeline) -> None:
    assert _overlapping(graph(story, RenderOptions(dpi=60))) == []


def test_dollar_signs_are_drawn_literally(story: Timeline) -> None:
    fig, info = chart(story, RenderOptions(dpi=60, max_events=7))
    assert any(DOLLARS in e.title for e in info.shown)
    with style():
        renderer = fig.canvas.get_renderer()
        drawn = [t for t in _texts(fig) if "$3 million" in t.get_text()]
        assert drawn
        for t in drawn:
            assert not t.get_parse_math()
            plain = max(renderer.get_text_width_height_descent(line, t.get_fontproperties(), ismath=False)[0]
                        for line in t.get_text().split("\n"))
            assert abs(t.get_window_extent(renderer).width - plain) < 2
    from timeline.render.figures import to_bytes

    assert to_bytes(fig, "svg", 60) and to_bytes(fig, "pdf", 60)


def test_hostile_text_is_cleaned_and_never_breaks_a_drawing(story: Timeline, tmp_path: Path) -> None:
    titles = ["\u202eevil\u202c override", "\u4e2d\u6587\u6807\u9898 \U0001F680", "x" * 300,
              "\u0645\u0631\u062d\u0628\u0627", "tab\tand\x00nul", "$x$ and \\frac{1}{2}"]
    events = [replace(e, title=t, summary=t) for e, t in zip(story.events, titles, strict=False)]
    hostile = replace(story, events=events + story.events[len(titles):])
    paths = write_all(hostile, tmp_path, SMALL)
    assert len(paths) == 10
    fig, info = chart(hostile, RenderOptions(dpi=40, max_events=6))
    drawn = " ".join(t.get_text() for t in _texts(fig))
    assert "\u202e" not in drawn and "\x00" not in drawn
    assert _overlapping(fig) == []


def test_max_events_keeps_the_most_salient_and_says_how_many_are_left_out(story: Timeline) -> None:
    fig, info = chart(story, RenderOptions(dpi=60, max_events=4))
    assert sorted(e.id for e in info.shown) == ["ev1", "ev14", "ev3", "ev6"]
    assert info.left_out == 11
    assert any("11 less prominent events not shown" in t.get_text() for t in _texts(fig))


def test_chart_has_title_date_range_legend_and_sources(story: Timeline) -> None:
    fig, _ = chart(story, RenderOptions(dpi=60, title="A <b>custom</b> title"))
    texts = " ".join(t.get_text().replace("\n", " ") for t in _texts(fig))
    assert "A <b>custom</b> title" in texts
    assert "Key dates, 1953 to " in texts and " Nov 2019, as told in 4 articles" in texts
    assert "Main actor:" in texts and "known only to the month or year" in texts
    assert "Sources: Wire One, Daily Two, Tribune Three, \u201cLeader says the envoy is naive\u201d." in texts


def test_year_and_month_events_are_drawn_and_labelled_at_their_precision(story: Timeline) -> None:
    lasting = replace(story.events[2], id="ev99", date=replace(story.events[2].date, end="1981-01-20"), salience=2)
    fig, info = chart(replace(story, events=[*story.events, lasting]), RenderOptions(dpi=60, max_events=7))
    heads = {t.get_gid(): t.get_text() for t in _texts(fig) if (t.get_gid() or "").startswith("label-")}
    assert heads["label-ev1"] == "1953"
    assert heads["label-ev6"] == "May 2018"
    assert heads["label-ev3"] == "4 Nov 1979"
    assert heads["label-ev99"] == "4 Nov 1979 \u2013 20 Jan 1981"
    marks = {a.get_gid() for a in fig.findobj() if a.get_gid()}
    assert {"period-ev1", "period-ev6", "day-ev3", "span-ev99"} <= marks
    assert not {"day-ev1", "day-ev6", "period-ev3"} & marks


def test_empty_timeline_still_renders(tmp_path: Path) -> None:
    paths = write_all(Timeline(), tmp_path, SMALL)
    assert len(paths) == 10
    assert "No dated events" in (tmp_path / "briefing.html").read_text("utf-8")


def test_graph_neighbourhood_of_an_entity(story: Timeline) -> None:
    texts = [t.get_text() for t in _texts(graph(story, RenderOptions(dpi=60, entity="macron")))]
    assert "Around Emmanuel Macron" in texts
    assert "Donald Trump" in texts
    assert not any("Mossadegh" in t for t in texts)


def test_axis_breaks_long_empty_stretches_and_gives_the_recent_cluster_room(story: Timeline) -> None:
    spans = [(e.date.start, e.date.end) for e in story.events]
    from datetime import date

    axis = broken_axis([(date.fromisoformat(a), date.fromisoformat(b)) for a, b in spans], 0.0, 1.0)
    assert [skipped for *_, skipped in axis.breaks][:2] == ["26 years", "34 years"]
    cluster = axis.x(date(2019, 11, 4)) - axis.x(date(2019, 8, 23))
    assert cluster > 0.06  # twenty times its share of a linear 1953-2019 axis


def test_lanes_never_put_a_label_over_another_label_or_a_pole() -> None:
    items = [(1.0, 2.0), (1.2, 2.0), (1.3, 1.5), (5.0, 2.0), (9.0, 2.0), (9.1, 2.0), (9.15, 2.0), (9.2, 1.0)]
    room = Room(lanes=4, lo=0.0, hi=10.0, stem=0.07, gap=0.15, sep=0.12, shift=2.0)
    slots = stack(items, room)
    assert slots is not None
    for a, b in itertools.combinations(slots, 2):
        assert a.lane != b.lane or a.right + room.gap <= b.left + 1e-9 or b.right + room.gap <= a.left + 1e-9
        low, high = (a, b) if a.lane <= b.lane else (b, a)
        assert not (low.left < high.anchor < low.right)
    assert all(room.lo <= s.left and s.right <= room.hi for s in slots)
    assert stack(items, replace(room, lanes=1)) is None


def test_text_fonts_are_legible_at_slide_size(story: Timeline) -> None:
    fig, _ = chart(story, RenderOptions())
    assert min(t.get_fontsize() for t in _texts(fig)) >= 12
    assert font(12).get_size_in_points() == 12


def test_fonts_start_with_the_bundled_one_and_fall_back_only_to_installed_ones() -> None:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    assert families()[0] == "DejaVu Sans"
    assert set(families()) <= installed
    assert font(10).get_family() == list(families())
