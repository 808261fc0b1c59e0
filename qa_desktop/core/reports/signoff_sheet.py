"""What a printed sign-off sheet of a handling proposal (拟办意见审批单) states: plain data.

The proposals service fills a `SignoffSheet` from the database; `signoff_pdf.py` lays it out and
reads nothing else. Values are text already formatted as they print (amounts with their minor
digits, times in the department's zone with the zone's name), codes are the stored codes
(HandlingKind, Meaning, role) so the layout can word them in the sheet's language. No ReportLab
here, so the service can build a sheet without loading the PDF machinery.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_desktop.core.printcode import PrintCode
from qa_desktop.core.vocab import Meaning

ELECTRONIC = "electronic"
PAPER = "paper"


@dataclass(frozen=True)
class SheetCoil:
    """A coil or lot the proposal covers, with the quantity concerned."""

    coil_no: str
    quantity: str  # e.g. "6.35"
    unit: str  # a Unit code ("t", "pcs")


@dataclass(frozen=True)
class SheetLine:
    """One line of the proposed handling."""

    kind: str  # a HandlingKind code
    quantity: str  # "" where the kind has none (a compensation in money only)
    unit: str  # a Unit code, or ""
    amount: str  # e.g. "38600.00"; "" for a line without money
    currency: str  # a Currency code, or "" with no amount
    rate: str  # the rate to the base currency used, "" when the line is in the base currency
    base_amount: str  # the amount in the base currency, "" with no amount
    reason: str  # free text, as typed


@dataclass(frozen=True)
class SheetSigner:
    """One step of the route: who must sign, and what was signed so far."""

    order: int  # 1, 2, … in the route's order
    role: str  # the role code that must sign
    meaning: str  # a Meaning code: what this signature says
    name: str = ""  # the signer's printed name; "" while not signed
    position: str = ""  # the signer's position (职务) as printed on the signature
    signed_at: str = ""  # formatted in the department's zone with its name; "" while not signed
    how: str = ""  # ELECTRONIC, PAPER or "" while not signed
    on_behalf_of: str = ""  # the delegator's name when signed by a delegate
    void: bool = False  # the content changed after this signature: it no longer counts
    comment: str = ""  # the signer's comment, as typed

    @property
    def signed(self) -> bool:
        return bool(self.how) and not self.void


@dataclass(frozen=True)
class SignoffSheet:
    """Everything one printed sign-off sheet says, in the order it is printed."""

    case_no: str
    customer: str
    product: str
    specification: str
    coils: tuple[SheetCoil, ...]
    proposal_no: int  # the proposal's number on its complaint (1, 2, …)
    version: int  # the proposal's round (a revision after a rejection is the next)
    proposer: str
    submitted_at: str  # formatted like SheetSigner.signed_at; "" for a draft
    lines: tuple[SheetLine, ...]
    total_base: str  # this proposal's money in the base currency
    base_currency: str  # a Currency code, CNY by default
    cumulative_base: str  # all money counted on the complaint, this proposal included
    matrix_version: int  # the authority matrix version the route was computed by
    signers: tuple[SheetSigner, ...]
    binding: bool  # True only once the final sign-off is given (electronically or on paper)
    final_role: str  # the role code whose sign-off makes the proposal binding
    department_fingerprint: str  # of the department key that certifies the signers' keys
    print_code: PrintCode  # what the QR code holds: record uuid, version, content hash
    printed_at: str  # formatted like SheetSigner.signed_at

    def final_signer(self) -> SheetSigner | None:
        """The valid final sign-off, if given."""
        for signer in self.signers:
            if signer.signed and signer.meaning == Meaning.FINAL_SIGNOFF.value:
                return signer
        return None

    def check(self) -> None:
        """Raise ValueError for a sheet the program should never build: binding without a
        final sign-off (nothing marked binding may print before it), or not binding with one."""
        if self.binding and self.final_signer() is None:
            raise ValueError("a binding sheet needs a valid final sign-off among its signers")
        if not self.binding and self.final_signer() is not None:
            raise ValueError("a sheet with a valid final sign-off must be binding")
