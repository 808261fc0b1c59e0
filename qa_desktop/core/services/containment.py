"""A case's containment (D3): the suspect material by place, read and saved whole.

The lines of a case are saved together in one transaction, as the screen holds them, checked by
core/containment.py; a line keeps its uuid when it is edited (containment lines travel). The
case's containment has a revision of its own, the number of saves that changed it: each such
save writes a "containment" entry on the complaint in the audit trail (beside one entry per
line created, changed or removed), so the trail says who saved and the complaint's history
shows it, and the complaint's own revision is left alone (an open complaint form stays valid).

The lines at the customer are taken from the case's finished site visits
(core/containment_visits.py), linked to the visit's coil line, so nothing counted there is
typed twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from peewee import JOIN

from qa_desktop.core.clock import Clock, from_storage, utc_now
from qa_desktop.core.containment import (
    QUANTITIES,
    CleanLine,
    ContainmentDraft,
    Totals,
    check_lines,
    shown,
)
from qa_desktop.core.containment import totals as add_up
from qa_desktop.core.containment_visits import Taken, VisitFigures, proposed_lines, take
from qa_desktop.core.errors import FieldError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import (
    AuditEntry,
    Complaint,
    ContainmentLine,
    Visit,
    VisitCoil,
)
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.complaints import stored_complaint
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.eightd_facts import printed_name
from qa_desktop.core.vocab import Action, VisitState

CONTEXT = "Containment"
SAVED = "containment"  # the audit action of a save, on the complaint
TABLE = Complaint._meta.table_name
STALE = QT_TRANSLATE_NOOP(
    "Containment",
    "The containment of {case} was saved by {user} after you opened it; open it again to see "
    "their lines.",
)
NOT_OURS = QT_TRANSLATE_NOOP("Containment", "Line {line} is not a containment line of {case}.")
REPEATED = QT_TRANSLATE_NOOP(
    "Containment", "Line {line} is line {other} again; a line is saved once."
)
OTHER_VISIT = QT_TRANSLATE_NOOP(
    "Containment", "Line {line} is taken from a coil line that is not of a site visit of {case}."
)
FIELDS = ("place", "reference", *QUANTITIES, "unit", "ok_marking", "result")


@dataclass(frozen=True)
class CaseContainment:
    """A case's containment as stored, with the figures of its site visits' coil lines."""

    complaint_id: int
    case_no: str
    revision: int  # the saves that changed it; the next save names the one it started from
    lines: tuple[ContainmentDraft, ...]
    figures: tuple[VisitFigures, ...]
    saved_by: str  # who saved it last (their name), "" before the first save
    saved_at: datetime | None  # aware UTC

    def proposed(self) -> list[ContainmentDraft]:
        """The lines the finished site visits give (core/containment_visits.py)."""
        return proposed_lines(list(self.figures))


# ----- reading ---------------------------------------------------------------------------------
def containment_of(complaint_id: int, lang: str | None = None) -> CaseContainment:
    complaint = stored_complaint(complaint_id, lang)
    last = _saves(complaint).order_by(AuditEntry.id.desc()).first()
    rows = _rows(complaint.id)
    if last is not None:
        saved_by, saved_at = last.actor, last.at
    elif rows:  # lines written without a save entry (the demo's bulk cases): as the rows say
        newest = max(rows, key=lambda row: row.updated_at)
        saved_by, saved_at = newest.updated_by, newest.updated_at
    else:
        saved_by, saved_at = "", None
    return CaseContainment(
        complaint_id=complaint.id,
        case_no=complaint.case_no,
        revision=_saves(complaint).count(),
        lines=tuple(_draft(row) for row in rows),
        figures=tuple(visit_figures(complaint.id)),
        saved_by=printed_name(saved_by) if saved_by else "",
        saved_at=None if saved_at is None else from_storage(saved_at),
    )


def visit_figures(complaint_id: int) -> list[VisitFigures]:
    """The coil lines of the case's site visits (cancelled ones have none), by visit and line."""
    query = (
        VisitCoil.select(VisitCoil, Visit)
        .join(Visit)
        .where((Visit.complaint == complaint_id) & (Visit.state != VisitState.CANCELLED.value))
        .order_by(Visit.number, VisitCoil.position)
    )
    return [
        VisitFigures(
            visit_coil=str(line.uuid),
            visit_number=line.visit.number,
            finished=VisitState(line.visit.state) is VisitState.FINISHED,
            coil_no=line.coil_no,
            used=line.used,
            unused=line.unused,
            defective_used=line.defective_used,
            defective_unused=line.defective_unused,
            unit=line.unit,
        )
        for line in query
    ]


