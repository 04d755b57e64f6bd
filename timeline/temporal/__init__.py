"""Stage 1: temporal expressions in news and history text, as TIMEX3 mentions.

A fast grammar (`data/rules.txt` over the word lists in `data/`) finds date, time, duration and set
expressions; `normalise` turns each into a TIMEX3 value at the granularity the text gives, resolving relative
ones against the article's publication date and the tense of the sentence. No spaCy, no wall clock:
`tag_document` is a pure function of the document.

    from timeline.temporal import tag_text
    tag_text("He left on Sunday.", published="2019-11-03")   # [Mention(... value="2019-11-03")]

Modules: `grammar` (rules, scanning), `tagger` (filters against money, ids, names; anchors; the pass over a
document), `normalise` (one function per rule), `tense` (the tense cue of a sentence), `dates` (calendar
arithmetic, never the clock), `infer` (publication dates from the text), `lexicon` (the data files).
"""

from __future__ import annotations

from timeline.model import Document, Mention
from timeline.temporal.infer import infer_published
from timeline.temporal.tagger import tag_document

__all__ = ["infer_published", "tag_document", "tag_text", "tag_with_inference"]


def tag_with_inference(doc: Document) -> tuple[Document, list[Mention]]:
    """Infer a missing publication date from the text, then tag against it."""
    if doc.published:
        return doc, tag_document(doc)
    undated = tag_document(doc)
    dated = infer_published(doc, undated)
    if dated is doc:
        return doc, undated
    return dated, tag_document(dated)


def tag_text(text: str, published: str | None = None, doc_id: str = "text") -> list[Mention]:
    """Tag a bare string (notebooks, tests): `published` is the ISO date relative expressions resolve to."""
    return tag_document(Document(id=doc_id, text=text, published=published))
