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
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    ForeignKeyField,
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
        if not Media.select().where(Media.sha256 == str(raw)).exists():
            raise UnknownReference(f"media {raw}")
        return str(raw)
    found = target.select(target.id).where(target.uuid == uuid.UUID(str(raw))).scalar()
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
    if raw is None:
        if not field.null:
            raise ValueError(f"{field.name} is required")
        return None
    if isinstance(field, UUIDField):
        return uuid.UUID(str(raw))
    if isinstance(field, DateTimeField):
        return datetime.fromisoformat(str(raw))
    if isinstance(field, DateField):
        return date.fromisoformat(str(raw))
    if isinstance(field, DecimalField):
        value = Decimal(str(raw))
        if not value.is_finite():
            raise ValueError(f"{field.name} is not a number")
        return value
    if isinstance(field, BlobField):
        return base64.b64decode(str(raw), validate=True)
    if not isinstance(raw, str | int | bool | float):
        raise ValueError(f"{field.name} is not a plain value")
    return raw
