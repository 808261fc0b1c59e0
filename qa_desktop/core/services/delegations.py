"""Delegation: an approver lets a named colleague sign for them for a while (core/authority's
`check_delegation` and `may_sign` are the rules). The delegator gives it with their own
password; a signature made under it shows "for X, by delegation"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from qa_desktop.core import authority
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import Delegation, UserAccount
from qa_desktop.core.money import MAX_MINOR, minor_digits, minor_text, to_minor
from qa_desktop.core.services import accounts
from qa_desktop.core.services import matrix as matrices
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.text import single_spaced

NOT_YOURS = QT_TRANSLATE_NOOP("Accounts", "Only who gave a delegation may revoke it.")
FIELD_ONLY = QT_TRANSLATE_NOOP(
    "Accounts",
    "{user} may only confirm quantities on site: approving handling or money cannot be delegated to them.",
)
BAD_CAP = QT_TRANSLATE_NOOP(
    "Accounts", "{value} is not an amount in {currency} with at most {digits} decimal places."
)

TOO_LARGE_CAP = QT_TRANSLATE_NOOP("Accounts", "A delegation's cap can be at most {largest}.")


@dataclass(frozen=True)
class DelegationRow:
    """One delegation as a person's list shows it: `given` by them, or held from `other`."""

    id: int
    given: bool
    other_id: str
    other_name: str
    first_day: date
    last_day: date
    cap_minor: int | None
    reason: str
    revoked: bool


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


def delegations_of(user_id: str) -> list[DelegationRow]:
    """The delegations `user_id` gave or holds, revoked ones too, the latest first."""
    me = UserAccount.get_or_none(UserAccount.user_id == user_id)
    if me is None:
        return []
    rows = []
    query = (
        Delegation.select()
        .where((Delegation.delegator == me) | (Delegation.delegate == me))
        .order_by(Delegation.first_day.desc(), Delegation.id.desc())
    )
    for row in query:
        giver, taker = row.delegator, row.delegate
        given = giver.user_id == user_id
        other = taker if given else giver
        rows.append(
            DelegationRow(
                row.id,
                given,
                other.user_id,
                other.display_name,
                row.first_day,
                row.last_day,
                row.cap_minor,
                row.reason,
                row.revoked,
            )
        )
    return rows


def cap_from_text(text: str, currency: str) -> int | None:
    """A typed cap ("40,000" or "40000.00") as minor units of `currency`; empty: None (the
    service then says whether an unlimited cap is the delegator's to give)."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    digits = minor_digits(currency)
    if value is not None and value.is_finite() and abs(value.scaleb(digits)) > MAX_MINOR:
        raise translated("Accounts", TOO_LARGE_CAP, largest=minor_text(MAX_MINOR, currency))
    if value is None or not value.is_finite() or value != round(value, digits):
        raise translated(
            "Accounts", BAD_CAP, value=text.strip()[:40], currency=currency, digits=digits
        )
    return to_minor(value, currency)
