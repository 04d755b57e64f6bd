"""How the figures are shaped: one small value object the CLI fills from its flags."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

Size = Literal["slide", "a4", "square"]

#: Figure size in inches. A slide is 16:9; an A4 page is drawn landscape because a timeline reads left to right.
SIZES: dict[str, tuple[float, float]] = {
    "slide": (13.333, 7.5),
    "a4": (11.69, 8.27),
    "square": (10.0, 10.0),
}
MIN_PNG_WIDTH = 1600
FORMATS = ("png", "svg", "pdf")


@dataclass(frozen=True)
class RenderOptions:
    """What to draw and at what size.

    `dpi` None picks the smallest resolution that makes the PNG at least 1600 px wide (and never under 150).
    `max_events` None lets the chart keep as many of the most salient events as fit without overlapping labels.
    `entity` draws only that entity's neighbourhood in the graph. `title` None derives a headline from the articles.
    """

    size: Size = "slide"
    dpi: int | None = None
    max_events: int | None = None
    entity: str | None = None
    title: str | None = None

    def __post_init__(self) -> None:
        if self.size not in SIZES:
            raise ValueError(f"unknown size {self.size!r}; choose one of {', '.join(SIZES)}")
        if self.dpi is not None and self.dpi < 20:
            raise ValueError(f"dpi {self.dpi} is too small to draw legible text")
        if self.max_events is not None and self.max_events < 1:
            raise ValueError("max_events must be at least 1")

    @property
    def figsize(self) -> tuple[float, float]:
        return SIZES[self.size]

    @property
    def resolution(self) -> int:
        if self.dpi is not None:
            return self.dpi
        return max(150, math.ceil(MIN_PNG_WIDTH / self.figsize[0]))
