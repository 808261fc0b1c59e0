"""Faults that are not the user's mistake, as one sentence: a busy, full, read-only or damaged
database, or a disk that failed under it.

SQLite reports them as exceptions with an error code (Python 3.11 gives `sqlite_errorname`);
Peewee wraps those in its own classes with the original as the first argument. This is the one
place that reads them, so every service (through `services.context.write`), the CLI and the
window say the same thing. SQLite-specific by nature: a PostgreSQL backend (ROADMAP step 7)
swaps this module.
"""

from __future__ import annotations

import errno
import sqlite3

import peewee

from qa_desktop.core.errors import DatabaseError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Faults"

BUSY = QT_TRANSLATE_NOOP(
    "Faults",
    "The database is busy: another program is writing to it. Nothing was saved; try again.",
)
FULL = QT_TRANSLATE_NOOP(
    "Faults",
    "The disk that holds the database is full. Nothing was saved; free some space and try again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Faults", "The database cannot be written to: it is read-only. Nothing was saved."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Faults",
    "The database file is damaged. Nothing was saved; close QA Desktop and restore the file "
    "from a backup.",
)
DISK = QT_TRANSLATE_NOOP(
    "Faults",
    "The database could not be read or written (a disk or network drive error). Nothing was "
    "saved; check the drive and try again.",
)
CONFLICT = QT_TRANSLATE_NOOP(
    "Faults",
    "The change clashes with data saved at the same time. Nothing was saved; try again.",
)
OTHER = QT_TRANSLATE_NOOP(
    "Faults", "The database refused the change ({detail}). Nothing was saved."
)

# SQLite's primary result codes (the extended ones carry them in their names' prefix).
_SENTENCES = {
    "SQLITE_BUSY": BUSY,
    "SQLITE_LOCKED": BUSY,
    "SQLITE_FULL": FULL,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": DAMAGED,
    "SQLITE_IOERR": DISK,
    "SQLITE_CANTOPEN": DISK,
    "SQLITE_CONSTRAINT": CONFLICT,
}
# Older builds, or errors raised without a code: their texts.
_TEXTS = (
    ("locked", BUSY),
    ("busy", BUSY),
    ("full", FULL),
    ("readonly", READ_ONLY),
    ("read-only", READ_ONLY),
    ("malformed", DAMAGED),
    ("not a database", DAMAGED),
    ("disk i/o", DISK),
    ("constraint", CONFLICT),
)


def sqlite_errors(exc: BaseException | None) -> list[sqlite3.Error]:
    """The sqlite3 errors behind `exc`, outermost first: itself, Peewee's wrapper of one, and
    what it was raised while handling (a failed ROLLBACK hides the fault that caused it)."""
    found: list[sqlite3.Error] = []
    for link in _chain(exc):
        if isinstance(link, sqlite3.Error):
            found.append(link)
        elif isinstance(link, peewee.PeeweeException) and _wraps_sqlite(link):
            found.append(link.args[0])
    return found


def sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error that says what went wrong (see `sqlite_errors`), or None."""
    errors = sqlite_errors(exc)
    known = [error for error in errors if _sentence(error) is not OTHER]
    return (known or errors or [None])[0]


def explain(exc: BaseException, lang: str | None = None) -> DatabaseError | None:
    """One sentence for a database or disk fault; None if `exc` is not one (then it is a bug)."""
    if isinstance(exc, DatabaseError):
        return exc
    error = sqlite_error(exc)
    if error is None:
        if any(isinstance(e, OSError) and e.errno == errno.ENOSPC for e in _chain(exc)):
            return DatabaseError(translate(CONTEXT, FULL, lang))
        if not isinstance(exc, peewee.DatabaseError | peewee.InterfaceError):
            return None
        error = sqlite3.DatabaseError(str(exc))
    return DatabaseError(translate(CONTEXT, _sentence(error), lang).format(detail=error))


def _wraps_sqlite(exc: BaseException) -> bool:
    """Peewee's wrapper holds SQLite's original error as its first argument."""
    return bool(exc.args) and isinstance(exc.args[0], sqlite3.Error)


def _chain(exc: BaseException | None) -> list[BaseException]:
    """`exc` and what it was raised from or while handling, outermost first."""
    chain: list[BaseException] = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    return chain


def _sentence(error: sqlite3.Error) -> str:
    name = getattr(error, "sqlite_errorname", "") or ""
    for code, sentence in _SENTENCES.items():
        if name == code or name.startswith(code + "_"):
            return sentence
    text = str(error).lower()
    return next((sentence for words, sentence in _TEXTS if words in text), OTHER)
