"""Signing a handling proposal: approve, reject, the final sign-off; and paper signatures.

An electronic signature asks for the signer's password again (counted like a sign-in) and is
made with the signer's own key, which only that password opens. It covers the proposal's
canonical record (core/proposal_record.py) and the audit chain's head at that moment, so a
signature copied to another record, a record changed afterwards, or the end of the trail cut
off is caught by `qa-desktop verify`. A paper signature is recorded by someone else with the
scan of the sheet, and signed by the recorder's key, never as the signer's own."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from qa_desktop.core import authority, settings, signing
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.media import PreparedMedia
from qa_desktop.core.models import Complaint, Proposal, Signature, UserAccount
from qa_desktop.core.proposal_record import proposal_hash
from qa_desktop.core.services import accounts, keys
from qa_desktop.core.services import matrix as matrices
from qa_desktop.core.services.attachments import attach_one
from qa_desktop.core.services.closed_cases import refuse_closed, refuse_closed_first
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.delegations import held_by
from qa_desktop.core.services.proposals import count_approved, steps_of, stored
from qa_desktop.core.text import written
from qa_desktop.core.vocab import Action, Meaning, ProposalState
from qa_desktop.core.workflow import FINAL

CONTEXT = "Signatures"
PURPOSE = "qa-desktop signature"
NOT_AWAITING = QT_TRANSLATE_NOOP(
    "Signatures", "Proposal {number} of {case} is {state}: there is nothing to sign."
)
CHANGED = QT_TRANSLATE_NOOP(
    "Signatures",
    "Proposal {number} of {case} changed since it was submitted; it must be submitted again.",
)
NEEDS_COMMENT = QT_TRANSLATE_NOOP("Signatures", "Say why the proposal is rejected.")


@dataclass(frozen=True)
class Decision:
    approve: bool  # False: reject
    comment: str = ""


def sign_proposal(
    proposal_id: int,
    decision: Decision,
    password: str,
    actor: Actor,
    clock: Clock = utc_now,
) -> Signature:
    """The next step of the proposal's route, signed by `actor`, or a refusal that says why."""
    comment = _comment(decision)
    account, key, private = _opened_key(proposal_id, actor, password, clock)
    with write(actor, clock) as unit:
        proposal, step, by = _next_step(unit, proposal_id, actor.user_id)
        meaning = step.meaning if decision.approve else Meaning.REJECTED
        row = _signature(unit, proposal, step, meaning, account, by, comment, key.key_id)
        row.signature = signing.sign(private, payload(row))
        row.save(force_insert=True)
        _after_signing(unit, proposal, row)
    return row


def record_paper_signature(
    proposal_id: int,
    signer_id: str,
    decision: Decision,
    scan: PreparedMedia,
    password: str,
    actor: Actor,
    clock: Clock = utc_now,
) -> Signature:
    """A signature given on the printed sheet, recorded by `actor` (who may propose) with the
    scan; the signer must have had the authority the step needs, as for an electronic one."""
    comment = _comment(decision)
    _recorder, key, private = _opened_key(proposal_id, actor, password, clock)
    signer = accounts.account(signer_id)
    with write(actor, clock, needs=Action.PROPOSE) as unit:
        proposal, step, by = _next_step(unit, proposal_id, signer.user_id)
        meaning = step.meaning if decision.approve else Meaning.REJECTED
        row = _signature(unit, proposal, step, meaning, signer, by, comment, key.key_id)
        row.kind, row.recorded_by, row.scan_sha256 = "paper", actor.user_id, scan.sha256
        _attach_scan(unit, proposal, scan)  # stores the scan's bytes once, by their hash
        row.signature = signing.sign(private, payload(row))
        row.save(force_insert=True)
        _after_signing(unit, proposal, row)
    return row


def _comment(decision: Decision) -> str:
    """The comment, cleaned; a rejection says why (asked before the password is checked)."""
    comment = written(decision.comment)
    if not decision.approve and not comment:
        raise translated(CONTEXT, NEEDS_COMMENT)
    return comment


def _opened_key(proposal_id: int, actor: Actor, password: str, clock: Clock):
    """The actor's account and signing key, opened with the password (each check counted);
    a closed case's proposal is refused first, with no password counted for nothing."""
    proposal = Proposal.get_or_none(Proposal.id == proposal_id)
    if proposal is not None:  # an unknown one: the write's own look-up says so
        refuse_closed_first(proposal.complaint_id)
    return accounts.open_own_key(actor.user_id, password, clock)


def _next_step(unit: Unit, proposal_id: int, signer_id: str):
    proposal = stored(proposal_id)
    refuse_closed(proposal.complaint_id)
    state = ProposalState(proposal.state)
    if state not in (ProposalState.SUBMITTED, ProposalState.APPROVED):
        raise translated(
            CONTEXT,
            NOT_AWAITING,
            number=proposal.number,
            case=proposal.complaint.case_no,
            state=state.label(),
        )
    if proposal_hash(proposal) != proposal.content_hash:
        raise translated(CONTEXT, CHANGED, number=proposal.number, case=proposal.complaint.case_no)
    steps = steps_of(proposal)
    given = current_signatures(proposal)
    route = authority.route_state(steps, [(s.step, Meaning(s.meaning)) for s in given])
    step = route.next_step
    assert step is not None  # submitted or approved: a step is awaited
    signer = accounts.account(signer_id)
    by = authority.may_sign(
        matrices.matrix(proposal.matrix_version),
        step,
        signer=signer.user_id,
        signer_roles=accounts.roles_of(signer),
        proposer=proposal.proposer,
        cumulative_minor=proposal.cumulative_minor or 0,
        on=unit.clock().astimezone(settings.department_zone()).date(),
        delegations=held_by(signer.user_id),
        signed_by=[s.signer for s in given],
    )
    return proposal, step, by


