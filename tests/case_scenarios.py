"""The example case's life for tests (issue 12): a department in Shanghai on the 2026 calendar,
a case registered at a fixed instant, and the records other parts keep, stood in for where a
test is about the workflow, not about them."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from decimal import Decimal

from conftest import (
    ADMIN,
    ENGINEER,
    SHANGHAI,
    add_test_accounts,
    example_draft,
    set_department_zone,
)

from qa_desktop.core.clock import to_storage
from qa_desktop.core.clocks.calendar_json import china_2026
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import (
    CaseAction,
    Complaint,
    ContainmentLine,
    CustomerReply,
    EightDStep,
    FollowUp,
)
from qa_desktop.core.services import case_clocks, clock_rules, workflow
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.workflow import Judgement
from qa_desktop.core.vocab import Status

MANAGER = Actor("chen", "陈主管")
FIELD = Actor("zhou", "周工")
# A Monday morning in Shanghai in September 2026, so the Mid-Autumn holiday (25–27) and the
# make-up working day before it (Sunday 20th) are near.
MONDAY = datetime(2026, 9, 14, 9, 0, tzinfo=SHANGHAI)


def department_in_shanghai() -> None:
    """The QA manager and field staff besides the test accounts; the department's zone and
    calendar Shanghai's, whatever zone the machine running the tests is in."""
    add_test_accounts((MANAGER, "qa_manager"), (FIELD, "field_staff"))
    set_department_zone("Asia/Shanghai")
    calendar = dataclasses.replace(china_2026(), zone=SHANGHAI)
    clock_rules.save_calendar(calendar, ADMIN)


def at(moment: datetime):
    return lambda: moment


def new_case(received: datetime = MONDAY, **changes) -> Complaint:
    draft = example_draft(received_at=received, **changes)
    return register_complaint(draft, ENGINEER, clock=at(received + timedelta(minutes=10)))


def fresh(case: Complaint) -> Complaint:
    return Complaint.get_by_id(case.id)


def judge_valid(case: Complaint, when: datetime) -> Complaint:
    verdict = Judgement("valid", "", "serious", "冷轧车间", "王工")
    return workflow.judge(case.id, verdict, fresh(case).revision, ENGINEER, at(when))


def move(case: Complaint, target: Status, when: datetime, reason: str = "", actor=ENGINEER):
    return workflow.move(case.id, target, reason, fresh(case).revision, actor, at(when))


def clock_of(case: Complaint, code: str, now: datetime):
    return next(v for v in case_clocks.clocks_of(case.id, now) if v.rule.code == code)


# ----- the parts other services record, stood in for -------------------------------------------


def stamp() -> dict[str, object]:
    now = to_storage(MONDAY)
    return {"created_at": now, "updated_at": now, "created_by": "wang", "updated_by": "wang"}


def containment(case: Complaint) -> None:
    ContainmentLine.create(
        complaint=case, position=0, place="factory_stock", checked=Decimal("12.5"), **stamp()
    )


def reply(case: Complaint, kind: str, when: datetime) -> None:
    CustomerReply.create(
        complaint=case, kind=kind, revision="A" if kind == "8d" else "", sent_to="张经理",
        sent_at=to_storage(when), sent_by="wang",
    )  # fmt: skip


def feedback(case: Complaint, round_: int, **values) -> None:
    FollowUp.create(
        complaint=case, round=round_, updated_at=to_storage(MONDAY), updated_by="wang", **values
    )


def to_follow_up() -> Complaint:
    case = new_case()
    judge_valid(case, MONDAY)
    move(case, Status.CONTAINMENT, MONDAY + timedelta(hours=1))
    containment(case)
    move(case, Status.INVESTIGATION, MONDAY + timedelta(hours=2))
    refused(lambda: move(case, Status.HANDLING, MONDAY + timedelta(hours=3)), "root cause")
    EightDStep.create(complaint=case, step=4, completed_at=to_storage(MONDAY), completed_by="wang")
    move(case, Status.HANDLING, MONDAY + timedelta(hours=3))
    refused(lambda: move(case, Status.REPLIED, MONDAY + timedelta(hours=4)), "not needed")
    workflow.record_no_handling(case.id, "客户只要求原因分析", fresh(case).revision, ENGINEER)
    refused(lambda: move(case, Status.REPLIED, MONDAY + timedelta(hours=4)), "send the reply")
    reply(case, "8d", MONDAY + timedelta(hours=5))
    move(case, Status.REPLIED, MONDAY + timedelta(hours=5))
    move(case, Status.FOLLOW_UP, MONDAY + timedelta(days=2))
    CaseAction.create(
        complaint=case, number=1, kind="corrective", description="加装导辊护罩", owner="li",
        due_date=MONDAY.date() + timedelta(days=10), **stamp(),
    )  # fmt: skip
    return case


def refused(step, words: str) -> None:
    try:
        step()
    except UserError as exc:
        assert words in str(exc), str(exc)
    else:
        raise AssertionError(f"not refused ({words})")
