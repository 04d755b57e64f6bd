"""timeline.json keeps its contract: the schema, the cross-references and the offsets into the inputs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from timeline.contract import schema, validate

DESIGN_ANCHORS = {"1953", "1979", "2018-08", "2018-05", "2019-09-14"}


def test_built_sample_validates_and_cross_references(built_out: Path) -> None:
    data = json.loads((built_out / "timeline.json").read_text("utf-8"))
    validate(data)
    assert len(data["documents"]) == 5 and data["mentions"] and data["entities"] and data["events"]


def test_offsets_cut_the_same_text_out_of_the_inputs(built_out: Path, inputs_dir: Path) -> None:
    data = json.loads((built_out / "timeline.json").read_text("utf-8"))
    texts = {d["id"]: (inputs_dir / d["id"]).read_text("utf-8") for d in data["documents"]}
    for m in data["mentions"]:
        assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]
    for ev in data["events"]:
        for s in ev["sources"]:
            assert texts[s["doc"]][s["start"]:s["end"]] == s["quote"]


def test_events_are_chronological_and_the_design_anchors_are_dated_events(built) -> None:
    starts = [e.date.start for e in built.events]
    assert starts == sorted(starts)
    values = {e.date.value for e in built.events}
    for anchor in DESIGN_ANCHORS:
        assert any(v == anchor or v.startswith(anchor + "-") for v in values), anchor


def test_undated_article_resolves_nothing_against_the_clock(built) -> None:
    undated = "004_3f23bfede02a65fd.txt"
    assert next(d for d in built.documents if d.id == undated).published is None
    relative = [m for m in built.mentions if m.doc == undated and m.type in ("DATE", "TIME")
                and not re.search(r"\d{4}", m.text)]
    assert any(m.text.startswith("Tuesday") for m in relative)
    for m in relative:
        assert "X" in m.value or m.value.endswith("_REF"), m
    assert not [e for e in built.events if any(s.doc == undated for s in e.sources)
                and not any(s.doc != undated for s in e.sources)]


@pytest.mark.parametrize("breakage", [
    lambda d: d.pop("events"),
    lambda d: d["documents"][0].update(published="3 Nov 2019"),
    lambda d: d["mentions"][0].update(type="WHEN"),
    lambda d: d["events"][0].update(entities=["no-such-entity"]),
    lambda d: d["mentions"][0].update(doc="no-such-doc"),
])
def test_schema_rejects_broken_output(built, breakage) -> None:
    data = built.to_dict()
    breakage(data)
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_schema_file_in_repo_is_the_packaged_one() -> None:
    path = Path(__file__).resolve().parent.parent / "timeline" / "schema" / "timeline.schema.json"
    assert json.loads(path.read_text("utf-8")) == schema()
