"""Dates before Christ: TIMEX3 "BC" values as intervals, one ordering across year 0, and BC events charted.

ISO 8601 (and so interval bounds) counts years astronomically: 1 BC is year 0, 44 BC is -43. There is no year 0
in BC/AD counting, so the TIMEX3 value "0000" is read as ISO 8601 reads it (1 BC) and "BC0000" names no year.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.contract import validate
from timeline.model import Event, Source, Timeline
from timeline.render import chart
from timeline.render.options import RenderOptions
from timeline.render.text import date_label, range_label, year_label
from timeline.timex import add_days, compatible, contains, day_number, interval, order, parse_day

STORY = (
    "Julius Caesar was assassinated on 15 March 44 BC by a group of senators.\n\n"
    "Augustus died in AD 14 at Nola.\n\n"
    "Rome was founded in 753 BC, according to legend. Carthage was destroyed by Roman legions in 146 BC.\n"
)


@pytest.mark.parametrize(("value", "start", "end", "granularity"), [
    ("BC0044", "-0043-01-01", "-0043-12-31", "year"),
    ("BC0044-03-15", "-0043-03-15", "-0043-03-15", "day"),
    ("BC0044-03", "-0043-03-01", "-0043-03-31", "month"),
    ("BC0001", "0000-01-01", "0000-12-31", "year"),
    ("0000", "0000-01-01", "0000-12-31", "year"),
    ("BC0001-02-29", "0000-02-29", "0000-02-29", "day"),
    ("BC0753", "-0752-01-01", "-0752-12-31", "year"),
    ("BC004", "-0048-01-01", "-0039-12-31", "decade"),
    ("BC04", "-0498-01-01", "-0399-12-31", "century"),
    ("BC00", "-0098-01-01", "0000-12-31", "century"),
    ("BC2", "-2998-01-01", "-1999-12-31", "millennium"),
    ("BC0044-WI", "-0044-12-01", "-0043-02-28", "season"),
    ("0014", "0014-01-01", "0014-12-31", "year"),
    ("00", "0001-01-01", "0099-12-31", "century"),
])
def test_bc_interval(value: str, start: str, end: str, granularity: str) -> None:
    d = interval(value)
    assert d is not None and (d.start, d.end, d.granularity) == (start, end, granularity)


@pytest.mark.parametrize("value", ["BC0000", "BC0044-02-29", "BC0044-13", "BCXXXX", "BC"])
def test_no_bc_interval_for_impossible_values(value: str) -> None:
    assert interval(value) is None


def test_day_numbers_continue_date_ordinals_below_year_one() -> None:
    for day in ("0001-01-01", "1953-08-19", "2019-11-03", "2000-02-29"):
        assert day_number(day) == date.fromisoformat(day).toordinal()
    assert day_number("0000-12-31") == 0 and day_number("0000-01-01") == -365  # year 0 (1 BC) is a leap year
    assert day_number("-0043-03-15") < day_number("-0043-03-16") < day_number("-0042-01-01")
    assert day_number("-0001-12-31") + 1 == day_number("0000-01-01")


def test_order_across_the_bc_ad_boundary() -> None:
    values = ["0014", "BC0044-03-15", "BC0753", "BC0001", "0001", "BC0044", "BC04", "1953"]
    ordered = sorted((interval(v) for v in values), key=order)
    assert [d.value for d in ordered] == ["BC0753", "BC04", "BC0044", "BC0044-03-15", "BC0001", "0001", "0014",
                                          "1953"]
    # as plain strings they would not sort: "-0043" > "-0752" and "-0043" < "-0752" disagree with time
    assert sorted(["-0043-01-01", "-0752-01-01"]) != sorted(["-0043-01-01", "-0752-01-01"], key=day_number)


def test_bc_dates_nest_and_stay_apart_by_their_days() -> None:
    year, ides, other, century = interval("BC0044"), interval("BC0044-03-15"), interval("BC0043"), interval("BC00")
    assert contains(year, ides) and compatible(ides, year) and not compatible(ides, other)
    assert contains(century, year) and not contains(year, century)
    assert not compatible(interval("BC0001"), interval("0001"))


def test_days_added_across_year_zero() -> None:
    assert add_days("0000-12-31", 1) == "0001-01-01"
    assert add_days("-0043-03-15", 366) == "-0042-03-16"  # no 29 February in 44 or 43 BC (years -43, -42)
    assert day_number(add_days("-0043-03-15", 1000)) == day_number("-0043-03-15") + 1000
    with pytest.raises(ValueError):
        parse_day("-0000-01-01")


@pytest.mark.parametrize(("value", "label"), [
    ("BC0044-03-15", "15 Mar 44 BC"),
    ("BC0044", "44 BC"),
    ("BC0044-03", "Mar 44 BC"),
    ("BC004", "40s BC"),
    ("BC04", "5th century BC"),
    ("BC00", "1st century BC"),
    ("BC2", "3rd millennium BC"),
    ("0014", "AD 14"),
    ("0000", "1 BC"),
    ("1953", "1953"),
    ("18", "19th century"),
])
def test_labels_say_the_era(value: str, label: str) -> None:
    assert date_label(interval(value)) == label


def test_year_labels_and_ranges_across_the_eras() -> None:
    assert [year_label(y) for y in (-752, 0, 1, 79, 1066)] == ["753 BC", "1 BC", "AD 1", "AD 79", "1066"]
    assert range_label(interval("BC0753"), interval("0014")) == "753 BC to AD 14"


def _event(value: str, title: str) -> Event:
    when = interval(value)
    assert when is not None
    return Event(id=f"e-{value}", date=when, title=title, summary=title, sources=[Source("a.txt", 0, 1, title)])


def test_chart_leaves_out_only_what_a_date_cannot_hold() -> None:
    """A story from 9000 BC to 2019 cannot lift its first day above year 1 and stay under 9999: the oldest
    event is left out of the chart (and counted as left out); the rest are drawn in order."""
    tl = Timeline(events=[_event("2019-11-03", "Now"), _event("BC9000", "Far"), _event("BC0044", "Ides")])
    fig, info = chart.draw(tl, RenderOptions())
    assert [e.id for e in info.shown] == ["e-BC0044", "e-2019-11-03"] and info.left_out == 1
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert "44 BC" in texts and "3 Nov 2019" in texts


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Timeline, Path]:
    """The made-up history story, built and written with the whole real stack."""
    src = tmp_path_factory.mktemp("history")
    (src / "rome.txt").write_text(STORY, "utf-8")
    tl = timeline.build([src])
    out = src / "out"
    timeline.write(tl, out)
    return tl, out


def _index(titles: list[str], word: str) -> int:
    return next(i for i, t in enumerate(titles) if word in t)


def test_bc_events_reach_timeline_json_in_order(history: tuple[Timeline, Path]) -> None:
    _, out = history
    data = json.loads((out / "timeline.json").read_text("utf-8"))
    validate(data)
    events = data["events"]
    titles = [e["title"] for e in events]
    founded, carthage, caesar, augustus = (_index(titles, w) for w in ("Rome", "Carthage", "Caesar", "Augustus"))
    assert founded < carthage < caesar < augustus
    assert events[founded]["date"]["start"] == "-0752-01-01"
    assert events[caesar]["date"]["value"].startswith("BC0044") and events[caesar]["date"]["start"].startswith(
        "-0043-")
    assert events[augustus]["date"]["start"] == "0014-01-01"
    assert [day_number(e["date"]["start"]) for e in events] == sorted(day_number(e["date"]["start"]) for e in events)


def test_bc_events_in_csv_and_timelinejs(history: tuple[Timeline, Path]) -> None:
    _, out = history
    rows = list(csv.DictReader(io.StringIO((out / "events.csv").read_text("utf-8"))))
    by_label = {r["date_label"]: r for r in rows}
    assert by_label["753 BC"]["start"] == "-0752-01-01" and by_label["753 BC"]["end"] == "-0752-12-31"
    assert by_label["AD 14"]["start"] == "0014-01-01"
    assert any(label.endswith("44 BC") for label in by_label)
    slides = json.loads((out / "timelinejs.json").read_text("utf-8"))["events"]
    years = [s["start_date"]["year"] for s in slides]
    assert years[0] == -753 and -44 in years and 14 in years and 0 not in years
    assert years == sorted(years)
    assert next(s for s in slides if s["start_date"]["year"] == -753)["display_date"] == "753 BC"


def test_bc_story_is_charted_with_era_ticks(history: tuple[Timeline, Path]) -> None:
    tl, out = history
    png = (out / "chart.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
    fig, info = chart.draw(tl, RenderOptions())
    assert info.left_out == 0 and len(info.shown) == len(tl.events) >= 4
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts.count("753 BC") == texts.count("AD 14") == 2  # the event's label and the axis tick under it
    assert any(t.endswith("44 BC") for t in texts)
    assert _marker_xs(fig, info.shown) == sorted(_marker_xs(fig, info.shown))


def _marker_xs(fig, shown: list[Event]) -> list[float]:
    """Where each shown event's marker (a dot or the left end of its bracket) sits on the axis."""
    ax = fig.axes[0]
    xs = {a.get_gid(): min(a.get_xdata()) for a in ax.lines if a.get_gid()}
    xs.update({c.get_gid(): c.get_offsets()[0][0] for c in ax.collections if c.get_gid()})
    return [xs.get(f"period-{e.id}", xs.get(f"day-{e.id}", xs.get(f"span-{e.id}"))) for e in shown]


def test_a_bc_season_of_days_gets_month_ticks_in_its_era() -> None:
    tl = Timeline(events=[_event("BC0044-02-15", "Crown refused"), _event("BC0044-03-15", "Caesar killed"),
                          _event("BC0044-03-17", "Amnesty"), _event("BC0044-04", "Octavian arrives"),
                          _event("BC0043-11", "Triumvirate formed")])
    fig, info = chart.draw(tl, RenderOptions())
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert {"15 Mar 44 BC", "Apr 44 BC", "Nov 43 BC", "Mar"} <= set(texts)
    assert any(t.startswith("Jan 44 BC") or t.startswith("Feb 44 BC") for t in texts)
    assert _marker_xs(fig, info.shown) == sorted(_marker_xs(fig, info.shown))