def from_site_visits(complaint_id: int) -> list[ContainmentDraft]:
    """The lines at the customer the case's finished site visits give."""
    return proposed_lines(visit_figures(complaint_id))


def take_from_site_visits(complaint_id: int, current: Sequence[ContainmentDraft]) -> Taken:
    """The lines on screen with the finished visits' figures taken in (nothing is written)."""
    return take(list(current), from_site_visits(complaint_id))


def containment_recorded(complaint_id: int) -> bool:
    """What the workflow asks before investigation: some place was checked, i.e. a line with
    a quantity checked. Zero counts: stock checked and none found is a containment result."""
    return (
        ContainmentLine.select()
        .where((ContainmentLine.complaint == complaint_id) & ContainmentLine.checked.is_null(False))
        .exists()
    )


def totals(complaint_id: int) -> Totals:
    """The stored lines added up per place and unit, and per unit (for the 8D report)."""
    return add_up([_clean(row, index) for index, row in enumerate(_rows(complaint_id))])


# ----- saving ----------------------------------------------------------------------------------
def save_containment(
    complaint_id: int,
    expected_revision: int,
    drafts: Sequence[ContainmentDraft],
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> CaseContainment:
    """Save every line of the case as `drafts` holds them (the table's rows, blank ones too,
    so an error's row is the table's), unless someone saved since `expected_revision`."""
    clean, errors = check_lines(list(drafts), lang)
    if errors:
        raise ValidationError(errors)
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = stored_complaint(complaint_id, lang)
        refuse_closed(complaint, lang)
        saves = _saves(complaint)
        if saves.count() != expected_revision:
            last = saves.order_by(AuditEntry.id.desc()).first()
            user = printed_name(last.actor) if last else ""
            raise translated(CONTEXT, STALE, lang, case=complaint.case_no, user=user)
        existing = {str(row.uuid): row for row in _rows(complaint.id)}
        coils = _check_links(complaint, clean, existing, lang)
        counts = _write(unit, complaint, clean, existing, coils)
        if any(counts.values()):
            unit.audit_key(SAVED, TABLE, str(complaint.uuid), {"lines": len(clean), **counts})
    return containment_of(complaint_id, lang)


def _check_links(
    complaint: Complaint,
    clean: list[CleanLine],
    existing: dict[str, ContainmentLine],
    lang: str | None,
) -> dict[str, int]:
    """Every line's uuid is one of the case's lines, once; every visit link a coil line of one
    of the case's visits. The visit coil lines' ids by uuid."""
    errors: list[FieldError] = []
    seen: dict[str, int] = {}
    links = {line.visit_coil for line in clean if line.visit_coil}
    coils = {
        str(coil.uuid): coil.id
        for coil in VisitCoil.select(VisitCoil.id, VisitCoil.uuid)
        .join(Visit)
        .where(Visit.complaint == complaint)
        if str(coil.uuid) in links
    }

    def refuse(line: CleanLine, field: str, message: str, **values: object) -> None:
        text = translate(CONTEXT, message, lang).format(line=line.row + 1, **values)
        errors.append(FieldError(field, text, line.row))

    for line in clean:
        key = _uuid_text(line.uuid)
        if line.uuid and key not in existing:
            refuse(line, "place", NOT_OURS, case=complaint.case_no)
        elif key in seen:
            refuse(line, "place", REPEATED, other=seen[key] + 1)
        elif key:
            seen[key] = line.row
        if line.visit_coil and _uuid_text(line.visit_coil) not in coils:
            refuse(line, "reference", OTHER_VISIT, case=complaint.case_no)
    if errors:
        raise ValidationError(errors)
    return coils


def _write(
    unit: Unit,
    complaint: Complaint,
    clean: list[CleanLine],
    existing: dict[str, ContainmentLine],
    coils: dict[str, int],
) -> dict[str, int]:
    counts = {"added": 0, "changed": 0, "removed": 0}
    kept: set[str] = set()
    for position, line in enumerate(clean):
        key = _uuid_text(line.uuid)
        row = existing.get(key) if key else None
        values: dict[str, Any] = {name: getattr(line, name) for name in FIELDS}
        values["visit_coil"] = coils.get(_uuid_text(line.visit_coil)) if line.visit_coil else None
        values["position"] = position
        if row is None:
            row = ContainmentLine(uuid=uuid.uuid4(), complaint=complaint)
        else:
            kept.add(key)
            if not _differs(row, values):
                continue
        new = row.id is None
        for name, value in values.items():
            setattr(row, name, value)
        unit.stamp(row, new=new)
        row.save(force_insert=new)
        unit.audit("create" if new else "update", row, _audited(line))
        counts["added" if new else "changed"] += 1
    for key, row in existing.items():
        if key not in kept:
            unit.audit("delete", row, {"place": row.place, "reference": row.reference})
            row.delete_instance()
            counts["removed"] += 1
    return counts


def _differs(row: ContainmentLine, values: dict[str, Any]) -> bool:
    for name, new in values.items():
        old = row.visit_coil_id if name == "visit_coil" else getattr(row, name)
        if isinstance(old, Decimal) or isinstance(new, Decimal):
            if (old is None) != (new is None) or (old is not None and Decimal(old) != new):
                return True
        elif (old if old is not None else "") != (new if new is not None else ""):
            return True
    return False


def _audited(line: CleanLine) -> dict[str, object]:
    detail: dict[str, object] = {name: getattr(line, name) for name in FIELDS}
    for name in QUANTITIES:
        value = detail[name]
        detail[name] = None if value is None else shown(value)  # type: ignore[arg-type]
    if line.visit_coil:
        detail["visit_coil"] = line.visit_coil
    return detail


# ----- inside ----------------------------------------------------------------------------------
def _saves(complaint: Complaint):
    return AuditEntry.select().where(
        (AuditEntry.record_uuid == str(complaint.uuid))
        & (AuditEntry.table == TABLE)
        & (AuditEntry.action == SAVED)
    )


def _rows(complaint_id: int) -> list[ContainmentLine]:
    """The case's lines in order, each with its visit coil line's uuid (one query)."""
    query = (
        ContainmentLine.select(ContainmentLine, VisitCoil.uuid.alias("visit_coil_uuid"))
        .join(VisitCoil, JOIN.LEFT_OUTER, on=ContainmentLine.visit_coil == VisitCoil.id)
        .where(ContainmentLine.complaint == complaint_id)
        .order_by(ContainmentLine.position, ContainmentLine.id)
        .objects()
    )
    return list(query)


def _visit_coil_uuid(row: ContainmentLine) -> str:
    value = getattr(row, "visit_coil_uuid", None)
    return "" if value is None else str(uuid.UUID(str(value)))


def _draft(row: ContainmentLine) -> ContainmentDraft:
    figures = {name: "" if getattr(row, name) is None else shown(getattr(row, name))
               for name in QUANTITIES}  # fmt: skip
    return ContainmentDraft(
        place=row.place, reference=row.reference, unit=row.unit, ok_marking=row.ok_marking,
        result=row.result, uuid=str(row.uuid), visit_coil=_visit_coil_uuid(row), **figures,
    )  # fmt: skip


def _clean(row: ContainmentLine, index: int) -> CleanLine:
    figures = {name: None if getattr(row, name) is None else Decimal(getattr(row, name))
               for name in QUANTITIES}  # fmt: skip
    return CleanLine(
        place=row.place, reference=row.reference, unit=row.unit, ok_marking=row.ok_marking,
        result=row.result, uuid=str(row.uuid), visit_coil=_visit_coil_uuid(row), row=index,
        **figures,
    )  # fmt: skip


def _uuid_text(text: str) -> str:
    """A uuid as stored ("" for none; the text itself when it is not one, so it matches none)."""
    if not text:
        return ""
    try:
        return str(uuid.UUID(str(text)))
    except ValueError:
        return str(text)
