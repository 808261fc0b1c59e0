"""A complaint's 8D (D0–D8): save its content, plan each step (owner, target date),
complete a step with the completer's electronic signature, reopen one.

The content is core/eightd's canonical JSON, one row per case (table EightD), saved whole in one
transaction against the revision the editor started from. Completing a step signs the hash of
that step's content with the completer's key (the password asked again, as for a proposal);
a later change of the step's content reopens it in the same transaction: the signature is
voided with the reason and the step shows as reopened, never completed over changed content.
Reading it is services/eightd_view.py's; what flows in from elsewhere is read by
services/eightd_facts.case_facts (both re-exported here: the screens and the workflow ask
this module)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date

from qa_desktop.core import settings, signing
from qa_desktop.core.clock import Clock, from_storage, to_storage, utc_now
from qa_desktop.core.eightd import (
    STEPS,
    EightDContent,
    completion_problems,
    content_from_json,
    content_to_json,
    step,
    step_hash,
)
from qa_desktop.core.eightd.fields import MAX_TEXT, Kind
from qa_desktop.core.eightd.values import FIRST_DAY, LAST_DAY, Place, Problems
from qa_desktop.core.errors import ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import (
    CaseAction,
    Complaint,
    EightD,
    EightDStep,
    Media,
    Signature,
    UserAccount,
)
from qa_desktop.core.services import accounts
from qa_desktop.core.services.closed_cases import refuse_closed, refuse_closed_first
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.eightd_facts import case_facts, printed_name
from qa_desktop.core.services.eightd_view import (
    CONTEXT,
    RECORD_TABLE,
    EightDView,
    StepState,
    complaint_of,
    has_root_cause,
    read_8d,
    step_state,
    stored_content,
    view_of,
)
from qa_desktop.core.services.signatures import payload
from qa_desktop.core.text import single_spaced, written
from qa_desktop.core.vocab import Action, Meaning, SeededRole

__all__ = [
    "CONTEXT",
    "EightDView",
    "SaveResult",
    "StepState",
    "case_facts",
    "complete_step",
    "has_root_cause",
    "plan_step",
    "read_8d",
    "reopen_step",
    "save_8d",
]

STEP_TABLE = "eight_d_step"
# Who may complete any step besides its owner.
QA_ROLES = (SeededRole.QA_ENGINEER.value, SeededRole.QA_MANAGER.value)
OWNER_ROLE = "step_owner"  # Signature.role when the step's owner completed it

STALE = QT_TRANSLATE_NOOP(
    "EightD", "The 8D of {case} was saved by {user} after you opened it: open it again."
)
NO_PHOTO = QT_TRANSLATE_NOOP("EightD", "{where}: this photo is not stored in this database.")
NO_ACTION = QT_TRANSLATE_NOOP("EightD", "{where}: {case} has no action {number}.")
NO_OWNER = QT_TRANSLATE_NOOP(
    "EightD", "{user} is not an active account here: a step's owner must be one."
)
BAD_TARGET = QT_TRANSLATE_NOOP(
    "EightD", "Give {step}'s target date as a day between 2000 and 2099."
)
DONE_ALREADY = QT_TRANSLATE_NOOP(
    "EightD", "{step} of {case} was completed by {user} on {date}; change it to reopen it."
)
NOT_YOURS = QT_TRANSLATE_NOOP(
    "EightD", "{step} of {case} is {owner}'s: only its owner or a QA engineer completes it."
)
NOT_DONE = QT_TRANSLATE_NOOP("EightD", "{step} of {case} is not completed: nothing to reopen.")
NO_REASON = QT_TRANSLATE_NOOP("EightD", "Say why {step} is reopened.")
LONG_REASON = QT_TRANSLATE_NOOP(
    "EightD", "Shorten the reason for reopening {step} to at most {limit} characters."
)
# The audited reason a save reopens a step (English, as the trail keeps it; screens translate).
CHANGED = QT_TRANSLATE_NOOP("EightD", "its content changed after it was completed")


@dataclass(frozen=True)
class SaveResult:
    view: EightDView
    reopened: tuple[int, ...]  # the completed steps this save reopened
    saved: bool  # False: nothing had changed, nothing was written


# ----- saving ----------------------------------------------------------------------------------
def save_8d(
    complaint_id: int,
    content: EightDContent,
    expected_revision: int,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> SaveResult:
    """The content saved whole, if nobody saved since `expected_revision` (0: none yet);
    every completed step whose content changed is reopened. Nothing is written when nothing
    changed."""
    text = content_to_json(content)
    content = content_from_json(text, lang)  # what reaches the table passes the reader's checks
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = _changing(complaint_id, lang)
        row = EightD.get_or_none(EightD.complaint == complaint)
        if (row.revision if row is not None else 0) != expected_revision:
            user = printed_name(row.updated_by) if row is not None else ""
            raise translated(CONTEXT, STALE, lang, case=complaint.case_no, user=user)
        before = stored_content(row, lang)
        if row is not None and before == content:
            return SaveResult(view_of(complaint, row, lang), (), saved=False)
        _check_references(complaint, content, lang)
        new = row is None
        if new:
            row = EightD(uuid=uuid.uuid4(), complaint=complaint)
        changed = [
            s.code for s in STEPS if step_hash(before, s.number) != step_hash(content, s.number)
        ]
        row.content = text
        unit.stamp(row, new=new)
        row.save(force_insert=new)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        unit.audit("save 8D", row, {"steps": changed, "content_sha256": digest})
        reopened = _reopen_changed(unit, complaint, row, content)
        return SaveResult(view_of(complaint, row, lang), reopened, saved=True)


def _check_references(complaint: Complaint, content: EightDContent, lang: str | None) -> None:
    """Every photo named is stored here, every action number is one of the case's."""
    problems = Problems(lang)
    numbers = {n for (n,) in CaseAction.select(CaseAction.number).where(
        CaseAction.complaint == complaint).tuples()}  # fmt: skip
    for spec in STEPS:
        for field in spec.fields:
            value = content.value(spec.number, field.key)
            if field.kind is Kind.ACTIONS:
                for number in value:
                    if number not in numbers:
                        Place(spec, field).refuse(
                            problems, NO_ACTION, case=complaint.case_no, number=number
                        )
            for column in field.columns:
                if column.kind is not Kind.PHOTO:
                    continue
                for index, cells in enumerate(value):
                    sha = cells.get(column.key, "")
                    if sha and not Media.select().where(Media.sha256 == sha).exists():
                        Place(spec, field, index, column).refuse(problems, NO_PHOTO)
    if problems.found:
        raise ValidationError(problems.found)


