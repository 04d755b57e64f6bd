"""Each class of temporal expression the tagger covers, on real sentences (samples, TimeBank) and made-up ones.

Every case gives the text, the publication date it is read against, and the (extent, type, value) the
TimeML guidelines ask for; a case fails on a missed expression, a wrong extent or a wrong value.
"""

from __future__ import annotations

import pytest

from timeline.temporal import tag_text

Case = tuple[str, str | None, list[tuple[str, str, str]]]


def _found(text: str, published: str | None) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in tag_text(text, published)]


ABSOLUTE: list[Case] = [
    ("On November 4, 1979, students overran the embassy complex.", "2019-11-03",
     [("November 4, 1979", "DATE", "1979-11-04")]),
    ("He had fled the country in August 1953 after trying to dismiss Mossadegh.", "2019-11-03",
     [("August 1953", "DATE", "1953-08")]),
    ("a meeting in Tehran, Iran, Tuesday, Sept. 17, 2019", None, [("Tuesday, Sept. 17, 2019", "DATE", "2019-09-17")]),
    ("He was born on 4 July 1776.", None, [("4 July 1776", "DATE", "1776-07-04")]),
    # the first day of a range takes the year given at its end, the year before if the range turns one
    ("The battle lasted from 21 February to 18 December 1916.", None,
     [("21 February", "DATE", "1916-02-21"), ("18 December 1916", "DATE", "1916-12-18")]),
    ("It snowed from Dec. 15 to Jan. 2, 1917.", "2003-01-01",
     [("Dec. 15", "DATE", "1916-12-15"), ("Jan. 2, 1917", "DATE", "1917-01-02")]),
    ("Japan attacked on Monday 8 February – Tuesday 9 February 1904.", None,
     [("Monday 8 February", "DATE", "1904-02-08"), ("Tuesday 9 February 1904", "DATE", "1904-02-09")]),
    # a day joined to a date is a date of its own (XIE19990210.0079); a count after one is not
    ("The summit will still be held on April 24 and 25.", "1999-02-10",
     [("April 24", "DATE", "1999-04-24"), ("25", "DATE", "1999-04-25")]),
    ("On May 5 and 6 people died.", "1999-05-10", [("May 5", "DATE", "1999-05-05")]),
    ("the US broke off diplomatic relations with Iran in 1980", "2019-11-03", [("1980", "DATE", "1980")]),
    ("In 1066 the Normans came; in AD 79 Vesuvius erupted.", None,
     [("1066", "DATE", "1066"), ("AD 79", "DATE", "0079")]),
    ("Published 2019-11-03 and 11/03/2019.", None,
     [("2019-11-03", "DATE", "2019-11-03"), ("11/03/2019", "DATE", "2019-11-03")]),
    ("Posted 03/11/2019 and 23.10.2019 (British order).", "2019-11-04",
     [("03/11/2019", "DATE", "2019-11-03"), ("23.10.2019", "DATE", "2019-10-23")]),
    ("January nineteen ninety-seven. Atlanta again.", None,
     [("January nineteen ninety-seven", "DATE", "1997-01")]),
    ("His promise to halve unemployment by the year two thousand.", None,
     [("the year two thousand", "DATE", "2000")]),
]

GRANULARITY: list[Case] = [
    ("Little of the vitriol that the issue aroused in the 1980s remains.", None, [("the 1980s", "DATE", "198")]),
    ("the late 1970s and the '60s", "1998-02-19", [("the late 1970s", "DATE", "197"), ("the '60s", "DATE", "196")]),
    ("It changed in the 19th century.", None, [("the 19th century", "DATE", "18")]),
    ("the nineteenth century and the 1800s", None,
     [("the nineteenth century", "DATE", "18"), ("the 1800s", "DATE", "18")]),
    ("The summer of 1998 was hot; spring 2001 was wet.", None,
     [("The summer of 1998", "DATE", "1998-SU"), ("spring 2001", "DATE", "2001-SP")]),
    ("earnings for the third quarter of 1997 and Q3 2018", None,
     [("the third quarter of 1997", "DATE", "1997-Q3"), ("Q3 2018", "DATE", "2018-Q3")]),
    ("sales in the first half of 2019", None, [("the first half of 2019", "DATE", "2019-H1")]),
    ("Jayark had a loss in the quarter ended July 31; Sun's sales for the quarter ended Sept. 29 rose.", "1989-10-30",
     [("the quarter", "DATE", "1989-Q2"), ("July 31", "DATE", "1989-07-31"), ("the quarter", "DATE", "1989-Q3"),
      ("Sept. 29", "DATE", "1989-09-29")]),
    ("FedEx reported Q3 results; 3Q profit fell, the fiscal 2012 fourth quarter was weak, the June quarter rose.",
     "2012-10-20", [("Q3", "DATE", "2012-Q3"), ("3Q", "DATE", "2012-Q3"),
                    ("the fiscal 2012 fourth quarter", "DATE", "2012-Q4"), ("the June quarter", "DATE", "2012-Q2")]),
    ("this week and last week", "2019-11-06", [("this week", "DATE", "2019-W45"), ("last week", "DATE", "2019-W44")]),
]

