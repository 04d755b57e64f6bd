"""Undated history narrative: relative expressions count from the dates the text itself gives.

Made-up sentences in the style of encyclopaedia prose; no publication date, so only anchors in the text
can resolve "three years later" or "the following spring".
"""

from __future__ import annotations

from timeline.temporal import tag_text


def _found(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in tag_text(text, published)]


def test_a_season_anchors_later_arithmetic_by_its_year() -> None:
    text = "In the spring of 1945 the war ended. Three years later, in 1948, the state was founded."
    assert _found(text) == [("the spring of 1945", "DATE", "1945-SP"), ("Three years later", "DATE", "1948"),
                            ("1948", "DATE", "1948")]


def test_following_previous_and_that_season_count_from_the_last_date() -> None:
    text = ("The state was founded in 1948. The following spring, talks began. That summer they met. "
            "In March 1950 it rained; the previous winter was cold.")
    assert _found(text) == [("1948", "DATE", "1948"), ("The following spring", "DATE", "1949-SP"),
                            ("That summer", "DATE", "1949-SU"), ("March 1950", "DATE", "1950-03"),
                            ("the previous winter", "DATE", "1950-WI")]


def test_abbreviated_decade_after_a_full_one() -> None:
    assert _found("During the 1970s and '80s, prices rose.") == [("the 1970s", "DATE", "197"),
                                                                 ("'80s", "DATE", "198")]


def test_month_of_the_following_year_is_one_span_counted_from_the_last_date() -> None:
    assert _found("He abdicated in April 1814 and returned in March of the following year.") == [
        ("April 1814", "DATE", "1814-04"), ("March of the following year", "DATE", "1815-03")]
    assert _found("It opened in 2017 and closed in May of that year.") == [
        ("2017", "DATE", "2017"), ("May of that year", "DATE", "2017-05")]
    assert _found("The plant will reopen in March of next year.", "1998-02-01") == [
        ("March of next year", "DATE", "1999-03")]


def test_centuries_and_years_before_christ() -> None:
    text = "In the 5th century BC and in 44 BC Rome grew; by the first century AD and AD 79 it ruled."
    assert _found(text) == [("the 5th century BC", "DATE", "BC04"), ("44 BC", "DATE", "BC0044"),
                            ("the first century AD", "DATE", "00"), ("AD 79", "DATE", "0079")]


def test_later_that_year_before_a_subject_and_the_year_with_its_number() -> None:
    text = "In 1066 William invaded. Later that year he was crowned. It is remembered with the year 1492."
    assert _found(text) == [("1066", "DATE", "1066"), ("Later that year", "DATE", "1066"),
                            ("the year 1492", "DATE", "1492")]


def test_early_year_ranges_of_reigns_and_lives() -> None:
    assert _found("Henry VIII reigned 1509–1547; Louis XIV (1643-1715) outlived him.") == [
        ("1509", "DATE", "1509"), ("1547", "DATE", "1547"), ("1643", "DATE", "1643"), ("1715", "DATE", "1715")]
    text = "Napoleon reigned from 1804 to 1814, and in the spring of 1815 he returned; by 1820 it was over."
    assert _found(text) == [
        ("1804", "DATE", "1804"), ("1814", "DATE", "1814"), ("the spring of 1815", "DATE", "1815-SP"),
        ("1820", "DATE", "1820")]


def test_that_same_year_and_the_end_of_the_year_in_an_undated_story() -> None:
    text = "He was elected in 1860. That same year, the South seceded. By the end of the year, war loomed."
    assert [(m.text, m.value, m.mod) for m in tag_text(text, None)] == [
        ("1860", "1860", None), ("That same year", "1860", None), ("the end of the year", "1860", "END")]


def test_millennia_as_their_leading_digit() -> None:
    assert _found("The 3rd millennium BC and the second millennium saw change.") == [
        ("The 3rd millennium BC", "DATE", "BC2"), ("the second millennium", "DATE", "1")]


