"""Planning site visits (seed 000 §4.2): a complaint's visit assigned to the user who goes, with
the appointment, the customer's site and contact; "my visits" on the laptop.

Book at least one day ahead: an appointment closer than that (or past) is stored, with a
warning the planner sees, because a customer who calls in the morning may be visited that day.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import fn

from qa_desktop.core import authority
from qa_desktop.core.clock import Clock, from_storage, to_storage, utc_now, zone_name
from qa_desktop.core.errors import FieldError, UserError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import Complaint, Customer, UserAccount, Visit
from qa_desktop.core.services import case_clocks, checklists
from qa_desktop.core.services.accounts import UserRow, roles_of, users
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.matrix import matrix
from qa_desktop.core.text import clean_line, clean_multiline, single_spaced
from qa_desktop.core.validation import MAX_LINE, MAX_TEXT
from qa_desktop.core.vocab import Action, SeededRole, VisitState

CONTEXT = "Visits"
BOOK_AHEAD = timedelta(days=1)
# Who may be sent: someone whose roles let them fill a visit's record.
FILLS_VISITS = (Action.CONFIRM_QUANTITIES, Action.EDIT)

SHORT_NOTICE = QT_TRANSLATE_NOOP(
    "Visits",
    "The appointment is less than one day ahead: visits are booked at least a day before "
    "(seed 000 §4.2). Make sure the customer has agreed.",
)
NO_CASE = QT_TRANSLATE_NOOP("Visits", "There is no complaint {case}.")
NO_VISIT = QT_TRANSLATE_NOOP("Visits", "There is no such site visit (it was removed).")
STALE = QT_TRANSLATE_NOOP(
    "Visits", "Visit {number} of {case} was changed by {user} after you opened it."
)
NOT_PLANNED = QT_TRANSLATE_NOOP(
    "Visits", "Visit {number} of {case} is {state}: only a planned visit can be rescheduled."
)
CANNOT_CANCEL = QT_TRANSLATE_NOOP(
    "Visits", "Visit {number} of {case} is {state} and can no longer be cancelled."
)
NEEDS_REASON = QT_TRANSLATE_NOOP("Visits", "Say why the visit is cancelled.")
NO_ASSIGNEE = QT_TRANSLATE_NOOP("Visits", "Choose who goes to the customer.")
UNKNOWN_USER = QT_TRANSLATE_NOOP("Visits", "{user} is not an active account here.")
CANNOT_FILL = QT_TRANSLATE_NOOP(
    "Visits",
    "{user} cannot be sent: the authority matrix gives their roles neither {confirm} nor {edit}.",
)
NO_TIME = QT_TRANSLATE_NOOP("Visits", "Enter the date and time of the appointment.")
TOO_LONG = QT_TRANSLATE_NOOP("Visits", "At most {n} characters.")


@dataclass(frozen=True)
class VisitPlan:
    """What the planner enters; `appointment` is an aware datetime."""

    assignee: str
    appointment: datetime | None
    site: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    purpose: str = ""


@dataclass(frozen=True)
class Planned:
    visit: Visit
    warning: str  # "" or SHORT_NOTICE translated


@dataclass(frozen=True)
class VisitRow:
    """A visit as lists show it ("my visits", a case's visits)."""

    uuid: str
    number: int
    case_no: str
    customer: str
    state: VisitState
    assignee: str
    appointment_at: datetime  # aware UTC
    appointment_tz: str
    site: str
    short_notice: bool  # the appointment is less than a day from now and not yet started


def default_plan(case_no: str, assignee: str = "") -> VisitPlan:
    """A new plan for the complaint, with its contact and the customer's address filled in."""
    complaint = _complaint(case_no)
    return VisitPlan(
        assignee=assignee,
        appointment=None,
        site=complaint.customer.address,
        contact_name=complaint.contact_name or complaint.customer.contact_name,
        contact_phone=complaint.contact_phone or complaint.customer.contact_phone,
    )


def plan_visit(
    case_no: str, plan: VisitPlan, actor: Actor, clock: Clock = utc_now, lang: str | None = None
) -> Planned:
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = _complaint(case_no)
        clean = _checked(plan, lang)
        number = (
            Visit.select(fn.MAX(Visit.number)).where(Visit.complaint == complaint).scalar() or 0
        ) + 1
        row = Visit(
            uuid=uuid.uuid4(),
            complaint=complaint,
            number=number,
            template=checklists.current(),
            **clean,
        )
        unit.stamp(row, new=True)
        row.save(force_insert=True)
        unit.audit("plan", row, _audited(row), "")
        case_clocks.meet_event(unit, complaint, "visit_planned", clock())
        return Planned(row, _warning(row, unit, lang))


def update_plan(
    visit_uuid: str,
    expected_revision: int,
    plan: VisitPlan,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Planned:
    with write(actor, clock, needs=Action.EDIT) as unit:
        row = stored(visit_uuid)
        check_revision(row, expected_revision, lang)
        if VisitState(row.state) is not VisitState.PLANNED:
            raise state_refusal(NOT_PLANNED, row, lang)
        for name, value in _checked(plan, lang).items():
            setattr(row, name, value)
        unit.stamp(row, new=False)
        row.save()
        unit.audit("update", row, _audited(row))
        return Planned(row, _warning(row, unit, lang))


def cancel_visit(
    visit_uuid: str,
    expected_revision: int,
    reason: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Visit:
    why = checked_reason(reason, NEEDS_REASON, lang)
    with write(actor, clock, needs=Action.EDIT) as unit:
        row = stored(visit_uuid)
        check_revision(row, expected_revision, lang)
        if VisitState(row.state) not in (VisitState.PLANNED, VisitState.IN_PROGRESS):
            raise state_refusal(CANNOT_CANCEL, row, lang)
        row.state, row.cancel_reason = VisitState.CANCELLED.value, why
        unit.stamp(row, new=False)
        row.save()
        unit.audit("cancel", row, {"state": row.state}, why)
        return row


def checked_reason(reason: str, missing: str, lang: str | None = None) -> str:
    """A reason as stored (cleaned, trimmed); `missing` is the sentence when there is none."""
    why = clean_multiline(reason).strip()
    if not why:
        raise translated(CONTEXT, missing, lang)
    if len(why) > MAX_TEXT:
        raise translated(CONTEXT, TOO_LONG, lang, n=MAX_TEXT)
    return why


# ----- reading -------------------------------------------------------------------------------------
def stored(visit_uuid: str, lang: str | None = None) -> Visit:
    try:
        key = uuid.UUID(str(visit_uuid))
    except ValueError:
        raise translated(CONTEXT, NO_VISIT, lang) from None
    row = Visit.get_or_none(Visit.uuid == key)
    if row is None:
        raise translated(CONTEXT, NO_VISIT, lang)
    return row


def my_visits(
    user_id: str, now: datetime | None = None, *, open_only: bool = True
) -> list[VisitRow]:
    """The user's visits, soonest first: what the laptop's "My visits" lists."""
    query = _rows().where(Visit.assignee == user_id)
    if open_only:
        query = query.where(Visit.state.in_([VisitState.PLANNED, VisitState.IN_PROGRESS]))
    return [_row(v, now or utc_now()) for v in query.order_by(Visit.appointment_at)]


def visits_of(case_no: str, now: datetime | None = None) -> list[VisitRow]:
    query = _rows().where(Complaint.case_no == case_no).order_by(Visit.number)
    return [_row(v, now or utc_now()) for v in query]


def short_notice(appointment: datetime, now: datetime) -> bool:
    return appointment - now < BOOK_AHEAD


def open_visit(visit_uuid: str, expected: int, message: str, lang: str | None = None) -> Visit:
    """The visit as stored, unchanged since the caller read it (`expected`), and planned or in
    progress; otherwise `message` (with {number}, {case}, {state}) says it is not."""
    visit = stored(visit_uuid, lang)
    check_revision(visit, expected, lang)
    if VisitState(visit.state) not in (VisitState.PLANNED, VisitState.IN_PROGRESS):
        raise state_refusal(message, visit, lang)
    return visit


def state_refusal(message: str, row: Visit, lang: str | None = None) -> UserError:
    """`message` about visit `row` and the state it is in, as one sentence."""
    return translated(
        CONTEXT,
        message,
        lang,
        number=row.number,
        case=row.complaint.case_no,
        state=VisitState(row.state).label(lang),
    )


def check_revision(row: Visit, expected: int, lang: str | None = None) -> None:
    if row.revision != expected:
        raise translated(
            CONTEXT, STALE, lang, number=row.number, case=row.complaint.case_no, user=row.updated_by
        )


def _rows():
    return Visit.select(Visit, Complaint, Customer).join(Complaint).join(Customer)


def _row(visit: Visit, now: datetime) -> VisitRow:
    at = from_storage(visit.appointment_at)
    state = VisitState(visit.state)
    return VisitRow(
        uuid=str(visit.uuid),
        number=visit.number,
        case_no=visit.complaint.case_no,
        customer=visit.complaint.customer.name,
        state=state,
        assignee=visit.assignee,
        appointment_at=at,
        appointment_tz=visit.appointment_tz,
        site=visit.site,
        short_notice=state is VisitState.PLANNED and short_notice(at, now),
    )


# ----- checks --------------------------------------------------------------------------------------
def _complaint(case_no: str) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.case_no == single_spaced(case_no).upper())
    if complaint is None:
        raise translated(CONTEXT, NO_CASE, case=case_no)
    return complaint


def _checked(plan: VisitPlan, lang: str | None) -> dict[str, object]:
    errors: list[FieldError] = []
    assignee = clean_line(plan.assignee).strip()
    problem = _assignee_problem(assignee, lang)
    if problem:
        errors.append(FieldError("assignee", problem))
    if plan.appointment is None or plan.appointment.tzinfo is None:
        errors.append(FieldError("appointment", translate(CONTEXT, NO_TIME, lang)))
    texts = {
        "site": (clean_multiline(plan.site).strip(), MAX_TEXT),
        "contact_name": (single_spaced(clean_line(plan.contact_name)), MAX_LINE),
        "contact_phone": (single_spaced(clean_line(plan.contact_phone)), MAX_LINE),
        "purpose": (clean_multiline(plan.purpose).strip(), MAX_TEXT),
    }
    for name, (text, limit) in texts.items():
        if len(text) > limit:
            errors.append(FieldError(name, translate(CONTEXT, TOO_LONG, lang).format(n=limit)))
    if errors:
        raise ValidationError(errors)
    assert plan.appointment is not None
    return {
        "assignee": assignee,
        "appointment_at": to_storage(plan.appointment),
        "appointment_tz": zone_name(plan.appointment),
        **{name: text for name, (text, _) in texts.items()},
    }


def _assignee_problem(user_id: str, lang: str | None) -> str:
    if not user_id:
        return translate(CONTEXT, NO_ASSIGNEE, lang)
    account = UserAccount.get_or_none((UserAccount.user_id == user_id) & UserAccount.active)
    if account is None:
        return translate(CONTEXT, UNKNOWN_USER, lang).format(user=user_id)
    rules, roles = matrix(), roles_of(account)
    if any(authority.may(rules, roles, action) for action in FILLS_VISITS):
        return ""
    return translate(CONTEXT, CANNOT_FILL, lang).format(
        user=account.display_name or user_id,
        confirm=Action.CONFIRM_QUANTITIES.label(lang),
        edit=Action.EDIT.label(lang),
    )


def _warning(row: Visit, unit: Unit, lang: str | None) -> str:
    at = from_storage(row.appointment_at)
    return translate(CONTEXT, SHORT_NOTICE, lang) if short_notice(at, unit.clock()) else ""


def _audited(row: Visit) -> dict[str, object]:
    return {
        "case_no": row.complaint.case_no,
        "number": row.number,
        "assignee": row.assignee,
        "appointment_at": row.appointment_at,
        "appointment_tz": row.appointment_tz,
        "site": row.site,
        "contact_name": row.contact_name,
        "contact_phone": row.contact_phone,
    }


def people_who_fill_visits() -> list[UserRow]:
    """The active accounts a visit can be assigned to (their roles give one of FILLS_VISITS),
    field staff first, then by user id: what the plan and pack-export screens offer."""
    rules = matrix()
    found = [
        row
        for row in users()
        if row.active and any(authority.may(rules, row.roles, a) for a in FILLS_VISITS)
    ]
    return sorted(
        found, key=lambda row: (SeededRole.FIELD_STAFF.value not in row.roles, row.user_id)
    )
