"""Tools → Checklist templates driven as the QA department drives it: import a file, look at a
version, make a new version in the editor; field staff only look. Each outcome is checked in the
database (a new version or none) and on screen."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from acting import questions, retype, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, add_test_accounts, example_draft
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTableWidget,
)
from pytestqt.qtbot import QtBot
from visit_scenarios import FIELD, clock, plan

from qa_desktop.core.checklists import (
    ChecklistItem,
    ItemKind,
    default_template,
    template_hash,
    template_to_json,
)
from qa_desktop.core.models import ChecklistTemplateVersion, Visit
from qa_desktop.core.services import checklists, visits
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.checklist_editor import (
    CHOICES,
    KEY,
    KIND,
    LABEL_EN,
    LABEL_ZH,
    REQUIRED,
    UNIT,
    ChecklistEditor,
)
from qa_desktop.gui.checklists_dialog import CURRENT, VERSION, VISITS, ChecklistsDialog
from qa_desktop.gui.main_window import MainWindow

GLOVES = ChecklistItem("gloves_worn", ItemKind.YES_NO_NA, "Gloves worn?", "是否戴手套？", True)
DEFAULT_ITEMS = len(default_template().items)


@pytest.fixture
def visit(db) -> Visit:
    """A visit planned against version 1, the one in force."""
    add_test_accounts((FIELD, "field_staff"))
    complaint = register_complaint(example_draft(), ENGINEER)
    return visits.plan_visit(complaint.case_no, plan(), ENGINEER, clock).visit


def open_dialog(qtbot: QtBot, actor=ENGINEER) -> ChecklistsDialog:
    dialog = ChecklistsDialog(actor=actor, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def listed(dialog: ChecklistsDialog) -> list[tuple[str, str, str]]:
    """(version, current, visits) of each row, as the left table shows them."""
    table = dialog.ui.versions
    return [
        tuple(table.item(row, column).text() for column in (VERSION, CURRENT, VISITS))
        for row in range(table.rowCount())
    ]


def click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def version_file(tmp_path: Path, **changes) -> Path:
    t = default_template()
    fields = {"version": 2, "items": (*t.items, GLOVES)} | changes
    path = tmp_path / "site-visit-v2.json"
    path.write_text(template_to_json(dataclasses.replace(t, **fields)), encoding="utf-8")
    return path


def import_by_button(qtbot, dialog, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(dialog, "choose_import_path", lambda: path)
    click(qtbot, dialog.import_button)


# ----- the list and a version's items ------------------------------------------------------------
def test_the_dialog_lists_the_versions_and_shows_the_current_ones_items(qtbot, visit):
    dialog = open_dialog(qtbot)

    assert listed(dialog) == [("1", "Current", "1")]
    items = dialog.ui.items
    assert items.rowCount() == DEFAULT_ITEMS
    first = [items.item(0, column).text() for column in range(items.columnCount())]
    assert first == [
        "Is the defect caused by our raw material?",
        "不良是否为我方原材料造成？",
        "Choice",
        "Required",
        "",
        "Our raw material; The customer's processing; Not determined",
    ]
    assert items.verticalHeaderItem(0).toolTip() == "defect_source"
    weight = next(r for r in range(items.rowCount()) if items.item(r, 0).text() == "Weight")
    assert [items.item(weight, c).text() for c in (2, 4)] == ["Number with unit", "t"]
    assert "Version 1 of “Site-visit checklist”" in dialog.ui.version_info.text()


# ----- import ------------------------------------------------------------------------------------
def test_an_imported_version_becomes_current_and_a_planned_visit_keeps_version_1(
    qtbot, visit, tmp_path, monkeypatch
):
    dialog = open_dialog(qtbot)
    path = version_file(tmp_path)

    import_by_button(qtbot, dialog, monkeypatch, path)

    assert listed(dialog) == [("1", "", "1"), ("2", "Current", "0")]
    assert dialog.selected().version == 2, "the imported version is shown"
    assert dialog.ui.items.rowCount() == DEFAULT_ITEMS + 1
    assert dialog.ui.message.text() == (
        "Version 2 of “Site-visit checklist” is stored from site-visit-v2.json;"
        " new visits are filled against it."
    )
    assert Visit.get_by_id(visit.id).template.version == 1
    later = visits.plan_visit(visit.complaint.case_no, plan(days=3), ENGINEER, clock).visit
    assert later.template.version == 2
    dialog.reload()
    assert listed(dialog) == [("1", "", "1"), ("2", "Current", "1")]


def test_importing_the_same_file_again_changes_nothing(qtbot, db, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot)
    path = version_file(tmp_path)
    import_by_button(qtbot, dialog, monkeypatch, path)
    stored = ChecklistTemplateVersion.select().count()

    import_by_button(qtbot, dialog, monkeypatch, path)

    assert ChecklistTemplateVersion.select().count() == stored
    assert dialog.ui.message.text() == (
        "site-visit-v2.json holds version 2 of “Site-visit checklist”, stored already with the"
        " same items; nothing changed."
    )


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("{not json", "The checklist template is not readable JSON."),
        (
            template_to_json(dataclasses.replace(default_template(), items=()))[:-1] + ',"x":1}',
            "The checklist template has a field this application does not know: “x”.",
        ),
        (
            template_to_json(default_template()).replace('"unit":"t"', '"unit":"furlongs"', 1),
            "The number item “defective_used” has a unit this application does not know.",
        ),
    ],
)
def test_a_bad_file_is_refused_in_one_sentence_in_the_dialog(
    qtbot, db, tmp_path, monkeypatch, text, sentence
):
    dialog = open_dialog(qtbot)
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")

    import_by_button(qtbot, dialog, monkeypatch, path)

    assert dialog.ui.message.text() == sentence
    assert "#b3261e" in dialog.ui.message.styleSheet(), "a refusal reads as one"
    assert ChecklistTemplateVersion.select().count() == 1
    assert listed(dialog) == [("1", "Current", "0")]


def test_an_older_version_number_is_stored_but_does_not_become_current(
    qtbot, db, tmp_path, monkeypatch
):
    dialog = open_dialog(qtbot)
    checklists.import_template(version_file(tmp_path, version=3), ENGINEER, clock)
    import_by_button(qtbot, dialog, monkeypatch, version_file(tmp_path))
    assert [row[:2] for row in listed(dialog)] == [("1", ""), ("2", ""), ("3", "Current")]
    assert dialog.selected().version == 2
    assert dialog.ui.message.text() == (
        "Version 2 of “Site-visit checklist” is stored from site-visit-v2.json; version 3 stays"
        " current."
    )


def test_a_version_stored_with_other_items_is_refused(qtbot, db, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot)
    import_by_button(qtbot, dialog, monkeypatch, version_file(tmp_path, version=1))
    assert dialog.ui.message.text() == (
        "Version 1 of checklist “site_visit” is already stored with other items; give the file"
        " version 2 to add it as a new version."
    )
    assert ChecklistTemplateVersion.select().count() == 1


# ----- export ------------------------------------------------------------------------------------
def test_export_writes_the_version_shown(qtbot, db, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot)
    asked: list[str] = []
    out = tmp_path / "chosen"  # typed without an ending: .json is added

    def choose(name: str) -> Path:
        asked.append(name)
        return out.with_suffix(".json")

    monkeypatch.setattr(dialog, "choose_export_path", choose)
    click(qtbot, dialog.export_button)

    assert asked == ["site_visit-v1.json"]
    written = out.with_suffix(".json")
    assert written.read_text("utf-8") == template_to_json(default_template())
    assert dialog.ui.message.text().endswith(f"was written to {written.resolve()}.")


# ----- a new version in the editor ---------------------------------------------------------------
def open_editor(qtbot: QtBot, dialog: ChecklistsDialog) -> ChecklistEditor:
    click(qtbot, dialog.new_button)
    editor = dialog.editor
    assert isinstance(editor, ChecklistEditor) and editor.isVisible()
    qtbot.waitExposed(editor)
    return editor


def type_cell(qtbot: QtBot, table, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double click does, type, and press Enter."""
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None, f"cell ({row}, {column}) is editable"
    retype(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the closed editor goes on a queued call


def add_item(qtbot, editor: ChecklistEditor, key: str, en: str, zh: str = "") -> int:
    click(qtbot, editor.ui.add_item)
    row = editor.ui.items.rowCount() - 1
    type_cell(qtbot, editor.ui.items, row, KEY, key)
    if en:
        type_cell(qtbot, editor.ui.items, row, LABEL_EN, en)
    if zh:
        type_cell(qtbot, editor.ui.items, row, LABEL_ZH, zh)
    return row


def choose(editor: ChecklistEditor, row: int, column: int, data: str) -> None:
    box = editor.combo(row, column)
    box.setCurrentIndex(box.findData(data))


def save(qtbot, editor: ChecklistEditor) -> None:
    click(qtbot, editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save))


