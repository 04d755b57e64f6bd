"""The story's headline: the titles' consensus, or the most salient event when articles carry no title."""

from __future__ import annotations

from timeline.model import Document, Event, Source, Timeline
from timeline.render.story import headline
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
