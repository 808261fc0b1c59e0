"""Registering and editing complaints. Validation, numbering, search index and audit in one transaction."""

from __future__ import annotations

import operator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from functools import reduce

from peewee import JOIN, fn

from qa_desktop.core import search, settings
from qa_desktop.core.case_figures import refresh_repeats
from qa_desktop.core.clock import (
    Clock,
    from_storage,
    to_storage,
    utc_now,
    zone_from_name,
    zone_name,
)
from qa_desktop.core.drafts import CoilDraft, ComplaintDraft
from qa_desktop.core.errors import UserError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import (
    CaseCounter,
    CoilLine,
    Complaint,
    DefectType,
)
from qa_desktop.core.money import from_minor, to_minor
from qa_desktop.core.services import case_clocks
from qa_desktop.core.services.attachments import AttachmentChanges, apply_changes, check_changes
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.customers import find_customer, find_or_create_customer
from qa_desktop.core.services.proposals import check_signed_content
from qa_desktop.core.validation import CleanCoil, Rules, validate
from qa_desktop.core.vocab import Action, Status

COMPLAINT_FIELDS = (
    "customer_complaint_no", "contact_name", "contact_phone", "channel", "market", "category",
    "product", "material_no", "specification", "order_no", "delivery_note", "ship_date",
    "shipped_qty", "shipped_unit", "date_code", "mill_cert_no", "salesperson", "defect_other",
    "description", "defect_rate", "affected_qty", "affected_unit", "customer_request",
    "claim_currency", "goods_state", "samples_returned", "severity", "owner", "internal_note",
)  # fmt: skip


def current_rules() -> Rules:
    return Rules(
        coil_forms=settings.coil_forms_rule(),
        future_tolerance=timedelta(minutes=settings.department("future_tolerance_minutes")),
    )


def check(draft: ComplaintDraft, clock: Clock = utc_now, lang: str | None = None) -> None:
    """Raise ValidationError with every problem; writes nothing. The Excel import (ROADMAP
    step 5) reports on every row this way before anything is written."""
    errors, _, _ = validate(draft, current_rules(), clock(), lang)
    if errors:
        raise ValidationError(errors)


def register_complaint(
    draft: ComplaintDraft,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
    attachments: AttachmentChanges | None = None,
) -> Complaint:
    """A new complaint with its coil lines and `attachments` (files prepared by core.media
    and held by the form until now), in one transaction."""
    attachments = attachments or AttachmentChanges()
    errors, clean, coils = validate(draft, current_rules(), clock(), lang)
    errors += check_changes(attachments, lang)
    if errors:
        raise ValidationError(errors)
    with write(actor, clock, needs=Action.REGISTER) as unit:
        complaint = Complaint(case_no=next_case_no(clock()), status=Status.REGISTERED)
        _apply(unit, complaint, clean)
        unit.stamp(complaint, new=True)
        complaint.save(force_insert=True)
        _replace_coils(unit, complaint, coils)
        search.reindex([complaint.id])  # what the register shows and searches
        # Its own flag, and a later one's if it was entered after the fact (received earlier).
        refresh_repeats(Complaint._meta.database, [complaint.customer_id])
        unit.audit("create", complaint, {"case_no": complaint.case_no})
        case_clocks.start_clocks(complaint)
        apply_changes(unit, complaint, attachments)
    return complaint


