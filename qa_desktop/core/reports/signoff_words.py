"""The words of the printed sign-off sheet of a handling proposal (拟办意见审批单): every label,
heading and printed sentence, marked for the catalogue under "SignoffPdf". Layout is in
signoff_pdf.py."""

from __future__ import annotations

from reportlab.lib.units import mm

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "SignoffPdf"

TITLE = QT_TRANSLATE_NOOP("SignoffPdf", "Handling Proposal Sign-off Sheet")
LABELS = {
    "case_no": QT_TRANSLATE_NOOP("SignoffPdf", "Case no."),
    "proposal": QT_TRANSLATE_NOOP("SignoffPdf", "Proposal no. {number}, version {version}"),
    "proposer": QT_TRANSLATE_NOOP("SignoffPdf", "Proposed by"),
    "submitted_at": QT_TRANSLATE_NOOP("SignoffPdf", "Submitted"),
    "printed_at": QT_TRANSLATE_NOOP("SignoffPdf", "Printed"),
    "customer": QT_TRANSLATE_NOOP("SignoffPdf", "Customer"),
    "product": QT_TRANSLATE_NOOP("SignoffPdf", "Product"),
    "specification": QT_TRANSLATE_NOOP("SignoffPdf", "Specification"),
    "coils": QT_TRANSLATE_NOOP("SignoffPdf", "Coils / lots concerned"),
    "reason": QT_TRANSLATE_NOOP("SignoffPdf", "Reason"),
    "total": QT_TRANSLATE_NOOP("SignoffPdf", "Total of this proposal ({currency})"),
    "cumulative": QT_TRANSLATE_NOOP("SignoffPdf", "Cumulative on this complaint ({currency})"),
    "matrix": QT_TRANSLATE_NOOP("SignoffPdf", "Authority matrix version"),
    "name": QT_TRANSLATE_NOOP("SignoffPdf", "Name"),
    "position": QT_TRANSLATE_NOOP("SignoffPdf", "Position"),
    "date": QT_TRANSLATE_NOOP("SignoffPdf", "Date"),
    "signature": QT_TRANSLATE_NOOP("SignoffPdf", "Signature"),
    "comment": QT_TRANSLATE_NOOP("SignoffPdf", "Comment"),
    "record": QT_TRANSLATE_NOOP("SignoffPdf", "Record"),
    "hash": QT_TRANSLATE_NOOP("SignoffPdf", "Content hash"),
    "fingerprint": QT_TRANSLATE_NOOP("SignoffPdf", "Department key fingerprint"),
}
SECTIONS = {
    "complaint": QT_TRANSLATE_NOOP("SignoffPdf", "Complaint"),
    "lines": QT_TRANSLATE_NOOP("SignoffPdf", "Proposed handling"),
    "route": QT_TRANSLATE_NOOP("SignoffPdf", "Sign-off route"),
}
LINE_COLUMNS = (  # (header, width, right-aligned); the reason has a row of its own under each line
    (QT_TRANSLATE_NOOP("SignoffPdf", "No."), 9 * mm, True),
    (QT_TRANSLATE_NOOP("SignoffPdf", "Handling"), 41 * mm, False),
    (QT_TRANSLATE_NOOP("SignoffPdf", "Quantity"), 24 * mm, True),
    (QT_TRANSLATE_NOOP("SignoffPdf", "Amount"), 36 * mm, True),
    (QT_TRANSLATE_NOOP("SignoffPdf", "Rate"), 22 * mm, True),
    (QT_TRANSLATE_NOOP("SignoffPdf", "Base amount"), 48 * mm, True),
)
NO_LINES = QT_TRANSLATE_NOOP("SignoffPdf", "No handling line proposed.")
ELECTRONIC = QT_TRANSLATE_NOOP("SignoffPdf", "Signed electronically")
PAPER = QT_TRANSLATE_NOOP("SignoffPdf", "Signed on paper")
DELEGATED = QT_TRANSLATE_NOOP("SignoffPdf", "for {delegator}, as delegate")
VOID = QT_TRANSLATE_NOOP("SignoffPdf", "VOID")
VOID_WHY = QT_TRANSLATE_NOOP("SignoffPdf", "The content changed after this signature.")
TO_SIGN = QT_TRANSLATE_NOOP("SignoffPdf", "To be signed")
PRELIMINARY = QT_TRANSLATE_NOOP(
    "SignoffPdf", "PRELIMINARY — not binding until signed by the {role}"
)
WATERMARK = QT_TRANSLATE_NOOP("SignoffPdf", "PRELIMINARY")
BINDING = QT_TRANSLATE_NOOP("SignoffPdf", "BINDING — final sign-off by {name} on {date}")
PAGE_OF = QT_TRANSLATE_NOOP("SignoffPdf", "Page {page} of {pages}")
CONTINUED = QT_TRANSLATE_NOOP("SignoffPdf", "continued")
