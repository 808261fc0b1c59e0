"""Faults that are not the user's: one sentence from every write, nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import ADMIN, ENGINEER, add_test_accounts, example_draft

from qa_desktop.core import faults
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.models import AuditEntry, Complaint
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.department import change_setting


def counts() -> tuple[int, int]:
    return Complaint.select().count(), AuditEntry.select().count()


def assert_sentence(message: str, words: str) -> None:
    assert words in message, message
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith("."), message


def test_a_file_busy_past_the_timeout_is_one_sentence(quick_db, db_path: Path) -> None:
    before = counts()
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program writing, for longer than we wait
    try:
        with pytest.raises(DatabaseError) as info:
            register_complaint(example_draft(), actor=ENGINEER)
        assert_sentence(str(info.value), "The database is busy: another program is writing")
        with pytest.raises(DatabaseError, match="busy"):
            change_setting("case_prefix", "QA", actor=ADMIN)
    finally:
        other.rollback()
        other.close()
    assert counts() == before
    register_complaint(
        example_draft(), actor=ENGINEER
    )  # once the other program is done, saving works again


def test_a_full_disk_is_one_sentence(quick_db) -> None:
    pages = quick_db.execute_sql("PRAGMA page_count").fetchone()[0]
    quick_db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the file can grow no more
    refused = None
    for _ in range(50):  # the first saves may still fit in free pages
        before = counts()
        try:
            register_complaint(example_draft(description="x" * 5000), actor=ENGINEER)
        except DatabaseError as exc:
            refused = exc
            break
    assert refused is not None, "the file never filled up"
    assert_sentence(str(refused), "The disk that holds the database is full")
    assert counts() == before, "the save that did not fit wrote nothing, not half a complaint"
    quick_db.execute_sql(f"PRAGMA max_page_count = {pages * 100}")
    register_complaint(example_draft(), actor=ENGINEER)  # space again: saving works again


def test_a_read_only_connection_is_one_sentence(quick_db) -> None:
    before = counts()
    quick_db.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(DatabaseError) as info:
            register_complaint(example_draft(), actor=ENGINEER)
        assert_sentence(str(info.value), "read-only")
    finally:
        quick_db.execute_sql("PRAGMA query_only = 0")
    assert counts() == before


def test_a_page_damaged_after_start_is_one_sentence_when_saving(db_path: Path) -> None:
    """The file was fine at open (quick_check passed) and a page broke later."""
    database = open_database(db_path)
    add_test_accounts()
    for _ in range(40):
        register_complaint(example_draft(), actor=ENGINEER)
    close_database(database)
    database = open_database(db_path)  # checked and opened while whole
    try:
        reader = sqlite3.connect(db_path)
        pages = [row[0] for row in reader.execute(
            "SELECT pageno FROM dbstat WHERE name = 'complaint' AND pagetype = 'leaf'"
        )]  # fmt: skip
        size = reader.execute("PRAGMA page_size").fetchone()[0]
        reader.close()
        data = bytearray(db_path.read_bytes())
        for number in pages:  # every leaf of the complaint table: the next save reads one
            start = (number - 1) * size
            data[start : start + size] = b"\xff" * size
        db_path.write_bytes(bytes(data))
        database.close()  # a fresh connection: nothing of the file left in its page cache
        database.connect()
        with pytest.raises(DatabaseError) as info:
            register_complaint(example_draft(), actor=ENGINEER)
        assert_sentence(str(info.value), "The database file is damaged")
    finally:
        close_database(database)


def test_explain_reads_codes_and_peewee_wrappers() -> None:
    import peewee

    locked = sqlite3.OperationalError("database is locked")
    assert "busy" in str(faults.explain(peewee.OperationalError(locked, *locked.args)))
    assert "full" in str(faults.explain(OSError(28, "No space left on device")))
    assert faults.explain(ValueError("a bug")) is None, "a bug stays a bug"
    assert "damaged" in str(faults.explain(sqlite3.DatabaseError("file is not a database")))
    chinese = faults.explain(locked, "zh_CN")
    assert chinese is not None and "数据库" in str(chinese)
