"""What the printed site-visit report (现场调查报告) states: plain data.

An internal document (its footer says so): it holds the findings, which the customer never
sees. The visit-sheets service fills a `VisitReport` from the database; visit_report_pdf.py lays
it out and reads nothing else. Checklist answers keep their stored codes and both labels, so
the layout words them in the report's language; photos are the print copies (about 1600 px,
upright), never the originals. No ReportLab here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qa_desktop.core.reports.confirmation_sheet import (
    CustomerSignature,
    QuantityLine,
    QuantityTotal,
)

# Checklist items that record the customer's own words: printed apart, labelled as such, never
# as the company's commitment (issue 11). Keys of the default template (resources/checklists).
CUSTOMER_WORDS = ("customer_loss", "customer_remedy")


@dataclass(frozen=True)
class ReportItem:
    """One checklist item and its answer as stored."""

    key: str
    kind: str  # a checklists.ItemKind value
    label_en: str
    label_zh: str
    answer: str  # the stored answer as text ("yes", "1.2", a choice's code, free text); "" none
    unit: str = ""  # a number's Unit code
    choice_en: str = ""  # a choice's labels, for its stored code
    choice_zh: str = ""
    photos: int = 0  # photos attached to this item


@dataclass(frozen=True)
class ReportPhoto:
    """A photo as printed: the print copy (JPEG) of the annotated copy where the defect was
    marked, else of the original."""

    image: bytes = field(repr=False)
    filename: str
    caption: str
    coil_no: str = ""  # attached to this coil line, or
    item_en: str = ""  # to this checklist item (its labels); neither: to the visit
    item_zh: str = ""
    annotated: bool = False


@dataclass(frozen=True)
class ReportConfirmation:
    """One of the customer's confirmations of the visit, the one in force or a voided one."""

    signature: CustomerSignature
    witness: str
    void: bool
    void_reason: str  # as stored (English; the layout translates it)


@dataclass(frozen=True)
class VisitReport:
    case_no: str
    customer: str
    visit_number: int
    state: str  # a VisitState code
    assignee: str  # printed name
    appointment: str  # "2026-03-13 09:00 Asia/Shanghai"
    site: str
    contact: str  # name and phone
    purpose: str
    started_at: str
    finished_at: str
    cancel_reason: str
    template_en: str
    template_zh: str
    template_version: int
    items: tuple[ReportItem, ...]  # in the template's order, the customer's words left out
    customer_words: tuple[ReportItem, ...]
    lines: tuple[QuantityLine, ...]
    totals: tuple[QuantityTotal, ...]
    findings: str  # internal
    photos: tuple[ReportPhoto, ...]
    confirmations: tuple[ReportConfirmation, ...]  # the one in force first, then voided ones
    printed_at: str
