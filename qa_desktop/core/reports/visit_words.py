"""The words of the two site-visit printouts — the customer's quantity confirmation (不良数量确认单)
and the site-visit report (现场调查报告) — marked for the catalogue under "VisitPdf", and the
words helper their layouts share (the sign-off sheet's: labels in both languages, the chosen
one first; values as they are)."""

from __future__ import annotations

from reportlab.lib import colors

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.reports.complaint_form_style import INK, TEXT_LEADING, TEXT_SIZE
from qa_desktop.core.reports.pdf_result import Unprinted
from qa_desktop.core.reports.signoff_boxes import SheetWords
from qa_desktop.core.reports.text_block import TextBlock
from qa_desktop.core.reports.text_layout import LaidOutText

CONTEXT = "VisitPdf"

CONFIRMATION_TITLE = QT_TRANSLATE_NOOP("VisitPdf", "Quantity Confirmation")
REPORT_TITLE = QT_TRANSLATE_NOOP("VisitPdf", "Site-visit Report")
QUANTITIES_ONLY = QT_TRANSLATE_NOOP(
    "VisitPdf", "Site visit {visit} · confirmation {number} · quantities only"
)
REPORT_META = QT_TRANSLATE_NOOP("VisitPdf", "Site visit {visit} · {state}")
LABELS = {
    "case_no": QT_TRANSLATE_NOOP("VisitPdf", "Case no."),
    "customer": QT_TRANSLATE_NOOP("VisitPdf", "Customer"),
    "visit_date": QT_TRANSLATE_NOOP("VisitPdf", "Visit date"),
    "site": QT_TRANSLATE_NOOP("VisitPdf", "Site"),
    "printed_at": QT_TRANSLATE_NOOP("VisitPdf", "Printed"),
    "assignee": QT_TRANSLATE_NOOP("VisitPdf", "Field staff"),
    "appointment": QT_TRANSLATE_NOOP("VisitPdf", "Appointment"),
    "contact": QT_TRANSLATE_NOOP("VisitPdf", "Contact"),
    "purpose": QT_TRANSLATE_NOOP("VisitPdf", "Purpose"),
    "started_at": QT_TRANSLATE_NOOP("VisitPdf", "Started at"),
    "finished_at": QT_TRANSLATE_NOOP("VisitPdf", "Finished at"),
    "cancel_reason": QT_TRANSLATE_NOOP("VisitPdf", "Why cancelled"),
    "name": QT_TRANSLATE_NOOP("VisitPdf", "Name"),
    "position": QT_TRANSLATE_NOOP("VisitPdf", "Position"),
    "signed_at": QT_TRANSLATE_NOOP("VisitPdf", "Signed at"),
    "date": QT_TRANSLATE_NOOP("VisitPdf", "Date"),
    "signature": QT_TRANSLATE_NOOP("VisitPdf", "Signature"),
    "record": QT_TRANSLATE_NOOP("VisitPdf", "Visit record"),
    "hash": QT_TRANSLATE_NOOP("VisitPdf", "Record hash"),
    "scan": QT_TRANSLATE_NOOP("VisitPdf", "Scan of the signed confirmation"),
    "findings": QT_TRANSLATE_NOOP("VisitPdf", "Findings"),
    "caption": QT_TRANSLATE_NOOP("VisitPdf", "Caption"),
    "filename": QT_TRANSLATE_NOOP("VisitPdf", "File"),
    "answer": QT_TRANSLATE_NOOP("VisitPdf", "Answer"),
    "item": QT_TRANSLATE_NOOP("VisitPdf", "Checklist item"),
    "coil_no": QT_TRANSLATE_NOOP("VisitPdf", "Coil / lot no."),
    "heat_no": QT_TRANSLATE_NOOP("VisitPdf", "Heat no."),
    "grade": QT_TRANSLATE_NOOP("VisitPdf", "Grade"),
    "specification": QT_TRANSLATE_NOOP("VisitPdf", "Specification"),
    "weight_kg": QT_TRANSLATE_NOOP("VisitPdf", "Weight (kg)"),
    "used": QT_TRANSLATE_NOOP("VisitPdf", "Quantity used"),
    "unused": QT_TRANSLATE_NOOP("VisitPdf", "Quantity unused"),
    "defective_used": QT_TRANSLATE_NOOP("VisitPdf", "Defective among used"),
    "defective_unused": QT_TRANSLATE_NOOP("VisitPdf", "Defective among unused"),
    "unit": QT_TRANSLATE_NOOP("VisitPdf", "Unit"),
}
SECTIONS = {
    "coils": QT_TRANSLATE_NOOP("VisitPdf", "Coils and quantities"),
    "signatures": QT_TRANSLATE_NOOP("VisitPdf", "Signatures"),
    "visit": QT_TRANSLATE_NOOP("VisitPdf", "Site visit"),
    "checklist": QT_TRANSLATE_NOOP("VisitPdf", "Checklist"),
    "customer_words": QT_TRANSLATE_NOOP("VisitPdf", "The customer's words"),
    "findings": QT_TRANSLATE_NOOP("VisitPdf", "Findings (internal)"),
    "photos": QT_TRANSLATE_NOOP("VisitPdf", "Photos"),
    "confirmation": QT_TRANSLATE_NOOP("VisitPdf", "The customer's confirmation"),
}
TOTAL = QT_TRANSLATE_NOOP("VisitPdf", "Total")
NO_LINES = QT_TRANSLATE_NOOP("VisitPdf", "No coil line recorded.")
CUSTOMER = QT_TRANSLATE_NOOP("VisitPdf", "For the customer")
WITNESS = QT_TRANSLATE_NOOP("VisitPdf", "Witness (field staff)")
ON_SCREEN = QT_TRANSLATE_NOOP("VisitPdf", "Signed on screen")
PAPER = QT_TRANSLATE_NOOP("VisitPdf", "Signed on paper")
WITNESSED = QT_TRANSLATE_NOOP(
    "VisitPdf", "Collected the customer's signature on site and signed it with their own key."
)
TO_SIGN = QT_TRANSLATE_NOOP("VisitPdf", "To be signed by hand")
VOID = QT_TRANSLATE_NOOP("VisitPdf", "VOID")
VOID_BAND = QT_TRANSLATE_NOOP(
    "VisitPdf", "VOID — this confirmation no longer counts ({date}): {reason}"
)
TEMPLATE = QT_TRANSLATE_NOOP("VisitPdf", "Filled against “{name}”, version {version}")
YES = QT_TRANSLATE_NOOP("VisitPdf", "Yes")
NO = QT_TRANSLATE_NOOP("VisitPdf", "No")
NOT_APPLICABLE = QT_TRANSLATE_NOOP("VisitPdf", "Not applicable")
PHOTO_COUNT = QT_TRANSLATE_NOOP("VisitPdf", "{count} photo(s), under Photos")
NOT_ANSWERED = QT_TRANSLATE_NOOP("VisitPdf", "Not answered")
CUSTOMER_WORDS_NOTE = QT_TRANSLATE_NOOP(
    "VisitPdf", "Recorded as the customer said them: not a commitment of the company."
)
NOTHING = QT_TRANSLATE_NOOP("VisitPdf", "Nothing recorded.")
ATTACHED_COIL = QT_TRANSLATE_NOOP("VisitPdf", "Coil {coil}")
ATTACHED_ITEM = QT_TRANSLATE_NOOP("VisitPdf", "Item: {item}")
ATTACHED_VISIT = QT_TRANSLATE_NOOP("VisitPdf", "The visit as a whole")
ANNOTATED = QT_TRANSLATE_NOOP("VisitPdf", "defect marked")
NO_PRINT_COPY = QT_TRANSLATE_NOOP("VisitPdf", "No print copy of this photo is stored.")
NO_PHOTOS = QT_TRANSLATE_NOOP("VisitPdf", "No photo was taken.")
CONFIRMED = QT_TRANSLATE_NOOP("VisitPdf", "Confirmed by {name} ({position}), {date}")
WITNESS_NAMED = QT_TRANSLATE_NOOP("VisitPdf", "witness: {name}")
NOT_CONFIRMED = QT_TRANSLATE_NOOP("VisitPdf", "The customer has not confirmed the quantities.")
INTERNAL = QT_TRANSLATE_NOOP("VisitPdf", "Internal: not for the customer")
PAGE_OF = QT_TRANSLATE_NOOP("VisitPdf", "Page {page} of {pages}")
CONTINUED = QT_TRANSLATE_NOOP("VisitPdf", "continued")


