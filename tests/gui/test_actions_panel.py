"""The actions (CAPA) panel driven as people drive it, on a real database: the QA engineer adds
and changes actions (refusals beside their fields), the owner marks an action done and adds
evidence, the QA manager verifies or sends back, pressing Verify on one's own action says the
service's refusal, and what field staff and sales are offered."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from action_scenarios import (
    FIELD,
    MANAGER,
    SALES,
    add,
    clock,
    containment,
    corrective,
    make_case,
    photo,
)
from conftest import ENGINEER
from PIL import Image
from PySide6.QtCore import QDate, QSize
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from qa_desktop.core.models import CaseAction, Complaint
from qa_desktop.core.services import actions
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import ActionState
from qa_desktop.gui.actions_panel import DUE, STATE, TEXT, ActionsPanel

TAB = QSize(1300, 560)  # a tab of the case window at 1366 × 768
TAB_AT_125 = QSize(1040, 448)  # the same tab at 125 %, in the logical pixels layouts count


@pytest.fixture
def case(db):
    return make_case(responsible_department="冷轧车间")


def open_panel(qtbot, case, actor: Actor = ENGINEER) -> ActionsPanel:
    panel = ActionsPanel(actor=actor, clock=clock)
    qtbot.addWidget(panel)
    panel.resize(TAB)
    panel.show()
    panel.show_case(case.id)
    qtbot.waitExposed(panel)
    return panel


def answer(panel: ActionsPanel, text: str, said: list[str] | None = None) -> None:
    """The next dialog gets `text` typed and OK pressed; what it said when it refused is kept."""

    def run(dialog) -> bool:
        dialog.ui.reason.setPlainText(text)
        dialog.accept()
        if said is not None and dialog.ui.error.text():
            said.append(dialog.ui.error.text())
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.ask_reason = run


def cell(panel: ActionsPanel, row: int, column: int):
    return panel.ui.actions.item(row, column)


def stored(number: int = 1) -> CaseAction:
    return CaseAction.get(CaseAction.number == number)


# ----- adding and changing -------------------------------------------------------------------------
def test_the_engineer_adds_a_corrective_action_through_the_form(qtbot, case):
    panel = open_panel(qtbot, case)
    assert panel.ui.form_heading.text() == "New action"  # none yet: the form is for a new one
    assert panel.ui.department.text() == "冷轧车间"  # the responsible department, to change
    ui = panel.ui
    ui.kind.setCurrentIndex(ui.kind.findData("corrective"))
    assert not ui.cause.isHidden() and ui.date_code_from.isHidden()
    ui.cause.setCurrentIndex(ui.cause.findData("occurrence"))
    type_text(qtbot, ui.description, "更换 2 号冷轧机工作辊")
    ui.owner.setCurrentIndex(ui.owner.findData("zhou"))
    ui.due_date.setDate(QDate(2026, 3, 20))
    type_text(qtbot, ui.expected_effect, "90")
    with qtbot.waitSignal(panel.changed):
        panel.save_button.click()
    row = stored()
    assert (row.kind, row.cause, row.owner, row.due_date, row.expected_effect) == (
        "corrective", "occurrence", "zhou", date(2026, 3, 20), 90
    )  # fmt: skip
    assert cell(panel, 0, TEXT).text() == "更换 2 号冷轧机工作辊"
    assert panel.ui.form_heading.text() == "Action 1 · Not done yet"


def test_refusals_are_said_beside_their_fields_and_nothing_is_written(qtbot, case):
    panel = open_panel(qtbot, case)
    ui = panel.ui
    ui.kind.setCurrentIndex(ui.kind.findData("preventive"))
    assert not ui.date_code_from.isHidden() and ui.cause.isHidden()
    ui.department.clear()
    ui.due_date.setDate(QDate(2026, 3, 1))  # before the complaint was received
    type_text(qtbot, ui.expected_effect, "120")
    panel.save_button.click()
    said = {name: label.text() for name, label in panel.form.errors.items() if label.isVisible()}
    assert set(said) == {"description", "owner", "department", "due_date", "quantity",
                         "date_code_from", "expected_effect"}  # fmt: skip
    assert "fixed in quantity" in said["quantity"]
    assert said["due_date"] == "The due date is before the complaint was received (2026-03-10)."
    assert not CaseAction.select().exists()
    type_text(qtbot, ui.quantity, "1、3 号机组")
    assert not ui.quantity_error.isVisible()  # typing clears the field's sentence


def test_an_open_action_is_changed_and_a_stale_form_is_refused(qtbot, case):
    add(case)
    panel = open_panel(qtbot, case)
    actions.update_action(str(stored().uuid), 1, corrective(department="品质部"), ENGINEER, clock)
    panel.ui.department.setText("精整车间")
    panel.save_button.click()
    assert "was changed by wang after you opened it" in panel.ui.form_error.text()
    panel.show_case(case.id)  # read again: the form now holds revision 2
    assert panel.ui.department.text() == "品质部"
    panel.ui.department.setText("精整车间")
    with qtbot.waitSignal(panel.changed):
        panel.save_button.click()
    assert stored().department == "精整车间"


def test_an_overdue_action_is_shown_in_red(qtbot, case):
    add(case, containment(due_date=date(2026, 3, 11)))  # "now" is 12 March
    add(case)
    panel = open_panel(qtbot, case)
    assert cell(panel, 0, STATE).text() == "Not done yet · overdue"
    assert cell(panel, 0, DUE).foreground().color().name() == "#b3261e"
    assert cell(panel, 1, STATE).text() == "Not done yet"
    assert panel.ui.heading.text().endswith("2, 1 overdue")


# ----- done, verified, sent back ---------------------------------------------------------------------
def test_the_owner_marks_the_action_done_and_adds_evidence(qtbot, case, tmp_path, monkeypatch):
    add(case)
    panel = open_panel(qtbot, case, FIELD)  # field staff: may not edit complaints, but owns it
    ui = panel.ui
    assert ui.new_action.isHidden() and ui.verify.isHidden() and not ui.kind.isEnabled()
    assert ui.description.isReadOnly() and ui.mark_done.isEnabled()
    answer(panel, "已更换工作辊，点检表启用")
    with qtbot.waitSignal(panel.changed):
        ui.mark_done.click()
    assert stored().state == "done" and "已更换工作辊" in ui.history.text()
    photo = tmp_path / "换辊记录.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), (120, 130, 140)).save(buffer, "JPEG")
    photo.write_bytes(buffer.getvalue())
    program = tmp_path / "记录.exe"
    program.write_bytes(b"MZ")
    panel.ask_open_paths = lambda: [photo, program]
    ui.add_evidence.click()
    qtbot.waitUntil(lambda: ui.evidence.count() == 1, timeout=20_000)
    assert ui.evidence.item(0).text() == "换辊记录.jpg"
    assert "记录.exe" in ui.evidence_error.text()  # the program refused, in its sentence
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    ui.evidence.setCurrentRow(0)
    ui.open_evidence.click()
    assert Path(opened[0]).read_bytes() == photo.read_bytes()


def test_the_engineer_removes_a_wrong_evidence_file_until_the_action_is_verified(
    qtbot,
    case,
    questions,  # noqa: F811 - the fixture from acting
):
    row = add(case)
    wrong, right = photo("wrong.jpg"), photo("roll.jpg", (1, 2, 3))
    row = actions.mark_done(str(row.uuid), 1, "换辊", FIELD, clock, evidence=[wrong, right])
    panel = open_panel(qtbot, case, FIELD)  # the owner adds evidence, but may not remove it
    assert panel.ui.remove_evidence.isHidden() and not panel.ui.add_evidence.isHidden()
    panel = open_panel(qtbot, case)
    ui = panel.ui
    assert not ui.remove_evidence.isEnabled()  # nothing chosen yet
    ui.evidence.setCurrentRow(0)
    assert ui.remove_evidence.isEnabled()
    ui.remove_evidence.click()  # the question answered no (the fixture's answer): nothing goes
    assert questions and "“wrong.jpg”" in questions[-1] and ui.evidence.count() == 2
    panel.confirm_removal = lambda filename: True
    with qtbot.waitSignal(panel.changed):
        ui.remove_evidence.click()
    assert [ui.evidence.item(n).text() for n in range(ui.evidence.count())] == ["roll.jpg"]
    assert [e.filename for e in stored().evidence] == ["roll.jpg"]
    actions.verify_action(str(row.uuid), stored().revision, "已核对", MANAGER, clock)
    panel.show_case(case.id)
    ui.evidence.setCurrentRow(0)
    assert not ui.remove_evidence.isEnabled()  # verified: its evidence stays as verified
    panel._current = replace(panel._current, state=ActionState.DONE)  # offered: the service says
    panel.remove_evidence()
    assert "can no longer be removed" in ui.evidence_error.text()
    assert [e.filename for e in stored().evidence] == ["roll.jpg"]


def test_pressing_verify_on_ones_own_action_says_the_services_refusal(qtbot, case):
    row = add(case, corrective(owner="chen"))
    actions.mark_done(str(row.uuid), 1, "已换辊", MANAGER, clock)
    panel = open_panel(qtbot, case, MANAGER)
    ui = panel.ui
    assert ui.verify.isEnabled()  # offered: the service decides, and says why not
    assert "someone else from QA" in ui.verify.toolTip()
    ui.verify.click()
    assert ui.actions_error.text() == (
        f"Action 1 of {case.case_no} is 陈主管's own: someone else from QA must verify it."
    )
    assert stored().state == "done"


def test_the_qa_manager_verifies_or_sends_back_another_owners_action(qtbot, case):
    first = add(case)
    second = add(case, containment())
    for row in (first, second):
        actions.mark_done(str(row.uuid), 1, "已完成", FIELD, clock)
    panel = open_panel(qtbot, case, MANAGER)
    said: list[str] = []
    answer(panel, "  ", said)  # a verification says how it was done
    panel.select_row(0)
    panel.ui.verify.click()
    assert said == ["Say how the action was verified."] and stored(1).state == "done"
    answer(panel, "现场核对点检表，连续 3 班已执行")
    with qtbot.waitSignal(panel.changed):
        panel.ui.verify.click()
    assert stored(1).state == "verified"
    assert "by 陈主管: 现场核对点检表" in panel.ui.history.text()
    assert not panel.ui.cancel_action.isEnabled()  # verified: it stays as it was verified
    panel.select_row(1)
    answer(panel, "复检记录缺签字")
    with qtbot.waitSignal(panel.changed):
        panel.ui.reject_verification.click()
    assert stored(2).state == "open"
    assert "Sent back: 复检记录缺签字" in panel.ui.history.text()


def test_cancelling_asks_why_and_keeps_the_number(qtbot, case):
    add(case)
    panel = open_panel(qtbot, case)
    answer(panel, "与 2 号措施重复")
    with qtbot.waitSignal(panel.changed):
        panel.ui.cancel_action.click()
    assert stored().state == "cancelled"
    assert "Cancelled: 与 2 号措施重复" in panel.ui.history.text()
    assert not panel.save_button.isEnabled()


def test_sales_see_the_actions_and_may_change_none(qtbot, case):
    add(case)
    panel = open_panel(qtbot, case, SALES)
    ui = panel.ui
    assert ui.mark_done.isHidden() and ui.add_evidence.isHidden() and panel.save_button.isHidden()
    assert ui.verify.isHidden() and ui.cancel_action.isHidden() and not ui.owner.isEnabled()
    assert cell(panel, 0, TEXT).text()


def test_the_panel_fits_a_tab_of_the_case_window(qtbot, case):
    for n in range(12):
        add(case, containment(description=f"逐卷复检第 {n} 批"))
    panel = open_panel(qtbot, case)
    hint = panel.minimumSizeHint()  # the form scrolls: the list and its buttons stay in view
    assert hint.width() <= TAB_AT_125.width() and hint.height() <= TAB_AT_125.height(), hint
    assert panel.ui.actions.rowCount() == 12


def test_a_closed_complaints_actions_are_shown_as_they_were_closed(qtbot, case):
    add(case)
    CaseAction.update(state="verified").execute()
    Complaint.update(status="closed").where(Complaint.id == case.id).execute()
    panel = open_panel(qtbot, case)
    ui = panel.ui
    assert not ui.new_action.isEnabled() and not panel.save_button.isEnabled()
    assert not ui.cancel_action.isEnabled() and not ui.kind.isEnabled()
    assert cell(panel, 0, STATE).text() == "Verified"