RELATIVE: list[Case] = [
    # two steps from the moment of writing
    ("It was the week before last, the year before last and the day before yesterday.", "2013-03-22",
     [("the week before last", "DATE", "2013-W10"), ("the year before last", "DATE", "2011"),
      ("the day before yesterday", "DATE", "2013-03-20")]),
    ("Ayatollah Ali Khamenei said on Sunday that talks will not bear results.", "2019-11-03",
     [("Sunday", "DATE", "2019-11-03")]),
    ("Trump withdrew from the 2015 Iran nuclear deal last year.", "2019-11-03",
     [("2015", "DATE", "2015"), ("last year", "DATE", "2018")]),
    ("Tehran has hit back three times with countermeasures since May.", "2019-11-03", [("May", "DATE", "2019-05")]),
    ("The deal will be reviewed in May.", "2019-11-03", [("May", "DATE", "2020-05")]),
    ("The US also blames Iran for a September 14 attack.", "2019-11-03", [("September 14", "DATE", "2019-09-14")]),
    ("Khamenei said on 23 August that he would accept negotiations.", "2019-11-03",
     [("23 August", "DATE", "2019-08-23")]),
    ("The reduced dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02",
     [("Jan. 2", "DATE", "1990-01-02"), ("Dec. 15", "DATE", "1989-12-15")]),
    ("They are going to attend a meeting in New York later this month.", "2019-09-10",
     [("later this month", "DATE", "2019-09")]),
    ("The president travels next week.", "1998-02-13", [("next week", "DATE", "1998-W08")]),
    ("Two years earlier the plant had closed.", "2019-11-03", [("Two years earlier", "DATE", "2017")]),
    ("Shares closed Friday, down 4.5% from the previous Friday.", "1989-10-30",
     [("Friday", "DATE", "1989-10-27"), ("the previous Friday", "DATE", "1989-10-20")]),
    ("Over the weekend, traders rested.", "1991-02-25", [("the weekend", "DATE", "1991-W08-WE")]),
    ("It began a fortnight ago.", "2019-11-03", [("a fortnight ago", "DATE", "2019-W42")]),
    ("The central bank meets on Dec. 10-11; the summit ran Sept. 9-10, 2019.", "2019-11-04",
     [("Dec. 10", "DATE", "2019-12-10"), ("Sept. 9-10, 2019", "DATE", "2019-09-09")]),
    ("The bombing occurred two weeks ago; yesterday he spoke; tomorrow he leaves.", "2019-11-06",
     [("two weeks ago", "DATE", "2019-W43"), ("yesterday", "DATE", "2019-11-05"),
      ("tomorrow", "DATE", "2019-11-07")]),
    ("Delta reported a first-quarter gain. For the quarter ended Sept. 30, Delta posted net income.", "1989-10-26",
     [("first-quarter", "DATE", "1989-Q1"), ("the quarter", "DATE", "1989-Q3"), ("Sept. 30", "DATE", "1989-09-30")]),
    ("In the fourth quarter, net rose 5% from $3 million a year earlier.", "1989-11-02",
     [("the fourth quarter", "DATE", "1989-Q4"), ("a year earlier", "DATE", "1988-Q4")]),
    ("On Christmas Day 2018 and at Thanksgiving.", "2019-11-03",
     [("Christmas Day 2018", "DATE", "2018-12-25"), ("Thanksgiving", "DATE", "2019-11-28")]),
    ("She fled to Florida in June 1998 and returned to Cuba later that year.", "2000-01-28",
     [("June 1998", "DATE", "1998-06"), ("later that year", "DATE", "1998")]),
    ("On 18 May 1804 he was proclaimed Emperor. The following year he won at Austerlitz.", None,
     [("18 May 1804", "DATE", "1804-05-18"), ("The following year", "DATE", "1805")]),
]

