"""The handling proposals window driven as its people drive it: the QA engineer drafts and
submits, the QA manager approves, the general manager makes it binding. Each outcome is checked
in the database (a state, signatures, or nothing at all) and on screen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, PASSWORD, add_test_accounts, example_draft
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from qa_desktop.core.models import Proposal, Signature
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.proposal_lines_table import AMOUNT, CURRENCY, KIND, QUANTITY, REASON, UNIT
from qa_desktop.gui.proposals_dialog import ProposalsDialog

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
MANAGER = Actor("chen", "陈主管")
GM = Actor("liu", "刘总")
FIELD = Actor("zhou", "周工")


def clock() -> datetime:
    return NOW


@pytest.fixture
def case(db):
    add_test_accounts((MANAGER, "qa_manager"), (GM, "general_manager"), (FIELD, "field_staff"))
    return register_complaint(example_draft(), ENGINEER)


def open_dialog(qtbot: QtBot, case, actor: Actor = ENGINEER) -> ProposalsDialog:
    dialog = ProposalsDialog(complaint_id=case.id, actor=actor, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_line(dialog: ProposalsDialog, row: int, kind: str, qty: str, unit: str, amount: str):
    table = dialog.lines
    combo = table.combo(row, KIND)
    combo.setCurrentIndex(combo.findData(kind))
    currency = table.combo(row, CURRENCY)
    currency.setCurrentIndex(currency.findData("CNY"))
    units = table.combo(row, UNIT)
    units.setCurrentIndex(units.findData(unit))
    for column, text in ((QUANTITY, qty), (AMOUNT, amount), (REASON, "客户索赔")):
        table.table.setItem(row, column, QTableWidgetItem(text))


def draft_in_window(qtbot: QtBot, dialog: ProposalsDialog, amount: str = "38600") -> None:
    qtbot.mouseClick(dialog.ui.new_proposal, _left())
    type_text(qtbot, dialog.ui.summary, "退货并赔偿")
    fill_line(dialog, 0, "return", "6.35", "t", "")
    qtbot.mouseClick(dialog.ui.add_line, _left())
    fill_line(dialog, 1, "compensation", "212", "pcs", amount)


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def sign_in_window(qtbot: QtBot, dialog: ProposalsDialog, password: str, approve=True) -> None:
    button = dialog.ui.approve if approve else dialog.ui.reject_proposal
    assert button.isEnabled()
    qtbot.mouseClick(button, _left())
    signer = dialog.sign_dialog
    assert signer is not None and signer.isVisible()
    type_text(qtbot, signer.comment, "同意" if approve else "金额过高")
    type_text(qtbot, signer.password, password)
    qtbot.mouseClick(signer.sign_button, _left())
    qtbot.waitUntil(lambda: signer.task is None, timeout=15_000)


def route_of(dialog: ProposalsDialog) -> str:
    return dialog.ui.route.text()


def test_the_example_route_in_the_window(qtbot: QtBot, case) -> None:
    engineer = open_dialog(qtbot, case)
    draft_in_window(qtbot, engineer)
    assert engineer.save() is not None
    qtbot.mouseClick(engineer.ui.submit, _left())
    proposal = Proposal.get()
    assert proposal.state == "submitted" and proposal.total_base_minor == 3_860_000
    route = route_of(engineer)
    assert route.index("QA manager") < route.index("General manager")
    assert engineer.ui.banner.text().startswith("PRELIMINARY")
    assert "General manager" in engineer.ui.banner.text()
    assert not engineer.ui.approve.isEnabled()  # the proposer never signs their own

    manager = open_dialog(qtbot, case, MANAGER)
    sign_in_window(qtbot, manager, PASSWORD)
    assert Proposal.get_by_id(proposal.id).state == "approved"
    assert manager.ui.banner.text().startswith("PRELIMINARY")
    assert "陈主管" in route_of(manager)
    assert not manager.ui.approve.isEnabled()  # the next step is not the manager's

    chief = open_dialog(qtbot, case, GM)
    sign_in_window(qtbot, chief, PASSWORD)
    assert Proposal.get_by_id(proposal.id).state == "binding"
    assert chief.ui.banner.text().startswith("BINDING")
    assert "刘总" in chief.ui.banner.text()
    assert "PRELIMINARY" not in chief.ui.banner.text()

    draft_in_window(qtbot, engineer, "15000")
    engineer.lines.table.removeRow(0)  # money only this time
    submitted = engineer.submit()
    assert submitted is not None and submitted.number == 2
    route = route_of(engineer)
    assert "General manager" in route and "QA manager" not in route


def test_a_bad_amount_is_marked_on_its_cell_and_nothing_is_written(qtbot: QtBot, case) -> None:
    dialog = open_dialog(qtbot, case)
    draft_in_window(qtbot, dialog, "12.345")
    qtbot.mouseClick(dialog.ui.save_draft, _left())
    assert Proposal.select().count() == 0
    assert dialog.lines.is_marked(1, "amount")
    assert not dialog.lines.is_marked(0, "amount")
    assert "decimal places" in dialog.lines.table.item(1, AMOUNT).toolTip()
    assert "decimal places" in dialog.ui.lines_error.text()
    assert dialog.ui.lines_error.isVisible()


def test_field_staff_see_no_enabled_money_or_handling_action(qtbot: QtBot, case) -> None:
    engineer = open_dialog(qtbot, case)
    draft_in_window(qtbot, engineer)
    engineer.submit()
    dialog = open_dialog(qtbot, case, FIELD)
    assert dialog.current is not None  # they see the proposal
    ui = dialog.ui
    for button in (ui.new_proposal, ui.save_draft, ui.submit, ui.approve, ui.reject_proposal):
        assert not button.isEnabled(), button.objectName()
    assert not dialog.lines.combo(0, KIND).isEnabled()
    assert ui.summary.isReadOnly()


def test_a_wrong_password_is_said_in_the_sign_dialog_and_signs_nothing(qtbot: QtBot, case) -> None:
    engineer = open_dialog(qtbot, case)
    draft_in_window(qtbot, engineer)
    engineer.submit()
    manager = open_dialog(qtbot, case, MANAGER)
    sign_in_window(qtbot, manager, "not the password")
    signer = manager.sign_dialog
    assert signer is not None and signer.isVisible()  # it stays open
    assert "wrong" in signer.error.text() and signer.error.isVisible()
    assert signer.comment.toPlainText() == "同意"  # what was typed is kept
    assert Signature.select().count() == 0
    assert Proposal.get().state == "submitted"


def test_a_rejection_needs_a_reason_and_a_revision_shows_both_rounds(qtbot: QtBot, case) -> None:
    engineer = open_dialog(qtbot, case)
    draft_in_window(qtbot, engineer)
    engineer.submit()
    manager = open_dialog(qtbot, case, MANAGER)
    qtbot.mouseClick(manager.ui.reject_proposal, _left())
    signer = manager.sign_dialog
    type_text(qtbot, signer.password, PASSWORD)
    qtbot.mouseClick(signer.sign_button, _left())
    qtbot.waitUntil(lambda: signer.task is None, timeout=15_000)
    assert "Say why" in signer.error.text() and Signature.select().count() == 0
    signer.reject()
    sign_in_window(qtbot, manager, PASSWORD, approve=False)
    assert Proposal.get().state == "rejected"
    engineer = open_dialog(qtbot, case)  # opened again: it shows what is stored now
    fill_line(engineer, 1, "compensation", "212", "pcs", "30000")
    revised = engineer.submit()
    assert revised is not None and revised.round == 2
    route = route_of(engineer)
    assert "<s>" in route and "VOID" in route and "revised after a rejection" in route
    assert "Round 2" in route
