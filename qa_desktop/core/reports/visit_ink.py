"""The customer's signature on the visit printouts, drawn from its strokes as vector paths.

Never an image: the strokes are the signed artefact, so the PDF carries them as paths, as sharp
as the printer. The ink is fitted into its box by `signature_strokes.svg_path` (one scale for
both axes, centred, a margin free), so a signature keeps its shape in any box.

A stand-in with the shared renderer's call, `draw_signature(canvas, strokes, x, y, w, h)`: when
reports/signature_flowable.py (pen widths from pressure) is on main, this module's two users
switch to it by changing one import.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from qa_desktop.core.signature_strokes import Stroke, svg_path

INK = colors.HexColor("#14286e")  # a pen's blue-black: the signature reads as written, not printed
LINE_WIDTH = 1.1  # points, at a box some 50 mm wide; scaled with the box
BOX_RULE = colors.HexColor("#8a94a3")


def path_points(strokes: Sequence[Stroke], w: float, h: float) -> list[list[tuple[float, float]]]:
    """Each stroke's points in the box's own coordinates (origin top left, y down)."""
    runs: list[list[tuple[float, float]]] = []
    tokens = svg_path(list(strokes), w, h).split()
    for command, y in zip(tokens[::2], tokens[1::2], strict=True):
        point = (float(command[1:]), float(y))
        if command[0] == "M" or not runs:
            runs.append([point])
        else:
            runs[-1].append(point)
    return runs


def draw_signature(
    canvas: Canvas, strokes: Sequence[Stroke], x: float, y: float, w: float, h: float
) -> None:
    """Draw the ink fitted into the box whose bottom left corner is (x, y), `w` × `h`."""
    if w <= 0 or h <= 0 or not strokes:
        return
    top = y + h
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(max(0.5, LINE_WIDTH * min(w, 3.2 * h) / 140))
    canvas.setLineCap(1)  # round: a dot prints as a dot
    canvas.setLineJoin(1)
    path = canvas.beginPath()
    for run in path_points(strokes, w, h):
        (px, py), rest = run[0], run[1:] or run[:1]  # a lone point: a line of no length
        path.moveTo(x + px, top - py)
        for qx, qy in rest:
            path.lineTo(x + qx, top - qy)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


class SignatureInk(Flowable):
    """The signature in a story: `width` × `height`, with a thin rule round it when `box`."""

    def __init__(
        self, strokes: Sequence[Stroke], width: float, height: float, box: bool = False
    ) -> None:
        super().__init__()
        self.strokes = tuple(strokes)
        self.width, self.height, self.box = width, height, box

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def draw(self) -> None:
        if self.box:
            self.canv.saveState()
            self.canv.setStrokeColor(BOX_RULE)
            self.canv.setLineWidth(0.4)
            self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            self.canv.restoreState()
        draw_signature(self.canv, self.strokes, 0, 0, self.width, self.height)