def update_complaint(
    complaint_id: int,
    draft: ComplaintDraft,
    expected_revision: int,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
    attachments: AttachmentChanges | None = None,
) -> Complaint:
    """Save an edit, with what changed in its attachments, unless someone else saved the
    complaint since it was opened."""
    attachments = attachments or AttachmentChanges()
    errors, clean, coils = validate(draft, current_rules(), clock(), lang)
    errors += check_changes(attachments, lang)
    if errors:
        raise ValidationError(errors)
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = stored_complaint(complaint_id, lang)
        refuse_closed(complaint, lang)
        if complaint.revision != expected_revision:
            raise translated(
                "Complaints",
                QT_TRANSLATE_NOOP(
                    "Complaints",
                    "{case} was changed by {user} after you opened it; reopen it to see that change.",
                ),
                lang,
                case=complaint.case_no,
                user=complaint.updated_by,
            )
        before = to_draft(complaint)
        customer_before = complaint.customer_id
        _apply(unit, complaint, clean)
        unit.stamp(complaint, new=False)
        complaint.save()
        _replace_coils(unit, complaint, coils)
        check_signed_content(unit, complaint)  # a signed proposal rests on these fields
        search.reindex([complaint.id])  # what the register shows and searches
        # Customer, product, defect or received time may have changed: this complaint's flag
        # and those of later ones, at the customer it left and the one it went to.
        refresh_repeats(Complaint._meta.database, [customer_before, complaint.customer_id])
        unit.audit("update", complaint, _changes(before, to_draft(complaint)))
        apply_changes(unit, complaint, attachments)
        if before.received_at != to_draft(complaint).received_at:
            case_clocks.follow_received(complaint)
        if before.market != complaint.market:  # the rules of some clocks are per market
            case_clocks.follow_market(unit, complaint, before.market)
    return complaint


def stored_complaint(complaint_id: int, lang: str | None = None) -> Complaint:
    """The complaint being changed, or the sentence for one deleted since it was opened."""
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise translated(
            "Complaints",
            QT_TRANSLATE_NOOP("Complaints", "This complaint no longer exists."),
            lang,
        )
    return complaint


def next_case_no(now: datetime) -> str:
    """CC-YYYY-NNNN; call inside the IMMEDIATE write so two windows never get the same number.

    The year is the department's (a complaint at 07:00 on 1 January in Shanghai is that year's,
    whatever zone the PC runs in)."""
    year = now.astimezone(settings.department_zone()).year
    counter = CaseCounter.get_or_none(CaseCounter.year == year)
    if counter is None:
        counter = CaseCounter.create(year=year, last=_highest_issued(year))
    counter.last += 1
    counter.save()
    return f"{settings.department('case_prefix')}-{year}-{counter.last:04d}"


def preview_case_no(prefix: str, now: datetime, zone: tzinfo | None = None) -> str:
    """The number the next complaint would get with this prefix (reads, never bumps): the
    counter runs per year, so a prefix changed mid-year continues the year's sequence. The year
    is the department's (`zone`: a zone being chosen on the settings screen)."""
    year = now.astimezone(zone or settings.department_zone()).year
    counter = CaseCounter.get_or_none(CaseCounter.year == year)
    last = counter.last if counter is not None else _highest_issued(year)
    return f"{prefix}-{year}-{last + 1:04d}"


def _highest_issued(year: int) -> int:
    """The highest number issued this year under the current prefix (the counter was lost)."""
    prefix = f"{settings.department('case_prefix')}-{year}-"
    highest = (
        Complaint.select(Complaint.case_no)
        .where(Complaint.case_no.startswith(prefix))
        .order_by(fn.length(Complaint.case_no).desc(), Complaint.case_no.desc())  # 10000 > 9999
        .scalar()
    )
    return int(highest.rsplit("-", 1)[1]) if highest else 0


def get_complaint(case_no_or_id: str | int) -> Complaint:
    if isinstance(case_no_or_id, int):
        found = Complaint.get_or_none(Complaint.id == case_no_or_id)
    else:
        found = Complaint.get_or_none(Complaint.case_no == case_no_or_id.strip().upper())
    if found is None:
        raise translated(
            "Complaints",
            QT_TRANSLATE_NOOP("Complaints", "There is no complaint {case}."),
            case=case_no_or_id,
        )
    return found


def to_draft(complaint: Complaint) -> ComplaintDraft:
    """The stored complaint as a draft, for the form to edit."""
    values = {name: getattr(complaint, name) for name in COMPLAINT_FIELDS}
    # In the zone it was entered in; this PC's zone if that one is unknown here.
    zone = zone_from_name(complaint.received_tz, default=None)
    received = from_storage(complaint.received_at).astimezone(zone)
    coils = [
        CoilDraft(**asdict(_coil_values(c))) for c in complaint.coils.order_by(CoilLine.position)
    ]
    return ComplaintDraft(
        customer_name=complaint.customer.name,
        received_at=received,
        defect_type_code=complaint.defect_type.code if complaint.defect_type_id else "",
        claim_amount=from_minor(complaint.claim_minor, complaint.claim_currency),
        coils=coils,
        **values,
    )


