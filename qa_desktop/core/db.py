"""Opening, checking and upgrading the one database file.

SQLite specifics (pragmas, the online backup API, integrity checks) live here so that a later
PostgreSQL backend (ROADMAP step 7) replaces this module, not the services.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import peewee
from peewee import SqliteDatabase

from qa_desktop.core import faults, migrations
from qa_desktop.core.db_file import (
    DEFAULT_BUSY_SECONDS,
    check_writable,
    explain,
    inspect_file,
    refused,
)
from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.files import SIDE_FILES
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import database_proxy
from qa_desktop.core.page_check import PendingPages, read_only_connection

if TYPE_CHECKING:
    from qa_desktop.core.page_check import PageCheck

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -32_000,  # 32 MB: the register's sorts stay in memory
}
# What an autocommit statement that only reads begins with (anything else waits for the pages).
READING_STATEMENTS = ("SELECT", "PRAGMA", "WITH", "EXPLAIN")


class QaDatabase(SqliteDatabase):
    """The database file, whose writes wait for its pages' verdict while a start-up's check is
    still running (`pages`, core/page_check.py): a transaction that takes the write lock as it
    begins, and any statement that writes, in a transaction or not, before it runs. A DEFERRED
    transaction (the register's snapshot of its count and first page) reads without waiting."""

    pages: PendingPages | None = None

    def begin(self, lock_type: str | None = None) -> None:
        if self._awaiting_pages() and (lock_type or self._lock_type or "").upper() != "DEFERRED":
            self.pages.confirm()
        super().begin(lock_type)

    def execute_sql(self, sql: str, params: object = None) -> sqlite3.Cursor:
        # Every statement passes here: once the pages are known sound, one attribute says so.
        if self._awaiting_pages() and not sql.lstrip()[:7].upper().startswith(READING_STATEMENTS):
            self.pages.confirm()
        return super().execute_sql(sql, params)

    def _awaiting_pages(self) -> bool:
        return self.pages is not None and not self.pages.confirmed


def _explain_any(path: Path, exc: Exception) -> DatabaseError:
    """`_explain` for an error that may be Peewee's wrapper of SQLite's, or its text alone."""
    return explain(path, faults.sqlite_error(exc) or sqlite3.OperationalError(str(exc)))


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    busy_seconds: float = DEFAULT_BUSY_SECONDS,
    page_check: PageCheck | None = None,
) -> QaDatabase:
    """Open (upgrading as needed) the database and bind the models to it.

    `create`: make a new database where no file is. Creation is safe when several copies start
    at once: the new file is built whole under a temporary name and linked into place, so no
    one ever sees it half made, and whoever comes second simply opens the first one's file.
    `page_check`: the pages' check begun earlier on a thread (core/page_check.py). The file
    opens without waiting for it, and its writes wait for the verdict (`QaDatabase.pages`); an
    upgrade waits before it begins. Without one, the pages are checked here, before the open."""
    path = Path(path).expanduser().resolve()
    if not path.parent.exists():
        raise refused(
            QT_TRANSLATE_NOOP("Database", "The folder {folder} does not exist."), folder=path.parent
        )
    if create and not path.exists():  # without `create`, inspect_file says there is none
        check_writable(path)
        _create(path, busy_seconds)
    state = inspect_file(path, busy_seconds, check_pages=page_check is None)  # refuses what
    pages = None  # cannot be used, and without a check on a thread, a damaged page
    if page_check is not None:
        pages = PendingPages(
            path, page_check, lambda: inspect_file(path, busy_seconds, check_pages=True)
        )
        if state.schema_version < migrations.SCHEMA_VERSION:
            pages.confirm()  # an upgrade rewrites the file: only a sound one
    check_writable(path)
    db = _connect(path, busy_seconds)
    try:
        # Another program's write lock does not stop readers of a WAL file: take the write lock
        # (waiting up to busy_seconds), so a file that cannot be saved to is refused now. Under
        # that lock the version is read again: two copies opening an old file upgrade it once.
        with db.atomic():
            version = migrations.stored_version(db)
            if version < migrations.SCHEMA_VERSION:
                _upgrade(db, path, version)
    except DatabaseError:
        db.close()
        raise
    except Exception as exc:  # peewee wraps sqlite3 errors in its own classes
        db.close()
        error = faults.sqlite_error(exc)
        if error is not None:
            raise explain(path, error) from exc
        raise
    db.pages = pages  # from here on (the lock taken above wrote nothing)
    _open_files.add(path)
    return db


