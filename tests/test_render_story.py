"""The story's headline and credits: the titles' consensus, or the most salient event when articles carry no
title; outlets named, untitled articles counted."""

from __future__ import annotations

from timeline.model import Document, Event, Source, Timeline
from timeline.render.story import headline, source_names
from timeline.timex import interval


def _event(eid: str, title: str, salience: float) -> Event:
    return Event(id=eid, date=interval("1998-08-07"), title=title, summary=title, salience=salience,
                 sources=[Source("a", 0, 5, "quote")])


def test_untitled_articles_take_the_most_salient_event_as_headline() -> None:
    tl = Timeline(documents=[Document("a", "text"), Document("b", "text")],
                  events=[_event("e1", "Envoy visits the capital", 0.2), _event("e2", "Bombs kill 247 people", 0.9)])
    assert headline(tl) == "Bombs kill 247 people"


def test_titles_win_over_events() -> None:
    tl = Timeline(documents=[Document("a", "t", title="Bombs hit two embassies"),
                             Document("b", "t", title="Embassies hit by bombs, dozens dead"),
                             Document("c", "t", title="Weather today")],
                  events=[_event("e1", "Bombs kill 247 people", 0.9)])
    assert headline(tl) in {"Bombs hit two embassies", "Embassies hit by bombs, dozens dead"}
    assert headline(Timeline()) == "Timeline of events"


def test_sources_name_outlets_and_titles_and_count_untitled_articles() -> None:
    tl = Timeline(documents=[Document("002.txt", "t"), Document("a.txt", "t", source="Reuters"),
                             Document("b.txt", "t", title="Talks ruled out"), Document("c.txt", "t", source="Reuters"),
                             Document("d.txt", "t")])
    assert source_names(tl) == ["Reuters", "\u201cTalks ruled out\u201d", "2 untitled articles"]
