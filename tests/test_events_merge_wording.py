"""Cross-document merge of one event told in different words (real AQUAINT sentences, 1998-1999), and two
different events of one day kept apart; date mentions are given by hand."""

from __future__ import annotations

from timeline.events import merge_analyses


def test_becoming_members_and_joining_are_one_event(analysis_of):
    tl = merge_analyses([
        analysis_of("apw", "Poland, Hungary and the Czech Republic became full-fledged members of NATO on Friday.",
                 "Friday", "1999-03-12"),
        analysis_of("xie", "Poland, Hungary and the Czech Republic formally joined NATO on Friday at a ceremony "
                             "in Independence, Missouri.", "Friday", "1999-03-12"),
    ])
    assert len(tl.events) == 1 and len(tl.events[0].sources) == 2
    assert tl.events[0].merge_notes


def test_a_shooting_and_a_slaying_of_one_person_on_one_day_are_one_event(analysis_of):
    tl = merge_analyses([
        analysis_of("nyt", "Dr. Barnett Slepian was shot in the back on Friday night in his home in Amherst.",
                 "Friday night", "1998-10-23"),
        analysis_of("apw", "Investigators are still hunting for the killer in the slaying of Dr. Barnett Slepian "
                             "on Oct. 23.", "Oct. 23", "1998-10-23"),
    ])
    assert len(tl.events) == 1


def test_joining_and_a_statement_on_the_same_day_stay_two(analysis_of):
    tl = merge_analyses([
        analysis_of("apw", "Poland, Hungary and the Czech Republic became full-fledged members of NATO on Friday.",
                 "Friday", "1999-03-12"),
        analysis_of("xie", "Hungarian Prime Minister Viktor Orban said Friday that Hungary's accession to NATO "
                             "brings about new changes.", "Friday", "1999-03-12"),
    ])
    assert len(tl.events) == 2


def test_a_person_in_apposition_to_an_office_is_titled_by_name(analysis_of):
    text = ("The Czech foreign minister, Jan Kavan, who lived in London from 1968, said on Friday he had remained "
            "buoyant.")
    tl = merge_analyses([analysis_of("nyt", text, "Friday", "1999-03-12")])
    assert tl.events[0].title.startswith("Kavan says")


def test_a_merged_event_is_titled_by_a_subject_its_sentence_names(analysis_of):
    tl = merge_analyses([
        analysis_of("a", "Construction began at Port Said in April 1859. It took ten years and was opened on "
                           "17 November 1869, when the Empress sailed through it.", "17 November 1869", "1869-11-17"),
        analysis_of("b", "The canal itself had opened on 17 November 1869.", "17 November 1869", "1869-11-17"),
    ])
    (event,) = [e for e in tl.events if e.date.value == "1869-11-17"]
    assert event.title.startswith("Canal")


def test_staying_on_is_not_titled_by_its_subject_alone(analysis_of):
    text = "Seven years later, British troops occupied Egypt, and they remained there until 1956."
    tl = merge_analyses([analysis_of("a", text, "1956", "1956")])
    assert tl.events[0].title.split()[-1] not in ("troops", "Troops")


def test_admitting_members_and_joining_are_one_event_not_two_statements(analysis_of):
    tl = merge_analyses([
        analysis_of("xie", "The North Atlantic Treaty Organization will admit Poland, Hungary and the Czech "
                             "Republic in March.", "March", "1999-03"),
        analysis_of("apw", "Poland, Hungary and the Czech Republic joined NATO on Friday, March 12.",
                 "Friday, March 12", "1999-03-12"),
    ])
    assert len(tl.events) == 1 and tl.events[0].date.value == "1999-03-12"


def test_those_invited_to_join_are_the_ones_who_join(analysis_of):
    text = ("The western military alliance invited the three central European countries to join the 16-nation "
            "bloc in July 1997 at the Madrid summit.")
    tl = merge_analyses([analysis_of("xie", text, "July 1997", "1997-07")])
    assert tl.events[0].title.startswith("Three central European countries join")


def test_a_regional_adjective_is_no_doer_that_keeps_members_apart(analysis_of):
    tl = merge_analyses([
        analysis_of("xie1", "The western military alliance invited the three central and eastern European "
                              "countries to join the 16-nation bloc in July 1997 at the Madrid summit.",
                 "July 1997", "1997-07"),
        analysis_of("xie2", "Poland, the Czech Republic and Hungary, who were invited to join NATO in Madrid in "
                              "July 1997, will officially join NATO in a ceremony in Independence, Missouri.",
                 "July 1997", "1997-07"),
    ])
    assert len(tl.events) == 1 and len(tl.events[0].sources) == 2


def test_a_national_adjective_before_an_organ_of_state_is_still_the_doer(analysis_of):
    one = analysis_of("a", "The Cuban government condemned the decision on Friday.", "Friday", "2000-01-07")
    assert one.events[0].agents == ["cuba"]



def test_charging_someone_is_a_legal_action_not_a_statement_of_theirs(analysis_of):
    tl = merge_analyses([
        analysis_of("nyt", "Federal prosecutors charged James Kopp on Tuesday with the murder of Dr. Barnett "
                             "Slepian.", "Tuesday", "1999-06-08"),
        analysis_of("apw", "James Kopp said on Tuesday that he was innocent.", "Tuesday", "1999-06-08"),
    ])
    assert len(tl.events) == 2, [e.title for e in tl.events]


