"""Rows as they travel in a visit pack: plain JSON values, references by uuid, never by id.

Ids are each database's own; a record is the same record in two files when its uuid is.
A reference to a travelling record travels as that record's uuid, a reference to a file as
its sha256 (the media key); decimals, instants and dates as text, bytes as base64, so the
JSON is exact and canonical."""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    UUIDField,
)

from qa_desktop.core.models import (
    ChecklistTemplateVersion,
    CoilLine,
    Complaint,
    Confirmation,
    Customer,
    DefectType,
    Media,
    Role,
    Travelling,
    Visit,
    VisitCoil,
    VisitPhoto,
)
from qa_desktop.core.text import clean_multiline
from qa_desktop.core.validation import LARGEST

# The travelling tables a pack may carry, in the order they are written (a table after the
# ones it refers to). Outbound packs carry all of them; return packs only the visit's own.
TABLES: tuple[type[Travelling], ...] = (
    Role,
    Customer,
    DefectType,
    Complaint,
    CoilLine,
    ChecklistTemplateVersion,
    Visit,
    VisitCoil,
    VisitPhoto,
    Confirmation,
)
RETURN_TABLES: tuple[type[Travelling], ...] = (Visit, VisitCoil, VisitPhoto, Confirmation)
BY_NAME: dict[str, type[Travelling]] = {model._meta.table_name: model for model in TABLES}
# What a row's stamps are; they travel, but a merge compares only the fields people change.
STAMPS = frozenset(
    {"id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "revision"}
)


class UnknownReference(LookupError):
    """A row refers to a record the receiving database does not hold."""


def to_plain(row: Travelling) -> dict[str, Any]:
    """Every field but the id, as JSON values; references as uuids or sha256s."""
    data: dict[str, Any] = {}
    for name, field in row._meta.fields.items():
        if name == "id":
            continue
        if isinstance(field, ForeignKeyField):
            data[name] = _reference(row, field)
        else:
            data[name] = _plain(field, getattr(row, name))
    return data


def from_plain(model: type[Travelling], data: dict[str, Any]) -> dict[str, Any]:
    """The plain fields as this database stores them: references turned into its own ids.
    Raises UnknownReference for a record it lacks, KeyError/ValueError for a malformed row."""
    values: dict[str, Any] = {}
    for name, field in model._meta.fields.items():
        if name == "id":
            continue
        if name not in data:
            raise KeyError(name)
        raw = data[name]
        if isinstance(field, ForeignKeyField):
            values[name] = _resolve(field, raw)
        else:
            values[name] = _stored(field, raw)
    return values


def checked_base(model: type[Travelling], base: Any) -> dict[str, Any] | None:
    """The base a pack names for a record (its fields when the other end received it), its
    values checked as a record's are; fields the model lacks are left out. ValueError for a
    value no database of ours would have held."""
    if not isinstance(base, dict):
        return None
    fields = model._meta.fields
    known = {name: value for name, value in base.items() if name in fields and name != "id"}
    for name, value in known.items():
        field = fields[name]
        if isinstance(field, ForeignKeyField):
            if value is not None:
                _text(field, value)
        else:
            _stored(field, value)
    return known


def changeable(data: dict[str, Any]) -> dict[str, Any]:
    """The fields a merge compares: all but identity and stamps."""
    return {k: v for k, v in data.items() if k not in STAMPS}


def _reference(row: Model, field: ForeignKeyField) -> str | None:
    raw_id = getattr(row, field.column_name)
    if raw_id is None:
        return None
    target = field.rel_model
    if target is Media:
        return str(raw_id)
    found = target.select(target.uuid).where(target.id == raw_id).scalar()
    return None if found is None else str(found)


def _resolve(field: ForeignKeyField, raw: Any) -> Any:
    if raw is None:
        if not field.null:
            raise ValueError(f"{field.name} is required")
        return None
    target = field.rel_model
    if target is Media:
        if not Media.select().where(Media.sha256 == _text(field, raw)).exists():
            raise UnknownReference(f"media {raw[:80]}")
        return raw
    key = uuid.UUID(_text(field, raw))
    found = target.select(target.id).where(target.uuid == key).scalar()
    if found is None:
        raise UnknownReference(f"{target._meta.table_name} {raw}")
    return found


def _plain(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(field, UUIDField):
        return str(value)
    if isinstance(field, DateTimeField):
        return value.isoformat() if isinstance(value, datetime) else str(value)
    if isinstance(field, DateField):
        return value.isoformat() if isinstance(value, date) else str(value)
    if isinstance(field, DecimalField):
        return format(Decimal(value), "f")
    if isinstance(field, BlobField):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _stored(field: Field, raw: Any) -> Any:
    """One plain value as the field stores it, of exactly the JSON type `_plain` writes: a pack
    is refused for a value a save would never have written (a boolean for a text, "abc" for a
    number, a control character), not stored as something else."""
    if raw is None:
        if not field.null:
            raise ValueError(f"{field.name} is required")
        return None
    if isinstance(field, UUIDField):
        return uuid.UUID(_text(field, raw))
    if isinstance(field, DateTimeField):
        moment = datetime.fromisoformat(_text(field, raw))
        if moment.tzinfo is not None:  # every instant is stored as naive UTC
            raise ValueError(f"{field.name} is not a stored instant")
        return moment
    if isinstance(field, DateField):
        return date.fromisoformat(_text(field, raw))
    if isinstance(field, DecimalField):
        return _decimal(field, _text(field, raw))
    if isinstance(field, BlobField):
        return base64.b64decode(_text(field, raw), validate=True)
    if isinstance(field, BooleanField):
        if not isinstance(raw, bool):
            raise ValueError(f"{field.name} is not true or false")
        return raw
    if isinstance(field, IntegerField):
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) >= 2**63:
            raise ValueError(f"{field.name} is not a whole number")
        return raw
    text = _text(field, raw)
    if clean_multiline(text) != text:  # what text.py removes from whatever is typed
        raise ValueError(f"{field.name} holds control characters")
    return text


def _text(field: Field, raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError(f"{field.name} is not text")
    return raw


def _decimal(field: DecimalField, text: str) -> Decimal:
    try:
        value = Decimal(text)
    except ArithmeticError:  # decimal.InvalidOperation is not a ValueError
        raise ValueError(f"{field.name} is not a number") from None
    if not value.is_finite() or abs(value) >= LARGEST:
        raise ValueError(f"{field.name} is not a number that can be stored")
    places = Decimal(1).scaleb(-(field.decimal_places or 0))
    if value != value.quantize(places):
        raise ValueError(f"{field.name} has more decimals than are stored")
    return value
