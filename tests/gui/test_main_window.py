"""The main window as a user meets it: first start, demo data, export, print, language."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from conftest import example_draft, set_schema_version
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QMessageBox

from qa_desktop.core import i18n, register, settings
from qa_desktop.core.demo import load_demo
from qa_desktop.core.models import Complaint
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, db_path, tmp_path):
    win = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    yield win
    if win.task is not None:
        win.task.cancel()
        win.task.wait()
    language.install(QApplication.instance(), "en")


def wait_for_task(qtbot, win: MainWindow, timeout: int = 60_000) -> None:
    assert win.task is not None
    qtbot.waitUntil(lambda: not win.task.is_running(), timeout=timeout)
    qtbot.wait(50)  # let the queued result signals arrive


def test_first_start_offers_demo_data_and_loads_it_off_the_gui_thread(qtbot, window):
    assert window.ui.demo_banner.isVisible()
    window.ui.load_demo_button.click()
    assert window.progress.isVisible()  # the work runs in the background, the window stays live
    wait_for_task(qtbot, window)
    assert Complaint.select().count() == 300
    assert window.register.model.rowCount() == 300
    assert not window.ui.demo_banner.isVisible()
    assert not window.progress.isVisible()


def start_export(window: MainWindow, db, complaints: int, out: Path, severity: str = "") -> None:
    """Demo data, an optional severity filter chosen in the register, then File → Export."""
    load_demo(db, complaints, seed=2, anchor=date(2026, 11, 1))
    window._refresh()
    if severity:
        combo = window.register.ui.severityCombo
        combo.setCurrentIndex(combo.findData(severity))
    window.ask_save_path = lambda *args: out
    window.ui.action_export.trigger()


def test_export_writes_the_filtered_rows(qtbot, window, db, tmp_path):
    out = tmp_path / "register.xlsx"
    start_export(window, db, 400, out, severity="serious")
    wait_for_task(qtbot, window)
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    shown = window.register.model.rowCount()
    assert len(rows) - 1 == shown and 0 < shown < 400
    assert {row[21] for row in rows[1:]} == {"Serious"}  # the severity column, in English


def test_cancelled_export_leaves_no_file(qtbot, window, db, tmp_path):
    out = tmp_path / "register.xlsx"
    start_export(window, db, 6000, out)
    window.cancel_button.click()
    wait_for_task(qtbot, window)
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))


def test_print_writes_the_selected_complaints_form(qtbot, window, draft, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("qa_desktop.gui.main_window.QDesktopServices.openUrl", opened.append)
    complaint = register_complaint(draft)
    window._refresh(complaint.id)
    assert window.register.current_complaint_id() == complaint.id
    out = tmp_path / "form.pdf"
    window.ask_save_path = lambda *args: out
    window.ui.action_print.trigger()
    wait_for_task(qtbot, window)
    assert out.read_bytes().startswith(b"%PDF-")
    assert opened and opened[0].toLocalFile() == str(out)


def test_switching_to_chinese_translates_menus_headers_and_vocabulary(qtbot, window, draft):
    register_complaint(draft)
    window._refresh()
    window.ui.action_lang_zh.trigger()
    assert i18n.current_language() == "zh_CN"
    assert window.ui.menu_file.title() == "文件(&F)"
    model = window.register.model
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert "客诉编号" in headers and "严重程度" in headers  # GLOSSARY.md's terms
    zone = register.zone_label(settings.department_zone())
    assert f"受理时间 ({zone})" in headers
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "严重" in shown and "内销" in shown
    assert window.user.get("language") == "zh_CN"
    window.ui.action_lang_en.trigger()
    assert window.ui.menu_file.title() == "&File"


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_start_refuses_a_newer_database_without_writing(qtbot, tmp_path, monkeypatch):
    from qa_desktop.app import run_window

    path = tmp_path / "newer.sqlite"
    set_schema_version(path, 99)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_window(path, "en") == 2
    assert shown and "newer QA Desktop" in shown[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(str(path) + "-wal").exists()


def test_the_register_keeps_its_columns_and_sort_between_sessions(qtbot, db, db_path, tmp_path):
    from PySide6.QtCore import Qt

    user = UserSettings(tmp_path / "settings.json")
    first = MainWindow(db, db_path, user)
    qtbot.addWidget(first)
    header = first.register.ui.table.horizontalHeader()
    header.resizeSection(0, 333)
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # customer, A to Z
    first.close()
    again = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"))
    qtbot.addWidget(again)
    header = again.register.ui.table.horizontalHeader()
    assert header.sectionSize(0) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.AscendingOrder,
    )
    assert again.register.model.query.sort_key == "customer"


def test_a_new_complaint_from_the_window_is_selected_in_the_register(qtbot, window, monkeypatch):
    """File → New complaint: the form saves, the register re-reads and selects the new case."""
    from qa_desktop.gui.complaint_dialog import ComplaintDialog

    def fill_and_save(dialog: ComplaintDialog) -> bool:  # in place of the modal loop
        dialog.set_draft(example_draft())
        return dialog.save()

    monkeypatch.setattr(ComplaintDialog, "exec", fill_and_save)
    window.ui.action_new.trigger()
    assert window.register.model.rowCount() == 1
    saved = Complaint.get()
    assert window.register.current_complaint_id() == saved.id
    assert window.register.model.index(0, 0).data() == saved.case_no
    assert not window.ui.demo_banner.isVisible()
