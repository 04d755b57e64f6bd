"""Where each chart label goes so that no two labels, and no label and leader line, ever overlap.

Labels are flags on a pole. A leader rises from the event on the axis, may slant sideways through a narrow
fan band just above the axis (so a dense cluster of events can spread its labels out), then rises straight
to one of several stacked lanes, where the label hangs beside it, to its right or to its left.

Going left to right, each label takes the spot that moves it least and keeps it lowest, such that its box
clears every other box in its lane, no lower box covers its pole, and it covers no pole that passes
through its lane. Poles keep the left-to-right order of their events, so slanted leaders never cross. A
label points right unless that would cover a later event's pole, so a cluster climbs as a staircase instead
of boxing itself in. When no spot is left, `stack` says so and the caller drops the least salient event.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Cost of climbing one lane, in inches of sideways shift, and of pointing against the preferred side.
_LANE_COST = 0.2
_SIDE_COST = 0.3
#: Search effort: the cheapest few spots of each label are tried, backtracking at most this many times.
_BRANCH = 4
_BUDGET = 600


@dataclass(frozen=True)
class Slot:
    """A placed label: its event at `x`; its pole at `anchor` reaches lane `lane`; its box spans [left, right]."""

    x: float
    anchor: float
    lane: int
    left: float
    right: float


@dataclass(frozen=True)
class Room:
    """The space labels may use: `lanes` lanes between `lo` and `hi`, poles shifted at most `shift` sideways.

    `stem` is the space between a pole and its label, `gap` the least space between two labels in a lane,
    `sep` the least distance between two poles; a box keeps half a stem clear of every pole.
    """

    lanes: int
    lo: float
    hi: float
    stem: float
    gap: float
    sep: float
    shift: float


def stack(items: list[tuple[float, float]], room: Room) -> list[Slot] | None:
    """Slots for `(event x, label width)` items sorted by x, or None when they cannot all be placed.

    Each label first tries its cheapest spot; when a later label finds no room, the search goes back and
    tries an earlier label's next-cheapest spot (a cluster's first label climbing higher, say), within a
    fixed budget so a hopeless page is given up quickly.
    """
    budget = [_BUDGET]

    def place(i: int, placed: list[Slot]) -> list[Slot] | None:
        if i == len(items):
            return placed
        for slot in _options(items, i, placed, room)[:_BRANCH]:
            done = place(i + 1, [*placed, slot])
            if done is not None:
                return done
            budget[0] -= 1
            if budget[0] <= 0:
                return None
        return None

    return place(0, [])


def _options(items: list[tuple[float, float]], i: int, placed: list[Slot], room: Room) -> list[Slot]:
    """Every lane and side where item i fits, each at its least shift, cheapest first."""
    x, w = items[i]
    prefer_right = all(nx > x + room.stem + w + room.gap for nx, _ in items[i + 1:] if nx > x)
    floor = placed[-1].anchor + room.sep if placed else room.lo
    found = []
    for lane in range(room.lanes):
        for right in (True, False):
            anchor = _nearest(_free(placed, lane, right, x, w, room, floor), x)
            if anchor is None:
                continue
            left = anchor + room.stem if right else anchor - room.stem - w
            cost = abs(anchor - x) + _LANE_COST * lane + (0 if right == prefer_right else _SIDE_COST)
            found.append((cost, lane, not right, Slot(x, anchor, lane, left, left + w)))
    return [slot for *_, slot in sorted(found, key=lambda f: f[:3])]


def _free(placed: list[Slot], lane: int, right: bool, x: float, w: float, room: Room,
          floor: float) -> list[tuple[float, float]]:
    """The anchor positions where a label of width `w` fits in `lane`, as sorted disjoint intervals."""
    clear, stem, gap = room.stem / 2, room.stem, room.gap
    lo = max(floor, x - room.shift, room.lo - stem if right else room.lo + stem + w)
    hi = min(x + room.shift, room.hi - stem - w if right else room.hi + stem)
    # the box, relative to its anchor, spans [a + off, a + off + w]
    off = stem if right else -stem - w
    banned = []
    for p in placed:
        if p.lane == lane:
            banned.append((p.left - gap - off - w, p.right + gap - off))
        if p.lane <= lane:
            banned.append((p.left - clear, p.right + clear))
        if p.lane >= lane:
            banned.append((p.anchor - off - w - clear, p.anchor - off + clear))
    free = []
    for a, b in sorted(banned):
        if a > lo and lo <= hi:
            free.append((lo, min(a, hi)))
        lo = max(lo, b)
    if lo <= hi:
        free.append((lo, hi))
    return [(a, b) for a, b in free if a <= b]


def _nearest(free: list[tuple[float, float]], x: float) -> float | None:
    """The point of `free` closest to x (open ends of banned intervals count as free: nudged inward)."""
    best = None
    for a, b in free:
        point = min(max(x, a), b)
        if best is None or abs(point - x) < abs(best - x):
            best = point
    return best
