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
    assert window.register is not None and window.register.model.rowCount() >= 0
    window.painted()
    assert watched == [window] and window.wired
    assert window.ui.menubar.isEnabled()
    assert window.packs.conflicts_action.text() == "Visit pack &conflicts (0)…"
    assert window.ui.statusbar.currentMessage().startswith("Database: ")

    other = MainWindow(db, db_path, settings, actor=ENGINEER)  # not a start-up: all at once
    qtbot.addWidget(other)
    assert watched == [window, other] and other.wired
    assert other.packs.conflicts_action.text() == "Visit pack &conflicts (0)…"


def test_the_cycle_collector_runs_again_when_a_start_ends_early(
    tmp_path, monkeypatch: pytest.MonkeyPatch, qapp
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
