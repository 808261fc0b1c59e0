"""Department settings driven as the QA manager drives them: edit the defect list, the rules, Save.

Each outcome is checked in the database (written, audited, or not at all) and on screen."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from acting import questions, retype  # noqa: F401 - questions: an autouse fixture
from conftest import example_draft
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from qa_desktop.core import settings
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, DefectType, Setting
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.reference import defect_types
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.department_dialog import (
    CODE_COLUMN,
    IN_USE_COLUMN,
    NAME_EN_COLUMN,
    NAME_ZH_COLUMN,
    DepartmentDialog,
)
from qa_desktop.gui.main_window import MainWindow

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
MANAGER = Actor("qa.li", "李主管")


def clock() -> datetime:
    return NOW


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


def add_line(qtbot: QtBot, dialog: DepartmentDialog, code: str, name_en: str, name_zh: str) -> int:
    qtbot.mouseClick(dialog.ui.add_defect_type, Qt.MouseButton.LeftButton)
    row = dialog.ui.defect_types.rowCount() - 1
    for column, text in ((CODE_COLUMN, code), (NAME_EN_COLUMN, name_en), (NAME_ZH_COLUMN, name_zh)):
        type_cell(qtbot, dialog, row, column, text)
    return row


def row_of(dialog: DepartmentDialog, code: str) -> int:
    table = dialog.ui.defect_types
    rows = [r for r in range(table.rowCount()) if table.item(r, CODE_COLUMN).text() == code]
    assert rows, f"no line {code!r}"
    return rows[0]


def click_save(qtbot: QtBot, dialog: DepartmentDialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_error(dialog: DepartmentDialog, name: str) -> str:
    """The sentence in `<name>_error` (or `form_error`), or "" when none is visible."""
    label = getattr(dialog.ui, name if name == "form_error" else f"{name}_error")
    return label.text() if label.isVisible() else ""


def written() -> tuple[int, int, int]:
    return DefectType.select().count(), AuditEntry.select().count(), Setting.select().count()


@pytest.fixture
def dialog(qtbot: QtBot, db) -> DepartmentDialog:
    opened = DepartmentDialog(actor=MANAGER, clock=clock)
    qtbot.addWidget(opened)
    opened.resize(860, 620)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def rules_tab(dialog: DepartmentDialog) -> None:
    dialog.ui.tabs.setCurrentWidget(dialog.ui.rules_tab)


# ----- defect types ------------------------------------------------------------------------------
def test_it_lists_every_defect_type_with_codes_read_only(dialog):
    table = dialog.ui.defect_types
    assert table.rowCount() == len(defect_types(active_only=False))
    code = table.item(row_of(dialog, "scratch"), CODE_COLUMN)
    assert not code.flags() & Qt.ItemFlag.ItemIsEditable, "a stored code is permanent"
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
    assert AuditEntry.select().count() == 1, "only what changed is written"


def test_unticking_in_use_retires_a_type(qtbot, dialog):
    toggle_in_use(qtbot, dialog, row_of(dialog, "pit"))
    assert dialog.is_modified()
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "pit" not in [d.code for d in defect_types()]
    assert "pit" in [d.code for d in defect_types(active_only=False)]


def test_an_added_type_goes_to_the_end(qtbot, dialog):
    add_line(qtbot, dialog, "weld_seam", "Weld seam", "焊缝缺陷")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    last = defect_types()[-1]
    assert (last.code, last.name_en, last.name_zh) == ("weld_seam", "Weld seam", "焊缝缺陷")


def test_a_type_added_and_unticked_is_added_retired(qtbot, dialog):
    row = add_line(qtbot, dialog, "weld_seam", "Weld seam", "焊缝缺陷")
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


def test_a_bad_code_is_shown_on_its_line_and_nothing_is_written(qtbot, dialog):
    before = written()
    type_cell(qtbot, dialog, row_of(dialog, "scratch"), NAME_ZH_COLUMN, "表面划伤")  # valid
    row = add_line(qtbot, dialog, "Weld Seam!", "Weld seam", "焊缝缺陷")
    rules_tab(dialog)
    retype(qtbot, dialog.ui.case_prefix, "QA")  # valid too
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert written() == before, "a bad line stops the whole save"
    assert shown_error(dialog, "defect_types") == (
        f"Line {row + 1}: A defect code is 2 to 30 small letters, digits or underscores."
    )
    cell = dialog.ui.defect_types.item(row, CODE_COLUMN)
    assert cell.background().color().name() == "#fbd5d2"
    assert "small letters" in cell.toolTip()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.defects_tab, "the problem is shown"
    assert shown_error(dialog, "form_error").startswith("Nothing was saved")


def test_a_code_already_taken_and_a_missing_name_are_refused(qtbot, dialog):
    before = written()
    first = add_line(qtbot, dialog, "Scratch", "Scratch again", "")
    second = add_line(qtbot, dialog, "weld_seam", "", "")
    click_save(qtbot, dialog)
    assert written() == before
    assert shown_error(dialog, "defect_types").splitlines() == [
        f"Line {first + 1}: There is already a defect type with the code scratch.",
        f"Line {second + 1}: A defect type needs a name.",
    ]


# ----- rules -------------------------------------------------------------------------------------
def test_stricter_coil_forms_are_saved_and_the_complaint_service_applies_them(qtbot, dialog):
    rules_tab(dialog)
    retype(qtbot, dialog.ui.coil_number_forms, "@@######")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.department("coil_number_forms") == "@@######"
    entry = AuditEntry.get(AuditEntry.record_uuid == "coil_number_forms")
    assert entry.actor == "qa.li"
    with pytest.raises(ValidationError, match="S24A0817-03 does not look like"):
        register_complaint(example_draft())


def test_invalid_forms_are_refused_beside_the_field(qtbot, dialog):
    before = written()
    rules_tab(dialog)
    retype(qtbot, dialog.ui.coil_number_forms, "(A+)+$")
    assert "cannot be part of a coil number" in shown_error(dialog, "coil_number_forms")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "cannot be part of a coil number" in shown_error(dialog, "coil_number_forms")
    assert written() == before
    assert settings.department("coil_number_forms") == ""


def test_the_tester_says_whether_a_coil_number_matches_as_you_type(qtbot, dialog):
    rules_tab(dialog)
    ui = dialog.ui
    assert ui.coil_test_result.text() == ""
    qtbot.keyClicks(ui.coil_test, "s24a0817-03")
    assert ui.coil_test_result.text() == "S24A0817-03 matches"
    retype(qtbot, ui.coil_number_forms, "@@######")
    assert ui.coil_test_result.text() == "S24A0817-03 does not match"
    retype(qtbot, ui.coil_test, "ab 123456")
    assert ui.coil_test_result.text() == "AB123456 matches", "as the service reads it"
    retype(qtbot, ui.coil_number_forms, "([")
    assert ui.coil_test_result.text() == "", "no verdict from broken forms"


def test_a_case_prefix_must_be_capital_letters(qtbot, dialog):
    before = written()
    rules_tab(dialog)
    assert dialog.ui.case_prefix_example.text() == f"The next case will be CC-{year_now()}-0001"
    retype(qtbot, dialog.ui.case_prefix, "cc1")
    click_save(qtbot, dialog)
    assert (
        shown_error(dialog, "case_prefix") == "The case prefix must be one to six capital letters."
    )
    assert written() == before


def test_a_new_prefix_and_tolerance_are_saved(qtbot, dialog):
    rules_tab(dialog)
    retype(qtbot, dialog.ui.case_prefix, "QA")
    assert dialog.ui.case_prefix_example.text() == f"The next case will be QA-{year_now()}-0001"
    dialog.ui.future_tolerance_minutes.setValue(30)
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.department("case_prefix") == "QA"
    assert settings.department("future_tolerance_minutes") == 30
    assert register_complaint(example_draft()).case_no.startswith("QA-")


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
    assert AuditEntry.select().count() == 0
    assert shown_error(dialog, "form_error") == "Nothing was saved: The database is read-only."
    monkeypatch.undo()
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert DefectType.get(DefectType.code == "scratch").name_zh == "表面划伤"
    assert settings.department("case_prefix") == "QA"


def year_now() -> int:
    from datetime import datetime

    return datetime.now().astimezone().year


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
    window = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"))
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
