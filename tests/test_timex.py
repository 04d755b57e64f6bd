"""TIMEX3 values as calendar intervals, and the comparisons the merge step relies on."""

from __future__ import annotations

import pytest

from timeline.timex import compatible, finer, interval


@pytest.mark.parametrize(("value", "start", "end", "granularity"), [
    ("1953", "1953-01-01", "1953-12-31", "year"),
    ("1953-08", "1953-08-01", "1953-08-31", "month"),
    ("2020-02", "2020-02-01", "2020-02-29", "month"),
    ("1979-11-04", "1979-11-04", "1979-11-04", "day"),
    ("2019-11-03TEV", "2019-11-03", "2019-11-03", "time"),
    ("2019-W45", "2019-11-04", "2019-11-10", "week"),
    ("2019-Q3", "2019-07-01", "2019-09-30", "quarter"),
    ("2019-H1", "2019-01-01", "2019-06-30", "quarter"),
    ("2019-SU", "2019-06-01", "2019-08-31", "season"),
    ("2019-WI", "2018-12-01", "2019-02-28", "season"),
    ("198", "1980-01-01", "1989-12-31", "decade"),
    ("18", "1800-01-01", "1899-12-31", "century"),
])
def test_interval(value: str, start: str, end: str, granularity: str) -> None:
    d = interval(value)
    assert d is not None and (d.start, d.end, d.granularity) == (start, end, granularity)


@pytest.mark.parametrize("value", ["P444D", "PRESENT_REF", "XXXX-WXX-2", "XXXX-11-03", "2019-13", "2019-02-30", ""])
def test_no_interval_for_durations_references_and_unknowns(value: str) -> None:
    assert interval(value) is None


def test_granularities_that_agree_merge_to_the_finer() -> None:
    year, month, other = interval("1804"), interval("1804-12"), interval("1805-01")
    assert compatible(year, month) and compatible(month, year)
    assert finer(year, month) == month == finer(month, year)
    assert not compatible(month, other)
