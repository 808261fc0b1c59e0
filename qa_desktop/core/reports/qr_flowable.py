"""The QR code of a printed sheet (printcode.PrintCode), drawn with ReportLab's own QR encoder.

A square of `size` holds the symbol and its quiet zone (4 modules of white, painted, so a tinted
cell or a rule next to it cannot eat into it); under it, one short line a person can match by
eye without a reader: the version printed and the first 8 hex digits of the content hash.

Error correction is level M (15 % of the symbol may be lost): it survives a signature or a stamp
across a corner and a crease, and keeps our 145 characters in a version-6 symbol (41 modules),
0.57 mm a module at the 28 mm default, about 3.4 pixels on a 150 dpi scan.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.renderPDF import draw as draw_drawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from qa_desktop.core.printcode import PrintCode, encode
from qa_desktop.core.reports.fonts import register_fonts

QR_SIZE = 28 * mm  # the square, quiet zone included
QUIET_MODULES = 4  # what the QR standard asks for around the symbol
LEVEL = "M"
CAPTION_SIZE = 7.0  # points
CAPTION_GAP = 1.0 * mm
CAPTION_HEIGHT = CAPTION_GAP + CAPTION_SIZE * 1.2


def caption(code: PrintCode) -> str:
    """The line under the code: language-neutral, so one sheet serves both languages."""
    return f"v{code.version} \u00b7 {code.short_hash}"


def block_height(size: float = QR_SIZE) -> float:
    """The height of the code with its caption, for layouts that reserve the room."""
    return size + CAPTION_HEIGHT


def draw_print_code(
    canvas: Canvas,
    code: PrintCode,
    x: float,
    y: float,
    size: float = QR_SIZE,
    font: str | None = None,
) -> None:
    """Draw the code with its caption; (x, y) is the bottom left corner of the whole block
    (`size` wide, `block_height(size)` high). `font` defaults to the shipped, embedded one."""
    font = font or register_fonts()
    top = y + CAPTION_HEIGHT
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(colors.white)
    canvas.rect(x, top, size, size, stroke=0, fill=1)
    draw_drawing(symbol(code, size, font), canvas, x, top)
    canvas.setFillColor(colors.black)
    canvas.setFont(font, CAPTION_SIZE)
    canvas.drawCentredString(x + size / 2, y + CAPTION_SIZE * 0.25, caption(code))
    canvas.restoreState()


def symbol(code: PrintCode, size: float = QR_SIZE, font: str | None = None) -> Drawing:
    """The QR symbol with its quiet zone as a `size` x `size` drawing. `font`: the drawing's
    initial font (it draws no text), else ReportLab starts it in Helvetica, which then appears
    in the PDF unembedded."""
    widget = QrCodeWidget(
        encode(code), barLevel=LEVEL, barBorder=QUIET_MODULES, barWidth=size, barHeight=size
    )
    drawing = Drawing(size, size, initialFontName=font or register_fonts())
    drawing.add(widget)
    return drawing


class PrintCodeFlowable(Flowable):
    """The code and its caption in a story (a table cell, beside the sheet's title)."""

    def __init__(self, code: PrintCode, size: float = QR_SIZE, font: str | None = None) -> None:
        super().__init__()
        self.code = code
        self.size = size
        self.font = font

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, block_height(self.size)

    def draw(self) -> None:
        draw_print_code(self.canv, self.code, 0, 0, self.size, self.font)
