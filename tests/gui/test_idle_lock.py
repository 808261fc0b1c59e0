"""Who is signed in, and the window locked: after the (shortened) idle time or at once from the
Account menu, the register is out of the window until the password is given again; wrong
passwords are counted by the core, and an account they lock closes the app."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from qa_desktop.core.models import UserAccount
from qa_desktop.core.services import accounts
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.idle_lock import IdleLock
from qa_desktop.gui.main_window import MainWindow

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


@pytest.fixture
def window(qtbot: QtBot, db, db_path, tmp_path) -> MainWindow:
    win = MainWindow(
        db, db_path, UserSettings(tmp_path / "settings.json"), actor=ENGINEER, clock=clock
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The app's quit, recorded instead of done (the test run goes on)."""
    done: list[bool] = []
    monkeypatch.setattr(IdleLock, "quit", lambda self: done.append(True))
    return done


def unlock_with(qtbot: QtBot, window: MainWindow, password: str) -> None:
    dialog = window.idle_lock.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.ui.password, password)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def cancel(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.idle_lock.dialog
    assert dialog is not None
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert button.text() == "Quit…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_window_shows_who_is_signed_in_and_their_roles(window):
    assert window.account.signed_in.text() == "Signed in: 王工 (wang), QA engineer"
    assert window.account.signed_in.isVisible()
    assert window.windowTitle().endswith("— 王工")


def test_after_the_idle_time_the_register_is_hidden_until_the_password(qtbot, window):
    register = window.register
    assert register is not None and register.isVisible()
    window.idle_lock.timer.start(150)  # the department's minutes, shortened
    qtbot.waitUntil(lambda: window.idle_lock.dialog is not None, timeout=5000)
    assert window.idle_lock.locked
    assert not register.isVisible()
    assert window.centralWidget().objectName() == "locked_page"
    assert window.idle_lock.dialog.ui.user_id.text() == "wang"
    unlock_with(qtbot, window, PASSWORD)
    assert not window.idle_lock.locked
    assert window.centralWidget() is window.ui.central
    qtbot.waitUntil(register.isVisible, timeout=2000)
    assert window.idle_lock.timer.isActive()  # counting again


def test_input_in_the_window_restarts_the_idle_time(qtbot, window):
    timer = window.idle_lock.timer
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may report up to 5 % off
    timer.start(60_000)
    qtbot.wait(300)
    waited = timer.remainingTime()
    assert waited <= 59_800
    qtbot.keyClick(window.register, Qt.Key.Key_Down)
    assert timer.remainingTime() > waited + 200


def test_the_account_menu_locks_at_once(qtbot, window):
    window.ui.action_lock.trigger()
    assert window.idle_lock.locked
    assert window.register is not None and not window.register.isVisible()
    assert not window.idle_lock.timer.isActive()  # no input restarts it while locked
    qtbot.keyClick(window.idle_lock.dialog.ui.password, Qt.Key.Key_A)
    assert not window.idle_lock.timer.isActive()


def test_a_wrong_password_is_counted_and_the_window_stays_locked(qtbot, window):
    window.idle_lock.lock_now()
    unlock_with(qtbot, window, "not my password")
    dialog = window.idle_lock.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.password_error.text() == (
        "The password is wrong; 4 more wrong attempts lock the account."
    )
    assert accounts.account(ENGINEER.user_id).failed_attempts == 1
    assert window.idle_lock.locked
    dialog.ui.password.clear()
    unlock_with(qtbot, window, PASSWORD)
    assert not window.idle_lock.locked
    assert accounts.account(ENGINEER.user_id).failed_attempts == 0


def test_a_password_that_locks_the_account_closes_the_app(qtbot, window, quits, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    UserAccount.update(failed_attempts=4).where(UserAccount.user_id == "wang").execute()
    window.idle_lock.lock_now()
    unlock_with(qtbot, window, "not my password")
    assert accounts.account("wang").locked
    assert warned == [
        "The password is wrong again: the account wang is now locked; an administrator can "
        "unlock it.\n\nQA Desktop closes now; an administrator can unlock your account."
    ]
    assert quits == [True]
    assert window.idle_lock.locked  # covered until the app has gone


def test_quit_on_the_locked_window_asks_first(qtbot, window, quits, questions, monkeypatch):  # noqa: F811
    window.idle_lock.lock_now()
    cancel(qtbot, window)  # answered "not Yes" by the questions fixture: stays locked
    assert questions == ["Quit QA Desktop? Anything not saved in an open form is lost."]
    assert quits == []
    assert window.idle_lock.locked
    assert window.idle_lock.dialog is not None and window.idle_lock.dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    cancel(qtbot, window)
    assert quits == [True]
    assert window.idle_lock.locked


def test_change_password_from_the_account_menu(qtbot, window, monkeypatch):
    from qa_desktop.gui.sign_in import Mode, SignInDialog

    new = "Coil-scratch-77"
    seen: list[Mode] = []

    def exec_(dialog: SignInDialog) -> int:
        seen.append(dialog.mode)
        dialog.show()
        for field, text in (("password", PASSWORD), ("new_password", new)):
            type_text(qtbot, getattr(dialog.ui, field), text)
        type_text(qtbot, dialog.ui.repeat_password, new)
        ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", exec_)
    window.ui.action_change_password.trigger()
    assert seen == [Mode.CHANGE_PASSWORD]
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert accounts.sign_in("wang", new, clock).actor == ENGINEER


def test_an_open_dialog_is_covered_while_locked(qtbot, window):
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    form = QDialog(window)  # as a complaint form left open
    QVBoxLayout(form).addWidget(QLabel("佛山某不锈钢制品厂: scratches", form))
    form.resize(500, 300)
    form.show()
    qtbot.waitExposed(form)
    window.idle_lock.lock_now()
    cover = form.findChild(QLabel, "locked_page")
    assert cover is not None and cover.isVisible()
    assert cover.geometry() == form.rect()
    assert cover.autoFillBackground()
    form.resize(700, 400)
    qtbot.waitUntil(lambda: cover.geometry() == form.rect(), timeout=2000)
    unlock_with(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: form.findChild(QLabel, "locked_page") is None, timeout=2000)
    assert form.isVisible()  # its typing is still there


def test_an_account_deactivated_meanwhile_closes_the_app(qtbot, window, quits, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.idle_lock.lock_now()
    UserAccount.update(active=False).where(UserAccount.user_id == "wang").execute()
    unlock_with(qtbot, window, PASSWORD)
    assert warned and warned[0].startswith("The account wang is deactivated.")
    assert quits == [True]