def test_a_month_in_a_sentence_about_the_distant_past_of_a_dated_page() -> None:
    text = ("In 1804, in May, Napoleon toured Italy, and on 2 December he was crowned. "
            "Under a plan approved in 2017, the firm said it bought shares through Sept. 29.")
    assert _found(text, "2019-11-03") == [
        ("1804", "DATE", "1804"), ("May", "DATE", "1804-05"), ("2 December", "DATE", "1804-12-02"),
        ("2017", "DATE", "2017"), ("Sept. 29", "DATE", "2019-09-29")]


def test_short_decades_paired_centuries_and_life_dates() -> None:
    text = "In the 60s and the late 70s, and in the 16th and 17th centuries; highs were in the 60s."
    assert _found(text) == [("the 60s", "DATE", "196"), ("the late 70s", "DATE", "197"),
                            ("the 16th", "DATE", "15"), ("17th centuries", "DATE", "16")]
    assert _found("Marlowe (b. 1564, d. 1593) wrote plays.") == [("1564", "DATE", "1564"), ("1593", "DATE", "1593")]


def test_hyphenated_century_adjective_leaves_the_article_to_its_noun() -> None:
    assert _found("The 18th-century house stood until the late 19th century.") == [
        ("18th-century", "DATE", "17"), ("the late 19th century", "DATE", "18")]


def test_afterwards_counts_from_the_year_and_parts_of_day_follow_the_day_told() -> None:
    assert _found("The revolution began in 1789. Ten years afterwards, Napoleon took power.") == [
        ("1789", "DATE", "1789"), ("Ten years afterwards", "DATE", "1799")]
    text = "On 3 May 1808, troops fired. The next morning, the city was quiet. That evening, rain fell."
    assert _found(text) == [("3 May 1808", "DATE", "1808-05-03"), ("The next morning", "TIME", "1808-05-04TMO"),
                            ("That evening", "TIME", "1808-05-04TEV")]


def test_circa_years_are_approximate() -> None:
    text = "The nave was built c. 1500, rebuilt circa 1650 and painted ca. 1700."
    assert [(m.text, m.value, m.mod) for m in tag_text(text, None)] == [
        ("c. 1500", "1500", "APPROX"), ("circa 1650", "1650", "APPROX"), ("ca. 1700", "1700", "APPROX")]


def test_an_undated_story_keeps_its_year_into_the_next_paragraph() -> None:
    text = "Napoleon was crowned in 1804.\n\nIn May, he toured Italy. On 2 December, he returned to Paris."
    assert _found(text) == [("1804", "DATE", "1804"), ("May", "DATE", "1804-05"),
                            ("2 December", "DATE", "1804-12-02")]


def test_years_before_1000_in_undated_history_prose() -> None:
    text = "In 800, Charlemagne was crowned. In 476 the empire fell. A fleet of 800 ships sailed in 300 days."
    assert _found(text) == [("800", "DATE", "0800"), ("476", "DATE", "0476"), ("300 days", "DURATION", "P300D")]
    assert _found("In 911, the caller hung up.", "2019-11-03") == []


def test_the_following_month_counts_from_a_date_a_paragraph_back() -> None:
    text = ("In March, the company received a bid. " + "The board met several times to weigh it. " * 8
            + "The following month, the company put itself up for sale.")
    assert _found(text, "1989-10-27")[-1] == ("The following month", "DATE", "1989-04")


def test_next_morning_and_a_clock_time_after_it_take_the_day_of_the_story() -> None:
    text = "Paris fell on 14 June 1940. The same day, the cabinet met. The next morning at 6 a.m. the troops moved."
    assert _found(text, "2019-11-03") == [
        ("14 June 1940", "DATE", "1940-06-14"), ("The same day", "DATE", "1940-06-14"),
        ("The next morning", "TIME", "1940-06-15TMO"), ("6 a.m.", "TIME", "1940-06-15T06:00")]


