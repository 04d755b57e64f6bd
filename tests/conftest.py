"""Shared fixtures: paths to the sample inputs and the shared evaluation data, and one real build of the samples.

The build runs the whole real stack (dateparser, spaCy, networkx, matplotlib) once per test session; tests of
every stage read from it instead of building again.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "inputs"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def inputs_dir() -> Path:
    return INPUTS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared evaluation data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_gold(shared_dir: Path) -> dict:
    return json.loads((shared_dir / "eval" / "seeds-gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def built(inputs_dir: Path):
    """The timeline of the five sample articles, built once with the real stack."""
    from timeline import build

    return build([inputs_dir])


@pytest.fixture(scope="session")
def built_out(built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample timeline written with every renderer, once per session."""
    from timeline import write

    out = tmp_path_factory.mktemp("out")
    write(built, out)
    return out


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once for every test that parses text."""
    from timeline.nlp import load

    return load()


@pytest.fixture(scope="session")
def analysis_of(nlp):
    """One sentence linked by the real stage 2, with its one date mention given by hand (expr, TIMEX3 value)."""
    from timeline.entities import load_aliases
    from timeline.events import link_document
    from timeline.model import DocAnalysis, Document, Mention

    def analyse(doc_id: str, text: str, expr: str, value: str) -> DocAnalysis:
        start = text.index(expr)
        mention = Mention(doc_id, start, start + len(expr), expr, "DATE", value)
        return link_document(DocAnalysis(Document(doc_id, text), [mention]), nlp, load_aliases())

    return analyse
