"""The main window's Approvals menu: what awaits the signed-in approver, and the dialogs."""

from __future__ import annotations

import pytest
from conftest import ENGINEER, add_test_accounts, example_draft

from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import proposals
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.main_window import MainWindow

MANAGER = Actor("chen", "陈主管")


@pytest.fixture
def submitted(db):
    add_test_accounts((MANAGER, "qa_manager"), (Actor("liu", "刘总"), "general_manager"))
    case = register_complaint(example_draft(), ENGINEER)
    lines = [LineDraft("compensation", "212", "pcs", "38600", "CNY", "", "不良品赔偿")]
    drafted = proposals.draft_proposal(case.id, "赔偿", lines, ENGINEER)
    return case, proposals.submit_proposal(drafted.id, ENGINEER)


def window(qtbot, db, db_path, tmp_path, actor) -> MainWindow:
    win = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"), actor=actor)
    qtbot.addWidget(win)
    return win


def test_the_manager_sees_what_awaits_their_signature(qtbot, db, db_path, tmp_path, submitted):
    case, proposal = submitted
    win = window(qtbot, db, db_path, tmp_path, MANAGER)
    assert win.approvals.awaiting_button.text() == "Awaiting my signature: 1"
    win.approvals._fill_awaiting()
    texts = [a.text() for a in win.ui.menu_awaiting.actions()]
    assert texts == [f"{case.case_no} — proposal 1 (step 1)"]
    opened = []
    from qa_desktop.gui import proposals_dialog

    monkeypatch_exec = proposals_dialog.ProposalsDialog.exec
    try:
        proposals_dialog.ProposalsDialog.exec = lambda self: opened.append(self) or 0
        win.ui.menu_awaiting.actions()[0].trigger()
    finally:
        proposals_dialog.ProposalsDialog.exec = monkeypatch_exec
    assert opened and opened[0].current.proposal.id == proposal.id


def test_the_engineer_who_proposed_has_nothing_to_sign(qtbot, db, db_path, tmp_path, submitted):
    win = window(qtbot, db, db_path, tmp_path, ENGINEER)
    assert win.approvals.awaiting_button.isHidden()
    win.approvals._fill_awaiting()
    [only] = win.ui.menu_awaiting.actions()
    assert not only.isEnabled() and only.text() == "Nothing awaits your signature"
