"""Actions (CAPA) as screens and printouts list them: a case's actions, and across every case
those overdue or falling due soon (the main window's "overdue actions"). Reading only.

"Today" is the department's: an action due on the 5th is overdue from the 6th in the department's
zone, wherever the PC is. Only open actions are overdue or due: a done one waits for QA, not for
its owner. The lists across cases read the indexed `state` and `due_date` of `case_action` and
the few rows they find (EXPLAIN QUERY PLAN in tests/core/test_action_lists.py); the names of the
owners, the evidence counts and the reasons are read once per list, never per row.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import fn

from qa_desktop.core import settings
from qa_desktop.core.action_rules import ActionDraft
from qa_desktop.core.clock import from_storage, utc_now
from qa_desktop.core.models import (
    ActionEvidence,
    AuditEntry,
    CaseAction,
    Complaint,
    Media,
    UserAccount,
)
from qa_desktop.core.vocab import ActionKind, ActionState

CHUNK = 900  # ids per IN (…): well under SQLite's limit of bound variables
# The audit entries that say why an action is where it is: sent back (reject) or cancelled.
REASONED = {"reject": ActionState.OPEN, "cancel": ActionState.CANCELLED}


@dataclass(frozen=True)
class ActionRow:
    """One action as a list shows it."""

    uuid: str
    revision: int
    complaint_id: int
    case_no: str
    number: int
    kind: ActionKind
    cause: str  # vocab.ActionCause or ""
    description: str
    owner: str  # user id
    owner_name: str
    department: str
    due_date: date
    state: ActionState
    expected_effect: int | None
    quantity: str
    date_code_from: str
    done_at: datetime | None  # aware UTC
    done_note: str
    verified_at: datetime | None  # aware UTC
    verified_by: str  # user id
    verifier_name: str
    verification_note: str
    internal_note: str
    evidence: int  # how many files
    reason: str  # why it was sent back (open) or cancelled, while it is so
    overdue: bool  # open, and due before the department's today

    def draft(self) -> ActionDraft:
        """The action as its form edits it."""
        return ActionDraft(
            kind=self.kind.value,
            description=self.description,
            owner=self.owner,
            department=self.department,
            due_date=self.due_date,
            cause=self.cause,
            expected_effect=self.expected_effect,
            quantity=self.quantity,
            date_code_from=self.date_code_from,
            internal_note=self.internal_note,
        )


@dataclass(frozen=True)
class EvidenceInfo:
    """One evidence file as a list shows it: its thumbnail, never the file."""

    id: int
    filename: str
    sha256: str
    kind: str  # "image" or "file"
    mime: str
    size: int
    thumbnail: bytes | None
    added_at: datetime  # aware UTC
    added_by: str


def department_today(now: datetime) -> date:
    """The day `now` (aware) falls on in the department's zone."""
    return now.astimezone(settings.department_zone()).date()


def actions_of(complaint_id: int, now: datetime | None = None) -> list[ActionRow]:
    """The complaint's actions by number, cancelled ones included (overdue as of `now`)."""
    query = _rows().where(CaseAction.complaint == complaint_id).order_by(CaseAction.number)
    return _listed(query, department_today(now or utc_now()))


def overdue(now: datetime, owner: str | None = None) -> list[ActionRow]:
    """Open actions due before today, across every case, the longest overdue first."""
    today = department_today(now)
    query = _open(owner).where(CaseAction.due_date < today)
    return _listed(query.order_by(CaseAction.due_date, Complaint.case_no, CaseAction.number), today)


def due_within(now: datetime, days: int, owner: str | None = None) -> list[ActionRow]:
    """Open actions due from today to `days` days ahead, across every case, soonest first."""
    today = department_today(now)
    last = today + timedelta(days=max(0, days))
    query = _open(owner).where((CaseAction.due_date >= today) & (CaseAction.due_date <= last))
    return _listed(query.order_by(CaseAction.due_date, Complaint.case_no, CaseAction.number), today)


def action_row(action_uuid: str, now: datetime | None = None) -> ActionRow | None:
    """One action as lists show it (None when there is no such action)."""
    try:
        key = uuid.UUID(str(action_uuid))
    except ValueError:
        return None
    rows = _listed(_rows().where(CaseAction.uuid == key), department_today(now or utc_now()))
    return rows[0] if rows else None


