"""A closed case in the case window and the complaint form: every tab read only, as for someone
whose roles may not edit, with the line that says it is closed and must be reopened; returns
after closure still recorded; reopened by the QA manager, the tabs take changes again. Driven
through the real widgets on a real database; nothing is written by a read-only tab."""

from __future__ import annotations

from datetime import timedelta

import pytest
from acting import questions  # noqa: F401 - an autouse fixture
from action_scenarios import photo
from case_scenarios import (
    CLOSED_AT,
    MANAGER,
    MONDAY,
    at,
    department_in_shanghai,
    feedback,
    fresh,
    move,
    new_case,
    snapshot,
    to_closed,
    to_follow_up,
)
from conftest import ENGINEER, add_test_accounts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox
from pytestqt.qtbot import QtBot

from qa_desktop.core.models import CaseAction, CaseReturn
from qa_desktop.core.services import actions
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import Status
from qa_desktop.gui.actions_panel import ActionsPanel
from qa_desktop.gui.case_window import CaseWindow
from qa_desktop.gui.complaint_dialog import ComplaintDialog
from qa_desktop.gui.containment_panel import ContainmentPanel
from qa_desktop.gui.eightd_panel import EightDPanel
from qa_desktop.gui.eightd_step_list import REPORTS
from qa_desktop.gui.follow_up_panel import FollowUpPanel
from qa_desktop.gui.visit_reason_dialog import ReasonDialog

LATER = CLOSED_AT + timedelta(days=5)
NO_EDITS = QAbstractItemView.EditTrigger.NoEditTriggers
SALES = Actor("zhao", "赵经理")


@pytest.fixture
def closed(db):
    department_in_shanghai()
    return to_closed()


def open_case(qtbot: QtBot, case, actor=ENGINEER) -> CaseWindow:
    window = CaseWindow(None, case.id, actor=actor, clock=at(LATER))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sentence(case) -> str:
    return f"{case.case_no} is closed: reopen it before changing anything in it."


def test_every_tab_of_a_closed_case_is_read_only_and_says_why(qtbot, closed, db) -> None:
    before = snapshot(db)
    window = open_case(qtbot, closed)
    said = sentence(closed)
    # The first tab: no judgement, no clock met or paused by hand; the line under the steps.
    ui = window.overview.ui
    assert said in ui.no_steps.text() and ui.no_steps.isVisible()
    assert not ui.save_judgement.isEnabled() and not ui.severity.isEnabled()
    assert not ui.reason.isEnabled()
    for button in (ui.meet, ui.pause, ui.resume, ui.start_clock):
        assert button.isHidden()
    assert window.overview.step_buttons == {}  # the QA engineer does not reopen
    # Containment: the lines shown, not typed in; no Save.
    containment = window.panel(ContainmentPanel)
    window.ui.tabs.setCurrentWidget(containment)
    assert not containment.editable() and not containment.save()
    assert containment.ui.lines.editTriggers() == NO_EDITS
    assert containment.save_button.isHidden() and containment.ui.add_line.isHidden()
    assert said in containment.ui.status_line.text()
    # The 8D: the forms read only, no Save, Complete or Issue; the issued report still opens.
    eight = window.panel(EightDPanel)
    window.ui.tabs.setCurrentWidget(eight)
    assert eight.view is not None and eight.view.case_no == closed.case_no  # loaded on opening
    assert not eight.editable()
    for button in (eight.save_button, eight.complete_button, eight.ui.plan):
        assert not button.isVisible()
    eight.select_step(REPORTS)  # the customer's report: previewed and opened, not issued
    assert eight.reports.preview_en.isVisible() and not eight.reports.issue_button.isVisible()
    assert eight.plan() is False and eight.complete() is None
    assert said in eight.ui.status_line.text()
    eight.select_step(4)
    assert eight.form(4).editor("occurrence_root_cause").focus_widget().isReadOnly()
    assert eight.reports.revisions()  # revision A, as sent
    # Actions: the list and the form shown, nothing offered; the line under the heading.
    acts = window.panel(ActionsPanel)
    window.ui.tabs.setCurrentWidget(acts)
    assert acts.ui.closed_note.isVisible() and acts.ui.closed_note.text() == said
    assert not acts.ui.new_action.isEnabled() and not acts.save_button.isEnabled()
    assert not acts.ui.cancel_action.isEnabled() and not acts.ui.kind.isEnabled()
    assert not acts.save()
    assert snapshot(db) == before


def test_a_closed_case_without_actions_shows_no_empty_new_action_form(qtbot, closed) -> None:
    from qa_desktop.core.models import CaseAction

    CaseAction.delete().where(CaseAction.complaint == closed.id).execute()  # closed without any
    window = open_case(qtbot, closed)
    acts = window.panel(ActionsPanel)
    window.ui.tabs.setCurrentWidget(acts)
    assert acts.ui.closed_note.isVisible()
    assert not acts.ui.form_scroll.isVisible() and not acts.ui.form_buttons.isVisible()
    assert not acts.ui.new_action.isEnabled()


