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
    PASSWORD,
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
    FollowUp,
)
from qa_desktop.core.proposal_lines import LineDraft
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
    """The 8D report issued (its next revision), or the answer to an invalid complaint sent."""
    from qa_desktop.core.services import replies

    if kind == "8d":
        replies.issue_8d(case.id, "张经理", "email", "zh_CN", ENGINEER, at(when))
    else:
        replies.record_answer(case.id, "张经理", "phone", "已委婉说明原因", ENGINEER, at(when))


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
    root_cause(case, MONDAY + timedelta(hours=3))
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


def root_cause(case: Complaint, when: datetime) -> None:
    """D4 with both verified root causes, completed and signed by the QA engineer."""
    from qa_desktop.core.eightd.content import content_from_data
    from qa_desktop.core.services import eightd

    d4 = {"occurrence_root_cause": "导辊表面粘附硬质颗粒，划伤带钢表面",
          "escape_root_cause": "在线表面检测未覆盖带钢边部 50 mm"}  # fmt: skip
    revision = eightd.read_8d(case.id).revision
    eightd.save_8d(case.id, content_from_data({"d4": d4}), revision, ENGINEER, at(when))
    eightd.complete_step(case.id, 4, revision + 1, PASSWORD, ENGINEER, at(when))


def refused(step, words: str) -> None:
    try:
        step()
    except UserError as exc:
        assert words in str(exc), str(exc)
    else:
        raise AssertionError(f"not refused ({words})")


CLOSED_AT = MONDAY + timedelta(days=3)
# A week after the closing, before any reopening the tests make (eight days after it).
LATER = at(CLOSED_AT + timedelta(days=7))
# A handling proposal's one line, for the proposals a closed case still holds.
LINES = [LineDraft("compensation", "212", "pcs", "38600", "CNY", "", "不良品加工损失")]


def to_closed() -> Complaint:
    """The example case carried to its closing: followed up, its action verified (stood in for),
    the customer satisfied, closed by the QA engineer three days after it came in."""
    return close(to_follow_up())


def close(case: Complaint) -> Complaint:
    """`case`, in follow-up, closed as `to_closed` closes it (for tests that add records first)."""
    CaseAction.update(state="verified").where(CaseAction.complaint == case.id).execute()
    feedback(case, 1, satisfaction=5, asked_on=(MONDAY + timedelta(days=2)).date())
    move(case, Status.CLOSED, CLOSED_AT, "措施有效，客户满意")
    return fresh(case)


def snapshot(db) -> dict[str, list[str]]:
    """Every row of every table: what "nothing was written" is compared against."""
    tables = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: sorted(map(repr, db.execute_sql(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
