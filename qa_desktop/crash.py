"""Crash reports: what a bug leaves behind for whoever looks into it, instead of a traceback on
the user's screen. One file per crash in the user's data folder (logs/), the newest 20 kept."""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from qa_desktop import __version__
from qa_desktop.paths import data_dir

KEEP = 20


def write_report(exc: BaseException) -> Path | None:
    """Write the traceback of `exc` to a new report file; its path, or None if that failed too."""
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = folder / f"crash-{stamp}.txt"
        text = "".join(traceback.format_exception(exc))
        path.write_text(f"QA Desktop {__version__}\n{text}", "utf-8")
        for old in sorted(folder.glob("crash-*.txt"))[:-KEEP]:
            old.unlink(missing_ok=True)
        return path
    except OSError:  # the disk is full or the folder unwritable: the sentence still shows
        return None
