"""Statements in the cross-document merge: who made a statement is its subject, not a person it is about, and
condemnations by different speakers are different statements (real AQUAINT sentences, 1998-2000); date
mentions are given by hand."""

from __future__ import annotations

from timeline.events import merge_analyses


def test_two_statements_about_one_person_by_different_speakers_stay_two(analysis_of):
    tl = merge_analyses([
        analysis_of("apw", "The Buffalo News reported Friday that James Kopp was seen in the car of a female "
                             "associate crossing the border.", "Friday", "1998-11-20"),
        analysis_of("nyt", "An FBI official said Friday that authorities are pursuing more than 400 tips but have "
                             "not pinned down James Kopp's whereabouts.", "Friday", "1998-11-20"),
    ])
    assert len(tl.events) == 2


def test_condemnations_by_different_speakers_stay_two(analysis_of):
    tl = merge_analyses([
        analysis_of("apw", "The Security Council condemned the bombing of the U.S. embassies in Kenya and "
                             "Tanzania on Thursday.", "Thursday", "1998-08-13"),
        analysis_of("xie", "President Bill Clinton Thursday condemned terrorist bomb attacks at U.S. embassies in "
                             "Kenya and Tanzania.", "Thursday", "1998-08-13"),
    ])
    assert len(tl.events) == 2


def test_one_statement_by_one_speaker_told_twice_is_one_event(analysis_of):
    tl = merge_analyses([
        analysis_of("apw", "Iran's supreme leader Ayatollah Ali Khamenei said on Sunday that Tehran would not "
                             "negotiate with Washington.", "Sunday", "2019-11-03"),
        analysis_of("rtr", "Khamenei ruled out talks with the United States on Sunday.", "Sunday", "2019-11-03"),
    ])
    assert len(tl.events) == 1


def test_a_bare_ruling_joins_the_decision_it_names(analysis_of):
    tl = merge_analyses([
        analysis_of("apw", "The Immigration and Naturalization Service ruled Wednesday that the boy must be "
                             "returned to his father in Cuba.", "Wednesday", "2000-01-05"),
        analysis_of("nyt", "His relatives said they would look for ways to get around Wednesday's ruling.",
                 "Wednesday", "2000-01-05"),
    ])
    assert len(tl.events) == 1, [e.title for e in tl.events]



def test_a_person_who_owns_the_subject_is_not_the_speaker(analysis_of):
    owned = analysis_of("apw", "James Kopp's stepmother said Thursday from her home in Texas that she would like "
                                 "to see him come forward.", "Thursday", "1999-05-06")
    own = analysis_of("nyt", "James Kopp said Thursday in a letter that he was innocent.", "Thursday", "1999-05-06")
    assert [e.agents for e in owned.events] == [[]]
    assert [e.agents for e in own.events] == [["james-kopp"]]
