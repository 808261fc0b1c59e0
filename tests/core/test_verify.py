"""The hash-chained audit trail and `verify`, against edits made behind QA Desktop's back."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from conftest import ADMIN, ENGINEER, PASSWORD, example_draft

from qa_desktop.core import signing
from qa_desktop.core.audit_chain import GENESIS
from qa_desktop.core.db import close_database, open_database, open_read_only
from qa_desktop.core.models import AuditEntry, SigningKey
from qa_desktop.core.services import accounts
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.verify import verify_file


@pytest.fixture
def filled(db_path: Path, db) -> Path:
    """A file with accounts and a few registered complaints, closed."""
    for index in range(3):
        register_complaint(example_draft(description=f"case {index}"), ENGINEER)
    accounts.add_user(ADMIN, PASSWORD, "chen", "陈主管", PASSWORD, ["qa_manager"])
    return db_path


def verified(path: Path, known: str | None = None):
    database = open_read_only(path)
    try:
        return verify_file(database.connection(), known)
    finally:
        close_database(database)


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_every_write_is_chained_to_the_one_before(filled: Path) -> None:
    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert entries[0].prev_hash == GENESIS
    for before, entry in itertools.pairwise(entries):
        assert entry.prev_hash == before.entry_hash and entry.id == before.id + 1
    report = verified(filled)
    assert report.ok, report.problems
    assert report.entries == len(entries) and report.keys == SigningKey.select().count() > 3


def test_an_edited_entry_is_named(filled: Path) -> None:
    tamper(filled, "UPDATE audit_entry SET actor = 'chen' WHERE id = 3")
    report = verified(filled)
    assert not report.ok
    assert report.problems[0].startswith("Audit entry 3 (")
    assert "changed outside QA Desktop" in report.problems[0]


def test_an_edited_entry_with_its_hash_recomputed_breaks_the_next_link(filled: Path) -> None:
    from qa_desktop.core.audit_chain import Link, entry_hash

    conn = sqlite3.connect(filled)
    row = conn.execute(
        'SELECT id, "at", actor, action, "table", record_uuid, detail, reason, prev_hash'
        " FROM audit_entry WHERE id = 2"
    ).fetchone()
    forged = Link(row[0], row[1], "chen", *row[3:8])
    conn.execute(
        "UPDATE audit_entry SET actor = 'chen', entry_hash = ? WHERE id = 2",
        (entry_hash(row[8], forged),),
    )
    conn.commit()
    conn.close()
    problem = verified(filled).problems[0]
    assert problem.startswith("Audit entry 3 (") and "does not follow" in problem


def test_a_removed_entry_in_the_middle_is_caught(filled: Path) -> None:
    tamper(filled, "DELETE FROM audit_entry WHERE id = 4")
    assert verified(filled).problems[0].startswith("Audit entry 5 (")


def test_a_key_not_certified_by_the_department_is_caught(filled: Path) -> None:
    _private, forged = signing.new_key_pair()
    conn = sqlite3.connect(filled)
    conn.execute(
        "UPDATE signing_key SET public_key = ? WHERE user_id ="
        " (SELECT id FROM user_account WHERE user_id = 'wang')",
        (forged,),
    )
    conn.commit()
    conn.close()
    problem = verified(filled).problems[0]
    assert "of wang is not certified" in problem


def test_a_department_key_replaced_whole_is_caught_on_a_pc_that_saw_it(filled: Path) -> None:
    known = verified(filled).department_fingerprint
    _private, other = signing.new_key_pair()
    assert verified(filled, known).ok  # the key this PC saw passes
    conn = sqlite3.connect(filled)
    conn.execute("UPDATE department_key SET public_key = ?", (other,))
    conn.commit()
    conn.close()
    problem = verified(filled, known).problems[0]
    assert "not the one this PC saw before" in problem and known in problem


def test_verify_changes_nothing_in_the_file(filled: Path) -> None:
    database = open_database(filled)
    close_database(database)
    before = filled.read_bytes()
    assert verified(filled).ok
    assert filled.read_bytes() == before


def test_every_certificate_remade_with_a_new_department_key_is_caught_by_the_pin(filled) -> None:
    """An attacker with the file but no password makes a department key of their own and
    certifies every user key with it: consistent inside the file, caught by the PC's pin."""
    known = verified(filled).department_fingerprint
    private, public = signing.new_key_pair()
    conn = sqlite3.connect(filled)
    database = conn.execute("SELECT value FROM meta WHERE key = 'database_uuid'").fetchone()[0]
    rows = conn.execute(
        "SELECT k.id, k.key_id, u.user_id, k.public_key, k.issued_at FROM signing_key k"
        " JOIN user_account u ON u.id = k.user_id"
    ).fetchall()
    for row_id, key_id, user_id, key, issued_at in rows:
        cert = signing.certify(
            private, database=database, user_id=user_id, key_id=key_id,
            public_key=bytes(key), issued_at=issued_at,
        )  # fmt: skip
        conn.execute(
            "UPDATE signing_key SET certificate = ? WHERE id = ?", (cert.signature, row_id)
        )
    conn.execute("UPDATE department_key SET public_key = ?", (public,))
    conn.commit()
    conn.close()
    assert verified(filled).ok  # inside the file, all is consistent
    problem = verified(filled, known).problems[0]
    assert "not the one this PC saw before" in problem
