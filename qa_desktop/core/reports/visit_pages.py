"""The furniture of every page of the two visit printouts: the VOID band and watermark of a
voided confirmation, the footer, and on later pages a running header (with the QR code again
on the confirmation, so a page scanned alone still says what it belongs to).

A voided confirmation carries the red VOID band at the top of every page, with when and why,
and a diagonal VOID under the content (under it, so no figure is hidden); the figures stay
legible, since they are what was signed. The site-visit report's footer says it is internal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from qa_desktop.core.files import atomic_output
from qa_desktop.core.printcode import PrintCode
from qa_desktop.core.reports.complaint_form_style import INK, INTERNAL_INK, MUTED, RULE
from qa_desktop.core.reports.paged_canvas import paged_canvas
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.reports.qr_flowable import QR_SIZE, block_height, draw_print_code
from qa_desktop.core.reports.signoff_page import _fitted
from qa_desktop.core.reports.visit_words import CONTINUED, PAGE_OF, VOID, VisitWords

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
FRAME_PADDING = 6  # ReportLab's frame pads its content by 6 pt: margins give that back
BODY = PAGE_WIDTH - 2 * MARGIN
BAND_TOP = 8 * mm
BAND_HEIGHT = 14 * mm
PLAIN_TOP = 13 * mm  # no band
BOTTOM_MARGIN = 18 * mm  # room for the footer
QR_GAP = 4 * mm
VOID_INK = colors.HexColor("#b42318")
VOID_BG = colors.HexColor("#fbe3e3")
VOID_WATERMARK = colors.HexColor("#f3cfcf")


@dataclass(frozen=True)
class Furniture:
    """What every page of one printout carries."""

    title: str  # catalogue text
    case_no: str
    running: str  # the line under the case on later pages ("Site visit 1 · …")
    footer: str  # the footer's left part
    code: PrintCode | None = None  # the QR code on every page (the confirmation)
    band: tuple[str, str] | None = None  # the VOID band's sentences, first and second language
    internal: bool = False  # the footer says: internal, not for the customer
    internal_text: str = ""


class VisitPages:
    """The page templates and furniture of one visit printout, and its writing."""

    def __init__(self, furniture: Furniture, words: VisitWords) -> None:
        self.f = furniture
        self.words = words
        self.top = BAND_TOP + BAND_HEIGHT + 5 * mm if furniture.band else PLAIN_TOP
        header = block_height() if furniture.code else 17 * mm
        self.later_top = self.top + header + 4 * mm

    def write(
        self,
        out: Path | str,
        story: list,
        metadata: dict[str, str],
        *,
        invariant: bool = False,
        canvas: Callable[[type[Canvas]], type[Canvas]] | None = None,
    ) -> PdfExport:
        """The document at `out`, whole or not at all (files.atomic_output); its path and the
        characters no font could print. `invariant`: ReportLab's invariant mode (no random file
        id); `canvas` wraps the paged canvas (the 8D report stamps its printing time)."""
        paged = paged_canvas(self.decorate_page)
        with atomic_output(out) as temp:
            doc = BaseDocTemplate(
                str(temp),
                pagesize=A4,
                pageTemplates=self.templates(),
                lang="zh-CN" if self.words.zh_first else "en",
                initialFontName=self.words.font,
                **({"invariant": 1} if invariant else {}),
                **metadata,
            )
            doc.build(story, canvasmaker=canvas(paged) if canvas else paged)
        return PdfExport(Path(out).expanduser().resolve(), tuple(self.words.unprinted))

    def templates(self) -> list[PageTemplate]:
        def frame(name: str, top_margin: float) -> Frame:
            height = PAGE_HEIGHT - top_margin - BOTTOM_MARGIN
            return Frame(MARGIN - FRAME_PADDING, BOTTOM_MARGIN, BODY + 2 * FRAME_PADDING, height,
                         id=name)  # fmt: skip

        return [
            PageTemplate("first", [frame("first", self.top)], onPage=self.underlay,
                         autoNextPageTemplate="later"),
            PageTemplate("later", [frame("later", self.later_top)], onPage=self.underlay),
        ]  # fmt: skip

    def underlay(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Under a void confirmation's content: VOID, diagonally, in both languages."""
        if not self.f.band:
            return
        canvas.saveState()
        canvas.setFillColor(VOID_WATERMARK)
        canvas.setFont(self.words.font, 96)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2 - 10 * mm)
        canvas.rotate(50)
        first, second = self.words.both(VOID)
        canvas.drawCentredString(0, 10 * mm, first)
        if second:
            canvas.drawCentredString(0, -28 * mm, second)
        canvas.restoreState()

    def decorate_page(self, canvas: Canvas, page: int, pages: int) -> None:
        if self.f.band:
            self.band(canvas, *self.f.band)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = 10 * mm
        canvas.line(MARGIN, y + 3.5 * mm, PAGE_WIDTH - MARGIN, y + 3.5 * mm)
        canvas.setFont(self.words.font, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, y, self.f.footer)
        page_text = self.words.page_text(PAGE_OF, page, pages)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, page_text)
        if self.f.internal:
            canvas.setFillColor(INTERNAL_INK)
            canvas.setFont(self.words.font, 8)
            canvas.drawCentredString(PAGE_WIDTH / 2, y - 4.5 * mm, self.f.internal_text)
        if page > 1:
            self.running_header(canvas)
        canvas.restoreState()

    def running_header(self, canvas: Canvas) -> None:
        w = self.words
        top = PAGE_HEIGHT - self.top - 4 * mm
        canvas.setFont(w.font, 9)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, top, " ".join(w.both(self.f.title)).strip())
        continued = " ".join(w.both(CONTINUED)).strip()
        canvas.setFont(w.font, 12)
        canvas.drawString(MARGIN, top - 6 * mm, f"{self.f.case_no} ({continued})")
        canvas.setFont(w.font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top - 11 * mm, self.f.running)
        right = PAGE_WIDTH - MARGIN
        if self.f.code is not None:
            y = PAGE_HEIGHT - self.top - block_height()
            draw_print_code(canvas, self.f.code, right - QR_SIZE, y, font=w.font)
            right -= QR_SIZE + QR_GAP
        line_y = PAGE_HEIGHT - self.later_top + 2 * mm
        canvas.line(MARGIN, line_y, right, line_y)

    def band(self, canvas: Canvas, first: str, second: str) -> None:
        bottom = PAGE_HEIGHT - BAND_TOP - BAND_HEIGHT
        canvas.saveState()
        canvas.setFillColor(VOID_BG)
        canvas.setStrokeColor(VOID_INK)
        canvas.setLineWidth(1.2)
        canvas.rect(MARGIN, bottom, BODY, BAND_HEIGHT, stroke=1, fill=1)
        for text, size, top, room in ((first, 11.5, 2.2 * mm, 6 * mm),
                                      (second, 8.5, 8.2 * mm, 5 * mm)):  # fmt: skip
            if text:
                block = _fitted(text, BODY - 6 * mm, size, room, VOID_INK)
                block.drawOn(canvas, MARGIN + 3 * mm, PAGE_HEIGHT - BAND_TOP - top - block.height)
        canvas.restoreState()
