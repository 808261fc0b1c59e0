"""The main window as a user meets it: first start, demo data, export, print, language."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ENGINEER, example_draft, set_schema_version
from openpyxl import load_workbook
from pdfs import assert_a4
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from qa_desktop import paths
from qa_desktop.core import i18n, register, settings
from qa_desktop.core.clock import zone_label
from qa_desktop.core.demo import load_demo
from qa_desktop.core.models import Complaint
from qa_desktop.core.reports.register_xlsx import COLUMN_KEYS
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.main_window import MainWindow

NOW = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)  # the window's clock, after the demo's anchor day


def clock() -> datetime:
    return NOW


@pytest.fixture
def window(qtbot, db, db_path, tmp_path):
    win = MainWindow(
        db, db_path, UserSettings(tmp_path / "settings.json"), clock=clock, actor=ENGINEER
    )
    qtbot.addWidget(win)
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
    load_demo(db, complaints, seed=2, anchor=date(2026, 11, 1), actor=ENGINEER)
    window._refresh()
    if severity:
        combo = window.register.ui.severityCombo
        combo.setCurrentIndex(combo.findData(severity))
    window.ask_save_path = lambda *args: out
    window.ui.action_export.trigger()


def record_progress(window: MainWindow) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []
    window.task.progressed.connect(lambda done, total: calls.append((done, total)))
    return calls


def files_in(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder as the worker process sees it."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def test_export_writes_the_filtered_rows_in_a_worker_process(qtbot, window, db, tmp_path):
    out = tmp_path / "register.xlsx"
    start_export(window, db, 4000, out, severity="serious")
    assert window.task.in_process
    calls = record_progress(window)
    wait_for_task(qtbot, window)
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    shown = window.register.model.rowCount()
    assert len(rows) - 1 == shown and 1000 < shown < 2000
    severity = COLUMN_KEYS.index("severity")
    assert {row[severity] for row in rows[1:]} == {"Serious"}  # in English
    assert calls == [(1000, shown), (shown, shown)]  # a chunk at a time, from the other process
    assert files_in(paths.scratch_root()) == []
    assert not window.progress.isVisible()


def test_the_tracking_table_of_the_rows_shown(qtbot, window, db, tmp_path):
    """File → Export tracking table: the register's rows as filtered, in its order, with the
    clocks counted at the window's clock, from a worker process."""
    load_demo(db, 1500, seed=2, anchor=date(2026, 11, 1), actor=ENGINEER)
    db.execute_sql("UPDATE complaint SET late_clocks = 1 WHERE id % 3 = 0")
    window._refresh()
    combo = window.register.ui.dueCombo
    combo.setCurrentIndex(combo.findData("late"))
    shown = window.register.model.rowCount()
    assert 0 < shown < 1500
    out = tmp_path / "tracking.xlsx"
    window.ask_save_path = lambda *args: out
    window.ui.action_export_tracking.trigger()
    assert window.task.in_process
    wait_for_task(qtbot, window)
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[0] == "Case no." and header[-1] == "Latest 8D report revision"
    expected = [
        window.register.case_no(window.register.model.complaint_id(r)) for r in range(shown)
    ]
    assert [row[0] for row in body] == expected
    assert window.ui.statusbar.currentMessage() == f"Saved {out}"


def test_cancelled_export_leaves_no_file(qtbot, window, db, tmp_path, system_temp):
    out = tmp_path / "register.xlsx"
    start_export(window, db, 6000, out)
    cancelled, succeeded = [], []
    window.task.cancelled.connect(lambda: cancelled.append(True))
    window.task.succeeded.connect(succeeded.append)
    window.cancel_button.click()
    wait_for_task(qtbot, window)
    assert cancelled == [True] and succeeded == []
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))
    assert files_in(paths.scratch_root()) == files_in(system_temp) == []


def test_closing_the_window_during_an_export_cancels_it(qtbot, window, db, tmp_path, system_temp):
    out = tmp_path / "register.xlsx"
    start_export(window, db, 6000, out)
    assert window.task.is_running()
    window.close()
    assert not window.task.is_running()
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))
    assert files_in(paths.scratch_root()) == files_in(system_temp) == []


