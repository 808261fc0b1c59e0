"""DOMAIN.md's example case from registration to closure through the windows (issue 12, "Done
means"): a late clock, a refused step, a refused self-verification, a reopened case, and the 8D
report the customer receives read back with pdftotext.

The clock is the test's: it moves as the case's days go by. What has a window of its own goes
through that window (the complaint form, the case window and its tabs); what this issue does not
build a window for here (the site visit's record, the proposal's signatures) goes through the
services those windows call, as their own tests drive them."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from case_scenarios import FIELD, MANAGER, department_in_shanghai
from conftest import ENGINEER, PASSWORD, SHANGHAI, add_test_accounts, example_draft
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from visit_scenarios import stored_photo

from qa_desktop.core.eightd.content import content_from_data
from qa_desktop.core.models import CaseAction, Complaint, StatusChange
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import eightd, proposals, replies, signatures, visit_record, visits
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.signatures import Decision
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.visit_content import VisitContent
from qa_desktop.core.visit_quantities import VisitCoilDraft
from qa_desktop.core.vocab import Status
from qa_desktop.gui.actions_panel import ActionsPanel
from qa_desktop.gui.case_window import CaseWindow
from qa_desktop.gui.containment_panel import ContainmentPanel
from qa_desktop.gui.follow_up_panel import FollowUpPanel
from qa_desktop.gui.main_window import MainWindow
from qa_desktop.gui.visit_reason_dialog import ReasonDialog

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

GM = Actor("liu", "刘总")
OWNER = Actor("li", "李工")  # the production engineer who owns the corrective action
RECEIVED = datetime(2026, 9, 14, 9, 0, tzinfo=SHANGHAI)  # a Monday
INTERNAL = "内部-勿外传-划伤工艺参数"  # planted in the internal note: never in the customer's PDF
ROOT_OCCURRENCE = "2 号冷轧机导辊表面粘附硬质颗粒，划伤带钢表面"
ROOT_ESCAPE = "在线表面检测未覆盖带钢边部 50 mm"


class Clock:
    """Now, as the test says; the windows read it each time."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def to(self, hours: float) -> None:
        self.now = RECEIVED + timedelta(hours=hours)


@pytest.fixture
def people(db):
    department_in_shanghai()
    add_test_accounts((GM, "general_manager"))


def take(window: CaseWindow, target: Status, reason: str = "") -> ReasonDialog:
    """Press the step's button, write the reason, OK; the dialog stays open when refused."""
    window.show_case()
    window.overview.step_buttons[target.value].click()
    dialog = next(d for d in window.overview.findChildren(ReasonDialog) if d.isVisible())
    dialog.ui.reason.setPlainText(reason)
    dialog.accept()
    return dialog


def answer_dialogs(panel: ActionsPanel, text: str, said: list[str]) -> None:
    def run(dialog) -> bool:
        dialog.ui.reason.setPlainText(text)
        dialog.accept()
        if dialog.ui.error.text():
            said.append(dialog.ui.error.text())
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.ask_reason = run


