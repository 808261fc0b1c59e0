"""What a person (or the CLI, or an import) submits for a complaint, before validation.

Numbers arrive as typed text or numbers; validation parses them, so a window, the CLI and an
import all get the same rules and the same messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal

Number = str | int | float | Decimal | None


@dataclass
class CoilDraft:
    coil_no: str = ""
    heat_no: str = ""
    grade: str = ""
    thickness_mm: Number = None
    width_mm: Number = None
    finish: str = ""
    weight_kg: Number = None
    quantity: Number = None
    unit: str = ""

    def is_blank(self) -> bool:
        """Nothing typed. A unit alone says nothing: a new line on the form starts with one
        (t, as coils are weighed) and is still an empty line."""
        return all(
            str(getattr(self, f.name) or "").strip() == "" for f in fields(self) if f.name != "unit"
        )


# Fields that hold several lines as typed; every other text field is one line.
MULTILINE_FIELDS = frozenset({"description", "customer_request", "internal_note"})


@dataclass
class ComplaintDraft:
    customer_name: str = ""
    customer_complaint_no: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    channel: str = ""
    received_at: datetime | None = None  # aware: the zone it was entered in is kept
    market: str = ""
    category: str = ""
    product: str = ""
    material_no: str = ""
    specification: str = ""
    order_no: str = ""
    delivery_note: str = ""
    ship_date: date | None = None
    shipped_qty: Number = None
    shipped_unit: str = ""
    date_code: str = ""
    mill_cert_no: str = ""
    salesperson: str = ""
    defect_type_code: str = ""
    defect_other: str = ""  # what the defect is, when its type is "other"
    description: str = ""
    defect_rate: Number = None  # percent
    affected_qty: Number = None
    affected_unit: str = ""
    customer_request: str = ""
    claim_amount: Number = None  # the customer's figure, in claim_currency
    claim_currency: str = ""
    goods_state: str = ""
    samples_returned: str = ""  # "", "yes", "no"
    severity: str = ""
    owner: str = ""
    internal_note: str = ""
    coils: list[CoilDraft] = field(default_factory=list)
