"""Moving a complaint through its life: the judgement, the steps the table allows, reopening.

The table (core/workflow) says what may follow what, with which right and what must be true
first; this service gathers the facts (services/case_facts.py), asks the table, and only then
writes the new status, the step into the case's history and the audit trail, in one transaction.
The window offers what `offers` returns and nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from qa_desktop.core import authority
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import FieldError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import Complaint, StatusChange
from qa_desktop.core.services import accounts, case_clocks, case_facts
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.matrix import matrix
from qa_desktop.core.text import single_spaced, written
from qa_desktop.core.validation import MAX_LINE, MAX_TEXT
from qa_desktop.core.vocab import Action, Severity, Status, Validity
from qa_desktop.core.workflow import NEW_ROUND, Transition, allowed, check_transition
from qa_desktop.core.workflow.check import unmet

CONTEXT = "Workflow"
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Workflow", "{case} was changed by {user} after you opened it; reopen it to see that change."
)
NO_CASE = QT_TRANSLATE_NOOP("Workflow", "There is no complaint {case}.")
JUDGED_TOO_LATE = QT_TRANSLATE_NOOP(
    "Workflow", "{case} is past registration: judge it invalid with the step “Judge invalid”."
)
REASON_FOR_INVALID = QT_TRANSLATE_NOOP("Workflow", "Write why the complaint is invalid.")
OWNER_NEEDED = QT_TRANSLATE_NOOP("Workflow", "Name the owner who answers for the case.")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("Workflow", "Choose one of the offered values.")
NO_HANDLING_REASON = QT_TRANSLATE_NOOP("Workflow", "Write why no handling proposal is needed.")
TOO_LONG = QT_TRANSLATE_NOOP("Workflow", "Shorten this text to at most {limit} characters.")


@dataclass(frozen=True)
class Judgement:
    """What a QA engineer decides when a complaint comes in (DOMAIN.md step 2)."""

    validity: str  # vocab.Validity, or "" not judged yet
    reason: str
    severity: str
    responsible_department: str
    owner: str


@dataclass(frozen=True)
class Offer:
    """A step the actor's roles may take from where the case is; `missing` says in one
    sentence what must be done first ("" when it can be taken now)."""

    transition: Transition
    missing: str

    @property
    def ready(self) -> bool:
        return not self.missing


def stored(complaint_id: int, lang: str | None = None) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise translated(CONTEXT, NO_CASE, lang, case=complaint_id)
    return complaint


def offers(complaint_id: int, actor: Actor, lang: str | None = None) -> list[Offer]:
    """The table's steps from the case's state that the actor's roles allow, each with what is
    still missing for it."""
    complaint = stored(complaint_id, lang)
    roles = accounts.roles_of_user(actor.user_id)
    rules = matrix()
    steps = allowed(complaint.status, lambda a: authority.may(rules, roles, a))
    common = case_facts.common_facts(complaint) if steps else {}
    found = []
    for step in steps:
        missing = unmet(step, case_facts.for_target(common, complaint, step.target))
        text = missing[0].unmet() if missing else ""
        label = step.target.label(lang)
        found.append(
            Offer(step, translate(CONTEXT, text, lang).format(target=label) if text else "")
        )
    return found


def move(
    complaint_id: int,
    target: Status | str,
    reason: str,
    expected_revision: int,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Complaint:
    """Take the step from the case's status to `target`, or refuse in one sentence."""
    reason = written(reason)
    if len(reason) > MAX_TEXT:
        raise translated(CONTEXT, TOO_LONG, lang, limit=MAX_TEXT)
    with write(actor, clock) as unit:
        complaint = stored(complaint_id, lang)
        _check_revision(complaint, expected_revision, lang)
        known = _status(target)
        facts = case_facts.facts(complaint, known) if known is not None else {}
        rules = matrix()
        may = lambda action: authority.may(rules, unit.roles(), action)  # noqa: E731
        step = check_transition(complaint.status, target, may, facts, reason, lang)
        _take(unit, complaint, step, reason)
    return complaint