def test_an_export_that_fails_in_the_worker_says_one_sentence(
    qtbot, window, db, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    missing = tmp_path / "no such folder" / "register.xlsx"
    start_export(window, db, 10, missing)
    wait_for_task(qtbot, window)
    assert shown == [f"The folder {missing.parent} does not exist."]


def viewer(monkeypatch, opens: bool) -> list:
    """The system's PDF viewer as a stand-in: records what it was asked to open."""
    opened = []

    def open_url(url) -> bool:
        opened.append(url.toLocalFile())
        return opens

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


def print_form(qtbot, window: MainWindow, draft, out: Path) -> None:
    """Select the complaint in the register, then File → Print handling form."""
    complaint = register_complaint(draft, actor=ENGINEER)
    window._refresh(complaint.id)
    assert window.register.current_complaint_id() == complaint.id
    window.ask_save_path = lambda *args: out
    window.ui.action_print.trigger()
    wait_for_task(qtbot, window)


def test_print_writes_the_selected_complaints_form(qtbot, window, draft, tmp_path, monkeypatch):
    opened = viewer(monkeypatch, opens=True)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    out = tmp_path / "form.pdf"
    print_form(qtbot, window, draft, out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert_a4(out)
    assert opened == [str(out)]
    assert warned == []  # every character of the example has a font


def test_print_says_which_characters_no_font_has(qtbot, window, tmp_path, monkeypatch):
    opened = viewer(monkeypatch, opens=True)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    out = tmp_path / "form.pdf"
    # U+30000, CJK Extension G: in no font the form uses, shipped or found on the computer.
    print_form(qtbot, window, example_draft(description="划伤 \U00030000"), out)
    assert out.is_file() and opened == [str(out)]  # written and shown all the same
    assert len(warned) == 1
    assert "\U00030000 U+30000 in Description as reported" in warned[0]
    assert "before anyone signs it" in warned[0]


def test_when_no_viewer_opens_the_form_its_path_is_given_to_copy(
    qtbot, window, draft, tmp_path, monkeypatch
):
    from qa_desktop.gui.system_viewer import CannotOpenDialog

    viewer(monkeypatch, opens=False)  # e.g. a PC with no PDF viewer installed
    shown: list[CannotOpenDialog] = []
    monkeypatch.setattr(CannotOpenDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    out = tmp_path / "form.pdf"
    print_form(qtbot, window, draft, out)
    assert out.is_file()
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.path_field.text() == str(out)
    assert dialog.path_field.isReadOnly()
    assert dialog.path_field.selectedText() == str(out)  # ready to copy with Ctrl+C
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == str(out)


def test_switching_to_chinese_translates_menus_headers_and_vocabulary(qtbot, window, draft):
    register_complaint(draft, actor=ENGINEER)
    window._refresh()
    window.ui.action_lang_zh.trigger()
    assert i18n.current_language() == "zh_CN"
    assert window.ui.menu_file.title() == "文件(&F)"
    model = window.register.model
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert "客诉编号" in headers and "严重程度" in headers  # GLOSSARY.md's terms
    zone = zone_label(settings.department_zone())
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
    first = MainWindow(db, db_path, user, actor=ENGINEER)
    qtbot.addWidget(first)
    header = first.register.ui.table.horizontalHeader()
    header.resizeSection(0, 333)
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # customer, A to Z
    first.close()
    again = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"), actor=ENGINEER)
    qtbot.addWidget(again)
    header = again.register.ui.table.horizontalHeader()
    assert header.sectionSize(0) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.AscendingOrder,
    )
    assert again.register.model.query.sort_key == "customer"


def save_in_the_form(monkeypatch, change=None, **fields) -> None:
    """The complaint form, in place of its modal loop: fill in (or change) and save."""
    from qa_desktop.gui.complaint_dialog import ComplaintDialog

    def fill_and_save(dialog: ComplaintDialog) -> bool:
        if dialog.complaint_id is None:
            dialog.set_draft(example_draft(received_at=NOW - timedelta(hours=1), **fields))
        else:
            draft = dialog.draft()
            for name, value in fields.items():
                setattr(draft, name, value)
            dialog.set_draft(draft)
        return dialog.save()

    monkeypatch.setattr(ComplaintDialog, "exec", fill_and_save)


def test_a_new_complaint_from_the_window_is_selected_in_the_register(qtbot, window, monkeypatch):
    """File → New complaint: the form saves, the register re-reads and selects the new case,
    and the status bar says which number it got."""
    save_in_the_form(monkeypatch)
    window.ui.action_new.trigger()
    assert window.register.model.rowCount() == 1
    saved = Complaint.get()
    assert saved.created_at == NOW.replace(tzinfo=None), "the form took the window's clock"
    assert window.register.current_complaint_id() == saved.id
    assert window.register.model.index(0, 0).data() == saved.case_no
    assert window.ui.statusbar.currentMessage() == f"{saved.case_no} registered"
    assert not window.ui.demo_banner.isVisible()


def row_on_screen(window: MainWindow, complaint_id: int) -> bool:
    table = window.register.ui.table
    row = window.register.model.row_of(complaint_id)
    rect = table.visualRect(window.register.model.index(row, 0))
    return row is not None and table.viewport().rect().contains(rect)


def test_a_new_complaint_hidden_by_the_filters_is_shown_and_the_message_says_why(
    qtbot, window, db, monkeypatch
):
    load_demo(db, 300, seed=2, anchor=date(2026, 11, 1), actor=ENGINEER)
    window._refresh()
    register = window.register
    qtbot.waitUntil(lambda: register.lists_filled, timeout=5000)
    ui = register.ui
    ui.severityCombo.setCurrentIndex(ui.severityCombo.findData("major"))
    register.read_list(ui.ownerCombo)  # as its first click does
    ui.ownerCombo.setCurrentIndex(ui.ownerCombo.findData("李工"))
    ui.marketCombo.setCurrentIndex(ui.marketCombo.findData("domestic"))  # does not hide it
    ui.searchEdit.setText("冷轧 zebra")
    ui.searchEdit.returnPressed.emit()
    ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the new case no. is the last row
    assert register.model.rowCount() == 0
    save_in_the_form(monkeypatch)  # serious, owner 王工, domestic
    window.ui.action_new.trigger()
    saved = Complaint.select().order_by(Complaint.id.desc()).get()
    assert window.ui.statusbar.currentMessage() == (
        f"{saved.case_no} registered; cleared the filters that hid it: severity, owner, search"
    )
    assert ui.severityCombo.currentIndex() == ui.ownerCombo.currentIndex() == 0
    assert ui.searchEdit.text() == ""
    assert register.current_query().market == "domestic"  # a filter that did not hide it stays
    assert register.current_complaint_id() == saved.id
    assert register.model.row_of(saved.id) == register.model.rowCount() - 1 > 40
    assert row_on_screen(window, saved.id)


def test_an_edit_that_leaves_the_filter_says_so_and_stays_in_view(qtbot, window, db, monkeypatch):
    load_demo(db, 300, seed=2, anchor=date(2026, 11, 1), actor=ENGINEER)
    window._refresh()
    ui = window.register.ui
    ui.severityCombo.setCurrentIndex(ui.severityCombo.findData("general"))
    ui.table.selectRow(5)
    chosen = window.register.current_complaint_id()
    case_no = window.register.case_no(chosen)
    save_in_the_form(monkeypatch, severity="major")
    window.ui.action_open.trigger()
    assert Complaint.get_by_id(chosen).severity == "major"
    assert window.ui.statusbar.currentMessage() == (
        f"{case_no} saved; cleared the filters that hid it: severity"
    )
    assert window.register.current_complaint_id() == chosen
    assert row_on_screen(window, chosen)
    save_in_the_form(monkeypatch, owner="钱工")
    window.ui.action_open.trigger()
    assert window.ui.statusbar.currentMessage() == f"{case_no} saved"


def test_the_saved_message_in_chinese(qtbot, window, monkeypatch):
    window.ui.action_lang_zh.trigger()
    ui = window.register.ui
    ui.severityCombo.setCurrentIndex(ui.severityCombo.findData("major"))
    ui.searchEdit.setText("zebra")
    ui.searchEdit.returnPressed.emit()
    save_in_the_form(monkeypatch)
    window.ui.action_new.trigger()
    case_no = Complaint.get().case_no
    assert window.ui.statusbar.currentMessage() == (
        f"{case_no} 已立案；已清除隐藏它的筛选条件：严重程度、搜索"
    )


# --- habits of desktop users -----------------------------------------------------------------


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, window, draft):
    window._refresh(register_complaint(draft, actor=ENGINEER).id)
    search = window.register.ui.searchEdit
    search.setText("old words")
    window.activateWindow()
    qtbot.waitActive(window)
    window.register.ui.table.setFocus()
    qtbot.keyClick(window.register.ui.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    assert search.selectedText() == "old words"  # typing replaces it


def popup_menu():
    """The menu a right-click opened (popped up, not modal: the test picks from it)."""
    from PySide6.QtWidgets import QMenu

    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "no menu is open"
    return menu


def menu_texts(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def choose(qtbot, menu, text: str) -> None:
    """Click the item, as a user does: the action runs and the menu closes."""
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert QApplication.activePopupWidget() is None


def right_click(qtbot, widget, pos: QPoint) -> None:
    """What the platform sends for a right-click: the press, then a context-menu event (QTest
    sends the mouse events to the widget directly, so Qt never makes the second itself)."""
    from PySide6.QtGui import QContextMenuEvent

    qtbot.mousePress(widget, Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    qtbot.mouseRelease(widget, Qt.MouseButton.RightButton, pos=pos)


def right_click_row(qtbot, window: MainWindow, row: int) -> int:
    table = window.register.ui.table
    centre = table.visualRect(window.register.model.index(row, 2)).center()
    right_click(qtbot, table.viewport(), centre)
    return window.register.model.complaint_id(row)


def test_right_click_on_a_row_copies_its_case_number(qtbot, window, db):
    load_demo(db, 50, seed=2, anchor=date(2026, 11, 1), actor=ENGINEER)
    window._refresh()
    chosen = right_click_row(qtbot, window, 3)
    menu = popup_menu()
    assert menu_texts(menu) == [
        "&Open complaint",
        "&Print handling form (PDF)…",
        "&Handling proposals…",
        "H&istory…",
        "&Plan a site visit…",
        "Copy case number",
    ]
    assert window.register.current_complaint_id() == chosen  # the row clicked is the one acted on
    choose(qtbot, menu, "Copy case number")
    case_no = window.register.case_no(chosen)
    assert QApplication.clipboard().text() == case_no
    assert window.ui.statusbar.currentMessage() == f"{case_no} copied"


def test_right_click_opens_or_prints_the_row_clicked(qtbot, window, db, tmp_path, monkeypatch):
    from qa_desktop.gui.complaint_dialog import ComplaintDialog

    load_demo(db, 50, seed=2, anchor=date(2026, 11, 1), actor=ENGINEER)
    window._refresh()
    opened = []
    monkeypatch.setattr(ComplaintDialog, "exec", lambda dialog: opened.append(dialog.complaint_id))
    clicked = right_click_row(qtbot, window, 1)
    choose(qtbot, popup_menu(), "&Open complaint")
    assert opened == [clicked]

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    out = tmp_path / "form.pdf"
    offered: list[str] = []
    window.ask_save_path = lambda title, name, file_filter: offered.append(name) or out
    printed = right_click_row(qtbot, window, 4)
    choose(qtbot, popup_menu(), "&Print handling form (PDF)…")
    wait_for_task(qtbot, window)
    assert offered == [f"{Complaint.get_by_id(printed).case_no}.pdf"]  # the row clicked
    assert out.read_bytes().startswith(b"%PDF-")


def right_click_header(qtbot, window: MainWindow, key: str) -> None:
    header = window.register.ui.table.horizontalHeader()
    logical = register.COLUMN_KEYS.index(key)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    right_click(qtbot, header.viewport(), QPoint(x, 5))


def test_the_header_menu_hides_a_column_and_the_next_session_keeps_it_hidden(
    qtbot, db, db_path, tmp_path
):
    user = UserSettings(tmp_path / "settings.json")
    first = MainWindow(db, db_path, user, clock=lambda: NOW, actor=ENGINEER)
    qtbot.addWidget(first)
    first.show()
    right_click_header(qtbot, first, "case_no")
    menu = popup_menu()
    titles = menu_texts(menu)
    assert titles[:4] == [
        "Case no.",
        "Received (" + zone_label(settings.department_zone()) + ")",
        "Status",
        "Severity",
    ]
    assert len(titles) == len(register.COLUMNS)  # every column, in the order shown
    choose(qtbot, menu, "Specification")
    header = first.register.ui.table.horizontalHeader()
    specification = register.COLUMN_KEYS.index("specification")
    assert header.isSectionHidden(specification)
    first.close()

    again = MainWindow(
        db, db_path, UserSettings(tmp_path / "settings.json"), clock=lambda: NOW, actor=ENGINEER
    )
    qtbot.addWidget(again)
    header = again.register.ui.table.horizontalHeader()
    assert header.isSectionHidden(specification)
    assert not header.isSectionHidden(register.COLUMN_KEYS.index("customer"))


def test_the_last_visible_column_cannot_be_hidden(qtbot, window):
    header = window.register.ui.table.horizontalHeader()
    for logical in range(1, header.count()):
        header.setSectionHidden(logical, True)
    right_click_header(qtbot, window, "case_no")
    menu = popup_menu()
    states = [(action.text(), action.isEnabled()) for action in menu.actions()]
    assert ("Case no.", False) in states
    assert all(enabled for text, enabled in states if text != "Case no.")
    menu.close()
