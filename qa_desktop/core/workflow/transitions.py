"""What may follow what: the pure transition table (issue 12, DOMAIN.md, seed 002 §5.2.1).

Each row names the right the actor's roles must hold (vocab.Action, granted by the authority
matrix), whether a reason must be written (it goes into the audit trail), and the facts that must
be true first. The services compute the facts from the case; this table only names them.

Reopening (seed 002 §5.2.1) comes in two kinds, and the kind decides where the case goes back:
- A, the improvement was not effective: QA is notified on a new complaint handling form to work
  out a new improvement, so the case re-enters investigation for a new round of root cause and
  corrective actions.
- B, the customer disagrees about the standard: we talk it through with the customer, so the case
  re-enters `replied` (we are in conversation with the customer; no new cause, no new handling).
  If the talk shows our standard falls short of the customer's need, the seed says to take plan
  A: the case then leaves follow-up for investigation like any unsatisfied follow-up.
An unsatisfied follow-up (issue 12, Follow-up) offers the same two ways back before closure.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.vocab import Action, Status

CONTEXT = "Workflow"


class Precondition(StrEnum):
    """A fact about the case that must be true before a transition; the services compute it."""

    VALIDITY_JUDGED = "validity_judged"
    CONTAINMENT_RECORDED = "containment_recorded"
    ROOT_CAUSE_RECORDED = "root_cause_recorded"
    HANDLING_APPROVED_OR_NONE = "handling_approved_or_none"
    REPLY_SENT = "reply_sent"
    ACTIONS_VERIFIED = "actions_verified"
    FEEDBACK_OR_REASON = "feedback_or_reason"
    FINAL_SIGNOFF_WHERE_MONEY = "final_signoff_where_money"

    def unmet(self) -> str:
        """The sentence (untranslated, marked) that says what to do; `{target}` is the state."""
        return UNMET[self]


UNMET: dict[Precondition, str] = {
    Precondition.VALIDITY_JUDGED: QT_TRANSLATE_NOOP(
        "Workflow", "Before “{target}”, judge whether the complaint is valid."
    ),
    Precondition.CONTAINMENT_RECORDED: QT_TRANSLATE_NOOP(
        "Workflow", "Before “{target}”, record the containment of the suspect material."
    ),
    Precondition.ROOT_CAUSE_RECORDED: QT_TRANSLATE_NOOP(
        "Workflow", "Before “{target}”, record the root cause."
    ),
    Precondition.HANDLING_APPROVED_OR_NONE: QT_TRANSLATE_NOOP(
        "Workflow",
        "Before “{target}”, the handling must be approved, or recorded as not needed.",
    ),
    Precondition.REPLY_SENT: QT_TRANSLATE_NOOP(
        "Workflow", "Before “{target}”, send the reply to the customer."
    ),
    Precondition.ACTIONS_VERIFIED: QT_TRANSLATE_NOOP(
        "Workflow", "Before “{target}”, every action must be verified by QA."
    ),
    Precondition.FEEDBACK_OR_REASON: QT_TRANSLATE_NOOP(
        "Workflow", "Before “{target}”, record the customer's feedback, or why none came."
    ),
    Precondition.FINAL_SIGNOFF_WHERE_MONEY: QT_TRANSLATE_NOOP(
        "Workflow", "Before “{target}”, the approved handling needs its final sign-off."
    ),
}


@dataclass(frozen=True)
class Transition:
    """One row of the table; `label` is the marked text a window shows on the step's button."""

    source: Status
    target: Status
    label: str
    action: Action = Action.EDIT
    reason_required: bool = False
    preconditions: tuple[Precondition, ...] = ()

    def text(self, lang: str | None = None) -> str:
        """The step's button text, translated."""
        return translate(CONTEXT, self.label, lang)


