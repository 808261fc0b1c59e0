"""A return pack merged into the factory's database: the field user's visits, coil lines, photos
and the customers' confirmations, and nothing else.

The rules hold as they do for a save on the laptop: only visits the factory assigned to the
pack's signer, only the fields a field user fills (the plan stays the factory's), coil lines
checked as a screen checks them, every confirmation quantities only with its witness's
signature verifying. A field changed at both ends is a conflict kept for a QA engineer; a
confirmation whose quantities lost the merge is void, visibly. Deletions on the laptop delete
here only what the factory left as it was."""

from __future__ import annotations

import uuid
from typing import Any

from qa_desktop.core.errors import ValidationError, translated
from qa_desktop.core.exchange.pack_apply import BAD_RECORD, apply_record, key_of, model_of
from qa_desktop.core.exchange.pack_format import Manifest
from qa_desktop.core.exchange.pack_records import RETURN_TABLES, changeable, to_plain
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import Confirmation, MergeConflict, Visit, VisitCoil, VisitPhoto
from qa_desktop.core.services import confirmations
from qa_desktop.core.services.confirmations import void_if_changed
from qa_desktop.core.services.context import Unit
from qa_desktop.core.vocab import VisitState

CONTEXT = "Packs"
# What a field user fills on site; the plan (who, when, where) is the factory's.
LAPTOP_FIELDS = frozenset({"state", "answers", "findings", "started_at", "finished_at"})
UNKNOWN_VISIT = QT_TRANSLATE_NOOP(
    "Packs", "The pack holds a visit this database never planned ({key})."
)
NOT_ASSIGNED = QT_TRANSLATE_NOOP(
    "Packs", "Visit {number} of {case} is assigned to {user}, not to the pack's signer {signer}."
)
OUTSIDE = QT_TRANSLATE_NOOP(
    "Packs", "The pack's {table} record {key} belongs to no visit the pack brings."
)
BAD_RECORD_OF = QT_TRANSLATE_NOOP(
    "Packs", "The record of visit {number} of {case} is refused: {reason}"
)
BAD_CONFIRMATION = QT_TRANSLATE_NOOP(
    "Packs", "The customer's confirmation on visit {number} of {case} does not verify: {reason}."
)
BAD_STATE = QT_TRANSLATE_NOOP("Packs", "Visit {number} of {case} has an unknown state.")
NOT_LAPTOP_STATE = QT_TRANSLATE_NOOP(
    "Packs",
    "The pack makes visit {number} of {case} {state}, which a field laptop cannot: it only "
    "starts, finishes and reopens visits.",
)
# What a return pack may change of a record stored here already. A coil line and a photo keep
# their visit; a confirmation is what was signed and never changes but for being voided (and a
# void one stays void: pack_apply.SETTLED).
ONLY: dict[Any, frozenset[str] | None] = {
    Visit: LAPTOP_FIELDS,
    VisitCoil: None,  # every field but `visit`, which _check_owner holds to the stored one
    VisitPhoto: None,
    Confirmation: frozenset({"void", "void_reason", "voided_at"}),
}
LAPTOP_STATES = frozenset({VisitState.IN_PROGRESS.value, VisitState.FINISHED.value})


def merge_return(unit: Unit, manifest: Manifest, document: dict[str, Any], result: Any) -> None:
    signer = manifest.signer.user_id
    peer = manifest.fields.source_database
    entries = [(model_of(entry, RETURN_TABLES), entry) for entry in document["records"]]
    visits = _visits(entries, signer)
    for model, entry in entries:
        if model is not Visit:
            _check_owner(model, entry, visits)
        apply_record(unit, model, entry, peer, manifest.pack_uuid, result, ONLY[model])
    _deletions(unit, document["deleted"], visits, result)
    for key in visits:
        visit = Visit.get(Visit.uuid == uuid.UUID(key))
        _check_visit(visit, signer)
        if not pending_conflicts(visit):
            void_if_changed(unit, visit)  # signed over quantities that lost the merge


