"""A stored site visit → what its printouts state: the customer's quantity confirmation
(reports/confirmation_sheet.py) and the site-visit report (reports/visit_report.py).

The confirmation prints what was signed — the lines of the stored record, not the visit's
lines now — so a voided one still shows the figures the customer signed, struck. A blank sheet
(for signing on paper) prints the visit's stored lines; its QR code carries the hash of the
record those lines make, less the signer (who is not known until the paper comes back), so the
returned scan says which quantities were printed. Reading only: nothing here writes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

from qa_desktop.core import settings
from qa_desktop.core.checklists import ChecklistTemplate, ItemKind
from qa_desktop.core.clock import Clock, utc_now, zone_label
from qa_desktop.core.documents import Instant, instant_text, number_text
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import Confirmation, Media, UserAccount, Visit, VisitPhoto
from qa_desktop.core.printcode import CONFIRMATION, PrintCode
from qa_desktop.core.reports.confirmation_sheet import (
    ON_SCREEN,
    PAPER,
    ConfirmationSheet,
    CustomerSignature,
    QuantityLine,
    QuantityTotal,
)
from qa_desktop.core.reports.visit_report import (
    CUSTOMER_WORDS,
    ReportConfirmation,
    ReportItem,
    ReportPhoto,
    VisitReport,
)
from qa_desktop.core.services.confirmations import current, lines_of, record_for
from qa_desktop.core.services.visit_record import template_for
from qa_desktop.core.signature_strokes import strokes_from_json
from qa_desktop.core.visit_quantities import (
    STATEMENT_EN,
    STATEMENT_ZH,
    CleanVisitCoil,
    confirmation_hash,
    totals,
)

CONTEXT = "Visits"
NO_VISITS = QT_TRANSLATE_NOOP("Visits", "{case} has no site visit.")
NO_SUCH_VISIT = QT_TRANSLATE_NOOP(
    "Visits", "{case} has no site visit {number}: its visits are numbered 1 to {last}."
)
NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "Visits",
    "The customer has not confirmed the quantities of visit {number} of {case}: print the "
    "blank sheet (--blank) for signing on paper.",
)
NO_LINES = QT_TRANSLATE_NOOP(
    "Visits",
    "Visit {number} of {case} has no coil lines yet: record them before printing the sheet.",
)
# The record a blank sheet's code is the hash of has no signer yet: these stand in for one.
UNSIGNED = "-"


def find_visit(case_no: str, number: int | None = None, lang: str | None = None) -> Visit:
    """The case's visit `number`, or its latest; one sentence when there is none."""
    from qa_desktop.core.services.complaints import get_complaint

    complaint = get_complaint(case_no)
    query = Visit.select().where(Visit.complaint == complaint).order_by(Visit.number.desc())
    latest = query.first()
    if latest is None:
        raise translated(CONTEXT, NO_VISITS, lang, case=complaint.case_no)
    if number is None:
        return latest
    found = query.where(Visit.number == number).first()
    if found is None:
        raise translated(
            CONTEXT, NO_SUCH_VISIT, lang, case=complaint.case_no, number=number, last=latest.number
        )
    return found


def unsigned_hash(visit: Visit) -> str:
    """The hash a blank sheet's code carries: the record of the visit's lines, less the signer."""
    record = record_for(visit, UNSIGNED, UNSIGNED)
    record.pop("signer")
    return confirmation_hash(record)


