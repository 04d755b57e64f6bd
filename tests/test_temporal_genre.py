"""Which dated texts are told like history (by their own years) and which like news (by their date)."""

from __future__ import annotations

from datetime import date

from timeline.temporal.genre import tells_history


def test_an_encyclopedia_text_saved_decades_later_is_history() -> None:
    text = "In 218 BC Hannibal crossed the Alps. In 216 BC he won at Cannae, but Rome did not yield."
    assert tells_history(text, date(2009, 5, 1))
    assert tells_history("The Battle of the Somme began on 1 July 1916 and ended in November.", date(2009, 5, 1))


def test_a_report_about_the_past_and_an_undated_text_are_not() -> None:
    report = "The alliance, founded in 1949, expanded in 1952 and 1955, officials said on Friday."
    assert not tells_history(report, date(1999, 3, 12))
    assert not tells_history("Prices rose in 2018 and 2019.", date(2019, 11, 3))
    assert not tells_history("In 1916 the battle began.", None)


def test_clock_readings_are_no_years() -> None:
    assert not tells_history("The window opens at 11:34 a.m. EDT (1534 GMT) on Aug. 5.", date(2011, 7, 28))


def test_a_year_before_a_comma_counts_but_a_thousands_group_does_not() -> None:
    text = "The battle was fought from July 1–3, 1863. On June 30, 1863, the armies converged on the town."
    assert tells_history(text, date(2012, 3, 1))
    assert not tells_history("The index closed at 1,863.5 after 1863,4 trades.", date(2012, 3, 1))


def test_today_as_nowadays_is_no_sign_of_a_report() -> None:
    text = ("The Declaration, drafted by Thomas Jefferson and adopted on July 4, 1776, is today exhibited in the "
            "Rotunda. The war had begun on April 19, 1775, at Lexington.")
    assert tells_history(text, date(2014, 9, 1))
