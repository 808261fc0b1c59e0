"""A closed case no longer changes (core/workflow/closed.py, services/closed_cases.py): every
write path that changes what the case holds refuses with one sentence naming the case, and the
file is then exactly as it was; returns after closure, the follow-up, and reopening still go."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from action_scenarios import corrective
from case_scenarios import (
    CLOSED_AT,
    LATER,
    LINES,
    MANAGER,
    MONDAY,
    at,
    close,
    department_in_shanghai,
    feedback,
    fresh,
    move,
    snapshot,
    to_closed,
    to_follow_up,
)
from conftest import ENGINEER, PASSWORD

from qa_desktop.core import media, register
from qa_desktop.core.containment import ContainmentDraft
from qa_desktop.core.eightd import with_values
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import Attachment, CaseAction, Complaint, Proposal, UserAccount
from qa_desktop.core.services import (
    actions,
    attachments,
    case_clocks,
    containment,
    eightd,
    follow_up,
    proposals,
    replies,
    signatures,
    workflow,
)
from qa_desktop.core.services.attachments import NewAttachment
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.complaints import to_draft, update_complaint
from qa_desktop.core.services.context import write
from qa_desktop.core.services.follow_up import FollowUpDraft
from qa_desktop.core.services.workflow import Judgement
from qa_desktop.core.vocab import Status
from qa_desktop.core.workflow import FINAL, is_closed


def letter() -> NewAttachment:
    return NewAttachment(media.prepare_bytes("客户来函：要求退货".encode(), "来函.txt"), "来函")


@pytest.fixture
def closed(db) -> Complaint:
    """The example case closed, with what each write path needs to find: an attachment, a
    draft proposal and one awaiting the QA manager (a submitted one does not hold up closing)."""
    department_in_shanghai()
    case = to_follow_up()
    attachments.add_attachments(case.id, [letter()], ENGINEER, at(MONDAY + timedelta(days=2)))
    proposals.draft_proposal(case.id, "退回 -05", LINES, ENGINEER)
    submitted = proposals.draft_proposal(case.id, "赔偿不良品", LINES, ENGINEER)
    proposals.submit_proposal(submitted.id, ENGINEER)
    return close(case)


def _changes(case: Complaint) -> dict[str, Callable[[], object]]:
    """Each write path that changes a case, called as a screen or the command line would."""
    revision = fresh(case).revision
    action = CaseAction.get(CaseAction.complaint == case.id)
    draft, submitted = Proposal.select().where(Proposal.complaint == case.id).order_by(Proposal.id)
    attachment = Attachment.get(Attachment.complaint == case.id)
    view = eightd.read_8d(case.id)
    changed_8d = with_values(view.content, 5, {"summary": "更换导辊护罩"})
    line = ContainmentDraft(place="factory_stock", reference="S24A0817", checked="3")
    verdict = Judgement("valid", "", "general", "冷轧车间", "王工")
    edit = to_draft(fresh(case))
    a = (str(action.uuid), action.revision)
    return {
        "complaint": lambda: update_complaint(
            case.id, edit.__class__(**{**edit.__dict__, "product": "冷轧卷"}), revision, ENGINEER
        ),
        "attach": lambda: attachments.add_attachments(case.id, [letter()], ENGINEER),
        "caption": lambda: attachments.set_caption(case.id, attachment.id, "新说明", ENGINEER),
        "detach": lambda: attachments.remove_attachment(case.id, attachment.id, ENGINEER),
        "judge": lambda: workflow.judge(case.id, verdict, revision, ENGINEER),
        "no handling": lambda: workflow.record_no_handling(case.id, "无需处理", revision, ENGINEER),
        "containment": lambda: containment.save_containment(
            case.id, containment.containment_of(case.id).revision, [line], ENGINEER
        ),
        "8D save": lambda: eightd.save_8d(case.id, changed_8d, view.revision, ENGINEER),
        "8D plan": lambda: eightd.plan_step(case.id, 5, "wang", date(2026, 10, 1), ENGINEER),
        "8D complete": lambda: eightd.complete_step(case.id, 5, view.revision, PASSWORD, ENGINEER),
        "8D reopen": lambda: eightd.reopen_step(case.id, 4, "客户要求补充", ENGINEER),
        "action add": lambda: actions.add_action(
            case.id, corrective(due_date=date(2026, 9, 30)), ENGINEER
        ),
        "action change": lambda: actions.update_action(*a, corrective(), ENGINEER),
        "action done": lambda: actions.mark_done(*a, "完成", ENGINEER),
        "evidence": lambda: actions.add_evidence(*a, [letter().media], ENGINEER),
        "verify": lambda: actions.verify_action(*a, "有效", MANAGER),
        "send back": lambda: actions.reject_verification(*a, "未完成", MANAGER),
        "cancel": lambda: actions.cancel_action(*a, "不再需要", ENGINEER),
        "clock met": lambda: case_clocks.meet(case.id, "first_response", "已联系", ENGINEER),
        "clock started": lambda: case_clocks.start_on_demand(case.id, "complex_case", ENGINEER),
        "clocks paused": lambda: case_clocks.pause(case.id, "等客户回复", ENGINEER),
        "clocks resumed": lambda: case_clocks.resume(case.id, ENGINEER),
        "8D issued": lambda: replies.issue_8d(case.id, "张经理", "email", "zh_CN", ENGINEER),
        "answer": lambda: replies.record_answer(case.id, "张经理", "phone", "已说明", ENGINEER),
        "interim": lambda: replies.record_interim(case.id, "张经理", "email", "进展", ENGINEER),
        "proposal": lambda: proposals.draft_proposal(case.id, "再赔偿", LINES, ENGINEER),
        "proposal change": lambda: proposals.update_proposal(
            draft.id, draft.revision, "改为折价", LINES, ENGINEER
        ),
        "proposal submit": lambda: proposals.submit_proposal(draft.id, ENGINEER),
        "signature": lambda: signatures.sign_proposal(
            submitted.id, signatures.Decision(True), PASSWORD, MANAGER
        ),
        "paper signature": lambda: signatures.record_paper_signature(
            submitted.id, "chen", signatures.Decision(True), letter().media, PASSWORD, ENGINEER
        ),
    }


def test_closed_is_the_workflows_final_state_and_the_registers() -> None:
    assert register.CLOSED_STATUSES == FINAL == {Status.CLOSED}
    assert [s for s in Status if is_closed(s)] == [Status.CLOSED]
    assert not is_closed("") and not is_closed("nonsense")


def test_every_change_to_a_closed_case_is_refused_and_nothing_is_written(closed, db) -> None:
    sentence = f"{closed.case_no} is closed: reopen it before changing anything in it."
    before = snapshot(db)
    changes = _changes(closed)
    assert len(changes) == 30
    for name, change in changes.items():
        with pytest.raises(UserError) as refused:
            change()
        assert str(refused.value) == sentence, name
        assert snapshot(db) == before, name


def test_a_closed_case_is_refused_before_a_wrong_password_is_counted(closed, db) -> None:
    """Completing an 8D step, signing or recording a paper signature asks for the password:
    on a closed case the refusal says so, and the wrong password is not held against anyone."""
    sentence = f"{closed.case_no} is closed: reopen it before changing anything in it."
    submitted = Proposal.get(Proposal.state == "submitted")
    wrong = "not the password"
    attempts = {
        "8D complete": lambda: eightd.complete_step(
            closed.id, 5, eightd.read_8d(closed.id).revision, wrong, ENGINEER
        ),
        "signature": lambda: signatures.sign_proposal(
            submitted.id, signatures.Decision(True), wrong, MANAGER
        ),
        "paper signature": lambda: signatures.record_paper_signature(
            submitted.id, "chen", signatures.Decision(True), letter().media, wrong, ENGINEER
        ),
    }
    before = snapshot(db)
    for name, attempt in attempts.items():
        with pytest.raises(UserError) as refused:
            attempt()
        assert str(refused.value) == sentence, name
        assert snapshot(db) == before, name  # failed_attempts among them
    counts = {a.user_id: a.failed_attempts for a in UserAccount.select()}
    assert counts[ENGINEER.user_id] == counts[MANAGER.user_id] == 0


def test_the_refusal_is_translated(closed) -> None:
    with pytest.raises(UserError, match=f"{closed.case_no} 已结案"):
        workflow.record_no_handling(closed.id, "无需处理", closed.revision, ENGINEER, lang="zh_CN")


def test_a_case_closed_by_another_window_meanwhile_is_refused_too(db) -> None:
    department_in_shanghai()
    case = to_follow_up()
    opened = fresh(case)  # a form loaded it while it was in follow-up
    CaseAction.update(state="verified").execute()
    feedback(case, 1, satisfaction=4, asked_on=(MONDAY + timedelta(days=2)).date())
    move(case, Status.CLOSED, CLOSED_AT)
    assert opened.status == Status.FOLLOW_UP
    with pytest.raises(UserError, match="is closed"), write(ENGINEER):
        refuse_closed(opened)  # the status is read again under the write lock


def test_a_closed_cases_proposal_awaits_no_signature(closed) -> None:
    assert Proposal.get(Proposal.state == "submitted").complaint_id == closed.id
    assert signatures.awaiting(MANAGER) == []  # the step was the QA manager's
    move(closed, Status.INVESTIGATION, CLOSED_AT + timedelta(days=8), "客户再次投诉", MANAGER)
    assert [p.summary for p, _step in signatures.awaiting(MANAGER)] == ["赔偿不良品"]


def test_returns_the_follow_up_and_reopening_still_go_after_closure(db) -> None:
    department_in_shanghai()
    case = to_closed()
    follow_up.record_return(case.id, date(2026, 9, 20), "6.35", "t", "退回 -05", ENGINEER, LATER)
    assert len(follow_up.returns_of(case.id)) == 1
    late_word = FollowUpDraft(asked_on=date(2026, 9, 21), satisfaction=4, comments="满意")
    assert follow_up.save(case.id, late_word, ENGINEER, LATER).satisfaction == 4
    with pytest.raises(UserError, match="is closed"):
        containment.save_containment(case.id, 1, [], ENGINEER, LATER)
    # Reopened (plan A, the QA manager's right): the case takes changes again.
    move(case, Status.INVESTIGATION, CLOSED_AT + timedelta(days=8), "客户再次投诉", MANAGER)
    reopened = fresh(case)
    assert reopened.status == Status.INVESTIGATION and reopened.closed_at is None
    revision = containment.containment_of(case.id).revision
    line = ContainmentDraft(place="factory_stock", reference="S24A0817", checked="8")
    saved = containment.save_containment(case.id, revision, [line], ENGINEER, LATER)
    assert saved.revision == revision + 1
    workflow.record_no_handling(case.id, "第二轮无需处理", reopened.revision, ENGINEER)
    assert fresh(case).no_handling_reason == "第二轮无需处理"
