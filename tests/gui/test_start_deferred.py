"""What a start-up leaves until its window is painted: the mark and the chores come after the
paint, a start-up's window wires its menus, counts and watches input only once painted, the
modules its first paint does not need are not imported before it, and the cycle collector,
paused for the start-up, is running again whatever way the start ends."""

from __future__ import annotations

import gc
import sys

import pytest
from conftest import ENGINEER
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from qa_desktop import app
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.first_paint import after_first_paint
from qa_desktop.gui.idle_lock import IdleLock
from qa_desktop.gui.main_window import MainWindow


class Counted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_after_first_paint_runs_once_after_the_windows_paint(qtbot: QtBot) -> None:
    widget = Counted()
    qtbot.addWidget(widget)
    seen: list[int] = []  # how many paints the widget had when the callback ran
    widget.show()
    after_first_paint(widget, lambda: seen.append(widget.paints))
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0] >= 1  # painted by then
    widget.update()
    qtbot.waitUntil(lambda: widget.paints > seen[0])
    qtbot.wait(20)
    assert len(seen) == 1  # once


def test_a_window_that_is_not_painted_gets_it_at_the_latest_after_the_time_given(
    qtbot: QtBot,
) -> None:
    widget = Counted()  # never shown
    qtbot.addWidget(widget)
    seen: list[int] = []
    after_first_paint(widget, lambda: seen.append(widget.paints), at_latest_ms=50)
    qtbot.waitUntil(lambda: seen == [0])
    widget.show()
    qtbot.waitUntil(lambda: widget.paints >= 1)
    qtbot.wait(20)
    assert seen == [0]  # once


