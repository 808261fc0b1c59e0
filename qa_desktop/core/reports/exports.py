"""Exports as work for a worker process (core.worker): picklable functions that open the
database from its path (a connection cannot cross processes) and import their writer only when
they run, so that the window that starts them never pays for openpyxl or ReportLab."""

from __future__ import annotations

from pathlib import Path

from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.worker import IsCancelled, Progress


def export_register_file(
    db_path: Path,
    query: RegisterQuery,
    out: Path,
    lang: str,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Path:
    """The register for `query` as a workbook at `out` (register_xlsx.export_register), read
    from the database at `db_path` over a read-only connection; returns `out`."""
    from qa_desktop.core.db import close_database, open_read_only
    from qa_desktop.core.reports.register_xlsx import export_register

    db = open_read_only(db_path)
    try:
        export_register(db, query, out, lang, progress, cancelled)
    finally:
        close_database(db)
    return out
