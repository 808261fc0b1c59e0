"""What the customer's printed quantity confirmation (不良数量确认单) states: plain data.

The visit-sheets service fills a `ConfirmationSheet` from the database; confirmation_pdf.py lays
it out and reads nothing else. It holds quantities, the signer and the statement, and no field
for anything else: an amount, a handling decision or a promise has nowhere to go (seed 000
§4.4.3). Figures are text as they print, times are in the zone they were signed in, named; unit
codes stay codes so the layout can word them in the sheet's language. No ReportLab here.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_desktop.core.printcode import PrintCode
from qa_desktop.core.signature_strokes import Stroke

ON_SCREEN = "on_screen"
PAPER = "paper"


@dataclass(frozen=True)
class QuantityLine:
    """One coil line as the customer confirms it."""

    coil_no: str
    heat_no: str
    grade: str
    specification: str
    weight_kg: str  # "6350"; "" when not known
    used: str
    unused: str
    defective_used: str
    defective_unused: str
    unit: str  # a Unit code ("pcs", "t")


@dataclass(frozen=True)
class QuantityTotal:
    """The sums of one unit's lines (pieces and tonnes never add up)."""

    unit: str
    used: str
    unused: str
    defective_used: str
    defective_unused: str


@dataclass(frozen=True)
class CustomerSignature:
    """Who signed for the customer, and how: the strokes drawn on screen, or the scan's
    reference when the printed sheet was signed on paper."""

    how: str  # ON_SCREEN or PAPER
    name: str
    position: str
    signed_at: str  # "2026-03-11 10:20 Asia/Shanghai"
    strokes: tuple[Stroke, ...] = ()  # on screen: the signed artefact itself
    scan_sha256: str = ""  # on paper: the scan of the signed sheet, as stored


@dataclass(frozen=True)
class ConfirmationSheet:
    """Everything one printed confirmation says, in the order it is printed. `signature` is
    None on a blank sheet (printed for signing on paper)."""

    case_no: str
    customer: str
    visit_number: int
    visit_date: str  # "2026-03-11"
    site: str
    lines: tuple[QuantityLine, ...]
    totals: tuple[QuantityTotal, ...]
    statement_en: str  # as the record holds it: what was signed
    statement_zh: str
    signature: CustomerSignature | None
    witness: str  # the field user who collected it (printed name)
    witness_position: str
    void: bool  # the confirmation no longer counts (a quantity changed, or signed again)
    void_reason: str  # as stored (English; the layout translates it)
    voided_at: str
    print_code: PrintCode  # the visit, the confirmation's number, the record hash
    printed_at: str

    @property
    def blank(self) -> bool:
        return self.signature is None

    def check(self) -> None:
        """Raise ValueError for a sheet the program should never build."""
        if self.blank and self.void:
            raise ValueError("a blank sheet is printed for signing: it cannot be void")
        if not self.lines:
            raise ValueError("a confirmation lists the coil lines it confirms")
        signature = self.signature
        if signature is not None and signature.how == ON_SCREEN and not signature.strokes:
            raise ValueError("an on-screen confirmation prints the customer's strokes")
