"""timeline: from a cluster of news articles to a chronological chart, an event graph and the data under them.

The API (`build`, `write`, and the single stages `read`, `tag`, `analyse`, `merge`) lives in
`timeline.pipeline`; it is exposed here lazily so that `import timeline.temporal` alone stays light (no spaCy,
no matplotlib) for fast tagging.
"""

from typing import Any

__all__ = ["analyse", "build", "merge", "read", "tag", "write"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in __all__:
        from timeline import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