def current_signatures(proposal: Proposal) -> list[Signature]:
    return list(
        Signature.select()
        .where((Signature.record_uuid == str(proposal.uuid)) & ~Signature.void)
        .order_by(Signature.id)
    )


def _signature(
    unit: Unit,
    proposal: Proposal,
    step: authority.Step,
    meaning: Meaning,
    signer: UserAccount,
    by: authority.Authority,
    comment: str,
    key_id: str,
) -> Signature:
    head_id, head_hash = unit.chain_head()
    now = unit.clock()
    return Signature(
        uuid=uuid.uuid4().hex,
        record_table=Proposal._meta.table_name,
        record_uuid=str(proposal.uuid),
        round=proposal.round,
        step=step.order,
        meaning=meaning.value,
        signer=signer.user_id,
        printed_name=signer.display_name,
        position=signer.position,
        role=step.role,
        on_behalf_of=by.delegator or "",
        key_id=key_id,
        signed_at=to_storage(now),
        signed_tz=settings.department_zone().key,
        content_hash=proposal.content_hash,
        audit_head_id=head_id,
        audit_head_hash=head_hash,
        comment=comment,
    )


def payload(row: Signature) -> dict[str, Any]:
    """Exactly what a signature signs (verify rebuilds it from the stored row)."""
    signed_at = row.signed_at
    if isinstance(signed_at, datetime):
        signed_at = signed_at.isoformat()
    return {
        "purpose": PURPOSE,
        "database": keys.database_uuid(),
        "signature": row.uuid,
        "record": {"table": row.record_table, "uuid": row.record_uuid, "round": row.round},
        "step": row.step,
        "meaning": row.meaning,
        "kind": row.kind,
        "signer": row.signer,
        "printed_name": row.printed_name,
        "position": row.position,
        "role": row.role,
        "on_behalf_of": row.on_behalf_of,
        "recorded_by": row.recorded_by,
        "key": row.key_id,
        "signed_at": {"utc": str(signed_at), "zone": row.signed_tz},
        "content_hash": row.content_hash,
        "audit_head": [row.audit_head_id, row.audit_head_hash],
        "comment": row.comment,
        "scan": row.scan_sha256,
    }


def _after_signing(unit: Unit, proposal: Proposal, row: Signature) -> None:
    unit.audit_key(
        "sign",
        Signature._meta.table_name,
        row.uuid,
        {
            "proposal": str(proposal.uuid),
            "round": row.round,
            "step": row.step,
            "meaning": row.meaning,
            "kind": row.kind,
            "signer": row.signer,
            "content_hash": row.content_hash,
        },
    )
    given = [(s.step, Meaning(s.meaning)) for s in current_signatures(proposal)]
    state = authority.route_state(steps_of(proposal), given).state
    if state.value != proposal.state:
        proposal.state = state.value
        unit.stamp(proposal, new=False)
        proposal.save()
        count_approved(proposal)
        unit.audit("state", proposal, {"state": state.value, "round": proposal.round})


def _attach_scan(unit: Unit, proposal: Proposal, scan: PreparedMedia) -> None:
    """The scanned sheet also shows among the complaint's attachments."""
    caption = f"signed sheet, proposal {proposal.number} v{proposal.round}"
    attach_one(unit, proposal.complaint, scan, caption)


def next_step(proposal: Proposal) -> authority.Step | None:
    """The step the proposal's route awaits; None when it is not awaiting a signature."""
    if proposal.state not in (ProposalState.SUBMITTED.value, ProposalState.APPROVED.value):
        return None
    given = [(s.step, Meaning(s.meaning)) for s in current_signatures(proposal)]
    return authority.route_state(steps_of(proposal), given).next_step


def awaiting(actor: Actor) -> list[tuple[Proposal, authority.Step]]:
    """Proposals whose next step the actor may sign (the main window's list); none of a closed
    case, whose proposals are signed only once it is reopened (refuse_closed)."""
    account = accounts.account(actor.user_id)
    roles = accounts.roles_of(account)
    found = []
    states = (ProposalState.SUBMITTED.value, ProposalState.APPROVED.value)
    held = held_by(actor.user_id)  # once, not per proposal: the window asks at every start
    query = (
        Proposal.select()
        .join(Complaint)
        .where(Proposal.state.in_(states), Complaint.status.not_in(FINAL))
        .order_by(Proposal.id)
    )
    for proposal in query:
        step = next_step(proposal)
        if step is None or proposal.proposer == actor.user_id:
            continue
        if step.role in roles or any(step.role in their for _d, their in held):
            found.append((proposal, step))
    return found