def test_the_editor_adds_a_required_yes_no_item_and_saves_version_2(qtbot, visit):
    dialog = open_dialog(qtbot)
    before = ChecklistTemplateVersion.get(version=1).content_hash
    editor = open_editor(qtbot, dialog)
    assert editor.ui.items.rowCount() == DEFAULT_ITEMS, "prefilled from the version shown"
    key = editor.ui.items.item(0, KEY)
    assert not key.flags() & Qt.ItemFlag.ItemIsEditable, "an item the version had keeps its key"

    row = add_item(qtbot, editor, "gloves_worn", "Gloves worn?", "是否戴手套？")
    assert editor.combo(row, KIND).currentData() == ItemKind.YES_NO_NA.value
    assert editor.ui.items.item(row, REQUIRED).checkState() == Qt.CheckState.Checked
    assert not editor.combo(row, UNIT).isEnabled(), "only a number item has a unit"
    save(qtbot, editor)

    assert not editor.isVisible() and dialog.editor is None
    stored = checklists.template_of(checklists.current())
    assert stored.version == 2
    assert stored.items == (*default_template().items, GLOVES)
    assert ChecklistTemplateVersion.get(version=2).created_by == ENGINEER.user_id
    assert ChecklistTemplateVersion.get(version=1).content_hash == before
    assert Visit.get_by_id(visit.id).template.version == 1
    assert listed(dialog) == [("1", "", "1"), ("2", "Current", "0")]
    assert dialog.ui.message.text() == (
        "Version 2 of “Site-visit checklist” is stored; new visits are filled against it."
    )


