"""A customer's signature in a PDF, drawn from its strokes as vector paths (never an image).

The ink is fitted into its box with one scale and centred (signature_strokes.fit), each run of
one pen width one path with round caps and joins (signature_render.ink_runs), so the printed
signature is as sharp as the printer and is the signed strokes themselves, not a picture of
them. Under the box, an optional caption: the printed name, the position and the time, drawn
through the font chain (text_layout) like every value, so any name prints.

Imported by the reports that print a signature, on first use, like every report module.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from qa_desktop.core.reports.text_layout import LaidOutText, Line, single_line
from qa_desktop.core.signature_render import INK, Run, fitted_unit, ink_runs
from qa_desktop.core.signature_strokes import Stroke, fit

CAPTION_SIZE = 7.5  # points
CAPTION_LEADING = CAPTION_SIZE * 1.25
CAPTION_GAP = 1.2 * mm  # between the box and the caption
BOX_LINE = 0.4  # points: a thin rule, lighter than the ink
BOX_COLOUR = colors.Color(0.55, 0.55, 0.55)
INK_COLOUR = colors.Color(*(c / 255 for c in INK))


def signature_caption(name: str, position: str, signed_at: str) -> str:
    """ "name — position — time" on one line, empty parts left out."""
    parts = (single_line(name), single_line(position), single_line(signed_at))
    return " \u2014 ".join(part for part in parts if part)


def caption_lines(caption: str, width: float) -> tuple[list[Line], str]:
    """The caption broken to `width`, and the characters no font has (printed as �)."""
    if not caption:
        return [], ""
    text = LaidOutText.of(caption, CAPTION_SIZE)
    return text.lines(width), text.unprinted


def caption_height(lines: list[Line]) -> float:
    return CAPTION_GAP + len(lines) * CAPTION_LEADING if lines else 0.0


def draw_signature(
    canvas: Canvas,
    strokes: list[Stroke],
    x: float,
    y: float,
    w: float,
    h: float,
    *,
    box: bool = False,
    caption: str = "",
) -> str:
    """Draw the block whose bottom left corner is (x, y), `w` × `h`: the ink fitted into the
    box at the top, the caption under it. Returns the characters of the caption no font has."""
    lines, unprinted = caption_lines(caption, w)
    box_h = max(h - caption_height(lines), 0.0)
    top = y + h - box_h  # the box's bottom edge
    canvas.saveState()
    if box:
        canvas.setLineWidth(BOX_LINE)
        canvas.setStrokeColor(BOX_COLOUR)
        canvas.rect(x, top, w, box_h, stroke=1, fill=0)
    _draw_ink(canvas, strokes, x, top, w, box_h)
    _draw_caption(canvas, lines, x, top - CAPTION_GAP)
    canvas.restoreState()
    return unprinted


def _draw_ink(
    canvas: Canvas, strokes: list[Stroke], x: float, y: float, w: float, h: float
) -> None:
    """The ink in the box with bottom left (x, y): the strokes' y runs down, the page's up."""
    if w <= 0 or h <= 0:
        return
    scale, dx, dy = fit(strokes, w, h)
    canvas.setStrokeColor(INK_COLOUR)
    canvas.setLineCap(1)  # round
    canvas.setLineJoin(1)
    for run in ink_runs(strokes, scale, dx, dy, fitted_unit(scale, w, h)):
        _draw_run(canvas, run, x, y + h)


def _draw_run(canvas: Canvas, run: Run, left: float, top: float) -> None:
    path = canvas.beginPath()
    first, *rest = run.points
    path.moveTo(left + first[0], top - first[1])
    for px, py in rest or [first]:  # a dot: a line of no length, its round cap drawn
        path.lineTo(left + px, top - py)
    canvas.setLineWidth(run.width)
    canvas.drawPath(path, stroke=1, fill=0)


def _draw_caption(canvas: Canvas, lines: list[Line], x: float, top: float) -> None:
    canvas.setFillColor(colors.black)
    for number, line in enumerate(lines):
        baseline = top - CAPTION_SIZE - number * CAPTION_LEADING
        left = x
        for run in line.runs:
            canvas.setFont(run.font, CAPTION_SIZE)
            canvas.drawString(left, baseline, run.text)
            left += run.width


class SignatureFlowable(Flowable):
    """The signature in a story: a box of width × height for the ink, the caption under it
    (its height added). `unprinted` holds the caption's characters no font has, once drawn."""

    def __init__(
        self,
        strokes: list[Stroke],
        width: float,
        height: float,
        *,
        box: bool = True,
        caption: str = "",
    ) -> None:
        super().__init__()
        self.strokes, self.box_width, self.box_height = list(strokes), width, height
        self.box, self.caption = box, caption
        self.unprinted = ""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines, _ = caption_lines(self.caption, self.box_width)
        self.width, self.height = self.box_width, self.box_height + caption_height(lines)
        return self.width, self.height

    def draw(self) -> None:
        self.unprinted = draw_signature(
            self.canv, self.strokes, 0, 0, self.width, self.height,
            box=self.box, caption=self.caption,
        )  # fmt: skip