def test_on_the_ordinal_is_a_day_of_the_month_last_named_or_of_the_publication_month() -> None:
    assert _found("Paris fell on 14 June 1940. On the 15th, the army withdrew.") == [
        ("14 June 1940", "DATE", "1940-06-14"), ("the 15th", "DATE", "1940-06-15")]
    assert _found("Talks collapsed on the 21st, officials said.", "2019-11-03") == [
        ("the 21st", "DATE", "2019-10-21")]
    assert _found("Talks will resume on the 28th.", "2019-11-03") == [("the 28th", "DATE", "2019-11-28")]
    assert _found("They met on the 3rd floor for the 15th anniversary.", "2019-11-03") == []


def test_a_holiday_and_a_clock_time_belong_to_the_year_and_day_being_told() -> None:
    text = ("In 1066, William invaded England; on Christmas Day he was crowned. The armistice was signed at "
            "5 a.m. on 11 November 1918 and took effect at 11 a.m.")
    assert _found(text) == [("1066", "DATE", "1066"), ("Christmas Day", "DATE", "1066-12-25"),
                            ("5 a.m. on 11 November 1918", "TIME", "1918-11-11T05:00"),
                            ("11 a.m.", "TIME", "1918-11-11T11:00")]


def test_a_war_named_by_its_length_is_no_duration() -> None:
    text = "The Thirty Years' War ended in 1648, the Six-Day War was fought in June 1967. Forty Years On, it rained."
    assert _found(text) == [("1648", "DATE", "1648"), ("June 1967", "DATE", "1967-06"),
                            ("Forty Years", "DURATION", "P40Y")]


def test_a_date_of_an_era_is_one_span_and_an_anchor_stops_at_bc() -> None:
    text = ("Augustus died on 19 August AD 14. Caesar was assassinated on 15 March 44 BC. The next day, the "
            "senate met. In September 31 BC Antony lost at Actium; Rome was founded on April 21, 753 BC.")
    assert _found(text) == [("19 August AD 14", "DATE", "0014-08-19"), ("15 March 44 BC", "DATE", "BC0044-03-15"),
                            ("The next day", "DATE", "XXXX-XX-XX"), ("September 31 BC", "DATE", "BC0031-09"),
                            ("April 21, 753 BC", "DATE", "BC0753-04-21")]


def test_years_count_across_the_era_and_the_year_is_the_one_being_told() -> None:
    text = ("In 218 BC Hannibal crossed the Alps. The following year he won. Two years later he lost. "
            "In 2 BC it ended; two years later a new age began. In 1916 the army decided early in the year.")
    assert _found(text) == [("218 BC", "DATE", "BC0218"), ("The following year", "DATE", "BC0217"),
                            ("Two years later", "DATE", "BC0215"), ("2 BC", "DATE", "BC0002"),
                            ("two years later", "DATE", "0001"), ("1916", "DATE", "1916"),
                            ("early in the year", "DATE", "1916")]


def test_a_day_the_story_dated_in_full_keeps_its_year_and_the_year_800_is_a_year() -> None:
    text = ("On 6 January 1066 Harold was crowned. Harold had sworn an oath after he was shipwrecked in 1064. "
            "When the council met on 6 January they elected Harold. Charlemagne was crowned in the year 800.")
    assert _found(text) == [("6 January 1066", "DATE", "1066-01-06"), ("1064", "DATE", "1064"),
                            ("6 January", "DATE", "1066-01-06"), ("the year 800", "DATE", "0800")]


def test_the_first_year_of_a_bc_range_takes_the_era_of_the_second() -> None:
    assert _found("The first war (264–241 BC) ended; from 218 to 201 BC Hannibal fought.") == [
        ("264", "DATE", "BC0264"), ("241 BC", "DATE", "BC0241"), ("218", "DATE", "BC0218"),
        ("201 BC", "DATE", "BC0201")]


