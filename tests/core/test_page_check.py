"""The page check begun on a thread before the open (core/page_check.py): the file opens without
waiting for it and every write waits for its verdict; a sound file is checked once, there; a
damaged one refuses every write with the sentence an open without the check refuses it with, in
the language set by then, and nothing is written beside it; a file to be upgraded waits at the
open."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import (
    ENGINEER,
    damage_a_page,
    example_draft,
    file_with_accounts,
    set_schema_version,
)

from qa_desktop.core import db as db_module
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.i18n import set_language
from qa_desktop.core.models import Complaint
from qa_desktop.core.page_check import PageCheck
from qa_desktop.core.services.complaints import register_complaint


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
    file_with_accounts(db_path, 30)
    inspections.clear()
    check = PageCheck(db_path)
    database = open_database(db_path, page_check=check)
    try:
        assert Complaint.select().count() == 30
        register_complaint(example_draft(), actor=ENGINEER)  # a write: after the verdict
        assert Complaint.select().count() == 31
    finally:
        close_database(database)
    assert check.passed(db_path)
    assert inspections == [("MainThread", False)]  # the pages were the thread's to read


class HeldCheck:
    """A page check whose verdict comes when the test says."""

    def __init__(self, path: Path) -> None:
        self.path, self.released = path, threading.Event()

    def finished(self) -> bool:
        return self.released.is_set()

    def passed(self, path: Path) -> bool:
        self.released.wait()
        return path == self.path


def test_the_file_opens_before_the_verdict_and_a_write_waits_for_it(db_path: Path) -> None:
    file_with_accounts(db_path, 3)
    check = HeldCheck(db_path.resolve())
    database = open_database(db_path, page_check=check)  # type: ignore[arg-type]
    try:
        assert Complaint.select().count() == 3  # reading needs no verdict
        assert database.pages is not None and not database.pages.finished()
        writer = threading.Thread(
            target=lambda: register_complaint(example_draft(), actor=ENGINEER)
        )
        writer.start()
        writer.join(0.3)
        assert writer.is_alive()  # waiting for the verdict, nothing written yet
        assert Complaint.select().count() == 3
        check.released.set()
        writer.join(10)
        assert not writer.is_alive()
        assert Complaint.select().count() == 4
        assert database.pages.finished()
    finally:
        close_database(database)


def test_a_damaged_file_opens_but_refuses_every_write_with_the_same_sentence(
    db_path: Path, inspections: list[tuple[str, bool]]
) -> None:
    file_with_accounts(db_path, 30)
    damage_a_page(db_path)
    inspections.clear()
    before = folder_state(db_path.parent)
    check = PageCheck(db_path)  # started before the window's language is known
    set_language("zh_CN")
    database = open_database(db_path, page_check=check)
    try:
        for _ in range(2):  # the refusal is kept: the second write is refused as the first
            with pytest.raises(DatabaseError) as with_check:
                register_complaint(example_draft(), actor=ENGINEER)
    finally:
        close_database(database)
    assert folder_state(db_path.parent) == before  # nothing written, nothing left beside it
    with pytest.raises(DatabaseError) as without:
        open_database(db_path)
    assert str(with_check.value) == str(without.value)
    assert "损坏" in str(with_check.value)  # "is damaged", in the language set since
    assert not check.passed(db_path)
    # the open looked without the pages, the write's confirm and the open without a check
    # each checked them
    assert inspections == [("MainThread", False), ("MainThread", True), ("MainThread", True)]


def test_a_damaged_file_to_be_upgraded_is_refused_at_the_open(db_path: Path) -> None:
    file_with_accounts(db_path, 30)
    set_schema_version(db_path, 4)
    damage_a_page(db_path)
    before = folder_state(db_path.parent)
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(db_path, page_check=PageCheck(db_path))
    assert folder_state(db_path.parent) == before  # no backup made, nothing upgraded


def test_a_check_of_another_file_does_not_count(
    tmp_path: Path, inspections: list[tuple[str, bool]]
) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    file_with_accounts(first, 1)
    file_with_accounts(second, 2)
    inspections.clear()
    check = PageCheck(first)
    database = open_database(second, page_check=check)
    assert database.pages is not None
    database.pages.confirm()  # as the first write does
    close_database(database)
    assert check.passed(first) and not check.passed(second)
    # the pages of the file opened were checked, by the confirm
    assert inspections == [("MainThread", False), ("MainThread", True)]


def test_a_file_that_is_not_there_yet_is_made_as_without_a_check(db_path: Path) -> None:
    check = PageCheck(db_path)
    assert not check.passed(db_path)
    database = open_database(db_path, page_check=check)
    try:
        assert Complaint.select().count() == 0
    finally:
        close_database(database)


def test_a_check_begun_later_reads_nothing_until_begun_and_is_begun_once(db_path: Path) -> None:
    file_with_accounts(db_path, 1)
    check = PageCheck(db_path, begin_now=False)
    assert not check.finished()  # not begun: no verdict, not "finished"
    database = open_database(db_path, page_check=check)
    try:
        assert database.pages is not None and not database.pages.finished()
        check.begin()
        check.begin()  # a second call does nothing (a thread starts once)
        register_complaint(example_draft(), actor=ENGINEER)  # waits for the verdict
        assert check.finished() and check.passed(db_path)
    finally:
        close_database(database)


def test_a_write_begins_a_check_not_yet_begun(db_path: Path) -> None:
    """A start-up whose window was never painted still writes only after the verdict."""
    file_with_accounts(db_path, 1)
    check = PageCheck(db_path, begin_now=False)
    database = open_database(db_path, page_check=check)
    try:
        register_complaint(example_draft(), actor=ENGINEER)
        assert check.finished() and Complaint.select().count() == 2
    finally:
        close_database(database)
