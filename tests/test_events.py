"""Events: anchor -> clause -> titled event, cross-document merge, salience and focus, over the real spaCy model.

Small cases give the date mentions by hand, so they test the linker alone; the seed tests use the whole build.
"""

from __future__ import annotations

import importlib.util
import json
import re

import pytest

from timeline.entities import load_aliases
from timeline.events import focus, link_document, merge_analyses
from timeline.model import DocAnalysis, Document, Mention


def analysis(nlp, doc_id: str, text: str, dates: list[tuple[str, str]], published: str | None = None,
             anchors: dict[str, str] | None = None) -> DocAnalysis:
    """Link one made-up document whose date mentions are given as (text, TIMEX3 value)."""
    mentions = []
    for expr, value in dates:
        start = text.index(expr)
        kind = "DURATION" if value.startswith("P") else "DATE"
        mentions.append(Mention(doc_id, start, start + len(expr), expr, kind, value,
                                anchor=(anchors or {}).get(expr)))
    return link_document(DocAnalysis(Document(doc_id, text, published=published), mentions), nlp, load_aliases())


@pytest.fixture(scope="module")
def score_cluster(shared_dir):
    spec = importlib.util.spec_from_file_location("score_cluster", shared_dir / "tools" / "score_cluster.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the samples ---------------------------------------------------------------------------------------------

def test_seed_gold_events_each_present_once_with_the_right_date(built, seeds_gold, score_cluster, inputs_dir):
    report = score_cluster.score(seeds_gold, built.to_dict(), score_cluster.load_texts(inputs_dir))
    assert report["events"]["missing"] == []
    assert report["events"]["duplicates"] == 0
    assert report["entities"]["split"] == [] and report["entities"]["conflated"] == []
    for gold in seeds_gold["events"]:
        exact = [e for e in built.events if e.date.value == gold["date"]
                 and re.search(gold["match"], f"{e.title} {e.summary}", re.I)]
        assert len(exact) == 1, gold["about"]


def test_every_event_quotes_its_date_mention(built):
    texts = {d.id: d.text for d in built.documents}
    for event in built.events:
        assert event.sources
        for s in event.sources:
            assert texts[s.doc][s.start:s.end] == s.quote
            assert s.start <= s.mention_start < s.mention_end <= s.end
        assert any(m.doc == s.doc and (m.start, m.end) == (s.mention_start, s.mention_end)
                   for s in event.sources for m in built.mentions)


def test_seed_titles_are_short_headlines(built):
    for event in built.events:
        words = event.title.split()
        assert 1 <= len(words) <= 12, event.title
        assert event.title[0].isupper()
        assert not re.search(r"\b(?:of|and|to|the|a)$", event.title), event.title


def test_seed_events_merged_across_articles_keep_every_source(built):
    coup = next(e for e in built.events if e.date.value == "1953" and re.search("coup|overthr", e.summary))
    assert {s.doc[:3] for s in coup.sources} == {"001", "002", "003"}
    assert len(coup.merged_from) == 3 and len(coup.merge_notes) == 2
    seizure = next(e for e in built.events if e.date.value == "1979-11-04")
    assert {s.doc[:3] for s in seizure.sources} >= {"001", "002", "003"}
    assert any("1979 / 1979-11-04" in n or "1979-11-04 / 1979" in n for n in seizure.merge_notes)


def test_reporting_event_is_the_statement_of_that_day(built):
    speech = [e for e in built.events if e.date.value == "2019-11-03"]
    assert len(speech) == 1
    khamenei = next(e.id for e in built.entities if e.name == "Ali Khamenei")
    assert khamenei in speech[0].entities
    assert {s.doc[:3] for s in speech[0].sources} == {"000", "001", "002", "003"}


def test_events_are_chronological_with_stable_unique_ids_and_salience(built):
    keys = [(e.date.start, e.id) for e in built.events]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    assert len({e.id for e in built.events}) == len(built.events)
    assert all(0 < e.salience <= 1 for e in built.events)
    most = max(built.events, key=lambda e: e.salience)
    assert len({s.doc for s in most.sources}) >= 3


def test_merge_is_deterministic_whatever_the_input_order(nlp):
    texts = [("a", "In 1804, Napoleon crowned himself emperor.", [("1804", "1804")]),
             ("b", "Napoleon Bonaparte crowned himself Emperor of the French in December 1804.",
              [("December 1804", "1804-12")]),
             ("c", "Iraq invaded Iran in September 1980.", [("September 1980", "1980-09")])]
    analyses = [analysis(nlp, *t) for t in texts]
    forward = json.dumps(merge_analyses(analyses).to_dict(), sort_keys=True)
    backward = json.dumps(merge_analyses(analyses[::-1]).to_dict(), sort_keys=True)
    assert json.loads(forward)["documents"][0]["id"] == "a"
    assert json.loads(forward)["events"] == json.loads(backward)["events"]
    assert json.loads(forward)["entities"] == json.loads(backward)["entities"]


# --- small cases ---------------------------------------------------------------------------------------------

def test_dates_of_different_granularity_merge_to_the_finer(nlp):
    tl = merge_analyses([
        analysis(nlp, "a", "In 1804, Napoleon crowned himself emperor.", [("1804", "1804")]),
        analysis(nlp, "b", "Napoleon Bonaparte crowned himself Emperor of the French in December 1804.",
                 [("December 1804", "1804-12")]),
    ])
    assert len(tl.events) == 1
    event = tl.events[0]
    assert (event.date.value, event.date.granularity) == ("1804-12", "month")
    assert {s.doc for s in event.sources} == {"a", "b"}
    assert len(event.merged_from) == 2 and "1804 / 1804-12" in event.merge_notes[0]
    assert "crown" in event.title.lower()


def test_two_events_on_one_day_stay_two(nlp):
    tl = merge_analyses([
        analysis(nlp, "a", "A fire ravaged Notre-Dame cathedral in Paris on April 15, 2019, destroying its spire.",
                 [("April 15, 2019", "2019-04-15")]),
        analysis(nlp, "b", "On April 15, 2019, the billionaire Francois Pinault pledged 100 million euros to "
                           "rebuild Notre-Dame.", [("April 15, 2019", "2019-04-15")]),
    ])
    assert len(tl.events) == 2
    titles = " | ".join(e.title.lower() for e in tl.events)
    assert "fire" in titles and "pledge" in titles
    assert all(len(e.sources) == 1 for e in tl.events)


def test_same_act_by_different_doers_stays_apart(nlp):
    tl = merge_analyses([
        analysis(nlp, "a", "The Cuban government on Friday condemned the bomb attacks in Kenya and Tanzania.",
                 [("Friday", "1998-08-07")]),
        analysis(nlp, "b", "The Cypriot government on Friday condemned the bomb attacks in Kenya and Tanzania.",
                 [("Friday", "1998-08-07")]),
        analysis(nlp, "c", "Ayatollah Khamenei said on Friday that talks were useless.", [("Friday", "1998-08-07")]),
        analysis(nlp, "d", "President Clinton said on Friday that talks were useless.", [("Friday", "1998-08-07")]),
    ])
    assert len(tl.events) == 4
    assert all(len(e.sources) == 1 for e in tl.events)


def test_a_capital_acts_for_its_country(nlp):
    tl = merge_analyses([
        analysis(nlp, "a", "The United States broke off diplomatic relations with Iran in 1980.", [("1980", "1980")]),
        analysis(nlp, "b", "Washington broke off diplomatic relations with Tehran in April 1980.",
                 [("April 1980", "1980-04")]),
    ])
    assert len(tl.events) == 1 and tl.events[0].date.value == "1980-04"


def test_a_leader_may_act_for_a_country(nlp):
    tl = merge_analyses([
        analysis(nlp, "a", "President Donald Trump reimposed sanctions on Iran in November 2018.",
                 [("November 2018", "2018-11")]),
        analysis(nlp, "b", "Washington reimposed sanctions on Tehran in 2018.", [("2018", "2018")]),
    ])
    assert len(tl.events) == 1 and tl.events[0].date.value == "2018-11"


def test_statements_of_one_speaker_on_one_day_are_one_event(nlp):
    tl = merge_analyses([
        analysis(nlp, "a", "Iran will not negotiate, Ayatollah Ali Khamenei said on Sunday.",
                 [("Sunday", "2019-11-03")]),
        analysis(nlp, "b", "Speaking to students on Sunday, Khamenei rejected talks with Washington.",
                 [("Sunday", "2019-11-03")]),
    ])
    assert len(tl.events) == 1
    assert "statements by Ali Khamenei" in tl.events[0].merge_notes[0]


def test_dates_that_disagree_never_merge(nlp):
    tl = merge_analyses([
        analysis(nlp, "a", "Macron tried to arrange a call between Trump and Rouhani in September.",
                 [("September", "2019-09")]),
        analysis(nlp, "b", "Rouhani, Trump and Macron were to hold a phone call on September 24.",
                 [("September 24", "2019-09-24")]),
        analysis(nlp, "c", "Rouhani, Trump and Macron were to hold a phone call on September 25.",
                 [("September 25", "2019-09-25")]),
    ])
    for event in tl.events:
        days = {s.mention_start for s in event.sources}
        assert len({e for e in event.merged_from if e.startswith(("b:", "c:"))}) <= 1, days


def test_several_events_in_one_sentence_stay_several(nlp):
    text = ("The lunar module touched down on July 20, 1969, four days after a Saturn V rocket lifted off "
            "from Florida on July 16, 1969.")
    linked = analysis(nlp, "w", text, [("July 20, 1969", "1969-07-20"), ("July 16, 1969", "1969-07-16")])
    by_date = {e.date.value: e for e in linked.events}
    assert set(by_date) == {"1969-07-20", "1969-07-16"}
    assert "touch" in by_date["1969-07-20"].title.lower()
    assert "lift" in by_date["1969-07-16"].title.lower()
    assert "lift" not in by_date["1969-07-20"].title.lower()


def test_clause_title_subject_verb_object(nlp):
    linked = analysis(nlp, "x", "On November 4, 1979, students overran the US embassy complex in Tehran.",
                      [("November 4, 1979", "1979-11-04")])
    assert linked.events[0].title == "Students overrun US embassy complex in Tehran"
    assert linked.events[0].predicate == "overrun"


def test_date_on_a_noun_dates_that_noun(nlp):
    linked = analysis(nlp, "x", "The US blames Iran for a September 14 attack on Saudi oil infrastructure.",
                      [("September 14", "2019-09-14")])
    event = linked.events[0]
    assert event.title == "Attack on Saudi oil infrastructure"
    assert "saudi-arabia" in event.entities


def test_reporting_verb_gives_speaker_and_gist(nlp):
    linked = analysis(nlp, "x", "Iran will not lift its ban on talks, Ayatollah Ali Khamenei said on Sunday.",
                      [("Sunday", "2019-11-03")], published="2019-11-03")
    event = linked.events[0]
    assert event.title.startswith("Khamenei says Iran will not lift")
    assert "ali-khamenei" in event.entities


def test_duration_from_a_dated_event_gives_its_end(nlp):
    text = "On November 4, 1979, students seized the embassy. They held 52 Americans for 444 days."
    linked = analysis(nlp, "x", text, [("November 4, 1979", "1979-11-04"), ("444 days", "P444D")],
                      published="2019-11-03", anchors={"444 days": "1979-11-04"})
    event = next(e for e in linked.events if e.date.value == "1979-11-04")
    assert (event.date.start, event.date.end) == ("1979-11-04", "1981-01-21")
    assert not [e for e in linked.events if e.date.value.startswith("P")]


def test_distance_between_events_is_not_a_length(nlp):
    text = "The module landed on July 20, 1969, four days after the launch."
    linked = analysis(nlp, "x", text, [("July 20, 1969", "1969-07-20"), ("four days", "P4D")],
                      anchors={"four days": "1969-07-20"})
    assert linked.events[0].date.end == "1969-07-20"


def test_time_of_day_dates_the_event_to_its_day(nlp):
    tl = merge_analyses([
        analysis(nlp, "a", "A bomb exploded outside the embassy on Friday morning.",
                 [("Friday morning", "1998-08-07TMO")]),
        analysis(nlp, "b", "The bomb exploded outside the embassy on Friday.", [("Friday", "1998-08-07")]),
    ])
    assert [(e.date.value, e.date.granularity, len(e.sources)) for e in tl.events] == [("1998-08-07", "day", 2)]
    assert "1998-08-07TMO" in {m.value for m in tl.mentions}


def test_unresolved_values_and_sets_make_no_events(nlp):
    text = "On Tuesday he spoke. Every year they march. Recently they met."
    linked = analysis(nlp, "x", text, [("Tuesday", "XXXX-WXX-2"), ("Every year", "P1Y"), ("Recently", "PAST_REF")])
    assert linked.events == []


def test_ignored_spans_yield_no_events(nlp):
    text = "Published at: 2019-11-03\nKhamenei spoke on Sunday."
    document = Document("x", text, published="2019-11-03", ignored=((0, text.index("\n")),))
    mentions = [Mention("x", 14, 24, "2019-11-03", "DATE", "2019-11-03"),
                Mention("x", text.index("Sunday"), text.index("Sunday") + 6, "Sunday", "DATE", "2019-11-03")]
    linked = link_document(DocAnalysis(document, mentions), nlp, load_aliases())
    assert len(linked.events) == 1
    assert linked.events[0].sources[0].quote == "Khamenei spoke on Sunday."


# --- focus ---------------------------------------------------------------------------------------------------

def test_focus_keeps_one_entity_and_its_neighbourhood(built):
    tl = focus(built, "mossadegh")
    target = next(e.id for e in built.entities if "Mossadegh" in e.aliases)
    assert tl.events and all(target in e.entities for e in tl.events)
    assert {e.id for e in tl.entities} == {x for e in tl.events for x in e.entities}
    assert len(tl.events) < len(built.events)
    assert {m.doc for m in tl.mentions} <= {d.id for d in tl.documents}
    assert {e.date.value for e in tl.events} >= {"1953", "1953-08"}


def test_later_sentences_about_the_same_happening_add_its_participants(nlp):
    text = ("It goes back to the 1953 coup, when the US overthrew a national government. "
            "That CIA-organised coup, supported by Britain, toppled prime minister Mohammad Mossadegh.")
    linked = analysis(nlp, "x", text, [("1953", "1953")])
    names = {e.id: e.name for e in linked.entities}
    assert {"CIA", "United Kingdom", "Mohammad Mossadegh"} <= {names[i] for i in linked.events[0].entities}
    assert len(linked.events[0].sources) == 1


def test_focus_on_unknown_name_lists_known_entities(built):
    with pytest.raises(ValueError, match=r"no entity named 'Atlantis'; known: .*Ali Khamenei"):
        focus(built, "Atlantis")
