"""Shared drawing ground for the chart and the graph: style, literal text, measuring, byte-stable saving.

Reruns must give identical files, so SVGs use a fixed hash salt and no date, PDFs carry no creation or
modification time, and nothing depends on the global pyplot state.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import matplotlib
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text

INK = "#1A1A1A"
MUTED = "#4D4D4D"
FAINT = "#B3B3B3"
PAPER = "#FFFFFF"

# Fonts tried, glyph by glyph, for scripts DejaVu Sans lacks (CJK names, emoji), when the machine has them.
_FALLBACK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK TC",
                      "Source Han Sans", "WenQuanYi Zen Hei", "Droid Sans Fallback", "Arial Unicode MS",
                      "Noto Emoji", "Noto Color Emoji")


@cache
def families() -> tuple[str, ...]:
    """DejaVu Sans (shipped with matplotlib, so output is the same everywhere it is all there is), then the
    fallback fonts this machine has installed."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return ("DejaVu Sans", *(f for f in _FALLBACK_FAMILIES if f in installed))


_RC: dict[str, Any] = {
    "svg.hashsalt": "timeline",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "text.usetex": False,
    "axes.unicode_minus": True,
    "path.simplify": True,
}
_METADATA = {
    "svg": {"Date": None},
    "pdf": {"CreationDate": None, "ModDate": None},
    "png": {},
}


@contextmanager
def style() -> Iterator[None]:
    """The house style, applied only while a figure is built and saved.

    Scripts the bundled font lacks (CJK, emoji) come from an installed fallback font, else are drawn as
    empty boxes rather than failing; matplotlib's per-glyph warning about it is silenced so one foreign
    headline does not flood the terminal.
    """
    font_log = logging.getLogger("matplotlib.font_manager")
    level = font_log.level
    font_log.setLevel(logging.ERROR)  # "findfont: Failed to find font weight bold" for a fallback without bold
    try:
        with matplotlib.rc_context({**_RC, "font.family": list(families())}), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font", category=UserWarning)
            yield
    finally:
        font_log.setLevel(level)


def canvas(size: tuple[float, float], dpi: int) -> tuple[Figure, Axes, RendererAgg]:
    """A blank figure whose single axes measures in inches from the bottom-left corner, and its renderer."""
    fig = Figure(figsize=size, dpi=dpi, facecolor=PAPER)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, size[0])
    ax.set_ylim(0, size[1])
    ax.set_axis_off()
    return fig, ax, fig.canvas.get_renderer()


def font(size: float, bold: bool = False) -> FontProperties:
    return FontProperties(family=list(families()), size=size, weight="bold" if bold else "normal")


def measure(renderer: RendererAgg, text: str, props: FontProperties) -> tuple[float, float]:
    """Width and height in inches of one line of literal text."""
    w, h, _ = renderer.get_text_width_height_descent(text or " ", props, ismath=False)
    return w / renderer.dpi, h / renderer.dpi


def line_height(props: FontProperties, spacing: float = 1.2) -> float:
    """Inches between baselines of consecutive lines."""
    return props.get_size_in_points() * spacing / 72


def put(ax: Axes, x: float, y: float, text: str, props: FontProperties, **kwargs: Any) -> Text:
    """Draw text exactly as written: never parsed as mathtext, never TeX."""
    return ax.text(x, y, text, fontproperties=props, parse_math=False, usetex=False, **kwargs)


def to_bytes(fig: Figure, fmt: str, dpi: int) -> bytes:
    """The figure encoded as PNG, SVG or PDF, reproducibly."""
    buf = io.BytesIO()
    with style():
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor=fig.get_facecolor())
    return buf.getvalue()
