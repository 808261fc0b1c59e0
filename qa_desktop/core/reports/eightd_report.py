"""What the customer's 8D report (8D报告) states: plain data, customer-facing only.

The 8D-sheet service fills an `EightDReport` from the database; eightd_pdf.py lays it out and
reads nothing else. Its content is the customer's view of the 8D (core/eightd.customer_view),
refused otherwise, so no internal field can reach the layout; its facts are customer-facing by
construction (core/eightd/facts.py). Photos are the stored print copies (about 1600 px,
upright), by the sha256 the 8D names. No ReportLab here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from qa_desktop.core.eightd import Audience, EightDContent
from qa_desktop.core.eightd.facts import CaseFacts


@dataclass(frozen=True)
class ReportStep:
    """Where one step D0–D8 stands: completed (when, by whom) or not."""

    number: int
    completed_on: date | None = None
    completed_by: str = ""  # printed name
    filled: bool = False  # something of it is in the report


@dataclass(frozen=True)
class EightDReport:
    facts: CaseFacts
    content: EightDContent  # the customer's view
    steps: tuple[ReportStep, ...]  # D0..D8
    photos: dict[str, bytes] = field(repr=False)  # sha256 -> print copy (JPEG); none: absent
    revision: str  # "A", "B" …; "" for a draft not issued
    issued_on: date | None
    printed_at: str  # in the department's zone, named
    printed: datetime | None = None  # aware: the PDF's creation date (None: the moment written)

    def __post_init__(self) -> None:
        if self.content.audience is not Audience.CUSTOMER:
            raise ValueError("a customer document prints the customer's view of the 8D only")
        if len(self.steps) != 9:
            raise ValueError("an 8D report states where each of D0..D8 stands")
