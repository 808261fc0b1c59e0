"""The authority matrix screen driven as the administrator drives it: look, tick, give a reason,
Save, type the password. Each outcome is checked in the database (a new version or none)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ADMIN, ENGINEER, PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from qa_desktop.core.authority import QA_MANAGER_LIMIT, Action, HandlingKind
from qa_desktop.core.i18n import translate
from qa_desktop.core.models import MatrixVersion
from qa_desktop.core.services.matrix import UNCHANGED, current_version, matrix
from qa_desktop.gui.matrix_dialog import (
    ACTION_COLUMNS,
    ANY_AMOUNT_COLUMN,
    KINDS,
    LIMIT_COLUMN,
    MatrixDialog,
)

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
FINAL_SIGNOFF_REFUSED = (
    "No role may give the final sign-off, so no handling could ever become binding."
)


def clock() -> datetime:
    return NOW


@dataclass
class Prompt:
    """The passwords the administrator types when Save asks (first in, first used; none left
    is Cancel), and what each prompt said."""

    typed: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def prompt(monkeypatch: pytest.MonkeyPatch) -> Prompt:
    answers = Prompt()

    def answer(parent, title, label, echo, *args, **kwargs):
        answers.asked.append(label)
        assert echo == QLineEdit.EchoMode.Password, "a password is never shown as typed"
        return (answers.typed.pop(0), True) if answers.typed else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    return answers


def open_dialog(qtbot: QtBot, actor=ADMIN) -> MatrixDialog:
    dialog = MatrixDialog(actor=actor, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def row_of(dialog: MatrixDialog, name: str) -> int:
    """A role's row by the name a person reads in the row header."""
    table = dialog.ui.actions
    rows = [r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == name]
    assert rows, f"no role {name!r}"
    return rows[0]


def ticked(table, row: int, column: int) -> bool:
    return table.item(row, column).checkState() == Qt.CheckState.Checked


