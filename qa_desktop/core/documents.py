"""The one function that turns a complaint into canonical data for display, print and signing.

ROADMAP step 2 signs a hash of exactly this data, so it holds codes and values, never layout or
translated labels. `lang` only fills each field's `text` (what a person reads); the hash is
computed from keys, audiences and values, so the English and the Chinese form of the same
complaint carry the same hash.

Each field says who may see it: "customer" (may go to the customer) or "internal" (factory
working, seed 000 §4.4.2). Documents for the customer use `record.for_audience(CUSTOMER)`, and
the hash of that filtered record is the hash of what the customer got.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from typing import Any, Literal

from qa_desktop.core import settings
from qa_desktop.core.clock import from_storage, zone_from_name, zone_label
from qa_desktop.core.i18n import check_language
from qa_desktop.core.models import Attachment, CoilLine, Complaint, DefectType
from qa_desktop.core.money import from_minor, minor_digits
from qa_desktop.core.vocab import (
    OTHER_DEFECT,
    Category,
    Channel,
    Choice,
    GoodsState,
    Market,
    SamplesReturned,
    Severity,
    Status,
    Unit,
)

Audience = Literal["customer", "internal"]
CUSTOMER: Audience = "customer"
INTERNAL: Audience = "internal"

# Bump when the meaning of the canonical data changes: old signatures then still name the
# schema they were made under.
SCHEMA = "qa-desktop/complaint/2"


@dataclass(frozen=True)
class Instant:
    """A moment as stored: UTC plus the zone it was entered in (ROADMAP "Time")."""

    utc: datetime  # aware, in UTC
    zone: str  # IANA key, or "UTC+08:00" when the entering PC had no key

    def local(self) -> datetime:
        return self.utc.astimezone(zone_from_name(self.zone))  # UTC if unknown here


@dataclass(frozen=True)
class Money:
    amount: Decimal | None
    currency: str  # a Currency code, or "" when no amount was given


@dataclass(frozen=True)
class Quantity:
    amount: Decimal | None
    unit: str  # a Unit code, or "" when no quantity was given


Value = str | int | Decimal | date | Instant | Quantity | Money | None


@dataclass(frozen=True)
class RecordField:
    key: str  # stable code, e.g. "received_at": what the hash and the layouts refer to
    value: Value  # canonical: codes and exact numbers
    audience: Audience
    text: str  # the value as a person reads it in the record's language; never hashed


@dataclass(frozen=True)
class ComplaintRecord:
    uuid: str
    case_no: str
    fields: tuple[RecordField, ...]
    coils: tuple[tuple[RecordField, ...], ...]  # one tuple of cells per coil line, in order
    lang: str
    # Workflow facts shown on a form but not part of what is signed: a complaint moves from
    # "handling" to "closed" and its revision counter grows on every save, yet what a manager
    # approved has not changed. Neither enters canonical_json.
    status: str
    status_text: str
    revision: int
    # The files attached, in order: each its name, caption and content hash (the bytes are in
    # the media table; the hash is what a signature over this record covers of them).
    attachments: tuple[tuple[RecordField, ...], ...] = ()

    def __getitem__(self, key: str) -> RecordField:
        for item in self.fields:
            if item.key == key:
                return item
        raise KeyError(key)

    def text(self, key: str) -> str:
        return self[key].text

    def for_audience(self, audience: Audience) -> ComplaintRecord:
        """Only the fields this audience may see (customer documents: CUSTOMER)."""
        if audience == INTERNAL:
            return self
        return replace(
            self,
            fields=_only(self.fields, audience),
            coils=tuple(_only(row, audience) for row in self.coils),
            attachments=tuple(_only(row, audience) for row in self.attachments),
        )


def _only(cells: Iterable[RecordField], audience: Audience) -> tuple[RecordField, ...]:
    return tuple(cell for cell in cells if cell.audience == audience)


def complaint_record(
    complaint: Complaint, lang: str, zone: tzinfo | None = None
) -> ComplaintRecord:
    """`zone` is where times are shown (the department's by default); the hash never sees it."""
    lang = check_language(lang)
    zone = zone or settings.department_zone()
    received = Instant(from_storage(complaint.received_at), complaint.received_tz)
    fields = (
        *_complaint_fields(complaint, received, lang, zone),
        *_product_fields(complaint, received, lang, zone),
        *_defect_fields(complaint, lang),
        _text_field("internal_note", complaint.internal_note, INTERNAL),
    )
    lines = complaint.coils.order_by(CoilLine.position)
    status = complaint.status
    return ComplaintRecord(
        uuid=str(complaint.uuid),
        case_no=complaint.case_no,
        fields=fields,
        coils=tuple(_coil_cells(line, lang) for line in lines),
        lang=lang,
        status=status,
        status_text=_label(Status, status, lang),
        revision=complaint.revision,
        attachments=tuple(_attachment_cells(a) for a in _attachments(complaint)),
    )


def _attachments(complaint: Complaint) -> list[Attachment]:
    # Only the names and hashes: never the media table's bytes (a 25 MB photo per row).
    return list(
        Attachment.select(Attachment.filename, Attachment.caption, Attachment.media)
        .where(Attachment.complaint == complaint)
        .order_by(Attachment.position, Attachment.id)
    )


def _attachment_cells(attachment: Attachment) -> tuple[RecordField, ...]:
    return (
        _text_field("filename", attachment.filename),
        _text_field("caption", attachment.caption),
        _text_field("sha256", attachment.media_id),
    )


def _complaint_fields(
    complaint: Complaint, received: Instant, lang: str, zone: tzinfo
) -> list[RecordField]:
    return [
        _text_field("customer", complaint.customer.name),
        _text_field("customer_complaint_no", complaint.customer_complaint_no),
        _text_field("contact_name", complaint.contact_name),
        _text_field("contact_phone", complaint.contact_phone),
        _code_field("channel", Channel, complaint.channel, lang),
        RecordField("received_at", received, CUSTOMER, instant_text(received, zone)),
        _code_field("market", Market, complaint.market, lang),
        _code_field("category", Category, complaint.category, lang),
        # How hard the factory rates a case is internal triage, not something to tell a customer.
        _code_field("severity", Severity, complaint.severity, lang, INTERNAL),
        _text_field("owner", complaint.owner, INTERNAL),
        _text_field("salesperson", complaint.salesperson, INTERNAL),
    ]


def _product_fields(
    complaint: Complaint, received: Instant, lang: str, zone: tzinfo
) -> list[RecordField]:
    shipped = Quantity(complaint.shipped_qty, complaint.shipped_unit)
    days = (
        (received.utc.astimezone(zone).date() - complaint.ship_date).days
        if complaint.ship_date
        else None
    )
    return [
        _text_field("product", complaint.product),
        _text_field("material_no", complaint.material_no),
        _text_field("specification", complaint.specification),
        _text_field("order_no", complaint.order_no),
        _text_field("delivery_note", complaint.delivery_note),
        RecordField("ship_date", complaint.ship_date, CUSTOMER, _date_text(complaint.ship_date)),
        RecordField("shipped_qty", shipped, CUSTOMER, quantity_text(shipped, lang)),
        _text_field("date_code", complaint.date_code),
        _text_field("mill_cert_no", complaint.mill_cert_no),
        # Derived, but shown: kept in the data so the hash covers everything the form states.
        RecordField("days_to_complaint", days, CUSTOMER, "" if days is None else str(days)),
    ]


def _defect_fields(complaint: Complaint, lang: str) -> list[RecordField]:
    defect = complaint.defect_type if complaint.defect_type_id else None
    rate = complaint.defect_rate
    affected = Quantity(complaint.affected_qty, complaint.affected_unit)
    claim = Money(
        from_minor(complaint.claim_minor, complaint.claim_currency), complaint.claim_currency
    )
    return [
        # The code is what the complaint points at; names belong to the editable defect list.
        RecordField(
            "defect_type",
            defect.code if defect else "",
            CUSTOMER,
            defect_text(defect, complaint.defect_other, lang),
        ),
        _text_field("defect_other", complaint.defect_other),
        _text_field("description", complaint.description),
        RecordField("defect_rate", rate, CUSTOMER, "" if rate is None else f"{number_text(rate)}%"),
        RecordField("affected_qty", affected, CUSTOMER, quantity_text(affected, lang)),
        _code_field("goods_state", GoodsState, complaint.goods_state, lang),
        _text_field("customer_request", complaint.customer_request),
        # The customer's figure, as the customer stated it: never our offer.
        RecordField("claim", claim, CUSTOMER, money_text(claim)),
        _code_field("samples_returned", SamplesReturned, complaint.samples_returned, lang),
    ]


def defect_text(defect: DefectType | None, other: str, lang: str) -> str:
    """The defect type's name in `lang`, with the words of an "other" defect after it."""
    if defect is None:
        return ""
    name = defect.name(lang)
    return f"{name}: {other}" if defect.code == OTHER_DEFECT and other else name


def _coil_cells(line: CoilLine, lang: str) -> tuple[RecordField, ...]:
    quantity = Quantity(line.quantity, line.unit)
    return (
        _text_field("coil_no", line.coil_no),
        _text_field("heat_no", line.heat_no),
        _text_field("grade", line.grade),
        # Mills write sizes as "1.00 × 1219": two places of thickness, widths without grouping.
        _number_field("thickness_mm", line.thickness_mm, min_places=2, group=False),
        _number_field("width_mm", line.width_mm, group=False),
        _text_field("finish", line.finish),
        _number_field("weight_kg", line.weight_kg),
        RecordField("quantity", quantity, CUSTOMER, quantity_text(quantity, lang)),
    )


def _text_field(key: str, value: str | None, audience: Audience = CUSTOMER) -> RecordField:
    text = value or ""
    return RecordField(key, text, audience, text)


def _number_field(
    key: str, value: Decimal | None, min_places: int = 0, group: bool = True
) -> RecordField:
    shown = "" if value is None else number_text(value, min_places, group)
    return RecordField(key, value, CUSTOMER, shown)


def _code_field(
    key: str, vocabulary: type[Choice], code: str, lang: str, audience: Audience = CUSTOMER
) -> RecordField:
    return RecordField(key, code or "", audience, _label(vocabulary, code, lang))


def _label(vocabulary: type[Choice], code: str, lang: str) -> str:
    """The translated label; an unknown code (old or imported data) is shown as it is."""
    if not code:
        return ""
    try:
        return vocabulary(code).label(lang)
    except ValueError:
        return code


# --- how values read (presentation; the canonical forms are below) -------------------------


def number_text(value: Decimal, min_places: int = 0, group: bool = True) -> str:
    """6420.000 -> "6,420"; 1.0 with min_places=2 -> "1.00"; group=False for dimensions."""
    value = value.normalize()
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite: validation refuses NaN and infinity
    places = max(-exponent, min_places, 0)
    return f"{value:{',' if group else ''}.{places}f}"


def quantity_text(quantity: Quantity, lang: str) -> str:
    if quantity.amount is None:
        return ""
    unit = _label(Unit, quantity.unit, lang)
    return f"{number_text(quantity.amount)} {unit}".strip()


def instant_text(instant: Instant, zone: tzinfo) -> str:
    """In the department's zone, named: "2024-08-20 14:05 Asia/Shanghai"; the time in the zone
    it was entered in follows only where that differs: "… (08:05 Europe/Warsaw)"."""
    shown = instant.utc.astimezone(zone)
    text = f"{shown:%Y-%m-%d %H:%M} {zone_label(zone, shown)}"
    entered = instant.local()
    if entered.utcoffset() != shown.utcoffset():
        text += f" ({entered:%H:%M} {instant.zone})"
    return text


def money_text(money: Money) -> str:
    """38600.00 CNY -> "38,600.00 CNY" (the code, not a symbol: ¥ is both yuan and yen)."""
    if money.amount is None:
        return ""
    digits = minor_digits(money.currency)
    return f"{money.amount:,.{digits}f} {money.currency}".strip()


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


# --- canonical form and hash -----------------------------------------------------------------


def canonical_data(record: ComplaintRecord) -> dict[str, Any]:
    """Plain JSON-able data: what is signed. Language, status and revision stay out."""
    return {
        "schema": SCHEMA,
        "uuid": record.uuid,
        "case_no": record.case_no,
        "fields": _cells(record.fields),
        "coils": [_cells(row) for row in record.coils],
        "attachments": [_cells(row) for row in record.attachments],
    }


def canonical_json(record: ComplaintRecord) -> bytes:
    data = canonical_data(record)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def content_hash(record: ComplaintRecord) -> str:
    return hashlib.sha256(canonical_json(record)).hexdigest()


def _cells(cells: Iterable[RecordField]) -> dict[str, Any]:
    return {cell.key: {"audience": cell.audience, "value": plain(cell.value)} for cell in cells}


def plain(value: Value) -> Any:
    """One spelling per value, so equal data always hashes equal (14.300 and 14.3 alike)."""
    if value is None or (isinstance(value, str | int) and not isinstance(value, bool)):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, Instant):
        utc = value.utc.astimezone(UTC).replace(tzinfo=None)
        return {"utc": f"{utc.isoformat()}Z", "zone": value.zone}
    if isinstance(value, Quantity):
        return {"amount": plain(value.amount), "unit": value.unit}
    if isinstance(value, Money):
        return {"amount": plain(value.amount), "currency": value.currency}
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    # Floats, booleans and bare datetimes have no single spelling: refuse them, don't guess.
    raise TypeError(f"no canonical form for {type(value).__name__}: {value!r}")
