"""Department settings driven as the QA manager drives them: edit the defect list, the rules, Save.

Each outcome is checked in the database (written, audited, or not at all) and on screen."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from acting import questions, retype  # noqa: F401 - questions: an autouse fixture
from conftest import ADMIN, ENGINEER, example_draft, work_entries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from qa_desktop.core import settings
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, Complaint, DefectType, Setting
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting
from qa_desktop.core.services.reference import defect_types
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.defect_table import (
    IN_USE_COLUMN,
    NAME_EN_COLUMN,
    NAME_ZH_COLUMN,
    STORED_ROLE,
)
from qa_desktop.gui.department_dialog import DepartmentDialog
from qa_desktop.gui.main_window import MainWindow

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # every test's "now": never the real clock
MANAGER = Actor("qa.li", "李主管")


def clock() -> datetime:
    return NOW


def register(**changes) -> Complaint:
    """DOMAIN.md's example case, received two hours before NOW."""
    draft = example_draft(received_at=NOW - timedelta(hours=2), **changes)
    return register_complaint(draft, clock=clock, actor=ENGINEER)


# ----- acting as the user ------------------------------------------------------------------------


def type_cell(qtbot: QtBot, dialog: DepartmentDialog, row: int, column: int, text: str) -> None:
    """Move to the cell (its editor opens), retype it and press Enter."""
    table = dialog.ui.defect_types
    table.setCurrentCell(row, column)
    editor = table.indexWidget(table.model().index(row, column))
    assert editor is not None, "moving to an editable cell opens its editor"
    retype(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the closed editor goes on a queued call


def toggle_in_use(qtbot: QtBot, dialog: DepartmentDialog, row: int) -> None:
    table = dialog.ui.defect_types
    table.setFocus()
    table.setCurrentCell(row, IN_USE_COLUMN)
    qtbot.keyClick(table, Qt.Key.Key_Space)


def add_line(qtbot: QtBot, dialog: DepartmentDialog, name_en: str, name_zh: str) -> int:
    qtbot.mouseClick(dialog.ui.add_defect_type, Qt.MouseButton.LeftButton)
    row = dialog.ui.defect_types.rowCount() - 1
    for column, text in ((NAME_EN_COLUMN, name_en), (NAME_ZH_COLUMN, name_zh)):
        type_cell(qtbot, dialog, row, column, text)
    return row


def row_of(dialog: DepartmentDialog, code: str) -> int:
    """The line of a stored type (the code is kept with the line, out of sight)."""
    table = dialog.ui.defect_types
    rows = [
        r
        for r in range(table.rowCount())
        if table.item(r, NAME_EN_COLUMN).data(STORED_ROLE) == code
    ]
    assert rows, f"no line {code!r}"
    return rows[0]


def texts_on_screen(widget: QWidget) -> list[str]:
    """What a person can read: labels, buttons, tab titles, headers, cells, tooltips, combos."""
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        found.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
    ui = widget.ui
    found += [ui.tabs.tabText(i) for i in range(ui.tabs.count())]
    table = ui.defect_types
    for column in range(table.columnCount()):
        found.append(table.horizontalHeaderItem(column).text())
        for row in range(table.rowCount()):
            found.append(table.item(row, column).text())
    return [text for text in found if text]


def click_save(qtbot: QtBot, dialog: DepartmentDialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_error(dialog: DepartmentDialog, name: str) -> str:
    """The sentence in `<name>_error` (or `form_error`), or "" when none is visible."""
    label = getattr(dialog.ui, name if name == "form_error" else f"{name}_error")
    return label.text() if label.isVisible() else ""


def written() -> tuple[int, int, int]:
    return DefectType.select().count(), work_entries().count(), Setting.select().count()


@pytest.fixture
def dialog(qtbot: QtBot, db) -> DepartmentDialog:
    change_setting("time_zone", "Asia/Shanghai", clock=clock, actor=ADMIN)
    AuditEntry.delete().execute()  # the tests count what the dialog writes
    opened = DepartmentDialog(actor=MANAGER, clock=clock)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def rules_tab(dialog: DepartmentDialog) -> None:
    dialog.ui.tabs.setCurrentWidget(dialog.ui.rules_tab)


# ----- defect types ------------------------------------------------------------------------------
def test_it_lists_every_defect_type_by_its_names_and_shows_no_code(dialog):
    table = dialog.ui.defect_types
    assert table.rowCount() == len(defect_types(active_only=False))
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["English name", "Chinese name", "In use"]
    row = row_of(dialog, "thickness_tol")
    assert table.item(row, NAME_ZH_COLUMN).text() == "厚度超差"
    codes = {d.code for d in defect_types(active_only=False)} | set(settings.REGISTRY)
    shown = texts_on_screen(dialog)
    assert [t for t in shown if t in codes or re.search(r"\b[a-z]+_[a-z_]+\b", t)] == []
    assert not dialog.is_modified()


def test_renaming_a_chinese_name_is_saved_and_audited(qtbot, dialog):
    type_cell(qtbot, dialog, row_of(dialog, "scratch"), NAME_ZH_COLUMN, "表面划伤")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    scratch = DefectType.get(DefectType.code == "scratch")
    assert scratch.name_zh == "表面划伤" and scratch.name_en == "Scratch"
    entry = AuditEntry.get(AuditEntry.record_uuid == str(scratch.uuid))
    assert (entry.action, entry.actor) == ("update", "qa.li")
    assert json.loads(entry.detail) == {"name_zh": ["划伤", "表面划伤"]}
    assert work_entries().count() == 1, "only what changed is written"


def test_unticking_in_use_retires_a_type(qtbot, dialog):
    toggle_in_use(qtbot, dialog, row_of(dialog, "pit"))
    assert dialog.is_modified()
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "pit" not in [d.code for d in defect_types()]
    assert "pit" in [d.code for d in defect_types(active_only=False)]


def test_an_added_type_needs_only_its_names_and_the_core_makes_its_code(qtbot, dialog):
    table = dialog.ui.defect_types
    qtbot.mouseClick(dialog.ui.add_defect_type, Qt.MouseButton.LeftButton)
    row = table.rowCount() - 1
    assert (table.currentRow(), table.currentColumn()) == (row, NAME_EN_COLUMN)
    assert table.indexWidget(table.currentIndex()) is not None, "the name's editor is open"
    for column, text in ((NAME_EN_COLUMN, "Weld seam"), (NAME_ZH_COLUMN, "焊缝缺陷")):
        type_cell(qtbot, dialog, row, column, text)
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    last = defect_types()[-1]
    assert (last.code, last.name_en, last.name_zh) == ("weld_seam", "Weld seam", "焊缝缺陷")
    assert row == len(defect_types()) - 1


def test_a_type_added_with_a_chinese_name_only_is_named_both_ways(qtbot, dialog):
    add_line(qtbot, dialog, "", "边浪")
    click_save(qtbot, dialog)
    last = defect_types()[-1]
    assert (last.code, last.name_en, last.name_zh) == ("bian_lang", "边浪", "边浪")


def test_a_type_added_and_unticked_is_added_retired(qtbot, dialog):
    row = add_line(qtbot, dialog, "Weld seam", "焊缝缺陷")
    toggle_in_use(qtbot, dialog, row)
    click_save(qtbot, dialog)
    assert "weld_seam" not in [d.code for d in defect_types()]
    assert defect_types(active_only=False)[-1].code == "weld_seam"


def test_an_added_line_left_empty_is_no_change(qtbot, dialog):
    before = written()
    qtbot.mouseClick(dialog.ui.add_defect_type, Qt.MouseButton.LeftButton)
    assert not dialog.is_modified()
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert written() == before


def test_a_name_already_used_is_shown_on_its_line_and_nothing_is_written(qtbot, dialog):
    before = written()
    type_cell(qtbot, dialog, row_of(dialog, "scratch"), NAME_ZH_COLUMN, "表面划伤")  # valid
    row = add_line(qtbot, dialog, "pit", "凹坑")
    rules_tab(dialog)
    retype(qtbot, dialog.ui.case_prefix, "QA")  # valid too
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert written() == before, "a bad line stops the whole save"
    assert shown_error(dialog, "defect_types") == (
        f"Line {row + 1}: There is already a defect type called Pit."
    )
    cell = dialog.ui.defect_types.item(row, NAME_EN_COLUMN)
    assert cell.background().color().name() == "#fbd5d2"
    assert "already a defect type called Pit" in cell.toolTip()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.defects_tab, "the problem is shown"
    assert shown_error(dialog, "form_error").startswith("Nothing was saved")


def test_two_new_lines_of_one_name_and_a_missing_name_are_refused(qtbot, dialog):
    before = written()
    first = add_line(qtbot, dialog, "Weld seam", "焊缝")
    second = add_line(qtbot, dialog, "weld seam", "焊缝缺陷")
    type_cell(qtbot, dialog, row_of(dialog, "burr"), NAME_EN_COLUMN, "")
    type_cell(qtbot, dialog, row_of(dialog, "burr"), NAME_ZH_COLUMN, "")
    click_save(qtbot, dialog)
    assert written() == before
    assert shown_error(dialog, "defect_types").splitlines() == [
        f"Line {row_of(dialog, 'burr') + 1}: A defect type needs a name.",
        f"Line {first + 1}: There is already a defect type called weld seam.",
        f"Line {second + 1}: There is already a defect type called Weld seam.",
    ]


# ----- rules: coil-number forms -------------------------------------------------------------------
def test_stricter_coil_forms_are_saved_and_the_complaint_service_applies_them(qtbot, dialog):
    rules_tab(dialog)
    retype(qtbot, dialog.ui.coil_number_forms, "@@######")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.department("coil_number_forms") == "@@######"
    entry = AuditEntry.get(AuditEntry.record_uuid == "coil_number_forms")
    assert entry.actor == "qa.li"
    with pytest.raises(ValidationError, match="S24A0817-03 does not look like"):
        register()


def test_forms_are_explained_and_each_is_shown_in_words_as_typed(qtbot, dialog):
    rules_tab(dialog)
    ui = dialog.ui
    assert shown(ui.coil_number_forms_hint) == (
        "One form per line, written as the number is printed: # a digit, @ a letter, "
        "? a letter or digit, * any characters (or none); every other character stands for "
        "itself."
    )
    assert shown(ui.coil_number_forms_described) == (
        "No forms: Any coil number of 4 to 24 letters, digits and - / ., starting with a "
        "letter or digit."
    )
    retype(qtbot, ui.coil_number_forms, "s##@####-##")
    qtbot.keyClick(ui.coil_number_forms, Qt.Key.Key_Return)  # keyClicks cannot type a line break
    qtbot.keyClicks(ui.coil_number_forms, "LOT/####/*")
    assert shown(ui.coil_number_forms_described).splitlines() == [
        "S##@####-##: “S”, 2 digits, a letter, 4 digits, “-”, 2 digits, e.g. S01A2345-67",
        "LOT/####/*: “LOT/”, 4 digits, “/”, any characters, e.g. LOT/0123/",
    ]
    assert not [t for t in texts_on_screen(dialog) if re.search(r"regular expression|regex", t)]


def test_invalid_forms_are_refused_beside_the_field_as_typed(qtbot, dialog):
    before = written()
    rules_tab(dialog)
    retype(qtbot, dialog.ui.coil_number_forms, "(A+)+$")
    assert "“(” cannot be part of a coil number" in shown_error(dialog, "coil_number_forms")
    assert shown(dialog.ui.coil_number_forms_described) == "", "no words for broken forms"
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "cannot be part of a coil number" in shown_error(dialog, "coil_number_forms")
    assert written() == before
    assert settings.department("coil_number_forms") == ""


def test_the_tester_says_whether_a_coil_number_fits_as_you_type(qtbot, dialog):
    rules_tab(dialog)
    ui = dialog.ui
    assert ui.coil_test_result.text() == ""
    qtbot.keyClicks(ui.coil_test, "s24a0817-03")
    assert ui.coil_test_result.text() == "S24A0817-03 fits"
    retype(qtbot, ui.coil_number_forms, "@@######")
    assert ui.coil_test_result.text() == "S24A0817-03 does not fit"
    retype(qtbot, ui.coil_test, "ab 123456")
    assert ui.coil_test_result.text() == "AB123456 fits", "as the service reads it"
    retype(qtbot, ui.coil_number_forms, "([")
    assert ui.coil_test_result.text() == "", "no verdict from broken forms"


def test_the_rules_tab_speaks_chinese(qtbot, db):
    app = QApplication.instance()
    language.install(app, "zh_CN")
    try:
        opened = DepartmentDialog(clock=clock, actor=ADMIN)
        qtbot.addWidget(opened)
        opened.show()
        rules_tab(opened)
        ui = opened.ui
        retype(qtbot, ui.coil_number_forms, "S##@####-##")
        qtbot.keyClicks(ui.coil_test, "S24A0817-03")
        assert shown(ui.coil_number_forms_described) == (
            "S##@####-##：“S”、2 位数字、1 个字母、4 位数字、“-”、2 位数字，例如 S01A2345-67"
        )
        assert ui.coil_test_result.text() == "S24A0817-03 符合格式"
        assert ui.coil_number_forms_hint.text().startswith("每行一种格式")
        assert ui.time_zone_label.text() == "部门时区"
        retype(qtbot, ui.coil_number_forms, "")
        assert shown(ui.coil_number_forms_described).startswith("未设格式：任意 4 至 24 位")
    finally:
        language.install(app, "en")


# ----- rules: time zone, case prefix, tolerance -----------------------------------------------------
def test_the_zone_list_shows_today_s_offsets_and_the_time_there(dialog):
    combo = dialog.ui.time_zone
    assert combo.currentText() == "Asia/Shanghai (UTC+08:00)"
    assert combo.findText("Europe/Berlin (UTC+01:00)") >= 0, "winter at NOW"
    assert combo.findText("America/New_York (UTC-04:00)") >= 0, "summer time began 8 March"
    assert dialog.ui.time_zone_example.text() == "Time there now: 2026-03-10 16:00"


def test_a_zone_is_found_by_typing_part_of_its_name_saved_and_audited(qtbot, dialog):
    rules_tab(dialog)
    edit = dialog.ui.time_zone.lineEdit()
    retype(qtbot, edit, "berl")
    popup = dialog.ui.time_zone.completer().popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "Europe/Berlin (UTC+01:00)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.ui.time_zone.currentText() == "Europe/Berlin (UTC+01:00)"
    assert dialog.ui.time_zone_example.text() == "Time there now: 2026-03-10 09:00"
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.department("time_zone") == "Europe/Berlin"
    entry = AuditEntry.get(AuditEntry.record_uuid == "time_zone")
    assert entry.actor == "qa.li"
    assert json.loads(entry.detail) == {"time_zone": ["Asia/Shanghai", "Europe/Berlin"]}


def test_a_zone_that_is_not_one_is_refused_beside_the_field(qtbot, dialog):
    before = written()
    rules_tab(dialog)
    edit = dialog.ui.time_zone.lineEdit()
    retype(qtbot, edit, "Shanghai")
    assert shown_error(dialog, "time_zone") == "", "while typing, part of a name is a search"
    assert dialog.ui.time_zone_example.text() == ""
    qtbot.keyClick(dialog.ui.time_zone.completer().popup(), Qt.Key.Key_Escape)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # typing done: the problem is said
    message = "Shanghai is not a time zone this PC knows; e.g. Asia/Shanghai."
    assert shown_error(dialog, "time_zone") == message
    click_save(qtbot, dialog)
    assert dialog.isVisible() and shown_error(dialog, "time_zone") == message
    assert written() == before


def test_the_next_case_number_takes_its_year_from_the_clock_in_the_chosen_zone(qtbot, db):
    """At 20:00 UTC on 31 December it is already 2027 in Shanghai, and still 2026 in New York:
    the preview follows the dialog's clock and the zone on screen, never this PC's clock."""
    change_setting("time_zone", "Asia/Shanghai", clock=clock, actor=ADMIN)
    new_year_s_eve = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)
    opened = DepartmentDialog(clock=lambda: new_year_s_eve, actor=ADMIN)
    qtbot.addWidget(opened)
    opened.show()
    rules_tab(opened)
    assert opened.ui.case_prefix_example.text() == "The next case will be CC-2027-0001"
    retype(qtbot, opened.ui.time_zone.lineEdit(), "America/New_York")
    assert opened.ui.case_prefix_example.text() == "The next case will be CC-2026-0001"


def test_a_case_prefix_must_be_capital_letters(qtbot, dialog):
    before = written()
    rules_tab(dialog)
    assert dialog.ui.case_prefix_example.text() == "The next case will be CC-2026-0001"
    retype(qtbot, dialog.ui.case_prefix, "cc1")
    click_save(qtbot, dialog)
    assert (
        shown_error(dialog, "case_prefix") == "The case prefix must be one to six capital letters."
    )
    assert written() == before


def test_a_new_prefix_and_tolerance_are_saved(qtbot, dialog):
    register()
    rules_tab(dialog)
    retype(qtbot, dialog.ui.case_prefix, "QA")
    assert dialog.ui.case_prefix_example.text() == "The next case will be QA-2026-0002"
    dialog.ui.future_tolerance_minutes.setValue(30)
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.department("case_prefix") == "QA"
    assert settings.department("future_tolerance_minutes") == 30
    assert register().case_no == "QA-2026-0002"


def test_a_write_refused_midway_saves_nothing(qtbot, dialog, monkeypatch):
    """The batch is one transaction: the rename written before the refusal is rolled back."""

    def refuse(*args, **kwargs):
        raise UserError("The database is read-only.")

    monkeypatch.setattr("qa_desktop.core.services.department.change_setting", refuse)
    type_cell(qtbot, dialog, row_of(dialog, "scratch"), NAME_ZH_COLUMN, "表面划伤")
    rules_tab(dialog)
    retype(qtbot, dialog.ui.case_prefix, "QA")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert DefectType.get(DefectType.code == "scratch").name_zh == "划伤"
    assert work_entries().count() == 0
    assert shown_error(dialog, "form_error") == "Nothing was saved: The database is read-only."
    monkeypatch.undo()
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert DefectType.get(DefectType.code == "scratch").name_zh == "表面划伤"
    assert settings.department("case_prefix") == "QA"


def shown(label: QLabel) -> str:
    return label.text() if label.isVisible() else ""


# ----- closing -----------------------------------------------------------------------------------
def test_closing_with_changes_asks_first(qtbot, dialog, questions):  # noqa: F811 - the fixture from acting
    dialog.reject()
    assert questions == [], "nothing to lose, nothing asked"
    rules_tab(dialog)
    dialog.show()
    retype(qtbot, dialog.ui.case_prefix, "QA")
    dialog.reject()
    assert questions == ["Discard your changes?"]
    assert settings.department("case_prefix") == "CC"


def test_the_tools_menu_opens_the_dialog_and_refreshes_after(qtbot, db, db_path, tmp_path):
    window = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"), actor=ENGINEER)
    qtbot.addWidget(window)
    opened: list[DepartmentDialog] = []
    refreshed: list[bool] = []

    def accept_at_once(self: DepartmentDialog) -> int:
        opened.append(self)
        return QDialog.DialogCode.Accepted.value

    window._refresh = lambda *args: refreshed.append(True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(DepartmentDialog, "exec", accept_at_once)
        window.ui.action_department.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
    assert refreshed == [True]
