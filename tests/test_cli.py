"""The command line: subcommands, exit statuses and what lands in OUT, run in-process over the real stack."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from timeline.cli import main

EXPECTED = {"timeline.json", "chart.png", "chart.svg", "graph.png", "graph.svg"}


def test_build_writes_outputs_and_leaves_inputs_alone(inputs_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(inputs_dir, src)
    before = {p.name: p.read_bytes() for p in src.iterdir()}
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--quiet"]) == 0
    assert {p.name for p in out.iterdir()} >= EXPECTED
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert {p.name: p.read_bytes() for p in src.iterdir()} == before


def test_an_output_folder_inside_the_input_is_not_read_back(inputs_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(inputs_dir / "000_d04eb29ae1c66e33.txt", src)
    for _ in range(2):  # the second run finds the first run's files inside the input folder
        assert main(["build", str(src), "-o", str(src / "out"), "--quiet"]) == 0
    data = json.loads((src / "out" / "timeline.json").read_text("utf-8"))
    assert [d["id"] for d in data["documents"]] == ["000_d04eb29ae1c66e33.txt"]


def test_bad_file_is_named_and_the_rest_completes(inputs_dir: Path, tmp_path: Path, capsys) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(inputs_dir / "000_d04eb29ae1c66e33.txt", src)
    (src / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--quiet"]) == 1
    assert "broken.txt" in capsys.readouterr().err
    data = json.loads((out / "timeline.json").read_text("utf-8"))
    assert [d["id"] for d in data["documents"]] == ["000_d04eb29ae1c66e33.txt"]


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["build", str(tmp_path / "missing"), "-o", str(tmp_path / "o"), "--quiet"]) == 2
    assert "missing" in capsys.readouterr().err
    try:
        main(["tag", str(tmp_path), "--published", "someday"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("a bad --published must be refused")


def test_tag_prints_one_json_line_per_mention_with_offsets(inputs_dir: Path, capsys) -> None:
    path = inputs_dir / "001_faac44a24d2ca6e0.txt"
    assert main(["tag", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = path.read_text("utf-8")
    assert rows and all(text[r["start"]:r["end"]] == r["text"] and r["doc"] == path.name for r in rows)
    assert {"doc", "start", "end", "text", "type", "value"} <= set(rows[0])
    assert any(r["text"] == "November 4, 1979" and r["value"] == "1979-11-04" for r in rows)


def test_published_flag_dates_undated_articles(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("The council voted on Tuesday to close the bridge.\n")
    assert main(["tag", str(tmp_path), "--published", "2021-03-05"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [("Tuesday", "2021-03-02")]


def test_python_dash_m_is_the_same_command() -> None:
    result = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0 and "build" in result.stdout and "tag" in result.stdout


def test_rerun_in_another_process_is_byte_identical(inputs_dir: Path, built_out: Path, tmp_path: Path) -> None:
    """Set or hash ordering anywhere in the pipeline would show here: another process, another hash seed."""
    out = tmp_path / "again"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "timeline", "build", str(inputs_dir), "-o", str(out), "--quiet"],
                   check=True, env=env, capture_output=True)
    for name in ("timeline.json", "events.csv", "timelinejs.json", "graph.graphml", "chart.svg", "graph.svg",
                 "briefing.html"):
        assert (out / name).read_bytes() == (built_out / name).read_bytes(), name


def test_render_flags_reach_the_pictures(inputs_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(inputs_dir), "-o", str(out), "--quiet", "--title", "Talks ban: key dates",
                 "--size", "square", "--dpi", "100", "--max-events", "5"]) == 0
    from matplotlib import image

    png = image.imread(out / "chart.png")
    assert png.shape[0] == png.shape[1] and png.shape[1] < 1600
    svg = (out / "chart.svg").read_text("utf-8")
    assert "Talks ban: key dates" in svg and "not shown" in svg
    assert "Talks ban: key dates" in (out / "briefing.html").read_text("utf-8")


def test_no_progress_bar_off_a_terminal_and_quiet_is_silent(inputs_dir: Path, tmp_path: Path, capsys) -> None:
    doc = str(inputs_dir / "000_d04eb29ae1c66e33.txt")
    assert main(["build", doc, "-o", str(tmp_path / "a")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("timeline: 1 document, ") and "\r" not in err and "doc/s" not in err
    assert main(["build", doc, "-o", str(tmp_path / "b"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
