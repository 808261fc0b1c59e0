"""The printed sign-off sheet of a handling proposal (拟办意见审批单) as an A4 PDF.

Everything it states comes from a `SignoffSheet` (signoff_sheet.py); this module is layout only,
in the manner of complaint_pdf.py: labels in both languages (`lang` first), values and vocabulary
in `lang`, user text drawn as plain text by `TextBlock` (never ReportLab markup), the file written
whole or not at all. The signature boxes are in signoff_boxes.py.

A sheet is marked binding only once its final sign-off is given; the band, the watermark, the
footer and the QR code on every page are signoff_page.py's.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from qa_desktop import __version__
from qa_desktop.core.files import atomic_output
from qa_desktop.core.reports.complaint_form_style import (
    LABEL_BG,
    cell_style,
    label_columns,
    table_style,
)
from qa_desktop.core.reports.fonts import register_fonts

# One canvas for both forms: it holds pages back so each footer can say "page N of M".
from qa_desktop.core.reports.paged_canvas import paged_canvas
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.reports.qr_flowable import (
    QR_SIZE,
    PrintCodeFlowable,
)
from qa_desktop.core.reports.signoff_boxes import (
    SPLIT_LONGER_THAN,
    SheetWords,
    route_boxes,
    signer_comments,
)
from qa_desktop.core.reports.signoff_page import BODY, QR_GAP, SheetPages
from qa_desktop.core.reports.signoff_sheet import SheetLine, SignoffSheet
from qa_desktop.core.reports.signoff_words import (
    LABELS,
    LINE_COLUMNS,
    NO_LINES,
    SECTIONS,
    TITLE,
)
from qa_desktop.core.reports.text_layout import single_line
from qa_desktop.core.vocab import HandlingKind, Unit

LABEL_W = 36 * mm


def export_signoff_pdf(sheet: SignoffSheet, out: Path | str, lang: str = "zh_CN") -> PdfExport:
    """Write the sign-off sheet to `out`, whole or not at all; return its path and the characters
    that no font could print. Raises ValueError for a sheet marked binding without a valid final
    sign-off (a bug of the caller: nothing marked binding may print before it)."""
    sheet.check()
    words = SheetWords(register_fonts(), lang)
    layout, pages = _Layout(sheet, words), SheetPages(sheet, words)
    story = layout.story()  # lays out every value, so words.unprinted is complete
    with atomic_output(out) as temp:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=A4,
            pageTemplates=pages.templates(),
            lang="zh-CN" if layout.words.zh_first else "en",
            initialFontName=layout.words.font,  # else every page names Helvetica, unembedded
            **layout.metadata(),
        )
        doc.build(story, canvasmaker=paged_canvas(pages.decorate_page))
    return PdfExport(Path(out).expanduser().resolve(), tuple(layout.words.unprinted))


class _Layout:
    """The story and page decorations of one sheet in one language."""

    def __init__(self, sheet: SignoffSheet, words: SheetWords) -> None:
        self.sheet = sheet
        self.words = words
        self.case_no = single_line(sheet.case_no)

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
            KeepTogether(self.totals()),  # the three figures are read together
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
