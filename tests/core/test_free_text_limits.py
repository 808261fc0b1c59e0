"""The free texts of a complaint's life (issue 12) are measured after the one cleaning of typed
text (core/text.py) and refused, not cut short, past their limit: a clock's "met" note and the
reason the department waits for the customer, a workflow step's reason, a step's reopening
reason. Nothing is written by a refusal. Control characters, bidirectional overrides and lone
surrogates never reach the file: an 8D's texts, cells and owner are stored without them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from case_scenarios import (
    MANAGER,
    MONDAY,
    at,
    department_in_shanghai,
    fresh,
    new_case,
    snapshot,
)
from conftest import ENGINEER, PASSWORD

from qa_desktop.core.eightd import content_from_data
from qa_desktop.core.eightd.fields import MAX_TEXT as MAX_8D_TEXT
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import CaseClock, ClockPause, EightD, EightDStep
from qa_desktop.core.services import case_clocks, eightd, workflow
from qa_desktop.core.validation import MAX_TEXT
from qa_desktop.core.vocab import Status

SOON = at(MONDAY + timedelta(hours=2))
# What a paste or a hand-edited file may carry that is no text: a NUL, an escape, a
# right-to-left override, a lone surrogate (which UTF-8 cannot even store).
UNPRINTABLE = ("\x00", "\x1b", "\u202e", "\ud800")


@pytest.fixture
def case(db):
    department_in_shanghai()
    return new_case()


def test_a_met_note_past_the_limit_is_refused_beside_the_note(case, db) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError) as refused:
        case_clocks.meet(case.id, "first_response", "电" * (MAX_TEXT + 1), ENGINEER, clock=SOON)
    [error] = refused.value.errors
    assert error.field == case_clocks.NOTE_FIELD
    assert error.message == f"Shorten this text to at most {MAX_TEXT} characters."
    assert snapshot(db) == before
    case_clocks.meet(case.id, "first_response", "电" * MAX_TEXT, ENGINEER, clock=SOON)
    assert CaseClock.get(CaseClock.rule_code == "first_response").met_at is not None


def test_a_met_note_is_cleaned_before_it_is_measured_and_stored(case) -> None:
    note = "已电话\x00联系\u202e客户\x1b" + " " * (MAX_TEXT + 5)  # trailing blanks are nothing
    case_clocks.meet(case.id, "first_response", note, ENGINEER, clock=SOON)
    assert CaseClock.get(CaseClock.rule_code == "first_response").met_note == "已电话联系客户"
    with pytest.raises(ValidationError, match="Write what was done"):
        case_clocks.meet(case.id, "inspection_records", "\x00\u202e ", ENGINEER, clock=SOON)


def test_a_waiting_reason_past_the_limit_is_refused(case, db) -> None:
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        case_clocks.pause(case.id, "等" * (MAX_TEXT + 1), ENGINEER, SOON)
    assert str(refused.value) == f"Shorten this text to at most {MAX_TEXT} characters."
    assert snapshot(db) == before
    with pytest.raises(UserError, match="waiting for"):
        case_clocks.pause(case.id, "\x1b\u202e", ENGINEER, SOON)
    case_clocks.pause(case.id, "等客户\x00回复样品", ENGINEER, SOON)
    assert ClockPause.get().reason == "等客户回复样品"


def test_a_workflow_reason_past_the_limit_is_refused(case, db) -> None:
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        workflow.move(
            case.id, Status.CLOSED, "因" * (MAX_TEXT + 1), fresh(case).revision, ENGINEER, SOON
        )
    assert str(refused.value) == f"Shorten this text to at most {MAX_TEXT} characters."
    assert snapshot(db) == before


def test_a_reopening_reason_past_the_limit_is_refused_not_cut_short(case, db) -> None:
    content = content_from_data({"d0": {"emergency_response": "停止发货", "full_8d_needed": True}})
    eightd.save_8d(case.id, content, 0, ENGINEER, SOON)
    eightd.complete_step(case.id, 0, 1, PASSWORD, ENGINEER, SOON)
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        eightd.reopen_step(case.id, 0, "补" * (MAX_8D_TEXT + 1), MANAGER, SOON)
    assert str(refused.value) == (
        f"Shorten the reason for reopening D0 Emergency response to at most "
        f"{MAX_8D_TEXT} characters."
    )
    assert snapshot(db) == before
    reason = "补" * MAX_8D_TEXT  # the whole of it kept (once cut at 2,000 without a word)
    assert eightd.reopen_step(case.id, 0, reason, MANAGER, SOON).reopen_reason == reason


@pytest.mark.parametrize("bad", UNPRINTABLE, ids=["nul", "escape", "rlo", "surrogate"])
def test_no_unprintable_character_of_an_8d_reaches_the_file(case, bad: str) -> None:
    data = {
        "d0": {"emergency_response": f"停止{bad}发货", "full_8d_needed": True},
        "d1": {"leader": f"王{bad}工", "members": [{"name": f"李{bad}工"}]},
    }
    eightd.save_8d(case.id, content_from_data(data), 0, ENGINEER, SOON)
    stored = EightD.get().content
    escaped = ("\\u0000", "\\u001b", "\\u202e", "\\ud800")  # as JSON would write them
    assert not any(c in stored for c in UNPRINTABLE + escaped)
    view = eightd.read_8d(case.id).content
    assert view.value(0, "emergency_response") == "停止发货"
    assert view.value(1, "leader") == "王工"
    # The owner, a user id chosen from a list, cleaned the same way (a surrogate once crashed).
    eightd.plan_step(case.id, 5, f"{bad}wang", None, ENGINEER, SOON)
    assert EightDStep.get(EightDStep.step == 5).owner == "wang"
