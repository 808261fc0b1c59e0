"""A complaint → the quality abnormality notice (品质异常联络单) QA sends to the responsible
department (reports/abnormality_notice.py). Reading only: nothing here writes.

Its number is the case's with "-QAN": one notice per case, printed again (with the day it is
issued) when its actions change. It asks for a reply by the date given, or else by the end of
the next working day in the department's calendar (the seeds' "temporary measures within one
working day"). A complaint with no responsible department has no one to send a notice to, and
is refused in one sentence before anything is laid out.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, from_storage, utc_now, zone_label
from qa_desktop.core.documents import Instant, defect_text, instant_text, number_text
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import CoilLine
from qa_desktop.core.reports.abnormality_notice import AbnormalityNotice, NoticeAction, NoticeCoil
from qa_desktop.core.services.action_lists import ActionRow, actions_of
from qa_desktop.core.services.clock_rules import department_calendar
from qa_desktop.core.services.complaints import get_complaint
from qa_desktop.core.vocab import ActionState

CONTEXT = "Actions"
SUFFIX = "-QAN"
NO_DEPARTMENT = QT_TRANSLATE_NOOP(
    "Actions",
    "{case} names no responsible department yet: name it on the complaint before issuing the "
    "quality abnormality notice.",
)
REPLY_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Actions", "The reply-by date {date} is before the notice is issued ({issued})."
)


def notice_for(
    case_no: str,
    reply_by: date | None = None,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> AbnormalityNotice:
    """What the notice of complaint `case_no` states, as of `clock()`."""
    complaint = get_complaint(case_no)
    if not complaint.responsible_department.strip():
        raise translated(CONTEXT, NO_DEPARTMENT, lang, case=complaint.case_no)
    now = clock()
    zone = settings.department_zone()
    issued = now.astimezone(zone).date()
    if reply_by is not None and reply_by < issued:
        raise translated(
            CONTEXT, REPLY_TOO_EARLY, lang, date=reply_by.isoformat(), issued=issued.isoformat()
        )
    defect = complaint.defect_type if complaint.defect_type_id else None
    en, zh = (defect_text(defect, complaint.defect_other, code) for code in ("en", "zh_CN"))
    rows = [row for row in actions_of(complaint.id, now) if row.state is not ActionState.CANCELLED]
    return AbnormalityNotice(
        number=f"{complaint.case_no}{SUFFIX}",
        issued_on=issued.isoformat(),
        issued_by=complaint.owner,
        to_department=complaint.responsible_department,
        case_no=complaint.case_no,
        customer=complaint.customer.name,
        customer_complaint_no=complaint.customer_complaint_no,
        received=_when(complaint.received_at, complaint.received_tz),
        market=complaint.market,
        severity=complaint.severity,
        product=complaint.product,
        material_no=complaint.material_no,
        specification=complaint.specification,
        date_code=complaint.date_code,
        order_no=complaint.order_no,
        delivery_note=complaint.delivery_note,
        ship_date=complaint.ship_date.isoformat() if complaint.ship_date else "",
        coils=tuple(_coil(line) for line in complaint.coils.order_by(CoilLine.position)),
        defect_en=en,
        defect_zh=zh,
        description=complaint.description,
        defect_rate=_rate(complaint.defect_rate),
        affected_qty=complaint.affected_qty,
        affected_unit=complaint.affected_unit,
        customer_request=complaint.customer_request,
        internal_note=complaint.internal_note,
        actions=tuple(_action(row) for row in rows),
        reply_by=(reply_by or _next_working_day(now)).isoformat(),
        printed_at=_when(now, ""),
    )


def _next_working_day(now: datetime) -> date:
    return department_calendar().add_working_days(now, 1).date()


def _coil(line: CoilLine) -> NoticeCoil:
    size = " × ".join(
        text
        for text in (
            _figure(line.thickness_mm, min_places=2, group=False),
            _figure(line.width_mm, group=False),
        )
        if text
    )
    return NoticeCoil(
        coil_no=line.coil_no,
        heat_no=line.heat_no,
        grade=line.grade,
        size=size,
        finish=line.finish,
        weight_kg=_figure(line.weight_kg),
        quantity=line.quantity,
        unit=line.unit,
    )


def _action(row: ActionRow) -> NoticeAction:
    return NoticeAction(
        number=row.number,
        kind=row.kind.value,
        cause=row.cause,
        description=row.description,
        owner=row.owner_name,
        department=row.department,
        due_date=row.due_date.isoformat(),
        state=row.state.value,
        quantity=row.quantity,
        date_code_from=row.date_code_from,
        expected_effect=row.expected_effect,
        overdue=row.overdue,
        internal_note=row.internal_note,
    )


def _figure(value: Decimal | None, min_places: int = 0, group: bool = True) -> str:
    return "" if value is None else number_text(Decimal(value), min_places, group)


def _rate(rate: Decimal | None) -> str:
    return "" if rate is None else f"{number_text(Decimal(rate))}%"


def _when(instant: datetime, zone_name: str) -> str:
    utc = instant if instant.tzinfo else from_storage(instant)
    zone = settings.department_zone()
    return instant_text(Instant(utc.astimezone(UTC), zone_name or zone_label(zone, utc)), zone)
