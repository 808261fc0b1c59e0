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

from datetime import tzinfo
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from qa_desktop import __version__
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now, zone_name
from qa_desktop.core.documents import ComplaintRecord, complaint_record, content_hash
from qa_desktop.core.files import atomic_output
from qa_desktop.core.models import Complaint
from qa_desktop.core.reports.complaint_form_style import (
    INK,
    INTERNAL_BG,
    INTERNAL_INK,
    MUTED,
    RULE,
    SECTION_BG,
    cell_style,
    label_columns,
    table_style,
)
from qa_desktop.core.reports.complaint_form_tables import (
    BODY,
    LABEL_W,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    FormTables,
)
from qa_desktop.core.reports.complaint_form_words import (
    CONTINUED,
    HAND_BOXES,
    HASH,
    INTERNAL_TAG,
    LABELS,
    PAGE_OF,
    PRELIMINARY,
    RECORD,
    SECTIONS,
    TITLE,
)
from qa_desktop.core.reports.fonts import register_fonts
from qa_desktop.core.reports.paged_canvas import paged_canvas
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.reports.text_layout import single_line

FRAME_PADDING = 6  # ReportLab's frame pads its content by 6 pt: margins give that back
TOP_MARGIN = 17 * mm  # room for the running header of later pages
BOTTOM_MARGIN = 18 * mm  # room for the footer
QR_SIZE = 28 * mm


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


class _Form(FormTables):
    """Builds the story and page decorations of one form in one language."""

    def __init__(self, record: ComplaintRecord, font: str, clock: Clock, zone: tzinfo) -> None:
        super().__init__(record, font)
        self.digest = content_hash(record)
        self.zone = zone
        self.printed = clock().astimezone(self.zone)
        self.case_no = single_line(record.case_no)

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
