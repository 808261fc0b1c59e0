"""What the quality abnormality notice (品质异常联络单) states: plain data.

QA sends it to the department responsible for the defect: the case, the customer, the product,
the coils, the defect and its quantities, the containment, corrective and preventive actions QA
asks of the department with their owners and due dates, the date to reply by, and two boxes to
sign (issued by QA, received by the department). An internal document (its footer says so): it
may hold internal fields, such as the complaint's internal note. The notices service fills it
from the database (services/abnormality_notices.py); abnormality_notice_pdf.py lays it out and
reads nothing else. Codes (kinds, causes, states, units, severity) stay codes here, so the
layout words them in the notice's languages. No ReportLab here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class NoticeCoil:
    coil_no: str
    heat_no: str
    grade: str
    size: str  # "1.00 × 1219"
    finish: str
    weight_kg: str  # as printed: "6,420"
    quantity: Decimal | None
    unit: str  # a vocab.Unit code


@dataclass(frozen=True)
class NoticeAction:
    number: int
    kind: str  # vocab.ActionKind
    cause: str  # vocab.ActionCause or ""
    description: str
    owner: str  # printed name
    department: str
    due_date: str  # YYYY-MM-DD
    state: str  # vocab.ActionState
    quantity: str  # what and how much it covers
    date_code_from: str
    expected_effect: int | None
    overdue: bool
    internal_note: str


@dataclass(frozen=True)
class AbnormalityNotice:
    number: str  # the notice's number
    issued_on: str  # YYYY-MM-DD, the department's day
    issued_by: str  # printed in the QA box: the case's owner
    to_department: str  # the complaint's responsible department
    case_no: str
    customer: str
    customer_complaint_no: str
    received: str  # "2026-03-10 09:00 Asia/Shanghai"
    market: str  # vocab.Market
    severity: str  # vocab.Severity
    product: str
    material_no: str
    specification: str
    date_code: str
    order_no: str
    delivery_note: str
    ship_date: str
    coils: tuple[NoticeCoil, ...]
    defect_en: str  # the defect type's names (with the words of "other")
    defect_zh: str
    description: str  # the phenomenon as reported
    defect_rate: str  # "14.3%"
    affected_qty: Decimal | None
    affected_unit: str  # a vocab.Unit code
    customer_request: str
    internal_note: str  # internal: the complaint's
    actions: tuple[NoticeAction, ...]  # cancelled ones left out, by number
    reply_by: str  # YYYY-MM-DD
    printed_at: str
