"""What must not become a date: tickers, money, percentages, scores, phone numbers, ids, counts, ages, URLs,
and "may"/"March" as words, not months. Also: nothing is ever resolved against the wall clock."""

from __future__ import annotations

import pytest

from timeline.model import Document
from timeline.temporal import tag_document, tag_text


@pytest.mark.parametrize("text", [
    "Shares rose 2.5% to $2,019 on heavy volume.",
    "The index hit 1,953 points and closed at 1979.42.",
    "Call 555-1234 or 1-800-555-0199 for details.",
    "The score was 3-2 after extra time; they won 2019-1 on aggregate points? No: 21-19.",
    "Iran held 52 Americans; the US set 12 conditions; 1500 troops and 2000 people marched.",
    "Room 1204, Flight 1549, No. 1999 and order #2015 were listed.",
    "She may go, and they will march on the capital.",
    "Theresa May said that Prime Minister May would resign.",
    "See https://example.com/news/2019/11/03/story-2015.html for the article.",
    "A 45-year-old man, who is 52 years old, was hurt.",
    "Joga2002 635.254 50% 63.63%",
    "Iraq imports about three-quarters of its food; a quarter of the votes.",
    "It costs $35 a night and $1.76 a year.",
    "© 2019 Reuters. Copyright 2019 The Associated Press.",
    "They sailed to Easter Island to study the Easter Rising archive.",
    "Athletes at the Summer Olympics toured the Winter Palace.",
    "Sign up for our daily newsletter; the Daily Mail and a weekly podcast reported it.",
    "The quarter-to-quarter comparison, year-over-year sales and day-to-day work were hurt.",
    "Police found Kopp's 1987 Chevrolet Cavalier at the airport.",
    "He met the future US President there, and the future king was born.",
    "said John Challenger of Challenger, Gray & Christmas; it ceded the present-day states of the West.",
    "The army sailed on a vast fleet of 1500 ships; about 1200 men and nearly 1800 horses landed.",
    "He scored in the second half; it was the last year of his presidency and the last quarter of the game.",
])
def test_no_temporal_expression(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, "2019-11-03")] == []


def test_months_as_dates_still_found_next_to_false_friends() -> None:
    found = [(m.text, m.value) for m in tag_text("Theresa May said in May that March 2019 was cold.",
                                                 "2019-11-03")]
    assert found == [("May", "2019-05"), ("March 2019", "2019-03")]


def test_ignored_spans_yield_nothing() -> None:
    text = "Published at: 2019-11-03\nHe spoke on Sunday."
    doc = Document(id="d", text=text, published="2019-11-03", ignored=((0, 24),))
    assert [(m.text, m.value) for m in tag_document(doc)] == [("Sunday", "2019-11-03")]


def test_no_publication_date_means_no_resolved_relative_value() -> None:
    text = "Yesterday he said that next week, this year and on Friday everything changes; now is the time."
    values = [m.value for m in tag_text(text)]
    assert values == ["XXXX-XX-XX", "XXXX-WXX", "XXXX", "XXXX-WXX-5", "PRESENT_REF"]


def test_same_text_two_publication_dates_two_resolutions() -> None:
    first = tag_text("He arrived on Sunday.", "2019-11-03")[0].value
    second = tag_text("He arrived on Sunday.", "2020-06-10")[0].value
    assert (first, second) == ("2019-11-03", "2020-06-07")


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "not a date", "2019-11-03T20:55:20+00:00"])
def test_reference_dates_at_the_calendar_edges_never_crash(published: str) -> None:
    text = "Last year, in May, on Saturday, yesterday and two years ago; next week, 1999 and the 1980s."
    mentions = tag_text(text, published)
    assert [m.text for m in mentions][-2:] == ["1999", "the 1980s"]
    assert all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize("text", [
    "He upgraded the office from Windows 2000 to Office 2007 last spring.",
    "The Peugeot 2008 and the Fiat 500 were on show; Agenda 2030 was signed.",
    "The flight, UA 1549, left from gate 2012 under Title 1964 rules.",
    "Protesters gathered outside 1600 Pennsylvania Avenue and 2015 Main St. downtown.",
    "Tickets ranged from 1500 to 2000 rupees.",
    "The motion passed, 1997 to 1203.",
])
def test_years_that_are_names_addresses_or_counts(text: str) -> None:
    assert [m.text for m in tag_text(text, "2019-11-03") if m.text[:1].isdigit()] == []


