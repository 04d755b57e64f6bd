"""TempEval-3 timex scoring (UzZaman et al. 2013), on character offsets.

- strict span: a system mention counts when some gold TIMEX3 has exactly its offsets (and vice versa);
- relaxed span: precision counts system mentions that overlap any gold one, recall gold ones overlapped
  by any system one;
- attributes (value, type): over relaxed matches paired one to one, attribute F1 = relaxed F1 x attribute
  accuracy, as the TempEval-3 toolkit reports it (equivalently P and R over matches with a correct value).

Counts add up over documents, so the corpus score is the micro-average.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from timeline.model import Mention


@dataclass
class Counts:
    """Everything the scores are computed from; `+` sums documents (micro-averaging)."""

    gold: int = 0
    system: int = 0
    strict_gold: int = 0
    strict_system: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    pairs: int = 0
    value_correct: int = 0
    type_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    def scores(self) -> dict[str, dict[str, float]]:
        """P/R/F1 for strict and relaxed spans, and for value and type (accuracy included)."""
        strict = _prf(self.strict_system, self.system, self.strict_gold, self.gold)
        relaxed = _prf(self.relaxed_system, self.system, self.relaxed_gold, self.gold)
        out = {"strict": strict, "relaxed": relaxed}
        for name, correct in (("value", self.value_correct), ("type", self.type_correct)):
            accuracy = correct / self.pairs if self.pairs else 0.0
            out[name] = {"precision": relaxed["precision"] * accuracy, "recall": relaxed["recall"] * accuracy,
                         "f1": relaxed["f1"] * accuracy, "accuracy": accuracy}
        return out


def _prf(tp_system: int, system: int, tp_gold: int, gold: int) -> dict[str, float]:
    precision = tp_system / system if system else 0.0
    recall = tp_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _overlap(a: Mention, b: Mention) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


@dataclass
class Alignment:
    """How one document's system mentions line up with its gold: the counts and what went wrong."""

    counts: Counts
    pairs: list[tuple[Mention, Mention]]
    missed: list[Mention]
    spurious: list[Mention]


def _pair_order(pair: tuple[Mention, Mention]) -> tuple[bool, int, int, int]:
    g, s = pair
    return ((g.start, g.end) != (s.start, s.end), -_overlap(g, s), g.start, s.start)


def align(gold: Sequence[Mention], system: Sequence[Mention]) -> Alignment:
    """Score one document. Relaxed matches are paired one to one, exact spans first, then by overlap size."""
    candidates = sorted(
        ((g, s) for g in gold for s in system if _overlap(g, s) > 0),
        key=_pair_order,
    )
    paired_gold: set[int] = set()
    paired_system: set[int] = set()
    pairs: list[tuple[Mention, Mention]] = []
    for g, s in candidates:
        if id(g) in paired_gold or id(s) in paired_system:
            continue
        paired_gold.add(id(g))
        paired_system.add(id(s))
        pairs.append((g, s))
    pairs.sort(key=lambda p: p[0].start)

    gold_spans = {(g.start, g.end) for g in gold}
    system_spans = {(s.start, s.end) for s in system}
    overlapped_gold = {id(g) for g, _ in candidates}
    overlapping_system = {id(s) for _, s in candidates}
    counts = Counts(
        gold=len(gold),
        system=len(system),
        strict_gold=sum((g.start, g.end) in system_spans for g in gold),
        strict_system=sum((s.start, s.end) in gold_spans for s in system),
        relaxed_gold=len(overlapped_gold),
        relaxed_system=len(overlapping_system),
        pairs=len(pairs),
        value_correct=sum(g.value == s.value for g, s in pairs),
        type_correct=sum(g.type == s.type for g, s in pairs),
    )
    return Alignment(
        counts=counts,
        pairs=pairs,
        missed=[g for g in gold if id(g) not in overlapped_gold],
        spurious=[s for s in system if id(s) not in overlapping_system],
    )
