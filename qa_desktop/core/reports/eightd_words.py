"""The words of the customer's 8D report (8D报告), marked for the catalogue under "EightDPdf",
and the words helper its layout uses: labels in both languages (the report's first), values as
they are. The 8D's own field labels are core/eightd's ("EightD"); the page furniture's are the
visit printouts' ("VisitPdf"): one catalogue, each text translated where it was marked."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from qa_desktop.core.eightd import CONTEXT as FIELDS_CONTEXT
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.reports.complaint_form_style import (
    INK,
    MUTED,
)
from qa_desktop.core.reports.text_block import TextBlock
from qa_desktop.core.reports.text_layout import LaidOutText
from qa_desktop.core.reports.visit_words import CONTEXT as VISIT_CONTEXT
from qa_desktop.core.reports.visit_words import VisitWords

CONTEXT = "EightDPdf"

TITLE = QT_TRANSLATE_NOOP("EightDPdf", "8D Report")
REVISION = QT_TRANSLATE_NOOP("EightDPdf", "Revision {revision} · issued {date}")
DRAFT = QT_TRANSLATE_NOOP("EightDPdf", "Draft: not issued to the customer")
DRAFT_SHORT = QT_TRANSLATE_NOOP("EightDPdf", "Draft")
REVISION_SHORT = QT_TRANSLATE_NOOP("EightDPdf", "Revision {revision}")
LABELS = {
    "case_no": QT_TRANSLATE_NOOP("EightDPdf", "Case no."),
    "customer": QT_TRANSLATE_NOOP("EightDPdf", "Customer"),
    "customer_complaint_no": QT_TRANSLATE_NOOP("EightDPdf", "Customer's complaint no."),
    "received_on": QT_TRANSLATE_NOOP("EightDPdf", "Received"),
    "product": QT_TRANSLATE_NOOP("EightDPdf", "Product"),
    "material_no": QT_TRANSLATE_NOOP("EightDPdf", "Material no."),
    "specification": QT_TRANSLATE_NOOP("EightDPdf", "Specification"),
    "order_no": QT_TRANSLATE_NOOP("EightDPdf", "Order / contract no."),
    "delivery_note": QT_TRANSLATE_NOOP("EightDPdf", "Delivery note"),
    "ship_date": QT_TRANSLATE_NOOP("EightDPdf", "Ship date"),
    "date_code": QT_TRANSLATE_NOOP("EightDPdf", "Date code"),
    "defect": QT_TRANSLATE_NOOP("EightDPdf", "Defect type"),
    "defect_rate": QT_TRANSLATE_NOOP("EightDPdf", "Defect rate"),
    "affected": QT_TRANSLATE_NOOP("EightDPdf", "Affected quantity"),
    "description": QT_TRANSLATE_NOOP("EightDPdf", "Defect phenomenon (as reported)"),
    "customer_request": QT_TRANSLATE_NOOP("EightDPdf", "Customer request"),
    "printed_at": QT_TRANSLATE_NOOP("EightDPdf", "Printed"),
    "coil_no": QT_TRANSLATE_NOOP("EightDPdf", "Coil / lot no."),
    "heat_no": QT_TRANSLATE_NOOP("EightDPdf", "Heat no."),
    "grade": QT_TRANSLATE_NOOP("EightDPdf", "Grade"),
    "size": QT_TRANSLATE_NOOP("EightDPdf", "Thickness × width"),
    "finish": QT_TRANSLATE_NOOP("EightDPdf", "Finish"),
    "weight_kg": QT_TRANSLATE_NOOP("EightDPdf", "Weight (kg)"),
    "quantity": QT_TRANSLATE_NOOP("EightDPdf", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("EightDPdf", "Unit"),
    "used": QT_TRANSLATE_NOOP("EightDPdf", "Quantity used"),
    "unused": QT_TRANSLATE_NOOP("EightDPdf", "Quantity unused"),
    "defective_used": QT_TRANSLATE_NOOP("EightDPdf", "Defective among used"),
    "defective_unused": QT_TRANSLATE_NOOP("EightDPdf", "Defective among unused"),
    "place": QT_TRANSLATE_NOOP("EightDPdf", "Where"),
    "reference": QT_TRANSLATE_NOOP("EightDPdf", "Coil or lot"),
    "checked": QT_TRANSLATE_NOOP("EightDPdf", "Checked"),
    "held": QT_TRANSLATE_NOOP("EightDPdf", "On hold"),
    "defective": QT_TRANSLATE_NOOP("EightDPdf", "Defective"),
    "released": QT_TRANSLATE_NOOP("EightDPdf", "Released"),
    "ok_marking": QT_TRANSLATE_NOOP("EightDPdf", "Marking of OK material"),
    "result": QT_TRANSLATE_NOOP("EightDPdf", "Result"),
    "lines": QT_TRANSLATE_NOOP("EightDPdf", "Lines"),
    "number": QT_TRANSLATE_NOOP("EightDPdf", "No."),
    "action": QT_TRANSLATE_NOOP("EightDPdf", "Action"),
    "cause": QT_TRANSLATE_NOOP("EightDPdf", "Against"),
    "department": QT_TRANSLATE_NOOP("EightDPdf", "Department"),
    "due_on": QT_TRANSLATE_NOOP("EightDPdf", "Due"),
    "state": QT_TRANSLATE_NOOP("EightDPdf", "State"),
    "expected_effect": QT_TRANSLATE_NOOP("EightDPdf", "Effect expected"),
    "done_on": QT_TRANSLATE_NOOP("EightDPdf", "Done on"),
    "verified_on": QT_TRANSLATE_NOOP("EightDPdf", "Verified on"),
    "date_code_from": QT_TRANSLATE_NOOP("EightDPdf", "From date code"),
    "how_much": QT_TRANSLATE_NOOP("EightDPdf", "What and how much"),
    "step": QT_TRANSLATE_NOOP("EightDPdf", "Step"),
    "status": QT_TRANSLATE_NOOP("EightDPdf", "Status"),
    "kind": QT_TRANSLATE_NOOP("EightDPdf", "Handling"),
    "summary": QT_TRANSLATE_NOOP("EightDPdf", "The handling in words"),
    "amount": QT_TRANSLATE_NOOP("EightDPdf", "Amount"),
    "currency": QT_TRANSLATE_NOOP("EightDPdf", "Currency"),
    "name": QT_TRANSLATE_NOOP("EightDPdf", "Name"),
    "position": QT_TRANSLATE_NOOP("EightDPdf", "Position"),
    "meaning": QT_TRANSLATE_NOOP("EightDPdf", "Signed as"),
    "signed_on": QT_TRANSLATE_NOOP("EightDPdf", "Date"),
    "how": QT_TRANSLATE_NOOP("EightDPdf", "How signed"),
    "total": QT_TRANSLATE_NOOP("EightDPdf", "Total"),
    "caption": QT_TRANSLATE_NOOP("EightDPdf", "Caption"),
}
TOTAL = LABELS["total"]
SECTIONS = {
    "case": QT_TRANSLATE_NOOP("EightDPdf", "The complaint"),
    "overview": QT_TRANSLATE_NOOP("EightDPdf", "Where the 8D stands"),
    "handling": QT_TRANSLATE_NOOP("EightDPdf", "Approved handling"),
}
SUBHEADS = {
    "coils": QT_TRANSLATE_NOOP("EightDPdf", "Coils concerned"),
    "visit": QT_TRANSLATE_NOOP(
        "EightDPdf", "Counted at the customer's site (visit {number}, {date})"
    ),
    "nok": QT_TRANSLATE_NOOP("EightDPdf", "Photos of the defect (NOK)"),
    "ok": QT_TRANSLATE_NOOP("EightDPdf", "Photos of good material (OK)"),
    "containment": QT_TRANSLATE_NOOP("EightDPdf", "Suspect material checked and held"),
    "totals": QT_TRANSLATE_NOOP("EightDPdf", "Totals per place"),
    "occurrence": QT_TRANSLATE_NOOP("EightDPdf", "Why it was made (occurrence)"),
    "escape": QT_TRANSLATE_NOOP("EightDPdf", "Why it was not caught (escape)"),
    "actions": QT_TRANSLATE_NOOP("EightDPdf", "Actions"),
}
COMPLETED = QT_TRANSLATE_NOOP("EightDPdf", "Completed {date} by {name}")
OPEN = QT_TRANSLATE_NOOP("EightDPdf", "In progress")
NOT_STARTED = QT_TRANSLATE_NOOP("EightDPdf", "Not started")
NOTHING_YET = QT_TRANSLATE_NOOP("EightDPdf", "Not filled in yet.")
NO_ACTIONS = QT_TRANSLATE_NOOP("EightDPdf", "No action recorded.")
NO_HANDLING = QT_TRANSLATE_NOOP("EightDPdf", "No handling has been approved yet.")
BINDING = QT_TRANSLATE_NOOP(
    "EightDPdf", "Handling {number}: approved and binding (final sign-off given)"
)
PRELIMINARY = QT_TRANSLATE_NOOP(
    "EightDPdf", "Handling {number}: preliminary — not binding until signed"
)
PRELIMINARY_NOTE = QT_TRANSLATE_NOOP(
    "EightDPdf",
    "This handling is preliminary: it takes effect only when the company's leadership has "
    "signed it.",
)
ELECTRONIC = QT_TRANSLATE_NOOP("EightDPdf", "Electronic signature")
PAPER = QT_TRANSLATE_NOOP("EightDPdf", "Signed on paper")
YES = QT_TRANSLATE_NOOP("EightDPdf", "Yes")
NO = QT_TRANSLATE_NOOP("EightDPdf", "No")
PERCENT = QT_TRANSLATE_NOOP("EightDPdf", "{value} %")
OCCURRENCE = QT_TRANSLATE_NOOP("EightDPdf", "Occurrence")
ESCAPE = QT_TRANSLATE_NOOP("EightDPdf", "Escape")
NO_PRINT_COPY = QT_TRANSLATE_NOOP("EightDPdf", "This photo has no print copy.")
FOOTER = QT_TRANSLATE_NOOP("EightDPdf", "Customer copy")
_CHAIN = (CONTEXT, FIELDS_CONTEXT, VISIT_CONTEXT)


class _Label(TextBlock):
    """A label line: centred in a table's header, else from the left."""

    def __init__(self, text: LaidOutText, size: float, leading: float, color, center: bool):
        super().__init__(text, size, leading, color)
        self.center = center

    def draw(self) -> None:
        if not self.center:
            return super().draw()
        self.canv.setFillColor(self.color)
        for number, line in enumerate(self.lines):
            x = (self.width - line.width) / 2
            y = self.height - self.size - number * self.leading
            for run in line.runs:
                self.canv.setFont(run.font, self.size)
                self.canv.drawString(x, y, run.text)
                x += run.width
        return None


