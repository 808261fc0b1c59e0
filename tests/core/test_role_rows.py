"""The administrator's list of roles: every role in the department's order, with the number of
active accounts that hold it (a deactivated account keeps its roles but is not counted)."""

from __future__ import annotations

from conftest import ADMIN, PASSWORD

from qa_desktop.core.services import accounts
from qa_desktop.core.services.roles import SEEDED_ROLES, add_role, role_rows


def holders() -> dict[str, int]:
    return {row.code: row.holders for row in role_rows()}


def test_each_role_counts_the_active_accounts_holding_it(db) -> None:
    # The test accounts: admin and qa.li administrators, wang, qa.wang and li QA engineers.
    counted = holders()
    assert list(counted)[: len(SEEDED_ROLES)] == [code for code, _en, _zh in SEEDED_ROLES]
    assert counted["qa_engineer"] == 3
    assert counted["administrator"] == 2
    assert counted["qa_manager"] == 1
    assert counted["field_staff"] == 0


def test_a_deactivated_account_is_not_counted_and_a_new_role_has_none(db) -> None:
    accounts.deactivate(ADMIN, PASSWORD, "li", "left the company")
    add_role(ADMIN, PASSWORD, "quality_director", "Quality director", "质量总监")
    rows = {row.code: row for row in role_rows()}
    assert rows["qa_engineer"].holders == 2
    added = rows["quality_director"]
    assert (added.name_en, added.name_zh, added.active, added.holders) == (
        "Quality director",
        "质量总监",
        True,
        0,
    )
    assert list(rows)[-1] == "quality_director"  # the department's order: the newest last