def test_a_flashback_in_the_pluperfect_does_not_move_the_story() -> None:
    text = ("On 6 January 1066 Harold was crowned. Edward had died, having suffered strokes in late 1065. "
            "The crisis ended in an invasion later that year. The abbey had been consecrated on 28 December 1065. "
            "Harold was killed on 14 October. By 1070 William had subdued the north. In March he built a castle.")
    assert [(t, v) for t, _, v in _found(text)] == [
        ("6 January 1066", "1066-01-06"), ("late 1065", "1065"), ("later that year", "1066"),
        ("28 December 1065", "1065-12-28"), ("14 October", "1066-10-14"), ("1070", "1070"), ("March", "1070-03")]
    assert _found("In 1939 war came. Churchill, who had become first lord in 1911, returned in May.")[-1] == (
        "May", "DATE", "1939-05")


def test_a_winter_across_two_years_a_season_pair_and_a_day_range() -> None:
    text = ("In the winter of 1944-45 the offensive failed. In the summer and autumn of 1916 the Somme raged. "
            "On the night of 9–10 November 1938 synagogues burned.")
    assert _found(text) == [("the winter of 1944-45", "DATE", "1945-WI"), ("the summer", "DATE", "1916-SU"),
                            ("autumn of 1916", "DATE", "1916-FA"), ("9–10 November 1938", "DATE", "1938-11-09")]


def test_a_dated_history_is_told_by_its_own_years() -> None:
    text = ("The Battle of the Somme began on 1 July 1916. In February, the Germans had attacked Verdun. "
            "On 15 September tanks were used for the first time. Later that year, Haig was promoted.")
    assert _found(text, "2009-05-01") == _found(text) == [
        ("1 July 1916", "DATE", "1916-07-01"), ("February", "DATE", "1916-02"),
        ("15 September", "DATE", "1916-09-15"), ("Later that year", "DATE", "1916")]


def test_an_obituary_keeps_its_news_date_and_a_report_stays_news() -> None:
    obituary = ("Paul Sacher, 93, a conductor and patron of the arts, died May 26 in Zurich. Mr. Sacher married "
                "into the Hoffmann-La Roche family in 1934 and served on its board for almost six decades.")
    assert _found(obituary, "1999-05-30")[0] == ("May 26", "DATE", "1999-05-26")
    report = "NATO was founded in 1949, officials said. Greece joined in 1952. A summit is set for April."
    assert _found(report, "1999-03-12")[-1] == ("April", "DATE", "1999-04")


def test_decades_count_from_a_decade() -> None:
    assert _found("Trade grew in the 1630s. In the following decade, war came. Two decades later peace returned.") == [
        ("the 1630s", "DATE", "163"), ("the following decade", "DATE", "164"), ("Two decades later", "DATE", "166")]


def test_early_medieval_years_and_a_history_saved_later_agree() -> None:
    text = ("Charlemagne (742-814) became king of the Franks in 768. He invaded Saxony in 772 and Spain in 778. "
            "On Christmas Day that year he feasted. He was crowned emperor in 800, when he was old.")
    undated = _found(text)
    assert [(t, v) for t, _, v in undated] == [("742", "0742"), ("814", "0814"), ("768", "0768"), ("772", "0772"),
                                              ("778", "0778"), ("Christmas Day", "0778-12-25"), ("that year", "0778"),
                                              ("800", "0800")]
    assert _found(text, "2009-05-01") == undated
    assert _found("In 911, the caller hung up.", "2019-11-03") == []


def test_a_clock_time_in_a_history_takes_the_day_the_story_is_at() -> None:
    text = ("The attack came on the morning of Sunday, December 7, 1941. The first wave struck. "
            "At 7:48 a.m. the planes reached the harbor. The following day, Congress declared war.")
    assert [(t, v) for t, _, v in _found(text, "2009-05-01")][1:] == [
        ("7:48 a.m.", "1941-12-07T07:48"), ("The following day", "1941-12-08")]


def test_years_ago_before_christ_and_beyond_the_calendar() -> None:
    text = ("The city was founded 2,500 years ago, some 25 centuries ago; humans arrived 105,000 years ago and "
            "the dinosaurs died out 65 million years ago.")
    assert _found(text, "2009-05-01") == [
        ("2,500 years ago", "DATE", "BC0492"), ("some 25 centuries ago", "DATE", "BC0492"),
        ("105,000 years ago", "DATE", "PAST_REF"), ("65 million years ago", "DATE", "PAST_REF")]


