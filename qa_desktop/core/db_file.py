"""The database file before it is opened: what a look at it refuses, read-only and with one
sentence each (a missing file, a folder, another program's file, a newer or damaged one), and
the sentences for what went wrong with it.

Apart from core/db.py (which opens the file through Peewee), so that a start-up can look at the
file, and read its first screen through a read-only connection (core/file_reader.py), before
Peewee and the models are imported.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.files import SQLITE_MAGIC
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.page_check import read_only_connection
from qa_desktop.core.schema_version import SCHEMA_VERSION

DEFAULT_BUSY_SECONDS = 5.0

READ_ONLY = QT_TRANSLATE_NOOP("Database", "{path} is read-only: QA Desktop needs to write to it.")


def refused(message: str, **values: object) -> DatabaseError:
    """One sentence in the user's language (`message` marked under the context "Database")."""
    return DatabaseError(translate("Database", message).format(**values))


def damaged(path: Path, found: str) -> DatabaseError:
    message = QT_TRANSLATE_NOOP("Database", "{path} is damaged ({found}); nothing was changed.")
    return DatabaseError(
        f"{translate('Database', message).format(path=path, found=found)} {restore_hint(path)}"
    )


class FileState(NamedTuple):
    schema_version: int


def inspect_file(
    path: Path, busy_seconds: float = DEFAULT_BUSY_SECONDS, *, check_pages: bool = False
) -> FileState:
    """Look at an existing database file read-only and refuse, with one sentence, anything we
    cannot use: a missing file, a folder, an empty file, another program's file, a newer one, a
    locked or damaged one. `check_pages` runs SQLite's quick_check (every page read once).

    Nothing is written: the checks run on a read-only connection before the real one opens. A
    file that exists is never turned into a database, not even an empty one: only
    `open_database(create=True)` makes one, and only where no file is."""
    if not path.exists():
        raise refused(QT_TRANSLATE_NOOP("Database", "There is no database at {path}."), path=path)
    if path.is_dir():
        raise refused(
            QT_TRANSLATE_NOOP("Database", "{path} is a folder, not a database file."), path=path
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if not header:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} is an empty file, not a QA Desktop database: choose another file, or "
                "delete this one to start a new database there.",
            ),
            path=path,
        )
    if header != SQLITE_MAGIC:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Database", "{path} is not a QA Desktop database (it is not an SQLite file)."
            ),
            path=path,
        )
    try:
        conn = read_only_connection(path, busy_seconds)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "meta" not in tables:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "{path} is an SQLite file of another program, not a QA Desktop database.",
                    ),
                    path=path,
                )
            row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if check_pages:
                quick_check(path, conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from exc
    if row is None:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Database", "{path} has no schema version: it is not a QA Desktop database."
            ),
            path=path,
        )
    try:
        version = int(row[0])
    except ValueError:
        raise refused(
            QT_TRANSLATE_NOOP("Database", "{path} has an unreadable schema version ({version})."),
            path=path,
            version=repr(row[0]),
        ) from None
    if version > SCHEMA_VERSION:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} was written by a newer QA Desktop (schema {version}; this version reads "
                "up to {current}): install the newer version to open it.",
            ),
            path=path,
            version=version,
            current=SCHEMA_VERSION,
        )
    return FileState(schema_version=version)


def quick_check(path: Path, conn: sqlite3.Connection) -> None:
    """Refuse a file with a damaged page now, before the first save stumbles on it.

    quick_check reads every page and checks the b-trees (not that indexes match their rows:
    `qa-desktop check` does that); at 100,000 complaints it costs what benchmarks/open.py says."""
    first = conn.execute("PRAGMA quick_check(1)").fetchone()
    if first is not None and first[0] != "ok":
        found = " ".join(str(first[0]).replace("***", " ").split())[:160]
        raise damaged(path, found)


def restore_hint(path: Path) -> str:
    """What to do with a damaged file: restore a backup, naming the newest one beside it."""
    backups = sorted(
        path.parent.glob(f"{path.stem}.before-upgrade-*{path.suffix}"),
        key=lambda p: p.stat().st_mtime,
    )
    if backups:
        return translate(
            "Database",
            QT_TRANSLATE_NOOP("Database", "Restore it from a backup, e.g. {name} beside it."),
        ).format(name=backups[-1].name)
    return translate("Database", QT_TRANSLATE_NOOP("Database", "Restore it from a backup."))


def explain(path: Path, exc: sqlite3.Error) -> DatabaseError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return refused(
            QT_TRANSLATE_NOOP(
                "Database", "{path} is locked by another running program; close it and try again."
            ),
            path=path,
        )
    if "readonly" in text or "read-only" in text:
        return refused(READ_ONLY, path=path)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return damaged(path, str(exc))
    return refused(
        QT_TRANSLATE_NOOP("Database", "{path} cannot be opened: {error}."), path=path, error=exc
    )


def check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise refused(READ_ONLY, path=path)
    if not os.access(folder, os.W_OK):
        raise refused(
            QT_TRANSLATE_NOOP(
                "Database",
                "The folder {folder} is read-only: QA Desktop needs to write its database there.",
            ),
            folder=folder,
        )
