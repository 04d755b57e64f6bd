"""The library API: stages chain as functions from model to model, and the per-document map is pure."""

from __future__ import annotations

from pathlib import Path

import timeline
from timeline.model import Timeline


def test_stages_called_one_by_one_equal_build(inputs_dir: Path, built: Timeline) -> None:
    read = timeline.read([inputs_dir])
    assert read.mentions == [] and len(read.documents) == 5
    tagged = timeline.tag(read)
    assert tagged.mentions and all(m.doc in {d.id for d in tagged.documents} for m in tagged.mentions)
    analyses = timeline.analyse(tagged)
    assert [a.document.id for a in analyses] == [d.id for d in tagged.documents]
    assert timeline.merge(analyses).to_dict() == built.to_dict()


def test_parallel_map_gives_the_same_timeline(inputs_dir: Path, built: Timeline) -> None:
    assert timeline.build([inputs_dir], jobs=2).to_dict() == built.to_dict()


def test_user_publication_date_only_fills_undated_articles(inputs_dir: Path) -> None:
    docs = {d.id: d for d in timeline.read([inputs_dir], published="2019-11-05").documents}
    assert (docs["000_d04eb29ae1c66e33.txt"].published, docs["000_d04eb29ae1c66e33.txt"].published_from) == (
        "2019-11-03", "metadata")
    assert (docs["004_3f23bfede02a65fd.txt"].published, docs["004_3f23bfede02a65fd.txt"].published_from) == (
        "2019-11-05", "user")
