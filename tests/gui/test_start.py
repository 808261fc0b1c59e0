"""Starting the window on a file named on the command line: made only when the user says so,
and never over a file that exists (the window's side of 'a file is never made a database')."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from qa_desktop import app
from qa_desktop.core.db import close_database


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The questions and refusals the start shows, answered No unless a test says otherwise."""
    shown: dict[str, list[str]] = {"question": [], "critical": []}
    answer = {"button": QMessageBox.StandardButton.No}

    def question(parent, title, text, *args) -> QMessageBox.StandardButton:
        shown["question"].append(text)
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "critical", lambda p, t, text: shown["critical"].append(text))
    shown["answer"] = answer  # type: ignore[assignment]
    return shown


@pytest.fixture
def started(qapp):
    """What the start opens for a path named on the command line (closed after the test)."""
    opened = []

    def start(path: Path) -> int:
        database = app.open_start_database(path, named=True)
        if database is None:
            return 2
        opened.append(database)
        return 0

    yield start
    for database in opened:
        close_database(database)


def test_a_missing_file_is_made_only_if_the_user_says_yes(tmp_path, said, started) -> None:
    path = tmp_path / "typo.sqlite"
    assert started(path) == 2
    assert said["question"] == [
        f"There is no database at {path}. Create a new, empty database there?"
    ]
    assert not path.exists(), "No: nothing made"
    said["answer"]["button"] = QMessageBox.StandardButton.Yes  # type: ignore[index]
    assert started(path) == 0
    assert path.is_file()


def test_an_empty_file_is_refused_not_made_a_database(tmp_path, said, started) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert started(path) == 2
    assert said["question"] == [], "it exists: nothing to ask"
    assert len(said["critical"]) == 1 and "is an empty file" in said["critical"][0]
    assert path.stat().st_size == 0


def test_the_window_asks_before_making_a_database_named_on_the_command_line(
    tmp_path, said, monkeypatch
) -> None:
    """`qa-desktop --db typo.sqlite`, answered No: the start stops and makes nothing (the whole
    start, not only its choice of file: a start that forgot the path was named would create it)."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs its own
    path = tmp_path / "typo.sqlite"
    assert app.run_window(path, "en") == 2
    assert len(said["question"]) == 1 and str(path) in said["question"][0]
    assert not path.exists()


def test_a_department_key_that_changed_since_this_pc_saw_it_stops_the_start(db, said) -> None:
    """As SSH with a host key: the first start remembers it, a later swap is said and the
    window does not open."""
    from qa_desktop.core import signing
    from qa_desktop.core.key_pins import known_fingerprint
    from qa_desktop.core.models import DepartmentKey
    from qa_desktop.core.services.keys import database_uuid, department_fingerprint

    assert app.department_key_trusted()
    assert known_fingerprint(database_uuid()) == department_fingerprint()
    assert app.department_key_trusted() and said["critical"] == []
    _private, other = signing.new_key_pair()
    DepartmentKey.update(public_key=other).execute()  # the key set swapped inside the file
    assert not app.department_key_trusted()
    assert "not the one this PC saw before" in said["critical"][0]


@pytest.mark.parametrize("at", [0.2, 0.5, 0.7, 0.9])
def test_a_damaged_file_is_said_and_the_window_ends_without_a_write(
    tmp_path, said, monkeypatch, whole_start, at
) -> None:
    """The window opens before the pages' verdict (core/page_check.py): the damage is said
    once the verdict is in, or as soon as a read stumbles on it, and the start ends with 2.
    One page at a time, from near the start of the file to near its end."""
    import sys

    from conftest import ENGINEER, PASSWORD, damage_a_page, file_with_accounts

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs its own
    path = file_with_accounts(tmp_path / "damaged.sqlite", complaints=40)
    damage_a_page(path, at=at)
    before = path.read_bytes()
    monkeypatch.setenv(app.USER_ENV, ENGINEER.user_id)
    monkeypatch.setenv(app.PASSWORD_ENV, PASSWORD)
    assert app.run_window(path, "en") == 2
    assert len(said["critical"]) == 1 and "is damaged" in said["critical"][0]
    assert path.read_bytes() == before