def test_the_editor_edits_choices_moves_and_removes_items(qtbot, db):
    editor = open_editor(qtbot, open_dialog(qtbot))
    row = add_item(qtbot, editor, "packing", "Packing state", "包装状态")
    choose(editor, row, KIND, ItemKind.CHOICE.value)
    assert editor.ui.choices_group.isEnabled()
    for code, en, zh in (("intact", "Intact", "完好"), ("damaged", "Damaged", "破损")):
        click(qtbot, editor.ui.add_choice)
        line = editor.ui.choices.rowCount() - 1
        for column, text in enumerate((code, en, zh)):
            type_cell(qtbot, editor.ui.choices, line, column, text)
    assert editor.ui.items.item(row, CHOICES).text() == "Intact; Damaged"
    click(qtbot, editor.ui.move_up)  # above the last default item
    editor.ui.items.setCurrentCell(0, LABEL_EN)
    click(qtbot, editor.ui.remove_item)  # defect_source goes
    assert editor.ui.items.item(1, KEY).text() == "defective_used"  # a number in tonnes
    choose(editor, 1, UNIT, "kg")
    save(qtbot, editor)

    stored = checklists.template_of(checklists.current())
    keys = [item.key for item in stored.items]
    assert keys[0] == "visible_before_processing" and "defect_source" not in keys
    assert keys[-2:] == ["packing", "customer_remedy"]
    assert [tuple(c) for c in stored.item("packing").choices] == [
        ("intact", "Intact", "完好"),
        ("damaged", "Damaged", "破损"),
    ]
    assert stored.item("defective_used").unit == "kg"


def test_bad_items_are_marked_on_their_rows_and_nothing_is_stored(qtbot, db):
    dialog = open_dialog(qtbot)
    editor = open_editor(qtbot, dialog)
    empty = add_item(qtbot, editor, "gloves_worn", "")
    choice = add_item(qtbot, editor, "packing", "Packing state")
    choose(editor, choice, KIND, ItemKind.CHOICE.value)
    twice = add_item(qtbot, editor, "weight", "Weight again")
    number = add_item(qtbot, editor, "thickness", "Thickness")
    choose(editor, number, KIND, ItemKind.NUMBER_WITH_UNIT.value)

    save(qtbot, editor)

    assert editor.isVisible(), "the editor stays open with what was typed"
    assert ChecklistTemplateVersion.select().count() == 1
    sentences = {
        empty: "The item “gloves_worn” needs an English or a Chinese label.",
        choice: "The choice item “packing” needs at least one choice.",
        twice: "The checklist template has two items with the key “weight”.",
        number: "The number item “thickness” needs a unit.",
    }
    table = editor.ui.items
    for row, sentence in sentences.items():
        assert table.verticalHeaderItem(row).toolTip() == sentence
        assert table.verticalHeaderItem(row).text() == f"{row + 1} ⚠"
        assert table.item(row, LABEL_EN).toolTip() == sentence
    assert table.verticalHeaderItem(0).text() == "1", "a good row is not marked"
    lines = editor.ui.items_error.text().splitlines()
    assert lines == [
        f"Item {empty + 1}: {sentences[empty]}",
        f"Item {choice + 1}: {sentences[choice]}",
        f"Item {twice + 1}: {sentences[twice]}",
        "1 more item(s) marked in the table.",
    ]
    assert table.currentRow() == empty, "the first bad row is where the cursor goes"

    type_cell(qtbot, table, empty, LABEL_EN, "Gloves worn?")
    assert table.verticalHeaderItem(empty).text() == f"{empty + 1}", (
        "a corrected row loses its mark"
    )
    assert not editor.ui.items_error.text().startswith(f"Item {empty + 1}:")


