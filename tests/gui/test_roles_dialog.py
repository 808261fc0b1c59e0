"""Users… → Role list… driven as an administrator drives it: add a role, rename one, each
confirmed with their own password. Each outcome is checked in the database (through the core's
roles()) and on screen; a refusal is one sentence in the form, which stays open, and writes
nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ADMIN, PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from qa_desktop.core.errors import translated
from qa_desktop.core.models import AuditEntry, Role
from qa_desktop.core.services import accounts
from qa_desktop.core.services.roles import BAD_CODE, roles
from qa_desktop.gui.role_action import RoleActionDialog, RoleChange
from qa_desktop.gui.roles_dialog import (
    CODE_COLUMN,
    HOLDERS_COLUMN,
    NAME_ZH_COLUMN,
    RolesDialog,
)
from qa_desktop.gui.users_dialog import UsersDialog

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


@dataclass
class Answered:
    """What a role form showed when the test pressed its OK button."""

    accepted: bool
    message: str  # the core's refusal, if any
    errors: dict[str, str]  # beside-the-field problems, by field


@pytest.fixture
def dialog(qtbot: QtBot, db) -> RolesDialog:
    opened = RolesDialog(admin=ADMIN, clock=clock)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


@pytest.fixture
def answering(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch):
    """Replace the modal exec of the role form: fill it as a person would, press OK and record
    what it said (a form still open after OK is then closed with Cancel)."""
    answered: list[Answered] = []
    fields: dict[str, str] = {}

    def exec_(form: RoleActionDialog) -> int:
        form.show()
        qtbot.waitExposed(form)
        for name, text in fields.items():
            widget = getattr(form.ui, name)
            qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
            type_text(qtbot, widget, text)
        ok = form.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        errors = {name: label.text() for name, label in form._errors.items() if label.isVisible()}
        message = form.ui.message.text() if form.ui.message.isVisible() else ""
        if message:  # the form grew to show the whole sentence
            qtbot.waitUntil(lambda: whole(form.ui.message), timeout=2000)
        accepted = not form.isVisible()
        if not accepted:
            form.reject()
        answered.append(Answered(accepted, message, errors))
        return form.result()

    monkeypatch.setattr(RoleActionDialog, "exec", exec_)

    def answer(**typed: str) -> list[Answered]:
        fields.clear()
        fields.update(typed)
        return answered

    return answer


def whole(label) -> bool:
    drawn = label.visibleRegion().boundingRect() == label.rect()
    return drawn and label.height() >= label.heightForWidth(label.width())


def click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def role_entries() -> int:
    """Audit entries about roles: an added or renamed role writes one."""
    return AuditEntry.select().where(AuditEntry.table == Role._meta.table_name).count()


def cell(dialog: RolesDialog, code: str, column: int) -> str:
    table = dialog.ui.role_list
    row = next(r for r in range(table.rowCount()) if table.item(r, CODE_COLUMN).text() == code)
    return table.item(row, column).text()


def test_the_table_lists_every_role_with_its_active_holders(dialog):
    assert [row.code for row in dialog.rows()] == [role.code for role in roles(False)]
    assert cell(dialog, "qa_engineer", HOLDERS_COLUMN) == "3"  # wang, qa.wang, li
    assert cell(dialog, "field_staff", HOLDERS_COLUMN) == "0"
    assert "authority matrix" in dialog.ui.hint.text()  # a new role has no rights yet
    assert not dialog.ui.rename_role.isEnabled()  # nothing selected


def test_an_added_role_is_in_the_table_and_in_the_core(qtbot, dialog, answering):
    audited = role_entries()
    answered = answering(
        code="quality_director",
        name_en="Quality director",
        name_zh="质量总监",
        admin_password=PASSWORD,
    )
    click(qtbot, dialog.ui.add_role)
    assert answered[-1] == Answered(True, "", {})
    assert cell(dialog, "quality_director", NAME_ZH_COLUMN) == "质量总监"
    assert cell(dialog, "quality_director", HOLDERS_COLUMN) == "0"
    assert dialog.selected().code == "quality_director"
    assert dialog.ui.message.text() == "Added the role quality_director."
    added = {role.code: role for role in roles()}["quality_director"]
    assert (added.name_en, added.name_zh) == ("Quality director", "质量总监")
    assert dialog.changed
    assert role_entries() == audited + 1


def test_a_bad_code_is_refused_with_the_services_sentence_and_nothing_is_written(
    qtbot, dialog, answering
):
    before = (Role.select().count(), role_entries())
    answered = answering(
        code="Quality Director",
        name_en="Quality director",
        name_zh="质量总监",
        admin_password=PASSWORD,
    )
    click(qtbot, dialog.ui.add_role)
    assert answered[-1] == Answered(False, str(translated("Accounts", BAD_CODE)), {})
    assert answered[-1].message.startswith("A role code is 2 to 32 small letters")
    assert (Role.select().count(), role_entries()) == before
    assert len(dialog.rows()) == before[0]
    assert not dialog.changed


def test_a_wrong_password_writes_nothing_and_is_counted(qtbot, dialog, answering):
    before = (Role.select().count(), role_entries())
    answered = answering(
        code="quality_director",
        name_en="Quality director",
        name_zh="质量总监",
        admin_password="not-my-password",
    )
    click(qtbot, dialog.ui.add_role)
    assert not answered[-1].accepted
    assert answered[-1].message == "The password is wrong; 4 more wrong attempts lock the account."
    assert (Role.select().count(), role_entries()) == before
    assert "quality_director" not in {row.code for row in dialog.rows()}
    assert accounts.account(ADMIN.user_id).failed_attempts == 1


def test_no_password_is_said_beside_its_field_before_the_core_is_asked(qtbot, dialog, answering):
    answered = answering(code="quality_director", name_en="Quality director")
    click(qtbot, dialog.ui.add_role)
    assert answered[-1] == Answered(
        False, "", {"admin_password": "Enter your own password to confirm the change."}
    )
    assert accounts.account(ADMIN.user_id).failed_attempts == 0


def test_rename_changes_the_chinese_name_and_keeps_the_code(qtbot, dialog, answering):
    dialog.select_role("qa_engineer")
    assert dialog.ui.rename_role.isEnabled()
    answered = answering(name_zh="质量工程师", admin_password=PASSWORD)
    click(qtbot, dialog.ui.rename_role)
    assert answered[-1] == Answered(True, "", {})
    assert cell(dialog, "qa_engineer", NAME_ZH_COLUMN) == "质量工程师"
    assert dialog.ui.message.text() == "Renamed the role qa_engineer."
    renamed = {role.code: role for role in roles()}["qa_engineer"]
    assert (renamed.name_en, renamed.name_zh) == ("QA engineer", "质量工程师")


def test_the_rename_form_starts_from_the_names_and_cannot_change_the_code(qtbot, dialog):
    dialog.select_role("qa_manager")
    form = dialog.action_dialog(RoleChange.RENAME)
    qtbot.addWidget(form)
    assert form.ui.code.text() == "qa_manager" and form.ui.code.isReadOnly()
    assert (form.ui.name_en.text(), form.ui.name_zh.text()) == ("QA manager", "品保主管")


def test_the_users_dialog_opens_the_role_list_and_reads_a_rename_again(
    qtbot, db, monkeypatch, answering
):
    users = UsersDialog(actor=ADMIN, clock=clock)
    qtbot.addWidget(users)
    users.show()
    qtbot.waitExposed(users)
    opened: list[RolesDialog] = []

    def exec_(roles_dialog: RolesDialog) -> int:  # rename QA engineer there, then close
        opened.append(roles_dialog)
        roles_dialog.select_role("qa_engineer")
        answering(name_en="Quality engineer", admin_password=PASSWORD)
        click(qtbot, roles_dialog.ui.rename_role)
        roles_dialog.reject()
        return roles_dialog.result()

    monkeypatch.setattr(RolesDialog, "exec", exec_)
    click(qtbot, users.ui.role_list)
    assert len(opened) == 1 and opened[0].changed
    wang = next(i for i, r in enumerate(users.rows()) if r.user_id == "wang")
    assert users.ui.user_list.item(wang, 3).text() == "Quality engineer"
    assert users.changed
