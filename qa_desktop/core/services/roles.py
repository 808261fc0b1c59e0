"""Roles: the seeded set, and the administrator's edits (the matrix gives them their rights)."""

from __future__ import annotations

import uuid

from qa_desktop.core.clock import to_storage, utc_now
from qa_desktop.core.models import Role

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


def role_names(lang: str) -> dict[str, str]:
    return {role.code: role.name(lang) for role in Role.select()}