# ----- the quantity confirmation -----------------------------------------------------------------
def confirmation_sheet(
    visit: Visit,
    *,
    blank: bool = False,
    confirmation: Confirmation | None = None,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> ConfirmationSheet:
    """The confirmation in force (else the last voided one, printed VOID), or `confirmation`
    of the visit, or with `blank` the sheet to sign on paper. Refused, in one sentence, when
    there is nothing to print."""
    complaint = visit.complaint
    common = {
        "case_no": complaint.case_no,
        "customer": complaint.customer.name,
        "visit_number": visit.number,
        "visit_date": _day(visit.started_at or visit.appointment_at),
        "site": visit.site,
        "printed_at": _when(clock(), ""),
    }
    if blank:
        clean = lines_of(visit)
        if not clean:
            raise translated(CONTEXT, NO_LINES, lang, number=visit.number, case=complaint.case_no)
        witness = _account(visit.assignee)
        return ConfirmationSheet(
            **common, lines=_lines(clean), totals=_totals(clean),
            statement_en=STATEMENT_EN, statement_zh=STATEMENT_ZH, signature=None,
            witness=witness.display_name if witness else visit.assignee,
            witness_position=witness.position if witness else "",
            void=False, void_reason="", voided_at="",
            print_code=_code(visit, _count(visit) + 1, unsigned_hash(visit)),
        )  # fmt: skip
    row = confirmation or current(visit) or _last(visit)
    if row is not None and row.visit_id != visit.id:
        raise ValueError("a confirmation prints with its own visit")
    if row is None:
        raise translated(CONTEXT, NOT_CONFIRMED, lang, number=visit.number, case=complaint.case_no)
    record = json.loads(row.record)
    clean = _record_lines(record)
    witness = _account(row.witness)
    return ConfirmationSheet(
        **common, lines=_lines(clean), totals=_totals(clean),
        statement_en=str(record.get("statement", STATEMENT_EN)), statement_zh=STATEMENT_ZH,
        signature=_signature(row),
        witness=witness.display_name if witness else row.witness,
        witness_position=witness.position if witness else "",
        void=row.void, void_reason=row.void_reason, voided_at=_when(row.voided_at, ""),
        print_code=_code(visit, _ordinal(row), row.record_hash),
    )  # fmt: skip


def _code(visit: Visit, version: int, digest: str) -> PrintCode:
    from qa_desktop.core.services.keys import database_uuid

    return PrintCode(database_uuid(), CONFIRMATION, str(visit.uuid), version, digest)


def _count(visit: Visit) -> int:
    return visit.confirmations.count()


def _ordinal(row: Confirmation) -> int:
    """The confirmation's number on its visit: 1 for the first signed, and so on."""
    return (
        Confirmation.select()
        .where((Confirmation.visit == row.visit) & (Confirmation.id <= row.id))
        .count()
    )


def _last(visit: Visit) -> Confirmation | None:
    return visit.confirmations.order_by(Confirmation.id.desc()).first()


def _signature(row: Confirmation) -> CustomerSignature:
    on_screen = row.kind != PAPER
    return CustomerSignature(
        how=ON_SCREEN if on_screen else PAPER,
        name=row.signer_name,
        position=row.signer_position,
        signed_at=_when(row.signed_at, row.signed_tz),
        strokes=tuple(strokes_from_json(row.strokes)) if on_screen and row.strokes else (),
        scan_sha256=row.scan_sha256,
    )


def _record_lines(record: dict[str, object]) -> list[CleanVisitCoil]:
    """The lines of a stored record (what was signed), as the visit's lines are."""

    def number(value: object) -> Decimal | None:
        return None if value in (None, "") else Decimal(str(value))

    lines = []
    for line in record.get("lines", []):  # type: ignore[union-attr]
        lines.append(
            CleanVisitCoil(
                coil_no=str(line["coil_no"]),
                heat_no=str(line.get("heat_no") or ""),
                grade=str(line.get("grade") or ""),
                specification=str(line.get("specification") or ""),
                weight_kg=number(line.get("weight_kg")),
                used=number(line.get("used")),
                unused=number(line.get("unused")),
                defective_used=number(line.get("defective_used")),
                defective_unused=number(line.get("defective_unused")),
                unit=str(line.get("unit") or ""),
            )
        )
    return lines


def _lines(clean: list[CleanVisitCoil]) -> tuple[QuantityLine, ...]:
    return tuple(
        QuantityLine(
            coil_no=line.coil_no,
            heat_no=line.heat_no,
            grade=line.grade,
            specification=line.specification,
            weight_kg=_figure(line.weight_kg),
            used=_figure(line.used),
            unused=_figure(line.unused),
            defective_used=_figure(line.defective_used),
            defective_unused=_figure(line.defective_unused),
            unit=line.unit,
        )
        for line in clean
    )


def _totals(clean: list[CleanVisitCoil]) -> tuple[QuantityTotal, ...]:
    return tuple(
        QuantityTotal(
            unit=unit,
            used=_figure(sums.used),
            unused=_figure(sums.unused),
            defective_used=_figure(sums.defective_used),
            defective_unused=_figure(sums.defective_unused),
        )
        for unit, sums in totals(clean).items()
    )


# ----- the site-visit report ---------------------------------------------------------------------
def visit_report(visit: Visit, clock: Clock = utc_now) -> VisitReport:
    complaint = visit.complaint
    template = template_for(visit)
    photos = list(visit.photos.order_by(VisitPhoto.position))
    counts: dict[str, int] = {}
    for photo in photos:
        if photo.item_key:
            counts[photo.item_key] = counts.get(photo.item_key, 0) + 1
    items = _items(template, json.loads(visit.answers), counts)
    clean = lines_of(visit)
    assignee = _account(visit.assignee)
    contact = "  ".join(t for t in (visit.contact_name, visit.contact_phone) if t)
    return VisitReport(
        case_no=complaint.case_no,
        customer=complaint.customer.name,
        visit_number=visit.number,
        state=visit.state,
        assignee=assignee.display_name if assignee else visit.assignee,
        appointment=_when(visit.appointment_at, visit.appointment_tz),
        site=visit.site,
        contact=contact,
        purpose=visit.purpose,
        started_at=_when(visit.started_at, ""),
        finished_at=_when(visit.finished_at, ""),
        cancel_reason=visit.cancel_reason,
        template_en=template.name_en,
        template_zh=template.name_zh,
        template_version=template.version,
        items=tuple(item for item in items if item.key not in CUSTOMER_WORDS),
        customer_words=tuple(item for item in items if item.key in CUSTOMER_WORDS),
        lines=_lines(clean),
        totals=_totals(clean),
        findings=visit.findings,
        photos=tuple(_photo(photo, template) for photo in photos),
        confirmations=tuple(_confirmations(visit)),
        printed_at=_when(clock(), ""),
    )


def _items(
    template: ChecklistTemplate, answers: dict[str, object], counts: dict[str, int]
) -> list[ReportItem]:
    items = []
    for item in template.items:
        raw = answers.get(item.key)
        answer = "" if raw is None else str(raw)
        choice = next((c for c in item.choices if c.code == answer), None)
        items.append(
            ReportItem(
                key=item.key,
                kind=item.kind.value,
                label_en=item.label_en,
                label_zh=item.label_zh,
                answer=answer,
                unit=item.unit if item.kind is ItemKind.NUMBER_WITH_UNIT else "",
                choice_en=choice.en if choice else "",
                choice_zh=choice.zh if choice else "",
                photos=counts.get(item.key, 0),
            )
        )
    return items


def _photo(photo: VisitPhoto, template: ChecklistTemplate) -> ReportPhoto:
    """The annotated copy's print copy where there is one; only print copies are read (the
    originals may be 12 MP), and only the one column."""
    sha = photo.annotated_id or photo.media_id
    row = Media.select(Media.print_copy).where(Media.sha256 == sha).first()
    item = template.item(photo.item_key) if photo.item_key else None
    return ReportPhoto(
        image=bytes(row.print_copy) if row is not None and row.print_copy else b"",
        filename=photo.filename,
        caption=photo.caption,
        coil_no=photo.coil_no,
        item_en=item.label_en if item else "",
        item_zh=item.label_zh if item else "",
        annotated=bool(photo.annotated_id),
    )


def _confirmations(visit: Visit) -> list[ReportConfirmation]:
    rows = visit.confirmations.order_by(Confirmation.id.desc())
    found = []
    for row in rows:
        witness = _account(row.witness)
        found.append(
            ReportConfirmation(
                signature=_signature(row),
                witness=witness.display_name if witness else row.witness,
                void=row.void,
                void_reason=row.void_reason,
            )
        )
    return found


# ----- formatting ------------------------------------------------------------------------------
def _figure(value: Decimal | None) -> str:
    return "" if value is None else number_text(Decimal(value), group=False)


def _account(user_id: str) -> UserAccount | None:
    return UserAccount.get_or_none(UserAccount.user_id == user_id)


def _when(instant: datetime | None, zone_name: str) -> str:
    """In the department's zone, named, and in the zone it was entered in where that differs
    (documents.instant_text, as the handling form prints times)."""
    if instant is None:
        return ""
    utc = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    zone = settings.department_zone()
    return instant_text(Instant(utc, zone_name or zone_label(zone, utc)), zone)


def _day(instant: datetime) -> str:
    """The day in the department's zone."""
    utc = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return f"{utc.astimezone(settings.department_zone()):%Y-%m-%d}"
