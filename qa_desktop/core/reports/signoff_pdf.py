"""The printed sign-off sheet of a handling proposal (拟办意见审批单) as an A4 PDF.

Everything it states comes from a `SignoffSheet` (signoff_sheet.py); this module is layout only,
in the manner of complaint_pdf.py: labels in both languages (`lang` first), values and vocabulary
in `lang`, user text drawn as plain text by `TextBlock` (never ReportLab markup), the file written
whole or not at all. The signature boxes are in signoff_boxes.py.

Until the final sign-off every page carries the PRELIMINARY band at its top, naming the role
that must still sign, and a diagonal watermark under the content (under it, so it never covers
a value or the QR code); a binding sheet carries instead the BINDING band with the final signer
and date. The QR code sits at the top right of the first page, inside its painted quiet zone.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from qa_desktop import __version__
from qa_desktop.core.authority.matrix import role_label
from qa_desktop.core.files import atomic_output
from qa_desktop.core.reports.complaint_form_style import (
    INK,
    LABEL_BG,
    MUTED,
    RULE,
    cell_style,
    label_columns,
    table_style,
)

# One canvas for both forms: it holds pages back so each footer can say "page N of M".
from qa_desktop.core.reports.complaint_pdf import _paged_canvas
from qa_desktop.core.reports.fonts import register_fonts
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.reports.qr_flowable import (
    QR_SIZE,
    PrintCodeFlowable,
    block_height,
    draw_print_code,
)
from qa_desktop.core.reports.signoff_boxes import (
    SPLIT_LONGER_THAN,
    SheetWords,
    route_boxes,
    signer_comments,
)
from qa_desktop.core.reports.signoff_sheet import SheetLine, SignoffSheet
from qa_desktop.core.reports.signoff_words import (
    BINDING,
    CONTINUED,
    LABELS,
    LINE_COLUMNS,
    NO_LINES,
    PAGE_OF,
    PRELIMINARY,
    SECTIONS,
    TITLE,
    WATERMARK,
)
from qa_desktop.core.reports.text_block import TextBlock
from qa_desktop.core.reports.text_layout import LaidOutText, single_line
from qa_desktop.core.vocab import HandlingKind, SeededRole, Unit

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
LABEL_W = 36 * mm
QR_GAP = 4 * mm  # between the header text and the code's quiet zone

PRELIMINARY_INK = colors.HexColor("#a11d1d")
PRELIMINARY_BG = colors.HexColor("#fbe3e3")
WATERMARK_INK = colors.HexColor("#f0c4c4")  # light: the content is drawn over it
BINDING_INK = colors.HexColor("#1d6b33")
BINDING_BG = colors.HexColor("#e2f2e6")


def export_signoff_pdf(sheet: SignoffSheet, out: Path | str, lang: str = "zh_CN") -> PdfExport:
    """Write the sign-off sheet to `out`, whole or not at all; return its path and the characters
    that no font could print. Raises ValueError for a sheet marked binding without a valid final
    sign-off (a bug of the caller: nothing marked binding may print before it)."""
    sheet.check()
    layout = _Layout(sheet, SheetWords(register_fonts(), lang))
    story = layout.story()  # lays out every value, so words.unprinted is complete
    with atomic_output(out) as temp:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=A4,
            pageTemplates=layout.page_templates(),
            lang="zh-CN" if layout.words.zh_first else "en",
            initialFontName=layout.words.font,  # else every page names Helvetica, unembedded
            **layout.metadata(),
        )
        doc.build(story, canvasmaker=_paged_canvas(layout.decorate_page))
    return PdfExport(Path(out).expanduser().resolve(), tuple(layout.words.unprinted))


class _Layout:
    """The story and page decorations of one sheet in one language."""

    def __init__(self, sheet: SignoffSheet, words: SheetWords) -> None:
        self.sheet = sheet
        self.words = words
        self.case_no = single_line(sheet.case_no)

    def page_templates(self) -> list[PageTemplate]:
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

    def metadata(self) -> dict[str, str]:
        code = self.sheet.print_code
        info = {
            "title": f"{self.words.both(TITLE)[0]} {self.case_no}",
            "author": self.sheet.proposer or "QA Desktop",
            "subject": TITLE,
            "creator": f"QA Desktop {__version__}",
            "keywords": f"record:{code.record} version:{code.version} sha256:{code.content_hash}",
        }
        return {key: single_line(text) for key, text in info.items()}

    def story(self) -> list[Flowable]:
        w = self.words
        return [
            self.header(),
            *w.section(SECTIONS["complaint"], self.complaint_grid()),
            *w.section(SECTIONS["lines"], self.line_header()),
            *self.line_rows(),
            self.totals(),
            *w.section(SECTIONS["route"], *route_boxes(self.sheet, w, BODY)),
            *signer_comments(self.sheet, w, BODY),
            Spacer(1, 3 * mm),
            self.verification(),
        ]

    # --- first page ------------------------------------------------------------------------

    def header(self) -> Table:
        w, sheet = self.words, self.sheet
        first, second = w.both(TITLE)
        proposal = w.inline(LABELS["proposal"], number=sheet.proposal_no, version=sheet.version)
        facts = Table(
            [
                [
                    w.line_label(LABELS["case_no"], "small"),
                    w.value(sheet.case_no, "case_no", size=13),
                ],
                [w.line_label(LABELS["proposer"], "small"), w.value(sheet.proposer, "proposer")],
                [
                    w.line_label(LABELS["submitted_at"], "small"),
                    w.value(sheet.submitted_at, "submitted_at"),
                ],
                [
                    w.line_label(LABELS["printed_at"], "small"),
                    w.value(sheet.printed_at, "printed_at"),
                ],
            ],
            colWidths=[LABEL_W, BODY - QR_SIZE - QR_GAP - LABEL_W],
        )
        facts.setStyle(table_style([*cell_style(), *label_columns(0)]))
        text = [
            Paragraph(escape(first), w.styles["title"]),
            Paragraph(escape(second), w.styles["subtitle"]),
            Paragraph(proposal, w.styles["meta"]),
            Spacer(1, 2 * mm),
            facts,
        ]
        code = PrintCodeFlowable(sheet.print_code, font=w.font)
        table = Table([[text, code]], colWidths=[BODY - QR_SIZE - QR_GAP, QR_SIZE + QR_GAP])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def complaint_grid(self) -> Table:
        w, sheet = self.words, self.sheet
        coils = "\n".join(
            f"{coil.coil_no}    {coil.quantity} {_unit(coil.unit, w.lang)}".rstrip()
            for coil in sheet.coils
        )
        half = BODY / 2 - LABEL_W
        data = [
            [w.label(LABELS["customer"]), w.value(sheet.customer, "customer"), "", ""],
            [
                w.label(LABELS["product"]),
                w.value(sheet.product, "product"),
                w.label(LABELS["specification"]),
                w.value(sheet.specification, "specification"),
            ],
            [w.label(LABELS["coils"]), w.value(coils, "coils"), "", ""],
        ]
        table = Table(data, colWidths=[LABEL_W, half, LABEL_W, half], splitInRow=1)
        spans = []
        for row in (0, 2):
            spans += [
                ("SPAN", (1, row), (3, row)),
                ("BACKGROUND", (1, row), (3, row), colors.white),
            ]
        table.setStyle(table_style([*cell_style(), *label_columns(0, 2), *spans]))
        return table

    # --- the proposal's lines -----------------------------------------------------------------

    def line_header(self) -> Table:
        header = [self.words.label(text, "head") for text, _, _ in LINE_COLUMNS]
        table = Table([header], colWidths=[width for _, width, _ in LINE_COLUMNS])
        table.setStyle(table_style([*cell_style(), ("BACKGROUND", (0, 0), (-1, -1), LABEL_BG)]))
        table.keepWithNext = True
        return table

    def line_rows(self) -> list[Flowable]:
        """Each line as its figures, then its reason in a row of its own that may run over a
        page (a 2,000-character reason splits inside itself, it never stops the export)."""
        w = self.words
        if not self.sheet.lines:
            table = Table([[Paragraph(w.inline(NO_LINES), w.styles["value"])]], colWidths=[BODY])
            table.setStyle(table_style(cell_style()))
            return [table]
        flowables: list[Flowable] = []
        for number, line in enumerate(self.sheet.lines, 1):
            figures = Table(
                [self.figures(number, line)], colWidths=[width for _, width, _ in LINE_COLUMNS]
            )
            figures.setStyle(table_style(cell_style()))
            figures.keepWithNext = True
            reason_w = LINE_COLUMNS[0][1] + LINE_COLUMNS[1][1]
            reason = Table(
                [[w.line_label(LABELS["reason"]), w.value(line.reason, "reason", line=number)]],
                colWidths=[reason_w, BODY - reason_w],
                splitInRow=int(len(line.reason) > SPLIT_LONGER_THAN),
            )
            reason.setStyle(table_style([*cell_style(), *label_columns(0)]))
            flowables += [figures, reason]
        return flowables

    def figures(self, number: int, line: SheetLine) -> list[object]:
        w, base = self.words, self.sheet.base_currency
        quantity = f"{line.quantity} {_unit(line.unit, w.lang)}".strip() if line.quantity else ""
        amount = f"{line.amount} {line.currency}".strip() if line.amount else "—"
        based = f"{line.base_amount} {base}" if line.base_amount else "—"
        cells = (
            (str(number), "no"),
            (_kind(line.kind, w.lang), "kind"),
            (quantity, "quantity"),
            (amount, "amount"),
            (line.rate or "—", "rate"),
            (based, "base_amount"),
        )
        return [
            w.value(text, key, right=right, line=number)
            for (text, key), (_, _, right) in zip(cells, LINE_COLUMNS, strict=True)
        ]

    def totals(self) -> Table:
        w, sheet = self.words, self.sheet
        currency = single_line(sheet.base_currency)
        value_w = LINE_COLUMNS[-1][1]
        rows = [
            [
                w.line_label(LABELS["total"], "label_right", currency=currency),
                w.value(f"{sheet.total_base} {sheet.base_currency}", "total", right=True),
            ],
            [
                w.line_label(LABELS["cumulative"], "label_right", currency=currency),
                w.value(f"{sheet.cumulative_base} {sheet.base_currency}", "cumulative", right=True),
            ],
            [
                w.line_label(LABELS["matrix"], "label_right"),
                w.value(str(sheet.matrix_version), "matrix", right=True),
            ],
        ]
        table = Table(rows, colWidths=[BODY - value_w, value_w])
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        return table

    def verification(self) -> Table:
        w, code = self.words, self.sheet.print_code
        rows = [
            ("record", code.record),
            ("hash", code.content_hash),
            ("fingerprint", self.sheet.department_fingerprint),
        ]
        table = Table(
            [
                [w.line_label(LABELS[key], "small"), w.value(text, key, size=7.5)]
                for key, text in rows
            ],
            colWidths=[LABEL_W + 18 * mm, BODY - LABEL_W - 18 * mm],
        )
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        return table

    # --- every page ------------------------------------------------------------------------

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
        width = BODY - 6 * mm
        for text, size, top in ((first, 11.5, 2.2 * mm), (second, 8.5, 8.2 * mm)):
            if not text:
                continue
            block = TextBlock(LaidOutText.of(single_line(text), size), size, size * 1.2, ink)
            block.wrapOn(canvas, width, BAND_HEIGHT)
            block.lines = block.lines[:1]  # one line each: the band has room for two
            block.height = block.leading
            block.drawOn(canvas, MARGIN + 3 * mm, PAGE_HEIGHT - BAND_TOP - top - block.leading)
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


def _kind(code: str, lang: str) -> str:
    try:
        return HandlingKind(code).label(lang)
    except ValueError:
        return code


def _unit(code: str, lang: str) -> str:
    try:
        return Unit(code).label(lang)
    except ValueError:
        return code


def _role(code: str, lang: str) -> str:
    """The role's name inside a sentence: "the general manager" in English, not "the General"."""
    label = role_label(code, lang)
    seeded = code in {role.value for role in SeededRole}
    if seeded and not lang.startswith("zh") and label[1:2].islower():  # "QA manager" stays
        return label[:1].lower() + label[1:]
    return label
