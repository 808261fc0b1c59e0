"""Accounts through the services: the first administrator, signing in and locking, passwords,
the administrator's tools; and that no write happens without an active account."""

from __future__ import annotations

import pytest
from conftest import ADMIN, ENGINEER, PASSWORD, add_test_accounts, example_draft, work_entries
from peewee import SqliteDatabase

from qa_desktop.core import settings
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import AuditEntry, KeyWrap, SigningKey, UserAccount
from qa_desktop.core.services import accounts, keys
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor

NEW_PASSWORD = "Sink-drawing-2026"


def trail() -> list[tuple[str, str]]:
    return [(e.actor, e.action) for e in AuditEntry.select().order_by(AuditEntry.id)]


def count(model) -> int:
    return model.select().count()


def test_a_new_file_has_no_accounts_until_its_administrator_is_created(db_path) -> None:
    from qa_desktop.core.db import close_database, open_database

    database = open_database(db_path)
    try:
        assert not accounts.has_accounts()
        with pytest.raises(UserError, match="no accounts yet"):
            accounts.require_accounts()
        session = accounts.create_first_administrator("li.min", "李敏", PASSWORD, "系统管理员")
        assert session.roles == {"administrator"}
        assert keys.holds_department_key(accounts.account("li.min"))
        assert keys.department_fingerprint().count(" ") == 15  # 16 groups a person compares
        with pytest.raises(UserError, match="has accounts already"):
            accounts.create_first_administrator("other", "Other", PASSWORD)
        assert count(UserAccount) == 1
    finally:
        close_database(database)


def test_the_password_is_not_stored_and_the_key_is_sealed(db: SqliteDatabase) -> None:
    stored = accounts.account(ENGINEER.user_id)
    assert stored.password_hash.startswith("$argon2id$") and PASSWORD not in stored.password_hash
    key = SigningKey.get(SigningKey.user == stored)
    assert PASSWORD not in key.sealed and len(bytes(key.public_key)) == 32


def test_sign_in_gives_a_session_with_the_roles(db: SqliteDatabase) -> None:
    session = accounts.sign_in(ENGINEER.user_id, PASSWORD)
    assert session.actor == ENGINEER and session.roles == {"qa_engineer"}


def test_an_unknown_user_and_a_wrong_password_get_the_same_sentence(db: SqliteDatabase) -> None:
    with pytest.raises(UserError) as unknown:
        accounts.sign_in("nobody", PASSWORD)
    assert str(unknown.value) == "The user id or the password is wrong."
    with pytest.raises(UserError, match="4 more wrong attempts"):
        accounts.sign_in(ENGINEER.user_id, "wrong password")


def test_wrong_passwords_lock_the_account_at_the_limit(db: SqliteDatabase) -> None:
    limit = settings.department("sign_in_attempts")
    for _ in range(limit - 1):
        with pytest.raises(UserError, match="more wrong attempts"):
            accounts.sign_in(ENGINEER.user_id, "wrong password")
    with pytest.raises(UserError, match="is now locked"):
        accounts.sign_in(ENGINEER.user_id, "wrong password")
    with pytest.raises(UserError, match="is locked"):
        accounts.sign_in(ENGINEER.user_id, PASSWORD)  # even the right one
    with pytest.raises(UserError, match="not an active account"):
        register_complaint(example_draft(), ENGINEER)  # a locked account writes nothing
    assert ("wang", "lock") in trail()
    accounts.unlock(ADMIN, PASSWORD, ENGINEER.user_id)
    assert accounts.sign_in(ENGINEER.user_id, PASSWORD).actor == ENGINEER
    assert ("admin", "unlock") in trail()


def test_a_right_password_resets_the_count(db: SqliteDatabase) -> None:
    for _ in range(3):
        with pytest.raises(UserError):
            accounts.sign_in(ENGINEER.user_id, "wrong password")
    accounts.sign_in(ENGINEER.user_id, PASSWORD)
    assert accounts.account(ENGINEER.user_id).failed_attempts == 0


