"""A complaint's 8D as it is read: the content stored (an empty 8D for a case that has none),
each step's plan and completion and, while a step is open again, why it was reopened (its
last voided signature). Apart from services/eightd.py, which writes it and re-exports what its
callers read from here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from qa_desktop.core.clock import from_storage
from qa_desktop.core.eightd import (
    STEPS,
    EightDContent,
    content_from_json,
    empty_content,
    root_cause_recorded,
    step,
    step_hash,
)
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import Complaint, EightD, EightDStep, Signature
from qa_desktop.core.services.eightd_facts import printed_name

__all__ = [
    "CONTEXT",
    "RECORD_TABLE",
    "EightDView",
    "StepState",
    "complaint_of",
    "has_root_cause",
    "read_8d",
    "step_state",
    "stored_content",
    "view_of",
]

CONTEXT = "EightD"
RECORD_TABLE = "eight_d"  # Signature.record_table of a completed step

NO_CASE = QT_TRANSLATE_NOOP("EightD", "There is no such complaint (it was removed).")


@dataclass(frozen=True)
class StepState:
    """One step's plan and completion, and, while open again, why it was reopened."""

    step: int
    owner: str = ""  # user id
    owner_name: str = ""
    target_date: date | None = None
    completed_at: datetime | None = None  # aware, UTC
    completed_by: str = ""
    completed_by_name: str = ""
    content_hash: str = ""  # what the completer signed
    signature_uuid: str = ""
    reopened_at: datetime | None = None  # aware, UTC: the last completion voided
    reopen_reason: str = ""  # as stored (English for a save's; screens translate eightd.CHANGED)

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    @property
    def reopened(self) -> bool:
        return not self.completed and self.reopened_at is not None

    def overdue(self, today: date) -> bool:
        return not self.completed and self.target_date is not None and self.target_date < today


@dataclass(frozen=True)
class EightDView:
    """A complaint's 8D as an editor shows it; `revision` 0 while none was ever saved."""

    complaint_id: int
    case_no: str
    content: EightDContent
    revision: int
    updated_by: str
    steps: tuple[StepState, ...]  # D0..D8, always nine

    def step(self, number: int) -> StepState:
        return self.steps[step(number).number]

    def changed_since(self, number: int) -> bool:
        """A completed step whose content is no longer what its completer signed (a change
        made outside QA Desktop: a save reopens the step instead)."""
        state = self.step(number)
        return state.completed and state.content_hash != step_hash(self.content, number)


def read_8d(complaint_id: int, lang: str | None = None) -> EightDView:
    """The complaint's 8D; an empty one for a case that has none."""
    complaint = complaint_of(complaint_id, lang)
    row = EightD.get_or_none(EightD.complaint == complaint)
    return view_of(complaint, row, lang)


def has_root_cause(complaint_id: int) -> bool:
    """The workflow's ROOT_CAUSE_RECORDED: the complaint's 8D names a verified root cause in
    words for both the occurrence and the escape (core/eightd.root_cause_recorded)."""
    row = EightD.get_or_none(EightD.complaint == complaint_id)
    return root_cause_recorded(stored_content(row))


def stored_content(row: EightD | None, lang: str | None = None) -> EightDContent:
    """The content a row holds ("{}", the table's default, is an empty 8D)."""
    if row is None or row.content.strip() in ("", "{}"):
        return empty_content()
    return content_from_json(row.content, lang)


def view_of(complaint: Complaint, row: EightD | None, lang: str | None) -> EightDView:
    content = stored_content(row, lang)
    rows = {s.step: s for s in EightDStep.select().where(EightDStep.complaint == complaint)}
    voided = _last_voided(row)
    return EightDView(
        complaint_id=complaint.id,
        case_no=complaint.case_no,
        content=content,
        revision=row.revision if row is not None else 0,
        updated_by=row.updated_by if row is not None else "",
        steps=tuple(step_state(n, rows.get(n), voided.get(n)) for n in range(len(STEPS))),
    )


def _last_voided(row: EightD | None) -> dict[int, Signature]:
    if row is None:
        return {}
    found: dict[int, Signature] = {}
    query = Signature.select().where(
        (Signature.record_table == RECORD_TABLE)
        & (Signature.record_uuid == str(row.uuid))
        & Signature.void
    )
    for signature in query.order_by(Signature.id):
        found[signature.step] = signature  # the last one wins
    return found


def step_state(number: int, row: EightDStep | None, voided: Signature | None) -> StepState:
    if row is None:
        return StepState(number)
    reopened = voided if voided is not None and row.completed_at is None else None
    return StepState(
        step=number,
        owner=row.owner,
        owner_name=printed_name(row.owner) if row.owner else "",
        target_date=row.target_date,
        completed_at=from_storage(row.completed_at) if row.completed_at else None,
        completed_by=row.completed_by,
        completed_by_name=printed_name(row.completed_by) if row.completed_by else "",
        content_hash=row.content_hash,
        signature_uuid=row.signature_uuid,
        reopened_at=from_storage(reopened.voided_at) if reopened and reopened.voided_at else None,
        reopen_reason=reopened.void_reason if reopened else "",
    )


def complaint_of(complaint_id: int, lang: str | None) -> Complaint:
    """The complaint `complaint_id`, or the sentence that it is gone."""
    found = Complaint.get_or_none(Complaint.id == complaint_id)
    if found is None:
        raise translated(CONTEXT, NO_CASE, lang)
    return found
