"""Cross-document merge of one event told in different words (real AQUAINT sentences, 1998-1999), and two
different events of one day kept apart; date mentions are given by hand."""

from __future__ import annotations

import pytest

from timeline.entities import load_aliases
from timeline.events import link_document, merge_analyses
from timeline.model import DocAnalysis, Document, Mention


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load

    return load()


def analysis(nlp, doc_id: str, text: str, expr: str, value: str) -> DocAnalysis:
    start = text.index(expr)
    mention = Mention(doc_id, start, start + len(expr), expr, "DATE", value)
    return link_document(DocAnalysis(Document(doc_id, text), [mention]), nlp, load_aliases())


def test_becoming_members_and_joining_are_one_event(nlp):
    tl = merge_analyses([
        analysis(nlp, "apw", "Poland, Hungary and the Czech Republic became full-fledged members of NATO on Friday.",
                 "Friday", "1999-03-12"),
        analysis(nlp, "xie", "Poland, Hungary and the Czech Republic formally joined NATO on Friday at a ceremony "
                             "in Independence, Missouri.", "Friday", "1999-03-12"),
    ])
    assert len(tl.events) == 1 and len(tl.events[0].sources) == 2
    assert tl.events[0].merge_notes


def test_a_shooting_and_a_slaying_of_one_person_on_one_day_are_one_event(nlp):
    tl = merge_analyses([
        analysis(nlp, "nyt", "Dr. Barnett Slepian was shot in the back on Friday night in his home in Amherst.",
                 "Friday night", "1998-10-23"),
        analysis(nlp, "apw", "Investigators are still hunting for the killer in the slaying of Dr. Barnett Slepian "
                             "on Oct. 23.", "Oct. 23", "1998-10-23"),
    ])
    assert len(tl.events) == 1


def test_joining_and_a_statement_on_the_same_day_stay_two(nlp):
    tl = merge_analyses([
        analysis(nlp, "apw", "Poland, Hungary and the Czech Republic became full-fledged members of NATO on Friday.",
                 "Friday", "1999-03-12"),
        analysis(nlp, "xie", "Hungarian Prime Minister Viktor Orban said Friday that Hungary's accession to NATO "
                             "brings about new changes.", "Friday", "1999-03-12"),
    ])
    assert len(tl.events) == 2


def test_a_person_in_apposition_to_an_office_is_titled_by_name(nlp):
    text = ("The Czech foreign minister, Jan Kavan, who lived in London from 1968, said on Friday he had remained "
            "buoyant.")
    tl = merge_analyses([analysis(nlp, "nyt", text, "Friday", "1999-03-12")])
    assert tl.events[0].title.startswith("Kavan says")
