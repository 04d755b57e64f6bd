"""`timeline eval`: tag every TimeML document with its DCT as publication date, score it, say what went wrong.

The report keeps per-document counts (to find the worst documents) and groups errors by what they look
like (a missed "Friday", a value "PAST_REF -> 1998") so the most frequent failure is the first one read.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.model import Document, Mention
from timeline.tempeval.reader import GoldDocument, read_folder
from timeline.tempeval.scorer import Alignment, Counts, align

Tagger = Callable[[Document], list[Mention]]

ERROR_KINDS = ("missed", "spurious", "value", "type", "extent")
_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")
_UNPADDED_WEEK = re.compile(r"^\d{4}-W\d(?:-|$)")
# What a wrong value is, when the gold itself decides it: a corpus that writes "1989-WXX" for "last week" or
# leaves the part of day off "Friday night" disagrees by convention, not by a wrong date.
VALUE_KINDS = {
    "placeholder": "gold leaves X where the system gives a value",
    "part_of_day": "only a part of day differs",
    "malformed_gold": "gold value not well formed (2000-W7)",
    "other": "other",
}


def value_kind(gold: str, system: str) -> str:
    """Which of VALUE_KINDS a (gold, system) value disagreement is."""
    if "X" in gold and "X" not in system:
        return "placeholder"
    if _PART_OF_DAY.sub("", gold) == _PART_OF_DAY.sub("", system):
        return "part_of_day"
    if _UNPADDED_WEEK.match(gold):
        return "malformed_gold"
    return "other"


@dataclass
class DocScore:
    """One document's counts, for ranking the worst ones."""

    id: str
    counts: Counts

    def to_dict(self) -> dict[str, Any]:
        scores = self.counts.scores()
        f1s = {f"{name}_f1": round(scores[name]["f1"], 4) for name in ("strict", "relaxed", "value", "type")}
        return {"id": self.id, "gold": self.counts.gold, "system": self.counts.system, **f1s}


@dataclass
class ErrorGroup:
    """Errors that look alike: how many, and one place where it happened."""

    key: str
    count: int
    example_doc: str
    example_text: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "count": self.count, "example_doc": self.example_doc,
                "example_text": self.example_text}


@dataclass
class EvalReport:
    """Corpus scores (micro-averaged), per-document scores and grouped errors of one evaluation run.

    `seconds` is the time spent inside the tagger only; `words` counts whitespace tokens of the texts.
    """

    folder: str
    counts: Counts = field(default_factory=Counts)
    documents: list[DocScore] = field(default_factory=list)
    errors: dict[str, list[ErrorGroup]] = field(default_factory=dict)
    value_kinds: Counter[str] = field(default_factory=Counter)
    words: int = 0
    seconds: float = 0.0

    def scores(self) -> dict[str, dict[str, float]]:
        return self.counts.scores()

    def worst(self, n: int) -> list[DocScore]:
        """Documents that lose the most: lowest value F1, then relaxed F1, then most gold."""
        ranked = [d for d in self.documents if d.counts.gold or d.counts.system]
        ranked.sort(key=lambda d: (d.counts.scores()["value"]["f1"], d.counts.scores()["relaxed"]["f1"],
                                   -d.counts.gold, d.id))
        return ranked[:n]

    def to_dict(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "documents": len(self.documents),
            "gold": self.counts.gold,
            "system": self.counts.system,
            "scores": {name: {k: round(v, 4) for k, v in s.items()} for name, s in self.scores().items()},
            "words": self.words,
            "seconds": round(self.seconds, 4),
            "per_document": [d.to_dict() for d in self.documents],
            "errors": {kind: [g.to_dict() for g in groups] for kind, groups in self.errors.items()},
            "value_error_kinds": {kind: self.value_kinds[kind] for kind in VALUE_KINDS},
        }


def _default_tagger() -> Tagger:
    from timeline.temporal import tag_document

    return tag_document


