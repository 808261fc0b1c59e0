"""The handling form's cells and tables (complaint_pdf.py lays them out on the page): its
bilingual labels, its values drawn as plain text (what no font has is noted for the export),
the label/value grid, the long texts, the attachment list, the coil table and the sign-off
boxes. Record values never go through ReportLab's Paragraph (complaint_pdf.py says why)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, Table

from qa_desktop.core.documents import ComplaintRecord, RecordField
from qa_desktop.core.i18n import translate
from qa_desktop.core.reports.complaint_form_style import (
    INK,
    LABEL_BG,
    RULE,
    TEXT_LEADING,
    TEXT_SIZE,
    cell_style,
    label_columns,
    paragraph_styles,
    table_style,
)
from qa_desktop.core.reports.complaint_form_words import (
    COIL_COLUMNS,
    LABELS,
    NO_COILS,
    SIGN_ROWS,
    SIGNERS,
)
from qa_desktop.core.reports.pdf_result import Unprinted
from qa_desktop.core.reports.text_block import TextBlock
from qa_desktop.core.reports.text_layout import LaidOutText

__all__ = ["BODY", "CONTEXT", "LABEL_W", "MARGIN", "PAGE_HEIGHT", "PAGE_WIDTH", "FormTables"]

CONTEXT = "ComplaintPdf"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
BODY = PAGE_WIDTH - 2 * MARGIN
LABEL_W = 32 * mm
VALUE_W = BODY / 2 - LABEL_W

COIL_KEYS = (  # the coil table's columns, by the record key each prints
    "", "coil_no", "heat_no", "grade", "size", "finish", "weight_kg", "quantity",
)  # fmt: skip


class FormTables:
    """The words and tables of one handling form in one language (`record.lang` first)."""

    def __init__(self, record: ComplaintRecord, font: str) -> None:
        self.record = record
        self.font = font
        self.zh_first = record.lang.startswith("zh")
        self.styles = paragraph_styles(font)
        self.unprinted: list[Unprinted] = []

    # --- words ---------------------------------------------------------------------------

    def tr(self, text: str, lang: str) -> str:
        return translate(CONTEXT, text, lang)

    def both(self, text: str) -> tuple[str, str]:
        """(first, second) language of a label; second is "" while no translation exists."""
        zh = self.tr(text, "zh_CN")
        first, second = (zh, text) if self.zh_first else (text, zh)
        return first, "" if second == first else second

    def inline(self, text: str, second_size: float | None = None) -> str:
        """Bilingual label on one line: "客户 Customer", the second language lighter."""
        first, second = self.both(text)
        if not second:
            return escape(first)
        size = f' size="{second_size}"' if second_size else ""
        return f'{escape(first)}&nbsp;&nbsp;<font color="#5f6b7a"{size}>{escape(second)}</font>'

    def label(self, text: str, style: str = "label") -> Paragraph:
        """Bilingual label stacked on two lines, for table cells."""
        first, second = self.both(text)
        markup = escape(first)
        if second:
            markup += f'<br/><font size="6.5" color="#5f6b7a">{escape(second)}</font>'
        return Paragraph(markup, self.styles[style])

    def value(
        self, text: str, key: str, right: bool = False, coil_line: int | None = None
    ) -> TextBlock:
        """A record value; what no font has is noted under `key` (and the coil line)."""
        laid_out = LaidOutText.of(text, TEXT_SIZE)
        if laid_out.unprinted:
            label = LABELS[key] if coil_line is None else COIL_COLUMNS[COIL_KEYS.index(key)][0]
            self.unprinted.append(Unprinted(key, label, laid_out.unprinted, coil_line))
        return TextBlock(laid_out, TEXT_SIZE, TEXT_LEADING, INK, right)

    def field(self, key: str) -> tuple[Paragraph, TextBlock]:
        return self.label(LABELS[key]), self.value(self.record.text(key), key)

    # --- tables --------------------------------------------------------------------------

    def grid(self, rows: Sequence[tuple[str, ...]]) -> Table:
        """Label/value pairs two to a row; a row of one key spans the full width."""
        data: list[list[object]] = []
        spans = []
        for number, keys in enumerate(rows):
            cells: list[object] = []
            for key in keys:
                cells.extend(self.field(key))
            if len(keys) == 1:
                cells.extend(["", ""])
                spans.append(("SPAN", (1, number), (3, number)))
                # The label shading of column 2 would otherwise show through the spanned value.
                spans.append(("BACKGROUND", (1, number), (3, number), colors.white))
            data.append(cells)
        # splitInRow: even a short field can be pasted full of text; a row taller than a
        # page must split, not stop the export.
        table = Table(data, colWidths=[LABEL_W, VALUE_W, LABEL_W, VALUE_W], splitInRow=1)
        table.setStyle(table_style([*cell_style(), *label_columns(0, 2), *spans]))
        return table

    def attachment_list(self) -> Table:
        """What came with the complaint: one line per file, its caption and the start of its
        hash (the file itself is in the database; the hash tells which version was attached)."""
        lines = [
            f"{n}.  {cells[0].text}"
            + (f" — {cells[1].text}" if cells[1].text else "")
            + f"   sha256 {cells[2].text[:12]}"
            for n, cells in enumerate(self.record.attachments, 1)
        ]
        table = Table(
            [[self.label(LABELS["attachments"]), self.value("\n".join(lines), "attachments")]],
            colWidths=[LABEL_W, BODY - LABEL_W],
            splitInRow=1,
        )
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        return table

    def long_text(self, key: str, min_height: float = 10 * mm) -> Table:
        """A full-width field whose text may run over pages: the row splits inside itself."""
        text = self.record.text(key)
        value = self.value(text, key)
        height = None if text else min_height
        table = Table(
            [[self.label(LABELS[key]), value]],
            colWidths=[LABEL_W, BODY - LABEL_W],
            rowHeights=[height],
            splitInRow=1,
        )
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        return table

    def coil_table(self) -> Table:
        header = [self.label(text, "head") for text, _, _ in COIL_COLUMNS]
        rows = [self.coil_row(number, cells) for number, cells in enumerate(self.record.coils, 1)]
        style = [*cell_style(), ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)]
        if not rows:
            rows = [["", Paragraph(self.inline(NO_COILS), self.styles["value"]), *[""] * 6]]
            style.append(("SPAN", (1, 1), (-1, 1)))
        # LongTable: many coils run over pages, and the header row repeats on each of them.
        table = LongTable(
            [header, *rows],
            colWidths=[width for _, width, _ in COIL_COLUMNS],
            repeatRows=1,
            splitInRow=1,
        )
        table.setStyle(table_style(style))
        return table

    def coil_row(self, number: int, cells: Sequence[RecordField]) -> list[object]:
        text = {cell.key: cell.text for cell in cells}
        size = ""
        if text["thickness_mm"] or text["width_mm"]:
            size = f"{text['thickness_mm'] or '—'} × {text['width_mm'] or '—'}"
        values = (
            (str(number), True),
            (text["coil_no"], False),
            (text["heat_no"], False),
            (text["grade"], False),
            (size, True),
            (text["finish"], False),
            (text["weight_kg"], True),
            (text["quantity"], True),
        )
        return [
            self.value(value, key, right, coil_line=number)
            for key, (value, right) in zip(COIL_KEYS, values, strict=True)
        ]

    def sign_off(self) -> Table:
        """Three signers side by side, each with name, signature and date."""
        head: list[object] = []
        for role in SIGNERS:
            head += [self.label(role, "head"), ""]
        rows: list[list[object]] = [head]
        for text in SIGN_ROWS:
            rows.append([self.label(text, "small"), ""] * len(SIGNERS))
        column = BODY / len(SIGNERS)
        table = Table(
            rows,
            colWidths=[18 * mm, column - 18 * mm] * len(SIGNERS),
            rowHeights=[None, 9 * mm, 16 * mm, 9 * mm],
        )
        style = [*cell_style(), ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)]
        for signer in range(len(SIGNERS)):
            left = 2 * signer
            style.append(("SPAN", (left, 0), (left + 1, 0)))
            if signer < len(SIGNERS) - 1:  # a firmer line between signers than inside one
                style.append(("LINEAFTER", (left + 1, 0), (left + 1, -1), 1.0, RULE))
        table.setStyle(table_style(style))
        return table