def test_what_a_bombing_did_is_the_bombing(analysis_of):
    tl = merge_analyses([
        analysis_of("xie", "Two bombs exploded outside U.S. embassies in Kenya and Tanzania on Friday, killing at "
                             "least 81 people.", "Friday", "1998-08-07"),
        analysis_of("xin", "More than 1,000 others were wounded in the blasts next to the U.S. embassies in Kenya "
                             "and Tanzania on Friday.", "Friday", "1998-08-07"),
        analysis_of("apw", "A bomb ripped through an office building next to the U.S. embassy in Nairobi, Kenya "
                             "on Friday.", "Friday", "1998-08-07"),
        analysis_of("nyt", "The Aug. 7 bombings of the embassies in Nairobi and Dar es Salaam killed 224 people.",
                 "Aug. 7", "1998-08-07"),
    ])
    assert len(tl.events) == 1, [e.title for e in tl.events]


def test_attacks_of_one_day_in_different_cities_stay_apart(analysis_of):
    tl = merge_analyses([
        analysis_of("a", "A car bomb exploded in a Baghdad market on Monday, killing 12 people.", "Monday",
                 "2004-03-01"),
        analysis_of("b", "Gunmen killed a judge in Basra on Monday.", "Monday", "2004-03-01"),
        analysis_of("c", "An explosion wounded six people in Mosul on Monday.", "Monday", "2004-03-01"),
    ])
    assert len(tl.events) == 3, [e.title for e in tl.events]


def test_a_bare_dated_noun_joins_the_one_event_that_names_it(analysis_of):
    tl = merge_analyses([
        analysis_of("apw", "Poland, Hungary and the Czech Republic formally joined NATO at a ceremony in "
                             "Independence, Missouri, on Friday.", "Friday", "1999-03-12"),
        analysis_of("nyt", "The location for Friday's ceremony was chosen by Albright, who is the depository of "
                             "NATO's accession accords.", "Friday", "1999-03-12"),
        analysis_of("xie", "On Friday, the secretary of state's plane carried Albright and three foreign ministers "
                             "to the ceremony.", "Friday", "1999-03-12"),
    ])
    assert len(tl.events) == 2, [e.title for e in tl.events]
    joined = next(e for e in tl.events if len(e.sources) == 2)
    assert "join" in joined.title and {s.doc for s in joined.sources} == {"apw", "nyt"}


def test_a_dated_happening_is_the_event_not_what_it_led_to(analysis_of):
    tl = merge_analyses([
        analysis_of("a", "Iraqi troops invaded Kuwait on Aug. 2, 1990.", "Aug. 2, 1990", "1990-08-02"),
        analysis_of("b", "Iraq's August 1990 invasion of Kuwait triggered the Gulf War.", "August 1990", "1990-08"),
        analysis_of("c", "Yitzhak Rabin was assassinated in Tel Aviv on Nov. 4, 1995.", "Nov. 4, 1995", "1995-11-04"),
        analysis_of("d", "Rabin's 1995 murder by a Jewish extremist shocked Israel.", "1995", "1995"),
    ])
    assert len(tl.events) == 2, [e.title for e in tl.events]
    assert not any("trigger" in e.title or "shock" in e.title for e in tl.events)


def test_a_particle_the_parse_calls_an_adverb_stays_with_its_verb(analysis_of):
    tl = merge_analyses([
        analysis_of("a", "Armstrong died in August 2012 at the age of 82.", "August 2012", "2012-08"),
        analysis_of("b", "Neil Armstrong, the first man on the Moon, passed away on Aug. 25, 2012.",
                 "Aug. 25, 2012", "2012-08-25"),
    ])
    assert [e.title for e in tl.events] == ["Armstrong passes away"]


def test_making_landfall_and_striking_are_one_storm_and_a_tornado_is_another(analysis_of):
    tl = merge_analyses([
        analysis_of("a", "Hurricane Ian made landfall near Cayo Costa, Florida, on Wednesday as a Category 4 "
                         "storm.", "Wednesday", "2022-09-28"),
        analysis_of("b", "Hurricane Ian struck Florida's Gulf Coast on Wednesday with winds of 150 mph.",
                    "Wednesday", "2022-09-28"),
        analysis_of("c", "A tornado hit Broward County in Florida on Wednesday, damaging homes.", "Wednesday",
                    "2022-09-28"),
    ])
    assert len(tl.events) == 2, [e.title for e in tl.events]
    storm = next(e for e in tl.events if "Ian" in e.title)
    assert {s.doc for s in storm.sources} == {"a", "b"}


def test_the_coronation_that_took_place_is_the_crowning(analysis_of):
    tl = merge_analyses([
        analysis_of("a", "The coronation of Napoleon took place at Notre-Dame on 2 December 1804.",
                    "2 December 1804", "1804-12-02"),
        analysis_of("b", "Napoleon crowned himself Emperor of the French in December 1804.", "December 1804",
                    "1804-12"),
    ])
    assert len(tl.events) == 1, [e.title for e in tl.events]


def test_titles_led_by_each_others_kinds_are_one_event(analysis_of):
    tl = merge_analyses([
        analysis_of("a", "The hostages were freed by their captors in Beirut on Monday.", "Monday", "1991-12-02"),
        analysis_of("b", "The release of the hostages in Beirut on Monday ended a long ordeal.", "Monday",
                    "1991-12-02"),
    ])
    assert len(tl.events) == 1, [e.title for e in tl.events]


def test_adopting_and_approving_are_one_event(analysis_of):
    tl = merge_analyses([
        analysis_of("a", "Parliament adopted the budget on Tuesday after a long debate.", "Tuesday", "2024-03-19"),
        analysis_of("b", "Lawmakers approved the spending plan on Tuesday.", "Tuesday", "2024-03-19"),
    ])
    assert len(tl.events) == 1, [e.title for e in tl.events]
