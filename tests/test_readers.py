"""Readers and metadata over the real samples and over small hostile inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.metadata import describe, is_dateline, is_menu, is_ticker
from timeline.model import Document
from timeline.readers import read_paths


def test_sample_ids_and_header_metadata(inputs_dir: Path) -> None:
    docs, problems = read_paths([inputs_dir])
    assert problems == []
    by_id = {d.id: d for d in docs}
    assert sorted(by_id) == sorted(p.name for p in inputs_dir.iterdir())
    reuters = by_id["000_d04eb29ae1c66e33.txt"]
    assert reuters.title == "Iran's Khamenei renews ban on talks with U.S."
    assert reuters.source == "Reuters"
    assert reuters.url.startswith("https://www.reuters.com/")
    assert reuters.author == "Parisa Hafezi"
    assert (reuters.published, reuters.published_from) == ("2019-11-03", "metadata")
    assert by_id["001_faac44a24d2ca6e0.txt"].author is None  # "Author: ****" is no author


def test_undated_samples_stay_undated_and_text_is_kept_verbatim(inputs_dir: Path) -> None:
    docs, _ = read_paths([inputs_dir])
    for doc in docs:
        assert doc.text == (inputs_dir / doc.id).read_text("utf-8")
    undated = {d.id for d in docs if d.published is None}
    assert undated == {"002_1f3afedc605c96a8.txt", "003_37f9db5a75305257.txt", "004_3f23bfede02a65fd.txt"}


def test_ticker_lines_of_sample_002_are_ignored(inputs_dir: Path) -> None:
    doc = next(d for d in read_paths([inputs_dir])[0] if d.id.startswith("002"))
    ignored = [doc.text[s:e] for s, e in doc.ignored]
    for junk in ("Joga2002 635.254 50% 63.63%", "S&P5002 60 50% 10%", "Dow17 56.23 41.89% -2.635%"):
        assert any(junk in line for line in ignored)
    assert not any("Khamenei said on Sunday" in line for line in ignored)


def test_file_given_directly_is_named_by_file_name(inputs_dir: Path) -> None:
    docs, _ = read_paths([inputs_dir / "004_3f23bfede02a65fd.txt"])
    assert [d.id for d in docs] == ["004_3f23bfede02a65fd.txt"]
    assert docs[0].title == "Iran’s Ayatollah Khamenei Nixes US Talks"


def test_nested_folder_ids_are_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "story.md").write_text("# A title for the story\n\nThe mill burned on 4 May 2001.\n")
    docs, _ = read_paths([tmp_path])
    assert [d.id for d in docs] == ["a/b/story.md"]


def test_dateline_at_the_top_gives_the_publication_date(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("Home | News | Sport\nHow the town rebuilt\n\nJuly 18, 2019\n\nThe mill burned.\n")
    doc = read_paths([tmp_path])[0][0]
    assert (doc.published, doc.published_from) == ("2019-07-18", "dateline")
    assert doc.title == "How the town rebuilt"
    assert "July 18, 2019" in [doc.text[s:e] for s, e in doc.ignored]


def test_jsonl_records_keep_ids_and_metadata_and_bad_lines_are_reported(tmp_path: Path) -> None:
    good = {"id": "r1", "text": "The council met on Friday.", "published": "2019-07-19T18:30:00+00:00",
            "title": "Council meets", "source": "Dispatch", "url": "https://example.org/r1"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "r2"}) + "\n")
    docs, problems = read_paths([tmp_path])
    assert [(d.id, d.published, d.published_from, d.title, d.source) for d in docs] == [
        ("r1", "2019-07-19", "metadata", "Council meets", "Dispatch")]
    assert len(problems) == 2 and all("feed.jsonl" in p.path for p in problems)
    assert any("line 2" in p.reason for p in problems) and any("line 3" in p.reason for p in problems)


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    html = ("<html><head><title>Mill fire</title><meta name='author' content='Jo Doe'>"
            "<meta property='article:published_time' content='2020-01-02'></head><body>"
            "<nav>Home | News</nav><article><h1>Mill fire</h1><p>A fire destroyed the old mill on Sunday, "
            "officials said. It was the worst fire in the town since 1953, and hundreds gathered to watch.</p>"
            "<p>The mayor pledged money that night to rebuild the mill, which had stood for a century.</p>"
            "</article></body></html>")
    (tmp_path / "mill.html").write_text(html)
    doc = read_paths([tmp_path])[0][0]
    assert doc.published == "2020-01-02" and doc.author == "Jo Doe" and doc.title == "Mill fire"
    assert "worst fire in the town since 1953" in doc.text and "Home | News" not in doc.text


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"  \n\n", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ("latin1.txt", "caf\xe9 on Sunday".encode("latin-1"), "UTF-8"),
    ("notes.pdf", b"%PDF-1.4", "unsupported"),
])
def test_bad_files_are_reported_by_name_and_the_rest_is_read(tmp_path: Path, name: str, content: bytes,
                                                             reason: str) -> None:
    (tmp_path / "good.txt").write_text("The bridge opened in May 1932.\n")
    (tmp_path / name).write_bytes(content)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    docs, problems = read_paths([tmp_path])
    assert [d.id for d in docs] == ["good.txt"]
    assert len(problems) == 1 and problems[0].path.endswith(name) and reason in problems[0].reason
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_html_date_in_the_prose_is_not_a_publication_date(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(
        "<html><head><title>Mill fire</title></head><body><article><p>The old mill burned on 4 May 2001, "
        "officials said; it had stood since 1850 and was the pride of the town for many generations.</p>"
        "<p>Investigators blamed faulty wiring in a report released two weeks later.</p></article></body></html>")
    doc = read_paths([tmp_path])[0][0]
    assert (doc.published, doc.published_from) == (None, None)


def test_overlong_documents_are_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text("The dam burst in 1889. " * 50_000)
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "big", "text": "x " * 600_000}) + "\n"
                                         + json.dumps({"id": "ok", "text": "It rained on 3 May 1990."}) + "\n")
    docs, problems = read_paths([tmp_path])
    assert [d.id for d in docs] == ["ok"]
    assert sorted(p.path.rsplit("/", 1)[-1] for p in problems) == ["feed.jsonl", "huge.txt"]
    assert all("limit" in p.reason for p in problems)


def test_missing_path_is_an_error_of_the_call(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_paths([tmp_path / "nope"])


@pytest.mark.parametrize(("line", "ticker"), [
    ("Dow17 56.23 41.89% -2.635%", True),
    ("S&P 500 2,976.61 -0.62% | Nasdaq 8,146.49 -0.74% | Gold 1,426.60 +0.3%", True),
    ("Prices rose 3% in 2019, the bank said on Monday.", False),
    ("On November 4, 1979, students overran the embassy.", False),
])
def test_ticker_lines(line: str, ticker: bool) -> None:
    assert is_ticker(line) is ticker


def test_menus_and_datelines() -> None:
    assert is_menu("Home | Science | Space | Video | Podcasts")
    assert not is_menu("He said the deal | as he called it | was dead. It was over.")
    assert is_dateline("Tuesday, 3 November 2019") == "2019-11-03"
    assert is_dateline("November 2019") is None
    assert is_dateline("The fire started on July 18, 2019 at noon") is None


def test_a_sentence_ending_in_a_quote_is_no_headline() -> None:
    text = 'The government on Saturday condemned the attacks, calling them an "atrocious crime."\nMore followed.\n'
    assert describe(Document("d", text)).title is None


def test_extract_leaves_plain_prose_alone() -> None:
    meta = describe(Document("d", "The plant closed in 1998. Workers said on Monday that they would sue.\n"))
    assert meta.published is None and meta.ignored == () and meta.title is None


@pytest.mark.parametrize(("text", "source"), [
    ("\n\nNAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside the embassies on Friday.\n", "AP"),
    ("WASHINGTON, August 8 (Xinhua) -- \nThe president vowed on Saturday to find the bombers.\n", "Xinhua"),
    ("Dubai (Reuters) - Iran will not lift its ban on talks, the leader said on Sunday.\n", "Reuters"),
])
def test_wire_datelines_give_the_source_and_are_no_headline(text: str, source: str) -> None:
    doc = describe(Document("d", text))
    assert (doc.title, doc.source) == (None, source)