def test_years_after_event_names_and_prepositions_still_date() -> None:
    text = "Since 1985 he has run; In 1990 and at Euro 2016 he won, and the 1996 election followed."
    assert [m.value for m in tag_text(text, "2019-11-03")] == ["1985", "1990", "2016", "1996"]


def test_counts_and_model_years_are_not_years_but_modifying_years_are() -> None:
    text = ("The museum holds 2000 objects and a 1965 Ford Mustang. In 1987 Ford sold cars; "
            "its 1998 earnings and the 1992 riots were reported.")
    assert [m.value for m in tag_text(text, "1999-05-01")] == ["1987", "1998", "1992"]


def test_season_year_pairs_and_phone_number_groups() -> None:
    text = "The 2019-20 season starts; call 020 7946 1999 or 1999 7946 0958. In 1998 25 people died."
    assert [(m.text, m.type, m.value) for m in tag_text(text, "2019-11-03")] == [
        ("2019", "DATE", "2019"), ("20", "DATE", "2020"), ("1998", "DATE", "1998")]


def test_measures_and_bill_numbers_are_not_years() -> None:
    text = "The 2000-mile trip, a 1500-page report and H.R. 2019 came before the 1998-99 season."
    assert [m.value for m in tag_text(text, "2019-11-03")] == ["1998", "1999"]


def test_day_words_inside_names_of_papers_shows_and_accords() -> None:
    text = ("He told the Sunday Times and the Today show about Black Friday sales and the Good Friday Agreement; "
            "Saturday Night Live mocked it. On Friday, Good Friday services were held.")
    assert [(m.text, m.value) for m in tag_text(text, "2019-11-03")] == [
        ("Friday", "2019-11-01"), ("Good Friday", "2019-04-19")]


def test_verse_references_are_not_clock_times_but_labelled_times_are() -> None:
    text = "He quoted John 3:16 and Romans 8:28. Posted 14:32. At 10:45 the train left."
    assert [(m.text, m.value) for m in tag_text(text, "2019-11-03")] == [
        ("14:32", "2019-11-03T14:32"), ("10:45", "2019-11-03T10:45")]


def test_a_half_of_play_and_a_game_clock_are_no_times() -> None:
    text = ("Duke was shooting 59.3% in the first half. Smith hit a three at the 13:29 mark, and with 2:15 left "
            "the game was over. Profit rose 5% in the first half.")
    found = [(m.start, m.text, m.value) for m in tag_text(text, "2022-03-10")]
    assert found == [(text.index("the first half", text.index("Profit")), "the first half", "2022-H1")]


def test_a_month_that_is_a_surname_in_the_text_needs_a_preposition_to_be_the_month() -> None:
    text = ("Theresa May called the vote in April. The result was quite shocking for May as Labour gained. "
            "May said she would stay. In May she had won.")
    assert [(m.text, m.value) for m in tag_text(text, "2017-06-09")] == [("April", "2017-04"), ("May", "2017-05")]
    assert [m.text for m in tag_text("Sales fell for May as prices rose.", "2017-06-09")] == ["May"]


def test_a_named_day_in_quotes_and_the_article_before_a_full_date() -> None:
    text = 'On "Black Monday," the Dow fell. The Oct. 19, 1987, crash was worse than "Black Tuesday" (Oct. 29, 1929).'
    assert [(m.text, m.value) for m in tag_text(text, "1997-10-13")] == [
        ("Oct. 19, 1987", "1987-10-19"), ("Oct. 29, 1929", "1929-10-29")]
