"""timeline: from a cluster of news articles to a chronological chart, an event graph and the data under them."""

from timeline.pipeline import analyse, build, merge, read, tag, write

__all__ = ["analyse", "build", "merge", "read", "tag", "write"]
__version__ = "0.1.0"
