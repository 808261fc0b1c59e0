"""Opening, checking and upgrading the one database file.

SQLite specifics (pragmas, the online backup API, integrity checks) live here so that a later
PostgreSQL backend (ROADMAP step 7) replaces this module, not the services.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from qa_desktop.core import migrations
from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.models import database_proxy

SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -32_000,  # 32 MB: the register's sorts stay in memory
}
DEFAULT_BUSY_SECONDS = 5.0


@dataclass(frozen=True)
class FileState:
    schema_version: int | None  # None: a new, empty file


def inspect_file(path: Path, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> FileState:
    """Look at a database file read-only and refuse, with one sentence, anything we cannot use.

    Nothing is written: the checks run on a read-only connection before the real one opens."""
    if not path.exists():
        return FileState(schema_version=None)
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a QA Desktop database (it is not an SQLite file).")
    if not header:
        return FileState(schema_version=None)
    try:
        conn = _read_only(path, busy_seconds)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return FileState(schema_version=None)
            if "meta" not in tables:
                raise DatabaseError(
                    f"{path} is an SQLite file of another program, not a QA Desktop database."
                )
            row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
    if row is None:
        raise DatabaseError(f"{path} has no schema version: it is not a QA Desktop database.")
    try:
        version = int(row[0])
    except ValueError:
        raise DatabaseError(f"{path} has an unreadable schema version ({row[0]!r}).") from None
    if version > migrations.SCHEMA_VERSION:
        raise DatabaseError(
            f"{path} was written by a newer QA Desktop (schema {version}; this version reads up to "
            f"{migrations.SCHEMA_VERSION}): install the newer version to open it."
        )
    return FileState(schema_version=version)


def _read_only(path: Path, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> sqlite3.Connection:
    """A read-only connection that leaves nothing behind beside the file.

    The URI is built with `as_uri()` so that '#', '?' and '%' in a folder name stay part of the
    path. A read-only connection to a WAL file creates -wal and -shm files and, being read-only,
    cannot remove them on close; while no -wal file exists no one has the file open and the file
    alone is the whole database, so it is read as immutable (no locks, no side files)."""
    path = path.resolve()
    with path.open("rb") as handle:
        header = handle.read(20)
    wal = len(header) == 20 and header[18] == 2  # file format write version 2: WAL
    immutable = wal and not path.with_name(path.name + "-wal").exists()
    uri = f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=busy_seconds)


def _explain(path: Path, exc: sqlite3.Error) -> DatabaseError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            f"{path} is locked by another running program; close it and try again."
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"{path} is read-only: QA Desktop needs to write to it.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseError(f"{path} is damaged ({exc}); restore it from a backup.")
    return DatabaseError(f"{path} cannot be opened: {exc}.")


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseError(f"{path} is read-only: QA Desktop needs to write to it.")
    if not os.access(folder, os.W_OK):
        raise DatabaseError(
            f"The folder {folder} is read-only: QA Desktop needs to write its database there."
        )


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    busy_seconds: float = DEFAULT_BUSY_SECONDS,
) -> SqliteDatabase:
    """Open (creating or upgrading as needed) the database and bind the models to it."""
    path = Path(path).expanduser().resolve()
    if not path.exists() and not create:
        raise DatabaseError(f"There is no database at {path}.")
    if not path.parent.exists():
        raise DatabaseError(f"The folder {path.parent} does not exist.")
    state = inspect_file(path, busy_seconds)
    _check_writable(path)
    db = SqliteDatabase(
        str(path),
        pragmas=PRAGMAS,
        timeout=busy_seconds,
        lock_type="IMMEDIATE",  # every write transaction takes the write lock up front
        check_same_thread=False,  # the GUI's worker threads open their own connections
    )
    try:
        db.connect()
        # Another program's write lock does not stop readers of a WAL file: take the write lock
        # once (waiting up to busy_seconds), so a file that cannot be saved to is refused now.
        with db.atomic():
            pass
        database_proxy.initialize(db)
        if state.schema_version is None:
            migrations.create_schema(db)
        elif state.schema_version < migrations.SCHEMA_VERSION:
            backup = backup_file(db, backup_path(path, state.schema_version))
            try:
                migrations.upgrade(db, state.schema_version)
            except Exception as exc:  # each step is one transaction: the failed one rolled back
                raise DatabaseError(
                    f"{path} could not be upgraded from schema {state.schema_version} ({exc}); "
                    f"the failed step was undone and the file as it was is kept as {backup.name}."
                ) from exc
    except DatabaseError:
        db.close()
        raise
    except sqlite3.Error as exc:
        db.close()
        raise _explain(path, exc) from exc
    except Exception as exc:  # peewee wraps sqlite3 errors in its own classes
        db.close()
        cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else None
        if cause is not None or "locked" in str(exc).lower():
            raise _explain(path, cause or sqlite3.OperationalError(str(exc))) from exc
        raise
    return db


def open_read_only(path: Path, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> SqliteDatabase:
    """A connection for work that only reads, such as an export in a worker process: the file is
    checked as open_database checks it, but never created, upgraded or locked for writing (the
    window that started the worker has it open), and SQLite refuses every change (query_only).

    Not `mode=ro`: a read-only connection to a WAL file cannot remove the -wal and -shm files it
    creates, so they would stay beside the database after an export."""
    path = Path(path).expanduser().resolve()
    state = inspect_file(path, busy_seconds)
    if state.schema_version is None:
        raise DatabaseError(f"There is no QA Desktop database at {path}.")
    if state.schema_version < migrations.SCHEMA_VERSION:
        raise DatabaseError(f"{path} has an older schema: open it in QA Desktop once first.")
    db = SqliteDatabase(
        str(path),
        pragmas={"cache_size": PRAGMAS["cache_size"], "query_only": 1},
        timeout=busy_seconds,
    )
    try:
        db.connect()
    except Exception as exc:  # peewee wraps sqlite3's errors in its own classes
        raise _explain(path, sqlite3.OperationalError(str(exc))) from exc
    return db


def close_database(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.before-upgrade-v{version}-{stamp}{path.suffix}")


def backup_file(db: SqliteDatabase, target: Path) -> Path:
    """A consistent copy through SQLite's online backup, written beside and moved into place."""
    temp = target.with_name(target.name + ".tmp")
    source = db.connection()
    dest = sqlite3.connect(str(temp))
    try:
        source.backup(dest)
    finally:
        dest.close()
    os.replace(temp, target)
    return target


def check_database(path: Path | str) -> list[str]:
    """Problems found by integrity_check, foreign_key_check and the schema version; [] if none."""
    path = Path(path)
    if not path.exists():
        raise DatabaseError(f"There is no database at {path}.")
    state = inspect_file(path)
    if state.schema_version is None:
        return [f"{path} is empty: it holds no QA Desktop data."]
    problems: list[str] = []
    conn = _read_only(path)
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
