"""timeline.json, the contract other tools read: validated against the JSON Schema shipped in the package.

Validating on every write means a change anywhere in the pipeline that would break a reader fails loudly here
instead of in someone else's tool.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from timeline import io
from timeline.model import Timeline


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of timeline.json (also at timeline/schema/timeline.schema.json)."""
    return json.loads(resources.files("timeline").joinpath("schema/timeline.schema.json").read_text("utf-8"))


def validate(data: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `data` breaks the contract, including its cross-references."""
    jsonschema.validate(data, schema(), cls=jsonschema.Draft202012Validator)
    docs = {d["id"] for d in data["documents"]}
    ents = {e["id"] for e in data["entities"]}
    for m in data["mentions"]:
        if m["doc"] not in docs or m["end"] <= m["start"]:
            raise jsonschema.ValidationError(f"mention {m} names an unknown document or an empty span")
    for ev in data["events"]:
        unknown = [e for e in ev["entities"] if e not in ents]
        if unknown:
            raise jsonschema.ValidationError(f"event {ev['id']} names unknown entities {unknown}")
        if any(s["doc"] not in docs for s in ev["sources"]):
            raise jsonschema.ValidationError(f"event {ev['id']} cites an unknown document")


def write_timeline(timeline: Timeline, out: Path) -> Path:
    """Validate and atomically write `out/timeline.json`."""
    data = timeline.to_dict()
    validate(data)
    return io.write_json(out / "timeline.json", data)