def test_a_part_of_day_before_of_leaves_the_date_to_the_day_after_it() -> None:
    text = "In the early morning hours of Sunday, rebels attacked the town."
    assert _found(text, "2009-05-01") == [("Sunday", "DATE", "2009-04-26")]


def test_bare_seasons_after_a_preposition_or_a_position_word() -> None:
    text = ("In 1864 Sherman marched; by late summer Atlanta fell. In early spring the army had moved. "
            "He skipped spring training. In Spring Valley it rained.")
    assert _found(text) == [("1864", "DATE", "1864"), ("late summer", "DATE", "1864-SU"),
                            ("early spring", "DATE", "1864-SP")]


def test_bare_season_in_news_points_the_way_of_its_verb() -> None:
    found = _found("Prices rose in late summer, and the plant will reopen in spring.", "2013-03-22")
    assert found == [("late summer", "DATE", "2012-SU"), ("spring", "DATE", "2013-SP")]


def test_a_story_told_before_christ_keeps_its_era_for_bare_years_and_months() -> None:
    text = ("The war was fought between 431 and 404 BC. Sparta invaded Attica in 431. Athens sent an expedition "
            "to Sicily (415–413), and won at Cyzicus (410). Athens surrendered in April 404. The ruins were "
            "excavated in 1886.")
    assert _found(text) == [
        ("431", "DATE", "BC0431"), ("404 BC", "DATE", "BC0404"), ("431", "DATE", "BC0431"),
        ("415", "DATE", "BC0415"), ("413", "DATE", "BC0413"), ("410", "DATE", "BC0410"),
        ("April 404", "DATE", "BC0404-04"), ("1886", "DATE", "1886")]
    # a page headed with the end of its era ("to 30 B.C.E.") tells earlier years bare
    hellenistic = "The Hellenistic World, to 30 B.C.E. Perdiccas was assassinated in Egypt (320). Antipater died (319)."
    assert [v for _, _, v in _found(hellenistic, "2015-04-01")] == ["BC0030", "BC0320", "BC0319"]


def test_a_month_and_a_three_digit_year_is_no_date_on_a_news_page() -> None:
    assert _found("Flight April 404 was delayed.", "2019-11-03") == []


def test_days_later_counts_from_the_date_the_story_is_at_sentences_back() -> None:
    text = ("On March 1, 1461, the chancellor faced a large crowd of Londoners in a field outside the city. He asked "
            "the people if they believed the sitting king was fit to rule. \"Nay, nay!\" they cried. Would they "
            "rather have the young duke as their king? \"Yea, yea!\" they answered, and the crowd went home. The "
            "king was not there to hear them; he was far to the north with his queen and an army that still held "
            "the field. Two days later, the bishops held a council. The following day, Edward went to Westminster.\n"
            "Henry VI had become king on October 21, 1422, before he turned a year old. In 1445 he married Margaret "
            "of Anjou, and Normandy was lost in 1450. In 1455 the first battle of the war was fought at St Albans.")
    assert _found(text, "2023-06-01")[1:3] == [("Two days later", "DATE", "1461-03-03"),
                                               ("The following day", "DATE", "1461-03-04")]


def test_that_year_before_a_preposition_inside_an_aside() -> None:
    text = ('On 24 June 1948 the US and British (who had already conducted a "little Lift" for the civilian '
            "population earlier that year following Soviet restrictions on rail) began the airlift.")
    assert _found(text) == [("24 June 1948", "DATE", "1948-06-24"), ("earlier that year", "DATE", "1948")]


def test_a_season_of_that_year_or_the_following_year() -> None:
    text = ("On the 18th of June 1815 Wellington won at Waterloo. In the autumn of that year he returned; "
            "in the late spring of the following year it snowed.")
    assert _found(text)[1:] == [("the autumn of that year", "DATE", "1815-FA"),
                                ("the late spring of the following year", "DATE", "1816-SP")]


