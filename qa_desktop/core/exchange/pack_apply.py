"""One travelling record from a pack, applied: inserted when new here, merged field by field
(merge.py) when it is here already, its conflicts kept for a person to choose. Both imports
(laptop and factory) go through this, inside the import's one transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from typing import Any

from peewee import Model

from qa_desktop.core.errors import translated
from qa_desktop.core.exchange.merge import earliest, merge_fields
from qa_desktop.core.exchange.pack_records import (
    BY_NAME,
    UnknownReference,
    changeable,
    checked_base,
    from_plain,
    to_plain,
)
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import (
    ChecklistTemplateVersion,
    Customer,
    DefectType,
    MergeConflict,
    Role,
    SyncBase,
    Travelling,
    Visit,
    VisitCoil,
    VisitPhoto,
)
from qa_desktop.core.services.context import Unit

CONTEXT = "Packs"
SEEDED = (Role, DefectType, ChecklistTemplateVersion, Customer)
# Fields both ends set by themselves, reconciled by rule: a visit started when either end began it.
# A confirmation voided at either end stays void, with the first reason and time it was given.
SETTLED = {
    "visit": {"started_at": earliest},
    "confirmation": {
        "void": lambda ours, theirs: bool(ours or theirs),
        "void_reason": lambda ours, theirs: ours or theirs,
        "voided_at": earliest,
    },
}
BAD_RECORD = QT_TRANSLATE_NOOP("Packs", "The pack's {table} record {key} cannot be read: {reason}.")
NOT_CARRIED = QT_TRANSLATE_NOOP("Packs", "A pack of this kind does not carry {table} records.")
MISSING = QT_TRANSLATE_NOOP(
    "Packs", "The pack's {table} record {key} refers to something this database lacks ({what})."
)


def model_of(entry: Any, allowed: Collection[type[Travelling]]) -> type[Travelling]:
    table = entry.get("table") if isinstance(entry, dict) else None
    model = BY_NAME.get(str(table))
    if model is None or model not in allowed:
        raise translated(CONTEXT, NOT_CARRIED, table=str(table)[:40])
    return model


def key_of(entry: dict[str, Any], model: type[Travelling]) -> str:
    fields = entry.get("fields")
    try:
        return str(uuid.UUID(str(fields["uuid"])))  # type: ignore[index]
    except (KeyError, TypeError, ValueError):
        raise translated(
            CONTEXT, BAD_RECORD, table=model._meta.table_name, key="?", reason="no uuid"
        ) from None


def apply_record(
    unit: Unit,
    model: type[Travelling],
    entry: dict[str, Any],
    peer: str,
    pack_uuid: str,
    result: Any,
    only: Collection[str] | None = None,
) -> Travelling:
    """Insert or merge one record; `only`: the fields the pack may change (None: all)."""
    key = key_of(entry, model)
    theirs = entry["fields"]
    if not isinstance(theirs, dict):
        raise _bad(model, key, "its fields are not an object")
    _values(model, key, theirs)  # the whole record as stored here, before any of it is used
    try:
        base = checked_base(model, entry.get("base"))
    except ValueError as exc:
        raise _bad(model, key, f"its base: {exc}") from None
    known = _known(peer, model, key)
    if known is not None and theirs["revision"] < known.revision:
        # An older pack from that peer than one already taken (two return packs imported
        # newest first): its values are what the newer pack changed, never a change.
        result.unchanged += 1
        result.kept.append(f"{model._meta.table_name} {key}: older than a pack imported before")
        return model.get(model.uuid == uuid.UUID(key))
    row = model.get_or_none(model.uuid == uuid.UUID(key)) or _same_by_name(model, theirs)
    if row is None:
        row = _insert(unit, model, key, theirs)
        result.created += 1
    else:
        _merge(unit, model, row, key, theirs, base, known, pack_uuid, result, only)
    _remember(peer, model, key, theirs)
    return row


def _known(peer: str, model: type[Travelling], key: str) -> SyncBase | None:
    """The record as this end last took it from `peer`, if it ever did."""
    return SyncBase.get_or_none(
        (SyncBase.peer == peer)
        & (SyncBase.record_table == model._meta.table_name)
        & (SyncBase.record_uuid == key)
    )


def _insert(unit: Unit, model: type[Travelling], key: str, theirs: dict[str, Any]) -> Travelling:
    values = _values(model, key, theirs)
    row = model(**values)
    row.save(force_insert=True)
    unit.audit("import", row, {"revision": row.revision})
    return row


def _merge(
    unit: Unit,
    model: type[Travelling],
    row: Travelling,
    key: str,
    theirs: dict[str, Any],
    pack_base: dict[str, Any] | None,
    known: SyncBase | None,
    pack_uuid: str,
    result: Any,
    only: Collection[str] | None,
) -> None:
    ours_plain = to_plain(row)
    # What this end last took from that peer is newer than the base the pack names.
    base = json.loads(known.fields) if known else pack_base
    ours, other = changeable(ours_plain), changeable(theirs)
    if only is not None:
        ours = {k: v for k, v in ours.items() if k in only}
    merged = merge_fields(base, ours, other, SETTLED.get(model._meta.table_name))
    for conflict in merged.conflicts:
        _keep_conflict(pack_uuid, model, str(row.uuid), conflict)
    result.conflicts += len(merged.conflicts)
    if str(row.uuid) != key and type(row) in SEEDED:  # the file's own seed takes the identity
        row.uuid = uuid.UUID(key)
    if not merged.take and (str(ours_plain["uuid"]) == key or type(row) not in SEEDED):
        result.unchanged += 1
        return
    values = _values(model, key, {**ours_plain, **merged.take})
    for name in merged.take:
        setattr(row, name, values[name])
    unit.stamp(row, new=False)
    row.save()
    unit.audit("merge", row, {"pack": pack_uuid, "fields": sorted(merged.take)})
    result.merged += 1


def _keep_conflict(pack_uuid: str, model: type[Model], key: str, conflict: Any) -> None:
    MergeConflict.create(
        pack_uuid=pack_uuid,
        record_table=model._meta.table_name,
        record_uuid=key,
        field=conflict.field,
        base_value=json.dumps(conflict.base, ensure_ascii=False),
        ours=json.dumps(conflict.ours, ensure_ascii=False),
        theirs=json.dumps(conflict.theirs, ensure_ascii=False),
    )


def _remember(peer: str, model: type[Model], key: str, theirs: dict[str, Any]) -> None:
    SyncBase.replace(
        peer=peer,
        record_table=model._meta.table_name,
        record_uuid=key,
        revision=int(theirs.get("revision") or 0),
        fields=json.dumps(changeable(theirs), ensure_ascii=False, sort_keys=True),
    ).execute()


def _values(model: type[Travelling], key: str, plain: dict[str, Any]) -> dict[str, Any]:
    try:
        return from_plain(model, plain)
    except UnknownReference as exc:
        raise translated(
            CONTEXT, MISSING, table=model._meta.table_name, key=key, what=str(exc)
        ) from None
    except (KeyError, ValueError, TypeError) as exc:
        raise _bad(model, key, f"{type(exc).__name__}: {exc}") from None


def _bad(model: type[Model], key: str, reason: str):
    return translated(CONTEXT, BAD_RECORD, table=model._meta.table_name, key=key, reason=reason)


def _same_by_name(model: type[Travelling], theirs: dict[str, Any]) -> Travelling | None:
    """The same record under another uuid, found by what is unique about it. One a new file
    made by itself (seeded roles, defect types, the default template: SEEDED) takes the
    travelling uuid; a coil line or a photo both ends added to a visit keeps its own, and the
    two are compared field by field."""
    if model is Role or model is DefectType:
        return model.get_or_none(model.code == str(theirs.get("code")))
    if model is ChecklistTemplateVersion:
        return model.get_or_none(
            (model.code == str(theirs.get("code"))) & (model.version == theirs.get("version"))
        )
    if model is Customer:
        return model.get_or_none(model.name == str(theirs.get("name")))
    if model is VisitCoil or model is VisitPhoto:
        visit = Visit.get_or_none(Visit.uuid == _uuid(theirs.get("visit")))
        if visit is None:
            return None
        if model is VisitCoil:
            return model.get_or_none(
                (model.visit == visit) & (model.coil_no == str(theirs.get("coil_no")))
            )
        return model.get_or_none((model.visit == visit) & (model.media == str(theirs.get("media"))))
    return None


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None
