"""The follow-up of a replied complaint (效果跟踪 / 满意度) and returns handled after closure.

One follow-up per round of the case (services/case_facts.py): the effectiveness check with its
criterion and date, and the customer's satisfaction 1–5 with comments and the date asked, or why
no feedback came. An unsatisfied answer (1 or 2, or an improvement found not effective) is what
the window offers reopening for: plan A or B (seed 002 §5.2.1)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, from_storage, to_storage, utc_now
from qa_desktop.core.errors import FieldError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import CaseReturn, Complaint, FollowUp
from qa_desktop.core.numbers import typed_number
from qa_desktop.core.services import case_facts
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.text import written
from qa_desktop.core.validation import MAX_TEXT
from qa_desktop.core.vocab import Action, Status, Unit

CONTEXT = "FollowUp"
UNSATISFIED = 2  # a satisfaction of 2 or less offers reopening

BAD_SATISFACTION = QT_TRANSLATE_NOOP("FollowUp", "Satisfaction is a whole number from 1 to 5.")
ASKED_IN_FUTURE = QT_TRANSLATE_NOOP("FollowUp", "The customer cannot have been asked after today.")
ASKED_BEFORE_CASE = QT_TRANSLATE_NOOP(
    "FollowUp", "The customer cannot have been asked before the complaint was received."
)
BOTH_GIVEN = QT_TRANSLATE_NOOP(
    "FollowUp", "The customer answered: clear the reason why no feedback came."
)
ANSWER_WITHOUT_DATE = QT_TRANSLATE_NOOP("FollowUp", "Give the date the customer was asked.")
EFFECT_WITHOUT_CRITERION = QT_TRANSLATE_NOOP(
    "FollowUp", "Write the criterion the effectiveness was checked against."
)
TOO_LONG = QT_TRANSLATE_NOOP("FollowUp", "Shorten this text to at most {limit} characters.")
NOT_FOLLOWING_UP = QT_TRANSLATE_NOOP(
    "FollowUp", "{case} has not been replied yet: the follow-up comes after the reply."
)
NOT_CLOSED = QT_TRANSLATE_NOOP(
    "FollowUp", "{case} is not closed: goods returned before closure are part of its handling."
)
BAD_QUANTITY = QT_TRANSLATE_NOOP("FollowUp", "Write the quantity returned as a positive number.")
RETURN_IN_FUTURE = QT_TRANSLATE_NOOP("FollowUp", "Goods cannot be returned after today.")
UNKNOWN_UNIT = QT_TRANSLATE_NOOP("FollowUp", "Choose one of the offered units.")
# Where a case is once it has been replied: its follow-up can be recorded.
REPLIED_STATES = frozenset({Status.REPLIED, Status.FOLLOW_UP, Status.CLOSED, Status.ANSWERED})


@dataclass(frozen=True)
class FollowUpDraft:
    criterion: str = ""
    check_date: date | None = None
    effective: bool | None = None
    effect_note: str = ""
    asked_on: date | None = None
    satisfaction: int | None = None
    comments: str = ""
    no_feedback_reason: str = ""

    @property
    def unsatisfied(self) -> bool:
        low = self.satisfaction is not None and self.satisfaction <= UNSATISFIED
        return low or self.effective is False


def current(complaint_id: int) -> FollowUpDraft:
    """This round's follow-up as stored (empty when none was recorded yet)."""
    row = _row(Complaint.get_by_id(complaint_id))
    if row is None:
        return FollowUpDraft()
    return FollowUpDraft(
        row.criterion, row.check_date, row.effective, row.effect_note, row.asked_on,
        row.satisfaction, row.comments, row.no_feedback_reason,
    )  # fmt: skip


