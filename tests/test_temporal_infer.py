"""Publication dates inferred from the text: only where the text settles them, never from the clock."""

from __future__ import annotations

from timeline.model import Document
from timeline.temporal import infer_published, tag_text, tag_with_inference


def _doc(text: str, published: str | None = None) -> Document:
    return Document(id="d", text=text, published=published)


def test_weekday_and_month_day_with_the_latest_explicit_year() -> None:
    doc = _doc("Protests began in 2018 and grew in 2019. Speaking on Sunday November 3 to students, he said "
               "the 1979 crisis still mattered.")
    inferred = infer_published(doc)
    assert (inferred.published, inferred.published_from) == ("2019-11-03", "text")


def test_an_older_year_that_happens_to_agree_is_not_used() -> None:
    doc = _doc("Talks failed in 2013 and again in 2018. Speaking on Sunday November 3, he said so.")
    assert infer_published(doc).published is None


def test_weekday_that_disagrees_with_the_calendar_infers_nothing() -> None:
    doc = _doc("Protests began in 2018. Speaking on Monday November 3, he said the 1979 crisis mattered.")
    assert infer_published(doc) is doc


def test_anniversary_arithmetic_with_a_weekday() -> None:
    doc = _doc("The Leader said on Sunday that talks are useless, a day before the 40th anniversary of the "
               "seizure of the embassy. On November 4, 1979, students overran the embassy.")
    assert infer_published(doc).published == "2019-11-03"


def test_anniversary_without_an_agreeing_weekday_infers_nothing() -> None:
    doc = _doc("He spoke on Friday, a day before the 40th anniversary of the seizure. On November 4, 1979, "
               "students overran the embassy.")
    assert infer_published(doc).published is None


def test_undated_text_stays_undated_and_unresolved() -> None:
    doc = _doc("On Tuesday morning the Leader dismissed new calls for talks; a meeting follows later this "
               "month.")
    dated, mentions = tag_with_inference(doc)
    assert dated.published is None
    assert [m.value for m in mentions] == ["XXXX-WXX-2TMO", "XXXX-XX"]


def test_a_known_date_is_never_replaced() -> None:
    doc = _doc("Speaking on Sunday November 3 in 2019.", published="2020-01-01")
    assert infer_published(doc) is doc


def test_inferred_date_resolves_the_rest_of_the_article() -> None:
    doc = _doc("Tuesday, Sept. 17, 2019: a meeting. Speaking on Sunday November 3, he recalled that "
               "Trump quit the deal in May 2018 and that the talks failed on September 24.")
    dated, mentions = tag_with_inference(doc)
    assert dated.published == "2019-11-03"
    assert ("September 24", "2019-09-24") in [(m.text, m.value) for m in mentions]
    assert tag_text("on September 24")[0].value == "XXXX-09-24"


def test_a_weekday_date_the_article_looks_forward_to_infers_nothing() -> None:
    doc = _doc("Campaigns intensified in 2019. Voters will go to the polls on Tuesday, Nov. 5, officials said.")
    assert infer_published(doc).published is None