def _take(unit: Unit, complaint: Complaint, step: Transition, reason: str) -> None:
    now = unit.clock()
    before = complaint.status
    complaint.status = step.target.value
    if step.target == Status.INVALID:  # the step is the judgement; its reason says why
        complaint.validity, complaint.validity_reason = Validity.INVALID.value, reason
    if step.target == Status.CLOSED:
        complaint.closed_at = to_storage(now)
    elif before == Status.CLOSED:
        complaint.closed_at = None  # reopened: open again until it is closed again
    unit.stamp(complaint, new=False)
    complaint.save()
    StatusChange.create(
        complaint=complaint,
        from_status=before,
        to_status=step.target.value,
        reason=reason,
        at=to_storage(now),
        by=unit.actor.user_id,
    )
    unit.audit("status", complaint, {"status": [before, step.target.value]}, reason)
    if (before, step.target) in NEW_ROUND:
        case_clocks.restart_for_round(unit, complaint, now)
    elif before == Status.CONTAINMENT and step.target == Status.INVESTIGATION:
        case_clocks.meet_event(unit, complaint, "containment_done", now)
    elif step.target == Status.INVALID:
        case_clocks.waive_for_invalid(unit, complaint, now)
    else:
        case_clocks.refresh_summary(complaint, now)


def judge(
    complaint_id: int,
    judgement: Judgement,
    expected_revision: int,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Complaint:
    """Store the validity, its reason, the severity, the responsible department and the owner.
    Once past registration a case is judged invalid only by the workflow's step, with its reason."""
    clean = _checked(judgement, lang)
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = stored(complaint_id, lang)
        refuse_closed(complaint, lang)
        _check_revision(complaint, expected_revision, lang)
        changed_validity = clean.validity != complaint.validity
        if changed_validity and complaint.status != Status.REGISTERED:
            raise translated(CONTEXT, JUDGED_TOO_LATE, lang, case=complaint.case_no)
        detail = {}
        for name, value in (
            ("validity", clean.validity),
            ("validity_reason", clean.reason),
            ("severity", clean.severity),
            ("responsible_department", clean.responsible_department),
            ("owner", clean.owner),
        ):
            if getattr(complaint, name) != value:
                detail[name] = [getattr(complaint, name), value]
                setattr(complaint, name, value)
        if detail:
            unit.stamp(complaint, new=False)
            complaint.save()
            unit.audit("judge", complaint, detail)
    return complaint


def _checked(judgement: Judgement, lang: str | None) -> Judgement:
    errors = []
    reason = written(judgement.reason)
    department = single_spaced(judgement.responsible_department)
    owner = single_spaced(judgement.owner)
    if judgement.validity not in ("", *Validity):
        errors.append(FieldError("validity", translate(CONTEXT, UNKNOWN_CHOICE, lang)))
    if judgement.severity not in set(Severity):
        errors.append(FieldError("severity", translate(CONTEXT, UNKNOWN_CHOICE, lang)))
    if judgement.validity == Validity.INVALID and not reason:
        errors.append(FieldError("reason", translate(CONTEXT, REASON_FOR_INVALID, lang)))
    if judgement.validity and not owner:
        errors.append(FieldError("owner", translate(CONTEXT, OWNER_NEEDED, lang)))
    for name, value, limit in (
        ("reason", reason, MAX_TEXT),
        ("responsible_department", department, MAX_LINE),
        ("owner", owner, MAX_LINE),
    ):
        if len(value) > limit:
            text = translate(CONTEXT, TOO_LONG, lang).format(limit=limit)
            errors.append(FieldError(name, text))
    if errors:
        raise ValidationError(errors)
    return Judgement(judgement.validity, reason, judgement.severity, department, owner)


def record_no_handling(
    complaint_id: int,
    reason: str,
    expected_revision: int,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Complaint:
    """Say why the case needs no handling proposal (a proposal made later is still weighed:
    nothing may await approval)."""
    reason = written(reason)
    if not reason:
        raise translated(CONTEXT, NO_HANDLING_REASON, lang)
    if len(reason) > MAX_TEXT:
        raise translated(CONTEXT, TOO_LONG, lang, limit=MAX_TEXT)
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = stored(complaint_id, lang)
        refuse_closed(complaint, lang)
        _check_revision(complaint, expected_revision, lang)
        if complaint.no_handling_reason != reason:
            detail = {"no_handling_reason": [complaint.no_handling_reason, reason]}
            complaint.no_handling_reason = reason
            unit.stamp(complaint, new=False)
            complaint.save()
            unit.audit("no_handling", complaint, detail)
    return complaint


def history(complaint_id: int) -> list[StatusChange]:
    """The steps the case took, oldest first."""
    rows = StatusChange.select().where(StatusChange.complaint == complaint_id)
    return list(rows.order_by(StatusChange.at, StatusChange.id))


def _check_revision(complaint: Complaint, expected: int, lang: str | None) -> None:
    if complaint.revision != expected:
        raise translated(
            CONTEXT, CHANGED_MEANWHILE, lang, case=complaint.case_no, user=complaint.updated_by
        )


def _status(code: Status | str) -> Status | None:
    try:
        return Status(code)
    except ValueError:  # not a state at all: the table's check says so in its sentence
        return None
