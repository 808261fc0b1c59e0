"""Faults that are not the user's, met in the window: one sentence, nothing written, typing kept."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from datetime import UTC, datetime

import pytest
from conftest import ENGINEER, example_draft
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from qa_desktop.core.models import Complaint
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import fault_handler
from qa_desktop.gui.complaint_dialog import ComplaintDialog
from qa_desktop.gui.main_window import MainWindow

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    return said


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's fault handler, for this test only (sys.excepthook is put back after)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    fault_handler.install()


def test_the_save_dialogs_never_offer_a_database(qtbot, quick_db, db_path, tmp_path, warnings):
    window = MainWindow(quick_db, db_path, UserSettings(tmp_path / "settings.json"), actor=ENGINEER)
    qtbot.addWidget(window)
    complaint = register_complaint(example_draft(), actor=ENGINEER)
    window._refresh(complaint.id)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    for action, suffix in ((window.ui.action_print, ".pdf"), (window.ui.action_export, ".xlsx")):
        link = tmp_path / f"link{suffix}"
        link.symlink_to(db_path)
        for target in (db_path, link):
            window.choose_save_path = lambda *args, target=target: target
            action.trigger()
    assert len(warnings) == 4
    assert sum("never replaces a database" in w for w in warnings) == 2, warnings
    assert sum("ends in" in w for w in warnings) == 2, warnings
    assert window.task is None, "no export was started"
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_busy_database_is_said_beside_the_form_and_the_typing_stays(qtbot, quick_db, db_path):
    dialog = ComplaintDialog(clock=lambda: NOW, actor=ENGINEER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_draft(example_draft(received_at=NOW))
    typed = dialog.draft()
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.click()
        assert dialog.ui.form_error.isVisible()
        assert "The database is busy" in dialog.ui.form_error.text()
        assert dialog.draft() == typed, "what the user typed is all still there"
        assert Complaint.select().count() == 0
    finally:
        other.rollback()
        other.close()
    save.click()  # the other program is done: the same form saves
    assert Complaint.select().count() == 1


def test_an_uncaught_fault_in_the_window_becomes_a_message(qtbot, warnings, handler) -> None:
    locked = sqlite3.OperationalError("database is locked")

    def fail() -> None:
        raise locked

    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == [fault_handler.sentence(locked)]
    assert "The database is busy" in warnings[0]


def test_a_bug_in_the_window_says_where_its_report_is(qtbot, warnings, handler, tmp_path) -> None:
    QTimer.singleShot(0, lambda: {}["missing"])
    qtbot.waitUntil(lambda: bool(warnings))
    assert "Something went wrong inside QA Desktop (KeyError" in warnings[0]
    reports = list((tmp_path / "data" / "logs").glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in warnings[0]
    assert "Traceback" in reports[0].read_text("utf-8")
    QApplication.processEvents()


def test_a_name_typed_without_its_ending_gets_it(qtbot, quick_db, db_path, tmp_path, monkeypatch):
    """Some file dialogs leave the ending off what was typed: the window adds it."""
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    window = MainWindow(quick_db, db_path, UserSettings(tmp_path / "settings.json"), actor=ENGINEER)
    qtbot.addWidget(window)
    complaint = register_complaint(example_draft(), actor=ENGINEER)
    window._refresh(complaint.id)
    window.choose_save_path = lambda *args: tmp_path / "form"
    window.ui.action_print.trigger()
    qtbot.waitUntil(
        lambda: window.task is not None and not window.task.is_running(), timeout=30_000
    )
    qtbot.waitUntil(lambda: (tmp_path / "form.pdf").exists(), timeout=5_000)
    assert not (tmp_path / "form").exists()
