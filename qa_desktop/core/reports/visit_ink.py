"""The customer's signature on the visit printouts, drawn from its strokes as vector paths by
the one renderer the pad, the PNG and every PDF share (reports/signature_flowable.py: one
scale for both axes, centred, the pen's width following its pressure).

Never an image: the strokes are the signed artefact, so the PDF carries them as paths, as sharp
as the printer."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

from qa_desktop.core.reports.signature_flowable import INK_COLOUR
from qa_desktop.core.reports.signature_flowable import draw_signature as _draw
from qa_desktop.core.signature_strokes import Stroke

INK = INK_COLOUR  # what a test looks for among a page's paths
BOX_RULE = colors.HexColor("#8a94a3")


def draw_signature(
    canvas, strokes: Sequence[Stroke], x: float, y: float, w: float, h: float
) -> None:
    """Draw the ink fitted into the box whose bottom left corner is (x, y), `w` × `h`."""
    if w > 0 and h > 0 and strokes:
        _draw(canvas, list(strokes), x, y, w, h)


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
