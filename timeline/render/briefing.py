"""briefing.html: one self-contained page to open from disk or send by e-mail.

Headline, date range, the chart and graph embedded as data URIs, a table of events with quotes and links,
and the list of articles with where each publication date came from. Rendered by Jinja2 with autoescaping
on, so article text can never become markup; links are kept only when they are http(s).
"""

from __future__ import annotations

import base64
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape

from timeline.model import Timeline
from timeline.render import story
from timeline.render.text import clean, date_label, range_label

_FROM = {
    "metadata": "from the article's metadata",
    "dateline": "from the dateline",
    "text": "inferred from the text",
    "user": "given by the user",
}


def _env() -> Environment:
    return Environment(loader=PackageLoader("timeline.render", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def _link(url: str | None) -> str | None:
    url = clean(url)
    return url if url.lower().startswith(("https://", "http://")) else None


def _day(value: str | None) -> str:
    if not value:
        return ""
    d = date.fromisoformat(value)
    return f"{d.day} {d:%b %Y}"


def data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def render(timeline: Timeline, chart_svg: bytes, graph_svg: bytes, title: str | None = None,
             shown: int | None = None) -> bytes:
    """The page as UTF-8 bytes; `shown` is how many events the chart draws (to say how many it leaves out)."""
    events = story.dated(timeline.events)
    groups = story.groups(timeline, events)
    docs = {d.id: d for d in timeline.documents}
    rows = []
    for ev in events:
        sources = []
        for s in ev.sources:
            doc = docs.get(s.doc)
            sources.append({"name": story.source_label(doc, s.doc),
                            "title": clean(doc.title) if doc else "", "url": _link(doc.url if doc else None),
                            "quote": clean(s.quote)})
        who = [clean(e.name) for e in (timeline.entity(i) for i in ev.entities) if e]
        rows.append({"id": ev.id, "date": date_label(ev.date), "value": ev.date.value, "title": clean(ev.title),
                     "summary": clean(ev.summary) if clean(ev.summary) != clean(ev.title) else "",
                     "who": who, "sources": sources, "colour": groups.colour(ev),
                     "precision": "" if ev.date.granularity in ("day", "time") else ev.date.granularity})
    articles = [{"id": clean(d.id), "title": clean(d.title) or clean(d.id), "source": clean(d.source),
                 "author": clean(d.author), "url": _link(d.url), "published": _day(d.published),
                 "from": _FROM.get(d.published_from or "", clean(d.published_from)) if d.published else ""}
                for d in sorted(timeline.documents, key=lambda d: d.id)]
    page = _env().get_template("briefing.html.j2").render(
        headline=clean(title) or story.headline(timeline),
        span=range_label(events[0].date, events[-1].date) if events else "",
        n_events=len(events), n_articles=len(timeline.documents),
        left_out=len(events) - shown if shown is not None else 0,
        chart=data_uri("image/svg+xml", chart_svg), graph=data_uri("image/svg+xml", graph_svg),
        events=rows, articles=articles, sources=story.source_names(timeline),
        problems=[str(p) for p in timeline.problems],
    )
    return page.encode("utf-8")
