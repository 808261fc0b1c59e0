"""The words of the complaint handling form (客户投诉处理单): every label, heading and printed
sentence, marked for the catalogue under "ComplaintPdf". Layout is in complaint_pdf.py
(its tables in complaint_form_tables.py)."""

from __future__ import annotations

from reportlab.lib.units import mm

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("ComplaintPdf", "Customer Complaint Handling Form")
LABELS = {
    "case_no": QT_TRANSLATE_NOOP("ComplaintPdf", "Case no."),
    "status": QT_TRANSLATE_NOOP("ComplaintPdf", "Status"),
    "printed": QT_TRANSLATE_NOOP("ComplaintPdf", "Printed"),
    "customer": QT_TRANSLATE_NOOP("ComplaintPdf", "Customer"),
    "customer_complaint_no": QT_TRANSLATE_NOOP("ComplaintPdf", "Customer's complaint no."),
    "salesperson": QT_TRANSLATE_NOOP("ComplaintPdf", "Salesperson"),
    "mill_cert_no": QT_TRANSLATE_NOOP("ComplaintPdf", "Mill certificate no."),
    "claim": QT_TRANSLATE_NOOP("ComplaintPdf", "Customer's claim (their figure)"),
    "samples_returned": QT_TRANSLATE_NOOP("ComplaintPdf", "Samples returned"),
    "attachments": QT_TRANSLATE_NOOP("ComplaintPdf", "Attachments"),
    "contact_name": QT_TRANSLATE_NOOP("ComplaintPdf", "Contact"),
    "contact_phone": QT_TRANSLATE_NOOP("ComplaintPdf", "Phone"),
    "channel": QT_TRANSLATE_NOOP("ComplaintPdf", "Received via"),
    "received_at": QT_TRANSLATE_NOOP("ComplaintPdf", "Received at"),
    "market": QT_TRANSLATE_NOOP("ComplaintPdf", "Domestic / export"),
    "category": QT_TRANSLATE_NOOP("ComplaintPdf", "Category"),
    "severity": QT_TRANSLATE_NOOP("ComplaintPdf", "Severity"),
    "owner": QT_TRANSLATE_NOOP("ComplaintPdf", "Owner"),
    "product": QT_TRANSLATE_NOOP("ComplaintPdf", "Product"),
    "material_no": QT_TRANSLATE_NOOP("ComplaintPdf", "Material no."),
    "specification": QT_TRANSLATE_NOOP("ComplaintPdf", "Specification"),
    "order_no": QT_TRANSLATE_NOOP("ComplaintPdf", "Order / contract no."),
    "delivery_note": QT_TRANSLATE_NOOP("ComplaintPdf", "Delivery note"),
    "ship_date": QT_TRANSLATE_NOOP("ComplaintPdf", "Ship date"),
    "shipped_qty": QT_TRANSLATE_NOOP("ComplaintPdf", "Shipped quantity"),
    "date_code": QT_TRANSLATE_NOOP("ComplaintPdf", "Date code"),
    "days_to_complaint": QT_TRANSLATE_NOOP("ComplaintPdf", "Days from shipment to complaint"),
    "defect_type": QT_TRANSLATE_NOOP("ComplaintPdf", "Defect type"),
    "description": QT_TRANSLATE_NOOP("ComplaintPdf", "Description as reported"),
    "defect_rate": QT_TRANSLATE_NOOP("ComplaintPdf", "Defect rate"),
    "affected_qty": QT_TRANSLATE_NOOP("ComplaintPdf", "Affected quantity"),
    "goods_state": QT_TRANSLATE_NOOP("ComplaintPdf", "State of the goods at the customer"),
    "customer_request": QT_TRANSLATE_NOOP("ComplaintPdf", "Customer request"),
    "internal_note": QT_TRANSLATE_NOOP("ComplaintPdf", "Internal note"),
}
SECTIONS = {
    "complaint": QT_TRANSLATE_NOOP("ComplaintPdf", "Complaint"),
    "product": QT_TRANSLATE_NOOP("ComplaintPdf", "Product and traceability"),
    "defect": QT_TRANSLATE_NOOP("ComplaintPdf", "Defect"),
    "internal": QT_TRANSLATE_NOOP("ComplaintPdf", "Internal notes"),
    "handling": QT_TRANSLATE_NOOP("ComplaintPdf", "Handling and sign-off"),
}
COIL_COLUMNS = (  # (header, width, right-aligned)
    (QT_TRANSLATE_NOOP("ComplaintPdf", "No."), 9 * mm, True),
    (QT_TRANSLATE_NOOP("ComplaintPdf", "Coil / lot no."), 30 * mm, False),
    (QT_TRANSLATE_NOOP("ComplaintPdf", "Heat no."), 23 * mm, False),
    (QT_TRANSLATE_NOOP("ComplaintPdf", "Grade"), 16 * mm, False),
    (QT_TRANSLATE_NOOP("ComplaintPdf", "Thickness × width (mm)"), 30 * mm, True),
    (QT_TRANSLATE_NOOP("ComplaintPdf", "Finish"), 16 * mm, False),
    (QT_TRANSLATE_NOOP("ComplaintPdf", "Weight (kg)"), 26 * mm, True),
    (QT_TRANSLATE_NOOP("ComplaintPdf", "Quantity"), 30 * mm, True),
)
NO_COILS = QT_TRANSLATE_NOOP("ComplaintPdf", "No coil or lot recorded.")
INTERNAL_TAG = QT_TRANSLATE_NOOP("ComplaintPdf", "Internal: not for the customer")
HAND_BOXES = (
    QT_TRANSLATE_NOOP("ComplaintPdf", "Containment"),
    QT_TRANSLATE_NOOP("ComplaintPdf", "Cause analysis"),
    QT_TRANSLATE_NOOP("ComplaintPdf", "Proposed handling"),
)
PRELIMINARY = QT_TRANSLATE_NOOP(
    "ComplaintPdf",
    "The proposed handling is preliminary; it takes effect only when the general manager has signed it.",
)
SIGNERS = (
    QT_TRANSLATE_NOOP("ComplaintPdf", "Prepared by (QA engineer)"),
    QT_TRANSLATE_NOOP("ComplaintPdf", "Reviewed by (QA manager)"),
    QT_TRANSLATE_NOOP("ComplaintPdf", "Approved by (general manager)"),
)
SIGN_ROWS = (
    QT_TRANSLATE_NOOP("ComplaintPdf", "Name"),
    QT_TRANSLATE_NOOP("ComplaintPdf", "Signature"),
    QT_TRANSLATE_NOOP("ComplaintPdf", "Date"),
)
RECORD = QT_TRANSLATE_NOOP("ComplaintPdf", "Record")
HASH = QT_TRANSLATE_NOOP("ComplaintPdf", "Content hash")
PAGE_OF = QT_TRANSLATE_NOOP("ComplaintPdf", "Page {page} of {pages}")
CONTINUED = QT_TRANSLATE_NOOP("ComplaintPdf", "continued")