def test_now_in_a_history_told_in_the_past_is_the_time_the_story_is_at() -> None:
    text = ("By 1635 the war had exhausted the German states, and they concluded the Peace of Prague. But now "
            "France, under Cardinal Richelieu, intervened directly. Historians now disagree about why.")
    assert _found(text, "2023-06-01") == [("1635", "DATE", "1635"), ("now", "DATE", "1635"),
                                          ("now", "DATE", "PRESENT_REF")]
    assert _found("The Vikings now have their best start since the 1992-93 season.")[0] == (
        "now", "DATE", "PRESENT_REF")


def test_days_given_in_brackets_are_the_story_own_dates_but_life_years_are_asides() -> None:
    text = ("Ukraine had declared its independence of Russia (Jan. 28, 1918), and the government at Kiev had "
            "concluded a separate peace (Feb. 9). The Bolsheviks took Kiev (Feb. 18).")
    assert [v for _, _, v in _found(text)] == ["1918-01-28", "1918-02-09", "1918-02-18"]
    assert [v for _, _, v in _found(text, "2014-09-01")] == ["1918-01-28", "1918-02-09", "1918-02-18"]


def test_this_day_in_a_year_is_the_publication_day_of_that_year() -> None:
    text = "Today in 1642, Charles I raised his standard at Nottingham. The first battle came a month later."
    assert _found(text, "2018-08-22") == [("Today in 1642", "DATE", "1642-08-22"), ("a month later", "DATE", "1642-09")]
    assert _found("On this date in 1943 Guadalcanal fell.", "2010-02-09") == [
        ("this date in 1943", "DATE", "1943-02-09")]


def test_a_day_named_before_its_year_takes_the_next_full_date_year_if_it_comes_later() -> None:
    text = ("Just days after the victory, news arrived that William had landed on September 28, near Pevensey. "
            "On Christmas Day 1066, he was crowned.")
    assert [v for _, _, v in _found(text)] == ["1066-09-28", "1066-12-25"]
    obituary = "He died Aug. 5 of heart failure. In 1970 he bought Jeep. He was born Sept. 21, 1915, in Michigan."
    assert [v for _, _, v in _found(obituary)][0] == "XXXX-08-05"


def test_today_in_a_history_saved_later_is_nowadays() -> None:
    battles = " ".join(f"In {year} the armies fought again along the river, and many thousands of men fell in the "
                       "mud before the lines moved at all." for year in range(1914, 1919))
    text = " ".join([battles] * 5) + " The battlefield is today a place of cemeteries."
    assert _found(text, "2009-05-01")[-1] == ("today", "DATE", "PRESENT_REF")


def test_a_year_naming_an_earlier_event_inside_a_phrase_does_not_move_the_story() -> None:
    text = ("After Syria alleged in May 1967 that Israel was massing troops, Egypt demanded the withdrawal of the "
            "U.N. force from the cease-fire lines of the 1956 conflict. The peacekeepers left on May 19.")
    assert _found(text, "2015-04-01")[-1] == ("May 19", "DATE", "1967-05-19")


def test_a_holiday_and_a_weekday_date_in_a_sentence_with_a_distant_year_belong_to_it() -> None:
    text = ("The 1916 Easter Rising occurred between Easter Monday, 24 April, and Saturday 29 April, when rebels "
            "occupied buildings in Dublin. Officials said it was a turning point.")
    assert [(t, v) for t, _, v in _found(text, "2016-06-01")] == [
        ("1916", "1916"), ("Easter Monday", "1916-04-24"), ("24 April", "1916-04-24"),
        ("Saturday 29 April", "1916-04-29")]


def test_the_season_in_a_sentence_about_the_future_is_the_next_one() -> None:
    assert _found("The mine will be permanently sealed by the summer.", "2011-12-06") == [
        ("the summer", "DATE", "2012-SU")]
    assert _found("In the summer, prices rose.", "2011-12-06") == [("the summer", "DATE", "2011-SU")]
