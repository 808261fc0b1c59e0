"""Account → Users… driven as an administrator drives it: add, reset, unlock, roles, deactivate,
each confirmed with their own password. Each outcome is checked in the database (through the
core: who can sign in, with what roles) and on screen; a refusal writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ADMIN, ENGINEER, PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from qa_desktop.core.errors import UserError
from qa_desktop.core.models import AuditEntry, UserAccount
from qa_desktop.core.services import accounts
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.account_action import AccountActionDialog
from qa_desktop.gui.main_window import MainWindow
from qa_desktop.gui.users_dialog import STATE_COLUMN, USER_COLUMN, UsersDialog

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
TEMPORARY = "Coil-scratch-77"


def clock() -> datetime:
    return NOW


@dataclass
class Answered:
    """What an action dialog showed when the test pressed its OK button."""

    accepted: bool
    message: str  # the core's refusal, if any
    errors: dict[str, str]  # beside-the-field problems, by field


@pytest.fixture
def dialog(qtbot: QtBot, db) -> UsersDialog:
    opened = UsersDialog(actor=ADMIN, clock=clock)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


@pytest.fixture
def answering(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch):
    """Replace the modal exec of the action dialog: fill it as a person would, press OK, and
    record what it said (a dialog still open after OK is then closed with Cancel)."""
    answered: list[Answered] = []
    filling: dict[str, Callable[[AccountActionDialog], None]] = {}

    def exec_(action: AccountActionDialog) -> int:
        action.show()
        qtbot.waitExposed(action)
        filling["fill"](action)
        ok = action.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        errors = {name: label.text() for name, label in action._errors.items() if label.isVisible()}
        for label in (*action._errors.values(), action.ui.message):
            if label.isVisible():  # the dialog grew to show the whole sentence
                qtbot.waitUntil(lambda label=label: whole(label), timeout=2000)
        message = action.ui.message.text() if action.ui.message.isVisible() else ""
        accepted = not action.isVisible()
        if not accepted:
            action.reject()
        answered.append(Answered(accepted, message, errors))
        return action.result()

    monkeypatch.setattr(AccountActionDialog, "exec", exec_)

    def answer(fill: Callable[[AccountActionDialog], None]) -> list[Answered]:
        filling["fill"] = fill
        return answered

    return answer


def whole(label) -> bool:
    drawn = label.visibleRegion().boundingRect() == label.rect()
    return drawn and label.height() >= label.heightForWidth(label.width())


def typing(qtbot: QtBot, **fields: str) -> Callable[[AccountActionDialog], None]:
    def fill(action: AccountActionDialog) -> None:
        for name, text in fields.items():
            if name == "roles":
                for code in text.split(","):
                    action._role_boxes[code].setChecked(True)
            else:
                type_text(qtbot, getattr(action.ui, name), text)

    return fill


def state_of(dialog: UsersDialog, user_id: str) -> str:
    table = dialog.ui.user_list
    row = next(r for r in range(table.rowCount()) if table.item(r, USER_COLUMN).text() == user_id)
    return table.item(row, STATE_COLUMN).text()


def click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_table_lists_every_account_with_its_roles_and_state(dialog):
    listed = {row.user_id for row in dialog.rows()}
    assert listed == {a.user_id for a in UserAccount.select()}
    assert state_of(dialog, "wang") == "Active"
    roles_cell = dialog.ui.user_list.item(
        next(i for i, r in enumerate(dialog.rows()) if r.user_id == "qa.li"), 3
    )
    assert roles_cell.text() == "QA manager, Administrator"


def test_an_added_user_signs_in_with_the_temporary_password_and_must_change_it(
    qtbot, dialog, answering
):
    answered = answering(
        typing(
            qtbot,
            user_id="zhang.w",
            display_name="张伟",
            position="品保工程师",
            roles="qa_engineer",
            new_password=TEMPORARY,
            repeat_password=TEMPORARY,
            admin_password=PASSWORD,
        )
    )
    click(qtbot, dialog.ui.add_user)
    assert answered[-1] == Answered(True, "", {})
    assert state_of(dialog, "zhang.w") == "Active"
    assert dialog.selected().user_id == "zhang.w"
    assert dialog.ui.message.text() == "Added zhang.w."
    session = accounts.sign_in("zhang.w", TEMPORARY, clock)
    assert session.roles == frozenset({"qa_engineer"})
    assert session.must_change_password
    assert session.actor.display_name == "张伟"


def test_a_wrong_administrator_password_adds_no_one_and_is_counted(qtbot, dialog, answering):
    accounts_before = UserAccount.select().count()
    created_before = AuditEntry.select().where(AuditEntry.action == "create").count()
    answered = answering(
        typing(
            qtbot,
            user_id="zhang.w",
            display_name="张伟",
            roles="qa_engineer",
            new_password=TEMPORARY,
            repeat_password=TEMPORARY,
            admin_password="not-my-password",
        )
    )
    click(qtbot, dialog.ui.add_user)
    assert not answered[-1].accepted
    assert answered[-1].message == "The password is wrong; 4 more wrong attempts lock the account."
    assert UserAccount.select().count() == accounts_before
    assert "zhang.w" not in {row.user_id for row in dialog.rows()}
    assert accounts.account(ADMIN.user_id).failed_attempts == 1
    assert AuditEntry.select().where(AuditEntry.action == "create").count() == created_before


def test_a_taken_user_id_is_one_sentence_in_the_dialog(qtbot, dialog, answering):
    answered = answering(
        typing(
            qtbot,
            user_id="WANG",
            display_name="另一个王工",
            roles="qa_engineer",
            new_password=TEMPORARY,
            repeat_password=TEMPORARY,
            admin_password=PASSWORD,
        )
    )
    click(qtbot, dialog.ui.add_user)
    assert answered[-1] == Answered(
        False,
        "The user id WANG is taken (user ids are never reused, even after deactivation).",
        {},
    )


def test_what_the_form_can_tell_is_said_beside_the_field_before_the_core_is_asked(
    qtbot, dialog, answering
):
    answered = answering(
        typing(
            qtbot,
            user_id="zhang.w",
            display_name="张伟",
            roles="qa_engineer",
            new_password=TEMPORARY,
            repeat_password=TEMPORARY + "x",
            admin_password=PASSWORD,
        )
    )
    click(qtbot, dialog.ui.add_user)
    assert answered[-1] == Answered(False, "", {"repeat_password": "The two passwords differ."})
    answering(typing(qtbot, user_id="zhang.w", display_name="张伟", admin_password=PASSWORD))
    click(qtbot, dialog.ui.add_user)
    assert answered[-1].errors == {"roles": "Give the account at least one role."}
    assert accounts.account(ADMIN.user_id).failed_attempts == 0  # the core was not asked


def test_unlock_lets_a_locked_out_user_sign_in_again(qtbot, dialog, answering):
    for _ in range(5):
        with pytest.raises(UserError):
            accounts.sign_in("li", "wrong password", clock)
    dialog.reload()
    assert state_of(dialog, "li") == "Locked"
    assert not dialog.ui.unlock.isEnabled()  # nothing selected yet
    dialog.select_user("li")
    assert dialog.ui.unlock.isEnabled()
    answering(typing(qtbot, admin_password=PASSWORD))
    click(qtbot, dialog.ui.unlock)
    assert state_of(dialog, "li") == "Active"
    assert accounts.sign_in("li", PASSWORD, clock).actor.user_id == "li"


def test_deactivating_needs_a_reason_and_ends_the_sign_in(qtbot, dialog, answering):
    dialog.select_user("li")
    answered = answering(typing(qtbot, admin_password=PASSWORD))
    click(qtbot, dialog.ui.deactivate)
    assert answered[-1].errors == {
        "reason": "Say why the account is deactivated: the audit trail keeps the reason."
    }
    assert state_of(dialog, "li") == "Active"
    answering(typing(qtbot, reason="left the company", admin_password=PASSWORD))
    click(qtbot, dialog.ui.deactivate)
    assert answered[-1].accepted
    assert state_of(dialog, "li") == "Deactivated"
    assert not dialog.ui.reset_password.isEnabled()
    with pytest.raises(UserError, match="deactivated"):
        accounts.sign_in("li", PASSWORD, clock)


def test_an_administrator_cannot_deactivate_themselves_from_the_dialog(dialog):
    dialog.select_user(ADMIN.user_id)
    assert dialog.ui.reset_password.isEnabled()
    assert not dialog.ui.deactivate.isEnabled()


def test_a_reset_password_is_temporary(qtbot, dialog, answering):
    dialog.select_user("li")
    answering(
        typing(qtbot, new_password=TEMPORARY, repeat_password=TEMPORARY, admin_password=PASSWORD)
    )
    click(qtbot, dialog.ui.reset_password)
    row = next(r for r in dialog.rows() if r.user_id == "li")
    assert row.must_change_password
    assert accounts.sign_in("li", TEMPORARY, clock).must_change_password


def test_roles_change_and_a_new_administrator_needs_a_temporary_password(qtbot, dialog, answering):
    dialog.select_user("li")
    answered = answering(typing(qtbot, roles="qa_manager", admin_password=PASSWORD))
    click(qtbot, dialog.ui.edit_roles)
    assert answered[-1].accepted
    assert accounts.sign_in("li", PASSWORD, clock).roles == {"qa_engineer", "qa_manager"}

    def make_admin(action: AccountActionDialog) -> None:
        assert not action.ui.new_password.isVisible()
        action._role_boxes["administrator"].setChecked(True)
        assert action.ui.new_password.isVisible()  # the department key is sealed under it
        typing(qtbot, new_password=TEMPORARY, repeat_password=TEMPORARY)(action)
        type_text(qtbot, action.ui.admin_password, PASSWORD)

    answering(make_admin)
    click(qtbot, dialog.ui.edit_roles)
    assert answered[-1] == Answered(True, "", {})
    session = accounts.sign_in("li", TEMPORARY, clock)
    assert "administrator" in session.roles and session.must_change_password


def test_an_engineer_cannot_open_users_and_the_core_refuses_them(qtbot, db, db_path, tmp_path):
    settings = UserSettings(tmp_path / "settings.json")
    engineer = MainWindow(db, db_path, settings, actor=ENGINEER, clock=clock)
    qtbot.addWidget(engineer)
    admin = MainWindow(db, db_path, settings, actor=ADMIN, clock=clock)
    qtbot.addWidget(admin)
    assert not engineer.ui.action_users.isEnabled()
    assert admin.ui.action_users.isEnabled()
    with pytest.raises(UserError, match=r"Only an administrator may do this; wang is not one\."):
        accounts.unlock(ENGINEER, PASSWORD, "li", clock)
    with pytest.raises(UserError, match="Only an administrator"):
        accounts.add_user(ENGINEER, PASSWORD, "new.one", "新人", TEMPORARY, ["qa_engineer"])
    assert UserAccount.get_or_none(UserAccount.user_id == "new.one") is None


def test_an_accounts_history_shows_its_keys_and_its_changes(dialog) -> None:
    from qa_desktop.core.services import accounts

    accounts.reset_password(ADMIN, PASSWORD, "wang", "Sink-drawing-2026")
    dialog.reload()
    assert dialog.select_user("wang")
    history = dialog.history_dialog()
    table = history.ui.entries
    actions = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert actions[:2] == ["create", "issue key"] and "reset password" in actions
    assert actions.count("issue key") == 2  # the reset issued a new key pair
