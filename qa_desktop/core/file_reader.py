"""A look into the database file through sqlite3 alone, read-only: what a start-up's first paint
reads (the account signing in, the register's first screen) before Peewee and the models load.

They cost about a third of a start-up (benchmarks/register.py), and the first screen needs
neither: the register is SQL (core/register.py), which asks of its connection only Peewee's
`execute_sql`, `cursor` and `atomic`. Once the window is painted the start-up opens the file
through core/db.py, and the window reads through that from then on (app.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from qa_desktop.core.db_file import DEFAULT_BUSY_SECONDS, inspect_file
from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.schema_version import SCHEMA_VERSION


class FileReader:
    """A connection that only reads (SQLite refuses any change: query_only), with the calls the
    register's SQL makes of Peewee's Database."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection = connection

    def execute_sql(self, sql: str, params: Sequence[object] | None = None) -> sqlite3.Cursor:
        return self._connection.execute(sql, params or ())

    def cursor(self) -> sqlite3.Cursor:
        return self._connection.cursor()

    @contextmanager
    def atomic(self, lock_type: str = "DEFERRED") -> Iterator[None]:
        """One read transaction: what is read inside it agrees (the register's count and its
        first ids). `lock_type` is Peewee's argument; a reader only ever defers."""
        del lock_type
        self._connection.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            self._connection.execute("COMMIT")  # a read: nothing to keep or roll back

    def close(self) -> None:
        self._connection.close()


def open_reader(path: Path, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> FileReader | None:
    """A reader of the database at `path`, or None when the file needs more than a look: not
    there yet, refused by `inspect_file`, to be upgraded, or not readable as it is. The open
    through core/db.py then makes, upgrades or refuses it, with its sentence."""
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        return None
    try:
        if inspect_file(path, busy_seconds).schema_version != SCHEMA_VERSION:
            return None
        connection = sqlite3.connect(path, timeout=busy_seconds, isolation_level=None)
    except (DatabaseError, sqlite3.Error, OSError):
        return None
    try:
        connection.execute("PRAGMA query_only = 1")
    except sqlite3.Error:
        connection.close()
        return None
    return FileReader(path, connection)
