"""Roles: the seeded set, and the administrator's edits (the matrix gives them their rights)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from peewee import JOIN, fn

from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import Role, UserAccount, UserRole
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.text import single_spaced
from qa_desktop.core.vocab import Action

# (code, English, Chinese): the roles DOMAIN.md names. The codes are what the authority
# matrix refers to, so they stay; the names are the department's to edit.
SEEDED_ROLES = (
    ("field_staff", "Field staff", "外勤人员"),
    ("qa_engineer", "QA engineer", "品保工程师"),
    ("qa_manager", "QA manager", "品保主管"),
    ("general_manager", "General manager", "总经理"),
    ("sales", "Sales", "业务部"),
    ("administrator", "Administrator", "系统管理员"),
)


def seed_roles() -> None:
    """The seeded roles, in a new file or one upgraded to accounts (the file's own doing)."""
    now = to_storage(utc_now())
    for code, name_en, name_zh in SEEDED_ROLES:
        Role.insert(
            uuid=uuid.uuid4(),
            code=code,
            name_en=name_en,
            name_zh=name_zh,
            created_at=now,
            updated_at=now,
            created_by="system",
            updated_by="system",
        ).on_conflict_ignore().execute()


def roles(active_only: bool = True) -> list[Role]:
    query = Role.select().order_by(Role.id)
    if active_only:
        query = query.where(Role.active)
    return list(query)


@dataclass(frozen=True)
class RoleRow:
    """A role as the administrator's list shows it: its names and how many hold it."""

    code: str
    name_en: str
    name_zh: str
    active: bool
    holders: int  # active accounts with the role (deactivated ones keep theirs, uncounted)


def role_rows() -> list[RoleRow]:
    """Every role, in the department's order, with the number of active accounts holding it."""
    holders = fn.COUNT(UserAccount.id)
    query = (
        Role.select(Role.code, Role.name_en, Role.name_zh, Role.active, holders)
        .join(UserRole, JOIN.LEFT_OUTER)
        .join(
            UserAccount, JOIN.LEFT_OUTER, on=(UserRole.user == UserAccount.id) & UserAccount.active
        )
        .group_by(Role.id)
        .order_by(Role.id)
    )
    return [RoleRow(*values) for values in query.tuples()]


def role_names(lang: str) -> dict[str, str]:
    return {role.code: role.name(lang) for role in Role.select()}


ROLE_CODE = re.compile(r"[a-z][a-z0-9_]{1,31}")
BAD_CODE = QT_TRANSLATE_NOOP(
    "Accounts",
    "A role code is 2 to 32 small letters, digits or underscores, starting with a letter.",
)
TAKEN = QT_TRANSLATE_NOOP("Accounts", "There is a role {code} already.")
NO_NAME = QT_TRANSLATE_NOOP("Accounts", "Give the role an English or a Chinese name.")


def add_role(
    admin: Actor, password: str, code: str, name_en: str, name_zh: str, clock: Clock = utc_now
) -> Role:
    """A new role, with no rights until the authority matrix gives it some."""
    from qa_desktop.core.services.accounts import check_administrator

    code, name_en, name_zh = code.strip().lower(), single_spaced(name_en), single_spaced(name_zh)
    if not ROLE_CODE.fullmatch(code):
        raise translated("Accounts", BAD_CODE)
    if not (name_en or name_zh):
        raise translated("Accounts", NO_NAME)
    check_administrator(admin, password, clock)
    with write(admin, clock, needs=Action.ADMINISTER) as unit:
        if Role.get_or_none(Role.code == code) is not None:
            raise translated("Accounts", TAKEN, code=code)
        role = Role(code=code, name_en=name_en or name_zh, name_zh=name_zh)
        unit.stamp(role, new=True)
        role.save(force_insert=True)
        unit.audit("create", role, {"code": code, "name_en": role.name_en, "name_zh": name_zh})
    return role


def rename_role(
    admin: Actor, password: str, code: str, name_en: str, name_zh: str, clock: Clock = utc_now
) -> Role:
    from qa_desktop.core.services.accounts import check_administrator

    name_en, name_zh = single_spaced(name_en), single_spaced(name_zh)
    if not (name_en or name_zh):
        raise translated("Accounts", NO_NAME)
    check_administrator(admin, password, clock)
    with write(admin, clock, needs=Action.ADMINISTER) as unit:
        role = Role.get_or_none(Role.code == code)
        if role is None:
            raise translated("Accounts", UNKNOWN, role=code)
        before = (role.name_en, role.name_zh)
        role.name_en, role.name_zh = name_en or role.name_en, name_zh
        unit.stamp(role, new=False)
        role.save()
        unit.audit("update", role, {"names": [list(before), [role.name_en, role.name_zh]]})
    return role


UNKNOWN = QT_TRANSLATE_NOOP("Accounts", "There is no role {role}.")