def save(
    complaint_id: int,
    draft: FollowUpDraft,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> FollowUpDraft:
    """Store this round's follow-up; returns it as stored."""
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = Complaint.get_by_id(complaint_id)
        if complaint.status not in REPLIED_STATES:
            raise translated(CONTEXT, NOT_FOLLOWING_UP, lang, case=complaint.case_no)
        clean = _checked(draft, complaint, clock(), lang)
        round_ = case_facts.round_number(complaint)
        row = _row(complaint, round_)
        values = {
            "criterion": clean.criterion, "check_date": clean.check_date,
            "effective": clean.effective, "effect_note": clean.effect_note,
            "asked_on": clean.asked_on, "satisfaction": clean.satisfaction,
            "comments": clean.comments, "no_feedback_reason": clean.no_feedback_reason,
        }  # fmt: skip
        stamp = {"updated_at": to_storage(clock()), "updated_by": actor.user_id}
        if row is None:
            FollowUp.create(complaint=complaint, round=round_, **values, **stamp)
        else:
            FollowUp.update(**values, **stamp).where(FollowUp.id == row.id).execute()
        unit.audit("follow_up", complaint, values)
    return clean


def _row(complaint: Complaint, round_: int | None = None) -> FollowUp | None:
    """The follow-up of round `round_` (default the current one)."""
    round_ = case_facts.round_number(complaint) if round_ is None else round_
    return FollowUp.get_or_none((FollowUp.complaint == complaint) & (FollowUp.round == round_))


def _checked(
    draft: FollowUpDraft, complaint: Complaint, now: datetime, lang: str | None
) -> FollowUpDraft:
    errors: list[FieldError] = []

    def refuse(field: str, message: str, **values: object) -> None:
        errors.append(FieldError(field, translate(CONTEXT, message, lang).format(**values)))

    texts = {
        name: written(getattr(draft, name))
        for name in ("criterion", "effect_note", "comments", "no_feedback_reason")
    }
    for name, text in texts.items():
        if len(text) > MAX_TEXT:
            refuse(name, TOO_LONG, limit=MAX_TEXT)
    score = draft.satisfaction
    if score is not None and (isinstance(score, bool) or score not in range(1, 6)):
        refuse("satisfaction", BAD_SATISFACTION)
    today = now.astimezone(settings.department_zone()).date()
    received = from_storage(complaint.received_at).astimezone(settings.department_zone()).date()
    if draft.asked_on is not None and draft.asked_on > today:
        refuse("asked_on", ASKED_IN_FUTURE)
    elif draft.asked_on is not None and draft.asked_on < received:
        refuse("asked_on", ASKED_BEFORE_CASE)
    if score is not None and draft.asked_on is None:
        refuse("asked_on", ANSWER_WITHOUT_DATE)
    if score is not None and texts["no_feedback_reason"]:
        refuse("no_feedback_reason", BOTH_GIVEN)
    if draft.effective is not None and not texts["criterion"]:
        refuse("criterion", EFFECT_WITHOUT_CRITERION)
    if errors:
        raise ValidationError(errors)
    return FollowUpDraft(
        texts["criterion"], draft.check_date, draft.effective, texts["effect_note"],
        draft.asked_on, score, texts["comments"], texts["no_feedback_reason"],
    )  # fmt: skip


# ----- returns after closure ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnRow:
    returned_on: date
    quantity: Decimal | None
    unit: str
    note: str
    recorded_by: str


def record_return(
    complaint_id: int,
    returned_on: date,
    quantity: str,
    unit: str,
    note: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> None:
    """Goods the customer sent back after the case was closed (seed 000 §4.7)."""
    errors: list[FieldError] = []
    amount = None
    with contextlib.suppress(ValueError):  # not a figure: refused below like a missing one
        amount = typed_number(quantity) if quantity.strip() else None
    if amount is None or amount <= 0 or amount.as_tuple().exponent < -3 or amount > 10**12:
        errors.append(FieldError("quantity", translate(CONTEXT, BAD_QUANTITY, lang)))
    if unit not in set(Unit):
        errors.append(FieldError("unit", translate(CONTEXT, UNKNOWN_UNIT, lang)))
    if returned_on > clock().astimezone(settings.department_zone()).date():
        errors.append(FieldError("returned_on", translate(CONTEXT, RETURN_IN_FUTURE, lang)))
    note = written(note)
    if len(note) > MAX_TEXT:
        text = translate(CONTEXT, TOO_LONG, lang).format(limit=MAX_TEXT)
        errors.append(FieldError("note", text))
    if errors:
        raise ValidationError(errors)
    with write(actor, clock, needs=Action.EDIT) as unit_of_work:
        complaint = Complaint.get_by_id(complaint_id)
        if complaint.status != Status.CLOSED:
            raise translated(CONTEXT, NOT_CLOSED, lang, case=complaint.case_no)
        CaseReturn.create(
            complaint=complaint, returned_on=returned_on, quantity=amount, unit=unit, note=note,
            recorded_at=to_storage(clock()), recorded_by=actor.user_id,
        )  # fmt: skip
        detail = {"returned_on": returned_on, "quantity": amount, "unit": unit, "note": note}
        unit_of_work.audit("return_after_closure", complaint, detail)


def returns_of(complaint_id: int) -> list[ReturnRow]:
    rows = CaseReturn.select().where(CaseReturn.complaint == complaint_id)
    return [
        ReturnRow(r.returned_on, r.quantity, r.unit, r.note, r.recorded_by)
        for r in rows.order_by(CaseReturn.returned_on, CaseReturn.id)
    ]