def _connect(path: Path, busy_seconds: float) -> QaDatabase:
    db = QaDatabase(
        str(path),
        pragmas=PRAGMAS,
        timeout=busy_seconds,
        lock_type="IMMEDIATE",  # every write transaction takes the write lock up front
        check_same_thread=False,  # the GUI's worker threads open their own connections
    )
    # Turning a file that is not yet in WAL mode into one needs it to itself for a moment, and
    # SQLite answers "locked" at once rather than waiting: wait as a busy file is waited for.
    deadline = time.monotonic() + busy_seconds
    while True:
        try:
            db.connect()
            break
        except peewee.OperationalError as exc:
            db.close()
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise _explain_any(path, exc) from exc
            time.sleep(0.05)
    database_proxy.initialize(db)
    return db


def _create(path: Path, busy_seconds: float) -> None:
    """Build a new database whole beside `path`, then link it into place unless someone was
    faster (then theirs is used and ours discarded)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.new")
    try:
        db = _connect(temp, busy_seconds)
        try:
            migrations.create_schema(db)
        finally:
            db.close()  # the last connection folds the WAL into the file and removes it
        _link_new(temp, path)
    except sqlite3.Error as exc:
        raise explain(path, exc) from exc
    finally:
        temp.unlink(missing_ok=True)
        for side in SIDE_FILES:
            temp.with_name(temp.name + side).unlink(missing_ok=True)


def _link_new(temp: Path, path: Path) -> None:
    """Put a finished new file at `path` only if nothing is there (atomic where the filesystem
    allows hard links; elsewhere a rename, which Windows refuses over an existing file)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        return  # another copy created it first: open theirs
    except OSError:  # no hard links here (FAT/exFAT USB sticks)
        if not path.exists():
            os.rename(temp, path)


def _upgrade(db: SqliteDatabase, path: Path, version: int) -> None:
    """Back the file up, then run every step; the caller's transaction makes it all or nothing."""
    backup = backup_file(db, backup_path(path, version))
    try:
        migrations.upgrade(db, version)
    except Exception as exc:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} could not be upgraded from schema {version} ({error}); nothing was "
                "changed and the file as it was is also kept as {backup}.",
            ),
            path=path,
            version=version,
            error=exc,
            backup=backup.name,
        ) from exc


def open_read_only(path: Path, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> SqliteDatabase:
    """A connection for work that only reads, such as an export in a worker process: the file is
    refused as open_database refuses it, but without the page check (the window that started
    the worker has just made it), never created, upgraded or locked for writing, and SQLite
    refuses every change (query_only).

    Not `mode=ro`: a read-only connection to a WAL file cannot remove the -wal and -shm files it
    creates, so they would stay beside the database after an export."""
    path = Path(path).expanduser().resolve()
    state = inspect_file(path, busy_seconds)
    if state.schema_version < migrations.SCHEMA_VERSION:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Database", "{path} has an older schema: open it in QA Desktop once first."
            ),
            path=path,
        )
    db = SqliteDatabase(
        str(path),
        pragmas={"cache_size": PRAGMAS["cache_size"], "query_only": 1},
        timeout=busy_seconds,
    )
    try:
        db.connect()
    except Exception as exc:  # peewee wraps sqlite3's errors in its own classes
        raise _explain_any(path, exc) from exc
    return db


_open_files: set[Path] = set()


def open_files() -> frozenset[Path]:
    """Databases this process has open: no export may be written over them (core/files.py)."""
    return frozenset(_open_files)


def close_database(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()
    _open_files.discard(Path(db.database))


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.before-upgrade-v{version}-{stamp}{path.suffix}")


def backup_file(db: SqliteDatabase, target: Path) -> Path:
    """A consistent copy through SQLite's online backup, written beside and moved into place.

    Read through a connection of its own: `db` may hold the write lock in an open transaction
    (the upgrade does, so no one changes the file between backup and upgrade), and SQLite's
    backup from a connection inside a write transaction never finishes. In WAL mode a second
    connection reads the last committed state meanwhile, which is the state being backed up."""
    temp = target.with_name(target.name + ".tmp")
    source = sqlite3.connect(f"{Path(db.database).resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(str(temp))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    os.replace(temp, target)
    return target


def check_database(path: Path | str) -> list[str]:
    """Problems found by integrity_check, foreign_key_check and the schema version; [] if none."""
    path = Path(path)
    state = inspect_file(path)
    problems: list[str] = []
    conn = read_only_connection(path, DEFAULT_BUSY_SECONDS)
    try:
        for (result,) in conn.execute("PRAGMA integrity_check"):
            if result != "ok":
                problems.append(f"integrity: {result}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    except sqlite3.DatabaseError as exc:
        problems.append(f"integrity: {exc}")
    finally:
        conn.close()
    if state.schema_version != migrations.SCHEMA_VERSION:
        problems.append(
            f"schema version {state.schema_version} is older than {migrations.SCHEMA_VERSION}: "
            "open it once with this version to upgrade it"
        )
    return problems
