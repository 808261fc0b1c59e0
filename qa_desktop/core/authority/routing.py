"""Who must sign a handling proposal, in which order, and where a proposal stands.

Money is counted per complaint: a proposal needs an approver whose limit covers it together with
every other proposal on the complaint that is under way or agreed, so splitting a settlement into
small proposals, or editing one above a limit, never lowers the approver needed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from qa_desktop.core.authority.matrix import CONTEXT, Matrix, RoleRights, kinds_text
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.money import minor_text
from qa_desktop.core.vocab import Action, HandlingKind, Meaning, ProposalState

# Money under way or agreed; a draft, a rejected or a withdrawn proposal promises nothing.
COUNTING = frozenset({ProposalState.SUBMITTED, ProposalState.APPROVED, ProposalState.BINDING})


@dataclass(frozen=True)
class ProposalTotal:
    """Another proposal on the same complaint: its uuid, state and total in base minor units."""

    uuid: str
    state: ProposalState
    base_minor: int


def cumulative(others: Iterable[ProposalTotal], this_base_minor: int) -> int:
    """The money a proposal of `this_base_minor` must be approved for: itself plus every other
    proposal on the complaint that counts (COUNTING). `others` must not include this proposal.

    A proposal that promises no money needs no money authority, whatever went before, so it
    is 0; it still needs an approver for its kinds of handling and the final sign-off."""
    seen: set[str] = set()
    total = _amount(this_base_minor)
    for other in others:
        if other.uuid in seen:
            raise ValueError(f"proposal {other.uuid} is counted twice")
        seen.add(other.uuid)
        if ProposalState(other.state) in COUNTING:
            total += _amount(other.base_minor)
    return total if this_base_minor else 0


def _amount(minor: int) -> int:
    """Amounts reach here from money.to_base; anything else is a bug, not a user's mistake."""
    if isinstance(minor, bool) or not isinstance(minor, int) or minor < 0:
        raise ValueError(f"not an amount in minor units: {minor!r}")
    return minor


@dataclass(frozen=True)
class Step:
    """One signature a route needs. `kinds` are the kinds of handling the signer's role must
    approve, `money` whether its limit must cover the complaint's cumulative amount; a
    final-sign-off step needs Action.FINAL_SIGNOFF."""

    order: int
    role: str
    meaning: Meaning
    money: bool
    kinds: frozenset[HandlingKind]


def route(m: Matrix, *, kinds: Collection[HandlingKind], cumulative_minor: int) -> tuple[Step, ...]:
    """The signatures a proposal needs: the approval by the lowest role that may approve all its
    kinds and (with money) the cumulative amount, then the final sign-off that makes it binding.
    An approver who may give the final sign-off signs once, and that one signature does both.

    "Lowest": a role that approves no money, then the smallest limit that suffices, then no
    limit; at the same limit a role without the final sign-off, then the role code."""
    chosen = frozenset(HandlingKind(k) for k in kinds)
    if not chosen:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority", "A handling proposal needs at least one line saying what is offered."
            ),
        )
    amount = _amount(cumulative_minor)
    code, rights = _approver(m, chosen, amount)
    if Action.FINAL_SIGNOFF in rights.actions:
        return (Step(1, code, Meaning.FINAL_SIGNOFF, amount > 0, chosen),)
    final = _final_signer(m)
    return (
        Step(1, code, Meaning.APPROVED, amount > 0, chosen),
        Step(2, final, Meaning.FINAL_SIGNOFF, False, frozenset()),
    )


def authority_rank(rights: RoleRights) -> tuple[int, int, int]:
    """Orders roles from the lowest authority up (see route)."""
    if not rights.approves_money:
        money = (0, 0)
    elif rights.money_limit is None:
        money = (2, 0)
    else:
        money = (1, rights.money_limit)
    return (*money, int(Action.FINAL_SIGNOFF in rights.actions))


def _approver(m: Matrix, kinds: frozenset[HandlingKind], amount: int) -> tuple[str, RoleRights]:
    candidates = [
        (code, rights)
        for code, rights in m.roles.items()
        if kinds <= rights.approve_kinds and rights.covers(amount)
    ]
    if candidates:
        return min(candidates, key=lambda c: (authority_rank(c[1]), c[0]))
    if any(kinds <= rights.approve_kinds for rights in m.roles.values()):
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority",
                "No role may approve {amount} on one complaint; the authority matrix needs a higher limit.",
            ),
            amount=minor_text(amount, m.base_currency),
        )
    raise translated(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Authority",
            "No role may approve {kinds} together; split the proposal or change the authority matrix.",
        ),
        kinds=kinds_text(kinds),
    )


def _final_signer(m: Matrix) -> str:
    for code, rights in m.roles.items():  # in code order (Matrix keeps it)
        if Action.FINAL_SIGNOFF in rights.actions:
            return code
    raise translated(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Authority",
            "No role may give the final sign-off, so no handling could ever become binding.",
        ),
    )


# --- where a proposal stands ---------------------------------------------------------------------


@dataclass(frozen=True)
class RouteState:
    """A route with the signatures given so far (void ones left out by the caller)."""

    steps: tuple[Step, ...]
    signed: int  # how many steps are signed with their own meaning
    rejected: bool

    @property
    def binding(self) -> bool:
        return not self.rejected and self.signed == len(self.steps)

    @property
    def next_step(self) -> Step | None:
        """The step awaiting a signature; None once rejected or binding."""
        return None if self.rejected or self.binding else self.steps[self.signed]

    @property
    def state(self) -> ProposalState:
        if self.rejected:
            return ProposalState.REJECTED
        if self.binding:
            return ProposalState.BINDING
        # Approved: every step but the final sign-off is signed (a one-step route, where the
        # final signer approves too, is submitted until it is binding).
        approved = self.signed >= 1 and self.signed == len(self.steps) - 1
        return ProposalState.APPROVED if approved else ProposalState.SUBMITTED


def route_state(steps: Sequence[Step], signed: Iterable[tuple[int, Meaning]]) -> RouteState:
    """Where a proposal stands, from its route and its signatures in the order given: each signs
    the next step, with that step's meaning or `rejected`, which ends the route (a revised
    proposal gets a new one). Anything else cannot come from the services, so it is a ValueError
    (`qa-desktop verify` is where a tampered file is reported)."""
    steps = tuple(steps)
    _check_steps(steps)
    done, rejected = 0, False
    for order, meaning in signed:
        if rejected or done == len(steps):
            raise ValueError(f"a signature for step {order} after the route ended")
        step = steps[done]
        if order != step.order:
            raise ValueError(f"a signature for step {order} while step {step.order} is next")
        if Meaning(meaning) is Meaning.REJECTED:
            rejected = True
        elif meaning == step.meaning:
            done += 1
        else:
            raise ValueError(f"step {order} signed as {meaning}, not {step.meaning}")
    return RouteState(steps, done, rejected)


def _check_steps(steps: tuple[Step, ...]) -> None:
    if not steps or [s.order for s in steps] != list(range(1, len(steps) + 1)):
        raise ValueError("a route's steps are numbered 1, 2, … in order")
    if steps[-1].meaning is not Meaning.FINAL_SIGNOFF:
        raise ValueError("a route ends with the final sign-off")
