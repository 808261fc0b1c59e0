"""Exports as work for a worker process (core.worker): picklable functions that open the
database from its path (a connection cannot cross processes) and import their writer only when
they run, so that the window that starts them never pays for openpyxl or ReportLab. The visit
printouts also have in-process writers (write_confirmation, write_visit_report) for the CLI
and for work that runs beside the models' own connection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.worker import IsCancelled, Progress

if TYPE_CHECKING:
    from peewee import Database

    from qa_desktop.core.models import Visit
    from qa_desktop.core.reports.pdf_result import PdfExport


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


def export_tracking_file(
    db_path: Path,
    query: RegisterQuery,
    out: Path,
    lang: str,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Path:
    """The tracking table for `query` as a workbook at `out` (tracking_xlsx.export_tracking),
    read from the database at `db_path` over a read-only connection; returns `out`. The
    department's clock rules are read through the models, bound to that connection."""
    from qa_desktop.core.reports.tracking_xlsx import export_tracking

    with _models_on(db_path) as db:
        export_tracking(db, query, out, lang, progress, cancelled)
    return out


# ----- the site-visit printouts ------------------------------------------------------------------
def write_confirmation(
    visit: Visit, out: Path, lang: str, *, blank: bool = False, clock: Clock = utc_now
) -> PdfExport:
    """The visit's quantity confirmation (or, `blank`, the sheet to sign on paper) at `out`,
    read over the models' connection of this process. Refused in one sentence, before
    ReportLab loads and before anything is written, when there is nothing to print."""
    from qa_desktop.core.services.visit_sheets import confirmation_sheet

    sheet = confirmation_sheet(visit, blank=blank, clock=clock)  # refused in the UI language
    from qa_desktop.core.reports.confirmation_pdf import export_confirmation_pdf

    return export_confirmation_pdf(sheet, out, lang)


def write_visit_report(visit: Visit, out: Path, lang: str, clock: Clock = utc_now) -> PdfExport:
    """The visit's site-visit report at `out` (see write_confirmation)."""
    from qa_desktop.core.services.visit_sheets import visit_report

    report = visit_report(visit, clock)
    from qa_desktop.core.reports.visit_report_pdf import export_visit_report_pdf

    return export_visit_report_pdf(report, out, lang)


def export_confirmation_file(
    db_path: Path,
    visit_uuid: str,
    out: Path,
    lang: str,
    blank: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> PdfExport:
    """Worker-process work (core.worker): write_confirmation for the visit `visit_uuid`, read
    from the database at `db_path` over a read-only connection."""
    with _models_on(db_path):
        from qa_desktop.core.services.visits import stored

        return write_confirmation(stored(visit_uuid), out, lang, blank=blank)


def export_visit_report_file(
    db_path: Path,
    visit_uuid: str,
    out: Path,
    lang: str,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> PdfExport:
    """Worker-process work (core.worker): write_visit_report for the visit `visit_uuid`."""
    with _models_on(db_path):
        from qa_desktop.core.services.visits import stored

        return write_visit_report(stored(visit_uuid), out, lang)


# ----- the quality abnormality notice --------------------------------------------------------------
def write_notice(
    case_no: str,
    out: Path,
    lang: str,
    reply_by: date | None = None,
    clock: Clock = utc_now,
) -> PdfExport:
    """The complaint's quality abnormality notice at `out`, read over the models' connection of
    this process; refused in one sentence, before ReportLab loads and before anything is
    written, when it has no one to go to."""
    from qa_desktop.core.services.abnormality_notices import notice_for

    notice = notice_for(case_no, reply_by, clock)
    from qa_desktop.core.reports.abnormality_notice_pdf import export_notice_pdf

    return export_notice_pdf(notice, out, lang)


def export_notice_file(
    db_path: Path,
    case_no: str,
    out: Path,
    lang: str,
    reply_by: date | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> PdfExport:
    """Worker-process work (core.worker): write_notice, read from the database at `db_path`
    over a read-only connection."""
    with _models_on(db_path):
        return write_notice(case_no, out, lang, reply_by)


@contextmanager
def _models_on(db_path: Path) -> Iterator[Database]:
    """The models bound to a read-only connection for the work's length. Only in a worker
    process, whose models are bound to nothing: rebinding them under a window would move its
    every thread to this connection."""
    from qa_desktop.core.db import close_database, open_read_only
    from qa_desktop.core.models import database_proxy

    if database_proxy.obj is not None:
        raise RuntimeError(
            "this export runs in a worker process (core.worker), not beside a window"
        )
    db = open_read_only(db_path)
    database_proxy.initialize(db)
    try:
        yield db
    finally:
        database_proxy.initialize(None)
        close_database(db)