class VisitWords(SheetWords):
    """SheetWords over this module's catalogue context."""

    def tr(self, text: str, lang: str) -> str:
        return translate(CONTEXT, text, lang)

    def value(
        self,
        text: str,
        key: str,
        right: bool = False,
        size: float = TEXT_SIZE,
        line: int | None = None,
        color: colors.Color = INK,
    ) -> TextBlock:
        """User text, drawn as it is; what no font has is noted under `key` (and the line)."""
        laid_out = LaidOutText.of(text, size)
        if laid_out.unprinted:
            label, context = self.noted_as(key)
            self.unprinted.append(Unprinted(key, label, laid_out.unprinted, line, context))
        return TextBlock(laid_out, size, size * TEXT_LEADING / TEXT_SIZE, color, right)

    def noted_as(self, key: str) -> tuple[str, str]:
        """The label, and its catalogue context, under which text no font has is noted for
        `key`: the printouts built on this helper say their own."""
        return LABELS.get(key, key), CONTEXT

    def one(self, text: str, **values: object) -> str:
        """A sentence in the sheet's language only (values are never translated)."""
        return self.tr(text, self.lang).format(**values)

    def pick(self, en: str, zh: str) -> str:
        """A text stored in both languages (a checklist label), in the sheet's language, the
        other where this one is empty."""
        first, second = (zh, en) if self.zh_first else (en, zh)
        return first or second
