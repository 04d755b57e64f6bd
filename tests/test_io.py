"""Atomic writes: the final file appears whole, with ordinary permissions, and no temporary file is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline import io


def test_write_replaces_whole_file_with_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.json"
    io.write_json(target, {"b": 1})
    io.write_json(target, {"b": 2, "text": "café"})
    assert target.read_text("utf-8") == '{\n  "b": 2,\n  "text": "café"\n}\n'
    assert os.stat(target).st_mode & 0o777 == 0o666 & ~_umask()
    assert [p.name for p in target.parent.iterdir()] == ["a.json"]


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    io.write_text(target, "old")
    with pytest.raises(TypeError):
        io.write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