TIMES: list[Case] = [
    ("They met Monday evening and again at 6:50 p.m.", "2019-04-17",
     [("Monday evening", "TIME", "2019-04-15TEV"), ("6:50 p.m.", "TIME", "2019-04-17T18:50")]),
    ("the offer expires at 5 p.m. EST Nov. 9", "1989-11-02", [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]),
    ("Apollo 11 landed on July 20, 1969, at 20:17 UTC.", None,
     [("July 20, 1969", "DATE", "1969-07-20"), ("20:17 UTC", "TIME", "1969-07-20T20:17")]),
    ("The assault started around 3:00 in the hot afternoon.", "1863-07-03",
     [("around 3:00 in the hot afternoon", "TIME", "1863-07-03T15:00")]),
    ("this morning, tonight and last night", "2019-11-03",
     [("this morning", "TIME", "2019-11-03TMO"), ("tonight", "TIME", "2019-11-03TNI"),
      ("last night", "TIME", "2019-11-02TNI")]),
    ("By mid afternoon, sources were saying so.", "1998-03-06", [("mid afternoon", "TIME", "1998-03-06TAF")]),
    ("at noon Saturday", "1991-02-25", [("noon Saturday", "TIME", "1991-02-23T12:00")]),
    ("The blast occurred at about 10:35 a.m. (0735 GMT).", "1998-08-07",
     [("about 10:35 a.m.", "TIME", "1998-08-07T10:35"), ("0735 GMT", "TIME", "1998-08-07T07:35")]),
    # a weekday after an aside dates the time before it, a day after publication
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, killing 12.", "1998-08-08",
     [("about 10:35 a.m.", "TIME", "1998-08-07T10:35"), ("0735 GMT", "TIME", "1998-08-07T07:35"),
      ("Friday", "DATE", "1998-08-07")]),
    ("He will leave at 4 in the morning (4 a.m. EDT Thursday).", "2000-04-05",
     [("4 in the morning", "TIME", "2000-04-06T04:00"), ("4 a.m. EDT Thursday", "TIME", "2000-04-06T04:00")]),
    # a weekday inside an aside with another hour is another zone's day; a clock with its part of day
    ("The quake struck at 1:47 a.m. (1747 GMT Monday).", "1999-09-21",
     [("1:47 a.m.", "TIME", "1999-09-21T01:47"), ("1747 GMT Monday", "TIME", "1999-09-20T17:47")]),
    ("Sinatra died at 10:50 last night; police came at 6.30am this morning.", "1998-05-15",
     [("10:50 last night", "TIME", "1998-05-14T22:50"), ("6.30am this morning", "TIME", "1998-05-15T06:30")]),
]

DURATIONS: list[Case] = [
    ("He got 2½ years after a weeklong trial.", "2018-10-24",
     [("2½ years", "DURATION", "P2Y6M"), ("weeklong", "DURATION", "P1W")]),
    # a size between two numbers is unknown (wsj_0637: "the next 12 to 18 months" PXM)
    ("Rates should stay low over the next 12 to 18 months; repairs take five to seven days.", "1989-11-01",
     [("the next 12 to 18 months", "DURATION", "PXM"), ("five to seven days", "DURATION", "PXD")]),
    # seasons counted are a show's or a league's: years
    ("He starred in the drama for three seasons; in recent seasons City won.", "2016-09-26",
     [("three seasons", "DURATION", "P3Y"), ("recent seasons", "DATE", "PAST_REF")]),
    ("Iran held 52 Americans for 444 days at the embassy.", "2019-11-03", [("444 days", "DURATION", "P444D")]),
    ("But in the past three months, stocks have plunged.", "1998-01-08",
     [("the past three months", "DURATION", "P3M")]),
    ("during the last 41 years", None, [("the last 41 years", "DURATION", "P41Y")]),
    ("Relations have reached a crisis over the past year.", "2019-11-03",
     [("the past year", "DURATION", "P1Y")]),
    ("the lowest figure for almost two decades", None, [("almost two decades", "DURATION", "P20Y")]),
    ("It took two and a half years and half an hour.", None,
     [("two and a half years", "DURATION", "P2Y6M"), ("half an hour", "DURATION", "PT30M")]),
    ("In Singapore, stocks hit a five year low.", None, [("five year", "DURATION", "P5Y")]),
    ("the eight-year war with Iran", None, [("eight-year", "DURATION", "P8Y")]),
    ("more than four hours; up to 180 days", None,
     [("more than four hours", "DURATION", "PT4H"), ("up to 180 days", "DURATION", "P180D")]),
    ("The ordeal has lasted for years.", None, [("years", "DURATION", "PXY")]),
    ("after a day-long meeting in the decades-long feud", None,
     [("day-long", "DURATION", "P1D"), ("decades-long", "DURATION", "PXY")]),
    ("The empire lasted two hundred years; after three hundred years it fell.", None,
     [("two hundred years", "DURATION", "P200Y"), ("three hundred years", "DURATION", "P300Y")]),
    ("The storm is forecast to last several days; prices rose in the last several days.", "2022-03-10",
     [("several days", "DURATION", "PXD"), ("the last several days", "DURATION", "PXD")]),
    ("It had losses in the past two quarters and pays interest every quarter.", "1989-10-27",
     [("the past two quarters", "DURATION", "P2Q"), ("every quarter", "SET", "P1Q")]),
]

