"""What is true of a case, as the workflow's preconditions ask it (core/workflow/transitions.py).

Each fact reads the records another part keeps (containment lines, the 8D's steps, actions,
replies, follow-ups, proposals); the workflow service asks them all before it moves a case. A
round is the case's life since it was last sent back (reopened, or a follow-up not satisfied):
a reply or feedback from before that counts for the round before, not this one."""

from __future__ import annotations

from datetime import datetime

from qa_desktop.core.clock import from_storage
from qa_desktop.core.models import (
    Complaint,
    EightDStep,
    FollowUp,
    Proposal,
    StatusChange,
)
from qa_desktop.core.services import actions, containment, eightd, replies
from qa_desktop.core.vocab import ProposalState, Status, Validity
from qa_desktop.core.workflow import NEW_ROUND, Precondition

ROOT_CAUSE_STEP = 4  # D4: root cause of occurrence and of escape, completed and signed
Facts = dict[Precondition, bool]


def facts(complaint: Complaint, target: Status) -> Facts:
    """Every precondition's truth for moving `complaint` to `target` (cheap: a few queries)."""
    return for_target(common_facts(complaint), complaint, target)


def common_facts(complaint: Complaint) -> Facts:
    """The preconditions that do not depend on where the step goes: read once for all the
    steps a window offers."""
    rounds = _sent_back(complaint)
    since = rounds[-1].at if rounds else None
    proposals = _proposal_states(complaint)  # both handling facts weigh the same proposals
    return {
        Precondition.CONTAINMENT_RECORDED: containment.containment_recorded(complaint.id),
        Precondition.ROOT_CAUSE_RECORDED: root_cause_recorded(complaint),
        Precondition.HANDLING_APPROVED_OR_NONE: handling_settled(complaint, proposals),
        Precondition.REPLY_SENT: reply_sent(complaint, since),
        Precondition.ACTIONS_VERIFIED: actions.all_actions_verified(complaint.id),
        Precondition.FEEDBACK_OR_REASON: feedback_recorded(complaint, 1 + len(rounds)),
        Precondition.FINAL_SIGNOFF_WHERE_MONEY: final_signoff_given(proposals),
    }


def for_target(common: Facts, complaint: Complaint, target: Status) -> Facts:
    """`common` with the judgement the step to `target` needs."""
    return {**common, Precondition.VALIDITY_JUDGED: _judged(complaint, target)}


def _judged(complaint: Complaint, target: Status) -> bool:
    """Someone answers for the case, and it was judged valid before containment starts. The
    step "Judge invalid" is itself the judgement (its reason is the validity's reason), so it
    needs only the owner: a case found invalid during the investigation goes that way too."""
    if not complaint.owner.strip():
        return False
    return target == Status.INVALID or complaint.validity == Validity.VALID


def round_number(complaint: Complaint) -> int:
    """1, and one more for each time the case was sent back."""
    return 1 + len(_sent_back(complaint))


def round_started(complaint: Complaint) -> datetime | None:
    """When the current round began (stored UTC), or None in the first round."""
    rounds = _sent_back(complaint)
    return rounds[-1].at if rounds else None


def _sent_back(complaint: Complaint) -> list[StatusChange]:
    changes = StatusChange.select().where(StatusChange.complaint == complaint)
    return [
        c
        for c in changes.order_by(StatusChange.at, StatusChange.id)
        if (c.from_status, c.to_status) in NEW_ROUND
    ]


def root_cause_recorded(complaint: Complaint) -> bool:
    """D4 was completed and signed by whoever completed it (not reopened since), and names the
    verified root causes of the occurrence and the escape in words."""
    step = EightDStep.get_or_none(
        (EightDStep.complaint == complaint) & (EightDStep.step == ROOT_CAUSE_STEP)
    )
    return (
        step is not None and step.completed_at is not None and eightd.has_root_cause(complaint.id)
    )


def _proposal_states(complaint: Complaint) -> list[str]:
    return [p.state for p in Proposal.select(Proposal.state).where(Proposal.complaint == complaint)]


def handling_settled(complaint: Complaint, states: list[str]) -> bool:
    """Nothing awaits approval and some handling was approved, or none is needed (with why);
    `states` are the case's proposals' states."""
    if ProposalState.SUBMITTED in states:
        return False
    approved = {ProposalState.APPROVED, ProposalState.BINDING}
    return any(s in approved for s in states) or bool(complaint.no_handling_reason.strip())


def final_signoff_given(states: list[str]) -> bool:
    """Every approved proposal has become binding with its final sign-off (seed 000 §4.6)."""
    return ProposalState.APPROVED not in states


def reply_sent(complaint: Complaint, since: datetime | None) -> bool:
    """An 8D report issued or the answer to an invalid complaint sent, this round."""
    return replies.reply_sent(complaint.id, from_storage(since) if since is not None else None)


def feedback_recorded(complaint: Complaint, round_: int | None = None) -> bool:
    """This round's follow-up (or round `round_`'s) has the customer's satisfaction, or why
    none came."""
    round_ = round_number(complaint) if round_ is None else round_
    row = FollowUp.get_or_none((FollowUp.complaint == complaint) & (FollowUp.round == round_))
    return row is not None and (row.satisfaction is not None or bool(row.no_feedback_reason))
