"""The demo database's people: one account per role, all with the password printed by `demo`
and written in the README (a demo file is for trying the product, never for real cases)."""

from __future__ import annotations

from qa_desktop.core.models import UserAccount
from qa_desktop.core.services import accounts
from qa_desktop.core.services.context import Actor

DEMO_PASSWORD = "qa-demo-2026"

# user id, name, position, role. The engineer registers the demo's cases.
DEMO_USERS: tuple[tuple[str, str, str, str], ...] = (
    ("admin", "李敏", "系统管理员", "administrator"),
    ("wang", "王工", "品保工程师", "qa_engineer"),
    ("chen", "陈主管", "品保主管", "qa_manager"),
    ("liu", "刘总", "总经理", "general_manager"),
    ("zhou", "周工", "外勤人员", "field_staff"),
    ("zhao", "赵经理", "业务经理", "sales"),
)


def create_demo_accounts() -> dict[str, Actor]:
    """Every demo account, by role code; none of them must change the demo password."""
    admin_id, admin_name, admin_position, _role = DEMO_USERS[0]
    admin = accounts.create_first_administrator(
        admin_id, admin_name, DEMO_PASSWORD, admin_position
    ).actor
    made = {"administrator": admin}
    for user_id, name, position, role in DEMO_USERS[1:]:
        accounts.add_user(admin, DEMO_PASSWORD, user_id, name, DEMO_PASSWORD, [role], position)
        made[role] = Actor(user_id, name)
    UserAccount.update(must_change_password=False).execute()
    return made
