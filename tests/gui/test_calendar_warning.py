"""The main window tells an administrator, once painted, that the working calendar has no public
holidays for a year the clocks can run into; an engineer, who cannot add them, is not told. The
demo's calendar (2026's days) makes it say 2027 in December 2026."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

from conftest import ADMIN, ENGINEER
from pytestqt.qtbot import QtBot

from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.services import clock_rules
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.calendar_warning import calendar_warning
from qa_desktop.gui.main_window import MainWindow

DECEMBER = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)  # the window's clock: never the real one


def december() -> datetime:
    return DECEMBER


def painted_window(qtbot: QtBot, db, db_path: Path, tmp_path: Path, actor: Actor) -> MainWindow:
    settings = UserSettings(tmp_path / f"{actor.user_id}.json")
    window = MainWindow(db, db_path, settings, actor=actor, clock=december, starting=True)
    qtbot.addWidget(window)
    window.show()
    window.painted()  # as app.py calls it once the window is painted
    return window


def test_an_administrator_is_told_in_the_status_bar_and_an_engineer_is_not(
    qtbot: QtBot, db, db_path: Path, tmp_path: Path
) -> None:
    admin = painted_window(qtbot, db, db_path, tmp_path, ADMIN)
    said = admin.ui.statusbar.currentMessage()
    assert said.startswith("The working calendar has no public holidays for 2027:")
    engineer = painted_window(qtbot, db, db_path, tmp_path, ENGINEER)
    assert "public holidays" not in engineer.ui.statusbar.currentMessage()
    assert engineer.ui.statusbar.currentMessage().startswith("Database:")


def test_nothing_is_said_once_the_year_has_a_holiday(
    qtbot: QtBot, db, db_path: Path, tmp_path: Path
) -> None:
    stored = clock_rules.department_calendar()
    edited = dataclasses.replace(stored, holidays=stored.holidays | {date(2027, 2, 6)})
    clock_rules.save_calendar(edited, ADMIN, december)
    admin = painted_window(qtbot, db, db_path, tmp_path, ADMIN)
    assert admin.ui.statusbar.currentMessage().startswith("Database:")
    assert calendar_warning(ADMIN, december) == ""


def test_the_demos_calendar_lacks_2027_in_december_2026(tmp_path: Path) -> None:
    database = open_database(tmp_path / "demo.sqlite")
    try:
        load_demo(database, 5, seed=2, anchor=DECEMBER.date())
        calendar = clock_rules.department_calendar()
        assert {day.year for day in calendar.holidays} == {2026}
        administrator = Actor("admin", "李敏")  # the demo's (core/demo_accounts.py)
        assert "no public holidays for 2027:" in calendar_warning(administrator, december)
        assert calendar_warning(Actor("wang", "王工"), december) == ""
    finally:
        close_database(database)
