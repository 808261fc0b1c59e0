"""The page check of the file a start-up will open, begun before the start-up imports its window;
and the read-only connection every look at a file before it is opened uses.

Opening the database runs SQLite's quick_check, which reads every page (db.inspect_file): at
100,000 complaints it costs about as much as importing and building the whole window
(benchmarks/open.py, benchmarks/register.py). SQLite reads without holding Python's lock, so the
check can run on a thread of its own while the interpreter imports the screens; this module
imports nothing of QA Desktop, so the thread is reading pages at once. Nothing is weakened:
`open_database(page_check=…)` waits for the verdict before its connection opens (nothing reads
or writes the file through the app, and no window shows, until the pages passed), and anything
but a clean "ok" (a damaged page, a lock, no file yet) makes it check the pages itself as it
always has, so a damaged file is refused with the same sentence, in the window's language.
"""

from __future__ import annotations

import sqlite3
import threading
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
    """`PRAGMA quick_check` of `path` on a thread, started at once."""

    def __init__(self, path: Path, busy_seconds: float = 5.0) -> None:
        self.path = Path(path).expanduser().resolve()
        self._busy_seconds = busy_seconds
        self._passed = False
        self._thread = threading.Thread(target=self._run, name="page check", daemon=True)
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

    def passed(self, path: Path) -> bool:
        """Wait for the check; whether it found every page of `path` sound."""
        self._thread.join()
        return self._passed and Path(path).expanduser().resolve() == self.path
