"""The follow-up of a replied case and returns after closure (issue 12, Follow-up)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from case_scenarios import (
    MONDAY,
    at,
    department_in_shanghai,
    feedback,
    fresh,
    move,
    new_case,
    to_follow_up,
)
from conftest import ENGINEER

from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import CaseAction, CaseReturn
from qa_desktop.core.services import case_facts, follow_up
from qa_desktop.core.services.follow_up import FollowUpDraft
from qa_desktop.core.vocab import Status

LATER = MONDAY + timedelta(days=30)


@pytest.fixture
def shanghai(db):
    department_in_shanghai()
    return db


def fields_of(excinfo: pytest.ExceptionInfo) -> set[str]:
    return {error.field for error in excinfo.value.errors}


def test_satisfaction_with_the_date_asked_lets_the_case_close(shanghai) -> None:
    case = to_follow_up()
    draft = FollowUpDraft(
        criterion="连续三批无划伤", check_date=date(2026, 10, 1), effective=True,
        asked_on=date(2026, 10, 2), satisfaction=4, comments="满意",
    )  # fmt: skip
    follow_up.save(case.id, draft, ENGINEER, at(LATER))
    assert follow_up.current(case.id) == draft
    assert case_facts.feedback_recorded(fresh(case))
    assert not draft.unsatisfied


def test_nonsense_follow_up_is_refused_field_by_field(shanghai) -> None:
    case = to_follow_up()
    bad = FollowUpDraft(
        effective=False, asked_on=date(2027, 1, 1), satisfaction=7,
        no_feedback_reason="没有回复", criterion="",
    )  # fmt: skip
    with pytest.raises(ValidationError) as excinfo:
        follow_up.save(case.id, bad, ENGINEER, at(LATER))
    assert fields_of(excinfo) == {"satisfaction", "asked_on", "criterion", "no_feedback_reason"}
    with pytest.raises(ValidationError) as excinfo:
        follow_up.save(case.id, FollowUpDraft(satisfaction=True), ENGINEER, at(LATER))  # type: ignore[arg-type]
    assert "satisfaction" in fields_of(excinfo)
    both = FollowUpDraft(asked_on=date(2026, 10, 2), satisfaction=3, no_feedback_reason="x")
    with pytest.raises(ValidationError) as excinfo:
        follow_up.save(case.id, both, ENGINEER, at(LATER))
    assert fields_of(excinfo) == {"no_feedback_reason"}
    assert follow_up.current(case.id) == FollowUpDraft()


def test_an_unsatisfied_customer_is_what_offers_reopening(shanghai) -> None:
    assert FollowUpDraft(satisfaction=2, asked_on=date(2026, 10, 2)).unsatisfied
    assert FollowUpDraft(effective=False, criterion="x").unsatisfied
    assert not FollowUpDraft(satisfaction=3, asked_on=date(2026, 10, 2)).unsatisfied


def test_a_reason_of_spaces_is_no_reason(shanghai) -> None:
    case = to_follow_up()
    stored = follow_up.save(case.id, FollowUpDraft(no_feedback_reason="   "), ENGINEER, at(LATER))
    assert stored.no_feedback_reason == ""
    assert not case_facts.feedback_recorded(fresh(case))


def test_a_follow_up_before_the_reply_is_refused(shanghai) -> None:
    case = new_case()
    with pytest.raises(UserError, match="not been replied"):
        follow_up.save(case.id, FollowUpDraft(criterion="x"), ENGINEER, at(LATER))


def test_returns_are_recorded_only_after_closure(shanghai) -> None:
    case = to_follow_up()
    with pytest.raises(UserError, match="not closed"):
        follow_up.record_return(case.id, date(2026, 10, 5), "6.35", "t", "", ENGINEER, at(LATER))
    CaseAction.update(state="verified").execute()
    feedback(case, 1, satisfaction=5)
    move(case, Status.CLOSED, LATER)
    with pytest.raises(ValidationError) as excinfo:
        follow_up.record_return(case.id, date(2027, 1, 5), "-1", "bushels", "", ENGINEER, at(LATER))
    assert fields_of(excinfo) == {"quantity", "unit", "returned_on"}
    for hostile in ("NaN", "1e308", "6.3555", "", "六"):
        with pytest.raises(ValidationError):
            follow_up.record_return(
                case.id, date(2026, 10, 5), hostile, "t", "", ENGINEER, at(LATER)
            )
    assert not CaseReturn.select().exists()
    follow_up.record_return(
        case.id, date(2026, 10, 5), "６.35", "t", "S24A0817-05 退回", ENGINEER, at(LATER)
    )
    (row,) = follow_up.returns_of(case.id)
    assert (row.quantity, row.unit, row.recorded_by) == (Decimal("6.35"), "t", "wang")
