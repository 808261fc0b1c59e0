"""Exports never land on a database, whatever the name or link (core/files.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import example_draft

from qa_desktop.core.errors import UserError
from qa_desktop.core.files import atomic_output, check_target
from qa_desktop.core.services.complaints import register_complaint


def test_no_kind_of_database_file_is_ever_a_target(db, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    backup = tmp_path / "qa.before-upgrade-v1-20261101T000000Z.sqlite"
    shutil.copyfile(db_path, backup)
    register_complaint(example_draft())  # the write-ahead log now has frames, and its header
    wal_copy = tmp_path / "journal.bin"
    shutil.copyfile(db_path.with_name(db_path.name + "-wal"), wal_copy)
    assert wal_copy.stat().st_size > 0
    (tmp_path / "link").symlink_to(db_path)
    os.link(db_path, tmp_path / "hard")
    targets = [db_path, db_path.with_name(db_path.name + "-wal"),
               db_path.with_name(db_path.name + "-shm"),
               db_path.with_name(db_path.name + "-journal"),  # open: protected though absent
               other, other.with_name("notes.db-shm"), backup, wal_copy, tmp_path / "link",
               tmp_path / "hard"]  # fmt: skip
    for target in targets:
        with pytest.raises(UserError, match="never replaces a database"):
            check_target(target)
        with pytest.raises(UserError), atomic_output(target) as temp:
            temp.write_bytes(b"never")
    assert not list(tmp_path.glob("*.part"))


def test_an_ordinary_file_may_be_replaced(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"an old export")
    with atomic_output(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert check_target(target, ".xlsx") == target.resolve()
    with pytest.raises(UserError, match=r"ends in \.pdf"):
        check_target(target, ".pdf")
