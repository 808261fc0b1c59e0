"""What every change of a case's action (CAPA) checks first (services/actions.py): the action as
stored and unchanged since the caller read it, its complaint not closed, the state it is in,
who asks (its owner, an editor, never the owner verifying their own); the one sentence about
an action, and a note or reason as it is stored."""

from __future__ import annotations

import uuid
from datetime import datetime

from qa_desktop.core.clock import to_storage
from qa_desktop.core.errors import FieldError, UserError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import CaseAction, Complaint
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.context import Unit
from qa_desktop.core.services.eightd_facts import printed_name
from qa_desktop.core.text import written
from qa_desktop.core.validation import MAX_TEXT
from qa_desktop.core.vocab import Action, ActionState

__all__ = [
    "CONTEXT", "NOTE_FIELD", "about", "changing", "note_text", "open_complaint", "refuse_own",
    "require_owner_or_editor", "require_state", "stored_action", "stored_now",
]  # fmt: skip

CONTEXT = "Actions"

NO_ACTION = QT_TRANSLATE_NOOP("Actions", "There is no such action (it was removed).")
STALE = QT_TRANSLATE_NOOP(
    "Actions", "Action {number} of {case} was changed by {user} after you opened it."
)
NOT_OWNER = QT_TRANSLATE_NOOP(
    "Actions",
    "Action {number} of {case} is {owner}'s: only they, or someone who may edit complaints, "
    "record what was done.",
)
OWN_ACTION = QT_TRANSLATE_NOOP(
    "Actions",
    "Action {number} of {case} is {user}'s own: someone else from QA must verify it.",
)
TOO_LONG = QT_TRANSLATE_NOOP("Actions", "At most {n} characters.")
# Field names a form shows these beside (gui/field_errors.py): the note asked in a dialog.
NOTE_FIELD = "note"


def stored_action(action_uuid: str, lang: str | None = None) -> CaseAction:
    """The action `action_uuid` as stored, or the sentence that there is none."""
    try:
        key = uuid.UUID(str(action_uuid))
    except ValueError:
        raise translated(CONTEXT, NO_ACTION, lang) from None
    row = CaseAction.get_or_none(CaseAction.uuid == key)
    if row is None:
        raise translated(CONTEXT, NO_ACTION, lang)
    return row


def open_complaint(complaint_id: int, lang: str | None) -> Complaint:
    """The complaint an action is added to: refused while it is closed."""
    from qa_desktop.core.services.complaints import stored_complaint

    complaint = stored_complaint(complaint_id, lang)
    refuse_closed(complaint, lang)
    return complaint


def changing(action_uuid: str, expected: int, lang: str | None) -> CaseAction:
    """The action as stored, unchanged since the caller read it, of a complaint not closed."""
    row = stored_action(action_uuid, lang)
    refuse_closed(row.complaint_id, lang)
    if row.revision != expected:
        raise translated(
            CONTEXT, STALE, lang, number=row.number, case=row.complaint.case_no, user=row.updated_by
        )
    return row


def require_state(
    row: CaseAction, allowed: tuple[ActionState, ...], message: str, lang: str | None
) -> None:
    """Refused with `message` unless the action is in one of the `allowed` states."""
    if ActionState(row.state) not in allowed:
        raise about(row, message, lang)


def require_owner_or_editor(unit: Unit, row: CaseAction, lang: str | None) -> None:
    """The owner, or someone who may edit complaints (recording what the owner reported)."""
    if unit.actor.user_id == row.owner:
        return
    try:
        unit.require(Action.EDIT)
    except UserError:
        raise about(row, NOT_OWNER, lang, owner=printed_name(row.owner)) from None


def refuse_own(unit: Unit, row: CaseAction, lang: str | None) -> None:
    """Self-verification: the owner neither verifies nor sends back their own action."""
    if unit.actor.user_id == row.owner:
        raise about(row, OWN_ACTION, lang, user=unit.actor.name)


def about(row: CaseAction, message: str, lang: str | None, **values: object) -> UserError:
    """`message` about action `row` ({number}, {case}, {state} and `values`), one sentence."""
    return translated(
        CONTEXT,
        message,
        lang,
        number=row.number,
        case=row.complaint.case_no,
        state=ActionState(row.state).label(lang),
        **values,
    )


def note_text(text: str, missing: str, lang: str | None) -> str:
    """A note or reason as stored; `missing` is the sentence when one is required."""
    clean = written(text)
    if missing and not clean:
        raise ValidationError([FieldError(NOTE_FIELD, translate(CONTEXT, missing, lang))])
    if len(clean) > MAX_TEXT:
        message = translate(CONTEXT, TOO_LONG, lang).format(n=MAX_TEXT)
        raise ValidationError([FieldError(NOTE_FIELD, message)])
    return clean


def stored_now(unit: Unit) -> datetime:
    """The unit's "now" as the tables store it."""
    return to_storage(unit.clock())