def test_a_new_key_is_checked_by_the_cores_rules(qtbot, db):
    editor = open_editor(qtbot, open_dialog(qtbot))
    row = add_item(qtbot, editor, "Gloves Worn", "Gloves worn?")
    save(qtbot, editor)
    assert editor.ui.items_error.text() == (
        f"Item {row + 1}: An item's key must be 1 to 40 lower-case letters, digits or underscores,"
        " starting with a letter."
    )
    assert ChecklistTemplateVersion.select().count() == 1


def test_saving_what_the_version_already_holds_is_refused(qtbot, db):
    editor = open_editor(qtbot, open_dialog(qtbot))
    save(qtbot, editor)
    assert editor.ui.items_error.text() == (
        "Nothing differs from version 1: change an item or the name, or cancel."
    )
    assert ChecklistTemplateVersion.select().count() == 1


def test_a_version_stored_meanwhile_is_not_silently_overtaken(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    editor = open_editor(qtbot, dialog)
    checklists.import_template(version_file(tmp_path), ENGINEER, clock)  # another PC saves v2
    add_item(qtbot, editor, "helmet", "Helmet worn?")
    save(qtbot, editor)
    assert editor.ui.items_error.text() == (
        "Version 2 of this checklist was stored while you edited; cancel, and start again from it."
    )
    assert ChecklistTemplateVersion.select().count() == 2


def test_cancel_asks_before_throwing_edits_away(qtbot, db, questions):  # noqa: F811
    editor = open_editor(qtbot, open_dialog(qtbot))
    type_text(qtbot, editor.ui.name_en, " (2027)")
    click(qtbot, editor.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert questions == ["Discard your changes?"]
    assert editor.result() == QDialog.DialogCode.Rejected
    assert ChecklistTemplateVersion.select().count() == 1


# ----- who may change templates ------------------------------------------------------------------
def test_field_staff_see_templates_read_only(qtbot, visit):
    dialog = open_dialog(qtbot, actor=FIELD)
    in_box = dialog.ui.buttons.buttons()
    assert dialog.import_button not in in_box and not dialog.import_button.isVisible()
    assert dialog.new_button not in in_box and not dialog.new_button.isVisible()
    assert dialog.export_button in in_box, "reading: anyone may take a copy"
    assert dialog.new_version() is None
    assert "Only a QA engineer or manager imports or edits templates." in dialog.ui.heading.text()
    assert dialog.ui.items.rowCount() == DEFAULT_ITEMS


def test_the_tools_menu_opens_the_dialog(qtbot, db, db_path, tmp_path, monkeypatch):
    window = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"), actor=ENGINEER)
    qtbot.addWidget(window)
    assert window.ui.action_checklists in window.ui.menu_tools.actions()
    opened: list[ChecklistsDialog] = []
    monkeypatch.setattr(ChecklistsDialog, "exec", lambda self: opened.append(self) or 0)
    window.ui.action_checklists.trigger()
    assert len(opened) == 1 and opened[0].editable
    assert template_hash(checklists.template_of(opened[0].selected())) == template_hash(
        default_template()
    )


# ----- in Chinese --------------------------------------------------------------------------------
def test_both_dialogs_speak_chinese(qtbot, db, set_chinese):
    dialog = open_dialog(qtbot)
    editor = open_editor(qtbot, dialog)
    assert dialog.windowTitle() == "检查表模板" and editor.windowTitle() == "检查表新版本"
    assert dialog.ui.items.item(1, 2).text() == "是/否/不适用"
    assert dialog.ui.items.item(0, 5).text() == "我方原材料；客户加工；未确定"
    assert editor.combo(2, KIND).currentText() == "带单位的数字"
    assert (
        editor.ui.choices_group.title()
        == "第 1 项（“不良是否为我方原材料造成？”）的选项：代码、英文、中文"
    )
    for window in (dialog, editor):
        texts = [w.text() for kind in (QLabel, QAbstractButton) for w in window.findChildren(kind)]
        texts += [g.title() for g in window.findChildren(QGroupBox)]
        for table in window.findChildren(QTableWidget):
            texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        # Only what the template holds in English (its labels, its name, its code) and the
        # program's name (who stored the seeded version).
        held = {*(i.label_en for i in default_template().items), "Site-visit checklist"}
        english = [
            t
            for t in texts
            if re.search(r"[A-Za-z]{2,}", re.sub(r"&|site_visit|QA Desktop", "", t))
            and t not in held
        ]
        assert english == [], "every label and button is in Chinese"


@pytest.fixture
def set_chinese():
    app = QApplication.instance()
    language.install(app, "zh_CN")
    yield
    language.install(app, "en")
