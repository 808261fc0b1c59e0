"""The read-only look a start-up's first paint reads through (core/file_reader.py) and the
password check made through it (core/start_sign_in.py): they read what the models read, refuse
every change, leave every file they cannot simply read to the full open, and never decide a
sign-in the service would refuse or count."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import ENGINEER, PASSWORD, example_draft, set_schema_version

from qa_desktop.core import register
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.errors import UserError
from qa_desktop.core.file_reader import open_reader
from qa_desktop.core.models import UserAccount
from qa_desktop.core.services import accounts
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.start_sign_in import checked_account


def test_the_reader_reads_the_registers_first_screen_as_the_models_do(db, db_path) -> None:
    for _ in range(7):
        register_complaint(example_draft(), actor=ENGINEER)
    query = register.RegisterQuery()
    through_models = register.head(db, query, 5)
    reader = open_reader(db_path)
    assert reader is not None
    try:
        through_reader = register.head(reader, query, 5)
        assert through_reader == through_models
        lang, at = "zh_CN", register.at(query, reader)
        assert [
            r.values for r in register.rows(reader, through_reader.ids, lang, at.zone, at.as_of)
        ] == [r.values for r in register.rows(db, through_models.ids, lang, at.zone, at.as_of)]
        assert register.has_complaints(reader)
    finally:
        reader.close()


def test_the_reader_refuses_every_change(db, db_path) -> None:
    reader = open_reader(db_path)
    assert reader is not None
    try:
        with pytest.raises(sqlite3.OperationalError):
            reader.execute_sql("DELETE FROM complaint")
        with pytest.raises(sqlite3.OperationalError), reader.atomic():
            reader.execute_sql("UPDATE user_account SET locked = 1")
    finally:
        reader.close()
    assert not UserAccount.select().where(UserAccount.locked).exists()


@pytest.mark.parametrize(
    "kind", ["missing", "folder", "not sqlite", "older schema", "newer schema"]
)
def test_a_file_that_needs_more_than_a_look_is_left_to_the_full_open(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "qa.sqlite"
    if kind == "folder":
        path.mkdir()
    elif kind == "not sqlite":
        path.write_bytes(b"just some text, not a database")
    elif kind in ("older schema", "newer schema"):
        close_database(open_database(path))
        set_schema_version(path, 4 if kind == "older schema" else 99)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert open_reader(path) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing made beside it


def test_a_clean_sign_in_is_checked_and_nothing_is_written(db, db_path) -> None:
    reader = open_reader(db_path)
    assert reader is not None
    try:
        checked = checked_account(reader, f"  {ENGINEER.user_id} ", PASSWORD)
    finally:
        reader.close()
    assert checked is not None and checked.actor == ENGINEER
    session = accounts.session_of_checked(checked)
    assert (
        session.actor == ENGINEER
        and session.roles == accounts.sign_in(ENGINEER.user_id, PASSWORD).roles
    )


@pytest.mark.parametrize("case", ["wrong password", "unknown", "inactive", "locked", "failures"])
def test_anything_but_a_clean_success_is_left_to_the_service(db, db_path, case: str) -> None:
    user_id, password = ENGINEER.user_id, PASSWORD
    if case == "wrong password":
        password = "not it"
    elif case == "unknown":
        user_id = "nobody"
    else:
        column = {"inactive": {"active": False}, "locked": {"locked": True}}.get(
            case, {"failed_attempts": 2}
        )
        UserAccount.update(**column).where(UserAccount.user_id == user_id).execute()
    before = list(UserAccount.select().order_by(UserAccount.id).dicts())
    reader = open_reader(db_path)
    assert reader is not None
    try:
        assert checked_account(reader, user_id, password) is None
    finally:
        reader.close()
    assert list(UserAccount.select().order_by(UserAccount.id).dicts()) == before  # nothing counted


@pytest.mark.parametrize("change", ["password reset", "deactivated", "locked"])
def test_the_session_after_the_paint_is_refused_if_the_account_changed_since(
    db, db_path, change: str
) -> None:
    reader = open_reader(db_path)
    assert reader is not None
    try:
        checked = checked_account(reader, ENGINEER.user_id, PASSWORD)
    finally:
        reader.close()
    assert checked is not None
    found = UserAccount.get(UserAccount.user_id == ENGINEER.user_id)
    if change == "password reset":
        found.password_hash = found.password_hash[:-4] + "AAAA"
    elif change == "deactivated":
        found.active = False
    else:
        found.locked = True
    found.save()
    with pytest.raises(UserError):
        accounts.session_of_checked(checked)
