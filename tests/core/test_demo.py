"""Demo data: deterministic, realistic in shape, and only ever into an empty database."""

from __future__ import annotations

import hashlib
import io
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ENGINEER, example_draft
from peewee import SqliteDatabase
from PIL import Image

from qa_desktop.core.db import check_database, close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import Attachment, Complaint, DefectType, Media
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.vocab import Status

ANCHOR = date(2026, 11, 1)
TABLES = ("complaint", "coil_line", "customer", "case_counter", "search_text", "complaint_search",
          "media", "attachment", "case_clock", "status_change", "customer_reply")  # fmt: skip


# What the services write for the demo (a paper signature's scan among the attachments) has a
# fresh uuid each time, as anything the services make: compare the rest.
COMPARED = {
    "attachment": "complaint_id, media_id, position, filename, caption, created_at",
    "customer_reply": "complaint_id, kind, revision, sent_to, channel, sent_at, summary",
}


def digests(path: Path, complaints: int, seed: int, anchor: date = ANCHOR) -> dict[str, str]:
    """sha256 of every row of the demo's tables, in id order."""
    database = open_database(path)
    try:
        load_demo(database, complaints, seed=seed, anchor=anchor)
        found = {}
        for table in TABLES:
            columns = COMPARED.get(table, "*")
            rows = database.execute_sql(f"SELECT rowid, {columns} FROM {table} ORDER BY rowid")
            found[table] = hashlib.sha256(repr(list(rows)).encode()).hexdigest()
        return found
    finally:
        close_database(database)


def test_the_same_seed_and_anchor_give_the_same_data(tmp_path: Path) -> None:
    first = digests(tmp_path / "a.sqlite", 150, seed=5)
    second = digests(tmp_path / "b.sqlite", 150, seed=5)
    assert first == second


def test_another_seed_or_anchor_gives_other_data(tmp_path: Path) -> None:
    base = digests(tmp_path / "a.sqlite", 150, seed=5)
    other_seed = digests(tmp_path / "b.sqlite", 150, seed=6)
    other_anchor = digests(tmp_path / "c.sqlite", 150, seed=5, anchor=date(2026, 11, 2))
    assert other_seed["complaint"] != base["complaint"]
    assert other_seed["coil_line"] != base["coil_line"]
    assert other_anchor["complaint"] != base["complaint"]


@pytest.fixture
def demo_300(db: SqliteDatabase) -> SqliteDatabase:
    result = load_demo(db, 300, seed=1, anchor=ANCHOR, actor=ENGINEER)
    assert (result.complaints, result.customers) == (300, 20)
    assert result.attachments == Attachment.select().count() > 0
    assert result.coil_lines == db.execute_sql("SELECT count(*) FROM coil_line").fetchone()[0]
    assert 300 <= result.coil_lines <= 900
    return db


def test_some_complaints_have_photos_of_their_defect_and_the_customers_e_mail(
    demo_300: SqliteDatabase,
) -> None:
    attached = Attachment.select(Attachment.complaint).distinct().count()
    assert 20 <= attached <= 80, "some complaints, not all"
    files = Attachment.select(Attachment.media).distinct().count()
    assert files <= 5, "a few files, shared by hash"
    assert Media.select().count() <= files + 4, "and the actions' few record sheets"
    photo = (
        Attachment.select(Attachment, Complaint, DefectType)
        .join(Complaint)
        .join(DefectType)
        .where(Attachment.filename == "scratch-photo.jpg")
        .first()
    )
    assert photo is not None and photo.complaint.defect_type.code == "scratch"
    stored = Media.get_by_id(photo.media_id)
    assert (stored.kind, stored.mime, stored.width, stored.height) == (
        "image",
        "image/jpeg",
        640,
        480,
    )
    image = Image.open(io.BytesIO(bytes(stored.thumbnail)))
    grey = image.convert("L")
    low, high = grey.getextrema()
    assert high - low > 80, "a brushed texture with a dark scratch, not a flat grey"
    letter = Media.get(Media.kind == "file")
    assert bytes(letter.data).startswith(b"From: quality@customer.example")


def test_every_status_occurs(demo_300: SqliteDatabase) -> None:
    found = {row[0] for row in demo_300.execute_sql("SELECT DISTINCT status FROM complaint")}
    assert found == {status.value for status in Status}


def test_clocks_are_met_on_time_met_late_running_and_overdue(demo_300: SqliteDatabase) -> None:
    now = datetime.combine(ANCHOR, datetime.min.time()).isoformat(" ")
    (on_time, met_late, running, overdue), = demo_300.execute_sql(
        "SELECT sum(met_at IS NOT NULL AND NOT met_late), sum(met_late),"
        " sum(met_at IS NULL AND due_at >= ?), sum(met_at IS NULL AND due_at < ?) FROM case_clock",
        (now, now),
    )  # fmt: skip
    assert min(on_time, met_late, running, overdue) > 0, (on_time, met_late, running, overdue)
    # The register's figures agree with the clocks: no closed case has anything due.
    closed_due = (
        "SELECT count(*) FROM complaint WHERE status = 'closed' AND next_due_at IS NOT NULL"
    )
    assert demo_300.execute_sql(closed_due).fetchone()[0] == 0
    late = "SELECT count(*) FROM complaint WHERE late_clocks > 0"
    assert demo_300.execute_sql(late).fetchone()[0] > 0


