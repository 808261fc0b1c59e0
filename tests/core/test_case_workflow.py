"""The complaint's workflow and clocks through the services (issue 12): what the table allows,
what must be true first, who may, and where each clock stands with a fixed clock."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from case_scenarios import (
    FIELD,
    MANAGER,
    MONDAY,
    at,
    clock_of,
    containment,
    department_in_shanghai,
    feedback,
    fresh,
    judge_valid,
    move,
    new_case,
    reply,
    to_follow_up,
)
from conftest import ENGINEER, SHANGHAI, work_entries

from qa_desktop.core.clock import from_storage, to_storage
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, CaseAction, CaseClock, Complaint, StatusChange
from qa_desktop.core.services import case_clocks, case_facts, workflow
from qa_desktop.core.services.workflow import Judgement
from qa_desktop.core.vocab import Status


@pytest.fixture
def shanghai(db):
    department_in_shanghai()
    return db


# ----- clocks start with the complaint, on the department's calendar ---------------------------


def test_a_new_complaint_gets_its_markets_clocks_from_when_it_was_received(shanghai) -> None:
    case = new_case()
    codes = {row.rule_code for row in CaseClock.select().where(CaseClock.complaint == case)}
    assert "visit_answer_domestic" in codes and "visit_answer_export" not in codes
    assert "complex_case" not in codes  # started only on a case that needs it
    four_hours = clock_of(case, "first_response", MONDAY)
    assert four_hours.state.due_at == MONDAY + timedelta(hours=4)
    assert fresh(case).next_due_at == to_storage(MONDAY + timedelta(hours=4))


def test_working_days_skip_a_weekend_and_count_a_make_up_working_day(shanghai) -> None:
    friday = datetime(2026, 9, 18, 16, 0, tzinfo=SHANGHAI)
    case = new_case(friday)
    due = clock_of(case, "temporary_measures", friday).state.due_at
    # Saturday the 19th is a day off; Sunday the 20th is worked in exchange for the holiday.
    assert due == datetime(2026, 9, 20, 17, 0, tzinfo=SHANGHAI)


def test_working_days_skip_a_public_holiday(shanghai) -> None:
    thursday = datetime(2026, 9, 24, 10, 0, tzinfo=SHANGHAI)
    case = new_case(thursday)
    due = clock_of(case, "temporary_measures", thursday).state.due_at
    # Friday 25th to Sunday 27th is the Mid-Autumn holiday: the next working day is Monday.
    assert due == datetime(2026, 9, 28, 17, 0, tzinfo=SHANGHAI)


def test_a_clock_not_met_in_time_is_late_and_the_register_knows(shanghai) -> None:
    case = new_case()
    later = MONDAY + timedelta(hours=5)
    view = clock_of(case, "first_response", later)
    assert view.state.late and not view.met
    assert from_storage(fresh(case).next_due_at) < later  # the register's "late" filter
    case_clocks.meet(case.id, "first_response", "Called 张经理", ENGINEER, clock=at(later))
    met = clock_of(case, "first_response", later + timedelta(hours=1))
    assert met.met and met.state.late and met.met_by == ENGINEER.user_id
    assert fresh(case).late_clocks == 1


def test_meeting_a_clock_needs_a_note_and_a_time_that_makes_sense(shanghai) -> None:
    case = new_case()
    now = MONDAY + timedelta(hours=1)
    with pytest.raises(UserError, match="Write what was done"):
        case_clocks.meet(case.id, "first_response", "  ", ENGINEER, clock=at(now))
    with pytest.raises(UserError, match="later than now"):
        case_clocks.meet(case.id, "first_response", "x", ENGINEER, now + timedelta(1), at(now))
    with pytest.raises(UserError, match="before it started"):
        case_clocks.meet(case.id, "first_response", "x", ENGINEER, MONDAY - timedelta(1), at(now))
    case_clocks.meet(case.id, "first_response", "Called", ENGINEER, clock=at(now))
    with pytest.raises(UserError, match="was met already"):
        case_clocks.meet(case.id, "first_response", "Again", ENGINEER, clock=at(now))
    with pytest.raises(UserError, match="may not do this"):
        case_clocks.meet(case.id, "interim_report", "x", FIELD, clock=at(now))


def test_a_clock_met_earlier_is_recorded_at_that_time_and_judged_by_it(shanghai) -> None:
    case = new_case()
    now = MONDAY + timedelta(hours=6)  # the four-hour clock is late by now
    called = MONDAY + timedelta(hours=3, minutes=20)  # but the customer was called in time
    case_clocks.meet(case.id, "first_response", "Called 张经理", ENGINEER, called, at(now))
    view = clock_of(case, "first_response", now)
    assert view.state.met_at == called and not view.state.late and fresh(case).late_clocks == 0
    entry = work_entries().where(AuditEntry.action == "clock_met").get()
    assert datetime.fromisoformat(json.loads(entry.detail)["at"]) == called
    case_clocks.meet(case.id, "inspection_records", "Checked", ENGINEER, clock=at(now))
    assert clock_of(case, "inspection_records", now).state.met_at == now  # no time given: now


def test_a_time_that_makes_no_sense_is_refused_beside_the_time(shanghai) -> None:
    case = new_case()
    now = MONDAY + timedelta(hours=1)
    with pytest.raises(ValidationError) as later:
        case_clocks.meet(case.id, "first_response", "x", ENGINEER, now + timedelta(minutes=1),
                         at(now))  # fmt: skip
    with pytest.raises(ValidationError) as earlier:
        case_clocks.meet(case.id, "first_response", "x", ENGINEER,
                         MONDAY - timedelta(minutes=1), at(now))  # fmt: skip
    with pytest.raises(ValidationError) as unsaid:
        case_clocks.meet(case.id, "first_response", " ", ENGINEER, MONDAY, at(now))
    assert [(e.field, e.message) for e in later.value.errors] == [
        (case_clocks.MET_AT_FIELD, "A clock cannot be met later than now.")
    ]
    assert [(e.field, e.message) for e in earlier.value.errors] == [
        (case_clocks.MET_AT_FIELD, "A clock cannot be met before it started, at 2026-09-14 09:00.")
    ]
    assert [e.field for e in unsaid.value.errors] == [case_clocks.NOTE_FIELD]
    assert not clock_of(case, "first_response", now).met


def test_waiting_for_the_customer_moves_only_a_pausable_clock(shanghai) -> None:
    case = new_case()
    case_clocks.pause(case.id, "Waiting for samples", ENGINEER, at(MONDAY + timedelta(hours=1)))
    assert case_clocks.is_paused(case.id)
    with pytest.raises(UserError, match="already waiting"):
        case_clocks.pause(case.id, "Again", ENGINEER, at(MONDAY + timedelta(hours=2)))
    case_clocks.resume(case.id, ENGINEER, at(MONDAY + timedelta(hours=11)))
    now = MONDAY + timedelta(hours=12)
    final = clock_of(case, "final_report", now)
    assert final.state.due_at == MONDAY + timedelta(hours=58)  # 48 h + 10 h waited
    assert clock_of(case, "interim_report", now).state.due_at == MONDAY + timedelta(hours=8)
    with pytest.raises(UserError, match="not waiting"):
        case_clocks.resume(case.id, ENGINEER, at(now))


# ----- the workflow ------------------------------------------------------------------------------


def test_a_step_the_table_lacks_is_refused_and_nothing_changes(shanghai) -> None:
    case = new_case()
    with pytest.raises(UserError, match="cannot go to"):
        move(case, Status.CLOSED, MONDAY + timedelta(hours=1))
    with pytest.raises(UserError, match="cannot go to"):
        move(case, "nowhere", MONDAY + timedelta(hours=1))  # type: ignore[arg-type]
    assert fresh(case).status == Status.REGISTERED
    assert not StatusChange.select().exists()


def test_containment_needs_the_judgement_first(shanghai) -> None:
    case = new_case()
    with pytest.raises(UserError, match="judge whether the complaint is valid"):
        move(case, Status.CONTAINMENT, MONDAY + timedelta(hours=1))
    judge_valid(case, MONDAY + timedelta(hours=1))
    move(case, Status.CONTAINMENT, MONDAY + timedelta(hours=2))
    assert fresh(case).status == Status.CONTAINMENT
    change = StatusChange.get()
    assert (change.from_status, change.to_status, change.by) == (
        "registered",
        "containment",
        "wang",
    )


def test_offers_say_what_is_missing_and_only_what_the_roles_allow(shanghai) -> None:
    case = new_case()
    offers = workflow.offers(case.id, ENGINEER)
    assert [o.transition.target for o in offers] == [Status.CONTAINMENT, Status.INVALID]
    # Judging it invalid is a step of its own (with its reason); containment waits for "valid".
    assert [o.ready for o in offers] == [False, True]
    assert "judge whether the complaint is valid" in offers[0].missing
    assert workflow.offers(case.id, FIELD) == []  # field staff only confirm quantities
    judge_valid(case, MONDAY + timedelta(hours=1))
    ready = {o.transition.target: o.ready for o in workflow.offers(case.id, ENGINEER)}
    assert ready == {Status.CONTAINMENT: True, Status.INVALID: True}


def test_leaving_containment_needs_material_checked_and_meets_the_temporary_measures(
    shanghai,
) -> None:
    case = new_case()
    judge_valid(case, MONDAY + timedelta(hours=1))
    move(case, Status.CONTAINMENT, MONDAY + timedelta(hours=1))
    with pytest.raises(UserError, match="record the containment"):
        move(case, Status.INVESTIGATION, MONDAY + timedelta(hours=2))
    containment(case)
    move(case, Status.INVESTIGATION, MONDAY + timedelta(hours=3))
    view = clock_of(case, "temporary_measures", MONDAY + timedelta(hours=3))
    assert view.met and not view.state.late


def test_an_invalid_complaint_is_answered_then_closed(shanghai) -> None:
    case = new_case()
    for blank in ("", "   \n\t "):  # spaces alone say no reason
        with pytest.raises(ValidationError):
            workflow.judge(case.id, Judgement("invalid", blank, "general", "", "王工"), 1, ENGINEER)
    verdict = Judgement("invalid", "客户加工参数不当", "general", "", "王工")
    workflow.judge(case.id, verdict, fresh(case).revision, ENGINEER, at(MONDAY))
    with pytest.raises(UserError, match="Write the reason"):
        move(case, Status.INVALID, MONDAY + timedelta(hours=1))
    move(case, Status.INVALID, MONDAY + timedelta(hours=1), "客户加工参数不当，非原材料问题")
    waived = clock_of(case, "temporary_measures", MONDAY + timedelta(hours=2))
    assert waived.met and "judged invalid" in waived.note
    with pytest.raises(UserError, match="send the reply"):
        move(case, Status.ANSWERED, MONDAY + timedelta(hours=2))
    reply(case, "answer", MONDAY + timedelta(hours=3))
    move(case, Status.ANSWERED, MONDAY + timedelta(hours=3))
    assert clock_of(
        case, "final_report", MONDAY + timedelta(hours=4)
    ).met  # the answer is its report
    with pytest.raises(UserError, match="customer's feedback"):
        move(case, Status.CLOSED, MONDAY + timedelta(hours=4))
    feedback(case, 1, satisfaction=4)
    move(case, Status.CLOSED, MONDAY + timedelta(hours=5))
    closed = fresh(case)
    assert closed.status == Status.CLOSED and closed.next_due_at is None
    assert from_storage(closed.closed_at) == MONDAY + timedelta(hours=5)


def test_a_case_found_invalid_in_the_investigation_is_judged_so_by_the_step(shanghai) -> None:
    case = new_case()
    judge_valid(case, MONDAY)
    move(case, Status.CONTAINMENT, MONDAY + timedelta(hours=1))
    move(case, Status.INVALID, MONDAY + timedelta(hours=2), "复验合格：划伤系客户开卷造成")
    judged = fresh(case)
    assert (judged.status, judged.validity) == (Status.INVALID, "invalid")
    assert judged.validity_reason == "复验合格：划伤系客户开卷造成"


def test_a_validity_changed_past_registration_is_refused(shanghai) -> None:
    case = new_case()
    judge_valid(case, MONDAY)
    move(case, Status.CONTAINMENT, MONDAY + timedelta(hours=1))
    verdict = Judgement("invalid", "after all", "serious", "冷轧车间", "王工")
    with pytest.raises(UserError, match="Judge invalid"):
        workflow.judge(case.id, verdict, fresh(case).revision, ENGINEER, at(MONDAY))


def test_someone_elses_change_meanwhile_is_refused(shanghai) -> None:
    case = new_case()
    stale = fresh(case).revision
    judge_valid(case, MONDAY)
    with pytest.raises(UserError, match="after you opened it"):
        workflow.move(case.id, Status.CONTAINMENT, "", stale, ENGINEER, at(MONDAY))


def test_closing_needs_every_condition_and_reopening_a_reason_and_the_right(shanghai) -> None:
    case = to_follow_up()
    now = MONDAY + timedelta(days=3)
    CaseAction.update(state="done").execute()
    with pytest.raises(UserError, match="verified by QA"):
        move(case, Status.CLOSED, now)
    CaseAction.update(state="verified").execute()
    with pytest.raises(UserError, match="customer's feedback"):
        move(case, Status.CLOSED, now)
    feedback(case, 1, no_feedback_reason="客户未回复，已电话两次")
    move(case, Status.CLOSED, now)
    with pytest.raises(UserError, match="right"):
        move(case, Status.INVESTIGATION, now, "改善无效", actor=ENGINEER)  # QA manager reopens
    with pytest.raises(UserError, match="Write the reason"):
        move(case, Status.INVESTIGATION, now, actor=MANAGER)
    move(case, Status.INVESTIGATION, now + timedelta(hours=1), "客户再次投诉：改善无效", MANAGER)
    reopened = fresh(case)
    assert reopened.status == Status.INVESTIGATION and reopened.closed_at is None
    # A new round: the reply and feedback of the first no longer count.
    from qa_desktop.core.services import case_facts

    assert case_facts.round_number(reopened) == 2
    # ... which owes the customer a new report: its clock runs again from the reopening.
    final = clock_of(case, "final_report", now + timedelta(hours=2))
    assert not final.met and final.state.due_at == now + timedelta(hours=49)
    assert from_storage(fresh(case).next_due_at) <= now + timedelta(hours=49)
    assert not case_facts.reply_sent(reopened, case_facts.round_started(reopened))
    assert not case_facts.feedback_recorded(reopened)


def test_an_approved_proposal_needs_its_final_sign_off_before_closing(shanghai) -> None:
    from qa_desktop.core.models import Proposal

    case = to_follow_up()
    Proposal.create(
        uuid=__import__("uuid").uuid4(), complaint=case, number=1, state="approved",
        proposer="wang", base_currency="CNY", created_at=to_storage(MONDAY),
        updated_at=to_storage(MONDAY), created_by="wang", updated_by="wang",
    )  # fmt: skip
    feedback(case, 1, satisfaction=5)
    CaseAction.update(state="verified").execute()
    with pytest.raises(UserError, match="final sign-off"):
        move(case, Status.CLOSED, MONDAY + timedelta(days=3))
    Proposal.update(state="binding").execute()
    move(case, Status.CLOSED, MONDAY + timedelta(days=3))


def test_the_main_windows_counts_of_overdue_and_due_today(shanghai) -> None:
    """What the bar counts (gui/due_bar.py): the register's own query, so a click shows them."""
    from qa_desktop.core import register
    from qa_desktop.core.register import DUE_TODAY, OPEN, OVERDUE, RegisterQuery

    def counted(due: str, at_: datetime, owner: str | None = None) -> int:
        query = RegisterQuery(statuses=(OPEN,), due=due, owner=owner, as_of=at_)
        return register.count(shanghai, query)

    new_case()  # 王工's
    theirs = new_case(owner="李工")
    case_clocks.meet(theirs.id, "first_response", "Called", ENGINEER, clock=at(MONDAY))
    # 12:00: both due at 13:00 (4 h), nothing overdue; at 13:30 mine is overdue, theirs due at
    # 17:00, and both still count as due today (the day's clocks, overdue or not).
    noon, half_past_one = MONDAY + timedelta(hours=3), MONDAY + timedelta(hours=4, minutes=30)
    assert (counted(OVERDUE, noon), counted(DUE_TODAY, noon)) == (0, 2)
    assert (counted(OVERDUE, half_past_one), counted(DUE_TODAY, half_past_one)) == (1, 2)
    assert counted(OVERDUE, half_past_one, "王工") == 1
    assert counted(OVERDUE, half_past_one, "李工") == 0
    assert counted(DUE_TODAY, half_past_one, "李工") == 1