def test_a_password_change_keeps_the_key_pair(db: SqliteDatabase) -> None:
    before = SigningKey.get(SigningKey.user == accounts.account(ENGINEER.user_id))
    accounts.change_password(ENGINEER, PASSWORD, NEW_PASSWORD)
    after = SigningKey.get(SigningKey.user == accounts.account(ENGINEER.user_id))
    assert bytes(after.public_key) == bytes(before.public_key)
    keys.open_signing_key(accounts.account(ENGINEER.user_id), NEW_PASSWORD)  # opens
    with pytest.raises(UserError):
        accounts.sign_in(ENGINEER.user_id, PASSWORD)
    assert accounts.sign_in(ENGINEER.user_id, NEW_PASSWORD).actor == ENGINEER


def test_a_password_change_is_refused_with_the_wrong_old_one_or_a_weak_new_one(db) -> None:
    with pytest.raises(UserError, match="password is wrong"):
        accounts.change_password(ENGINEER, "not it", NEW_PASSWORD)
    with pytest.raises(UserError):
        accounts.change_password(ENGINEER, PASSWORD, "short")
    with pytest.raises(UserError, match="differ from the old"):
        accounts.change_password(ENGINEER, PASSWORD, PASSWORD)
    assert accounts.sign_in(ENGINEER.user_id, PASSWORD).actor == ENGINEER


def test_an_administrators_password_change_reseals_the_department_key(db) -> None:
    accounts.change_password(ADMIN, PASSWORD, NEW_PASSWORD)
    holder = accounts.account(ADMIN.user_id)
    keys.open_department_key(holder, NEW_PASSWORD)
    accounts.add_user(ADMIN, NEW_PASSWORD, "chen", "陈主管", PASSWORD, ["qa_manager"])


def test_a_reset_issues_a_new_key_and_keeps_the_old_one_retired(db) -> None:
    accounts.reset_password(ADMIN, PASSWORD, ENGINEER.user_id, NEW_PASSWORD)
    engineer = accounts.account(ENGINEER.user_id)
    pairs = list(SigningKey.select().where(SigningKey.user == engineer).order_by(SigningKey.id))
    assert len(pairs) == 2
    assert pairs[0].retired_at is not None and pairs[0].sealed == ""
    assert pairs[1].retired_at is None
    session = accounts.sign_in(ENGINEER.user_id, NEW_PASSWORD)
    assert session.must_change_password  # a temporary password
    assert ("admin", "reset password") in trail()


def test_administering_needs_the_administrators_own_password_and_role(db) -> None:
    before = count(UserAccount)
    with pytest.raises(UserError, match="password is wrong"):
        accounts.add_user(ADMIN, "not it", "chen", "陈主管", PASSWORD, ["qa_manager"])
    with pytest.raises(UserError, match="not one"):
        accounts.add_user(ENGINEER, PASSWORD, "chen", "陈主管", PASSWORD, ["qa_manager"])
    with pytest.raises(UserError, match="not one"):
        accounts.unlock(ENGINEER, PASSWORD, ADMIN.user_id)
    assert count(UserAccount) == before


@pytest.mark.parametrize(
    ("user_id", "name", "roles", "expected"),
    [
        ("wang", "Another Wang", ["qa_engineer"], "taken"),
        ("WANG", "Another Wang", ["qa_engineer"], "taken"),
        ("w", "Too short", ["qa_engineer"], "2 to 32"),
        ("1abc", "Digit first", ["qa_engineer"], "2 to 32"),
        ("li min", "Space", ["qa_engineer"], "2 to 32"),
        ("li'; DROP TABLE user_account;--", "Injection", ["qa_engineer"], "2 to 32"),
        ("chen", "  ", ["qa_engineer"], "name"),
        ("chen", "陈主管", [], "at least one role"),
        ("chen", "陈主管", ["pope"], "no role pope"),
    ],
)
def test_a_bad_new_account_is_refused_and_nothing_is_written(db, user_id, name, roles, expected):
    before = (count(UserAccount), count(AuditEntry), count(SigningKey))
    with pytest.raises(UserError, match=expected):
        accounts.add_user(ADMIN, PASSWORD, user_id, name, PASSWORD, roles)
    assert (count(UserAccount), count(AuditEntry), count(SigningKey)) == before