def toggle(qtbot: QtBot, table, row: int, column: int) -> None:
    """Move to the box and press Space, as with the keyboard."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_Space)


def actions_of(dialog: MatrixDialog, row: int) -> set[Action]:
    return {a for a, c in ACTION_COLUMNS.items() if ticked(dialog.ui.actions, row, c)}


def kinds_of(dialog: MatrixDialog, row: int) -> set[HandlingKind]:
    return {k for c, k in enumerate(KINDS) if ticked(dialog.ui.approve_kinds, row, c)}


def limit_box(dialog: MatrixDialog, row: int):
    return dialog.ui.actions.cellWidget(row, LIMIT_COLUMN)


def click_save(qtbot: QtBot, dialog: MatrixDialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def give_reason(qtbot: QtBot, dialog: MatrixDialog, reason: str) -> None:
    dialog.ui.reason.setFocus()
    type_text(qtbot, dialog.ui.reason, reason)


# ----- what is shown -----------------------------------------------------------------------------


def test_the_default_matrix_is_shown_as_it_stands(qtbot: QtBot, db) -> None:
    dialog = open_dialog(qtbot)
    field, manager = row_of(dialog, "Field staff"), row_of(dialog, "QA manager")
    general = row_of(dialog, "General manager")
    assert actions_of(dialog, field) == {Action.CONFIRM_QUANTITIES}
    assert kinds_of(dialog, field) == set()
    assert actions_of(dialog, manager) == {
        Action.REGISTER, Action.EDIT, Action.APPROVE_MONEY, Action.CLOSE, Action.REOPEN,
    }  # fmt: skip
    assert kinds_of(dialog, manager) == set(HandlingKind)
    box = limit_box(dialog, manager)
    assert box.text() == "50,000.00" and box.isEnabled()
    assert not ticked(dialog.ui.actions, manager, ANY_AMOUNT_COLUMN)
    assert "(CNY)" in dialog.ui.actions.horizontalHeaderItem(LIMIT_COLUMN).text()
    assert ticked(dialog.ui.actions, general, ANY_AMOUNT_COLUMN)
    assert not limit_box(dialog, general).isEnabled()  # any amount: nothing to type
    assert not limit_box(dialog, field).isEnabled()  # approves no money
    assert dialog.ui.version_info.text().startswith("Version 1, in force since ")
    assert dialog.editable and not dialog.is_modified()


def test_the_screen_reads_chinese(qtbot: QtBot, db) -> None:
    from qa_desktop.core.i18n import set_language

    set_language("zh_CN")
    dialog = open_dialog(qtbot)
    names = [dialog.ui.actions.verticalHeaderItem(r).text() for r in range(6)]
    assert names[:3] == ["外勤人员", "品保工程师", "品保主管"]
    final = dialog.ui.actions.horizontalHeaderItem(ACTION_COLUMNS[Action.FINAL_SIGNOFF]).text()
    assert final == "最终批示"


# ----- changing it -------------------------------------------------------------------------------


def test_a_raised_limit_saved_with_the_password_is_version_2(qtbot: QtBot, db, prompt) -> None:
    dialog = open_dialog(qtbot)
    manager = row_of(dialog, "QA manager")
    box = limit_box(dialog, manager)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "80000")
    give_reason(qtbot, dialog, "The board raised the QA manager's limit")
    prompt.typed.append(PASSWORD)
    click_save(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert current_version() == 2
    stored = matrix()
    assert stored.rights("qa_manager").money_limit == 8_000_000  # fen
    assert matrix(1).rights("qa_manager").money_limit == QA_MANAGER_LIMIT  # kept as it was
    row = MatrixVersion.get(MatrixVersion.version == 2)
    assert row.created_by == ADMIN.user_id
    assert row.reason == "The board raised the QA manager's limit"
    assert prompt.asked


def test_no_final_signoff_is_refused_and_nothing_is_written(qtbot: QtBot, db, prompt) -> None:
    dialog = open_dialog(qtbot)
    general = row_of(dialog, "General manager")
    column = ACTION_COLUMNS[Action.FINAL_SIGNOFF]
    toggle(qtbot, dialog.ui.actions, general, column)
    assert not any(ticked(dialog.ui.actions, r, column) for r in range(6))
    give_reason(qtbot, dialog, "Try without a final sign-off")
    prompt.typed.append(PASSWORD)
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.ui.form_error.text() == FINAL_SIGNOFF_REFUSED
    assert dialog.ui.form_error.isVisible()
    assert current_version() == 1 and MatrixVersion.select().count() == 1
    assert not ticked(dialog.ui.actions, general, column)  # what was ticked stays
    assert dialog.ui.reason.text() == "Try without a final sign-off"
    assert not prompt.asked  # refused before asking


def test_a_wrong_password_writes_nothing(qtbot: QtBot, db, prompt) -> None:
    dialog = open_dialog(qtbot)
    sales = row_of(dialog, "Sales")
    toggle(qtbot, dialog.ui.actions, sales, ACTION_COLUMNS[Action.EDIT])
    give_reason(qtbot, dialog, "Sales correct their own entries")
    prompt.typed.append("not the password")
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.ui.form_error.text()  # the sign-in's sentence
    assert current_version() == 1
    assert Action.EDIT in actions_of(dialog, sales)
    # The same change with the right password then goes through.
    prompt.typed.append(PASSWORD)
    click_save(qtbot, dialog)
    assert current_version() == 2
    assert Action.EDIT in matrix().rights("sales").actions


def test_a_cancelled_password_prompt_writes_nothing(qtbot: QtBot, db, prompt) -> None:
    dialog = open_dialog(qtbot)
    toggle(qtbot, dialog.ui.approve_kinds, row_of(dialog, "QA engineer"), 0)
    give_reason(qtbot, dialog, "Engineers approve concessions")
    click_save(qtbot, dialog)  # no password typed: the prompt is cancelled
    assert prompt.asked
    assert current_version() == 1 and dialog.isVisible()
    assert not dialog.ui.form_error.isVisible()


def test_a_change_needs_a_reason_and_a_change(qtbot: QtBot, db, prompt) -> None:
    dialog = open_dialog(qtbot)
    give_reason(qtbot, dialog, "Nothing really")
    click_save(qtbot, dialog)
    assert dialog.ui.form_error.text() == translate("Authority", UNCHANGED)
    dialog.ui.reason.clear()
    toggle(qtbot, dialog.ui.actions, row_of(dialog, "Sales"), ACTION_COLUMNS[Action.EDIT])
    click_save(qtbot, dialog)
    assert dialog.ui.form_error.text() == "Say why the matrix changes: the reason is audited."
    assert current_version() == 1
    assert not prompt.asked


def test_any_amount_frees_the_limit(qtbot: QtBot, db, prompt) -> None:
    dialog = open_dialog(qtbot)
    manager = row_of(dialog, "QA manager")
    toggle(qtbot, dialog.ui.actions, manager, ANY_AMOUNT_COLUMN)
    assert not limit_box(dialog, manager).isEnabled()
    give_reason(qtbot, dialog, "The QA manager approves any amount")
    prompt.typed.append(PASSWORD)
    click_save(qtbot, dialog)
    assert matrix().rights("qa_manager").money_limit is None


# ----- looking only ------------------------------------------------------------------------------


def test_an_engineer_sees_it_read_only(qtbot: QtBot, db, questions: list[str]) -> None:  # noqa: F811 - the fixture from acting
    dialog = open_dialog(qtbot, ENGINEER)
    assert not dialog.editable
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save) is None
    assert not dialog.ui.reason.isVisible()
    field = row_of(dialog, "Field staff")
    column = ACTION_COLUMNS[Action.REGISTER]
    toggle(qtbot, dialog.ui.actions, field, column)
    assert not ticked(dialog.ui.actions, field, column)  # nothing can be ticked
    assert limit_box(dialog, row_of(dialog, "QA manager")).isReadOnly()
    assert actions_of(dialog, field) == {Action.CONFIRM_QUANTITIES}  # yet all is shown
    assert "Only an administrator" in dialog.ui.hint.text()
    close = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not questions  # nothing could change: nothing to ask


def test_closing_with_changes_asks_first(qtbot: QtBot, db, questions: list[str]) -> None:  # noqa: F811 - the fixture from acting
    dialog = open_dialog(qtbot)
    toggle(qtbot, dialog.ui.actions, row_of(dialog, "Sales"), ACTION_COLUMNS[Action.EDIT])
    dialog.reject()
    assert questions == ["Discard your changes?"]
    assert not dialog.isVisible() and current_version() == 1