def test_the_calendar_follows_the_departments_zone(db) -> None:
    from conftest import set_department_zone

    from qa_desktop.core.services import clock_rules

    set_department_zone("Europe/Berlin")
    assert clock_rules.department_calendar().zone.key == "Europe/Berlin"
    set_department_zone("Asia/Shanghai")
    assert clock_rules.department_calendar().zone.key == "Asia/Shanghai"


def test_a_proposal_awaiting_approval_unsettles_the_handling(shanghai) -> None:
    from qa_desktop.core.models import Proposal
    from qa_desktop.core.workflow import Precondition

    case = to_follow_up()
    Complaint.update(no_handling_reason="Replaced under warranty.").execute()
    settled = Precondition.HANDLING_APPROVED_OR_NONE
    assert case_facts.common_facts(fresh(case))[settled]
    Proposal.create(
        uuid=__import__("uuid").uuid4(), complaint=case, number=1, state="submitted",
        proposer="wang", base_currency="CNY", created_at=to_storage(MONDAY),
        updated_at=to_storage(MONDAY), created_by="wang", updated_by="wang",
    )  # fmt: skip
    facts = case_facts.common_facts(fresh(case))
    assert not facts[settled] and facts[Precondition.FINAL_SIGNOFF_WHERE_MONEY]
    Proposal.update(state="approved").execute()
    facts = case_facts.common_facts(fresh(case))
    assert facts[settled] and not facts[Precondition.FINAL_SIGNOFF_WHERE_MONEY]


def test_an_open_case_from_before_clocks_gets_them_from_when_it_was_received(shanghai) -> None:
    open_case, closed_case = new_case(), new_case()
    CaseClock.delete().execute()  # as a file upgraded from before clocks existed holds them
    Complaint.update(next_due_at=None).execute()
    Complaint.update(status=Status.CLOSED.value).where(Complaint.id == closed_case).execute()
    assert case_clocks.start_missing(MONDAY) == 1
    assert not CaseClock.select().where(CaseClock.complaint == closed_case).exists()
    assert clock_of(open_case, "first_response", MONDAY).state.due_at == MONDAY + timedelta(hours=4)
    assert fresh(open_case).next_due_at == to_storage(MONDAY + timedelta(hours=4))
    assert case_clocks.start_missing(MONDAY) == 0  # nothing is started twice
