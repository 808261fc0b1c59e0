"""A complaint's corrective and preventive actions (CAPA, DOMAIN.md step 10): added and changed by
QA, done by their owner, verified by QA by someone other than the owner.

An action is open, then done (its owner says so, with a note and evidence files), then verified
(someone from QA who is not the owner: the verification is worth nothing otherwise) or sent back
to open with the reason; open or done, it may be cancelled with the reason. Nothing changes on a
closed complaint: it is reopened first. Who may do what:
- add, change, cancel: whoever may edit complaints (Action.EDIT);
- mark done, add evidence: the owner, or someone who may edit complaints (recording what the
  owner reported on paper);
- remove evidence (a wrong file): whoever may edit complaints, until the action is verified;
- verify, send back: whoever may close complaints (Action.CLOSE: QA, not field staff or sales),
  never the owner.
The reasons for sending back and cancelling are the audit entries' reasons, where every change is
kept; `action_lists.py` reads them. Numbers run 1, 2 … per complaint and are never reused.
What every change checks first (the action unchanged, the complaint open, the state, who asks)
is `action_checks.py`'s.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING

from peewee import fn

from qa_desktop.core import settings
from qa_desktop.core.action_rules import ActionDraft, CleanAction, DueWindow, check_action
from qa_desktop.core.clock import Clock, from_storage, utc_now
from qa_desktop.core.errors import FieldError, ValidationError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import ActionEvidence, CaseAction, Complaint, UserAccount
from qa_desktop.core.services.action_checks import (
    CONTEXT,
    about,
    changing,
    note_text,
    open_complaint,
    refuse_own,
    require_owner_or_editor,
    require_state,
    stored_now,
)
from qa_desktop.core.services.action_lists import actions_of, due_within, overdue
from qa_desktop.core.services.attachments import store_media
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.text import single_spaced
from qa_desktop.core.vocab import Action, ActionState

if TYPE_CHECKING:  # Pillow loads with intake, not with every save
    from qa_desktop.core.media import PreparedMedia

__all__ = [  # the reading side lives in action_lists.py; the case window and main window use it
    "actions_of", "add_action", "add_evidence", "all_actions_verified", "cancel_action",
    "due_within", "mark_done", "overdue", "reject_verification", "remove_evidence",
    "update_action", "verify_action",
]  # fmt: skip

MAX_EVIDENCE = 50  # files per action: a procedure, a record, photos; more is a folder's dump

UNKNOWN_OWNER = QT_TRANSLATE_NOOP("Actions", "{user} is not an active account here.")
NOT_OPEN = QT_TRANSLATE_NOOP(
    "Actions", "Action {number} of {case} is {state}: only an action not done yet can change."
)
NOT_DONE = QT_TRANSLATE_NOOP(
    "Actions",
    "Action {number} of {case} is {state}: only an action its owner marked done is verified.",
)
CANNOT_CANCEL = QT_TRANSLATE_NOOP(
    "Actions", "Action {number} of {case} is {state} and can no longer be cancelled."
)
NO_EVIDENCE_NOW = QT_TRANSLATE_NOOP(
    "Actions", "Action {number} of {case} is {state}: evidence is added before it is verified."
)
NO_REMOVAL_NOW = QT_TRANSLATE_NOOP(
    "Actions", "Action {number} of {case} is {state}: its evidence can no longer be removed."
)
NOT_EVIDENCE = QT_TRANSLATE_NOOP(
    "Actions", "This file is no longer evidence of action {number} of {case}: it was removed."
)
TOO_MANY_FILES = QT_TRANSLATE_NOOP(
    "Actions", "An action keeps at most {n} evidence files; action {number} has {count}."
)
NEEDS_VERIFY_NOTE = QT_TRANSLATE_NOOP("Actions", "Say how the action was verified.")
NEEDS_REJECT_REASON = QT_TRANSLATE_NOOP("Actions", "Say why the action goes back to its owner.")
NEEDS_CANCEL_REASON = QT_TRANSLATE_NOOP("Actions", "Say why the action is cancelled.")


# ----- adding and changing ------------------------------------------------------------------------
def add_action(
    complaint_id: int,
    draft: ActionDraft,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> CaseAction:
    """A new open action of the complaint, numbered after its last one."""
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = open_complaint(complaint_id, lang)
        clean = _checked(draft, complaint, unit, lang)
        number = (
            CaseAction.select(fn.MAX(CaseAction.number))
            .where(CaseAction.complaint == complaint)
            .scalar()
            or 0
        ) + 1
        row = CaseAction(uuid=uuid.uuid4(), complaint=complaint, number=number, **asdict(clean))
        unit.stamp(row, new=True)
        row.save(force_insert=True)
        unit.audit("create", row, {"case_no": complaint.case_no, "number": number,
                                   **asdict(clean)})  # fmt: skip
        return row


def update_action(
    action_uuid: str,
    expected_revision: int,
    draft: ActionDraft,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> CaseAction:
    """The open action as the draft now says (a done one is sent back first, a verified one
    stays as it was verified)."""
    with write(actor, clock, needs=Action.EDIT) as unit:
        row = changing(action_uuid, expected_revision, lang)
        require_state(row, (ActionState.OPEN,), NOT_OPEN, lang)
        clean = _checked(draft, row.complaint, unit, lang)
        changes = {
            name: [getattr(row, name), value]
            for name, value in asdict(clean).items()
            if getattr(row, name) != value
        }
        if not changes:
            return row
        for name, (_before, value) in changes.items():
            setattr(row, name, value)
        unit.stamp(row, new=False)
        row.save()
        unit.audit("update", row, {"number": row.number, **changes})
        return row


# ----- done, verified, sent back, cancelled ---------------------------------------------------------
def mark_done(
    action_uuid: str,
    expected_revision: int,
    note: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
    *,
    evidence: Sequence[PreparedMedia] = (),
) -> CaseAction:
    """The owner says the action is done (a note, files that show it: both optional)."""
    text = note_text(note, "", lang)
    with write(actor, clock) as unit:
        row = changing(action_uuid, expected_revision, lang)
        require_owner_or_editor(unit, row, lang)
        require_state(row, (ActionState.OPEN,), NOT_OPEN, lang)
        files = _attach(unit, row, evidence, lang)
        row.state, row.done_at, row.done_note = ActionState.DONE.value, stored_now(unit), text
        unit.stamp(row, new=False)
        row.save()
        unit.audit("done", row, {"number": row.number, "note": text, "evidence": files})
        return row


def add_evidence(
    action_uuid: str,
    expected_revision: int,
    files: Sequence[PreparedMedia],
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> list[str]:
    """Files that show the action was done, on an action not yet verified; the hashes of those
    added (the same bytes twice on one action are kept once)."""
    with write(actor, clock) as unit:
        row = changing(action_uuid, expected_revision, lang)
        require_owner_or_editor(unit, row, lang)
        require_state(row, (ActionState.OPEN, ActionState.DONE), NO_EVIDENCE_NOW, lang)
        added = _attach(unit, row, files, lang)
        if added:  # the action's evidence is part of it: a form opened before sees the change
            unit.stamp(row, new=False)
            row.save()
        return added


def remove_evidence(
    action_uuid: str,
    expected_revision: int,
    sha256: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> CaseAction:
    """Take a file off an action not yet verified (whoever may edit complaints; audited with the
    file's name and hash). A verified action's evidence is what it was verified on: it stays.
    The bytes stay in the file too, so the audit entry's hash still finds what was removed."""
    with write(actor, clock, needs=Action.EDIT) as unit:
        row = changing(action_uuid, expected_revision, lang)
        require_state(row, (ActionState.OPEN, ActionState.DONE), NO_REMOVAL_NOW, lang)
        files = list(row.evidence.order_by(ActionEvidence.position, ActionEvidence.id))
        gone = next((f for f in files if f.media_id == sha256), None)
        if gone is None:
            raise about(row, NOT_EVIDENCE, lang)
        gone.delete_instance()
        for position, kept in enumerate(f for f in files if f is not gone):
            if kept.position != position:  # the next file added goes last, after these
                ActionEvidence.update(position=position).where(
                    ActionEvidence.id == kept.id
                ).execute()
        unit.stamp(row, new=False)  # a form opened before sees the change
        row.save()
        unit.audit("evidence_removed", row, {"number": row.number, "file": gone.filename,
                                             "sha256": sha256})  # fmt: skip
        return row


def verify_action(
    action_uuid: str,
    expected_revision: int,
    note: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> CaseAction:
    """QA confirms the done action: never its owner (the service refuses, whoever asks)."""
    with write(actor, clock, needs=Action.CLOSE) as unit:
        row = changing(action_uuid, expected_revision, lang)
        refuse_own(unit, row, lang)  # first: the owner learns it before writing a note
        require_state(row, (ActionState.DONE,), NOT_DONE, lang)
        text = note_text(note, NEEDS_VERIFY_NOTE, lang)
        row.state = ActionState.VERIFIED.value
        row.verified_at, row.verified_by = stored_now(unit), actor.user_id
        row.verification_note = text
        unit.stamp(row, new=False)
        row.save()
        unit.audit("verify", row, {"number": row.number, "note": text})
        return row


def reject_verification(
    action_uuid: str,
    expected_revision: int,
    reason: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> CaseAction:
    """QA finds the done action not done as it should be: back to open, with the reason (what
    the owner then reads). The owner's note goes; the evidence stays with the action."""
    with write(actor, clock, needs=Action.CLOSE) as unit:
        row = changing(action_uuid, expected_revision, lang)
        refuse_own(unit, row, lang)
        require_state(row, (ActionState.DONE,), NOT_DONE, lang)
        why = note_text(reason, NEEDS_REJECT_REASON, lang)
        before = {"done_at": row.done_at, "done_note": row.done_note}
        row.state, row.done_at, row.done_note = ActionState.OPEN.value, None, ""
        unit.stamp(row, new=False)
        row.save()
        unit.audit("reject", row, {"number": row.number, **before}, why)
        return row


def cancel_action(
    action_uuid: str,
    expected_revision: int,
    reason: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> CaseAction:
    """An open or done action that is no longer wanted; it keeps its number, and no longer
    counts for closing the complaint."""
    why = note_text(reason, NEEDS_CANCEL_REASON, lang)
    with write(actor, clock, needs=Action.EDIT) as unit:
        row = changing(action_uuid, expected_revision, lang)
        require_state(row, (ActionState.OPEN, ActionState.DONE), CANNOT_CANCEL, lang)
        before = row.state
        row.state = ActionState.CANCELLED.value
        unit.stamp(row, new=False)
        row.save()
        unit.audit("cancel", row, {"number": row.number, "state": [before, row.state]}, why)
        return row


# ----- for the workflow ---------------------------------------------------------------------------
def all_actions_verified(complaint_id: int) -> bool:
    """Whether every action of the complaint is verified; cancelled ones do not count, and a
    complaint without actions has nothing left to verify (the workflow's "actions verified")."""
    waiting = (ActionState.OPEN.value, ActionState.DONE.value)
    return not (
        CaseAction.select(CaseAction.id)
        .where((CaseAction.complaint == complaint_id) & CaseAction.state.in_(waiting))
        .exists()
    )


def due_window(complaint: Complaint, now: datetime) -> DueWindow:
    """The days an action of `complaint` may be due on, as of `now` (an aware instant)."""
    zone = settings.department_zone()
    received = from_storage(complaint.received_at).astimezone(zone).date()
    return DueWindow(received_on=received, today=now.astimezone(zone).date())


# ----- the draft, the owner, the files ------------------------------------------------------------
def _checked(draft: ActionDraft, complaint: Complaint, unit: Unit, lang: str | None) -> CleanAction:
    clean, errors = check_action(draft, due_window(complaint, unit.clock()), lang)
    owner = single_spaced(draft.owner)
    if owner and not any(e.field == "owner" for e in errors) and _account(owner) is None:
        message = translate(CONTEXT, UNKNOWN_OWNER, lang).format(user=owner)
        errors.append(FieldError("owner", message))
    if errors or clean is None:
        raise ValidationError(errors)
    return clean


def _attach(
    unit: Unit, row: CaseAction, files: Sequence[PreparedMedia], lang: str | None
) -> list[str]:
    """Store and link the files not on the action yet; their hashes."""
    kept = {sha for (sha,) in row.evidence.select(ActionEvidence.media).tuples()}
    new = list({f.sha256: f for f in files if f.sha256 not in kept}.values())
    if len(kept) + len(new) > MAX_EVIDENCE:
        raise about(row, TOO_MANY_FILES, lang, n=MAX_EVIDENCE, count=len(kept))
    position = len(kept)
    for prepared in new:
        store_media(unit, prepared)
        ActionEvidence.create(
            action=row,
            media=prepared.sha256,
            position=position,
            filename=prepared.filename,
            added_at=stored_now(unit),
            added_by=unit.actor.user_id,
        )
        position += 1
        unit.audit("evidence", row, {"number": row.number, "file": prepared.filename,
                                     "sha256": prepared.sha256, "size": prepared.size})  # fmt: skip
    return [prepared.sha256 for prepared in new]


def _account(user_id: str) -> UserAccount | None:
    return UserAccount.get_or_none((UserAccount.user_id == user_id) & UserAccount.active)
