"""Files we write (exports, packs, backups) appear whole or not at all, and never over a database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qa_desktop.core.errors import UserError

# First bytes of SQLite's own files: a database, its write-ahead log, a rollback journal.
SQLITE_HEADERS = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83",
                  b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")  # fmt: skip
SIDE_FILES = ("-wal", "-shm", "-journal")


def check_target(target: Path | str, suffix: str | None = None) -> Path:
    """The resolved path an export may be written to, or UserError with one sentence.

    An export never replaces a database: not the one open (nor its -wal/-shm, even through a
    symbolic or hard link), not a backup, not any SQLite file, whatever its name. `suffix`
    (".xlsx"): the name must end so, so the file opens with the right program."""
    target = Path(target).expanduser()
    if suffix is not None and target.suffix.lower() != suffix:
        raise UserError(f"Give a file name that ends in {suffix} ({target.name} does not).")
    target = target.resolve()
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name to write.")
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist.")
    if not os.access(target.parent, os.W_OK):
        raise UserError(f"The folder {target.parent} is read-only.")
    database = _database_behind(target)
    if database is not None:
        raise UserError(
            f"{target} is a QA Desktop or SQLite database file ({database.name}); an export "
            "never replaces a database: choose another file name."
        )
    return target


def _database_behind(target: Path) -> Path | None:
    """The database `target` is, or belongs to; None if it is free to write."""
    from qa_desktop.core.db import open_files

    for database in open_files():
        for path in (database, *(database.with_name(database.name + s) for s in SIDE_FILES)):
            if target == path or _same_file(target, path):
                return database
    if _starts_like_sqlite(target):
        return target
    for side in SIDE_FILES:  # e.g. X.sqlite-shm, which has no header of its own
        if target.name.endswith(side):
            owner = target.with_name(target.name.removesuffix(side))
            if _starts_like_sqlite(owner):
                return owner
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:  # missing or unreadable: nothing of ours to protect there
        return False
    return any(head.startswith(magic) for magic in SQLITE_HEADERS)


@contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target`; move it into place only if the block succeeds.

    Refused before anything is written where `check_target` refuses."""
    target = check_target(target)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temp = Path(name)
    # mkstemp makes the file private (0600); an export on a shared folder should read like any
    # other file the user saves, so apply the user's umask instead.
    umask = os.umask(0)
    os.umask(umask)
    temp.chmod(0o666 & ~umask)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