def case_window(qtbot, main: MainWindow, case_id: int, actor: Actor, clock: Clock) -> CaseWindow:
    window = CaseWindow(main, case_id, actor=actor, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_example_case_from_the_first_call_to_closure(qtbot, people, tmp_path, db_path):
    clock = Clock(RECEIVED + timedelta(minutes=20))
    settings = UserSettings(tmp_path / "settings.json")
    main = MainWindow(database_of(), db_path, settings, actor=ENGINEER, clock=clock)
    qtbot.addWidget(main)

    # The phone call, registered in the complaint form.
    form = main.complaint_dialog()
    form.set_draft(example_draft(received_at=RECEIVED, internal_note=INTERNAL))
    form.save()
    case = Complaint.get()
    window = main.cases.open_case(case.id)
    qtbot.addWidget(window)
    overview = window.overview

    # Five hours later nobody has called the customer back: the four-hour clock is late.
    clock.to(5)
    window.show_case()
    assert "Late since" in window.ui.due_line.text()
    table = overview.ui.clocks
    first = next(r for r in range(table.rowCount()) if "First contact" in table.item(r, 0).text())
    assert table.item(first, 2).text().startswith("Late by")
    table.selectRow(first)
    dialog = overview.clocks.meet()
    dialog.ui.note.setPlainText("已电话联系张经理：初步判断为导辊划伤，已冻结同批库存")
    dialog.accept()
    assert table.item(first, 2).text() == "Met late"

    # Judged valid, serious, the cold-rolling shop answers for it: containment.
    ui = overview.ui
    ui.validity.setCurrentIndex(ui.validity.findData("valid"))
    ui.department.setCurrentText("冷轧车间")
    ui.save_judgement.click()
    take(window, Status.CONTAINMENT, "划伤属实")

    # A refused step: the investigation waits for the containment to be recorded.
    refused = take(window, Status.INVESTIGATION, "")
    assert refused.isVisible() and "record the containment" in refused.ui.error.text()
    refused.reject()

    # The field engineer's visit: coil -03 fully used, 212 of 1,480 pieces defective; coil -05
    # unused, 6.35 t on the floor. The containment takes the customer's lines from it.
    clock.to(26)
    _site_visit(case, clock)
    containment = window.panel(ContainmentPanel)
    window.show_case()
    assert containment.take_from_visit()[0] >= 2
    assert containment.save()
    take(window, Status.INVESTIGATION, "临时对策已落实")
    assert fresh(case).status == Status.INVESTIGATION

    # The investigation: the 8D's root causes, D4 completed and signed; the handling proposed.
    clock.to(30)
    _root_causes(case, clock)
    take(window, Status.HANDLING, "根本原因已确认")

    # Compensation of ¥38,600 within the QA manager's limit, binding with the GM's sign-off.
    clock.to(34)
    _compensation(case, clock)

    # A corrective action owned by 李工: done by him; his own verification refused; 王工 verifies.
    actions_tab = window.panel(ActionsPanel)
    _add_action(actions_tab, clock)
    mine = ActionsPanel(actor=OWNER, clock=clock)
    qtbot.addWidget(mine)
    mine.show_case(case.id)
    said: list[str] = []
    answer_dialogs(mine, "已加装导辊护罩并纳入点检", said)
    mine.select_row(0)
    mine.ui.mark_done.click()
    mine.ui.verify.click()
    assert "someone else from QA must verify it" in mine.ui.actions_error.text()
    window.show_case()
    answer_dialogs(actions_tab, "现场核对点检表，连续 3 班已执行", said)
    actions_tab.select_row(0)
    actions_tab.ui.verify.click()
    action = CaseAction.get()
    assert (action.state, action.verified_by, action.owner) == ("verified", "wang", "li")

    # The 8D report goes to the customer (revision A): the reply; then the follow-up.
    clock.to(40)
    issued = replies.issue_8d(case.id, "张经理", "email", "zh_CN", ENGINEER, clock)
    text = _pdf_text(replies.reply_document(issued.reply.id), tmp_path / "8D-A.pdf")
    assert ROOT_OCCURRENCE[:10] in text and ROOT_ESCAPE[:10] in text
    assert "38,600" in text and "S24A0817-03" in text
    assert INTERNAL not in text
    take(window, Status.REPLIED, "8D报告A版已发张经理")
    clock.to(24 * 8)
    take(window, Status.FOLLOW_UP)
    refused = take(window, Status.CLOSED, "")
    assert "customer's feedback" in refused.ui.error.text()
    refused.reject()
    _satisfied(window, 4)
    take(window, Status.CLOSED, "措施有效，客户满意")
    assert fresh(case).status == Status.CLOSED

    # A month on the customer finds scratches again: the QA manager reopens (plan A).
    clock.to(24 * 40)
    managers = case_window(qtbot, main, case.id, MANAGER, clock)
    take(managers, Status.INVESTIGATION, "客户再次发现划伤：改善无效，重新分析")
    reopened = fresh(case)
    assert (reopened.status, reopened.closed_at) == (Status.INVESTIGATION, None)
    history = managers.overview.ui.history
    last = history.item(history.count() - 1).text()
    assert "Closed → Investigation, by 陈主管: 客户再次发现划伤" in last

    # The second round: the root cause stands (D4 still signed), a new revision B is the reply,
    # the follow-up of round two, and the case closes again.
    window.show_case()
    take(window, Status.HANDLING, "根本原因复核：另有 3 号导辊")
    issued_b = replies.issue_8d(case.id, "张经理", "email", "zh_CN", ENGINEER, clock)
    assert issued_b.reply.revision == "B"
    take(window, Status.REPLIED, "8D报告B版")
    clock.to(24 * 48)
    take(window, Status.FOLLOW_UP)
    _satisfied(window, 5)
    take(window, Status.CLOSED, "第二轮措施有效")
    closed = fresh(case)
    assert closed.status == Status.CLOSED and closed.next_due_at is None
    steps = [(c.from_status, c.to_status) for c in StatusChange.select().order_by(StatusChange.id)]
    assert steps.count(("follow_up", "closed")) == 2 and ("closed", "investigation") in steps


# ----- the parts with windows of their own ----------------------------------------------------------


def database_of():
    from qa_desktop.core.models import database_proxy

    return database_proxy.obj


def fresh(case: Complaint) -> Complaint:
    return Complaint.get_by_id(case.id)


def _site_visit(case: Complaint, clock: Clock) -> None:
    plan = visits.VisitPlan(
        assignee="zhou", appointment=clock() + timedelta(hours=20), site="佛山市顺德区 3 号车间",
        contact_name="张经理", contact_phone="13800138000",
    )  # fmt: skip
    visit = visits.plan_visit(case.case_no, plan, ENGINEER, clock).visit
    coils = [
        VisitCoilDraft(coil_no="S24A0817-03", used="1480", unused="0", defective_used="212",
                       defective_unused="0", unit="pcs"),
        VisitCoilDraft(coil_no="S24A0817-05", used="0", unused="6.35", defective_used="0",
                       defective_unused="6.35", unit="t"),
    ]  # fmt: skip
    answers = {
        "defect_source": "our_material", "visible_before_processing": "yes",
        "defective_used": "212", "defective_unused": "6.35", "coil_no": "S24A0817-05",
        "specification": "1.0×1219", "weight": "6.35", "samples_taken": "yes",
        "customer_loss": "停线 4 小时", "customer_remedy": "退回 -05，赔偿不良品",
    }  # fmt: skip
    content = VisitContent(answers, "开卷即见划伤", coils, (stored_photo(),))
    saved = visit_record.save_visit(str(visit.uuid), visit.revision, content, FIELD, clock)
    visit_record.finish_visit(str(visit.uuid), saved.visit.revision, FIELD, clock)


def _root_causes(case: Complaint, clock: Clock) -> None:
    data = {"d4": {"occurrence_root_cause": ROOT_OCCURRENCE, "escape_root_cause": ROOT_ESCAPE}}
    eightd.save_8d(case.id, content_from_data(data), 0, ENGINEER, clock)
    eightd.complete_step(case.id, 4, 1, PASSWORD, ENGINEER, clock)


def _compensation(case: Complaint, clock: Clock) -> None:
    lines = [
        LineDraft("return", "6.35", "t", "", "CNY", "", "退回 S24A0817-05"),
        LineDraft("compensation", "212", "pcs", "38600", "CNY", "", "不良品赔偿"),
    ]
    drafted = proposals.draft_proposal(case.id, "退货并赔偿", lines, ENGINEER, clock)
    proposal = proposals.submit_proposal(drafted.id, ENGINEER, clock)
    for signer in (MANAGER, GM):
        signatures.sign_proposal(proposal.id, Decision(True, "同意"), PASSWORD, signer, clock)
    assert fresh(case).approved_minor == 3_860_000  # the register's approved amount


def _add_action(panel: ActionsPanel, clock: Clock) -> None:
    ui = panel.ui
    ui.kind.setCurrentIndex(ui.kind.findData("corrective"))
    ui.cause.setCurrentIndex(ui.cause.findData("occurrence"))
    ui.description.setPlainText("2 号冷轧机导辊加装护罩，纳入每班点检")
    ui.owner.setCurrentIndex(ui.owner.findData("li"))
    due = (clock() + timedelta(days=7)).astimezone(SHANGHAI).date()
    ui.due_date.setDate(QDate(due.year, due.month, due.day))
    ui.expected_effect.setText("90")
    panel.save_button.click()


def _satisfied(window: CaseWindow, score: int) -> None:
    panel = window.panel(FollowUpPanel)
    window.show_case()
    ui = panel.ui
    ui.criterion.setText("连续三批同规格产品无划伤")
    ui.effective.setCurrentIndex(ui.effective.findData(True))
    today = window._clock().astimezone(SHANGHAI).date()
    ui.asked_on.setDate(QDate(today.year, today.month, today.day))
    ui.satisfaction.setCurrentIndex(ui.satisfaction.findData(score))
    panel.save()
    assert not ui.error.isVisible(), ui.error.text()


def _pdf_text(data: bytes, path: Path) -> str:
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