def _reopen_changed(
    unit: Unit, complaint: Complaint, row: EightD, content: EightDContent
) -> tuple[int, ...]:
    reopened = []
    for state in EightDStep.select().where(
        (EightDStep.complaint == complaint) & EightDStep.completed_at.is_null(False)
    ):
        if state.content_hash != step_hash(content, state.step):
            _reopen(unit, row, state, CHANGED)
            reopened.append(state.step)
    return tuple(sorted(reopened))


def _reopen(unit: Unit, row: EightD, state: EightDStep, reason: str) -> None:
    now = to_storage(unit.clock())
    Signature.update(void=True, void_reason=reason, voided_at=now).where(
        Signature.uuid == state.signature_uuid
    ).execute()
    unit.audit_key(
        "reopen",
        STEP_TABLE,
        str(row.uuid),
        {"step": f"d{state.step}", "signature": state.signature_uuid},
        reason,
    )
    state.completed_at, state.completed_by = None, ""
    state.content_hash, state.signature_uuid = "", ""
    state.save()


# ----- planning, completing, reopening -----------------------------------------------------------
def plan_step(
    complaint_id: int,
    number: int,
    owner: str,
    target_date: date | None,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> StepState:
    """Step `number`'s owner (a user id, "" for none) and target date (None for none)."""
    spec = step(number)
    owner = single_spaced(owner)  # cleaned first: a stray control character is no user id
    if target_date is not None and not (
        type(target_date) is date and FIRST_DAY <= target_date <= LAST_DAY
    ):
        raise translated(CONTEXT, BAD_TARGET, lang, step=spec.text(lang))
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = _changing(complaint_id, lang)
        if (
            owner
            and not UserAccount.select()
            .where((UserAccount.user_id == owner) & UserAccount.active)
            .exists()
        ):
            raise translated(CONTEXT, NO_OWNER, lang, user=owner)
        state = _step_row(complaint, number)
        if (state.owner, state.target_date) == (owner, target_date):
            return step_state(number, state, None)
        state.owner, state.target_date = owner, target_date
        state.save()
        detail = {"step": spec.code, "owner": owner, "target_date": target_date}
        unit.audit_key("plan", STEP_TABLE, str(complaint.uuid), detail)
        return step_state(number, state, None)


def complete_step(
    complaint_id: int,
    number: int,
    expected_revision: int,
    password: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> StepState:
    """Step `number` completed by `actor` (its owner, or a QA engineer or manager) over the
    stored content of `expected_revision`: the step's hash signed with the actor's key."""
    spec = step(number)
    refuse_closed_first(complaint_id, lang)  # before the password counts against the account
    account, key, private = accounts.open_own_key(actor.user_id, password, clock)
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = _changing(complaint_id, lang)
        row = EightD.get_or_none(EightD.complaint == complaint)
        if (row.revision if row is not None else 0) != expected_revision:
            user = printed_name(row.updated_by) if row is not None else ""
            raise translated(CONTEXT, STALE, lang, case=complaint.case_no, user=user)
        content = stored_content(row, lang)
        state = _step_row(complaint, number)
        _may_complete(unit, complaint, spec, state, lang)
        problems = completion_problems(content, number, lang)
        if problems:
            raise ValidationError(problems)
        assert row is not None  # every step requires a field: an unsaved 8D has none filled
        signature = _signature(unit, row, state, account, key.key_id, step_hash(content, number))
        signature.signature = signing.sign(private, payload(signature))
        signature.save(force_insert=True)
        unit.audit_key(
            "sign",
            Signature._meta.table_name,
            signature.uuid,
            {"8d": str(row.uuid), "step": spec.code, "content_hash": signature.content_hash},
        )
        state.completed_at = signature.signed_at
        state.completed_by = actor.user_id
        state.content_hash = signature.content_hash
        state.signature_uuid = signature.uuid
        state.save()
        unit.audit_key("complete", STEP_TABLE, str(row.uuid), {"step": spec.code})
        return step_state(number, state, None)


def reopen_step(
    complaint_id: int,
    number: int,
    reason: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> StepState:
    """A completed step opened again by hand, with the reason (its signature voided)."""
    spec = step(number)
    reason = written(reason)
    if not reason:
        raise translated(CONTEXT, NO_REASON, lang, step=spec.text(lang))
    if len(reason) > MAX_TEXT:  # refused, not cut short: what was meant stays whole
        raise translated(CONTEXT, LONG_REASON, lang, step=spec.text(lang), limit=MAX_TEXT)
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = _changing(complaint_id, lang)
        state = _step_row(complaint, number)
        row = EightD.get_or_none(EightD.complaint == complaint)
        if state.completed_at is None or row is None:
            raise translated(CONTEXT, NOT_DONE, lang, step=spec.text(lang), case=complaint.case_no)
        _reopen(unit, row, state, reason)
        return view_of(complaint, row, lang).step(number)


def _may_complete(unit: Unit, complaint: Complaint, spec, state: EightDStep, lang) -> None:
    if state.completed_at is not None:
        day = from_storage(state.completed_at).astimezone(settings.department_zone()).date()
        raise translated(
            CONTEXT,
            DONE_ALREADY,
            lang,
            step=spec.text(lang),
            case=complaint.case_no,
            user=printed_name(state.completed_by),
            date=day.isoformat(),
        )
    if unit.actor.user_id != state.owner and not set(QA_ROLES) & unit.roles():
        owner = printed_name(state.owner) if state.owner else "—"
        raise translated(
            CONTEXT, NOT_YOURS, lang, step=spec.text(lang), case=complaint.case_no, owner=owner
        )


def _signature(
    unit: Unit,
    row: EightD,
    state: EightDStep,
    account: UserAccount,
    key_id: str,
    digest: str,
) -> Signature:
    """The completer's signature of the step's hash, as a proposal's signatures are made (the
    same payload, so `qa-desktop verify` checks both alike)."""
    head_id, head_hash = unit.chain_head()
    rounds = (
        Signature.select()
        .where((Signature.record_uuid == str(row.uuid)) & (Signature.step == state.step))
        .count()
    )
    held = [r for r in QA_ROLES if r in unit.roles()]
    role = OWNER_ROLE if unit.actor.user_id == state.owner or not held else held[0]
    return Signature(
        uuid=uuid.uuid4().hex,
        record_table=RECORD_TABLE,
        record_uuid=str(row.uuid),
        round=rounds + 1,
        step=state.step,
        meaning=Meaning.CONFIRMED.value,
        signer=account.user_id,
        printed_name=account.display_name,
        position=account.position,
        role=role,
        key_id=key_id,
        signed_at=to_storage(unit.clock()),
        signed_tz=settings.department_zone().key,
        content_hash=digest,
        audit_head_id=head_id,
        audit_head_hash=head_hash,
    )


# ----- lookups ---------------------------------------------------------------------------------
def _changing(complaint_id: int, lang: str | None) -> Complaint:
    """The complaint whose 8D is changed: refused while it is closed."""
    complaint = complaint_of(complaint_id, lang)
    refuse_closed(complaint, lang)
    return complaint


def _step_row(complaint: Complaint, number: int) -> EightDStep:
    found = EightDStep.get_or_none(
        (EightDStep.complaint == complaint) & (EightDStep.step == number)
    )
    return found if found is not None else EightDStep(complaint=complaint, step=number)