@dataclass(frozen=True)
class EarlierCase:
    case_no: str
    received_at: datetime
    status: str
    reason: str  # "customer", "product", "defect"
    complaint_id: int  # to open it


def earlier_cases(
    customer_name: str,
    product: str,
    defect_type_code: str,
    before: datetime,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[EarlierCase]:
    """Complaints of the same customer and product or defect received before `before` (the
    complaint's own received time): the register's repeat flag, newest first."""
    customer = find_customer(customer_name) if customer_name.strip() else None
    product = product.strip()  # as _apply stores it
    same = []
    if defect_type_code:
        same.append(DefectType.code == defect_type_code)
    if product:
        same.append(Complaint.product == product)
    if customer is None or not same:
        return []
    query = (
        Complaint.select(Complaint.id, Complaint.case_no, Complaint.received_at,
                         Complaint.status, Complaint.product, DefectType.code)
        .join(DefectType, JOIN.LEFT_OUTER)
        .where(
            (Complaint.customer == customer)
            & reduce(operator.or_, same)
            & (Complaint.received_at < to_storage(before))
        )
        .order_by(Complaint.received_at.desc())
        .limit(limit)
    )  # fmt: skip
    if exclude_id:
        query = query.where(Complaint.id != exclude_id)
    return [
        EarlierCase(
            row.case_no,
            from_storage(row.received_at),
            row.status,
            "defect"
            if defect_type_code and row.defect_type.code == defect_type_code
            else "product",
            row.id,
        )
        for row in query
    ]


def _apply(unit: Unit, complaint: Complaint, clean: ComplaintDraft) -> None:
    for name in COMPLAINT_FIELDS:
        value = getattr(clean, name)
        setattr(complaint, name, value.strip() if isinstance(value, str) else value)
    complaint.customer = find_or_create_customer(unit, clean.customer_name, clean.market)
    amount = clean.claim_amount  # parsed by validation
    assert amount is None or isinstance(amount, Decimal)
    complaint.claim_minor = None if amount is None else to_minor(amount, clean.claim_currency)
    assert clean.received_at is not None  # validated
    complaint.received_at = to_storage(clean.received_at)
    complaint.received_tz = zone_name(clean.received_at)
    complaint.defect_type = (
        DefectType.get_or_none(DefectType.code == clean.defect_type_code)
        if clean.defect_type_code
        else None
    )
    if clean.defect_type_code and complaint.defect_type is None:
        raise UserError(f"There is no defect type '{clean.defect_type_code}'.")


def _replace_coils(unit: Unit, complaint: Complaint, coils: list[CleanCoil]) -> None:
    """Keep the identity (uuid) of coil lines whose number stays; add and remove the rest."""
    existing = {
        line.coil_no: line for line in CoilLine.select().where(CoilLine.complaint == complaint)
    }
    keep = {coil.coil_no for coil in coils}
    for coil_no, line in existing.items():
        if coil_no not in keep:
            line.delete_instance()
    for position, coil in enumerate(coils):
        line = existing.get(coil.coil_no)
        new = line is None
        if new:
            line = CoilLine(complaint=complaint)
        # Assign only what differs: peewee marks a field dirty on any assignment, and a line
        # nobody changed must keep its revision and its last editor.
        for name, value in (*asdict(coil).items(), ("position", position)):
            if new or getattr(line, name) != value:
                setattr(line, name, value)
        if new or line.is_dirty():
            unit.stamp(line, new=new)
            line.save(force_insert=new)


def _changes(before: ComplaintDraft, after: ComplaintDraft) -> dict[str, list[str]]:
    old, new = asdict(before), asdict(after)
    return {k: [str(old[k]), str(new[k])] for k in new if old[k] != new[k]}


def _coil_values(line: CoilLine) -> CleanCoil:
    return CleanCoil(
        coil_no=line.coil_no,
        heat_no=line.heat_no,
        grade=line.grade,
        thickness_mm=line.thickness_mm,
        width_mm=line.width_mm,
        finish=line.finish,
        weight_kg=line.weight_kg,
        quantity=line.quantity,
        unit=line.unit,
    )
