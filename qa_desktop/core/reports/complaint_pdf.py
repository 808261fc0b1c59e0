"""The complaint handling form (客户投诉处理单) as an A4 PDF, the internal form QA signs.

Everything it states comes from `documents.complaint_record`; this module is layout only. Labels
are bilingual (Chinese and English both printed, `lang` decides which comes first); values such
as severity or the defect name are in `lang`.

Record values never go through ReportLab's Paragraph: it reads markup, and `<img
src="/etc/passwd"/>` typed into a field would embed a local file in the PDF. Values are drawn
as plain text by `TextBlock`, each character in a font that has it (text_layout.py); the few
record texts inside our own markup (case number, status) are escaped. A character that no font
has prints as a visible mark, and the export says which and where (`PdfExport.unprinted`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from qa_desktop import __version__
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now, zone_name
from qa_desktop.core.documents import (
    ComplaintRecord,
    RecordField,
    complaint_record,
    content_hash,
)
from qa_desktop.core.files import atomic_output
from qa_desktop.core.i18n import translate
from qa_desktop.core.models import Complaint
from qa_desktop.core.reports.complaint_form_style import (
    INK,
    INTERNAL_BG,
    INTERNAL_INK,
    LABEL_BG,
    MUTED,
    RULE,
    SECTION_BG,
    TEXT_LEADING,
    TEXT_SIZE,
    cell_style,
    label_columns,
    paragraph_styles,
    table_style,
)
from qa_desktop.core.reports.complaint_form_words import (
    COIL_COLUMNS,
    CONTINUED,
    HAND_BOXES,
    HASH,
    INTERNAL_TAG,
    LABELS,
    NO_COILS,
    PAGE_OF,
    PRELIMINARY,
    RECORD,
    SECTIONS,
    SIGN_ROWS,
    SIGNERS,
    TITLE,
)
from qa_desktop.core.reports.fonts import register_fonts
from qa_desktop.core.reports.paged_canvas import paged_canvas
from qa_desktop.core.reports.pdf_result import PdfExport, Unprinted
from qa_desktop.core.reports.text_block import TextBlock
from qa_desktop.core.reports.text_layout import LaidOutText, single_line

CONTEXT = "ComplaintPdf"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
FRAME_PADDING = 6  # ReportLab's frame pads its content by 6 pt: margins give that back
TOP_MARGIN = 17 * mm  # room for the running header of later pages
BOTTOM_MARGIN = 18 * mm  # room for the footer
BODY = PAGE_WIDTH - 2 * MARGIN
LABEL_W = 32 * mm
VALUE_W = BODY / 2 - LABEL_W
QR_SIZE = 28 * mm

COIL_KEYS = (  # the coil table's columns, by the record key each prints
    "", "coil_no", "heat_no", "grade", "size", "finish", "weight_kg", "quantity",
)  # fmt: skip


def export_complaint_pdf(
    complaint: Complaint, out: Path | str, lang: str = "zh_CN", *, clock: Clock = utc_now
) -> PdfExport:
    """Write the handling form of `complaint` to `out`, whole or not at all; return its path and
    the characters that no font could print (shown as fonts.REPLACEMENT on the form)."""
    zone = settings.department_zone()  # once, for the record's times and the printed time
    record = complaint_record(complaint, lang, zone)
    form = _Form(record, register_fonts(), clock, zone)
    story = form.story()  # lays out every value, so form.unprinted is complete
    with atomic_output(out) as temp:
        doc = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=MARGIN - FRAME_PADDING,
            rightMargin=MARGIN - FRAME_PADDING,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            lang="zh-CN" if form.zh_first else "en",
            initialFontName=form.font,  # else every page names Helvetica, unembedded
            **form.metadata(),
        )
        doc.build(story, canvasmaker=paged_canvas(form.decorate_page))
    return PdfExport(Path(out).expanduser().resolve(), tuple(form.unprinted))


class _QrPlaceholder(Flowable):
    """The empty square a later version fills with the QR code; dashed so it reads as reserved."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return QR_SIZE, QR_SIZE

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.setDash(2, 2)
        self.canv.rect(0, 0, QR_SIZE, QR_SIZE)
        self.canv.restoreState()


