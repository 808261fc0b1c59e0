"""The furniture of every page of the printed sign-off sheet: the PRELIMINARY or BINDING band,
the watermark, the footer and, on later pages, the running header with the QR code again.

Until the final sign-off every page carries the PRELIMINARY band at its top, naming the role
that must still sign, and a diagonal watermark under the content (under it, so it never covers
a value or the QR code); a binding sheet carries instead the BINDING band with the final signer
and date. The QR code is on every page, at the top right: the route with the signatures may be
on page 2, and a page scanned alone must still say which record and version it belongs to.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from qa_desktop.core.authority.matrix import role_label
from qa_desktop.core.reports.complaint_form_style import INK, MUTED, RULE
from qa_desktop.core.reports.qr_flowable import QR_SIZE, block_height, draw_print_code
from qa_desktop.core.reports.signoff_boxes import SheetWords
from qa_desktop.core.reports.signoff_sheet import SignoffSheet
from qa_desktop.core.reports.signoff_words import (
    BINDING,
    CONTINUED,
    LABELS,
    PAGE_OF,
    PRELIMINARY,
    TITLE,
    WATERMARK,
)
from qa_desktop.core.reports.text_block import TextBlock
from qa_desktop.core.reports.text_layout import LaidOutText, single_line
from qa_desktop.core.vocab import SeededRole

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
FRAME_PADDING = 6  # ReportLab's frame pads its content by 6 pt: margins give that back
BAND_TOP = 8 * mm  # from the top edge
BAND_HEIGHT = 14 * mm
TOP_MARGIN = 27 * mm  # the band, then the first page's own header
# Later pages: under the band a running header with the QR code again at its right, so a page
# scanned alone (the route with the signatures may be on page 2) still says what it belongs to.
LATER_QR_TOP = BAND_TOP + BAND_HEIGHT + 3 * mm
LATER_TOP_MARGIN = LATER_QR_TOP + block_height() + 4 * mm
BOTTOM_MARGIN = 18 * mm  # room for the footer
BODY = PAGE_WIDTH - 2 * MARGIN
QR_GAP = 4 * mm  # between the header text and the code's quiet zone

PRELIMINARY_INK = colors.HexColor("#a11d1d")
PRELIMINARY_BG = colors.HexColor("#fbe3e3")
WATERMARK_INK = colors.HexColor("#f0c4c4")  # light: the content is drawn over it
BINDING_INK = colors.HexColor("#1d6b33")
BINDING_BG = colors.HexColor("#e2f2e6")
MIN_BAND_SIZE = 5.0  # points


class SheetPages:
    """What every page of one sheet carries, in one language."""

    def __init__(self, sheet: SignoffSheet, words: SheetWords) -> None:
        self.sheet = sheet
        self.words = words
        self.case_no = single_line(sheet.case_no)

    def templates(self) -> list[PageTemplate]:
        """The first page (its header holds the QR code), then later pages (QR code drawn in
        the running header, so their frame starts lower)."""

        def frame(name: str, top_margin: float) -> Frame:
            height = PAGE_HEIGHT - top_margin - BOTTOM_MARGIN
            return Frame(MARGIN - FRAME_PADDING, BOTTOM_MARGIN, BODY + 2 * FRAME_PADDING, height,
                         id=name)  # fmt: skip

        return [
            PageTemplate("first", [frame("first", TOP_MARGIN)], onPage=self.underlay,
                         autoNextPageTemplate="later"),
            PageTemplate("later", [frame("later", LATER_TOP_MARGIN)], onPage=self.underlay),
        ]  # fmt: skip

    def underlay(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Under the page's content: the diagonal PRELIMINARY watermark, until binding."""
        if self.sheet.binding:
            return
        canvas.saveState()
        canvas.setFillColor(WATERMARK_INK)
        canvas.setFont(self.words.font, 64)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2 - 20 * mm)
        canvas.rotate(50)
        first, second = self.words.both(WATERMARK)
        canvas.drawCentredString(0, 12 * mm, first)
        if second:
            canvas.drawCentredString(0, -14 * mm, second)
        canvas.restoreState()

    def decorate_page(self, canvas: Canvas, page: int, pages: int) -> None:
        """Over every page: the band at the top, the footer; on later pages a running header,
        since pages get separated."""
        self.band(canvas)
        canvas.saveState()
        canvas.setFont(self.words.font, 7)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        code, w = self.sheet.print_code, self.words
        y = 10 * mm
        canvas.line(MARGIN, y + 3.5 * mm, PAGE_WIDTH - MARGIN, y + 3.5 * mm)
        record = " ".join(w.both(LABELS["record"])).strip()
        digest = " ".join(w.both(LABELS["hash"])).strip()
        canvas.drawString(
            MARGIN,
            y,
            f"{self.case_no}    v{code.version}    {record} {code.record}    "
            f"{digest} {code.content_hash[:16]}",
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, w.page_text(PAGE_OF, page, pages))
        if page > 1:
            self.running_header(canvas)
        canvas.restoreState()

    def running_header(self, canvas: Canvas) -> None:
        """Later pages: what the page belongs to, and the QR code at the top right."""
        w = self.words
        top = PAGE_HEIGHT - LATER_QR_TOP - 4 * mm
        title = " ".join(w.both(TITLE)).strip()
        continued = " ".join(w.both(CONTINUED)).strip()
        canvas.setFont(w.font, 9)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, top, title)
        canvas.setFont(w.font, 12)
        canvas.drawString(MARGIN, top - 6 * mm, f"{self.case_no} ({continued})")
        canvas.setFont(w.font, 8)
        canvas.setFillColor(MUTED)
        proposal = " / ".join(t for t in w.both(LABELS["proposal"], number=self.sheet.proposal_no,
                                                 version=self.sheet.version) if t)  # fmt: skip
        canvas.drawString(MARGIN, top - 11 * mm, proposal)
        x = PAGE_WIDTH - MARGIN - QR_SIZE
        y = PAGE_HEIGHT - LATER_QR_TOP - block_height()
        draw_print_code(canvas, self.sheet.print_code, x, y, font=w.font)
        line_y = PAGE_HEIGHT - LATER_TOP_MARGIN + 2 * mm
        canvas.line(MARGIN, line_y, PAGE_WIDTH - MARGIN - QR_SIZE - QR_GAP, line_y)

    def band(self, canvas: Canvas) -> None:
        """PRELIMINARY (who must still sign) or BINDING (who signed, when), in both languages."""
        binding = self.sheet.binding
        ink, fill = (BINDING_INK, BINDING_BG) if binding else (PRELIMINARY_INK, PRELIMINARY_BG)
        first, second = self.band_sentences()
        bottom = PAGE_HEIGHT - BAND_TOP - BAND_HEIGHT
        canvas.saveState()
        canvas.setFillColor(fill)
        canvas.setStrokeColor(ink)
        canvas.setLineWidth(1.2)
        canvas.rect(MARGIN, bottom, BODY, BAND_HEIGHT, stroke=1, fill=1)
        for text, size, top, room in ((first, 11.5, 2.2 * mm, 6 * mm),
                                      (second, 8.5, 8.2 * mm, 5 * mm)):  # fmt: skip
            if text:
                block = _fitted(text, BODY - 6 * mm, size, room, ink)
                block.drawOn(canvas, MARGIN + 3 * mm, PAGE_HEIGHT - BAND_TOP - top - block.height)
        canvas.restoreState()

    def band_sentences(self) -> tuple[str, str]:
        """The band's sentence in the first and the second language."""
        sheet = self.sheet
        final = sheet.final_signer()
        langs = ("zh_CN", "en") if self.words.zh_first else ("en", "zh_CN")
        texts = []
        for lang in langs:
            if sheet.binding and final is not None:
                text = self.words.tr(BINDING, lang).format(name=final.name, date=final.signed_at)
            else:
                role = _role(sheet.final_role, lang)
                text = self.words.tr(PRELIMINARY, lang).format(role=role)
            texts.append(text)
        first, second = texts
        return first, "" if second == first else second


def _fitted(text: str, width: float, size: float, room: float, ink: Color) -> TextBlock:
    """The sentence on one line, in a smaller size as far as needed (a long name is never cut
    for a tidy band); below MIN_BAND_SIZE it wraps within `room`, and the signer's box still
    has the name whole."""
    while True:
        block = TextBlock(LaidOutText.of(single_line(text), size), size, size * 1.15, ink)
        block.wrap(width, room)
        if len(block.lines) == 1 or size <= MIN_BAND_SIZE:
            break
        size = max(MIN_BAND_SIZE, size - 0.5)
    block.lines = block.lines[: max(1, int(room // block.leading))]
    block.height = len(block.lines) * block.leading
    return block


def _role(code: str, lang: str) -> str:
    """The role's name inside a sentence: "the general manager" in English, not "the General"."""
    label = role_label(code, lang)
    seeded = code in {role.value for role in SeededRole}
    if seeded and not lang.startswith("zh") and label[1:2].islower():  # "QA manager" stays
        return label[:1].lower() + label[1:]
    return label
