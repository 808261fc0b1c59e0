"""Delegation: an approver lets a named colleague sign for them for a while (core/authority's
`check_delegation` and `may_sign` are the rules). The delegator gives it with their own
password; a signature made under it shows "for X, by delegation"."""

from __future__ import annotations

from datetime import date

from qa_desktop.core import authority
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import Delegation, UserAccount
from qa_desktop.core.services import accounts
from qa_desktop.core.services import matrix as matrices
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.text import single_spaced

NOT_YOURS = QT_TRANSLATE_NOOP("Accounts", "Only who gave a delegation may revoke it.")
FIELD_ONLY = QT_TRANSLATE_NOOP(
    "Accounts",
    "{user} may only confirm quantities on site: approving handling or money cannot be delegated to them.",
)


def delegate(
    delegator: Actor,
    password: str,
    delegate_id: str,
    first_day: date,
    last_day: date,
    cap_minor: int | None,
    reason: str = "",
    clock: Clock = utc_now,
) -> Delegation:
    """A delegation from `delegator`, checked against the matrix in force and their roles."""
    giver = accounts.check_password(delegator.user_id, password, clock)
    taker = accounts.account(delegate_id)
    rule = authority.Delegation(giver.user_id, taker.user_id, first_day, last_day, cap_minor)
    rules = matrices.matrix()
    authority.check_delegation(rules, accounts.roles_of(giver), rule)
    if not _may_hold(rules, accounts.roles_of(taker)):
        raise translated("Accounts", FIELD_ONLY, user=taker.display_name)
    with write(delegator, clock) as unit:
        row = Delegation(
            delegator=giver,
            delegate=taker,
            first_day=first_day,
            last_day=last_day,
            cap_minor=cap_minor,
            reason=single_spaced(reason),
        )
        unit.stamp(row, new=True)
        row.save(force_insert=True)
        unit.audit(
            "create",
            row,
            {
                "delegate": taker.user_id,
                "first_day": first_day,
                "last_day": last_day,
                "cap_minor": cap_minor,
            },
            reason=row.reason,
        )
    return row


def _may_hold(rules: authority.Matrix, roles: frozenset[str]) -> bool:
    """Field staff confirm quantities only, never money or handling (seed 000 §4.4.3): not
    through a delegation either. A delegate must hold a role that does more than that."""
    only = {authority.Action.CONFIRM_QUANTITIES}
    return any(rules.rights(role).actions - only for role in roles)


def revoke(delegator: Actor, delegation_id: int, clock: Clock = utc_now) -> None:
    with write(delegator, clock) as unit:
        row = Delegation.get_by_id(delegation_id)
        if row.delegator.user_id != delegator.user_id:
            raise translated("Accounts", NOT_YOURS)
        row.revoked = True
        unit.stamp(row, new=False)
        row.save()
        unit.audit("revoke", row)


def held_by(user_id: str) -> list[tuple[authority.Delegation, frozenset[str]]]:
    """The delegations `user_id` holds, with each delegator's roles now (may_sign's input)."""
    found = []
    query = (
        Delegation.select()
        .join(UserAccount, on=Delegation.delegate)
        .where((UserAccount.user_id == user_id) & ~Delegation.revoked)
    )
    for row in query:
        giver = row.delegator
        if not giver.active:
            continue
        rule = authority.Delegation(
            giver.user_id, user_id, row.first_day, row.last_day, row.cap_minor
        )
        found.append((rule, accounts.roles_of(giver)))
    return found
