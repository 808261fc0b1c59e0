"""A handling proposal → the canonical data its signatures are bound to.

What is signed is exactly this: the proposal's lines and totals, the matrix version and the
amount its route was computed for, and the complaint fields it rests on (case, customer, coils
and quantities). It leaves out the state, the revision and the signatures themselves, so a
signature stays valid while others sign, and breaks when anything it attested changes."""

from __future__ import annotations

import hashlib
from typing import Any

from qa_desktop.core.documents import plain
from qa_desktop.core.models import CoilLine, Complaint, Proposal, ProposalLine
from qa_desktop.core.signing import canonical

SCHEMA = "qa-desktop/handling-proposal/1"


def proposal_data(proposal: Proposal) -> dict[str, Any]:
    complaint = Complaint.get_by_id(proposal.complaint_id)
    lines = ProposalLine.select().where(ProposalLine.proposal == proposal)
    return {
        "schema": SCHEMA,
        "uuid": str(proposal.uuid),
        "number": proposal.number,
        "round": proposal.round,
        "proposer": proposal.proposer,
        "summary": proposal.summary,
        "base_currency": proposal.base_currency,
        "total_base_minor": proposal.total_base_minor,
        "matrix_version": proposal.matrix_version,
        "cumulative_minor": proposal.cumulative_minor,
        "lines": [_line(line) for line in lines.order_by(ProposalLine.position)],
        "case": _case(complaint),
    }


def _line(line: ProposalLine) -> dict[str, Any]:
    return {
        "kind": line.kind,
        "quantity": plain(line.quantity),
        "unit": line.unit,
        "amount_minor": line.amount_minor,
        "currency": line.currency,
        "rate": line.rate,
        "base_minor": line.base_minor,
        "reason": line.reason,
    }


def _case(complaint: Complaint) -> dict[str, Any]:
    coils = CoilLine.select().where(CoilLine.complaint == complaint).order_by(CoilLine.position)
    return {
        "uuid": str(complaint.uuid),
        "case_no": complaint.case_no,
        "customer": complaint.customer.name,
        "affected_qty": plain(complaint.affected_qty),
        "affected_unit": complaint.affected_unit,
        "coils": [
            {
                "coil_no": c.coil_no,
                "heat_no": c.heat_no,
                "grade": c.grade,
                "weight_kg": plain(c.weight_kg),
                "quantity": plain(c.quantity),
                "unit": c.unit,
            }
            for c in coils
        ],
    }


def proposal_hash(proposal: Proposal) -> str:
    return hashlib.sha256(canonical(proposal_data(proposal))).hexdigest()
