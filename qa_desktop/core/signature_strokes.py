"""The strokes of an on-screen signature pad: the signed artefact itself. Pure: no Qt.

A point is (x, y, t_ms, pressure). `normalise` divides both coordinates by the pad's LONGER
side (one scale for both), so x and y lie in 0..1 and a signature keeps its shape whatever
size the pad or the PDF gives it later: resizing scales it, never stretches it. Time starts
at 0 with the first point; pressure is 0..1 (0.5 when the device gives none).

Too short to be a signature (`check_signature`): fewer than MIN_POINTS points, a path shorter
than MIN_LENGTH of the pad's longer side, or less than MIN_DURATION_MS from first to last
point. A hand-written name, even initials, is well above all three; a tap or a stray click
is below at least one.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.signing import canonical

CONTEXT = "Visits"
FORMAT = "qa-desktop signature strokes v1"
GRID = 10_000  # coordinates and pressure stored as integers of 1/GRID: canonical JSON has no floats
MIN_POINTS = 10
MIN_LENGTH = 0.3
MIN_DURATION_MS = 300
# More than any signature (a minute and a half of pen at 500 points a second): a stored one
# beyond it was not drawn on our pad.
MAX_POINTS = 50_000

Point = tuple[float, float, int, float]


@dataclass(frozen=True)
class Stroke:
    """One touch of pen to pad: its points in the order drawn."""

    points: tuple[Point, ...]


def normalise(strokes: list[Stroke], width: float, height: float) -> list[Stroke]:
    """Strokes in pad pixels -> in 0..1 of the longer side, time from 0, rounded to the grid."""
    side = max(float(width), float(height))
    if not math.isfinite(side) or side <= 0:
        raise ValueError("a signature pad has a size")
    start = min((p[2] for s in strokes for p in s.points), default=0)

    def point(x: float, y: float, t: int, pressure: float) -> Point:
        return (
            _grid(min(max(x / side, 0.0), 1.0)),
            _grid(min(max(y / side, 0.0), 1.0)),
            int(t - start),
            _grid(min(max(pressure, 0.0), 1.0)),
        )

    return [Stroke(tuple(point(*p) for p in s.points)) for s in strokes if s.points]


def _grid(value: float) -> float:
    return round(value * GRID) / GRID


def path_length(strokes: list[Stroke]) -> float:
    """The length of the ink (pen lifts not counted), in the strokes' own units."""
    return sum(
        math.dist(a[:2], b[:2])
        for s in strokes
        for a, b in zip(s.points, s.points[1:], strict=False)
    )


def check_signature(strokes: list[Stroke]) -> None:
    """Refuse normalised strokes too short to be a signature (thresholds in the module text)."""
    points = [p for s in strokes for p in s.points]
    if not points:
        raise translated(CONTEXT, QT_TRANSLATE_NOOP("Visits", "Sign in the box first."))
    if len(points) > MAX_POINTS:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Visits", "This holds more ink than a signature: clear it and sign again."
            ),
        )
    if not all(all(math.isfinite(v) for v in p) for p in points):
        raise ValueError("a signature's points are finite numbers")
    duration = max(p[2] for p in points) - min(p[2] for p in points)
    if len(points) < MIN_POINTS or path_length(strokes) < MIN_LENGTH or duration < MIN_DURATION_MS:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Visits", "This is too short to be a signature: clear it and sign again."
            ),
        )


def strokes_to_json(strokes: list[Stroke]) -> str:
    """The canonical JSON of normalised strokes (signing.canonical): integers of 1/GRID."""
    data = {
        "format": FORMAT,
        "grid": GRID,
        "strokes": [
            [[round(x * GRID), round(y * GRID), int(t), round(p * GRID)] for x, y, t, p in s.points]
            for s in strokes
        ],
    }
    return canonical(data).decode("utf-8")


def strokes_from_json(text: str) -> list[Stroke]:
    """The strokes `strokes_to_json` wrote; ValueError for anything else (strokes travel in
    packs: a grid of zero, a point of three numbers or of text is refused, not divided by)."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValueError("not the strokes of a signature") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("grid") != GRID:
        raise ValueError("not the strokes of a signature")
    strokes = data.get("strokes")
    if not isinstance(strokes, list) or not all(isinstance(s, list) for s in strokes):
        raise ValueError("not the strokes of a signature")
    if sum(len(stroke) for stroke in strokes) > MAX_POINTS:
        raise ValueError("more points than a signature has")
    return [Stroke(tuple(_point(point) for point in stroke)) for stroke in strokes]


def _point(point: object) -> Point:
    if not (
        isinstance(point, list)
        and len(point) == 4
        and all(type(v) is int for v in point)
        and all(0 <= v <= GRID for v in (point[0], point[1], point[3]))
    ):
        raise ValueError("not a point of a signature")
    x, y, t, p = point
    return (x / GRID, y / GRID, t, p / GRID)


def fit(
    strokes: list[Stroke], width: float, height: float, margin: float = 0.05
) -> tuple[float, float, float]:
    """(scale, dx, dy) that put the ink into width × height with one scale, centred, `margin`
    of the box left free on each side: a point (x, y) lands on (x·scale + dx, y·scale + dy)."""
    points = [p for s in strokes for p in s.points]
    if not points:
        return 1.0, 0.0, 0.0
    left, top = min(p[0] for p in points), min(p[1] for p in points)
    ink_w = max(p[0] for p in points) - left
    ink_h = max(p[1] for p in points) - top
    room_w, room_h = width * (1 - 2 * margin), height * (1 - 2 * margin)
    scale = min(room_w / ink_w if ink_w else math.inf, room_h / ink_h if ink_h else math.inf)
    scale = scale if math.isfinite(scale) else 1.0
    dx = (width - ink_w * scale) / 2 - left * scale
    dy = (height - ink_h * scale) / 2 - top * scale
    return scale, dx, dy


def svg_path(strokes: list[Stroke], width: float, height: float, margin: float = 0.05) -> str:
    """The ink as one SVG path ("M x y L x y …") fitted into width × height with one scale,
    centred, `margin` of the box left free on each side: ready for an SVG or a PDF path."""
    if not any(s.points for s in strokes):
        return ""
    scale, dx, dy = fit(strokes, width, height, margin)
    parts = []
    for s in strokes:
        for i, (x, y, _, _) in enumerate(s.points):
            parts.append(f"{'L' if i else 'M'}{x * scale + dx:.2f} {y * scale + dy:.2f}")
    return " ".join(parts)
