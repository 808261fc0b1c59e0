"""Fields a visit pack found changed at both ends: listed side by side, and settled by a QA
engineer one field at a time. Until then the record keeps this database's value and the
pack's is kept beside it; choosing either is audited, and a customer confirmation whose
quantities lost is void, visibly."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.exchange.pack_records import BY_NAME, from_plain, to_plain
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import MergeConflict, Visit
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.vocab import Action

CONTEXT = "Conflicts"
OURS, THEIRS = "ours", "theirs"
GONE = QT_TRANSLATE_NOOP("Conflicts", "This conflict was settled or its record removed meanwhile.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Conflicts", "Choose this database's value or the pack's.")
FIELD_LABELS = {
    "state": QT_TRANSLATE_NOOP("Conflicts", "State"),
    "answers": QT_TRANSLATE_NOOP("Conflicts", "Checklist answers"),
    "findings": QT_TRANSLATE_NOOP("Conflicts", "Findings"),
    "started_at": QT_TRANSLATE_NOOP("Conflicts", "Started at"),
    "finished_at": QT_TRANSLATE_NOOP("Conflicts", "Finished at"),
    "heat_no": QT_TRANSLATE_NOOP("Conflicts", "Heat no."),
    "grade": QT_TRANSLATE_NOOP("Conflicts", "Grade"),
    "specification": QT_TRANSLATE_NOOP("Conflicts", "Specification"),
    "weight_kg": QT_TRANSLATE_NOOP("Conflicts", "Weight (kg)"),
    "used": QT_TRANSLATE_NOOP("Conflicts", "Used"),
    "unused": QT_TRANSLATE_NOOP("Conflicts", "Unused"),
    "defective_used": QT_TRANSLATE_NOOP("Conflicts", "Defective among used"),
    "defective_unused": QT_TRANSLATE_NOOP("Conflicts", "Defective among unused"),
    "unit": QT_TRANSLATE_NOOP("Conflicts", "Unit"),
    "caption": QT_TRANSLATE_NOOP("Conflicts", "Caption"),
}
WHERE = QT_TRANSLATE_NOOP("Conflicts", "Visit {number} of {case}")
WHERE_COIL = QT_TRANSLATE_NOOP("Conflicts", "Visit {number} of {case}, coil {coil}")
WHERE_PHOTO = QT_TRANSLATE_NOOP("Conflicts", "Visit {number} of {case}, photo {name}")


@dataclass(frozen=True)
class ConflictRow:
    id: int
    pack_uuid: str
    table: str
    record_uuid: str
    field: str
    where: str  # "Visit 1 of CC-2026-0042, coil S24A0817-05"
    label: str  # the field, translated
    base: Any
    ours: Any
    theirs: Any


def open_count() -> int:
    """How many fields wait for a choice (the File menu shows it)."""
    return MergeConflict.select().where(MergeConflict.resolved_at.is_null()).count()


def open_conflicts(lang: str | None = None) -> list[ConflictRow]:
    rows = MergeConflict.select().where(MergeConflict.resolved_at.is_null())
    found = []
    for row in rows.order_by(MergeConflict.id):
        record = _record(row)
        if record is None:
            continue
        found.append(
            ConflictRow(
                row.id,
                row.pack_uuid,
                row.record_table,
                row.record_uuid,
                row.field,
                _where(record, lang),
                _label(row.field, lang),
                _value(row.base_value),
                _value(row.ours),
                _value(row.theirs),
            )
        )
    return found


def resolve(choices: dict[int, str], actor: Actor, clock: Clock = utc_now) -> int:
    """Settle each conflict (id -> "ours" or "theirs") in one transaction; how many."""
    if any(choice not in (OURS, THEIRS) for choice in choices.values()):
        raise translated(CONTEXT, BAD_CHOICE)
    with write(actor, clock, needs=Action.EDIT) as unit:
        visits: dict[int, Visit] = {}
        for conflict_id, choice in choices.items():
            row = MergeConflict.get_or_none(
                (MergeConflict.id == conflict_id) & MergeConflict.resolved_at.is_null()
            )
            record = _record(row) if row is not None else None
            if row is None or record is None:
                raise translated(CONTEXT, GONE)
            _settle(unit, row, record, choice)
            visit = record if isinstance(record, Visit) else getattr(record, "visit", None)
            if visit is not None:
                visits[visit.id] = visit
        from qa_desktop.core.exchange.pack_merge import pending_conflicts
        from qa_desktop.core.services.confirmations import void_if_changed

        for visit in visits.values():
            if not pending_conflicts(visit):
                void_if_changed(unit, Visit.get_by_id(visit.id))
        return len(choices)


def _settle(unit: Unit, row: MergeConflict, record: Any, choice: str) -> None:
    model = type(record)
    if choice == THEIRS:
        plain = {**to_plain(record), row.field: json.loads(row.theirs)}
        setattr(record, row.field, from_plain(model, plain)[row.field])
        unit.stamp(record, new=False)
        record.save()
    row.resolved_at, row.resolved_by, row.choice = (
        to_storage(unit.clock()), unit.actor.user_id, choice
    )  # fmt: skip
    row.save()
    unit.audit(
        "resolve",
        record,
        {"field": row.field, "choice": choice, "ours": _value(row.ours), "theirs": _value(row.theirs),
         "pack": row.pack_uuid},
    )  # fmt: skip


def _record(row: MergeConflict) -> Any:
    model = BY_NAME.get(row.record_table)
    if model is None:
        return None
    return model.get_or_none(model.uuid == uuid.UUID(row.record_uuid))


def _where(record: Any, lang: str | None) -> str:
    visit = record if isinstance(record, Visit) else getattr(record, "visit", None)
    if visit is None:
        return f"{record._meta.table_name} {record.uuid}"
    values = {"number": visit.number, "case": visit.complaint.case_no}
    if hasattr(record, "filename"):
        return translate(CONTEXT, WHERE_PHOTO, lang).format(name=record.filename, **values)
    if hasattr(record, "coil_no") and not isinstance(record, Visit):
        return translate(CONTEXT, WHERE_COIL, lang).format(coil=record.coil_no, **values)
    return translate(CONTEXT, WHERE, lang).format(**values)


def _label(field: str, lang: str | None) -> str:
    text = FIELD_LABELS.get(field)
    return translate(CONTEXT, text, lang) if text else field


def _value(text: str | None) -> Any:
    return None if text is None else json.loads(text)
