"""A customer's signature drawn from its strokes: the geometry the pad, the PNG, the SVG and the
PDF share, and the PNG and SVG themselves. Pure: no Qt.

The strokes are the signed artefact (signature_strokes.py); every picture of them is derived
here, so the pad on screen, a PNG, an SVG and a printed page show the same ink. A pen's width is
PEN of the pad's longer side at the middle pressure, thinner or thicker with the pressure. A
picture fitted into a box zooms the ink, but never its pen past the width the pen would have if
the pad filled the box: a small signature fitted into a large box stays a pen line, not a brush.

Pillow is imported by `to_png` only, so the pad and the PDF drawing never load it.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from qa_desktop.core.signature_strokes import Stroke, fit, svg_path

PEN = 0.004  # the pen's width at pressure 0.5, as a fraction of the pad's longer side
THINNEST, PRESSURE_GAIN = 0.35, 1.3  # width factor at pressure 0, and its rise to pressure 1
LEVELS = 16  # pressure steps a segment's width is rounded to: runs of one width join into paths
MARGIN = 0.05  # of a fitted picture's box, left free on each side (as svg_path's default)
INK = (0x1B, 0x24, 0x40)  # a dark blue-black: reads as ink on screen and prints dark
INK_HEX = "#1b2440"
SUPERSAMPLE = 4  # the PNG is drawn this much larger and reduced: smooth edges for print
MAX_DRAWN_PIXELS = 48_000_000  # of the enlarged drawing; above it the supersampling drops


@dataclass(frozen=True)
class Run:
    """Consecutive points of one stroke drawn with one pen width, in the picture's units."""

    width: float
    points: tuple[tuple[float, float], ...]


def pen_width(pressure: float, unit: float) -> float:
    """The pen's width at this pressure (0..1) for a pad whose longer side is `unit` long."""
    pressure = min(max(pressure, 0.0), 1.0)
    return unit * PEN * (THINNEST + PRESSURE_GAIN * pressure)


def ink_runs(strokes: list[Stroke], scale: float, dx: float, dy: float, unit: float) -> list[Run]:
    """The strokes placed by (scale, dx, dy), cut where the pen's width changes a step: each
    run is one path of one width; a stroke of one point is a run of one point (a dot)."""
    runs: list[Run] = []
    for stroke in strokes:
        placed = [(x * scale + dx, y * scale + dy) for x, y, _, _ in stroke.points]
        if len(placed) == 1:
            runs.append(Run(pen_width(stroke.points[0][3], unit), (placed[0],)))
            continue
        level, start = None, 0
        for i in range(1, len(placed)):
            step = _level((stroke.points[i - 1][3] + stroke.points[i][3]) / 2)
            if level is not None and step != level:
                runs.append(Run(_width(level, unit), tuple(placed[start:i])))
                start = i - 1  # the new run starts where the last one ended: no gap
            level = step
        runs.append(Run(_width(level or 0, unit), tuple(placed[start:])))
    return runs


def fitted_runs(
    strokes: list[Stroke], width: float, height: float, margin: float = MARGIN
) -> list[Run]:
    """The ink fitted into width × height (signature_strokes.fit), pen widths to match."""
    scale, dx, dy = fit(strokes, width, height, margin)
    return ink_runs(strokes, scale, dx, dy, fitted_unit(scale, width, height))


def fitted_unit(scale: float, width: float, height: float) -> float:
    """The pad's side the pen is sized by in a fitted picture: the ink's zoom, but no more
    than the box's longer side (see the module text)."""
    return min(scale, max(width, height))


def _level(pressure: float) -> int:
    return round(min(max(pressure, 0.0), 1.0) * LEVELS)


def _width(level: int, unit: float) -> float:
    return pen_width(level / LEVELS, unit)


def to_png(strokes: list[Stroke], width_px: int, height_px: int) -> bytes:
    """The signature as a PNG of width_px × height_px: white, dark ink, fitted and centred."""
    from PIL import Image, ImageDraw

    _check_size(width_px, height_px)
    factor = _supersampling(width_px, height_px)
    big = (width_px * factor, height_px * factor)
    mask = Image.new("L", big, 0)  # how much ink covers each pixel
    draw = ImageDraw.Draw(mask)
    for run in fitted_runs(strokes, big[0], big[1]):
        _draw_run(draw, run)
    if factor > 1:
        mask = mask.resize((width_px, height_px), Image.Resampling.LANCZOS)
    picture = Image.new("RGB", (width_px, height_px), (255, 255, 255))
    picture.paste(INK, (0, 0, width_px, height_px), mask)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


def _draw_run(draw, run: Run) -> None:  # type: ignore[no-untyped-def]
    """Segments of the run's width with a disc at every point: round caps and joins."""
    width = max(run.width, 1.0)
    radius = width / 2
    if len(run.points) > 1:
        draw.line(run.points, fill=255, width=round(width))
    for x, y in run.points:
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=255)


def _supersampling(width_px: int, height_px: int) -> int:
    factor = SUPERSAMPLE
    while factor > 1 and width_px * height_px * factor * factor > MAX_DRAWN_PIXELS:
        factor -= 1
    return factor


def _check_size(width: float, height: float) -> None:
    if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
        raise ValueError("a signature's picture has a size")


def to_svg(strokes: list[Stroke], width: float, height: float) -> str:
    """The signature as a complete SVG document of width × height (user units), white, with
    the ink as one path (signature_strokes.svg_path) at the pen's width for its mean pressure:
    one path keeps the SVG a faithful, simple copy; the PNG and PDF vary the width."""
    _check_size(width, height)
    scale, _, _ = fit(strokes, width, height, MARGIN)
    pressures = [p[3] for s in strokes for p in s.points]
    mean = sum(pressures) / len(pressures) if pressures else 0.5
    stroke_width = pen_width(mean, fitted_unit(scale, width, height))
    size = f'width="{width:g}" height="{height:g}" viewBox="0 0 {width:g} {height:g}"'
    path = svg_path(strokes, width, height, MARGIN)
    ink = (
        f'<path d={quoteattr(path)} fill="none" stroke="{INK_HEX}" '
        f'stroke-width="{stroke_width:.2f}" stroke-linecap="round" stroke-linejoin="round"/>'
        if path
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" {size}>'
        '<rect width="100%" height="100%" fill="#ffffff"/>'
        f"{ink}</svg>\n"
    )
