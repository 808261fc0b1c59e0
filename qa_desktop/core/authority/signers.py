"""Who may sign a step of a route: in their own right, or for a colleague who delegated to them.

The proposer never signs their own proposal, not in their own right and not through anyone's
delegation, and nobody signs for the proposer; one person signs one step of a proposal.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from qa_desktop.core.authority.matrix import CONTEXT, Matrix, money_limit, role_label
from qa_desktop.core.authority.routing import Step
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.money import minor_text
from qa_desktop.core.vocab import Action, Meaning


@dataclass(frozen=True)
class Delegation:
    """`delegator` lets `delegate` sign, from `first_day` to `last_day` (the department's days,
    both included), the steps of the delegator's roles, for cumulative amounts up to `cap_minor`
    (base minor units; None only for a delegator without a money limit)."""

    delegator: str
    delegate: str
    first_day: date
    last_day: date
    cap_minor: int | None


@dataclass(frozen=True)
class Authority:
    """Why `signer` may sign: in their own right (`delegator` None), or for `delegator`."""

    signer: str
    role: str
    delegator: str | None = None
    delegation: Delegation | None = None

    @property
    def own(self) -> bool:
        return self.delegator is None

    def describe(self, delegator_name: str | None = None, lang: str | None = None) -> str:
        """What the signature shows beside the signer's name: nothing in their own right, else
        "for Zhang Wei, by delegation" (the name the caller gives, else the user id)."""
        if self.delegator is None:
            return ""
        return translate(
            CONTEXT, QT_TRANSLATE_NOOP("Authority", "for {name}, by delegation"), lang
        ).format(name=delegator_name or self.delegator)


def check_delegation(m: Matrix, delegator_roles: Collection[str], d: Delegation) -> None:
    """Refuse a delegation that would give the delegate more than the delegator has."""
    if not d.delegate.strip() or not d.delegator.strip():
        raise _refusal(QT_TRANSLATE_NOOP("Authority", "Name the colleague you delegate to."))
    if d.delegate == d.delegator:
        raise _refusal(QT_TRANSLATE_NOOP("Authority", "You cannot delegate to yourself."))
    if d.last_day < d.first_day:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "Authority", "The delegation's last day {last} is before its first day {first}."
            ),
            first=d.first_day.isoformat(),
            last=d.last_day.isoformat(),
        )
    cap = d.cap_minor
    if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 0):
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "Authority", "The delegation's cap must be a whole amount, zero or more."
            )
        )
    rights = [m.rights(role) for role in delegator_roles]
    if not any(r.approve_kinds or Action.FINAL_SIGNOFF in r.actions for r in rights):
        raise _refusal(
            QT_TRANSLATE_NOOP("Authority", "You hold no right to approve that you could delegate.")
        )
    own = money_limit(m, delegator_roles)
    if own is not None and (cap is None or cap > own):
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "Authority", "A delegation's cap can be at most your own limit of {limit}."
            ),
            limit=minor_text(own, m.base_currency),
        )


def may_sign(
    m: Matrix,
    step: Step,
    *,
    signer: str,
    signer_roles: Collection[str],
    proposer: str,
    cumulative_minor: int,
    on: date,
    delegations: Iterable[tuple[Delegation, Collection[str]]] = (),
    signed_by: Collection[str] = (),
) -> Authority:
    """How `signer` may sign `step` on day `on`, or a UserError saying why not.

    `m` is the matrix version the proposal was routed by and `cumulative_minor` the amount it
    was routed for; each delegation comes with its delegator's current roles; `signed_by` are
    the people who signed earlier steps of this proposal."""
    if signer == proposer:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "Authority",
                "You proposed this handling, so you cannot sign it, not even for someone else.",
            )
        )
    if signer in signed_by:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "Authority",
                "You have signed this proposal already; another person must sign this step.",
            )
        )
    own_refusal = None
    if step.role in signer_roles:
        own_refusal = _uncovered(m, step, cumulative_minor)
        if own_refusal is None:
            return Authority(signer, step.role)
    refusals: list[tuple[int, UserError]] = []
    for d, roles in delegations:
        if d.delegate != signer or d.delegator == signer:
            continue
        refusal = _delegation_refusal(m, step, d, roles, proposer, cumulative_minor, on)
        if refusal is None:
            return Authority(signer, step.role, d.delegator, d)
        refusals.append(refusal)
    if own_refusal is not None:
        raise own_refusal
    if refusals:
        raise min(refusals, key=lambda r: r[0])[1]
    raise _refusal(
        QT_TRANSLATE_NOOP(
            "Authority",
            "Only the role {role} may sign this step, and no delegation to you covers it.",
        ),
        role=role_label(step.role),
    )


def _delegation_refusal(
    m: Matrix,
    step: Step,
    d: Delegation,
    roles: Collection[str],
    proposer: str,
    cumulative_minor: int,
    on: date,
) -> tuple[int, UserError] | None:
    """Why `d` does not cover `step`, ranked (0 first) by how much it tells the signer; None if
    it does."""
    who = d.delegator
    if who == proposer:
        return 1, _refusal(
            QT_TRANSLATE_NOOP(
                "Authority", "{delegator} proposed this handling, so nobody may sign it for them."
            ),
            delegator=who,
        )
    if step.role not in roles:
        return 2, _refusal(
            QT_TRANSLATE_NOOP(
                "Authority",
                "{delegator} no longer holds the role {role}, so their delegation does not cover this step.",
            ),
            delegator=who,
            role=role_label(step.role),
        )
    if not d.first_day <= on <= d.last_day:
        return 0, _refusal(
            QT_TRANSLATE_NOOP(
                "Authority",
                "The delegation from {delegator} runs from {first} to {last}, not on {day}.",
            ),
            delegator=who,
            first=d.first_day.isoformat(),
            last=d.last_day.isoformat(),
            day=on.isoformat(),
        )
    if step.money and d.cap_minor is not None and cumulative_minor > d.cap_minor:
        return 0, _refusal(
            QT_TRANSLATE_NOOP(
                "Authority",
                "The delegation from {delegator} covers up to {cap}; this complaint's proposals come to {amount}.",
            ),
            delegator=who,
            cap=minor_text(d.cap_minor, m.base_currency),
            amount=minor_text(cumulative_minor, m.base_currency),
        )
    uncovered = _uncovered(m, step, cumulative_minor)
    return None if uncovered is None else (0, uncovered)


def _uncovered(m: Matrix, step: Step, cumulative_minor: int) -> UserError | None:
    """Why the step's role (in this matrix version) lacks a right the step needs, or None."""
    rights = m.rights(step.role)
    if not step.kinds <= rights.approve_kinds or (
        step.meaning is Meaning.FINAL_SIGNOFF and Action.FINAL_SIGNOFF not in rights.actions
    ):
        return _refusal(
            QT_TRANSLATE_NOOP(
                "Authority", "The role {role} no longer has the right this step needs."
            ),
            role=role_label(step.role),
        )
    if step.money and not rights.covers(cumulative_minor):
        limit = rights.money_limit if rights.approves_money else 0
        return _refusal(
            QT_TRANSLATE_NOOP(
                "Authority",
                "The role {role} may approve up to {limit}; this complaint's proposals come to {amount}.",
            ),
            role=role_label(step.role),
            limit=minor_text(limit or 0, m.base_currency),
            amount=minor_text(cumulative_minor, m.base_currency),
        )
    return None


def _refusal(message: str, **values: object) -> UserError:
    return translated(CONTEXT, message, **values)
