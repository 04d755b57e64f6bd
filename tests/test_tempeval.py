"""TempEval-3 reader and scorer on real TBAQ files and small cases with known answers."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from timeline.model import Document, Mention
from timeline.tempeval import align, evaluate, format_report, read_folder, read_timeml
from timeline.tempeval.report import value_kind

TBAQ = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "tbaq"
needs_tbaq = pytest.mark.skipif(not TBAQ.is_dir(), reason=f"TBAQ corpus not found at {TBAQ}")


def _m(start: int, end: int, value: str = "1998", type_: str = "DATE", text: str = "") -> Mention:
    return Mention(doc="d", start=start, end=end, text=text or "x" * (end - start), type=type_, value=value)


# --- reader -------------------------------------------------------------------------------------------

TINY = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07T12:53" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TITLE>Not <TIMEX3 tid="t9" type="DATE" value="1990">1990</TIMEX3> text</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3> \
it <EVENT eid="e2">rose</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P3M">the past three months</TIMEX3>.
<MAKEINSTANCE eiid="ei1" eventID="e1"/><!-- a <TIMEX3> in a comment -->
</TEXT>
</TimeML>
"""


def test_reader_strips_markup_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "tiny.tml"
    path.write_text(TINY, encoding="utf-8")
    gold = read_timeml(path)
    assert gold.id == "tiny"
    assert gold.text == "\nAT&T said Thursday it rose for the past three months.\n\n"
    assert gold.dct == "1998-08-07T12:53"
    assert gold.published == "1998-08-07"
    assert [(t.start, t.end, t.text, t.type, t.value) for t in gold.timexes] == [
        (11, 19, "Thursday", "DATE", "1998-08-06"),
        (32, 53, "the past three months", "DURATION", "P3M"),
    ]
    doc = gold.document()
    assert (doc.id, doc.published, doc.published_from) == ("tiny", "1998-08-07", "metadata")


def test_reader_rejects_file_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.tml"
    path.write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    with pytest.raises(ValueError, match="no <TEXT>"):
        read_timeml(path)


@needs_tbaq
def test_reader_offsets_on_real_tbaq_files() -> None:
    paths = sorted(TBAQ.rglob("*.tml"))[::25]
    assert len(paths) >= 10
    inner = re.compile(r"<TEXT>.*?</TEXT>", re.S)
    timex = re.compile(r"<TIMEX3\b[^>]*>(.*?)</TIMEX3>", re.S)
    checked = 0
    for path in paths:
        gold = read_timeml(path)
        body = inner.search(path.read_text(encoding="utf-8")).group(0)
        expected = [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in timex.findall(body)]
        assert [t.text for t in gold.timexes] == expected, path.name
        for t in gold.timexes:
            assert gold.text[t.start:t.end] == t.text
            assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value
        assert "<" not in gold.text and "&amp;" not in gold.text
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold.published or "")
        checked += len(gold.timexes)
    assert checked > 50


@needs_tbaq
def test_reader_reads_the_whole_corpus() -> None:
    golds = read_folder(TBAQ)
    assert len(golds) == len(list(TBAQ.rglob("*.tml")))
    assert all(g.published for g in golds)
    assert sum(len(g.timexes) for g in golds) > 1000


# --- scorer -------------------------------------------------------------------------------------------

def test_exact_match_scores_one() -> None:
    gold = [_m(0, 6, "1998-08-07"), _m(10, 20, "P3M", "DURATION")]
    scores = align(gold, list(gold)).counts.scores()
    assert all(scores[k]["f1"] == 1.0 for k in ("strict", "relaxed", "value", "type"))


def test_strict_versus_relaxed() -> None:
    # gold "Tuesday evening" (0-15); system tags only "Tuesday" (0-7): relaxed hit, strict miss
    gold = [_m(0, 15, "1998-08-04TEV", "TIME"), _m(30, 34, "1998")]
    system = [_m(0, 7, "1998-08-04"), _m(30, 34, "1998"), _m(50, 55, "PRESENT_REF")]
    counts = align(gold, system).counts
    s = counts.scores()
    assert s["strict"]["precision"] == pytest.approx(1 / 3)
    assert s["strict"]["recall"] == pytest.approx(1 / 2)
    assert s["strict"]["f1"] == pytest.approx(0.4)
    assert s["relaxed"]["precision"] == pytest.approx(2 / 3)
    assert s["relaxed"]["recall"] == pytest.approx(1.0)
    assert s["relaxed"]["f1"] == pytest.approx(0.8)
    # one of two matched pairs has the right value and the right type: attribute F1 = 0.8 x 0.5
    assert s["value"]["accuracy"] == pytest.approx(0.5)
    assert s["value"]["f1"] == pytest.approx(0.4)
    assert s["type"]["f1"] == pytest.approx(0.4)


def test_value_mismatch_keeps_span_scores() -> None:
    gold = [_m(5, 11, "PAST_REF")]
    system = [_m(5, 11, "1998")]
    alignment = align(gold, system)
    s = alignment.counts.scores()
    assert s["strict"]["f1"] == 1.0 and s["type"]["f1"] == 1.0
    assert s["value"]["f1"] == 0.0
    assert alignment.missed == [] and alignment.spurious == []


