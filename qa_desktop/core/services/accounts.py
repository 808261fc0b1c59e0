"""Accounts: the first administrator, signing in, passwords, and the administrator's tools.

Passwords are never stored (Argon2id, core/passwords.py). Wrong passwords are counted per
account; after the department's number in a row the account locks until an administrator
unlocks it, and every refusal, lock and unlock is in the audit trail (21 CFR 11.300(d)).
A user id is never reused: a deactivated account stays, with its history and signatures."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from peewee import fn

from qa_desktop.core import passwords, settings
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import KeyWrap, Role, UserAccount, UserRole
from qa_desktop.core.password_check import verify_password
from qa_desktop.core.services import keys
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.text import clean_line, single_spaced

if TYPE_CHECKING:
    from qa_desktop.core.start_sign_in import CheckedAccount

CONTEXT = "Accounts"
WRONG = QT_TRANSLATE_NOOP("Accounts", "The user id or the password is wrong.")
WRONG_LEFT = QT_TRANSLATE_NOOP(
    "Accounts", "The password is wrong; {left} more wrong attempts lock the account."
)
LOCKED = QT_TRANSLATE_NOOP(
    "Accounts",
    "The account {user} is locked after too many wrong passwords; an administrator can unlock it.",
)
LOCKED_NOW = QT_TRANSLATE_NOOP(
    "Accounts",
    "The password is wrong again: the account {user} is now locked; an administrator can unlock it.",
)
INACTIVE = QT_TRANSLATE_NOOP("Accounts", "The account {user} is deactivated.")
NOT_FIRST = QT_TRANSLATE_NOOP(
    "Accounts", "This database has accounts already; an administrator adds new ones."
)
NO_ACCOUNTS = QT_TRANSLATE_NOOP(
    "Accounts",
    "This database has no accounts yet: open it in QA Desktop to create its administrator, "
    "or run qa-desktop user add ID --name NAME --db PATH.",
)
BAD_ID = QT_TRANSLATE_NOOP(
    "Accounts",
    "A user id is 2 to 32 letters, digits, dots, hyphens or underscores, starting with a letter.",
)
TAKEN = QT_TRANSLATE_NOOP(
    "Accounts",
    "The user id {user} is taken (user ids are never reused, even after deactivation).",
)
NO_NAME = QT_TRANSLATE_NOOP(
    "Accounts", "Enter the person's name as it is printed under a signature."
)
UNKNOWN_USER = QT_TRANSLATE_NOOP("Accounts", "There is no account {user}.")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Accounts", "There is no role {role}.")
NO_ROLE = QT_TRANSLATE_NOOP("Accounts", "Give the account at least one role.")
NOT_ADMIN = QT_TRANSLATE_NOOP("Accounts", "Only an administrator may do this; {user} is not one.")
LAST_ADMIN = QT_TRANSLATE_NOOP(
    "Accounts", "{user} is the last active administrator; make another one first."
)
NOT_YOURSELF = QT_TRANSLATE_NOOP(
    "Accounts", "An administrator cannot deactivate their own account."
)
NEEDS_PASSWORD = QT_TRANSLATE_NOOP(
    "Accounts",
    "Give a temporary password with the administrator role: the department key is sealed under it.",
)
NO_REASON = QT_TRANSLATE_NOOP("Accounts", "Say why the account is deactivated: it is audited.")
SAME_PASSWORD = QT_TRANSLATE_NOOP("Accounts", "The new password must differ from the old one.")

USER_ID = re.compile(r"[A-Za-z][A-Za-z0-9._-]{1,31}")


@dataclass(frozen=True)
class Session:
    """Who signed in, with what the window needs to know about them."""

    actor: Actor
    roles: frozenset[str]
    must_change_password: bool


@dataclass(frozen=True)
class UserRow:
    user_id: str
    display_name: str
    position: str
    roles: tuple[str, ...]
    active: bool
    locked: bool
    failed_attempts: int
    must_change_password: bool


def has_accounts() -> bool:
    return UserAccount.select().exists()


def require_accounts() -> None:
    if not has_accounts():
        raise translated(CONTEXT, NO_ACCOUNTS)


def actor_of(account: UserAccount) -> Actor:
    return Actor(account.user_id, account.display_name)


def account(user_id: str) -> UserAccount:
    found = UserAccount.get_or_none(UserAccount.user_id == user_id)
    if found is None:
        raise translated(CONTEXT, UNKNOWN_USER, user=user_id)
    return found


def roles_of(account: UserAccount) -> frozenset[str]:
    query = Role.select(Role.code).join(UserRole).where(UserRole.user == account)
    return frozenset(role.code for role in query)


def roles_of_user(user_id: str) -> frozenset[str]:
    """The roles of an active account of this file (none for anyone else): what a screen asks
    before it offers an action, as the services decide by the same roles."""
    found = UserAccount.get_or_none(UserAccount.user_id == user_id)
    return roles_of(found) if found is not None and found.active else frozenset()


def users() -> list[UserRow]:
    links: dict[int, list[str]] = {}
    for link in UserRole.select(UserRole.user, Role.code).join(Role).tuples():
        links.setdefault(link[0], []).append(link[1])
    return [
        UserRow(
            a.user_id,
            a.display_name,
            a.position,
            tuple(sorted(links.get(a.id, ()))),
            a.active,
            a.locked,
            a.failed_attempts,
            a.must_change_password,
        )
        for a in UserAccount.select().order_by(UserAccount.user_id)
    ]


# ---- the first administrator -----------------------------------------------------------------


def create_first_administrator(
    user_id: str, display_name: str, password: str, position: str = "", clock: Clock = utc_now
) -> Session:
    """A file without accounts gets its administrator, who holds the department key."""
    user_id, display_name, position = _checked_identity(user_id, display_name, position)
    passwords.check_new_password(password, user_id, display_name)
    founder = Actor(user_id, display_name)
    with write(founder, clock, account=False) as unit:
        if has_accounts():
            raise translated(CONTEXT, NOT_FIRST)
        created = _create_account(
            unit, user_id, display_name, position, password, ["administrator"]
        )
        created.must_change_password = False  # chose their own password just now
        created.save()
        department_private = keys.create_department_key(unit, created, password)
        keys.issue_signing_key(unit, created, password, department_private)
    return Session(founder, frozenset({"administrator"}), False)


# ---- signing in and passwords ----------------------------------------------------------------


def sign_in(user_id: str, password: str, clock: Clock = utc_now) -> Session:
    """A session for the right password; a counted refusal (one sentence) for anything else."""
    found = check_password(user_id.strip(), password, clock)
    return Session(actor_of(found), roles_of(found), found.must_change_password)


def session_of_checked(checked: CheckedAccount) -> Session:
    """The session of an account whose password a start-up checked before the models loaded
    (core/start_sign_in.py), refused as a sign-in is if it no longer may act or no longer holds
    the password hash that was checked (changed or reset since)."""
    found = UserAccount.get_or_none(UserAccount.user_id == checked.actor.user_id)
    if found is None or found.password_hash != checked.password_hash:
        raise translated(CONTEXT, WRONG)
    _refuse_if_barred(found)
    return Session(actor_of(found), roles_of(found), found.must_change_password)


def _refuse_if_barred(found: UserAccount) -> None:
    """An account that may not act, whatever the password: deactivated, or locked."""
    if not found.active:
        raise translated(CONTEXT, INACTIVE, user=found.user_id)
    if found.locked:
        raise translated(CONTEXT, LOCKED, user=found.user_id)


def check_password(user_id: str, password: str, clock: Clock = utc_now) -> UserAccount:
    """The account, if `password` is its password and it may act; otherwise the refusal is
    counted (and the account locked at the department's limit) before it is raised."""
    found = UserAccount.get_or_none(UserAccount.user_id == user_id)
    if found is None:
        # The same sentence as a wrong password: which user ids exist is not for a stranger.
        verify_password(_dummy_hash(), password)  # the same time, too
        raise translated(CONTEXT, WRONG)
    _refuse_if_barred(found)
    if verify_password(found.password_hash, password):
        if found.failed_attempts:
            with write(actor_of(found), clock) as unit:
                _reset_failures(unit, found)
        return found
    raise _count_failure(found, clock)


def open_own_key(user_id: str, password: str, clock: Clock = utc_now):
    """(account, signing key row, private key): the password checked as a sign-in checks it
    (counted, locking at the limit), then the key unsealed with it. What every signature asks
    first: a proposal's, a customer confirmation's witness, a visit pack's."""
    account = check_password(user_id, password, clock)
    key, private = keys.open_signing_key(account, password)
    return account, key, private


def _count_failure(found: UserAccount, clock: Clock) -> UserError:
    limit = settings.department("sign_in_attempts")
    with write(actor_of(found), clock, account=False) as unit:
        found = UserAccount.get_by_id(found.id)  # counted under the write lock
        found.failed_attempts += 1
        found.locked = found.failed_attempts >= limit
        unit.stamp(found, new=False)
        found.save()
        unit.audit("sign-in refused", found, {"failed_attempts": found.failed_attempts})
        if found.locked:
            unit.audit("lock", found, {"failed_attempts": found.failed_attempts})
    if found.locked:
        return translated(CONTEXT, LOCKED_NOW, user=found.user_id)
    return translated(CONTEXT, WRONG_LEFT, left=limit - found.failed_attempts)


def _reset_failures(unit: Unit, found: UserAccount) -> None:
    found.failed_attempts = 0
    unit.stamp(found, new=False)
    found.save()


def change_password(actor: Actor, old: str, new: str, clock: Clock = utc_now) -> None:
    """The user's own change: the old password proves it, the keys are sealed anew."""
    found = check_password(actor.user_id, old, clock)
    if new == old:
        raise translated(CONTEXT, SAME_PASSWORD)
    passwords.check_new_password(new, found.user_id, found.display_name)
    with write(actor, clock) as unit:
        found = UserAccount.get_by_id(found.id)
        keys.reseal_keys(found, old, new)
        _set_password(unit, found, new, temporary=False)
        unit.audit("change password", found)


def _set_password(unit: Unit, found: UserAccount, password: str, temporary: bool) -> None:
    found.password_hash = passwords.hash_password(password)
    found.must_change_password = temporary
    found.password_changed_at = to_storage(unit.clock())
    found.failed_attempts = 0
    found.locked = False
    unit.stamp(found, new=False)
    found.save()


# ---- the administrator's tools ---------------------------------------------------------------


def add_user(
    admin: Actor,
    admin_password: str,
    user_id: str,
    display_name: str,
    initial_password: str,
    roles: Sequence[str],
    position: str = "",
    clock: Clock = utc_now,
) -> UserRow:
    """A new account with a temporary password (changed at first sign-in) and a signing key
    the department key certifies: the administrator's password opens that key."""
    user_id, display_name, position = _checked_identity(user_id, display_name, position)
    passwords.check_new_password(initial_password, user_id, display_name)
    holder = _administrator(admin, admin_password, clock)
    with write(admin, clock) as unit:
        if UserAccount.select().where(fn.lower(UserAccount.user_id) == user_id.lower()).exists():
            raise translated(CONTEXT, TAKEN, user=user_id)
        created = _create_account(unit, user_id, display_name, position, initial_password, roles)
        department_private = keys.open_department_key(holder, admin_password)
        keys.issue_signing_key(unit, created, initial_password, department_private)
        _share_department_key(created, roles, department_private, initial_password)
    return _row(user_id)


def reset_password(
    admin: Actor, admin_password: str, user_id: str, new_password: str, clock: Clock = utc_now
) -> None:
    """A temporary password set by an administrator. The user's old key cannot be opened
    without the old password, so a new key pair is issued; the old one stays to verify."""
    holder = _administrator(admin, admin_password, clock)
    found = account(user_id)
    passwords.check_new_password(new_password, found.user_id, found.display_name)
    with write(admin, clock) as unit:
        found = UserAccount.get_by_id(found.id)
        _set_password(unit, found, new_password, temporary=True)
        department_private = keys.open_department_key(holder, admin_password)
        keys.issue_signing_key(unit, found, new_password, department_private)
        if keys.holds_department_key(found):
            keys.wrap_department_key(keys.department_key(), department_private, found, new_password)
        unit.audit("reset password", found)


def unlock(admin: Actor, admin_password: str, user_id: str, clock: Clock = utc_now) -> None:
    _administrator(admin, admin_password, clock)
    with write(admin, clock) as unit:
        found = account(user_id)
        found.locked = False
        found.failed_attempts = 0
        unit.stamp(found, new=False)
        found.save()
        unit.audit("unlock", found)


def deactivate(
    admin: Actor, admin_password: str, user_id: str, reason: str, clock: Clock = utc_now
) -> None:
    """The account signs in no more; its history and signatures stay. The reason is audited."""
    reason = single_spaced(reason)
    if not reason:
        raise translated(CONTEXT, NO_REASON)
    _administrator(admin, admin_password, clock)
    if user_id == admin.user_id:
        raise translated(CONTEXT, NOT_YOURSELF)
    with write(admin, clock) as unit:
        found = account(user_id)
        if "administrator" in roles_of(found):
            _keep_an_administrator(found)
        found.active = False
        unit.stamp(found, new=False)
        found.save()
        unit.audit("deactivate", found, reason=reason)


def set_roles(
    admin: Actor,
    admin_password: str,
    user_id: str,
    roles: Sequence[str],
    temporary_password: str | None = None,
    clock: Clock = utc_now,
) -> None:
    """Change a user's roles. Making someone an administrator hands them the department key,
    sealed under a temporary password given here (they choose their own at next sign-in)."""
    holder = _administrator(admin, admin_password, clock)
    found = account(user_id)
    before = roles_of(found)
    if "administrator" in roles and "administrator" not in before:
        if temporary_password is None:
            raise translated(CONTEXT, NEEDS_PASSWORD)
        passwords.check_new_password(temporary_password, found.user_id, found.display_name)
    with write(admin, clock) as unit:
        found = UserAccount.get_by_id(found.id)
        if "administrator" in before and "administrator" not in roles:
            _keep_an_administrator(found)
            KeyWrap.delete().where(KeyWrap.user == found).execute()
        _link_roles(found, roles)
        if temporary_password is not None and "administrator" not in before:
            department_private = keys.open_department_key(holder, admin_password)
            _set_password(unit, found, temporary_password, temporary=True)
            keys.issue_signing_key(unit, found, temporary_password, department_private)
            keys.wrap_department_key(
                keys.department_key(), department_private, found, temporary_password
            )
        unit.stamp(found, new=False)
        found.save()
        unit.audit("roles", found, {"roles": [sorted(before), sorted(set(roles))]})


# ---- helpers ---------------------------------------------------------------------------------


def check_administrator(admin: Actor, password: str, clock: Clock = utc_now) -> UserAccount:
    return _administrator(admin, password, clock)


def _administrator(admin: Actor, password: str, clock: Clock) -> UserAccount:
    """The administrator, after their password is checked again (an administrator's change is
    signed by their own hand, as a matrix change is)."""
    found = check_password(admin.user_id, password, clock)
    if "administrator" not in roles_of(found):
        raise translated(CONTEXT, NOT_ADMIN, user=admin.user_id)
    return found


def _keep_an_administrator(leaving: UserAccount) -> None:
    others = (
        UserAccount.select()
        .join(UserRole)
        .join(Role)
        .where((Role.code == "administrator") & UserAccount.active & (UserAccount.id != leaving.id))
    )
    if not others.exists():
        raise translated(CONTEXT, LAST_ADMIN, user=leaving.user_id)


def _checked_identity(user_id: str, display_name: str, position: str) -> tuple[str, str, str]:
    user_id = clean_line(user_id).strip()
    if not USER_ID.fullmatch(user_id):
        raise translated(CONTEXT, BAD_ID)
    display_name = single_spaced(display_name)
    if not display_name:
        raise translated(CONTEXT, NO_NAME)
    return user_id, display_name, single_spaced(position)


def _create_account(
    unit: Unit,
    user_id: str,
    display_name: str,
    position: str,
    password: str,
    roles: Iterable[str],
) -> UserAccount:
    created = UserAccount(
        user_id=user_id,
        display_name=display_name,
        position=position,
        password_hash=passwords.hash_password(password),
        password_changed_at=to_storage(unit.clock()),
    )
    unit.stamp(created, new=True)
    created.save(force_insert=True)
    _link_roles(created, roles)
    unit.audit(
        "create",
        created,
        {"user_id": user_id, "display_name": display_name, "roles": sorted(set(roles))},
    )
    return created


def _link_roles(found: UserAccount, roles: Iterable[str]) -> None:
    codes = sorted(set(roles))
    if not codes:
        raise translated(CONTEXT, NO_ROLE)
    known = {r.code: r for r in Role.select().where(Role.code.in_(codes) & Role.active)}
    for code in codes:
        if code not in known:
            raise translated(CONTEXT, UNKNOWN_ROLE, role=code)
    UserRole.delete().where(UserRole.user == found).execute()
    for code in codes:
        UserRole.create(user=found, role=known[code])


def _share_department_key(created, roles, department_private, password) -> None:
    if "administrator" in roles:
        keys.wrap_department_key(keys.department_key(), department_private, created, password)


def _row(user_id: str) -> UserRow:
    return next(row for row in users() if row.user_id == user_id)


@cache
def _dummy_hash() -> str:
    """A hash to check against when the user id is unknown: a refusal takes as long either way."""
    return passwords.hash_password("not a password of anyone")
