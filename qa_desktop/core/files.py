"""Files we write (exports, packs, backups) appear whole or not at all and never over a database,
and what a killed process left half-written (a `.part` beside the target, its scratch folder)
is removed later."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from qa_desktop import paths
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# A leftover whose owner still seems alive is removed after this long all the same: the PID may
# have been reused by another program, or the name is from before owners were recorded.
STALE_AFTER_SECONDS = 2 * 24 * 3600

# First bytes of SQLite's own files: a database, its write-ahead log, a rollback journal.
SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADERS = (SQLITE_MAGIC, b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83",
                  b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")  # fmt: skip
SIDE_FILES = ("-wal", "-shm", "-journal")
# What the disk an export is written to can answer: full, too large for it, failing, gone
# read-only or refused to us. Other OSErrors raised while writing are not the disk's.
_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
WRITE_FAULTS = _FULL | {errno.EIO, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENXIO}


def check_target(target: Path | str, suffix: str | None = None) -> Path:
    """The resolved path an export may be written to, or UserError with one sentence.

    An export never replaces a database: not the one open (nor its -wal/-shm, even through a
    symbolic or hard link), not a backup, not any SQLite file, whatever its name. `suffix`
    (".xlsx"): the name must end so, so the file opens with the right program."""
    target = Path(target).expanduser()
    if suffix is not None and target.suffix.lower() != suffix:
        raise _refused(
            QT_TRANSLATE_NOOP("Files", "Give a file name that ends in {suffix} ({name} does not)."),
            suffix=suffix,
            name=target.name,
        )
    target = target.resolve()
    if target.is_dir():
        raise _refused(
            QT_TRANSLATE_NOOP("Files", "{target} is a folder; give a file name to write."),
            target=target,
        )
    if not target.parent.is_dir():
        raise _refused(
            QT_TRANSLATE_NOOP("Files", "The folder {folder} does not exist."), folder=target.parent
        )
    if not os.access(target.parent, os.W_OK):
        raise _refused(
            QT_TRANSLATE_NOOP("Files", "The folder {folder} is read-only."), folder=target.parent
        )
    database = _database_behind(target)
    if database is not None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Files",
                "{target} is a QA Desktop or SQLite database file ({database}); an export never "
                "replaces a database: choose another file name.",
            ),
            target=target,
            database=database.name,
        )
    return target


def _refused(message: str, **values: object) -> UserError:
    return UserError(translate("Files", message).format(**values))


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
    remove_stale_parts(target)
    # The owner's PID in the name: a later export can tell a killed export's leftover.
    prefix = f"{_part_prefix(target)}{os.getpid()}."
    try:
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _not_written(target, exc) from exc
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
    except OSError as exc:
        if exc.errno not in WRITE_FAULTS:
            raise  # not the disk's: e.g. Pillow's OSError for a picture it cannot read
        raise _not_written(target, exc) from exc
    finally:
        temp.unlink(missing_ok=True)


def _not_written(target: Path, exc: OSError) -> UserError:
    """A write fault of the export's own disk (a full USB stick, a drive pulled out): said of
    the file being written, not of the database, which nothing here touched."""
    if exc.errno in _FULL:
        return _refused(
            QT_TRANSLATE_NOOP(
                "Files",
                "There is no room for {name} on its disk: nothing was written; free some "
                "space or choose another place.",
            ),
            name=target.name,
        )
    return _refused(
        QT_TRANSLATE_NOOP(
            "Files", "{name} could not be written ({reason}): nothing was written there."
        ),
        name=target.name,
        reason=exc.strerror or type(exc).__name__,
    )


def read_file(path: Path | str, limit: int) -> bytes:
    """The bytes of the file a person named, at most `limit` + 1 of them (so the caller can
    refuse a larger one, even one still growing). OSError for a folder, a pipe or a device:
    reading a pipe would wait for a writer forever, so it is opened without waiting and
    looked at before a byte is read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OSError(errno.EINVAL, "it is a folder, a pipe or a device", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        with os.fdopen(handle, "rb", closefd=False) as reader:
            return reader.read(limit + 1)
    finally:
        os.close(handle)


def _part_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_stale_parts(target: Path | str) -> list[Path]:
    """Remove the `.NAME.<pid>.*.part` files beside `target` whose process is gone (killed
    mid-export: atomic_output never got to remove them); return what was removed."""
    target = Path(target).expanduser().resolve()
    prefix = _part_prefix(target)
    removed = []
    with suppress(OSError):  # an unreadable folder: atomic_output reports it
        for entry in os.scandir(target.parent):
            if entry.name.startswith(prefix) and entry.name.endswith(".part"):
                owner = entry.name[len(prefix) : -len(".part")].split(".")[0]
                if _is_stale(Path(entry.path), owner) and _remove(Path(entry.path)):
                    removed.append(Path(entry.path))
    return removed


def remove_stale_scratch() -> list[Path]:
    """Remove the scratch folders (paths.scratch_dir) of processes that are gone."""
    root = paths.scratch_root()
    ours = f"{os.getpid()}-"
    removed = []
    with suppress(OSError):  # no scratch folder yet
        for entry in os.scandir(root):
            if entry.name.startswith(ours) or not entry.is_dir(follow_symlinks=False):
                continue
            folder = Path(entry.path)
            if _is_stale(folder, entry.name.split("-")[0]):
                shutil.rmtree(folder, ignore_errors=True)
                if not folder.exists():
                    removed.append(folder)
    return removed


def remove_old_opened(older_than_seconds: float = 24 * 3600) -> None:
    """Remove copies of attachments opened in the PC's viewer more than a day ago."""
    root = paths.opened_dir()
    cutoff = time.time() - older_than_seconds
    with suppress(OSError):
        for folder in root.iterdir():
            if folder.is_dir() and _newest_change(folder) < cutoff:
                shutil.rmtree(folder, ignore_errors=True)


def _is_stale(path: Path, owner: str) -> bool:
    """Whether the process `owner` (a PID as text; anything else: unknown) left `path` behind."""
    if owner.isdigit() and int(owner) != os.getpid() and not process_alive(int(owner)):
        return True
    return time.time() - _newest_change(path) > STALE_AFTER_SECONDS


def _newest_change(path: Path) -> float:
    """When `path`, or for a folder anything directly in it, last changed."""
    try:
        newest = path.stat().st_mtime
        if path.is_dir():
            for entry in os.scandir(path):
                newest = max(newest, entry.stat(follow_symlinks=False).st_mtime)
    except OSError:
        return time.time()  # vanishing as we look: its owner is at work
    return newest


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:  # gone meanwhile, or still open on Windows: the next export tries again
        return False
    return True


def process_alive(pid: int) -> bool:
    """Whether process `pid` is still running (on Linux, a killed child not yet reaped by its
    parent counts as gone: it writes nothing more)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # not Linux
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"  # Z: a zombie


def _windows_process_alive(pid: int) -> bool:
    """OpenProcess + WaitForSingleObject: on Windows os.kill(pid, 0) would end the process."""
    import ctypes
    from ctypes import wintypes

    synchronize, query_limited_information = 0x00100000, 0x1000
    error_access_denied, wait_timeout = 5, 0x102
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.WaitForSingleObject.restype = wintypes.DWORD
    kernel32.WaitForSingleObject.argtypes = (wintypes.HANDLE, wintypes.DWORD)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(synchronize | query_limited_information, False, pid)
    if not handle:  # no such process, or one we may not look at (which therefore exists)
        return ctypes.get_last_error() == error_access_denied
    try:
        return kernel32.WaitForSingleObject(handle, 0) == wait_timeout
    finally:
        kernel32.CloseHandle(handle)
