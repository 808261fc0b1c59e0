"""The customer's quantity confirmation (不良数量确认单) as an A4 PDF.

Everything it states comes from a `ConfirmationSheet` (confirmation_sheet.py): the coil lines
and their quantities with totals per unit, the statement in both languages (handling and
compensation are subject to the company's written approval), the customer's signature drawn
from its strokes as vector paths, the signer's printed name, position and time, the field user
as witness, and the QR code naming the visit and the record hash. Nothing else: the sheet has
no place for an amount, a handling decision or a promise. A voided confirmation prints with the
VOID band and its customer box struck; a blank one keeps ruled rows for signing on paper.
Layout in the manner of signoff_pdf.py: labels in both languages (`lang` first), user text drawn
as plain text (never ReportLab markup), the file written whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from qa_desktop import __version__
from qa_desktop.core.i18n import translate
from qa_desktop.core.reports.complaint_form_style import (
    INK,
    LABEL_BG,
    cell_style,
    label_columns,
    table_style,
)
from qa_desktop.core.reports.confirmation_sheet import PAPER as PAPER_SIGNED
from qa_desktop.core.reports.confirmation_sheet import ConfirmationSheet, CustomerSignature
from qa_desktop.core.reports.fonts import register_fonts
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.reports.qr_flowable import QR_SIZE, PrintCodeFlowable
from qa_desktop.core.reports.signoff_boxes import _Struck
from qa_desktop.core.reports.text_layout import single_line
from qa_desktop.core.reports.visit_ink import SignatureInk
from qa_desktop.core.reports.visit_pages import BODY, QR_GAP, VOID_INK, Furniture, VisitPages
from qa_desktop.core.reports.visit_tables import coil_table
from qa_desktop.core.reports.visit_words import (
    CONFIRMATION_TITLE,
    CUSTOMER,
    LABELS,
    ON_SCREEN,
    PAPER,
    QUANTITIES_ONLY,
    SECTIONS,
    TO_SIGN,
    VOID,
    VOID_BAND,
    WITNESS,
    WITNESSED,
    VisitWords,
)

LABEL_W = 30 * mm
BOX_GAP = 4 * mm
BOX_W = (BODY - BOX_GAP) / 2
BOX_LABEL_W = 19 * mm
INK_H = 24 * mm  # the customer's signature
HAND_ROW = 9 * mm
STATEMENT_BG = colors.HexColor("#fff6dc")
STATEMENT_SIZE = 10.5


def export_confirmation_pdf(
    sheet: ConfirmationSheet, out: Path | str, lang: str = "zh_CN"
) -> PdfExport:
    """Write the confirmation to `out`, whole or not at all; return its path and the characters
    no font could print. Raises ValueError for a sheet the program should never build."""
    sheet.check()
    words = VisitWords(register_fonts(), lang)
    layout = _Layout(sheet, words)
    story = layout.story()  # lays out every value, so words.unprinted is complete
    pages = VisitPages(layout.furniture(), words)
    return pages.write(out, story, layout.metadata())


class _Layout:
    def __init__(self, sheet: ConfirmationSheet, words: VisitWords) -> None:
        self.sheet, self.words = sheet, words
        self.case_no = single_line(sheet.case_no)

    def metadata(self) -> dict[str, str]:
        code = self.sheet.print_code
        info = {
            "title": f"{self.words.both(CONFIRMATION_TITLE)[0]} {self.case_no}",
            "author": self.sheet.witness or "QA Desktop",
            "subject": CONFIRMATION_TITLE,
            "creator": f"QA Desktop {__version__}",
            "keywords": f"visit:{code.record} confirmation:{code.version} "
            f"sha256:{code.content_hash}",
        }
        return {key: single_line(text) for key, text in info.items()}

    def meta(self) -> str:
        return self.words.inline(
            QUANTITIES_ONLY, visit=self.sheet.visit_number, number=self.sheet.print_code.version
        )

    def furniture(self) -> Furniture:
        """The footer in the sheet's language only (the page number takes its right end)."""
        code, w = self.sheet.print_code, self.words
        running = " / ".join(t for t in w.both(QUANTITIES_ONLY, visit=self.sheet.visit_number,
                                                 number=code.version) if t)  # fmt: skip
        short = w.one(QUANTITIES_ONLY, visit=self.sheet.visit_number, number=code.version)
        footer = f"{self.case_no}    {short}    {w.one(LABELS['hash'])} {code.content_hash[:16]}"
        return Furniture(CONFIRMATION_TITLE, self.case_no, running, footer, code=code,
                         band=self.band())  # fmt: skip

    def band(self) -> tuple[str, str] | None:
        sheet = self.sheet
        if not sheet.void:
            return None
        langs = ("zh_CN", "en") if self.words.zh_first else ("en", "zh_CN")
        texts = [
            self.words.tr(VOID_BAND, lang).format(
                date=sheet.voided_at, reason=translate("Visits", sheet.void_reason, lang)
            )
            for lang in langs
        ]
        return texts[0], "" if texts[1] == texts[0] else texts[1]

    def story(self) -> list[Flowable]:
        w, sheet = self.words, self.sheet
        return [
            self.header(),
            *w.section(SECTIONS["coils"]),
            *coil_table(w, sheet.lines, sheet.totals),
            Spacer(1, 4 * mm),
            KeepTogether([self.statement()]),
            *w.section(SECTIONS["signatures"]),
            self.boxes(),
            Spacer(1, 3 * mm),
            self.verification(),
        ]

    def header(self) -> Table:
        w, sheet = self.words, self.sheet
        first, second = w.both(CONFIRMATION_TITLE)
        facts = Table(
            [
                [w.line_label(LABELS["case_no"], "small"), w.value(sheet.case_no, "case_no", size=13)],
                [w.line_label(LABELS["customer"], "small"), w.value(sheet.customer, "customer")],
                [w.line_label(LABELS["visit_date"], "small"), w.value(sheet.visit_date, "visit_date")],
                [w.line_label(LABELS["site"], "small"), w.value(sheet.site, "site")],
            ],
            colWidths=[LABEL_W, BODY - QR_SIZE - QR_GAP - LABEL_W],
            splitInRow=1,
        )  # fmt: skip
        facts.setStyle(table_style([*cell_style(), *label_columns(0)]))
        text = [
            Paragraph(escape(first), w.styles["title"]),
            Paragraph(escape(second), w.styles["subtitle"]),
            Paragraph(self.meta(), w.styles["meta"]),
            Spacer(1, 2 * mm),
            facts,
        ]
        code = PrintCodeFlowable(sheet.print_code, font=w.font)
        table = Table([[text, code]], colWidths=[BODY - QR_SIZE - QR_GAP, QR_SIZE + QR_GAP],
                      splitInRow=1)  # fmt: skip
        table.setStyle(table_style(_flush([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("ALIGN", (1, 0), (1, 0), "RIGHT")])))  # fmt: skip
        return table

    def statement(self) -> Table:
        """Both languages, the sheet's first: what the customer's signature does not mean."""
        w, sheet = self.words, self.sheet
        texts = (sheet.statement_zh, sheet.statement_en)
        first, second = texts if w.zh_first else texts[::-1]
        cells = [
            [w.value(first, "statement", size=STATEMENT_SIZE)],
            [w.value(second, "statement", size=STATEMENT_SIZE - 1)],
        ]
        table = Table(cells, colWidths=[BODY])
        table.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1.6, INK),
                    ("BACKGROUND", (0, 0), (-1, -1), STATEMENT_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table

    # --- the two signature boxes -----------------------------------------------------------

    def boxes(self) -> Table:
        """The customer's box and the witness's, side by side (a row is never split)."""
        customer = self.customer_box()
        table = Table([[customer, "", self.witness_box()]], colWidths=[BOX_W, BOX_GAP, BOX_W])
        table.setStyle(table_style(_flush([("VALIGN", (0, 0), (-1, -1), "TOP")])))
        return table

    def customer_box(self) -> Flowable:
        w, signature = self.words, self.sheet.signature
        head: list[Flowable] = [Paragraph(w.inline(CUSTOMER), w.styles["label"])]
        if signature is None:
            head.append(Paragraph(w.inline(TO_SIGN), w.styles["small"]))
            rows = [[w.label(LABELS[key], "small"), ""] for key in ("name", "position", "date")]
            rows.append([w.label(LABELS["signature"], "small"), ""])
            heights = [None, HAND_ROW, HAND_ROW, HAND_ROW, INK_H]
            return self._box(head, rows, heights)
        if self.sheet.void:
            head.append(self._void_mark())
        rows = [[w.label(LABELS["signature"], "small"), self._signature_cell(signature)]]
        rows += [
            [w.label(LABELS[key], "small"), w.value(single_line(text), key)]
            for key, text in (("name", signature.name), ("position", signature.position),
                              ("signed_at", signature.signed_at))
        ]  # fmt: skip
        box = self._box(head, rows, None, void=self.sheet.void)
        return _Struck(box) if self.sheet.void else box

    def _signature_cell(self, signature: CustomerSignature) -> list[Flowable]:
        w = self.words
        if signature.how == PAPER_SIGNED:
            scan = f"{' '.join(w.both(LABELS['scan'])).strip()}: {signature.scan_sha256[:16]}"
            return [
                Paragraph(w.inline(PAPER), w.styles["value"]),
                w.value(scan, "scan", size=7),
            ]
        ink = SignatureInk(signature.strokes, BOX_W - BOX_LABEL_W - 8, INK_H - 8)
        return [ink, Paragraph(w.inline(ON_SCREEN), w.styles["small"])]

    def _void_mark(self) -> Paragraph:
        first, second = self.words.both(VOID)
        second_part = f"&nbsp;&nbsp;{escape(second)}" if second else ""
        return Paragraph(
            f'<font color="#b42318" size="11">{escape(first)}{second_part}</font>',
            self.words.styles["label"],
        )

    def witness_box(self) -> Flowable:
        w, sheet = self.words, self.sheet
        head = [Paragraph(w.inline(WITNESS), w.styles["label"])]
        rows: list[list[object]] = [
            [w.label(LABELS["name"], "small"), w.value(single_line(sheet.witness), "name")],
            [w.label(LABELS["position"], "small"),
             w.value(single_line(sheet.witness_position), "position")],
        ]  # fmt: skip
        if sheet.blank:
            rows += [[w.label(LABELS[key], "small"), ""] for key in ("date", "signature")]
            return self._box(head, rows, [None, None, None, HAND_ROW, INK_H - HAND_ROW])
        rows.append(["", Paragraph(w.inline(WITNESSED), w.styles["small"])])
        return self._box(head, rows, None)

    def _box(self, head, rows, heights, void: bool = False) -> Table:
        table = Table([[head, ""], *rows], colWidths=[BOX_LABEL_W, BOX_W - BOX_LABEL_W],
                      rowHeights=heights)  # fmt: skip
        table.setStyle(
            table_style(
                [
                    *cell_style(),
                    ("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (1, 0), LABEL_BG),
                    ("BACKGROUND", (0, 1), (0, -1), LABEL_BG),
                    ("BOX", (0, 0), (-1, -1), 1.0, VOID_INK if void else INK),
                ]
            )
        )
        return table

    def verification(self) -> Table:
        w, code = self.words, self.sheet.print_code
        rows = [
            ("record", code.record),
            ("hash", code.content_hash),
            ("printed_at", self.sheet.printed_at),
        ]
        table = Table(
            [[w.line_label(LABELS[key], "small"), w.value(text, key, size=7.5)]
             for key, text in rows],
            colWidths=[LABEL_W + 10 * mm, BODY - LABEL_W - 10 * mm],
        )  # fmt: skip
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        return table


def _flush(commands: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """A layout table: no padding of its own."""
    return [
        *commands,
        *((side, (0, 0), (-1, -1), 0) for side in
          ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")),
    ]  # fmt: skip
