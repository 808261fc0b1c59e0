"""A complaint's 8D → what the customer's 8D report states (reports/eightd_report.py), and
writing it. Reading only: nothing here writes to the database.

The report is built from the customer's view of the 8D (core/eightd.customer_view) and the
case facts, which hold only customer-facing fields; photos are the print copies of the media
the 8D's D2 names (only the print-copy column is read: an original may be 12 MP)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now, zone_label
from qa_desktop.core.documents import Instant, instant_text
from qa_desktop.core.eightd import customer_view
from qa_desktop.core.models import Media
from qa_desktop.core.reports.eightd_report import EightDReport, ReportStep
from qa_desktop.core.services.eightd import read_8d
from qa_desktop.core.services.eightd_facts import case_facts

if TYPE_CHECKING:
    from qa_desktop.core.reports.pdf_result import PdfExport

PHOTO_FIELDS = ("photos_nok", "photos_ok")


def eightd_report(
    complaint_id: int,
    revision: str = "",
    issued_on: date | None = None,
    clock: Clock = utc_now,
    lang: str = "en",
) -> EightDReport:
    """The report of complaint `complaint_id`: `revision` "" for a draft not issued."""
    now = clock()
    view = read_8d(complaint_id, lang)
    content = customer_view(view.content)
    zone = settings.department_zone()
    steps = tuple(
        ReportStep(
            number=state.step,
            completed_on=state.completed_at.astimezone(zone).date() if state.completed_at else None,
            completed_by=state.completed_by_name,
            filled=content.filled(state.step),
        )
        for state in view.steps
    )
    wanted = {
        row["photo"] for key in PHOTO_FIELDS for row in content.value(2, key) if "photo" in row
    }
    photos = {
        sha: bytes(copy)
        for sha, copy in Media.select(Media.sha256, Media.print_copy)
        .where(Media.sha256.in_(sorted(wanted)))
        .tuples()
        if copy
    }
    return EightDReport(
        facts=case_facts(complaint_id, lang),
        content=content,
        steps=steps,
        photos=photos,
        revision=revision,
        issued_on=issued_on,
        printed_at=_when(now),
        printed=now,
    )


def write_eightd_report(
    complaint_id: int,
    out: Path | str,
    lang: str = "zh_CN",
    revision: str = "",
    issued_on: date | None = None,
    clock: Clock = utc_now,
) -> PdfExport:
    """The report at `out`, whole or not at all; ReportLab loads only here."""
    report = eightd_report(complaint_id, revision, issued_on, clock, lang)
    from qa_desktop.core.reports.eightd_pdf import export_eightd_pdf

    return export_eightd_pdf(report, out, lang)


def _when(instant: datetime) -> str:
    utc = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    zone = settings.department_zone()
    return instant_text(Instant(utc.astimezone(UTC), zone_label(zone, utc)), zone)
