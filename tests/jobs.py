"""Work for worker-process tests: module-level functions, as `spawn` must import them in the
child (this module imports no Qt, so the child starts fast)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from qa_desktop import paths
from qa_desktop.core.errors import UserError
from qa_desktop.core.files import atomic_output
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.reports.exports import export_register_file


def count_to(n: int, progress, cancelled) -> str:
    for i in range(1, n + 1):
        if cancelled():
            from qa_desktop.core.errors import Cancelled

            raise Cancelled()
        progress(i, n)
    return f"counted to {n} in {os.getpid()}"


def refuse(progress, cancelled) -> None:
    raise UserError("The folder X: is read-only.")


def crash(progress, cancelled) -> None:
    raise ValueError("a bug\nwith a second line")


def vanish(progress, cancelled) -> None:
    os._exit(3)


def hold_files_and_ignore_cancel(target: Path, progress, cancelled) -> None:
    """Like an export deep in a library call: a .part and scratch files, no cancel checks."""
    with atomic_output(target) as temp:
        temp.write_bytes(b"half")
        (paths.scratch_dir() / "rows.xml").write_bytes(b"<row/>")
        progress(1, 2)
        time.sleep(600)


def export_then_stall(db_path: Path, out: Path, progress, cancelled) -> None:
    """The real register export, stalling for good after its first chunk (to be killed)."""

    def stall(done: int, total: int) -> None:
        progress(done, total)
        time.sleep(600)

    export_register_file(db_path, RegisterQuery(), out, "en", stall, cancelled)
