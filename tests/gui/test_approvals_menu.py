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


def test_a_photographed_signoff_sheet_finds_its_case_in_the_window(
    qtbot, db, db_path, tmp_path, submitted, monkeypatch
):
    """The real sheet, printed, photographed crooked: the window attaches it to its case."""
    from core.test_scans import jpeg, rendered, turned  # the scan tests' sheet helpers
    from PySide6.QtWidgets import QMessageBox

    from qa_desktop.core.models import Attachment
    from qa_desktop.core.reports.signoff_pdf import export_signoff_pdf
    from qa_desktop.core.services.signoff import signoff_sheet

    case, proposal = submitted
    pdf = export_signoff_pdf(signoff_sheet(proposal), tmp_path / "sheet.pdf", lang="zh_CN").path
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg(turned(rendered(pdf.read_bytes()), 4)))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text: said.append(text))
    win = window(qtbot, db, db_path, tmp_path, ENGINEER)
    win.approvals.attach_scan(photo)
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert said == [
        f"Attached to {case.case_no}, proposal 1: the printed version 1 is the current one."
    ]
    assert Attachment.select().where(Attachment.complaint == case.id).count() == 1


def test_a_scan_dropped_on_the_window_is_attached(qtbot, db, db_path, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    win = window(qtbot, db, db_path, tmp_path, ENGINEER)
    attached: list = []
    monkeypatch.setattr(win.approvals, "attach_scan", lambda path=None: attached.append(path))
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"whatever: media.py judges it when it is read")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan)), QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    assert win.approvals.eventFilter(win, drop)
    assert attached == [scan]  # the text file is not a scan
