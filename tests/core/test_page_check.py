"""The page check begun on a thread before the open (core/page_check.py): a sound file is checked
once, there; a damaged one is refused with the same sentence as without it, in the language set
by the time of the open, and nothing is written beside it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import ENGINEER, add_test_accounts, damage_a_page, example_draft

from qa_desktop.core import db as db_module
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.i18n import set_language
from qa_desktop.core.models import Complaint
from qa_desktop.core.page_check import PageCheck
from qa_desktop.core.services.complaints import register_complaint


def make_database(path: Path, complaints: int = 30) -> None:
    database = open_database(path)
    try:
        add_test_accounts()
        for _ in range(complaints):
            register_complaint(example_draft(), actor=ENGINEER)
    finally:
        close_database(database)


@pytest.fixture
def inspections(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each inspect_file call: on which thread, and whether it checked the pages itself."""
    seen: list[tuple[str, bool]] = []
    real = db_module.inspect_file

    def spy(path: Path, busy_seconds: float = 5.0, *, check_pages: bool = False):
        seen.append((threading.current_thread().name, check_pages))
        return real(path, busy_seconds, check_pages=check_pages)

    monkeypatch.setattr(db_module, "inspect_file", spy)
    return seen


def folder_state(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_sound_file_is_checked_once_on_the_thread(
    db_path: Path, inspections: list[tuple[str, bool]]
) -> None:
    make_database(db_path)
    inspections.clear()
    check = PageCheck(db_path)
    database = open_database(db_path, page_check=check)
    try:
        assert Complaint.select().count() == 30
    finally:
        close_database(database)
    assert check.passed(db_path)
    assert inspections == [("MainThread", False)]  # the pages were the thread's to read


def test_a_damaged_file_is_refused_with_the_same_sentence_in_the_language_of_the_open(
    db_path: Path, inspections: list[tuple[str, bool]]
) -> None:
    make_database(db_path)
    damage_a_page(db_path)
    inspections.clear()
    before = folder_state(db_path.parent)
    check = PageCheck(db_path)  # started before the window's language is known
    set_language("zh_CN")
    with pytest.raises(DatabaseError) as with_check:
        open_database(db_path, page_check=check)
    with pytest.raises(DatabaseError) as without:
        open_database(db_path)
    assert str(with_check.value) == str(without.value)
    assert "损坏" in str(with_check.value)  # "is damaged", in the language set since
    assert folder_state(db_path.parent) == before  # nothing written beside the file
    assert not check.passed(db_path)
    assert inspections == [("MainThread", True)] * 2  # the open checked the pages itself


def test_a_check_of_another_file_does_not_count(
    tmp_path: Path, inspections: list[tuple[str, bool]]
) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    make_database(first, complaints=1)
    make_database(second, complaints=2)
    inspections.clear()
    check = PageCheck(first)
    close_database(open_database(second, page_check=check))
    assert check.passed(first) and not check.passed(second)
    assert inspections == [("MainThread", True)]  # the pages of the file opened were checked


def test_a_file_that_is_not_there_yet_is_made_as_without_a_check(db_path: Path) -> None:
    check = PageCheck(db_path)
    assert not check.passed(db_path)
    database = open_database(db_path, page_check=check)
    try:
        assert Complaint.select().count() == 0
    finally:
        close_database(database)
