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

from qa_desktop.core import settings
from qa_desktop.core.action_rules import ActionDraft
from qa_desktop.core.clock import from_storage, utc_now
from qa_desktop.core.models import (
    ActionEvidence,
    CaseAction,
    Complaint,
    Media,
    database_proxy,
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


def overdue_count(now: datetime, owner: str | None = None) -> int:
    """How many actions `overdue` would list (counted by the index, no rows built)."""
    return _open(owner).where(CaseAction.due_date < department_today(now)).count()


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
# The rows are read as SQLite gives them and converted here, not through Peewee's model
# instances or per-field conversions: a list of thousands of overdue actions builds several
# times faster (benchmarks/overdue_actions.py). The columns, in the order `_row` reads them:
_FIELDS = (
    CaseAction.id, CaseAction.uuid, CaseAction.revision, CaseAction.complaint, CaseAction.number,
    CaseAction.kind, CaseAction.cause, CaseAction.description, CaseAction.owner,
    CaseAction.department, CaseAction.due_date, CaseAction.state, CaseAction.expected_effect,
    CaseAction.quantity, CaseAction.date_code_from, CaseAction.done_at, CaseAction.done_note,
    CaseAction.verified_at, CaseAction.verified_by, CaseAction.verification_note,
    CaseAction.internal_note, Complaint.case_no,
)  # fmt: skip
_REASON_STATES = frozenset(state.value for state in REASONED.values())
_STATES = {state.value: state for state in ActionState}  # a dict look-up: Enum(…) is slower
_KINDS = {kind.value: kind for kind in ActionKind}


def _rows():
    return CaseAction.select(*_FIELDS).join(Complaint)


def _open(owner: str | None):
    query = _rows().where(CaseAction.state == ActionState.OPEN.value)
    return query if owner is None else query.where(CaseAction.owner == owner)


def _listed(query, today: date) -> list[ActionRow]:
    sql, params = query.sql()
    names = [field.name for field in _FIELDS]
    found = [dict(zip(names, row, strict=True)) for row in database_proxy.execute_sql(sql, params)]
    for a in found:
        a["uuid"] = _uuid_text(a["uuid"])
    people = {a["owner"] for a in found} | {a["verified_by"] for a in found if a["verified_by"]}
    names = _names(people)
    files = _evidence_counts([a["id"] for a in found])
    reasons = _reasons({str(a["uuid"]): a["state"] for a in found if a["state"] in _REASON_STATES})
    return [_row(a, today, names, files, reasons) for a in found]


def _row(
    a: dict, today: date, names: dict[str, str], files: dict[int, int], reasons: dict[str, str]
) -> ActionRow:
    state, key = _STATES[a["state"]], a["uuid"]
    due = date.fromisoformat(a["due_date"])
    return ActionRow(
        uuid=key,
        revision=a["revision"],
        complaint_id=a["complaint"],
        case_no=a["case_no"],
        number=a["number"],
        kind=_KINDS[a["kind"]],
        cause=a["cause"],
        description=a["description"],
        owner=a["owner"],
        owner_name=names.get(a["owner"], a["owner"]),
        department=a["department"],
        due_date=due,
        state=state,
        expected_effect=a["expected_effect"],
        quantity=a["quantity"],
        date_code_from=a["date_code_from"],
        done_at=_instant(a["done_at"]),
        done_note=a["done_note"],
        verified_at=_instant(a["verified_at"]),
        verified_by=a["verified_by"],
        verifier_name=names.get(a["verified_by"], a["verified_by"]),
        verification_note=a["verification_note"],
        internal_note=a["internal_note"],
        evidence=files.get(a["id"], 0),
        reason=reasons.get(key, ""),
        overdue=state is ActionState.OPEN and due < today,
    )


def _uuid_text(stored: str) -> str:
    """As str(UUID) shows it: Peewee stores 32 hex digits, cut here without parsing them."""
    if len(stored) == 32:
        h = stored.lower()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return str(uuid.UUID(stored))


def _instant(stored: str | None) -> datetime | None:
    """A stored UTC instant ("2026-03-12 01:00:00[.ffffff]") as an aware one."""
    return from_storage(datetime.fromisoformat(stored)) if stored else None


# The look-ups by many keys are plain SQL: Peewee takes longer to build an IN (…) of 900
# parameters than SQLite takes to answer it.
def _names(user_ids: Iterable[str]) -> dict[str, str]:
    sql = "SELECT user_id, display_name FROM user_account WHERE user_id IN ({})"
    return {user_id: name or user_id for user_id, name in _each(sql, sorted(user_ids))}


def _evidence_counts(action_ids: list[int]) -> dict[int, int]:
    sql = "SELECT action_id, count(*) FROM action_evidence WHERE action_id IN ({}) GROUP BY 1"
    return dict(_each(sql, action_ids))


def _reasons(states: dict[str, str]) -> dict[str, str]:
    """uuid -> why the action is where it is (`states`: uuid -> state, of those open or
    cancelled): the reason of the last entry that moved it, when that sent it back or
    cancelled it."""
    moves = ", ".join(f"'{name}'" for name in ("done", "verify", *REASONED))
    sql = (
        "SELECT record_uuid, action, reason FROM audit_entry"
        f" WHERE action IN ({moves}) AND record_uuid IN ({{}}) ORDER BY id"
    )
    last: dict[str, tuple[str, str]] = {}
    for key, action, reason in _each(sql, sorted(states)):  # a uuid's entries: in one chunk
        last[key] = (action, reason)
    return {
        key: reason
        for key, (action, reason) in last.items()
        if action in REASONED and REASONED[action].value == states[key]
    }


def _each(sql: str, keys: list) -> Iterator[tuple]:
    """The rows of `sql` (its IN list as "{}") for `keys`, a chunk at a time."""
    for chunk in _chunks(keys):
        marks = ", ".join("?" * len(chunk))
        yield from database_proxy.execute_sql(sql.format(marks), chunk).fetchall()


def _chunks(items: list) -> Iterator[list]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