class _Form:
    """Builds the story and page decorations of one form in one language."""

    def __init__(self, record: ComplaintRecord, font: str, clock: Clock, zone: tzinfo) -> None:
        self.record = record
        self.font = font
        self.zh_first = record.lang.startswith("zh")
        self.digest = content_hash(record)
        self.zone = zone
        self.printed = clock().astimezone(self.zone)
        self.styles = paragraph_styles(font)
        self.case_no = single_line(record.case_no)
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

    # --- document ------------------------------------------------------------------------

    def metadata(self) -> dict[str, str]:
        """The PDF's Info: user data in it (owner, case number) carries no control character,
        whatever was stored before the core refused them."""
        title = self.both(TITLE)[0]
        info = {
            "title": f"{title} {self.case_no}",
            "author": single_line(self.record.text("owner")) or "QA Desktop",
            "subject": TITLE,
            "creator": f"QA Desktop {__version__}",
            "keywords": f"record:{self.record.uuid} sha256:{self.digest}",
        }
        return {key: single_line(text) for key, text in info.items()}

    def story(self) -> list[Flowable]:
        return [
            *self.header(),
            *self.section(1, "complaint", self.complaint_grid()),
            *self.section(2, "product", self.product_grid()),
            self.coil_table(),
            *self.section(3, "defect", self.defect_grid()),
            self.long_text("description"),
            self.long_text("customer_request"),
            *([self.attachment_list()] if self.record.attachments else []),
            *self.section(4, "internal", self.long_text("internal_note", min_height=14 * mm)),
            KeepTogether(self.handling()),
        ]

    def header(self) -> list[Flowable]:
        first, second = self.both(TITLE)
        printed = f"{self.printed:%Y-%m-%d %H:%M} {zone_name(self.printed)}"
        lines = [
            Paragraph(escape(first), self.styles["title"]),
            Paragraph(escape(second), self.styles["subtitle"]),
            Spacer(1, 3 * mm),
            Paragraph(
                f'<font size="8" color="#5f6b7a">{self.inline(LABELS["case_no"])}</font>'
                f"&nbsp;&nbsp;&nbsp;{escape(self.case_no)}",
                self.styles["case_no"],
            ),
            Paragraph(
                f"{self.inline(LABELS['status'], 7)}: {escape(single_line(self.record.status_text))}"
                f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{self.inline(LABELS['printed'], 7)}: "
                f"{escape(printed)}",
                self.styles["meta"],
            ),
        ]
        table = Table([[lines, _QrPlaceholder()]], colWidths=[BODY - QR_SIZE, QR_SIZE])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
                ]
            )
        )
        return [table, Spacer(1, 4 * mm)]

    def section(self, number: int, key: str, *content: Flowable) -> list[Flowable]:
        internal = key == "internal"
        title = f"{number}&nbsp;&nbsp;&nbsp;{self.inline(SECTIONS[key], 8)}"
        cells: list[object] = [Paragraph(title, self.styles["section"])]
        widths = [BODY]
        if internal:
            cells.append(Paragraph(self.inline(INTERNAL_TAG, 7), self.styles["internal_tag"]))
            widths = [BODY * 0.5, BODY * 0.5]
        bar = Table([cells], colWidths=widths)
        bar.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), INTERNAL_BG if internal else SECTION_BG),
                    ("BOX", (0, 0), (-1, -1), 0.6, INTERNAL_INK if internal else RULE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        bar.keepWithNext = True  # never a section title alone at the foot of a page
        return [Spacer(1, 4 * mm), bar, *content]

    # --- data grids ----------------------------------------------------------------------

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

    def complaint_grid(self) -> Table:
        return self.grid(
            [
                ("customer",),
                ("customer_complaint_no", "salesperson"),
                ("contact_name", "contact_phone"),
                ("channel", "received_at"),
                ("market", "category"),
                ("severity", "owner"),
            ]
        )

    def product_grid(self) -> Table:
        return self.grid(
            [
                ("product", "material_no"),
                ("specification", "order_no"),
                ("delivery_note", "ship_date"),
                ("shipped_qty", "date_code"),
                ("mill_cert_no", "days_to_complaint"),
            ]
        )

    def defect_grid(self) -> Table:
        return self.grid(
            [
                ("defect_type", "defect_rate"),
                ("affected_qty", "goods_state"),
                ("claim", "samples_returned"),
            ]
        )

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

    # --- to fill in by hand ------------------------------------------------------------------

    def handling(self) -> list[Flowable]:
        boxes = Table(
            [[self.label(text), ""] for text in HAND_BOXES],
            colWidths=[LABEL_W, BODY - LABEL_W],
            rowHeights=[40 * mm] * len(HAND_BOXES),
        )
        boxes.setStyle(table_style([*cell_style(), *label_columns(0)]))
        first, second = self.both(PRELIMINARY)
        note = escape(first) + (f"<br/>{escape(second)}" if second else "")
        return [
            *self.section(5, "handling", boxes),
            Paragraph(note, self.styles["note"]),
            self.sign_off(),
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

    # --- every page ----------------------------------------------------------------------

    def page_text(self, page: int, pages: int) -> str:
        first, second = self.both(PAGE_OF)
        texts = [t.format(page=page, pages=pages) for t in (first, second) if t]
        return " / ".join(texts)

    def decorate_page(self, canvas: Canvas, page: int, pages: int) -> None:
        """Footer on every page; on later pages a running header, since pages get separated."""
        canvas.saveState()
        canvas.setFont(self.font, 7)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = 10 * mm
        canvas.line(MARGIN, y + 3.5 * mm, PAGE_WIDTH - MARGIN, y + 3.5 * mm)
        record = " ".join(self.both(RECORD)).strip()
        digest = " ".join(self.both(HASH)).strip()
        canvas.drawString(
            MARGIN,
            y,
            f"{self.case_no}    {record} {self.record.uuid}    {digest} {self.digest[:16]}",
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, self.page_text(page, pages))
        if page > 1:
            top = PAGE_HEIGHT - 11 * mm
            title = " ".join(self.both(TITLE)).strip()
            continued = " ".join(self.both(CONTINUED)).strip()
            canvas.drawString(MARGIN, top, title)
            canvas.drawRightString(PAGE_WIDTH - MARGIN, top, f"{self.case_no} ({continued})")
            canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.restoreState()
