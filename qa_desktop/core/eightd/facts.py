"""The case facts an 8D shows read-only, entered elsewhere (nothing is typed twice): the
complaint, the site visits' quantities and photos, the containment lines with totals per place,
the actions, the approved handling. Plain data, filled by services/eightd_facts.py; the editor
shows it and the customer's 8D report prints it.

Only what the customer may see is here: no internal note, no validity reason, no visit finding,
no action's internal note or the notes of its doing and verification, no signer's comment, no
reason a proposal line gives (the proposer's reasoning), no severity or owner of the case.
Figures are text as they print (exact, no grouping); codes are stored codes the layout words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CoilFact:
    coil_no: str
    heat_no: str
    grade: str
    size: str  # "1.00 × 1219"
    finish: str
    weight_kg: str
    quantity: str
    unit: str  # a Unit code


@dataclass(frozen=True)
class ComplaintFacts:
    case_no: str
    uuid: str
    customer: str
    customer_complaint_no: str
    received_on: date
    product: str
    material_no: str
    specification: str
    order_no: str
    delivery_note: str
    ship_date: date | None
    shipped: str  # "12.5 t"-like figure and unit code: see shipped_unit
    shipped_unit: str
    date_code: str
    defect: str  # the defect type's name in the facts' language, with the words for "other"
    defect_rate: str  # "14.3" (percent), "" unknown
    affected: str
    affected_unit: str
    description: str  # the phenomenon as the customer reported it
    customer_request: str
    coils: tuple[CoilFact, ...]


@dataclass(frozen=True)
class PhotoFact:
    """A photo that may be shown on the 8D: `sha256` is the media printed (the annotated copy
    where the defect was marked), `original` the photo as taken."""

    sha256: str
    original: str
    filename: str
    caption: str
    source: str  # "visit 1", "attachment"
    coil_no: str = ""


@dataclass(frozen=True)
class QuantityFact:
    """A visit's coil line: used, unused and the defective among each."""

    coil_no: str
    used: str
    unused: str
    defective_used: str
    defective_unused: str
    unit: str


@dataclass(frozen=True)
class TotalFact:
    """Totals of one unit (pieces and tonnes never add up)."""

    unit: str
    used: str
    unused: str
    defective_used: str
    defective_unused: str


@dataclass(frozen=True)
class VisitFacts:
    number: int
    state: str  # a VisitState code
    day: date
    lines: tuple[QuantityFact, ...]
    totals: tuple[TotalFact, ...]
    photos: tuple[PhotoFact, ...]
    confirmed: bool  # the customer's confirmation of these quantities is in force


@dataclass(frozen=True)
class ContainmentFact:
    place: str  # a ContainmentPlace code
    reference: str
    checked: str
    held: str
    defective: str
    released: str
    unit: str
    ok_marking: str
    result: str


@dataclass(frozen=True)
class PlaceTotal:
    place: str
    unit: str
    lines: int
    checked: str
    held: str
    defective: str
    released: str


@dataclass(frozen=True)
class ActionFact:
    number: int
    kind: str  # an ActionKind code
    cause: str  # "occurrence", "escape" or ""
    description: str
    department: str
    due_on: date
    state: str  # an ActionState code
    expected_effect: int | None
    date_code_from: str
    quantity: str
    done_on: date | None
    verified_on: date | None
    verified_by: str  # printed name


@dataclass(frozen=True)
class HandlingLineFact:
    kind: str  # a HandlingKind code
    quantity: str
    unit: str
    amount: str  # "38,600.00", "" without money
    currency: str


@dataclass(frozen=True)
class HandlingSignerFact:
    name: str
    position: str
    meaning: str  # a Meaning code
    signed_on: date
    how: str  # "electronic" or "paper"


@dataclass(frozen=True)
class HandlingFact:
    """An approved handling proposal. `binding` only with the final sign-off; otherwise it is
    preliminary (seed 000 §4.6) and carries no signatures: nothing is binding yet."""

    number: int
    state: str  # a ProposalState code: approved or binding
    binding: bool
    summary: str
    lines: tuple[HandlingLineFact, ...]
    total: str
    currency: str
    signers: tuple[HandlingSignerFact, ...]


@dataclass(frozen=True)
class CaseFacts:
    complaint: ComplaintFacts
    visits: tuple[VisitFacts, ...]
    attachments: tuple[PhotoFact, ...]  # the complaint's pictures
    containment: tuple[ContainmentFact, ...]
    containment_totals: tuple[PlaceTotal, ...]
    actions: tuple[ActionFact, ...]
    handling: tuple[HandlingFact, ...]

    def photos(self) -> dict[str, PhotoFact]:
        """Every photo the facts name, by the sha256 printed and by the original's."""
        found: dict[str, PhotoFact] = {}
        for photo in (*self.attachments, *(p for v in self.visits for p in v.photos)):
            found.setdefault(photo.sha256, photo)
            found.setdefault(photo.original, photo)
        return found

    def actions_of(self, kind: str) -> tuple[ActionFact, ...]:
        return tuple(a for a in self.actions if a.kind == kind)