def test_a_start_ups_window_wires_its_menus_counts_and_watches_input_once_painted(
    qtbot: QtBot, db, db_path, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched: list[MainWindow] = []
    monkeypatch.setattr(IdleLock, "watch", lambda self: watched.append(self.window))
    settings = UserSettings(tmp_path / "settings.json")
    window = MainWindow(db, db_path, settings, actor=ENGINEER, starting=True)
    qtbot.addWidget(window)
    assert watched == [] and not window.wired
    assert not window.ui.menubar.isEnabled()  # nothing to act on yet: said, not silent
    assert window.ui.statusbar.currentMessage() == "Opening…"
    assert window.due.ui.overdue_all.text() == "Overdue now: …"  # there, not counted yet
    assert window.register is not None and window.register.model.rowCount() >= 0
    window.painted()
    assert watched == [window] and window.wired
    assert window.ui.menubar.isEnabled()
    assert window.packs.conflicts_action.text() == "Visit pack &conflicts (0)…"
    assert window.ui.statusbar.currentMessage().startswith("Database: ")
    assert window.due.ui.overdue_all.text() == "Overdue now: 0"

    other = MainWindow(db, db_path, settings, actor=ENGINEER)  # not a start-up: all at once
    qtbot.addWidget(other)
    assert watched == [window, other] and other.wired
    assert other.packs.conflicts_action.text() == "Visit pack &conflicts (0)…"


def test_the_cycle_collector_runs_again_when_a_start_ends_early(
    tmp_path, monkeypatch: pytest.MonkeyPatch, whole_start
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs its own
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    paused: list[bool] = []
    real_open = app.open_start_database

    def open_start_database(*args, **kwargs):
        paused.append(not gc.isenabled())
        return real_open(*args, **kwargs)

    monkeypatch.setattr(app, "open_start_database", open_start_database)
    assert gc.isenabled()
    assert app.run_window(tmp_path / "typo.sqlite", "en") == 2  # "create it?" answered No
    assert paused == [True]  # paused while the start ran
    assert gc.isenabled()


@pytest.fixture
def file_with_accounts(tmp_path):
    from conftest import file_with_accounts

    return file_with_accounts(tmp_path / "start.sqlite", complaints=3)


def test_a_start_signed_in_by_the_environment_paints_through_the_reader_then_attaches(
    file_with_accounts, monkeypatch: pytest.MonkeyPatch, whole_start
) -> None:
    from conftest import PASSWORD

    from qa_desktop.core.db import QaDatabase
    from qa_desktop.core.file_reader import FileReader

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs its own
    built, attached = [], []
    real_init, real_attach = MainWindow.__init__, MainWindow.attach

    def init(self, db, *args, **kwargs):
        built.append(type(db))
        real_init(self, db, *args, **kwargs)

    def attach(self, db, actor):
        attached.append((type(db), actor, self.register.model.rowCount()))
        real_attach(self, db, actor)

    monkeypatch.setattr(MainWindow, "__init__", init)
    monkeypatch.setattr(MainWindow, "attach", attach)
    monkeypatch.setenv(app.USER_ENV, ENGINEER.user_id)
    monkeypatch.setenv(app.PASSWORD_ENV, PASSWORD)
    monkeypatch.setenv(app.QUIT_AFTER_SHOW, "1")
    assert app.run_window(file_with_accounts, "en") == 0
    assert built == [FileReader]
    assert attached == [(QaDatabase, ENGINEER, 3)]  # the rows painted before, read through it


def test_a_wrong_password_in_the_environment_takes_the_full_start_which_counts_it(
    file_with_accounts, monkeypatch: pytest.MonkeyPatch, whole_start, capsys
) -> None:
    from qa_desktop.core.db import close_database, open_database
    from qa_desktop.core.models import UserAccount

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv(app.USER_ENV, ENGINEER.user_id)
    monkeypatch.setenv(app.PASSWORD_ENV, "not the password")
    monkeypatch.setenv(app.QUIT_AFTER_SHOW, "1")  # the sign-in dialog is then the first window
    assert app.run_window(file_with_accounts, "en") == 0
    assert "wrong" in capsys.readouterr().err.lower()
    database = open_database(file_with_accounts)
    try:
        assert UserAccount.get(UserAccount.user_id == ENGINEER.user_id).failed_attempts == 1
    finally:
        close_database(database)


# Run in a child: what a start signed in by the environment has imported when it marks its
# first paint (the modules its first paint does not need must wait for it).
IMPORTED_AT_THE_MARK = """
import json, sys
import qa_desktop.app as start

def report(app):
    print("imported " + json.dumps(sorted(sys.modules)), flush=True)

start._report_shown = report
from qa_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_first_paint_waits_for_no_module_it_does_not_need(file_with_accounts, tmp_path) -> None:
    import json
    import os
    import subprocess

    from conftest import PASSWORD

    env = {
        **os.environ, "QT_QPA_PLATFORM": "offscreen", app.QUIT_AFTER_SHOW: "1",
        app.USER_ENV: ENGINEER.user_id, app.PASSWORD_ENV: PASSWORD,
        "QA_DESKTOP_DATA_DIR": str(tmp_path / "child"),
    }  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", IMPORTED_AT_THE_MARK, "--db", str(file_with_accounts)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("imported "))
    imported = set(json.loads(line.removeprefix("imported ")))
    assert {"qa_desktop.gui.register_view", "qa_desktop.gui.due_bar"} <= imported  # painted
    waited = {
        "peewee", "pypinyin", "reportlab", "openpyxl", "PIL", "cryptography",
        "qa_desktop.core.models", "qa_desktop.core.db", "qa_desktop.core.services.accounts",
        "qa_desktop.gui.account_menu", "qa_desktop.gui.visits_menu",
        "qa_desktop.gui.pack_menu", "qa_desktop.gui.approvals_menu", "qa_desktop.gui.sign_in",
        "qa_desktop.cli_accounts", "qa_desktop.cli_packs", "qa_desktop.cli_checklists",
        "argon2",  # argon2-cffi's Python layer: the password is checked through its bindings
        "secrets", "_hashlib",  # new salts and scratch names (and OpenSSL with them)
        "decimal",  # money's arithmetic: the register writes its amounts with integers
    }  # fmt: skip
    assert imported & waited == set()


def test_an_account_changed_between_the_check_and_the_open_ends_the_window(
    file_with_accounts, monkeypatch: pytest.MonkeyPatch, whole_start
) -> None:
    """Deactivated by an administrator on another PC between the check before the paint and
    the open behind it: the sign-in service refuses the session, the window says so and ends."""
    from conftest import PASSWORD

    from qa_desktop.core.models import UserAccount
    from qa_desktop.core.services import accounts

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    real = accounts.session_of_checked

    def deactivated_meanwhile(checked):
        UserAccount.update(active=False).where(
            UserAccount.user_id == checked.actor.user_id
        ).execute()
        return real(checked)

    monkeypatch.setattr(accounts, "session_of_checked", deactivated_meanwhile)
    monkeypatch.setenv(app.USER_ENV, ENGINEER.user_id)
    monkeypatch.setenv(app.PASSWORD_ENV, PASSWORD)
    assert app.run_window(file_with_accounts, "en") == 2
    assert len(said) == 1 and ENGINEER.user_id in said[0]