def test_a_deactivated_user_signs_in_no_more_and_its_id_is_never_reused(db) -> None:
    with pytest.raises(UserError, match="Say why"):
        accounts.deactivate(ADMIN, PASSWORD, ENGINEER.user_id, "  ")
    accounts.deactivate(ADMIN, PASSWORD, ENGINEER.user_id, "left the company")
    with pytest.raises(UserError, match="deactivated"):
        accounts.sign_in(ENGINEER.user_id, PASSWORD)
    with pytest.raises(UserError, match="never reused"):
        accounts.add_user(ADMIN, PASSWORD, ENGINEER.user_id, "New Wang", PASSWORD, ["qa_engineer"])
    entry = AuditEntry.get(AuditEntry.action == "deactivate")
    assert entry.reason == "left the company"


def test_the_last_administrator_stays(db) -> None:
    with pytest.raises(UserError, match="own account"):
        accounts.deactivate(ADMIN, PASSWORD, ADMIN.user_id, "testing")
    accounts.set_roles(ADMIN, PASSWORD, "qa.li", ["qa_manager"])  # the other administrator
    with pytest.raises(UserError, match="last active administrator"):
        accounts.set_roles(ADMIN, PASSWORD, ADMIN.user_id, ["qa_manager"])


def test_a_new_administrator_gets_the_department_key_under_a_temporary_password(db) -> None:
    with pytest.raises(UserError, match="temporary password"):
        accounts.set_roles(ADMIN, PASSWORD, ENGINEER.user_id, ["qa_engineer", "administrator"])
    accounts.set_roles(
        ADMIN, PASSWORD, ENGINEER.user_id, ["qa_engineer", "administrator"], NEW_PASSWORD
    )
    engineer = accounts.account(ENGINEER.user_id)
    keys.open_department_key(engineer, NEW_PASSWORD)
    accounts.set_roles(ENGINEER, NEW_PASSWORD, ADMIN.user_id, ["qa_manager"])  # now allowed
    assert not KeyWrap.select().where(KeyWrap.user == accounts.account(ADMIN.user_id)).exists()


def test_no_write_without_an_active_account(db: SqliteDatabase) -> None:
    from qa_desktop.core.models import Complaint

    before = count(AuditEntry)
    for stranger in (Actor("local", "Local user"), Actor("ghost"), Actor("")):
        with pytest.raises(UserError, match="not an active account"):
            register_complaint(example_draft(), stranger)
    assert (count(AuditEntry), count(Complaint)) == (before, 0)


def test_a_second_role_can_be_added_by_the_test_helper(db: SqliteDatabase) -> None:
    add_test_accounts((Actor("liu", "刘总"), "general_manager"))
    assert accounts.sign_in("liu", PASSWORD).roles == {"general_manager"}


def test_the_administrator_adds_and_renames_roles(db) -> None:
    from qa_desktop.core.services.roles import add_role, rename_role, roles

    before = work_entries().count()
    with pytest.raises(UserError, match="role code"):
        add_role(ADMIN, PASSWORD, "Quality Director", "Quality director", "质量总监")
    with pytest.raises(UserError, match="not one"):
        add_role(ENGINEER, PASSWORD, "quality_director", "Quality director", "质量总监")
    assert work_entries().count() == before
    add_role(ADMIN, PASSWORD, "quality_director", "Quality director", "质量总监")
    with pytest.raises(UserError, match="already"):
        add_role(ADMIN, PASSWORD, "quality_director", "x", "")
    rename_role(ADMIN, PASSWORD, "qa_engineer", "QA engineer", "质量工程师")
    names = {role.code: role.name_zh for role in roles()}
    assert names["quality_director"] == "质量总监" and names["qa_engineer"] == "质量工程师"
