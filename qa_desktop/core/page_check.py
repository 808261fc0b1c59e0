"""The page check of the file a start-up will open, begun before the start-up imports its window;
its verdict, which every write waits for; and the read-only connection every look at a file
before it is opened uses.

Opening the database runs SQLite's quick_check, which reads every page (db.inspect_file): at
100,000 complaints it costs about twice what importing and building the whole window costs
(benchmarks/open.py, benchmarks/register.py). SQLite reads without holding Python's lock, so the
check runs on a thread of its own; this module imports nothing of QA Desktop. What the check
protects is the file's writes: a write to a damaged page spreads the damage. So
`open_database(page_check=…)` opens at once (a file to be upgraded waits: an upgrade rewrites
it), and every write transaction of that database first waits for the verdict
(`PendingPages.confirm`). A start-up begins the check once its window is painted, or when the
sign-in dialog waits for a person (app.py). Anything but a clean "ok" (a damaged page, a lock, no
file yet) makes the open's own check run, as it always has, so a damaged file is refused with
the same sentence, in the window's language; the window says it and closes once the verdict is
in.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path


def read_only_connection(path: Path, busy_seconds: float) -> sqlite3.Connection:
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


class PageCheck:
    """`PRAGMA quick_check` of `path` on a thread: begun at once, or by `begin()` when
    `begin_now` is False (a start-up begins it once its window is painted: on a busy two-core
    PC the check's thread took the core the start-up needed, measured in benchmarks/register.py,
    and nothing waits for the verdict before the first write)."""

    def __init__(self, path: Path, busy_seconds: float = 5.0, *, begin_now: bool = True) -> None:
        self.path = Path(path).expanduser().resolve()
        self._busy_seconds = busy_seconds
        self._passed = False
        self._thread = threading.Thread(target=self._run, name="page check", daemon=True)
        self._begun = threading.Lock()
        if begin_now:
            self.begin()

    def begin(self) -> None:
        """Start reading the pages (once; later calls do nothing)."""
        if self._begun.acquire(blocking=False):
            self._thread.start()

    def _run(self) -> None:
        try:
            if not self.path.is_file():
                return
            conn = read_only_connection(self.path, self._busy_seconds)
            try:
                first = conn.execute("PRAGMA quick_check(1)").fetchone()
            finally:
                conn.close()
        except (OSError, sqlite3.Error):  # said by the open, which then checks the pages itself
            return
        self._passed = first is not None and first[0] == "ok"

    def finished(self) -> bool:
        """Whether the verdict is in (without waiting for it)."""
        return self._begun.locked() and not self._thread.is_alive()

    def passed(self, path: Path) -> bool:
        """Wait for the check (begun now if it was not yet); whether it found every page of
        `path` sound."""
        self.begin()
        self._thread.join()
        return self._passed and Path(path).expanduser().resolve() == self.path


class PendingPages:
    """The verdict on an open database's pages, still to come when it opened.

    `confirm()` waits for the thread's check; unless that found every page sound it runs
    `check_pages` (the open's own check, which raises the damage sentence), once. A refusal
    is kept: every later confirm raises it again, so no write ever reaches a damaged file."""

    def __init__(self, path: Path, check: PageCheck, check_pages: Callable[[], None]) -> None:
        self.path = path
        self._check = check
        self._check_pages = check_pages
        self._lock = threading.Lock()
        self._confirmed = False
        self._refusal: Exception | None = None

    def finished(self) -> bool:
        """Whether `confirm()` would answer without waiting for the thread."""
        return self._confirmed or self._refusal is not None or self._check.finished()

    @property
    def confirmed(self) -> bool:
        """Whether the pages are known sound (a refusal is not: `confirm()` raises it again)."""
        return self._confirmed

    def confirm(self) -> None:
        """Return once the pages are known sound; raise the refusal if they are not."""
        if self._confirmed:  # every write asks: the answer once known costs nothing
            return
        with self._lock:  # the GUI's worker threads write too
            if self._refusal is not None:
                raise self._refusal
            if self._confirmed:
                return
            if not self._check.passed(self.path):
                try:
                    self._check_pages()
                except Exception as exc:
                    self._refusal = exc
                    raise
            self._confirmed = True
