"""The words of the quality abnormality notice (品质异常联络单), marked for the catalogue under
"NoticePdf", and its words helper: the visit printouts' (labels in both languages, the chosen one
first; values as they are), which also words the page furniture the notice shares with them."""

from __future__ import annotations

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.reports.visit_words import CONTEXT as VISIT_CONTEXT
from qa_desktop.core.reports.visit_words import VisitWords

CONTEXT = "NoticePdf"

TITLE = QT_TRANSLATE_NOOP("NoticePdf", "Quality Abnormality Notice")
META = QT_TRANSLATE_NOOP("NoticePdf", "No. {number} · issued {date}")
FROM_QA = QT_TRANSLATE_NOOP("NoticePdf", "Quality assurance (QA)")
LABELS = {
    "number": QT_TRANSLATE_NOOP("NoticePdf", "Notice no."),
    "issued_on": QT_TRANSLATE_NOOP("NoticePdf", "Issued on"),
    "from": QT_TRANSLATE_NOOP("NoticePdf", "Issuing department"),
    "to": QT_TRANSLATE_NOOP("NoticePdf", "To (responsible department)"),
    "case_no": QT_TRANSLATE_NOOP("NoticePdf", "Case no."),
    "customer": QT_TRANSLATE_NOOP("NoticePdf", "Customer"),
    "customer_complaint_no": QT_TRANSLATE_NOOP("NoticePdf", "Customer's complaint no."),
    "received": QT_TRANSLATE_NOOP("NoticePdf", "Received"),
    "market": QT_TRANSLATE_NOOP("NoticePdf", "Domestic / export"),
    "severity": QT_TRANSLATE_NOOP("NoticePdf", "Severity"),
    "product": QT_TRANSLATE_NOOP("NoticePdf", "Product"),
    "material_no": QT_TRANSLATE_NOOP("NoticePdf", "Material no."),
    "specification": QT_TRANSLATE_NOOP("NoticePdf", "Specification"),
    "date_code": QT_TRANSLATE_NOOP("NoticePdf", "Date code"),
    "order_no": QT_TRANSLATE_NOOP("NoticePdf", "Order / contract no."),
    "delivery_note": QT_TRANSLATE_NOOP("NoticePdf", "Delivery note"),
    "ship_date": QT_TRANSLATE_NOOP("NoticePdf", "Ship date"),
    "coil_no": QT_TRANSLATE_NOOP("NoticePdf", "Coil / lot no."),
    "heat_no": QT_TRANSLATE_NOOP("NoticePdf", "Heat no."),
    "grade": QT_TRANSLATE_NOOP("NoticePdf", "Grade"),
    "size": QT_TRANSLATE_NOOP("NoticePdf", "Thickness × width (mm)"),
    "finish": QT_TRANSLATE_NOOP("NoticePdf", "Finish"),
    "weight_kg": QT_TRANSLATE_NOOP("NoticePdf", "Weight (kg)"),
    "quantity": QT_TRANSLATE_NOOP("NoticePdf", "Quantity"),
    "defect_type": QT_TRANSLATE_NOOP("NoticePdf", "Defect type"),
    "description": QT_TRANSLATE_NOOP("NoticePdf", "Defect phenomenon"),
    "defect_rate": QT_TRANSLATE_NOOP("NoticePdf", "Defect rate"),
    "affected_qty": QT_TRANSLATE_NOOP("NoticePdf", "Affected quantity"),
    "customer_request": QT_TRANSLATE_NOOP("NoticePdf", "Customer request"),
    "internal_note": QT_TRANSLATE_NOOP("NoticePdf", "Internal note"),
    "action_no": QT_TRANSLATE_NOOP("NoticePdf", "No."),
    "kind": QT_TRANSLATE_NOOP("NoticePdf", "Kind"),
    "action": QT_TRANSLATE_NOOP("NoticePdf", "Action requested"),
    "owner": QT_TRANSLATE_NOOP("NoticePdf", "Owner"),
    "department": QT_TRANSLATE_NOOP("NoticePdf", "Department"),
    "due_date": QT_TRANSLATE_NOOP("NoticePdf", "Due date"),
    "state": QT_TRANSLATE_NOOP("NoticePdf", "Status"),
    "reply_by": QT_TRANSLATE_NOOP("NoticePdf", "Reply by"),
    "name": QT_TRANSLATE_NOOP("NoticePdf", "Name"),
    "signature": QT_TRANSLATE_NOOP("NoticePdf", "Signature"),
    "date": QT_TRANSLATE_NOOP("NoticePdf", "Date"),
    "printed_at": QT_TRANSLATE_NOOP("NoticePdf", "Printed"),
}
SECTIONS = {
    "case": QT_TRANSLATE_NOOP("NoticePdf", "The complaint"),
    "coils": QT_TRANSLATE_NOOP("NoticePdf", "Coils"),
    "defect": QT_TRANSLATE_NOOP("NoticePdf", "The defect"),
    "actions": QT_TRANSLATE_NOOP("NoticePdf", "Actions requested of the department"),
    "signatures": QT_TRANSLATE_NOOP("NoticePdf", "Signatures"),
}
NO_COILS = QT_TRANSLATE_NOOP("NoticePdf", "No coil recorded.")
NO_ACTIONS = QT_TRANSLATE_NOOP(
    "NoticePdf", "No action is set yet: the department proposes them in its reply."
)
QUANTITY = QT_TRANSLATE_NOOP("NoticePdf", "Covers: {quantity}")
DATE_CODE_FROM = QT_TRANSLATE_NOOP("NoticePdf", "Applies from date code {code}")
EFFECT = QT_TRANSLATE_NOOP("NoticePdf", "Effectiveness expected: {percent}%")
OVERDUE = QT_TRANSLATE_NOOP("NoticePdf", "overdue")
INTERNAL_NOTE = QT_TRANSLATE_NOOP("NoticePdf", "Internal: {note}")
REPLY_ASKED = QT_TRANSLATE_NOOP(
    "NoticePdf",
    "Reply to QA by {date} with the cause found and the actions taken, and carry out each action "
    "by its due date. Each action is verified by QA.",
)
ISSUED_BY = QT_TRANSLATE_NOOP("NoticePdf", "Issued by (QA)")
RECEIVED_BY = QT_TRANSLATE_NOOP("NoticePdf", "Received by (responsible department)")
INTERNAL = QT_TRANSLATE_NOOP("NoticePdf", "Internal: not for the customer")


class NoticeWords(VisitWords):
    """The visit printouts' words helper over this module's catalogue context; the furniture's
    words (page x of y, continued) are the visit printouts' own."""

    def tr(self, text: str, lang: str) -> str:
        found = translate(CONTEXT, text, lang)
        return found if found != text else translate(VISIT_CONTEXT, text, lang)

    def noted_as(self, key: str) -> tuple[str, str]:
        return LABELS.get(key, key), CONTEXT
