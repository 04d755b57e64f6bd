"""The tagger on the five sample articles: every gold mention right, inferred dates, nothing from tickers."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Document, Mention
from timeline.readers import read_paths
from timeline.temporal import infer_published, tag_document, tag_text, tag_with_inference


@pytest.fixture(scope="module")
def tagged(inputs_dir: Path) -> dict[str, tuple[Document, list[Mention]]]:
    documents, problems = read_paths([inputs_dir])
    assert not problems
    return {d.id: tag_with_inference(d) for d in documents}


def _occurrence(text: str, needle: str, nth: int) -> tuple[int, int]:
    pos = -1
    for _ in range(nth):
        pos = text.find(needle, pos + 1)
        assert pos >= 0, needle
    return pos, pos + len(needle)


def test_every_gold_mention_has_its_value(tagged, seeds_gold) -> None:
    wrong = []
    for g in seeds_gold["mentions"]:
        doc, mentions = tagged[g["doc"]]
        start, end = _occurrence(doc.text, g["text"], g.get("nth", 1))
        found = [m for m in mentions if m.start < end and start < m.end]
        if not any(m.value == g["value"] and m.type == g.get("type", m.type) for m in found):
            wrong.append((g["doc"], g["text"], g["value"], [(m.text, m.value) for m in found]))
    assert wrong == []


def test_publication_dates_are_inferred_only_where_the_text_settles_them(tagged, seeds_gold) -> None:
    for doc_id, info in seeds_gold["documents"].items():
        doc, _ = tagged[doc_id]
        assert doc.published == (info["published"] or info.get("inferable")), doc_id
        if info["published"] is None:
            assert doc.published_from == ("text" if info.get("inferable") else None)


def test_undated_article_keeps_relative_expressions_unresolved(tagged) -> None:
    doc, mentions = tagged["004_3f23bfede02a65fd.txt"]
    values = {m.text: m.value for m in mentions}
    assert values["Tuesday morning"] == "XXXX-WXX-2TMO"
    assert values["later this month"] == "XXXX-XX"
    assert not any(m.value[:1].isdigit() for m in mentions)


def test_offsets_cut_the_mention_text_back_out(tagged) -> None:
    for doc, mentions in tagged.values():
        for m in mentions:
            assert doc.text[m.start:m.end] == m.text
            assert m.doc == doc.id


@pytest.mark.parametrize("line", [
    "• Samba 65 00% 56.65%",
    "    Joga2002 635.254 50% 63.63%",
    "    Bra52 69 23.145% -63.25%",
    "  • HangSang20 370 400% -20%",
    "    NasDaq4 33 00% 36%",
    "    S&P5002 60 50% 10%",
    "    Dow17 56.23 41.89% -2.635%",
])
def test_ticker_lines_yield_nothing(line: str) -> None:
    assert tag_text(line, published="2019-11-03") == []
    assert tag_text(line) == []


def test_ticker_block_of_sample_002_yields_nothing_even_unignored(inputs_dir: Path) -> None:
    text = (inputs_dir / "002_1f3afedc605c96a8.txt").read_text("utf-8")
    block = text[:text.index("EghtesadOnline")]
    assert tag_document(Document(id="002", text=block, published="2019-11-03")) == []


def test_inference_needs_mentions_only_once(tagged) -> None:
    doc, _ = tagged["003_37f9db5a75305257.txt"]
    undated = Document(id=doc.id, text=doc.text)
    assert infer_published(undated, tag_document(undated)).published == "2019-11-03"


def test_duration_carries_the_date_it_counts_from(tagged) -> None:
    _, mentions = tagged["001_faac44a24d2ca6e0.txt"]
    (days,) = [m for m in mentions if m.text == "444 days"]
    assert (days.type, days.value, days.anchor) == ("DURATION", "P444D", "1979-11-04")
