"""Which way an under-specified date points (last Tuesday or next, last December or next), and its TimeML type.

Real sentences from TimeBank (with their document dates) and small made-up ones; each case gives the text,
the publication date and the (extent, type, value) the TimeML guidelines ask for.
"""

from __future__ import annotations

import pytest

from timeline.temporal import tag_text

Case = tuple[str, str | None, list[tuple[str, str, str]]]


def _found(text: str, published: str | None) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in tag_text(text, published)]


DIRECTION: list[Case] = [
    # a schedule in the present points ahead ("opens", "begins")
    ("The launch window opens on October 5; the trial begins March 4.", "2023-03-31",
     [("October 5", "DATE", "2023-10-05"), ("March 4", "DATE", "2024-03-04")]),
    # an abbreviation does not end the sentence whose verb sets the direction (NYT19981025.0188, wsj_0927)
    ("In January, a week after the 25th anniversary of the Roe vs. Wade decision, a clinic bombing in Birmingham, "
     "Ala., killed a guard.", "1998-10-25", [("January", "DATE", "1998-01"), ("a week", "DURATION", "P1W")]),
    ("Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison reaches 65.", "1989-10-26",
     [("Feb. 1", "DATE", "1990-02-01")]),
    # a plan points ahead unless the verb right after the date says it is over (APW20000107.0318, APW19991024.0075)
    ("Cuban-American protesters planned a large demonstration in Little Havana on Saturday.", "2000-01-07",
     [("Saturday", "DATE", "2000-01-08")]),
    ("A memorial service planned at the University of Rochester for Saturday was canceled.", "1999-10-24",
     [("Saturday", "DATE", "1999-10-23")]),
    # a plain present verb of a schedule points ahead (VOA19980501.1800.0355); negated or failed it does not
    ("He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright.",
     "1998-05-01", [("Monday", "DATE", "1998-05-04")]),
    ("The two delegations did not meet Monday, and talks stalled.", "1998-05-01", [("Monday", "DATE", "1998-04-27")]),
    # a schedule in the third person present points ahead; after a determiner the word is a noun
    ("The man accused of shooting the congresswoman makes his first court appearance on Monday.", "2011-01-09",
     [("Monday", "DATE", "2011-01-10")]),
    ("The team said its plans Monday were dropped.", "2011-01-09", [("Monday", "DATE", "2011-01-03")]),
    # a time zone after "p.m." does not end the sentence whose verb points ahead
    ("Loughner is scheduled to appear at 2 p.m. Mountain Time on Monday (Jan. 10).", "2011-01-09",
     [("2 p.m. Mountain Time on Monday", "TIME", "2011-01-10T14:00"), ("Jan. 10", "DATE", "2011-01-10")]),
    # a period that ended on a day, or "since" a day, puts that day behind publication, however near
    # (wsj_0709: "the second quarter ended Oct. 31" written on Oct. 27, 1989)
    ("In its fiscal year ended Oct. 31, net income fell.", "1989-10-27",
     [("Oct. 31", "DATE", "1988-10-31")]),
    ("In the week ended March 15 prices rose; the plan ends March 31.", "2013-03-22",
     [("the week", "DATE", "2013-W11"), ("March 15", "DATE", "2013-03-15"), ("March 31", "DATE", "2013-03-31")]),
    # a future verb is a sure cue for a month alone, however far ahead (ABC19980304.1830.1636)
    ("Colonel Collins will be named commander of the Space Shuttle Columbia for a mission in December.",
     "1998-03-04", [("December", "DATE", "1998-12")]),
    # a past verb for a day well behind, however near the next one (wsj_0505)
    ("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "1989-10-31",
     [("the fiscal year", "DURATION", "P1Y"), ("Jan. 31", "DATE", "1989-01-31")]),
    # a plan or schedule in an infinitive points ahead (APW19980322.0749, wsj_0810)
    ("extremists opposed to the truce seek to undermine the peace process, set to resume Monday in Belfast.",
     "1998-03-22", [("Monday", "DATE", "1998-03-23")]),
    ("Navigation Mixte, which is being traded in London and is to resume trading in Paris Tuesday.",
     "1989-10-27", [("Tuesday", "DATE", "1989-10-31")]),
    ("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "1998-09-30",
     [("Thursday", "DATE", "1998-10-01")]),
    # reported plans: "would" looks ahead of the report (APW19980213.1320)
    ("Thomson said the third flight would depart from August 6.", "1998-02-13",
     [("August 6", "DATE", "1998-08-06")]),
    # a plan that "had been" made is for a time already past (wsj_0533)
    ("The offer was extended. It had been due to expire Friday evening.", "1989-10-30",
     [("Friday evening", "TIME", "1989-10-27TEV")]),
    # an earliest time is ahead (NYT20000403.0463); a deadline the clause says has passed is not (APW19990507.0207)
    ("his father, who could come to the U.S. from Cuba as early as Tuesday.", "2000-04-03",
     [("Tuesday", "DATE", "2000-04-04")]),
    ("Until Thursday, they had not called Kopp a suspect.", "1999-05-07", [("Thursday", "DATE", "1999-05-06")]),
    # the month just ended is "last month", so "last February" in March is a year back (APW19980301.0720);
    # "this past February" is the one just ended
    ("73 soldiers were killed when two military helicopters crashed last February.", "1998-03-01",
     [("last February", "DATE", "1997-02")]),
    ("It snowed this past February and will again next April.", "1998-03-01",
     [("this past February", "DATE", "1998-02"), ("next April", "DATE", "1999-04")]),
    # "due to the storm" is a cause, not a schedule
    ("Prices fell due to the storm on Tuesday. The talks are due to resume Tuesday.", "1998-03-05",
     [("Tuesday", "DATE", "1998-03-03"), ("Tuesday", "DATE", "1998-03-10")]),
    # plain past reporting stays in the past
    ("The king met Saddam Monday.", "1990-08-15", [("Monday", "DATE", "1990-08-13")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DIRECTION)
def test_direction(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, published) == expected


COVERAGE: list[Case] = [
    # bare plural units after "after", "follows", "took"... are durations (wsj_0786)
    ("The completion of the merger agreement follows months of twists and turns.", "1989-10-27",
     [("months", "DURATION", "PXM")]),
    ("After weeks of talks, it took years to build.", None,
     [("weeks", "DURATION", "PXW"), ("years", "DURATION", "PXY")]),
    # "the last half" of a year is its second half (wsj_1014)
    ("lower-than-anticipated earnings for the last half of 1989 and for 1990.", "1989-10-26",
     [("the last half of 1989", "DATE", "1989-H2"), ("1990", "DATE", "1990")]),
    # "the previous Friday" counts from the Friday the story named a paragraph back (wsj_0586)
    ("London share prices closed sharply lower Friday in active trading. " + "Dealers sold. " * 30
     + "The index shed 47.3 points, down 4.5% from the previous Friday.", "1989-10-30",
     [("Friday", "DATE", "1989-10-27"), ("the previous Friday", "DATE", "1989-10-20")]),
    # "over the years" is a duration of years (VOA19980331.1700.1533)
    ("Over the years many more patients who are about to die go without a liver.", "1998-03-31",
     [("the years", "DURATION", "PXY")]),
    # "the week", "later in the day" belong to the day the story just named (wsj_0585, a Monday paper)
    ("The Nasdaq Composite Index tumbled 5.39 on Friday. For the week, the index dropped 3.8%.", "1989-10-30",
     [("Friday", "DATE", "1989-10-27"), ("the week", "DATE", "1989-W43")]),
    ("Albright flew to Tanzania Tuesday and on to Nairobi later in the day.", "1998-08-20",
     [("Tuesday", "DATE", "1998-08-18"), ("later in the day", "DATE", "1998-08-18")]),
    # an hour with a part of the day (APW20000405.0276)
    ("This courageous father will leave at 4 in the morning; he was shot at 10 in the evening, 11 at night.",
     "2000-04-05", [("4 in the morning", "TIME", "2000-04-05T04:00"), ("10 in the evening", "TIME", "2000-04-05T22:00"),
                    ("11 at night", "TIME", "2000-04-05T23:00")]),
    # a month that is also a name stands as a date after a determiner, before a common noun (wsj_0736,
    # XIE19990210.0079), but not "the May government" nor "The June Carter show"
    ("The bank is trying to sell itself, under a June agreement with a dissident-shareholder group.", "1989-10-27",
     [("June", "DATE", "1989-06")]),
    ("The March accession will enable the three countries to sign.", "1999-02-10", [("March", "DATE", "1999-03")]),
    ("the May government, The June Carter show and the March on Washington", "2019-11-03", []),
    ("In after hours trading the stock fell.", "2019-11-03", []),
    # "post-1959" names a year (NYT20000224.0173); "high noon" is an idiom (NYT19990312.0271)
    ("the post-1959 politics have managed to split families", "2000-02-24", [("1959", "DATE", "1959")]),
    ("The poster showed Gary Cooper from the film ``High Noon.'' For Poland, high noon comes today.", "1999-03-12",
     [("today", "DATE", "1999-03-12")]),
    # a capitalised title in quotes is a programme, not a week (WSJ900813-0157)
    ("Secretary of State James Baker, speaking on ABC News' \"This Week,\" said so.", "1990-08-13", []),
    ("\"This week we meet,\" he said.", "1990-08-13", [("This week", "DATE", "1990-W33")]),
]


TYPES: list[Case] = [
    # the same words, once before "ended" and once alone: a duration, then the year of the story (wsj_0189)
    ("For the year ended Sept. 30, Ralston earned $422.5 million. For the year, pet food volume was flat.",
     "1989-11-02", [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30"),
                    ("the year", "DATE", "1989")]),
    # a stretch up to now after "in", "over": a duration; "last week" alone: a point (the week before)
    ("Stocks have fallen 12% in the last week.", "1998-01-08", [("the last week", "DURATION", "P1W")]),
    # ahead as well as back, with a range or "or so" inside the one span (wsj_0637, wsj_0610)
    ("acquisitions to be made during the next 12 to 18 months", "1989-10-30",
     [("the next 12 to 18 months", "DURATION", "PXM")]),
    ("over the next two years or so and in the coming year", "1989-10-30",
     [("the next two years or so", "DURATION", "P2Y"), ("the coming year", "DURATION", "P1Y")]),
    ("The next year, he moved to Paris.", "1989-10-30", [("The next year", "DATE", "1990")]),
    # "the past century" is the hundred years up to now (wsj_0266), "the last decade" the one before
    ("one of the significant events of the past century.", "1989-11-01", [("the past century", "DURATION", "P100Y")]),
    # but "in the last decade" names the decade before (NYT19980206.0460)
    ("to restore some of the earning power they lost to inflation in the last decade.", "1998-02-06",
     [("the last decade", "DATE", "198")]),
    ("Bush told a news conference last week that the barricade might be extended.", "1990-08-15",
     [("last week", "DATE", "1990-W32")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), TYPES)
def test_types(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), COVERAGE)
def test_coverage(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, published) == expected


def test_a_zone_after_a_clock_and_next_to_a_place_are_no_sentence_or_future_cues() -> None:
    text = ("For an Aug. 5 liftoff, the launch window opens at 11:34 a.m. EDT (1534 GMT) and remains open "
            "through 12:43 EDT (1643 GMT).")
    assert [v for _, _, v in _found(text, "2011-07-28")][1:] == [
        "2011-08-05T11:34", "2011-08-05T15:34", "2011-08-05T12:43", "2011-08-05T16:43"]
    killed = "More than 100 people were killed in the blasts next to the U.S. embassies on Friday."
    assert _found(killed, "1998-08-09") == [("Friday", "DATE", "1998-08-07")]


def test_a_report_retelling_a_day_long_past_times_its_hours_on_that_day() -> None:
    text = ("The Oct. 19, 1987, crash stunned Wall Street. " + "The broader markets followed the Dow down. " * 12
            + "Yet by 10 a.m., the index had crept back up. Stocks fell again at 3 p.m. today.")
    found = [(m.text, m.value) for m in tag_text(text, "1997-10-13")]
    assert found == [("Oct. 19, 1987", "1987-10-19"), ("10 a.m.", "1987-10-19T10:00"),
                     ("3 p.m. today", "1997-10-13T15:00")]


def test_a_clock_time_takes_the_day_named_a_few_sentences_before() -> None:
    text = ("A ceasefire brokered by the United States and Russia took effect in Syria on Monday. "
            "Fighting had raged across the country for weeks. It began at 7pm local time.")
    found = [(m.text, m.value) for m in tag_text(text, "2016-09-13")]
    assert found[0] == ("Monday", "2016-09-12") and found[-1] == ("7pm local time", "2016-09-12T19:00")
