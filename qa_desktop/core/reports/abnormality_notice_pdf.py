"""The quality abnormality notice (品质异常联络单) as an A4 PDF: an internal document from QA to
the department responsible for a defect.

Everything it states comes from an `AbnormalityNotice` (abnormality_notice.py): who sends it to
whom, the case and the customer, the product, the coils, the defect and its quantities, the
actions asked of the department (owner, department, due date, state; for a preventive one what
it covers and the date code it applies from), the date to reply by, and the two boxes to sign by
hand: issued by QA, received by the department. Labels in both languages (`lang` first), values
as they are, user text never through ReportLab markup (reports/text_block.py). The page
furniture is the visit printouts' (reports/visit_pages.py); its footer says the notice is
internal, on every page.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from qa_desktop import __version__
from qa_desktop.core.documents import Quantity, quantity_text
from qa_desktop.core.reports.abnormality_notice import AbnormalityNotice, NoticeAction
from qa_desktop.core.reports.complaint_form_style import (
    INTERNAL_BG,
    INTERNAL_INK,
    LABEL_BG,
    MUTED,
    cell_style,
    label_columns,
    table_style,
)
from qa_desktop.core.reports.fonts import register_fonts
from qa_desktop.core.reports.notice_words import (
    DATE_CODE_FROM,
    EFFECT,
    FROM_QA,
    INTERNAL,
    INTERNAL_NOTE,
    ISSUED_BY,
    LABELS,
    META,
    NO_ACTIONS,
    NO_COILS,
    OVERDUE,
    QUANTITY,
    RECEIVED_BY,
    REPLY_ASKED,
    SECTIONS,
    TITLE,
    NoticeWords,
)
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.reports.text_layout import single_line
from qa_desktop.core.reports.visit_pages import BODY, VOID_INK, Furniture, VisitPages
from qa_desktop.core.vocab import ActionCause, ActionKind, ActionState, Choice, Market, Severity

LABEL_W = 34 * mm
HAND_ROW = 9 * mm  # a row left empty to write in by hand
HAND_SIGNATURE = 16 * mm
BOX_GAP = 4 * mm
# (label, width): 180 mm, the A4 body between 15 mm margins.
COIL_COLUMNS = (
    ("coil_no", 30 * mm), ("heat_no", 22 * mm), ("grade", 16 * mm), ("size", 32 * mm),
    ("finish", 16 * mm), ("weight_kg", 28 * mm), ("quantity", 36 * mm),
)  # fmt: skip
ACTION_COLUMNS = (
    ("action_no", 10 * mm), ("kind", 26 * mm), ("action", 66 * mm), ("owner", 20 * mm),
    ("department", 20 * mm), ("due_date", 18 * mm), ("state", 20 * mm),
)  # fmt: skip
VALUE_SIZE = 8.0
SECTION_START = 45 * mm  # a section title, the table's header and two rows
rl_config.useA85 = 0  # fonts.py turns ASCII85 off for every PDF; said again where this one is made


def export_notice_pdf(notice: AbnormalityNotice, out: Path | str, lang: str = "zh_CN") -> PdfExport:
    """Write the notice to `out`, whole or not at all; return its path and the characters no
    font could print."""
    words = NoticeWords(register_fonts(), lang)
    layout = _Layout(notice, words)
    story = layout.story()
    pages = VisitPages(layout.furniture(), words)
    return pages.write(out, story, layout.metadata())


class _Layout:
    def __init__(self, notice: AbnormalityNotice, words: NoticeWords) -> None:
        self.n, self.words = notice, words
        self.case_no = single_line(notice.case_no)

    def metadata(self) -> dict[str, str]:
        n = self.n
        info = {
            "title": f"{self.words.both(TITLE)[0]} {n.number}",
            "author": n.issued_by or "QA Desktop",
            "subject": TITLE,
            "creator": f"QA Desktop {__version__}",
            "keywords": f"case:{n.case_no} notice:{n.number} internal",
        }
        return {key: single_line(text) for key, text in info.items()}

    def furniture(self) -> Furniture:
        w, n = self.words, self.n
        running = f"{single_line(n.number)} → {single_line(n.to_department)}"
        internal = "  ".join(dict.fromkeys(w.both(INTERNAL))).strip()
        return Furniture(TITLE, self.case_no, running, f"{single_line(n.number)}    {n.issued_on}",
                         internal=True, internal_text=internal)  # fmt: skip

    def story(self) -> list[Flowable]:
        w = self.words
        return [
            *self.header(),
            *w.section(SECTIONS["case"], self.case_facts()),
            *w.section(SECTIONS["coils"], *self.coils()),
            *w.section(SECTIONS["defect"], self.defect()),
            *self.flowing(SECTIONS["actions"], *self.actions()),
            *w.section(SECTIONS["signatures"], self.signatures()),
        ]

    # --- who to whom ------------------------------------------------------------------------

    def header(self) -> list[Flowable]:
        w, n = self.words, self.n
        first, second = w.both(TITLE)
        meta = w.inline(META, number=n.number, date=n.issued_on)
        return [
            Paragraph(escape(first), w.styles["title"]),
            Paragraph(escape(second), w.styles["subtitle"]),
            Paragraph(meta, w.styles["meta"]),
            Spacer(1, 2 * mm),
            self.addressing(),
        ]

    def addressing(self) -> Table:
        w, n = self.words, self.n
        half = BODY / 2 - LABEL_W
        from_qa = " / ".join(t for t in w.both(FROM_QA) if t)
        rows = [
            [w.label(LABELS["number"]), w.value(n.number, "number", size=11),
             w.label(LABELS["issued_on"]), w.value(n.issued_on, "issued_on")],
            [w.label(LABELS["from"]), w.value(from_qa, "from"),
             w.label(LABELS["to"]), w.value(n.to_department, "to", size=11)],
            [w.label(LABELS["reply_by"]), [w.value(n.reply_by, "reply_by", size=11),
                                          w.value(w.one(REPLY_ASKED, date=n.reply_by), "reply_by",
                                                  size=7.5, color=MUTED)], "", ""],
        ]  # fmt: skip
        table = Table(rows, colWidths=[LABEL_W, half, LABEL_W, half], splitInRow=1)
        style = [*cell_style(), *label_columns(0), ("BACKGROUND", (2, 0), (2, 1), LABEL_BG),
                 ("SPAN", (1, 2), (3, 2))]  # fmt: skip
        table.setStyle(table_style(style))
        return table

    # --- the case -----------------------------------------------------------------------------

    def case_facts(self) -> Table:
        w, n = self.words, self.n
        half = BODY / 2 - LABEL_W
        pairs = [
            ("case_no", n.case_no, "customer", n.customer),
            ("customer_complaint_no", n.customer_complaint_no, "received", n.received),
            ("market", _label(Market, n.market, w.lang), "severity",
             _label(Severity, n.severity, w.lang)),
            ("product", n.product, "material_no", n.material_no),
            ("specification", n.specification, "date_code", n.date_code),
            ("order_no", n.order_no, "delivery_note", n.delivery_note),
            ("ship_date", n.ship_date, "printed_at", n.printed_at),
        ]  # fmt: skip
        rows = [
            [w.label(LABELS[a]), w.value(av, a), w.label(LABELS[b]), w.value(bv, b)]
            for a, av, b, bv in pairs
        ]
        table = Table(rows, colWidths=[LABEL_W, half, LABEL_W, half], splitInRow=1)
        table.setStyle(table_style([*cell_style(), *label_columns(0, 2)]))
        return table

    def coils(self) -> list[Flowable]:
        w = self.words
        widths = [width for _, width in COIL_COLUMNS]
        if not self.n.coils:
            return [_gap(1.5 * mm), Paragraph(w.inline(NO_COILS), w.styles["value"])]
        rows: list[list[object]] = [[w.label(LABELS[key], "head") for key, _ in COIL_COLUMNS]]
        for number, coil in enumerate(self.n.coils, 1):
            quantity = quantity_text(Quantity(coil.quantity, coil.unit), w.lang)
            cells = (
                ("coil_no", coil.coil_no, False), ("heat_no", coil.heat_no, False),
                ("grade", coil.grade, False), ("size", coil.size, False),
                ("finish", coil.finish, False), ("weight_kg", coil.weight_kg, True),
                ("quantity", quantity, True),
            )  # fmt: skip
            rows.append([w.value(text, key, right=right, size=VALUE_SIZE, line=number)
                         for key, text, right in cells])  # fmt: skip
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(table_style([*cell_style(), ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)]))
        return [_gap(1 * mm), table]

    def defect(self) -> Table:
        w, n = self.words, self.n
        affected = quantity_text(Quantity(n.affected_qty, n.affected_unit), w.lang)
        defect = w.pick(n.defect_en, n.defect_zh)
        rows = [
            [w.label(LABELS["defect_type"]), w.value(defect, "defect_type")],
            [w.label(LABELS["description"]), w.value(n.description, "description")],
            [w.label(LABELS["defect_rate"]), w.value(n.defect_rate, "defect_rate")],
            [w.label(LABELS["affected_qty"]), w.value(affected, "affected_qty")],
            [w.label(LABELS["customer_request"]), w.value(n.customer_request, "customer_request")],
        ]
        style = [*cell_style(), *label_columns(0)]
        if n.internal_note:
            rows.append([w.label(LABELS["internal_note"]), w.value(n.internal_note, "internal_note",
                                                                   color=INTERNAL_INK)])  # fmt: skip
            style.append(("BACKGROUND", (1, len(rows) - 1), (1, len(rows) - 1), INTERNAL_BG))
        table = Table(rows, colWidths=[LABEL_W, BODY - LABEL_W], splitInRow=1)
        table.setStyle(table_style(style))
        return table

    # --- the actions --------------------------------------------------------------------------

    def flowing(self, title: str, *content: Flowable) -> list[Flowable]:
        """A section whose table may run over a page: it starts on the next page only when
        less than room for its title and a few rows is left (kept with its title, a long table
        would leave most of a page empty)."""
        space, bar, *rest = self.words.section(title)
        bar.keepWithNext = False
        return [CondPageBreak(SECTION_START), space, bar, *rest, *content]

    def actions(self) -> list[Flowable]:
        w = self.words
        if not self.n.actions:
            return [Spacer(1, 1.5 * mm), Paragraph(w.inline(NO_ACTIONS), w.styles["value"])]
        rows: list[list[object]] = [[w.label(LABELS[key], "head") for key, _ in ACTION_COLUMNS]]
        rows += [self.action_row(action) for action in self.n.actions]
        table = Table(rows, colWidths=[width for _, width in ACTION_COLUMNS], repeatRows=1,
                      splitInRow=1)  # fmt: skip
        table.setStyle(table_style([*cell_style(), ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)]))
        return [Spacer(1, 1 * mm), table]

    def action_row(self, a: NoticeAction) -> list[object]:
        w, line = self.words, a.number
        kind = _label(ActionKind, a.kind, w.lang)
        kind_cell: list[Flowable] = [w.value(kind, "kind", size=VALUE_SIZE, line=line)]
        if a.cause:
            kind_cell.append(w.value(_label(ActionCause, a.cause, w.lang), "kind", size=7,
                                     color=MUTED, line=line))  # fmt: skip
        text: list[Flowable] = [w.value(a.description, "action", size=VALUE_SIZE, line=line)]
        notes = []
        if a.quantity:
            notes.append(w.one(QUANTITY, quantity=a.quantity))
        if a.date_code_from:
            notes.append(w.one(DATE_CODE_FROM, code=a.date_code_from))
        if a.expected_effect is not None:
            notes.append(w.one(EFFECT, percent=a.expected_effect))
        text += [w.value(note, "action", size=7, color=MUTED, line=line) for note in notes]
        if a.internal_note:
            text.append(w.value(w.one(INTERNAL_NOTE, note=a.internal_note), "internal_note",
                                size=7, color=INTERNAL_INK, line=line))  # fmt: skip
        due: list[Flowable] = [w.value(a.due_date, "due_date", size=VALUE_SIZE, line=line)]
        if a.overdue:
            due.append(w.value(w.one(OVERDUE), "due_date", size=7, color=VOID_INK, line=line))
        state = _label(ActionState, a.state, w.lang)
        return [
            w.value(str(a.number), "action_no", right=True, size=VALUE_SIZE, line=line),
            kind_cell,
            text,
            w.value(a.owner, "owner", size=VALUE_SIZE, line=line),
            w.value(a.department, "department", size=VALUE_SIZE, line=line),
            due,
            w.value(state, "state", size=VALUE_SIZE, line=line),
        ]

    # --- signatures -------------------------------------------------------------------

    def signatures(self) -> Flowable:
        width = (BODY - BOX_GAP) / 2
        boxes = [
            self.box(ISSUED_BY, self.n.issued_by, width),
            self.box(RECEIVED_BY, "", width),
        ]
        table = Table([[boxes[0], "", boxes[1]]], colWidths=[width, BOX_GAP, width])
        table.setStyle(
            table_style(
                [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 *((side, (0, 0), (-1, -1), 0) for side in
                   ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING"))]
            )
        )  # fmt: skip
        return KeepTogether([table])  # the boxes never split: they move whole to the next page

    def box(self, title: str, name: str, width: float) -> Table:
        w = self.words
        head = Paragraph(w.inline(title), w.styles["label"])
        rows = [
            [head, ""],
            [w.label(LABELS["name"], "small"), w.value(name, "name")],
            [w.label(LABELS["signature"], "small"), ""],
            [w.label(LABELS["date"], "small"), ""],
        ]
        table = Table(rows, colWidths=[LABEL_W - 8 * mm, width - LABEL_W + 8 * mm],
                      rowHeights=[None, HAND_ROW, HAND_SIGNATURE, HAND_ROW])  # fmt: skip
        table.setStyle(
            table_style(
                [*cell_style(), ("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), LABEL_BG),
                 ("BACKGROUND", (0, 1), (0, -1), LABEL_BG)]
            )
        )  # fmt: skip
        return table


def _label(vocabulary: type[Choice], code: str, lang: str) -> str:
    """The code's label in the notice's language; an unknown code as it is."""
    if not code:
        return ""
    try:
        return vocabulary(code).label(lang)
    except ValueError:
        return code


def _gap(height: float) -> Spacer:
    """Room under a section's title that stays with what follows."""
    gap = Spacer(1, height)
    gap.keepWithNext = True
    return gap