class EightDWords(VisitWords):
    """The visit printouts' words helper, over this report's catalogue context first, then the
    8D fields' and the visit printouts' (the page furniture)."""

    def tr(self, text: str, lang: str) -> str:
        for context in _CHAIN:
            found = translate(context, text, lang)
            if found != text:
                return found
        return text

    def noted_as(self, key: str) -> tuple[str, str]:
        """`key` is a LABELS key or a catalogue text (an 8D field's label)."""
        if key in LABELS:
            return LABELS[key], CONTEXT
        # a label itself: this report's, or an 8D field's
        return key, CONTEXT if key in LABELS.values() else FIELDS_CONTEXT

    def label(self, text: str, style: str = "label", **values: object) -> list[Flowable]:  # type: ignore[override]
        """A bilingual label stacked on two lines, as the visit printouts' labels look, drawn
        as plain text: a ReportLab Paragraph per label (CJK line breaking, markup parsing) was
        half the time of a whole report."""
        first, second = self.both(text, **values)
        size, small = (7.5, 6.2) if style == "head" else (8, 6.5)
        center = style == "head"
        cell: list[Flowable] = [_Label(LaidOutText.of(first, size), size, size * 1.25, INK, center)]
        if second:
            laid = LaidOutText.of(second, small)
            cell.append(_Label(laid, small, small * 1.25, MUTED, center))
        return cell

    def pair(self, first: str, second: str) -> str:
        """Markup of a heading already in both languages: the second lighter."""
        if not second or second == first:
            return escape(first)
        return f'{escape(first)}&nbsp;&nbsp;<font color="#5f6b7a">{escape(second)}</font>'

    def section_pair(self, first: str, second: str, *content: Flowable) -> list[Flowable]:
        """A section bar whose title is given in both languages (a step's "D2 …")."""
        return self.section_markup(self.pair(first, second), *content)
