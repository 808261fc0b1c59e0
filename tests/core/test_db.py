"""Opening, refusing, checking and upgrading the database file."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    ENGINEER,
    add_test_accounts,
    damage_a_page,
    example_draft,
    file_with_accounts,
    set_schema_version,
)
from peewee import SqliteDatabase

from qa_desktop.core import db as db_module
from qa_desktop.core import migrations, register
from qa_desktop.core.db import check_database, close_database, inspect_file, open_database
from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.files import SQLITE_MAGIC
from qa_desktop.core.models import Complaint, DefectType, Meta
from qa_desktop.core.services.complaints import get_complaint, register_complaint, to_draft
from qa_desktop.core.vocab import DEFAULT_DEFECT_TYPES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


# --- helpers ---------------------------------------------------------------------------------


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every entry of the folder: name -> (sha256 of a file or 'dir', mtime in ns)."""
    state = {}
    for entry in sorted(folder.iterdir()):
        digest = "dir" if entry.is_dir() else hashlib.sha256(entry.read_bytes()).hexdigest()
        state[entry.name] = (digest, entry.stat().st_mtime_ns)
    return state


def raw_version(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return None if row is None else row[0]
    finally:
        conn.close()


def columns(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    finally:
        conn.close()


def raw_count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def assert_one_sentence(message: str) -> None:
    assert message, "the message is empty"
    assert "\n" not in message
    assert "Traceback" not in message
    assert message.endswith("."), message


def assert_refused_untouched(path: Path, expected: str, **options: object) -> str:
    """open_database refuses `path` with one sentence containing `expected`, writing nothing."""
    before = folder_state(path.parent)
    with pytest.raises(DatabaseError) as info:
        open_database(path, **options)  # type: ignore[arg-type]
    message = str(info.value)
    assert_one_sentence(message)
    assert expected in message, message
    assert folder_state(path.parent) == before  # same bytes, same mtimes, no -wal/-shm beside it
    return message


# --- opening ---------------------------------------------------------------------------------


def test_new_database_has_the_current_schema_and_seeded_defect_types(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        assert Meta.get_by_id("schema_version").value == str(migrations.SCHEMA_VERSION)
        assert Meta.get_by_id("application").value == "qa-desktop"
        codes = [d.code for d in DefectType.select().order_by(DefectType.sort_order)]
        assert codes == [code for code, _, _ in DEFAULT_DEFECT_TYPES]
        assert codes[:2] == ["scratch", "pit"]
        assert DefectType.get(DefectType.code == "scratch").name_zh == "划伤"
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        close_database(database)
    assert inspect_file(db_path).schema_version == migrations.SCHEMA_VERSION


def test_reopening_keeps_the_data_and_seeds_nothing_twice(db_path: Path) -> None:
    file_with_accounts(db_path, 1)
    database = open_database(db_path, create=False)
    try:
        assert Complaint.select().count() == 1
        assert get_complaint(1).customer.name == "佛山某不锈钢制品厂"
        assert DefectType.select().count() == len(DEFAULT_DEFECT_TYPES)
    finally:
        close_database(database)


@pytest.mark.parametrize("create", [True, False])
def test_an_existing_empty_file_is_never_made_a_database(db_path: Path, create: bool) -> None:
    """A zero-byte file may be anything a person saved there: it is refused, like any file
    that is not a QA Desktop database, and stays zero bytes."""
    db_path.touch()
    message = assert_refused_untouched(db_path, "is an empty file", create=create)
    assert "delete this one" in message
    assert db_path.stat().st_size == 0


def test_an_sqlite_file_without_tables_is_refused(db_path: Path) -> None:
    sqlite3.connect(db_path).execute("PRAGMA user_version = 1").connection.close()
    assert db_path.stat().st_size > 0
    assert_refused_untouched(db_path, "another program")


def test_a_damaged_page_is_refused_at_open_with_what_to_do(db_path: Path) -> None:
    file_with_accounts(db_path, 40)
    damage_a_page(db_path)
    message = assert_refused_untouched(db_path, "is damaged")
    assert "Restore it from a backup" in message


def test_the_restore_hint_names_the_newest_backup_beside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", path)
    close_database(open_database(path))  # upgrading leaves a backup beside it
    (backup,) = tmp_path.glob("v1.before-upgrade-v1-*.sqlite")
    damage_a_page(path)
    message = assert_refused_untouched(path, "is damaged")
    assert f"e.g. {backup.name} beside it" in message


def _open_in_another_process(path: str, start: Any, results: Any) -> None:
    try:
        start.wait(timeout=30)
        # Long enough to wait out the other copy's upgrade on a loaded machine: this is about
        # what happens, not how fast.
        database = open_database(path, busy_seconds=60)
        try:
            results.put(Complaint.select().count())
        finally:
            close_database(database)
    except BaseException as exc:  # the parent reports it
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.parametrize("copies", [2, 4])
def test_several_copies_creating_one_new_database_at_once(tmp_path: Path, copies: int) -> None:
    """All start on a file that does not exist yet; one creates it, the others open it."""
    import multiprocessing

    path = tmp_path / "new.sqlite"
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(copies)
    results = context.Queue()
    workers = [
        context.Process(target=_open_in_another_process, args=(str(path), start, results))
        for _ in range(copies)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert outcomes == [0] * copies, outcomes
    assert check_database(path) == []
    assert raw_count(path, "defect_type") == len(DEFAULT_DEFECT_TYPES), "seeded once"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.sqlite"], "no temporary left"


def test_two_copies_opening_an_old_file_upgrade_it_once(tmp_path: Path) -> None:
    import multiprocessing

    path = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", path)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_open_in_another_process, args=(str(path), start, results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert outcomes == [20, 20], outcomes
    assert raw_version(path) == str(migrations.SCHEMA_VERSION)
    assert len(list(tmp_path.glob("v1.before-upgrade-v1-*.sqlite"))) == 1, "backed up once"


def test_closing_leaves_one_self_contained_file(db_path: Path) -> None:
    file_with_accounts(db_path, 1)
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_folder_name_with_uri_characters_is_used_as_is(tmp_path: Path) -> None:
    """'#', '?' and '%' must not be read as parts of an SQLite URI (Windows folders have them)."""
    folder = tmp_path / "QA #2 100% ?x=1"
    folder.mkdir()
    path = folder / "qa.sqlite"
    file_with_accounts(path, 1)
    assert inspect_file(path).schema_version == migrations.SCHEMA_VERSION
    database = open_database(path, create=False)
    try:
        assert Complaint.select().count() == 1
    finally:
        close_database(database)
    assert check_database(path) == []
    assert sorted(p.name for p in folder.iterdir()) == ["qa.sqlite"]


# --- refusing: one sentence, nothing written -----------------------------------------------------


def test_refuses_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Complaints to call back:\n- Foshan, scratches\n", "utf-8")
    assert_refused_untouched(path, "not an SQLite file")


def test_refuses_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "a-folder.sqlite"
    path.mkdir()
    assert_refused_untouched(path, "is a folder")
    assert list(path.iterdir()) == []


def test_refuses_an_sqlite_file_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photo (name) VALUES ('sink.jpg')")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "another program")


@pytest.mark.parametrize("ahead", [1, 2, 97])
def test_refuses_a_database_of_a_newer_version(db_path: Path, ahead: int) -> None:
    """One version ahead is the common case: a colleague's PC got the update first."""
    newer = migrations.SCHEMA_VERSION + ahead
    file_with_accounts(db_path, 1)
    set_schema_version(db_path, newer)
    message = assert_refused_untouched(db_path, "newer QA Desktop")
    assert f"schema {newer};" in message and f"up to {migrations.SCHEMA_VERSION})" in message
    assert raw_version(db_path) == str(newer)


def test_refuses_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(SQLITE_MAGIC + random.Random(7).randbytes(8192))
    assert_refused_untouched(path, "damaged")


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_refuses_a_database_locked_by_another_program(db_path: Path, journal_mode: str) -> None:
    file_with_accounts(db_path, 1)
    if journal_mode == "delete":
        conn = sqlite3.connect(db_path, isolation_level=None)
        assert conn.execute("PRAGMA journal_mode=delete").fetchone()[0] == "delete"
        conn.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    mtime = db_path.stat().st_mtime_ns
    locker = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        locker.execute("SELECT count(*) FROM complaint").fetchone()
        started = time.monotonic()
        with pytest.raises(DatabaseError) as info:
            open_database(db_path, busy_seconds=0.2)
        assert time.monotonic() - started < 3, "busy_seconds must bound the wait"
        assert_one_sentence(str(info.value))
        assert "locked by another running program" in str(info.value)
    finally:
        locker.rollback()
        locker.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert db_path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    # Once the other program lets go, the same file opens.
    close_database(open_database(db_path, busy_seconds=0.2))


def test_refuses_a_read_only_file(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file_with_accounts(db_path, 1)
    # The tests run as root, and root writes through chmod 0444, so a real read-only file cannot
    # be made here: os.access is what db.py asks, so it answers "not writable" for this one file.
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int, *args: object, **kwargs: object) -> bool:
        if Path(path) == db_path.resolve() and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(db_module.os, "access", access)
    assert_refused_untouched(db_path, "is read-only")


def test_refuses_a_read_only_folder(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As above: root ignores permissions, so os.access answers for the folder.
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int, *args: object, **kwargs: object) -> bool:
        if Path(path) == db_path.parent.resolve() and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(db_module.os, "access", access)
    message = assert_refused_untouched(db_path, "read-only")
    assert "folder" in message
    assert not db_path.exists()


def test_refuses_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "qa.sqlite"
    with pytest.raises(DatabaseError, match="does not exist") as info:
        open_database(path)
    assert_one_sentence(str(info.value))
    assert not path.parent.exists()


def test_create_false_refuses_a_missing_file(db_path: Path) -> None:
    with pytest.raises(DatabaseError, match="There is no database") as info:
        open_database(db_path, create=False)
    assert_one_sentence(str(info.value))
    assert not db_path.exists()


# --- check_database --------------------------------------------------------------------------


def test_check_finds_nothing_in_a_fresh_database_and_writes_nothing(db_path: Path) -> None:
    file_with_accounts(db_path, 1)
    before = folder_state(db_path.parent)
    assert check_database(db_path) == []
    assert folder_state(db_path.parent) == before


def test_check_reports_an_orphan_coil_line(db_path: Path) -> None:
    file_with_accounts(db_path, 1)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO coil_line (uuid, created_at, updated_at, created_by, updated_by, revision,"
        " complaint_id, position, coil_no, heat_no, grade, finish, unit)"
        " VALUES ('orphan', '2026-01-01', '2026-01-01', 't', 't', 1, 9999, 0, 'X1234', '', '',"
        " '', '')"
    )
    conn.commit()
    conn.close()
    problems = check_database(db_path)
    assert len(problems) == 1, problems
    assert problems[0].startswith("foreign key: coil_line row ")
    assert problems[0].endswith("points to a missing complaint")


def test_check_reports_a_damaged_index(db_path: Path) -> None:
    file_with_accounts(db_path, 1)
    # Redefine an index over another column: its stored entries no longer match the rows.
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        'UPDATE sqlite_master SET sql = \'CREATE INDEX "complaint_status" ON "complaint"'
        " (\"severity\")' WHERE name = 'complaint_status'"
    )
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    problems = check_database(db_path)
    assert problems
    assert all(problem.startswith("integrity: ") for problem in problems)
    assert any("complaint_status" in problem for problem in problems)


def test_check_reports_an_older_schema_version(db_path: Path) -> None:
    file_with_accounts(db_path, 1)
    set_schema_version(db_path, 0)
    assert check_database(db_path) == [
        f"schema version 0 is older than {migrations.SCHEMA_VERSION}: "
        "open it once with this version to upgrade it"
    ]


def test_check_refuses_what_open_refuses(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="There is no database"):
        check_database(tmp_path / "missing.sqlite")
    text = tmp_path / "notes.txt"
    text.write_text("not a database", "utf-8")
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        check_database(text)


def test_check_refuses_an_empty_file_as_open_does(db_path: Path) -> None:
    db_path.touch()
    with pytest.raises(DatabaseError, match="is an empty file"):
        check_database(db_path)
    assert db_path.stat().st_size == 0


# --- migrations ------------------------------------------------------------------------------


def schema_fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("schema_v*.sqlite"))


def test_a_fixture_exists_for_the_current_schema_version() -> None:
    """Releasing a schema version means adding its fixture (tests/fixtures/README.md)."""
    assert FIXTURES / f"schema_v{migrations.SCHEMA_VERSION}.sqlite" in schema_fixtures()
    for fixture in schema_fixtures():
        # Each table and index takes a 4 KB page at least (v5 has 43 tables and their indexes);
        # v4's site-visit photos add ~300 KB (originals, thumbnails and print copies), v5's
        # three issued 8D reports ~750 KB (the PDFs as sent, with their photos).
        assert fixture.stat().st_size < 3_500_000, f"{fixture.name} should stay small"
        assert not Path(f"{fixture}-wal").exists()


@pytest.mark.parametrize("fixture", schema_fixtures(), ids=lambda p: p.name)
def test_every_released_schema_opens_and_upgrades(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    released = int(fixture.stem.removeprefix("schema_v"))
    assert raw_version(path) == str(released)
    database = open_database(path, create=False)
    try:
        assert Meta.get_by_id("schema_version").value == str(migrations.SCHEMA_VERSION)
        complaints = list(Complaint.select().order_by(Complaint.id))
        assert len(complaints) == 20
        for complaint in complaints:
            draft = to_draft(complaint)
            assert draft.customer_name
            assert draft.received_at is not None and draft.received_at.tzinfo is not None
            assert draft.description
        ids = register.ids(database, register.RegisterQuery())
        assert sorted(ids) == [c.id for c in complaints]
        assert [row.id for row in register.rows(database, ids)] == ids
        add_test_accounts()  # an upgraded file has none: its first start asks for them
        new = register_complaint(example_draft(), actor=ENGINEER)  # it takes new work
        assert new.case_no not in {c.case_no for c in complaints}
    finally:
        close_database(database)
    assert check_database(path) == []
    backups = list(tmp_path.glob(f"{path.stem}.before-upgrade-v{released}-*{path.suffix}"))
    assert len(backups) == (1 if released < migrations.SCHEMA_VERSION else 0)


def _add_risk_column(database: SqliteDatabase) -> None:
    database.execute_sql("ALTER TABLE complaint ADD COLUMN risk TEXT NOT NULL DEFAULT 'low'")


class StepFailed(Exception):
    pass


def _failing_step(database: SqliteDatabase) -> None:
    _add_risk_column(database)
    database.execute_sql("UPDATE complaint SET risk = 'high'")
    raise StepFailed("the step went wrong half-way")


CURRENT = migrations.SCHEMA_VERSION
NEXT = CURRENT + 1


def _pretend_next_version(
    monkeypatch: pytest.MonkeyPatch, step: Callable[[SqliteDatabase], None]
) -> None:
    """As if this were the release after the current one, whose upgrade step is `step`."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.STEPS, NEXT, step)


def test_upgrade_backs_up_then_runs_the_step(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    file_with_accounts(db_path, 2)
    _pretend_next_version(monkeypatch, _add_risk_column)
    database = open_database(db_path)
    try:
        assert Meta.get_by_id("schema_version").value == str(NEXT)
        risks = [row[0] for row in database.execute_sql("SELECT risk FROM complaint")]
        assert risks == ["low", "low"]
    finally:
        close_database(database)
    assert raw_version(db_path) == str(NEXT)
    backups = list(db_path.parent.glob(f"{db_path.stem}.before-upgrade-v{CURRENT}-*.sqlite"))
    assert len(backups) == 1, list(db_path.parent.iterdir())
    backup = backups[0]
    assert raw_version(backup) == str(CURRENT)
    assert "risk" not in columns(backup, "complaint")
    assert raw_count(backup, "complaint") == 2
    assert not list(db_path.parent.glob("*.tmp"))


def test_a_failing_upgrade_step_changes_nothing(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    file_with_accounts(db_path, 2)
    _pretend_next_version(monkeypatch, _failing_step)
    with pytest.raises((StepFailed, DatabaseError)):
        open_database(db_path)
    assert raw_version(db_path) == str(CURRENT)
    assert "risk" not in columns(db_path, "complaint")
    assert raw_count(db_path, "complaint") == 2
    # The real version still opens the file as it was.
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", CURRENT)
    database = open_database(db_path)
    try:
        assert Complaint.select().count() == 2
    finally:
        close_database(database)
    assert check_database(db_path) == []


def _v1_copy(tmp_path: Path, pattern: str | None = None) -> Path:
    path = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", path)
    if pattern is not None:
        conn = sqlite3.connect(path)
        conn.execute("INSERT INTO setting VALUES ('coil_number_pattern', ?)", (pattern,))
        conn.commit()
        conn.close()
    return path


def test_the_v2_upgrade_fills_what_v2_adds(tmp_path: Path) -> None:
    from qa_desktop.core import settings
    from qa_desktop.core.models import Customer
    from qa_desktop.core.services.reference import customers
    from qa_desktop.core.sorting import sort_key

    database = open_database(_v1_copy(tmp_path), create=False)
    try:
        # The demo fixture's complaints were entered in Shanghai: that is the department's zone.
        assert settings.department("time_zone") == "Asia/Shanghai"
        assert all(c.sort_key == sort_key(c.name) for c in Customer.select())
        names = [c.name for c in customers()]
        assert names == sorted(names, key=sort_key)
        codes = {d.code for d in DefectType.select()}
        assert {"mechanical", "chemistry", "flatness", "other"} <= codes
        assert DefectType.select().count() == len(DEFAULT_DEFECT_TYPES)
        complaint = Complaint.select().first()
        assert (complaint.salesperson, complaint.claim_minor, complaint.samples_returned) == (
            "",
            None,
            "",
        )
    finally:
        close_database(database)


@pytest.mark.parametrize(
    ("pattern", "forms", "note"),
    [(r"S\d{2}[A-Z]\d{4}-\d{2}", "S##@####-##", False), (r"(A+)+$", "", True)],
)
def test_a_v1_coil_pattern_becomes_forms_and_the_audit_says_how(tmp_path, pattern, forms, note):
    import json

    from qa_desktop.core import settings
    from qa_desktop.core.models import AuditEntry

    database = open_database(_v1_copy(tmp_path, pattern), create=False)
    try:
        assert settings.department("coil_number_forms") == forms
        entry = AuditEntry.get(AuditEntry.record_uuid == "coil_number_forms")
        detail = json.loads(entry.detail)
        assert detail["coil_number_pattern"] == pattern
        assert ("note" in detail) is note
    finally:
        close_database(database)