SETS: list[Case] = [
    ("It happens every year, every Sunday and twice a week.", None,
     [("every year", "SET", "P1Y"), ("every Sunday", "SET", "XXXX-WXX-7"), ("twice a week", "SET", "P1W")]),
    ("Qantas plans new flights each Thursday from August 6.", "1998-02-13",
     [("each Thursday", "SET", "XXXX-WXX-4"), ("August 6", "DATE", "1998-08-06")]),
    ("the agency publishes a daily tally", None, [("daily", "SET", "P1D")]),
    ("The market is closed on Sundays.", "2019-11-03", [("Sundays", "SET", "XXXX-WXX-7")]),
]

VAGUE: list[Case] = [
    ("Now with new construction under way, buyers have backed out.", "1998-01-08",
     [("Now", "DATE", "PRESENT_REF")]),
    ("The US government recently announced new regulations.", "1998-03-31", [("recently", "DATE", "PAST_REF")]),
    ("The U.S. has not changed since decades ago.", "2019-11-03", [("decades ago", "DATE", "PAST_REF")]),
    ("Islam will one day be the largest; a decision comes at a later date.", "1998-03-03",
     [("one day", "DATE", "FUTURE_REF"), ("a later date", "DATE", "FUTURE_REF")]),
    ("a rational approach to the future; mistakes of the past", None,
     [("the future", "DATE", "FUTURE_REF"), ("the past", "DATE", "PAST_REF")]),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         ABSOLUTE + GRANULARITY + RELATIVE + TIMES + DURATIONS + SETS + VAGUE)
def test_expression(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, published) == expected


UNRESOLVED: list[Case] = [
    ("In remarks at the beginning of a religious course on Tuesday morning", None,
     [("Tuesday morning", "TIME", "XXXX-WXX-2TMO")]),
    ("They attend the UN general Assembly later this month.", None, [("later this month", "DATE", "XXXX-XX")]),
    ("He spoke on Sunday about the attack on September 14.", None,
     [("Sunday", "DATE", "XXXX-WXX-7"), ("September 14", "DATE", "XXXX-09-14")]),
    ("It happened last year, in May, yesterday.", None,
     [("last year", "DATE", "XXXX"), ("May", "DATE", "XXXX-05"), ("yesterday", "DATE", "XXXX-XX-XX")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNRESOLVED)
def test_without_publication_date_relative_values_keep_placeholders(text, published, expected) -> None:
    assert _found(text, published) == expected


def test_extent_leaves_prepositions_and_possessive_out() -> None:
    (m,) = tag_text("Khamenei said on Sunday's broadcast", "2019-11-03")
    assert (m.text, m.value) == ("Sunday", "2019-11-03")
    (q,) = tag_text("Savin reported a third-quarter net loss.", "1989-11-02")
    assert (q.text, q.value) == ("third-quarter", "1989-Q3")


def test_modifiers_are_kept() -> None:
    (m,) = tag_text("earlier this year", "1989-11-02")
    assert (m.value, m.mod) == ("1989", "START")
    (d,) = tag_text("nearly forty years", None)
    assert (d.value, d.mod) == ("P40Y", "LESS_THAN")


def test_repeated_runs_give_identical_results() -> None:
    text = "He left on Friday and will return in May; the past year was hard."
    assert tag_text(text, "2019-11-03") == tag_text(text, "2019-11-03")
    assert tag_text(text, "2019-11-03") != tag_text(text, "2018-06-20")


def test_undated_narrative_dates_bare_months_by_the_year_just_named() -> None:
    text = ("In 1804 the Senate proclaimed him Emperor. On 2 December, he crowned himself.\n\n"
            "On Sunday, 2 December, the anniversary was marked; in May there were parades.")
    found = [(m.text, m.value) for m in tag_text(text)]
    assert found == [("1804", "1804"), ("2 December", "1804-12-02"), ("Sunday, 2 December", "XXXX-12-02"),
                     ("May", "XXXX-05")]


def test_before_last_followed_by_a_day_leaves_last_to_that_day() -> None:
    found = _found("The day before last Tuesday's vote, they met.", "2013-03-22")
    assert [text for text, _, _ in found] == ["The day before", "last Tuesday"]
    assert found[1][2] == "2013-03-19"
