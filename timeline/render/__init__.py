"""Stage 3: the chart, graph, briefing page and data exports of a timeline.

`write_all` is the one entry point the pipeline calls; each figure is rendered to bytes in memory and every
file is written atomically through `timeline.io`, so `OUT/` never holds a half-written file.
"""

from __future__ import annotations

from pathlib import Path

from timeline import io
from timeline.contract import write_timeline
from timeline.model import Timeline
from timeline.render import briefing, chart, exports, graph
from timeline.render.figures import to_bytes
from timeline.render.options import RenderOptions

__all__ = ["RenderOptions", "write_all"]


def write_all(timeline: Timeline, out: Path, options: RenderOptions) -> list[Path]:
    """Write timeline.json, chart.{png,svg,pdf}, graph.{png,svg}, briefing.html, events.csv,
    timelinejs.json and graph.graphml into `out`; return the paths written, in that order."""
    out = Path(out)
    written = [write_timeline(timeline, out)]
    chart_fig, info = chart.draw(timeline, options)
    graph_fig = graph.draw(timeline, options)
    dpi = options.resolution
    figures = {f"chart.{fmt}": to_bytes(chart_fig, fmt, dpi) for fmt in ("png", "svg", "pdf")}
    figures.update({f"graph.{fmt}": to_bytes(graph_fig, fmt, dpi) for fmt in ("png", "svg")})
    for name, data in figures.items():
        written.append(io.write_bytes(out / name, data))
    page = briefing.render(timeline, figures["chart.svg"], figures["graph.svg"], options.title, len(info.shown))
    written.append(io.write_bytes(out / "briefing.html", page))
    written.append(io.write_bytes(out / "events.csv", exports.events_csv(timeline)))
    written.append(io.write_bytes(out / "timelinejs.json", exports.timelinejs(timeline)))
    written.append(io.write_bytes(out / "graph.graphml", exports.graphml(timeline)))
    return written