def test_pairs_are_one_to_one_and_prefer_exact_spans() -> None:
    # gold "Monday evening" split by the system in two: both count for precision, the larger overlap
    # ("evening") is the pair whose value is judged; the exact span at 20 pairs with its own gold
    gold = [_m(0, 14, "1998-08-03TEV", "TIME"), _m(20, 26, "1998-08")]
    system = [_m(0, 6, "1998-08-03"), _m(7, 14, "XXXX-XX-XXTEV", "TIME"), _m(20, 26, "1998-08")]
    alignment = align(gold, system)
    c = alignment.counts
    assert (c.relaxed_system, c.relaxed_gold, c.pairs) == (3, 2, 2)
    assert [(g.start, s.start) for g, s in alignment.pairs] == [(0, 7), (20, 20)]
    assert c.value_correct == 1 and c.strict_system == 1


def test_empty_sides() -> None:
    assert align([], []).counts.scores()["relaxed"]["f1"] == 0.0
    missed = align([_m(0, 4)], [])
    assert len(missed.missed) == 1 and missed.counts.scores()["strict"]["recall"] == 0.0
    spurious = align([], [_m(0, 4)])
    assert len(spurious.spurious) == 1 and spurious.counts.scores()["strict"]["precision"] == 0.0


def test_counts_add_up_as_micro_average() -> None:
    a = align([_m(0, 4)], [_m(0, 4)]).counts
    b = align([_m(0, 4), _m(10, 14)], []).counts
    total = a + b
    assert (total.gold, total.system, total.strict_gold) == (3, 1, 1)
    assert total.scores()["strict"]["recall"] == pytest.approx(1 / 3)


# --- evaluate and report ------------------------------------------------------------------------------

def _gold_tagger_for(folder: Path):
    golds = {g.id: g for g in read_folder(folder)}

    def tagger(doc: Document) -> list[Mention]:
        assert doc.published == golds[doc.id].published and doc.published_from == "metadata"
        return list(golds[doc.id].timexes)

    return tagger


def _year_tagger(doc: Document) -> list[Mention]:
    return [Mention(doc.id, m.start(), m.end(), m.group(), "DATE", m.group())
            for m in re.finditer(r"\b(?:19|20)\d\d\b", doc.text)]


def test_evaluate_with_custom_taggers(tmp_path: Path) -> None:
    (tmp_path / "tiny.tml").write_text(TINY, encoding="utf-8")
    perfect = evaluate(tmp_path, _gold_tagger_for(tmp_path))
    assert perfect.scores()["value"]["f1"] == 1.0 and perfect.counts.gold == 2
    nothing = evaluate(tmp_path, lambda doc: [])
    assert nothing.scores()["relaxed"]["recall"] == 0.0
    assert [g.key for g in nothing.errors["missed"]] == ["the past three months", "thursday"]
    data = nothing.to_dict()
    assert data["documents"] == 1 and data["gold"] == 2 and data["per_document"][0]["id"] == "tiny"


@needs_tbaq
def test_report_groups_errors_on_tbaq_slice(tmp_path: Path) -> None:
    for path in sorted(TBAQ.rglob("*.tml"))[::32]:
        shutil.copy(path, tmp_path / path.name)
    report = evaluate(tmp_path, _year_tagger)
    assert 0 < report.scores()["relaxed"]["precision"] <= 1.0
    assert report.scores()["relaxed"]["recall"] < 0.5
    assert report.errors["missed"] and report.errors["missed"][0].count >= report.errors["missed"][-1].count
    assert any(" -> " in g.key for g in report.errors["value"])
    text = format_report(report, worst=3, errors=2)
    assert "strict" in text and "worst 3 documents" in text and "missed spans" in text
    assert len(report.worst(3)) == 3


# --- regression: timeline's own tagger on a fixed slice of TBAQ ---------------------------------------

# Every 13th file of the sorted corpus (20 files, AQUAINT and TimeBank both). Floors sit a few points under
# what the tagger measured on this slice when they were last raised (strict 0.848, relaxed 0.910, value 0.751,
# type 0.851); raise them as the tagger improves.
FLOORS = {"strict": 0.82, "relaxed": 0.88, "value": 0.72, "type": 0.82}


@needs_tbaq
def test_regression_floor_on_tbaq_slice(tmp_path: Path) -> None:
    paths = sorted(TBAQ.rglob("*.tml"))[::13][:20]
    for path in paths:
        shutil.copy(path, tmp_path / path.name)
    report = evaluate(tmp_path)
    assert len(report.documents) == 20 and report.counts.gold > 100
    scores = report.scores()
    below = {k: round(scores[k]["f1"], 4) for k, floor in FLOORS.items() if scores[k]["f1"] < floor}
    assert not below, f"below floor {FLOORS}: {below}\n{format_report(report, worst=5, errors=5)}"


def test_wrong_values_are_told_apart_by_what_the_gold_says() -> None:
    assert value_kind("1989-WXX", "1989-W43") == "placeholder"
    assert value_kind("1998-10-23", "1998-10-23TNI") == "part_of_day"
    assert value_kind("2000-W7", "2000-W06") == "malformed_gold"
    assert value_kind("1990-08-07", "1990-08-14") == "other"