def _visits(entries: list[tuple[Any, dict]], signer: str) -> set[str]:
    keys: set[str] = set()
    for model, entry in entries:
        if model is not Visit:
            continue
        key = key_of(entry, model)
        visit = Visit.get_or_none(Visit.uuid == uuid.UUID(key))
        if visit is None:
            raise translated(CONTEXT, UNKNOWN_VISIT, key=key)
        if visit.assignee != signer:
            raise translated(
                CONTEXT, NOT_ASSIGNED, number=visit.number, case=visit.complaint.case_no,
                user=visit.assignee, signer=signer,
            )  # fmt: skip
        _check_state(visit, entry)
        keys.add(key)
    return keys


def _check_state(visit: Visit, entry: dict[str, Any]) -> None:
    """A laptop starts, finishes and reopens a visit; cancelling (or planning) it again is the
    factory's, so a pack that does is beyond its signer's authority."""
    state = entry["fields"].get("state")
    base = entry.get("base")
    unchanged = isinstance(base, dict) and base.get("state") == state
    if state not in LAPTOP_STATES and not unchanged:
        raise translated(
            CONTEXT, NOT_LAPTOP_STATE, number=visit.number, case=visit.complaint.case_no,
            state=str(state)[:40],
        )  # fmt: skip


def _check_owner(model: Any, entry: dict[str, Any], visits: set[str]) -> None:
    """The record belongs to one of the pack's visits, and, if stored here already, it was
    that visit's: a coil line or photo of another visit is never moved or edited through it."""
    owner = entry["fields"].get("visit") if isinstance(entry.get("fields"), dict) else None
    key = key_of(entry, model)
    stored = model.get_or_none(model.uuid == uuid.UUID(key))
    if str(owner) not in visits or (stored is not None and str(stored.visit.uuid) != str(owner)):
        raise translated(CONTEXT, OUTSIDE, table=model._meta.table_name, key=key)


def _check_visit(visit: Visit, signer: str) -> None:
    """What the laptop's services check on a save, checked again as it arrives."""
    where = {"number": visit.number, "case": visit.complaint.case_no}
    if visit.state not in {state.value for state in VisitState}:
        raise translated(CONTEXT, BAD_STATE, **where)
    from qa_desktop.core.services.visit_record import check_stored

    try:
        check_stored(visit)
    except ValidationError as exc:
        raise translated(CONTEXT, BAD_RECORD_OF, reason=str(exc), **where) from None
    for row in visit.confirmations.order_by(Confirmation.id):
        found = confirmations.problems(row)
        if row.witness != signer and not row.void:
            found.append("it was collected by someone else than the pack's signer")
        if found:
            raise translated(CONTEXT, BAD_CONFIRMATION, reason=found[0], **where)


def _deletions(unit: Unit, deleted: list[Any], visits: set[str], result: Any) -> None:
    models = {m._meta.table_name: m for m in (VisitCoil, VisitPhoto)}
    for item in deleted:
        model = models.get(str(item.get("table")) if isinstance(item, dict) else "")
        if model is None:
            continue
        row = model.get_or_none(model.uuid == _deleted_key(model, item))
        if row is None or str(row.visit.uuid) not in visits:
            continue
        base = item.get("base")
        if isinstance(base, dict) and changeable(to_plain(row)) == changeable(base):
            unit.audit("delete", row, {"pack": "return"})
            row.delete_instance()
            result.deleted += 1
        else:
            result.kept.append(f"{model._meta.table_name} {row.uuid}: changed here, not deleted")


def _deleted_key(model: Any, item: dict[str, Any]) -> uuid.UUID:
    try:
        return uuid.UUID(str(item["uuid"]))
    except (KeyError, ValueError):
        raise translated(
            CONTEXT, BAD_RECORD, table=model._meta.table_name, key="?", reason="no uuid"
        ) from None


def pending_conflicts(visit: Visit) -> bool:
    """Whether a pack left a choice open on the visit or its coil lines (verify waits for it)."""
    keys = [str(visit.uuid), *(str(line.uuid) for line in visit.coils)]
    return (
        MergeConflict.select()
        .where(MergeConflict.record_uuid.in_(keys) & MergeConflict.resolved_at.is_null())
        .exists()
    )
