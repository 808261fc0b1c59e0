"""Handling proposals (拟办意见): drafted by a QA engineer, submitted along the route the
authority matrix gives them, revised after a rejection, voided when what was signed changes.

The rules are core/authority's; this module only applies them to stored proposals."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from qa_desktop.core import authority
from qa_desktop.core.authority import ProposalTotal, Step
from qa_desktop.core.case_figures import refresh_approved
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import FieldError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import Complaint, Proposal, ProposalLine, Signature
from qa_desktop.core.proposal_lines import CleanLine, LineDraft, check_lines
from qa_desktop.core.proposal_record import proposal_hash
from qa_desktop.core.services import matrix as matrices
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.text import written
from qa_desktop.core.vocab import Action, HandlingKind, Meaning, ProposalState

CONTEXT = "Proposals"
UNKNOWN = QT_TRANSLATE_NOOP("Proposals", "There is no such handling proposal (it was removed).")
STALE = QT_TRANSLATE_NOOP(
    "Proposals", "Proposal {number} of {case} was changed by {user} after you opened it."
)
NOT_DRAFT = QT_TRANSLATE_NOOP(
    "Proposals", "Proposal {number} of {case} is {state}: only a draft can be submitted."
)
NOT_YOURS = QT_TRANSLATE_NOOP(
    "Proposals", "Proposal {number} of {case} is {proposer}'s: only its proposer submits it."
)
NO_SUMMARY = QT_TRANSLATE_NOOP("Proposals", "Say in a sentence what is proposed.")
# The audited reasons (English, as every detail of the trail is).
CONTENT_CHANGED = "the signed content changed"
REVISED = "revised after a rejection"


@dataclass(frozen=True)
class ProposalView:
    """A proposal as screens and documents show it."""

    proposal: Proposal
    lines: tuple[ProposalLine, ...]
    steps: tuple[Step, ...]
    signatures: tuple[Signature, ...]  # every round, voided ones too, in the order given


def stored(proposal_id: int) -> Proposal:
    found = Proposal.get_or_none(Proposal.id == proposal_id)
    if found is None:
        raise translated(CONTEXT, UNKNOWN)
    return found


def view(proposal_id: int) -> ProposalView:
    proposal = stored(proposal_id)
    lines = tuple(proposal.lines.order_by(ProposalLine.position))
    signatures = tuple(
        Signature.select().where(Signature.record_uuid == str(proposal.uuid)).order_by(Signature.id)
    )
    return ProposalView(proposal, lines, steps_of(proposal), signatures)


def proposals_of(complaint_id: int) -> list[Proposal]:
    return list(
        Proposal.select().where(Proposal.complaint == complaint_id).order_by(Proposal.number)
    )


def steps_of(proposal: Proposal) -> tuple[Step, ...]:
    if not proposal.route:
        return ()
    return tuple(
        Step(
            s["order"],
            s["role"],
            Meaning(s["meaning"]),
            s["money"],
            frozenset(HandlingKind(k) for k in s["kinds"]),
        )
        for s in json.loads(proposal.route)
    )


def _route_json(steps: Iterable[Step]) -> str:
    return json.dumps(
        [
            {
                "order": s.order,
                "role": s.role,
                "meaning": s.meaning.value,
                "money": s.money,
                "kinds": sorted(k.value for k in s.kinds),
            }
            for s in steps
        ],
        sort_keys=True,
    )


# ---- drafting --------------------------------------------------------------------------------


def draft_proposal(
    complaint_id: int,
    summary: str,
    lines: list[LineDraft],
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Proposal:
    """A new draft on a complaint; nothing is routed or counted until it is submitted."""
    base = matrices.matrix().base_currency
    summary, clean = _checked(summary, lines, base, lang)
    with write(actor, clock, needs=Action.PROPOSE) as unit:
        complaint = Complaint.get_by_id(complaint_id)
        refuse_closed(complaint, lang)
        last = Proposal.select().where(Proposal.complaint == complaint).count()
        proposal = Proposal(
            complaint=complaint,
            number=last + 1,
            proposer=actor.user_id,
            summary=summary,
            base_currency=base,
        )
        _fill(unit, proposal, summary, clean, new=True)
        unit.audit("create", proposal, {"case_no": complaint.case_no, "number": proposal.number})
    return proposal


def update_proposal(
    proposal_id: int,
    expected_revision: int,
    summary: str,
    lines: list[LineDraft],
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Proposal:
    """Change a proposal. A submitted or signed one goes back to draft in a new round: its
    signatures are voided (visibly, with the reason) and it needs a new route."""
    with write(actor, clock, needs=Action.PROPOSE) as unit:
        proposal = stored(proposal_id)
        refuse_closed(proposal.complaint_id, lang)
        _check_revision(proposal, expected_revision, lang)
        summary, clean = _checked(summary, lines, proposal.base_currency, lang)
        before = proposal_hash(proposal)
        state = ProposalState(proposal.state)
        _fill(unit, proposal, summary, clean, new=False)
        if proposal_hash(proposal) == before:
            return proposal
        if state is ProposalState.REJECTED:
            back_to_draft(unit, proposal, REVISED)
        elif state is not ProposalState.DRAFT:
            back_to_draft(unit, proposal, CONTENT_CHANGED)
        unit.audit("update", proposal, {"round": proposal.round})
    return proposal


def _checked(
    summary: str, lines: list[LineDraft], base: str, lang: str | None
) -> tuple[str, list[CleanLine]]:
    summary = written(summary)
    clean, errors = check_lines(lines, base, lang)
    if not summary:
        errors.insert(0, FieldError("summary", translate(CONTEXT, NO_SUMMARY, lang)))
    if errors:
        raise ValidationError(errors)
    return summary, clean


def _fill(unit: Unit, proposal: Proposal, summary: str, lines: list[CleanLine], new: bool) -> None:
    proposal.summary = summary
    proposal.total_base_minor = sum(line.base_minor for line in lines)
    unit.stamp(proposal, new=new)
    proposal.save(force_insert=new)
    ProposalLine.delete().where(ProposalLine.proposal == proposal).execute()
    for position, line in enumerate(lines):
        row = ProposalLine(
            proposal=proposal,
            position=position,
            kind=line.kind,
            quantity=line.quantity,
            unit=line.unit,
            amount_minor=line.amount_minor,
            currency=line.currency,
            rate=format(line.rate.normalize(), "f"),
            base_minor=line.base_minor,
            reason=line.reason,
        )
        unit.stamp(row, new=True)
        row.save(force_insert=True)


def _check_revision(proposal: Proposal, expected: int, lang: str | None) -> None:
    if proposal.revision != expected:
        raise translated(
            CONTEXT,
            STALE,
            lang,
            number=proposal.number,
            case=proposal.complaint.case_no,
            user=proposal.updated_by,
        )


# ---- submitting ------------------------------------------------------------------------------


def submit_proposal(proposal_id: int, actor: Actor, clock: Clock = utc_now) -> Proposal:
    """Route the proposal by the matrix in force, for the money on the complaint so far."""
    with write(actor, clock, needs=Action.PROPOSE) as unit:
        proposal = stored(proposal_id)
        refuse_closed(proposal.complaint_id)
        if proposal.state != ProposalState.DRAFT:
            raise _refused(NOT_DRAFT, proposal, state=ProposalState(proposal.state).label())
        if proposal.proposer != actor.user_id:
            raise _refused(NOT_YOURS, proposal, proposer=proposal.proposer)
        rules = matrices.matrix()
        kinds = {HandlingKind(line.kind) for line in proposal.lines}
        amount = authority.cumulative(_others(proposal), proposal.total_base_minor)
        steps = authority.route(rules, kinds=kinds, cumulative_minor=amount)
        proposal.matrix_version = rules.version
        proposal.cumulative_minor = amount
        proposal.route = _route_json(steps)
        proposal.state = ProposalState.SUBMITTED.value
        proposal.submitted_at = to_storage(clock())
        unit.stamp(proposal, new=False)
        proposal.content_hash = proposal_hash(proposal)
        proposal.save()
        unit.audit(
            "submit",
            proposal,
            {
                "round": proposal.round,
                "matrix_version": rules.version,
                "cumulative_minor": amount,
                "route": [f"{s.order}:{s.role}:{s.meaning.value}" for s in steps],
                "content_hash": proposal.content_hash,
            },
        )
    return proposal


def _others(proposal: Proposal) -> list[ProposalTotal]:
    rows = Proposal.select().where(
        (Proposal.complaint == proposal.complaint_id) & (Proposal.id != proposal.id)
    )
    return [ProposalTotal(str(p.uuid), ProposalState(p.state), p.total_base_minor) for p in rows]


def _refused(message: str, proposal: Proposal, **values: object):
    return translated(
        CONTEXT, message, number=proposal.number, case=proposal.complaint.case_no, **values
    )


# ---- voiding ---------------------------------------------------------------------------------


def back_to_draft(unit: Unit, proposal: Proposal, reason: str) -> None:
    """Void the signatures of the round in force, and start the next round as a draft."""
    now = to_storage(unit.clock())
    voided = (
        Signature.update(void=True, void_reason=reason, voided_at=now)
        .where((Signature.record_uuid == str(proposal.uuid)) & ~Signature.void)
        .execute()
    )
    proposal.round += 1
    proposal.state = ProposalState.DRAFT.value
    proposal.route = ""
    proposal.content_hash = ""
    proposal.matrix_version = None
    proposal.cumulative_minor = None
    unit.stamp(proposal, new=False)
    proposal.save()
    count_approved(proposal)
    unit.audit("void", proposal, {"round": proposal.round, "signatures": voided}, reason=reason)


def count_approved(proposal: Proposal) -> None:
    """After a proposal's state changed: its complaint's approved amount (case_figures.py),
    in the same transaction."""
    refresh_approved(Proposal._meta.database, [proposal.complaint_id])


def check_signed_content(unit: Unit, complaint: Complaint) -> None:
    """After a complaint changed: a proposal whose signed content (case, customer, coils and
    quantities) no longer matches goes back to draft, its signatures voided."""
    for proposal in Proposal.select().where(
        (Proposal.complaint == complaint) & (Proposal.state != ProposalState.DRAFT.value)
    ):
        if proposal.content_hash and proposal_hash(proposal) != proposal.content_hash:
            back_to_draft(unit, proposal, CONTENT_CHANGED)