# Closing has the same conditions whichever way the case came: for an invalid complaint there are
# usually no actions (all verified, vacuously) and no money, but a goodwill payment still needs
# its final sign-off, and the tactful answer is the reply.
CLOSING = (
    Precondition.ACTIONS_VERIFIED,
    Precondition.REPLY_SENT,
    Precondition.FEEDBACK_OR_REASON,
    Precondition.FINAL_SIGNOFF_WHERE_MONEY,
)
_INVALID = QT_TRANSLATE_NOOP("Workflow", "Judge invalid")
_AGAIN_A = QT_TRANSLATE_NOOP("Workflow", "Improvement not effective: new round")
_AGAIN_B = QT_TRANSLATE_NOOP("Workflow", "Disagreement on standards: talk it through")
_REOPEN_A = QT_TRANSLATE_NOOP("Workflow", "Reopen: improvement not effective")
_REOPEN_B = QT_TRANSLATE_NOOP("Workflow", "Reopen: disagreement on standards")


def _invalid(source: Status) -> Transition:
    return Transition(
        source, Status.INVALID, _INVALID, reason_required=True,
        preconditions=(Precondition.VALIDITY_JUDGED,),
    )  # fmt: skip


TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        Status.REGISTERED,
        Status.CONTAINMENT,
        QT_TRANSLATE_NOOP("Workflow", "Valid: start containment"),
        preconditions=(Precondition.VALIDITY_JUDGED,),
    ),
    Transition(
        Status.CONTAINMENT,
        Status.INVESTIGATION,
        QT_TRANSLATE_NOOP("Workflow", "Start the investigation"),
        preconditions=(Precondition.CONTAINMENT_RECORDED,),
    ),
    Transition(
        Status.INVESTIGATION,
        Status.HANDLING,
        QT_TRANSLATE_NOOP("Workflow", "Propose the handling"),
        preconditions=(Precondition.ROOT_CAUSE_RECORDED,),
    ),
    Transition(
        Status.HANDLING,
        Status.REPLIED,
        QT_TRANSLATE_NOOP("Workflow", "Reply sent"),
        preconditions=(Precondition.HANDLING_APPROVED_OR_NONE, Precondition.REPLY_SENT),
    ),
    Transition(
        Status.REPLIED,
        Status.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Workflow", "Start the follow-up"),
        preconditions=(Precondition.REPLY_SENT,),
    ),
    Transition(
        Status.FOLLOW_UP,
        Status.CLOSED,
        QT_TRANSLATE_NOOP("Workflow", "Close the case"),
        action=Action.CLOSE,
        preconditions=CLOSING,
    ),
    Transition(Status.FOLLOW_UP, Status.INVESTIGATION, _AGAIN_A, reason_required=True),
    Transition(Status.FOLLOW_UP, Status.REPLIED, _AGAIN_B, reason_required=True),
    _invalid(Status.REGISTERED),
    _invalid(Status.CONTAINMENT),
    _invalid(Status.INVESTIGATION),
    Transition(
        Status.INVALID,
        Status.ANSWERED,
        QT_TRANSLATE_NOOP("Workflow", "Answer sent"),
        preconditions=(Precondition.REPLY_SENT,),
    ),
    Transition(
        Status.ANSWERED,
        Status.CLOSED,
        QT_TRANSLATE_NOOP("Workflow", "Close the case"),
        action=Action.CLOSE,
        preconditions=CLOSING,
    ),
    Transition(
        Status.CLOSED, Status.INVESTIGATION, _REOPEN_A, action=Action.REOPEN, reason_required=True
    ),
    Transition(
        Status.CLOSED, Status.REPLIED, _REOPEN_B, action=Action.REOPEN, reason_required=True
    ),
)

_BY_PAIR: dict[tuple[Status, Status], Transition] = {(t.source, t.target): t for t in TRANSITIONS}
assert len(_BY_PAIR) == len(TRANSITIONS), "one row per (from, to): the pair names the step"


# The ways back into a case's work (plans A and B, from follow-up or reopened): each starts a new
# round, in which the reply and the feedback must be given again.
NEW_ROUND: frozenset[tuple[Status, Status]] = frozenset(
    (t.source, t.target)
    for t in TRANSITIONS
    if t.source in (Status.FOLLOW_UP, Status.CLOSED) and t.target != Status.CLOSED
)


def find(source: Status | str, target: Status | str) -> Transition | None:
    """The table's row from `source` to `target`, or None when the table has no such step."""
    try:
        return _BY_PAIR.get((Status(source), Status(target)))
    except ValueError:
        return None


def from_state(source: Status | str) -> list[Transition]:
    """Every row leaving `source`, in table order (the order a window lists them in)."""
    return [t for t in TRANSITIONS if t.source == source]