def evidence_of(action_uuid: str) -> list[EvidenceInfo]:
    try:
        key = uuid.UUID(str(action_uuid))
    except ValueError:
        return []
    query = (
        ActionEvidence.select(
            ActionEvidence.id, ActionEvidence.filename, Media.sha256, Media.kind, Media.mime,
            Media.size, Media.thumbnail, ActionEvidence.added_at, ActionEvidence.added_by,
        )
        .join(Media)
        .switch(ActionEvidence)
        .join(CaseAction)
        .where(CaseAction.uuid == key)
        .order_by(ActionEvidence.position, ActionEvidence.id)
        .tuples()
    )  # fmt: skip
    return [
        EvidenceInfo(*row[:7], from_storage(row[7]), row[8])  # type: ignore[arg-type]
        for row in query
    ]


# ----- building rows ------------------------------------------------------------------------------
def _rows():
    return CaseAction.select(CaseAction, Complaint.case_no).join(Complaint)


def _open(owner: str | None):
    query = _rows().where(CaseAction.state == ActionState.OPEN.value)
    return query if owner is None else query.where(CaseAction.owner == owner)


def _listed(query, today: date) -> list[ActionRow]:
    actions = list(query)
    ids = [a.id for a in actions]
    names = _names({a.owner for a in actions} | {a.verified_by for a in actions if a.verified_by})
    files = _evidence_counts(ids)
    reasons = _reasons([a for a in actions if a.state in _REASON_STATES])
    return [
        _row(a, today, names, files.get(a.id, 0), reasons.get(str(a.uuid), "")) for a in actions
    ]


_REASON_STATES = frozenset(state.value for state in REASONED.values())


def _row(
    action: CaseAction, today: date, names: dict[str, str], files: int, reason: str
) -> ActionRow:
    state = ActionState(action.state)
    return ActionRow(
        uuid=str(action.uuid),
        revision=action.revision,
        complaint_id=action.complaint_id,
        case_no=action.complaint.case_no,
        number=action.number,
        kind=ActionKind(action.kind),
        cause=action.cause,
        description=action.description,
        owner=action.owner,
        owner_name=names.get(action.owner, action.owner),
        department=action.department,
        due_date=action.due_date,
        state=state,
        expected_effect=action.expected_effect,
        quantity=action.quantity,
        date_code_from=action.date_code_from,
        done_at=from_storage(action.done_at) if action.done_at else None,
        done_note=action.done_note,
        verified_at=from_storage(action.verified_at) if action.verified_at else None,
        verified_by=action.verified_by,
        verifier_name=names.get(action.verified_by, action.verified_by),
        verification_note=action.verification_note,
        internal_note=action.internal_note,
        evidence=files,
        reason=reason,
        overdue=state is ActionState.OPEN and action.due_date < today,
    )


def _names(user_ids: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(user_ids)):
        query = UserAccount.select(UserAccount.user_id, UserAccount.display_name)
        for user_id, name in query.where(UserAccount.user_id.in_(chunk)).tuples():
            found[user_id] = name or user_id
    return found


def _evidence_counts(action_ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for chunk in _chunks(action_ids):
        query = (
            ActionEvidence.select(ActionEvidence.action, fn.COUNT(ActionEvidence.id))
            .where(ActionEvidence.action.in_(chunk))
            .group_by(ActionEvidence.action)
            .tuples()
        )
        counts.update(dict(query))
    return counts


def _reasons(actions: list[CaseAction]) -> dict[str, str]:
    """uuid -> why the action is where it is, for those sent back or cancelled: the reason of
    the last entry that moved it, when that was a send-back or a cancellation."""
    states = {str(a.uuid): ActionState(a.state) for a in actions}
    last: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(states)):
        query = (
            AuditEntry.select(AuditEntry.record_uuid, AuditEntry.action, AuditEntry.reason)
            .where(
                AuditEntry.record_uuid.in_(chunk)
                & AuditEntry.action.in_(["done", "verify", *REASONED])
            )
            .order_by(AuditEntry.id)
            .tuples()
        )
        for key, action, reason in query:
            last[key] = (action, reason)
    return {
        key: reason
        for key, (action, reason) in last.items()
        if REASONED.get(action) is states.get(key)
    }


def _chunks(items: list) -> Iterator[list]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
