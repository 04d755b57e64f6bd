"""Stage 2, events: each dated mention tied to the event it dates, the same event merged across articles.

`link_document` is the per-document map (parse, entities, anchor -> clause -> event); `merge_analyses` is the
reduce (canonical entities, merged events with all their sources, salience, chronological order); `focus`
cuts the timeline of one entity.
"""

from timeline.events.focus import focus
from timeline.events.link import link_document
from timeline.events.merge import merge_analyses

__all__ = ["focus", "link_document", "merge_analyses"]
