"""`verify` finds a document sent to the customer that was changed behind QA Desktop's back: an
issued 8D revision's stored PDF (named by its case and revision), or an answer's letter."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import ENGINEER, SHANGHAI
from eightd_scenarios import Case, example_case

from qa_desktop.core import media
from qa_desktop.core.db import close_database, open_read_only
from qa_desktop.core.services import replies
from qa_desktop.core.verify import verify_file

AT = datetime(2026, 3, 20, 9, 0, tzinfo=SHANGHAI)


@pytest.fixture
def issued(db) -> Case:
    """The example case with revisions A and B issued and a letter sent with an interim report."""
    case = example_case(planted=False, photos=1)
    replies.issue_8d(case.id, "张经理", "email", "zh_CN", ENGINEER, lambda: AT)
    later = AT + timedelta(hours=2)
    replies.issue_8d(case.id, "张经理", "email", "en", ENGINEER, lambda: later, "更正单位")
    letter = media.prepare_bytes(b"%PDF-1.4\n% interim\n", "interim.pdf")
    replies.record_interim(case.id, "张经理", "letter", "进展", ENGINEER, lambda: later, letter)
    return case


def verified(path: Path):
    database = open_read_only(path)
    try:
        return verify_file(database.connection())
    finally:
        close_database(database)


def tamper(path: Path, statement: str, *values: object) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement, values)
        conn.commit()
    finally:
        conn.close()


def hash_of(path: Path, revision: str) -> str:
    conn = sqlite3.connect(path)
    try:
        query = "SELECT content_hash FROM customer_reply WHERE revision = ?"
        return conn.execute(query, (revision,)).fetchone()[0]
    finally:
        conn.close()


def test_documents_as_sent_pass(issued: Case, db_path: Path) -> None:
    report = verified(db_path)
    assert report.ok, report.problems
    assert report.documents == 3


def test_a_changed_stored_report_names_its_case_and_revision(issued: Case, db_path) -> None:
    forged = b"%PDF-1.4\n% not what the customer received\n"
    tamper(db_path, "UPDATE media SET data = ? WHERE sha256 = ?", forged, hash_of(db_path, "B"))
    report = verified(db_path)
    assert report.problems == [
        f"The stored 8D report of {issued.case_no}, revision B, is not the one issued: its bytes "
        "no longer match the SHA-256 recorded when it was sent."
    ]


def test_a_report_changed_with_its_recorded_hash_is_caught_by_the_trail(issued, db_path) -> None:
    forged = b"%PDF-1.4\n% replaced, its hash recomputed\n"
    digest = hashlib.sha256(forged).hexdigest()
    old = hash_of(db_path, "A")
    tamper(db_path, "UPDATE media SET data = ? WHERE sha256 = ?", forged, old)
    tamper(db_path, "UPDATE customer_reply SET content_hash = ? WHERE revision = 'A'", digest)
    problems = verified(db_path).problems
    assert len(problems) == 1 and f"{issued.case_no}, revision A," in problems[0]


def test_a_changed_letter_is_named_by_its_reply(issued: Case, db_path: Path) -> None:
    letter = hashlib.sha256(b"%PDF-1.4\n% interim\n").hexdigest()
    tamper(db_path, "UPDATE media SET data = ? WHERE sha256 = ?", b"%PDF forged", letter)
    (problem,) = verified(db_path).problems
    assert problem.startswith(f"The stored document of a reply on {issued.case_no} (Interim")