def test_a_closed_cases_evidence_stays_and_the_service_says_why(qtbot, db) -> None:
    """The screen offers no removal while the case is closed; pressed anyway, the service
    refuses with its sentence beside the evidence and nothing is written."""
    department_in_shanghai()
    case = to_follow_up()
    row = CaseAction.get(CaseAction.complaint == case.id)
    actions.add_evidence(str(row.uuid), row.revision, [photo("wrong.jpg")], ENGINEER,
                         at(MONDAY + timedelta(days=1)))  # fmt: skip
    CaseAction.update(state="verified").where(CaseAction.id == row.id).execute()  # stood in for
    feedback(case, 1, satisfaction=5, asked_on=(MONDAY + timedelta(days=2)).date())
    move(case, Status.CLOSED, CLOSED_AT, "措施有效，客户满意")
    closed = fresh(case)
    CaseAction.update(state="done").where(CaseAction.id == row.id).execute()  # only closed
    before = snapshot(db)
    window = open_case(qtbot, closed)
    acts = window.panel(ActionsPanel)
    window.ui.tabs.setCurrentWidget(acts)
    acts.ui.evidence.setCurrentRow(0)
    assert acts.ui.evidence.count() == 1 and not acts.ui.remove_evidence.isEnabled()
    acts.confirm_removal = lambda filename: True
    acts.remove_evidence()
    assert acts.ui.evidence_error.text() == sentence(closed)
    assert snapshot(db) == before


def test_a_return_after_closure_is_still_recorded(qtbot, closed) -> None:
    window = open_case(qtbot, closed)
    panel = window.panel(FollowUpPanel)
    window.ui.tabs.setCurrentWidget(panel)
    assert panel.ui.add_return.isEnabled() and panel.ui.follow_up_box.isEnabled()
    panel.ui.quantity.setText("6.35")
    panel.ui.note.setText("退回 S24A0817-05")
    panel.ui.add_return.click()
    assert CaseReturn.select().count() == 1


def test_reopened_by_the_qa_manager_the_tabs_take_changes_again(qtbot, closed) -> None:
    window = open_case(qtbot, closed, actor=MANAGER)
    overview = window.overview
    assert set(overview.step_buttons) == {"investigation", "replied"}  # plans A and B
    assert sentence(closed) in overview.ui.no_steps.text()
    overview.step_buttons["investigation"].click()
    dialog = next(d for d in overview.findChildren(ReasonDialog) if d.isVisible())
    dialog.ui.reason.setPlainText("客户再次投诉：改善无效")
    dialog.accept()
    assert fresh(closed).status == Status.INVESTIGATION
    assert sentence(closed) not in overview.ui.no_steps.text()
    assert overview.ui.save_judgement.isEnabled() and not overview.ui.meet.isHidden()
    containment = window.panel(ContainmentPanel)
    window.ui.tabs.setCurrentWidget(containment)
    assert containment.editable() and not containment.save_button.isHidden()
    assert "is closed" not in containment.ui.status_line.text()
    eight = window.panel(EightDPanel)
    window.ui.tabs.setCurrentWidget(eight)
    assert eight.editable() and not eight.save_button.isHidden()
    acts = window.panel(ActionsPanel)
    window.ui.tabs.setCurrentWidget(acts)
    assert acts.ui.closed_note.isHidden() and acts.ui.new_action.isEnabled()


def open_form(qtbot: QtBot, case, actor=ENGINEER) -> ComplaintDialog:
    dialog = ComplaintDialog(complaint_id=case.id, actor=actor, clock=at(LATER))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_complaint_form_of_a_closed_case_is_read_only(qtbot, closed, db) -> None:
    before = snapshot(db)
    dialog = open_form(qtbot, closed)
    ui = dialog.ui
    assert dialog.read_only
    assert ui.read_only_note.isVisible() and ui.read_only_note.text() == sentence(closed)
    assert ui.button_box.button(QDialogButtonBox.StandardButton.Save) is None
    assert ui.product.isReadOnly() and ui.description.isReadOnly()
    assert not ui.customer_name.isEnabled() and not ui.severity.isEnabled()
    assert ui.received_at.isReadOnly() and not ui.ship_date_known.isEnabled()
    assert ui.coils.editTriggers() == NO_EDITS and ui.add_coil.isHidden()
    assert ui.attachments.ui.add_files.isHidden() and not ui.attachments.acceptDrops()
    qtbot.keyClicks(ui.product, "304 2B")  # a read-only field takes no typing
    assert not ui.product.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # nor an IME's
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.save() and not dialog.is_modified()
    assert snapshot(db) == before
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_an_open_case_opens_for_editing_and_sales_read_only(qtbot, db) -> None:
    department_in_shanghai()
    add_test_accounts((SALES, "sales"))
    case = new_case()
    dialog = open_form(qtbot, case)
    assert not dialog.read_only and dialog.ui.read_only_note.isHidden()
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save) is not None
    sales = open_form(qtbot, case, actor=SALES)
    assert sales.read_only and sales.ui.product.isReadOnly()
    assert sales.ui.read_only_note.text() == "Read only: your roles may not edit complaints."


def test_completing_a_step_of_a_case_closed_meanwhile_counts_no_wrong_password(
    qtbot, closed, db
) -> None:
    """A completion dialog left open while another window closed the case: it says the case is
    closed, and the mistyped password is not held against the account."""
    from acting import type_text

    from qa_desktop.core.models import UserAccount
    from qa_desktop.core.services import eightd
    from qa_desktop.gui.eightd_complete import CompleteStepDialog

    revision = eightd.read_8d(closed.id).revision
    dialog = CompleteStepDialog(None, closed.id, 5, revision, "D5", actor=ENGINEER, clock=at(LATER))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.password, "not the password")
    dialog.sign()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15_000)
    assert dialog.error.isVisible() and dialog.error.text() == sentence(closed)
    assert dialog.completed is None and dialog.isVisible()
    assert UserAccount.get(UserAccount.user_id == ENGINEER.user_id).failed_attempts == 0
