"""What flows into a complaint's 8D from elsewhere, read-only (core/eightd/facts.py): the
complaint and its coils, the site visits' quantities and photos, the containment lines with
totals per place, the actions by kind, the approved handling with its signatures.

Reading only, and only what the customer may see: the fields left out are listed in facts.py.
Photos are named by hash; their bytes are never read here (a list of them must stay cheap)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal

from qa_desktop.core import settings
from qa_desktop.core.documents import defect_text, number_text
from qa_desktop.core.eightd.facts import (
    ActionFact,
    CaseFacts,
    CoilFact,
    ComplaintFacts,
    ContainmentFact,
    HandlingFact,
    HandlingLineFact,
    HandlingSignerFact,
    PhotoFact,
    PlaceTotal,
    QuantityFact,
    TotalFact,
    VisitFacts,
)
from qa_desktop.core.models import (
    Attachment,
    CaseAction,
    CoilLine,
    Complaint,
    Confirmation,
    ContainmentLine,
    Media,
    Proposal,
    ProposalLine,
    Signature,
    UserAccount,
    Visit,
    VisitCoil,
    VisitPhoto,
)
from qa_desktop.core.money import minor_text
from qa_desktop.core.vocab import ContainmentPlace, ProposalState, VisitState

QUANTITIES = ("checked", "held", "defective", "released")


def case_facts(complaint_id: int, lang: str = "en") -> CaseFacts:
    """The facts of complaint `complaint_id` (names of the defect type in `lang`)."""
    complaint = Complaint.get_by_id(complaint_id)
    containment = _containment(complaint)
    return CaseFacts(
        complaint=_complaint(complaint, lang),
        visits=tuple(_visit(v) for v in _visits(complaint)),
        attachments=tuple(_attachments(complaint)),
        containment=containment,
        containment_totals=_place_totals(complaint),
        actions=tuple(_action(a) for a in _actions(complaint)),
        handling=tuple(_handling(p) for p in _approved(complaint)),
    )


# ----- the complaint ---------------------------------------------------------------------------
def _complaint(c: Complaint, lang: str) -> ComplaintFacts:
    defect = c.defect_type if c.defect_type_id else None
    return ComplaintFacts(
        case_no=c.case_no,
        uuid=str(c.uuid),
        customer=c.customer.name,
        customer_complaint_no=c.customer_complaint_no,
        received_on=day_of(c.received_at),
        product=c.product,
        material_no=c.material_no,
        specification=c.specification,
        order_no=c.order_no,
        delivery_note=c.delivery_note,
        ship_date=c.ship_date,
        shipped=figure(c.shipped_qty),
        shipped_unit=c.shipped_unit,
        date_code=c.date_code,
        defect=defect_text(defect, c.defect_other, lang),
        defect_rate=figure(c.defect_rate),
        affected=figure(c.affected_qty),
        affected_unit=c.affected_unit,
        description=c.description,
        customer_request=c.customer_request,
        coils=tuple(_coil(line) for line in c.coils.order_by(CoilLine.position)),
    )


def _coil(line: CoilLine) -> CoilFact:
    thickness = number_text(line.thickness_mm, 2, group=False) if line.thickness_mm else ""
    width = number_text(line.width_mm, group=False) if line.width_mm else ""
    return CoilFact(
        coil_no=line.coil_no,
        heat_no=line.heat_no,
        grade=line.grade,
        size=" × ".join(t for t in (thickness, width) if t),
        finish=line.finish,
        weight_kg=figure(line.weight_kg),
        quantity=figure(line.quantity),
        unit=line.unit,
    )


def _attachments(complaint: Complaint) -> list[PhotoFact]:
    rows = (
        Attachment.select(Attachment.filename, Attachment.caption, Attachment.media)
        .join(Media)
        .where((Attachment.complaint == complaint) & (Media.kind == "image"))
        .order_by(Attachment.position, Attachment.id)
    )
    return [
        PhotoFact(row.media_id, row.media_id, row.filename, row.caption, "attachment")
        for row in rows
    ]


# ----- site visits -------------------------------------------------------------------------------
def _visits(complaint: Complaint) -> list[Visit]:
    return list(
        Visit.select()
        .where((Visit.complaint == complaint) & (Visit.state != VisitState.CANCELLED.value))
        .order_by(Visit.number)
    )


def _visit(visit: Visit) -> VisitFacts:
    lines = [
        QuantityFact(
            coil_no=row.coil_no,
            used=figure(row.used),
            unused=figure(row.unused),
            defective_used=figure(row.defective_used),
            defective_unused=figure(row.defective_unused),
            unit=row.unit,
        )
        for row in visit.coils.order_by(VisitCoil.position)
    ]
    photos = [
        PhotoFact(
            sha256=p.annotated_id or p.media_id,
            original=p.media_id,
            filename=p.filename,
            caption=p.caption,
            source=f"visit {visit.number}",
            coil_no=p.coil_no,
        )
        for p in visit.photos.order_by(VisitPhoto.position)
    ]
    confirmed = visit.confirmations.where(~Confirmation.void).exists()
    return VisitFacts(
        number=visit.number,
        state=visit.state,
        day=day_of(visit.started_at or visit.appointment_at),
        lines=tuple(lines),
        totals=_visit_totals(visit),
        photos=tuple(photos),
        confirmed=confirmed,
    )


def _visit_totals(visit: Visit) -> tuple[TotalFact, ...]:
    sums: dict[str, dict[str, Decimal]] = {}
    names = ("used", "unused", "defective_used", "defective_unused")
    for row in visit.coils.order_by(VisitCoil.position):
        bucket = sums.setdefault(row.unit, {})  # a unit with no figures yet has its row too
        for name in names:
            value = getattr(row, name)
            if value is not None:
                bucket[name] = bucket.get(name, Decimal(0)) + Decimal(value)
    return tuple(
        TotalFact(unit, *(figure(values.get(n)) for n in names)) for unit, values in sums.items()
    )


# ----- containment -------------------------------------------------------------------------------
def _containment(complaint: Complaint) -> tuple[ContainmentFact, ...]:
    rows = ContainmentLine.select().where(ContainmentLine.complaint == complaint)
    return tuple(
        ContainmentFact(
            place=row.place,
            reference=row.reference,
            checked=figure(row.checked),
            held=figure(row.held),
            defective=figure(row.defective),
            released=figure(row.released),
            unit=row.unit,
            ok_marking=row.ok_marking,
            result=row.result,
        )
        for row in rows.order_by(ContainmentLine.position, ContainmentLine.id)
    )


def _place_totals(complaint: Complaint) -> tuple[PlaceTotal, ...]:
    """One total per place and unit, places in the order containment checks them."""
    order = {p.value: i for i, p in enumerate(ContainmentPlace)}
    rows = ContainmentLine.select().where(ContainmentLine.complaint == complaint)
    sums: dict[tuple[str, str], dict[str, Decimal]] = {}
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        key = (row.place, row.unit)
        counts[key] += 1
        bucket = sums.setdefault(key, {})
        for name in QUANTITIES:
            value = getattr(row, name)
            if value is not None:
                bucket[name] = bucket.get(name, Decimal(0)) + Decimal(value)
    keys = sorted(sums, key=lambda k: (order.get(k[0], len(order)), k[0], k[1]))
    return tuple(
        PlaceTotal(place, unit, counts[(place, unit)],
                   *(figure(sums[(place, unit)].get(n)) for n in QUANTITIES))
        for place, unit in keys
    )  # fmt: skip


# ----- actions -----------------------------------------------------------------------------------
def _actions(complaint: Complaint) -> list[CaseAction]:
    return list(
        CaseAction.select().where(CaseAction.complaint == complaint).order_by(CaseAction.number)
    )


def _action(a: CaseAction) -> ActionFact:
    return ActionFact(
        number=a.number,
        kind=a.kind,
        cause=a.cause,
        description=a.description,
        department=a.department,
        due_on=a.due_date,
        state=a.state,
        expected_effect=a.expected_effect,
        date_code_from=a.date_code_from,
        quantity=a.quantity,
        done_on=day_of(a.done_at) if a.done_at else None,
        verified_on=day_of(a.verified_at) if a.verified_at else None,
        verified_by=printed_name(a.verified_by) if a.verified_by else "",
    )


# ----- the approved handling ---------------------------------------------------------------------
def _approved(complaint: Complaint) -> list[Proposal]:
    states = (ProposalState.APPROVED.value, ProposalState.BINDING.value)
    return list(
        Proposal.select()
        .where((Proposal.complaint == complaint) & Proposal.state.in_(states))
        .order_by(Proposal.number)
    )


def _handling(p: Proposal) -> HandlingFact:
    binding = p.state == ProposalState.BINDING.value
    lines = [
        HandlingLineFact(
            kind=line.kind,
            quantity=figure(line.quantity),
            unit=line.unit,
            amount=_amount(line.amount_minor, line.currency) if line.amount_minor else "",
            currency=line.currency if line.amount_minor else "",
        )
        for line in p.lines.order_by(ProposalLine.position)
    ]
    signers: list[HandlingSignerFact] = []
    if binding:  # a preliminary proposal's signatures bind nobody: none are shown
        given = (
            Signature.select()
            .where(
                (Signature.record_uuid == str(p.uuid))
                & (Signature.round == p.round)
                & ~Signature.void
            )
            .order_by(Signature.id)
        )
        signers = [
            HandlingSignerFact(s.printed_name, s.position, s.meaning, day_of(s.signed_at), s.kind)
            for s in given
        ]
    return HandlingFact(
        number=p.number,
        state=p.state,
        binding=binding,
        summary=p.summary,
        lines=tuple(lines),
        total=_amount(p.total_base_minor, p.base_currency),
        currency=p.base_currency,
        signers=tuple(signers),
    )


def _amount(minor: int, currency: str) -> str:
    """ "38,600.00": the figure alone, grouped for a reader outside the trade, the currency
    printed beside it."""
    return minor_text(minor, currency).rsplit(" ", 1)[0]


# ----- formatting --------------------------------------------------------------------------------
def figure(value: Decimal | None) -> str:
    return "" if value is None else number_text(Decimal(value), group=False)


def day_of(instant: datetime) -> date:
    """The day of a stored UTC instant in the department's zone."""
    utc = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return utc.astimezone(settings.department_zone()).date()


def printed_name(user_id: str) -> str:
    account = UserAccount.get_or_none(UserAccount.user_id == user_id)
    return account.display_name if account is not None and account.display_name else user_id