def _error_keys(alignment: Alignment) -> dict[str, list[tuple[str, str]]]:
    """(key, text) of every error in one document, by kind."""
    keys: dict[str, list[tuple[str, str]]] = {kind: [] for kind in ERROR_KINDS}
    keys["missed"] = [(g.text.lower(), g.text) for g in alignment.missed]
    keys["spurious"] = [(s.text.lower(), s.text) for s in alignment.spurious]
    for g, s in alignment.pairs:
        if g.value != s.value:
            keys["value"].append((f"{g.value} -> {s.value}", s.text))
        if g.type != s.type:
            keys["type"].append((f"{g.type} -> {s.type}", s.text))
        if (g.start, g.end) != (s.start, s.end):
            keys["extent"].append((f"{g.text!r} -> {s.text!r}", s.text))
    return keys


def evaluate_documents(golds: list[GoldDocument], tagger: Tagger | None = None,
                       folder: str = "") -> EvalReport:
    """Tag and score already-read gold documents (the benchmark calls this once per tagger)."""
    tag = tagger or _default_tagger()
    report = EvalReport(folder=folder)
    found: dict[str, Counter[str]] = {kind: Counter() for kind in ERROR_KINDS}
    example: dict[tuple[str, str], tuple[str, str]] = {}
    for gold in golds:
        document = gold.document()
        started = time.perf_counter()
        system = tag(document)
        report.seconds += time.perf_counter() - started
        report.words += len(gold.text.split())
        alignment = align(gold.timexes, system)
        report.counts = report.counts + alignment.counts
        report.documents.append(DocScore(gold.id, alignment.counts))
        report.value_kinds.update(value_kind(g.value, s.value) for g, s in alignment.pairs if g.value != s.value)
        for kind, items in _error_keys(alignment).items():
            for key, text in items:
                found[kind][key] += 1
                example.setdefault((kind, key), (gold.id, text))
    report.errors = {
        kind: [ErrorGroup(key, n, *example[(kind, key)])
               for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
        for kind, counter in found.items()
    }
    return report


def evaluate(folder: str | Path, tagger: Tagger | None = None) -> EvalReport:
    """Score `tagger` (default: timeline's own) on every `.tml` file under `folder`."""
    return evaluate_documents(read_folder(folder), tagger, str(folder))


_ERROR_TITLES = {
    "missed": "missed spans (gold text)",
    "spurious": "spurious spans (system text)",
    "value": "wrong values (gold -> system)",
    "type": "wrong types (gold -> system)",
    "extent": "wrong extents (gold -> system)",
}


def format_report(report: EvalReport, worst: int = 10, errors: int = 15) -> str:
    """The human summary `timeline eval` prints: scores, the worst documents, the most frequent errors."""
    c = report.counts
    lines = [f"TempEval-3 timex scores on {report.folder or 'documents'}: {len(report.documents)} documents, "
             f"{c.gold} gold, {c.system} system",
             f"{'':10}{'P':>8}{'R':>8}{'F1':>8}{'acc':>8}"]
    for name, s in report.scores().items():
        accuracy = f"{s['accuracy']:8.4f}" if "accuracy" in s else ""
        lines.append(f"{name:10}{s['precision']:8.4f}{s['recall']:8.4f}{s['f1']:8.4f}{accuracy}")
    if report.seconds > 0:
        lines.append(f"tagging: {report.words} words in {report.seconds:.2f} s "
                     f"({report.words / report.seconds:,.0f} words/s)")
    if worst > 0:
        lines += ["", f"worst {worst} documents (by value F1):",
                  f"  {'document':32}{'gold':>6}{'sys':>6}{'strict':>8}{'relaxed':>8}{'value':>8}"]
        for d in report.worst(worst):
            s = d.counts.scores()
            lines.append(f"  {d.id:32}{d.counts.gold:6}{d.counts.system:6}{s['strict']['f1']:8.3f}"
                         f"{s['relaxed']['f1']:8.3f}{s['value']['f1']:8.3f}")
    if errors > 0:
        for kind in ERROR_KINDS:
            groups = report.errors.get(kind, [])
            if not groups:
                continue
            total = sum(g.count for g in groups)
            kinds = "".join(f"{report.value_kinds[k]} {text}; " for k, text in VALUE_KINDS.items()) if kind == "value" \
                else ""
            lines += ["", f"{_ERROR_TITLES[kind]}: {total} in all, {kinds}most frequent:"]
            for g in groups[:errors]:
                lines.append(f"  {g.count:4}  {g.key}   [{g.example_doc}: {g.example_text!r}]")
    return "\n".join(lines)