def test_every_case_reached_its_status_by_the_workflows_steps(demo_300: SqliteDatabase) -> None:
    from qa_desktop.core.workflow import find

    where = dict(demo_300.execute_sql("SELECT id, 'registered' FROM complaint").fetchall())
    for case, before, after in demo_300.execute_sql(
        "SELECT complaint_id, from_status, to_status FROM status_change ORDER BY at, id"
    ):
        assert before == where[case] and find(before, after) is not None, (case, before, after)
        where[case] = after
    statuses = dict(demo_300.execute_sql("SELECT id, status FROM complaint").fetchall())
    assert where == statuses


def test_received_dates_lie_in_the_three_years_before_the_anchor(demo_300: SqliteDatabase):
    now = datetime(2026, 11, 1, 9, 0)  # the anchor's 09:00 UTC, naive as stored
    received = [
        datetime.fromisoformat(row[0])
        for row in demo_300.execute_sql("SELECT received_at FROM complaint")
    ]
    assert max(received) <= now
    assert min(received) >= now - timedelta(days=3 * 365)
    assert max(received) >= now - timedelta(days=30), "a demo opened on the anchor has recent cases"
    assert min(received) <= now - timedelta(days=2 * 365), "and spreads over the years"
    shipped = demo_300.execute_sql(
        "SELECT count(*) FROM complaint WHERE ship_date > substr(received_at, 1, 10)"
    ).fetchone()[0]
    assert shipped == 0


def test_case_numbers_are_unique_and_rise_with_the_received_date(demo_300: SqliteDatabase):
    rows = list(
        demo_300.execute_sql("SELECT case_no, received_at FROM complaint ORDER BY received_at")
    )
    numbers = [case_no for case_no, _ in rows]
    assert len(set(numbers)) == 300
    by_year: dict[str, list[int]] = defaultdict(list)
    for case_no, received in rows:
        prefix, year, number = case_no.split("-")
        assert prefix == "CC"
        assert year == received[:4]
        by_year[year].append(int(number))
    assert len(by_year) >= 3
    for year, sequence in by_year.items():
        assert sequence == list(range(1, len(sequence) + 1)), year
    counters = dict(demo_300.execute_sql("SELECT year, last FROM case_counter").fetchall())
    assert counters == {int(year): len(sequence) for year, sequence in by_year.items()}


def test_a_registered_complaint_continues_the_demo_numbers(demo_300: SqliteDatabase) -> None:
    last = demo_300.execute_sql("SELECT last FROM case_counter WHERE year = 2026").fetchone()[0]
    now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    draft = example_draft(received_at=now - timedelta(hours=1))
    assert (
        register_complaint(draft, clock=lambda: now, actor=ENGINEER).case_no
        == f"CC-2026-{last + 1:04d}"
    )


def test_a_demo_database_passes_the_check(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        load_demo(database, 120, seed=2, anchor=ANCHOR)
    finally:
        close_database(database)
    assert check_database(db_path) == []


def test_demo_refuses_a_database_with_complaints(db: SqliteDatabase) -> None:
    now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    register_complaint(
        example_draft(received_at=now - timedelta(hours=1)), clock=lambda: now, actor=ENGINEER
    )
    with pytest.raises(UserError, match="already holds 1 complaint;"):
        load_demo(db, 10, seed=1, anchor=ANCHOR, actor=ENGINEER)
    assert Complaint.select().count() == 1
    assert db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 1


def test_demo_refuses_a_negative_count(db: SqliteDatabase) -> None:
    with pytest.raises(UserError, match="cannot be negative"):
        load_demo(db, -1, actor=ENGINEER)
    assert Complaint.select().count() == 0


def test_demo_reports_progress(db: SqliteDatabase) -> None:
    calls: list[tuple[int, int]] = []
    load_demo(
        db,
        40,
        seed=1,
        anchor=ANCHOR,
        progress=lambda done, total: calls.append((done, total)),
        actor=ENGINEER,
    )
    assert calls and calls[-1] == (40, 40)


def test_the_demo_shows_customer_details_and_a_merged_spelling(demo_300: SqliteDatabase) -> None:
    from qa_desktop.core.models import Customer
    from qa_desktop.core.services.customers import customer_rows, find_customer, old_spellings

    kept = find_customer("佛山某不锈钢制品有限公司")
    assert kept is not None and kept.name == "佛山某不锈钢制品厂"
    assert kept.address.startswith("广东省佛山市") and "@" in kept.contact_email
    assert old_spellings(kept.id) == ["佛山某不锈钢制品有限公司"]
    assert "佛山某不锈钢制品有限公司" not in [row.name for row in customer_rows()]
    merged = Customer.select(Customer.id).where(Customer.merged_into.is_null(False))
    assert Complaint.select().where(Complaint.customer.in_(merged)).count() == 0
    assert Complaint.select().where(Complaint.customer == kept).count() > 0
