"""A stored proposal → the sign-off sheet it prints as (core/reports/signoff_sheet.py).

Built from the round in force: its route, a box per step filled with the signature given (the
void ones of the round shown struck), the PRELIMINARY state until the final sign-off, and the
QR code of the round and its content hash. A draft has no route and no hash yet: it is refused,
since a sheet people sign must name what they sign."""

from __future__ import annotations

from datetime import UTC, datetime

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now, zone_label
from qa_desktop.core.documents import number_text
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import CoilLine, Proposal, ProposalLine, Signature, UserAccount
from qa_desktop.core.money import minor_text
from qa_desktop.core.printcode import PrintCode
from qa_desktop.core.reports.signoff_sheet import (
    SheetCoil,
    SheetLine,
    SheetSigner,
    SignoffSheet,
)
from qa_desktop.core.services.keys import database_uuid, department_fingerprint
from qa_desktop.core.services.proposals import steps_of
from qa_desktop.core.vocab import Meaning, ProposalState

DRAFT = QT_TRANSLATE_NOOP(
    "Signoff",
    "Proposal {number} of {case} is a draft: submit it before printing its sign-off sheet.",
)
NONE = QT_TRANSLATE_NOOP("Signoff", "{case} has no handling proposal {number}.")


def find_proposal(case_no: str, number: int | None = None) -> Proposal:
    """The case's proposal `number`, or its latest."""
    from qa_desktop.core.services.complaints import get_complaint

    complaint = get_complaint(case_no)
    query = Proposal.select().where(Proposal.complaint == complaint)
    if number is not None:
        query = query.where(Proposal.number == number)
    found = query.order_by(Proposal.number.desc()).first()
    if found is None:
        raise translated("Signoff", NONE, case=complaint.case_no, number=number or 1)
    return found


def signoff_sheet(proposal: Proposal, clock: Clock = utc_now) -> SignoffSheet:
    if proposal.state == ProposalState.DRAFT.value:
        raise translated("Signoff", DRAFT, number=proposal.number, case=proposal.complaint.case_no)
    complaint = proposal.complaint
    steps = steps_of(proposal)
    signers = tuple(_boxes(proposal, steps))
    return SignoffSheet(
        case_no=complaint.case_no,
        customer=complaint.customer.name,
        product=complaint.product,
        specification=complaint.specification,
        coils=_coils(complaint),
        proposal_no=proposal.number,
        version=proposal.round,
        proposer=_name(proposal.proposer),
        submitted_at=_when(proposal.submitted_at),
        lines=tuple(
            _line(line, proposal.base_currency)
            for line in ProposalLine.select()
            .where(ProposalLine.proposal == proposal)
            .order_by(ProposalLine.position)
        ),
        total_base=_amount(proposal.total_base_minor, proposal.base_currency),
        base_currency=proposal.base_currency,
        cumulative_base=_amount(proposal.cumulative_minor or 0, proposal.base_currency),
        matrix_version=proposal.matrix_version or 0,
        signers=signers,
        binding=proposal.state == ProposalState.BINDING.value,
        final_role=steps[-1].role,
        department_fingerprint=department_fingerprint(),
        print_code=PrintCode(
            database_uuid(), "signoff", str(proposal.uuid), proposal.round, proposal.content_hash
        ),
        printed_at=_when(clock()),
    )


def _coils(complaint) -> tuple[SheetCoil, ...]:
    rows = CoilLine.select().where(CoilLine.complaint == complaint).order_by(CoilLine.position)
    return tuple(SheetCoil(c.coil_no, _quantity(c.quantity), c.unit) for c in rows)


def _boxes(proposal: Proposal, steps) -> list[SheetSigner]:
    """One box per step of the round in force: its valid signature, else a struck void one of
    this round, else empty for signing on paper."""
    rows = list(
        Signature.select()
        .where((Signature.record_uuid == str(proposal.uuid)) & (Signature.round == proposal.round))
        .order_by(Signature.id)
    )
    boxes = []
    for step in steps:
        mine = [r for r in rows if r.step == step.order]
        row = next((r for r in mine if not r.void), mine[-1] if mine else None)
        if row is None:
            boxes.append(SheetSigner(step.order, step.role, step.meaning.value))
            continue
        boxes.append(
            SheetSigner(
                order=step.order,
                role=step.role,
                meaning=Meaning(row.meaning).value,
                name=row.printed_name,
                position=row.position,
                signed_at=_when(row.signed_at),
                how=row.kind,
                on_behalf_of=_name(row.on_behalf_of) if row.on_behalf_of else "",
                void=row.void,
                comment=row.comment,
            )
        )
    return boxes


def _line(line, base: str) -> SheetLine:
    has_money = line.amount_minor > 0
    return SheetLine(
        kind=line.kind,
        quantity=_quantity(line.quantity),
        unit=line.unit,
        amount=_amount(line.amount_minor, line.currency) if has_money else "",
        currency=line.currency if has_money else "",
        rate=line.rate if has_money and line.currency != base else "",
        base_amount=_amount(line.base_minor, base) if has_money else "",
        reason=line.reason,
    )


def _quantity(value) -> str:
    return number_text(value, group=False) if value is not None else ""


def _amount(minor: int, currency: str) -> str:
    """ "38600.00": the figure alone; the sheet prints the currency beside it."""
    return minor_text(minor, currency).rsplit(" ", 1)[0].replace(",", "")


def _name(user_id: str) -> str:
    account = UserAccount.get_or_none(UserAccount.user_id == user_id)
    return account.display_name if account is not None else user_id


def _when(instant: datetime | None) -> str:
    if instant is None:
        return ""
    zone = settings.department_zone()
    utc = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    shown = utc.astimezone(zone)
    return f"{shown:%Y-%m-%d %H:%M} {zone_label(zone, shown)}"
