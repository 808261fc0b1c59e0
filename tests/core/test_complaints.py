"""Registering and editing complaints: numbering, time zones, customers, revisions, audit, search."""

from __future__ import annotations

import json
import multiprocessing
import queue
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import ENGINEER, SHANGHAI, add_test_accounts, example_draft, work_entries
from peewee import SqliteDatabase

from qa_desktop.core import register
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.drafts import CoilDraft, ComplaintDraft
from qa_desktop.core.errors import DatabaseError, UserError, ValidationError
from qa_desktop.core.models import AuditEntry, CaseCounter, CoilLine, Complaint, Customer
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.services.complaints import (
    check,
    earlier_cases,
    get_complaint,
    register_complaint,
    to_draft,
    update_complaint,
)
from qa_desktop.core.services.context import Actor

# Mid-June: the same year in every time zone, so case numbers are CC-2026-… wherever this runs.
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 6, 15, 16, 30, tzinfo=SHANGHAI)  # 08:30 UTC
WANG = Actor("qa.wang", "王工")
LI = Actor("qa.li", "李工")


def clock() -> datetime:
    return NOW


def case(**changes: Any) -> ComplaintDraft:
    changes.setdefault("received_at", RECEIVED)
    return example_draft(**changes)


def add(actor: Actor = WANG, **changes: Any) -> Complaint:
    return register_complaint(case(**changes), actor=actor, clock=clock)


def counts(db: SqliteDatabase) -> dict[str, int]:
    tables = ("complaint", "customer", "coil_line", "audit_entry", "case_counter")
    tables += ("search_text", "complaint_search")
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def found(db: SqliteDatabase, text: str) -> list[int]:
    return register.ids(db, RegisterQuery(text=text))


# --- numbering and time ----------------------------------------------------------------------


def test_case_numbers_count_up_per_year(db: SqliteDatabase) -> None:
    numbers = [add().case_no for _ in range(3)]
    assert numbers == ["CC-2026-0001", "CC-2026-0002", "CC-2026-0003"]
    later = datetime(2027, 6, 1, tzinfo=UTC)
    draft = case(received_at=later - timedelta(hours=1))
    assert register_complaint(draft, clock=lambda: later, actor=ENGINEER).case_no == "CC-2027-0001"
    assert add().case_no == "CC-2026-0004"


def test_received_time_is_stored_in_utc_with_its_zone(db: SqliteDatabase) -> None:
    complaint = add()
    stored, zone = db.execute_sql(
        "SELECT received_at, received_tz FROM complaint WHERE id = ?", (complaint.id,)
    ).fetchone()
    assert stored.startswith("2026-06-15 08:30:00")
    assert zone == "Asia/Shanghai"
    draft = to_draft(get_complaint(complaint.case_no))
    assert draft.received_at == RECEIVED
    assert draft.received_at.utcoffset() == timedelta(hours=8)
    assert draft.received_at.tzinfo == ZoneInfo("Asia/Shanghai")
    assert (draft.received_at.hour, draft.received_at.minute) == (16, 30)


def test_a_fixed_offset_zone_round_trips(db: SqliteDatabase) -> None:
    bangkok = datetime(2026, 6, 15, 15, 30, tzinfo=timezone(timedelta(hours=7)))
    complaint = add(received_at=bangkok)
    assert complaint.received_tz == "UTC+07:00"
    back = to_draft(get_complaint(complaint.id)).received_at
    assert back == bangkok
    assert back.utcoffset() == timedelta(hours=7)


def test_the_draft_round_trips(db: SqliteDatabase) -> None:
    original = case()
    back = to_draft(get_complaint(add().id))
    assert back.customer_name == original.customer_name
    assert back.defect_type_code == "scratch"
    assert str(back.defect_rate) in ("14.3", "14.300")
    assert [c.coil_no for c in back.coils] == ["S24A0817-03", "S24A0817-05"]
    assert back.coils[1].quantity == Decimal("6.35") and back.coils[1].unit == "t"


def test_get_complaint(db: SqliteDatabase) -> None:
    complaint = add()
    assert get_complaint(" cc-2026-0001 ").id == complaint.id
    assert get_complaint(complaint.id).case_no == "CC-2026-0001"
    with pytest.raises(UserError, match=r"^There is no complaint CC-2026-0999\.$"):
        get_complaint("CC-2026-0999")


# --- nothing written on failure --------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"customer_name": "A brand-new customer", "owner": ""},
        {"customer_name": "A brand-new customer", "affected_qty": "1e400"},
        {"coils": [CoilDraft("S24A0817-03"), CoilDraft("s24a0817-03")]},
    ],
    ids=["missing-owner", "huge-number", "coil-twice"],
)
def test_a_refused_draft_writes_nothing(db: SqliteDatabase, changes: dict[str, Any]) -> None:
    add()
    before = counts(db)
    with pytest.raises(ValidationError) as info:
        add(**changes)
    assert info.value.errors
    assert counts(db) == before
    assert add().case_no == "CC-2026-0002"  # no number was used up


def test_a_failure_inside_the_transaction_rolls_everything_back(db: SqliteDatabase) -> None:
    """An unknown defect type is found after the customer and the number were written."""
    before = counts(db)
    with pytest.raises(UserError, match="no defect type 'blue-moon'"):
        add(customer_name="A brand-new customer", defect_type_code="blue-moon")
    assert counts(db) == before
    assert Customer.get_or_none(Customer.name == "A brand-new customer") is None
    assert add().case_no == "CC-2026-0001"


def test_check_validates_without_writing(db: SqliteDatabase) -> None:
    before = counts(db)
    check(case(), clock=clock)
    with pytest.raises(ValidationError) as info:
        check(case(owner=""), clock=clock)
    assert [e.field for e in info.value.errors] == ["owner"]
    assert str(info.value) == "Name the owner of the case."
    assert counts(db) == before


# --- customers -------------------------------------------------------------------------------


def test_customers_are_found_by_name_ignoring_extra_spaces(db: SqliteDatabase) -> None:
    first = add(customer_name="Thai Stainless  Fabricators", market="export")
    second = add(customer_name="  Thai   Stainless Fabricators ")
    assert Customer.select().count() == 1
    assert first.customer_id == second.customer_id
    customer = Customer.get_by_id(first.customer_id)
    assert customer.name == "Thai Stainless Fabricators"
    assert customer.market == "export"
    assert customer.created_by == "qa.wang"
    add(customer_name="Vina Steel Kitchen JSC")
    assert Customer.select().count() == 2


# --- editing ---------------------------------------------------------------------------------


def test_a_stale_revision_is_refused_naming_who_changed_it(db: SqliteDatabase) -> None:
    complaint = add()
    assert complaint.revision == 1
    update_complaint(complaint.id, case(severity="major"), 1, actor=LI, clock=clock)
    before = counts(db)
    with pytest.raises(UserError) as info:
        update_complaint(complaint.id, case(description="my edit"), 1, actor=WANG, clock=clock)
    message = str(info.value)
    assert "CC-2026-0001" in message and "qa.li" in message
    assert counts(db) == before
    stored = get_complaint(complaint.id)
    assert (stored.revision, stored.severity, stored.updated_by) == (2, "major", "qa.li")
    assert stored.description == case().description


def test_updating_a_deleted_complaint_is_refused(db: SqliteDatabase) -> None:
    with pytest.raises(UserError, match="no longer exists"):
        update_complaint(999, case(), 1, clock=clock, actor=ENGINEER)


def test_update_keeps_the_identity_of_coil_lines_that_stay(db: SqliteDatabase) -> None:
    complaint = add()
    lines = {line.coil_no: line for line in CoilLine.select()}
    assert set(lines) == {"S24A0817-03", "S24A0817-05"}
    kept_uuid = lines["S24A0817-05"].uuid
    draft = case(
        coils=[
            CoilDraft(coil_no="S24A0817-07", grade="304", quantity="2", unit="t"),
            CoilDraft(coil_no=" s24a0817-05", grade="304", quantity="5.9", unit="t"),
        ]
    )
    update_complaint(complaint.id, draft, 1, actor=LI, clock=clock)
    after = {line.coil_no: line for line in CoilLine.select()}
    assert set(after) == {"S24A0817-05", "S24A0817-07"}
    assert after["S24A0817-05"].uuid == kept_uuid
    assert after["S24A0817-05"].quantity == Decimal("5.9")
    assert after["S24A0817-05"].updated_by == "qa.li"
    assert after["S24A0817-07"].uuid not in {line.uuid for line in lines.values()}
    assert (after["S24A0817-07"].position, after["S24A0817-05"].position) == (0, 1)
    assert [c.coil_no for c in to_draft(get_complaint(complaint.id)).coils] == [
        "S24A0817-07",
        "S24A0817-05",
    ]


def test_an_edit_stamps_only_the_coil_lines_it_changes(db: SqliteDatabase) -> None:
    complaint = add()
    update_complaint(
        complaint.id, case(description="Scratches, rechecked"), 1, actor=LI, clock=clock
    )
    lines = {line.coil_no: line for line in CoilLine.select()}
    assert {(line.revision, line.updated_by) for line in lines.values()} == {(1, "qa.wang")}
    coils = case().coils
    coils[1].quantity = "6.1"
    update_complaint(complaint.id, case(coils=coils), 2, actor=LI, clock=clock)
    lines = {line.coil_no: line for line in CoilLine.select()}
    assert (lines["S24A0817-03"].revision, lines["S24A0817-03"].updated_by) == (1, "qa.wang")
    assert (lines["S24A0817-05"].revision, lines["S24A0817-05"].updated_by) == (2, "qa.li")
    assert lines["S24A0817-05"].quantity == Decimal("6.1")
    coils.reverse()  # moving a line changes its position, and so the line
    update_complaint(complaint.id, case(coils=coils), 3, actor=WANG, clock=clock)
    lines = {line.coil_no: line for line in CoilLine.select()}
    assert (lines["S24A0817-05"].position, lines["S24A0817-05"].revision) == (0, 3)
    assert (lines["S24A0817-03"].position, lines["S24A0817-03"].revision) == (1, 2)


def test_audit_names_the_actor_and_the_changed_fields(db: SqliteDatabase) -> None:
    complaint = add()
    created = list(work_entries().order_by(AuditEntry.id))
    assert [(e.action, e.table, e.actor) for e in created] == [
        ("create", "customer", "qa.wang"),
        ("create", "complaint", "qa.wang"),
    ]
    assert created[1].record_uuid == str(complaint.uuid)
    assert json.loads(created[1].detail) == {"case_no": "CC-2026-0001"}

    edited = case(description="Scratches and pits", severity="major")
    updated = update_complaint(complaint.id, edited, 1, actor=WANG, clock=clock)
    assert (updated.revision, updated.updated_by, updated.created_by) == (2, "qa.wang", "qa.wang")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.table, entry.actor) == ("update", "complaint", "qa.wang")
    assert entry.record_uuid == str(complaint.uuid)
    assert entry.at == NOW.replace(tzinfo=None)
    detail = json.loads(entry.detail)
    assert set(detail) == {"description", "severity"}
    assert detail["severity"] == ["serious", "major"]
    assert detail["description"][1] == "Scratches and pits"


# --- case counter ----------------------------------------------------------------------------


def test_the_counter_resumes_after_the_highest_number(db: SqliteDatabase) -> None:
    for _ in range(3):
        add()
    db.execute_sql("DELETE FROM case_counter")
    assert CaseCounter.select().count() == 0
    assert add().case_no == "CC-2026-0004"
    assert CaseCounter.get_by_id(2026).last == 4


def test_the_counter_resumes_past_four_digits(db: SqliteDatabase) -> None:
    first, second = add(), add()
    db.execute_sql("UPDATE complaint SET case_no = 'CC-2026-9999' WHERE id = ?", (first.id,))
    db.execute_sql("UPDATE complaint SET case_no = 'CC-2026-10000' WHERE id = ?", (second.id,))
    db.execute_sql("DELETE FROM case_counter")
    assert add().case_no == "CC-2026-10001"


def test_the_counter_never_reissues_a_number(db: SqliteDatabase) -> None:
    for _ in range(3):
        add()
    db.execute_sql("UPDATE case_counter SET last = 1")  # a counter behind the register
    with pytest.raises(DatabaseError, match="clashes with data saved"):
        add()  # refused in one sentence rather than a second CC-2026-0002 …
    assert Complaint.select().count() == 3  # … and nothing half-written


# --- earlier cases ---------------------------------------------------------------------------


def test_earlier_cases_of_the_same_customer(db: SqliteDatabase) -> None:
    scratch = add(product="冷轧不锈钢卷", defect_type_code="scratch")
    pits = add(product="精密带钢", defect_type_code="pit")
    add(customer_name="Vina Steel Kitchen JSC", product="冷轧不锈钢卷", defect_type_code="scratch")
    other = add(product="热轧不锈钢卷", defect_type_code="rust")

    later = RECEIVED + timedelta(days=1)
    same_defect = earlier_cases("佛山某不锈钢制品厂", "no such product", "scratch", later)
    assert [(e.case_no, e.reason) for e in same_defect] == [(scratch.case_no, "defect")]
    assert same_defect[0].received_at == RECEIVED

    same_product = earlier_cases(" 佛山某不锈钢制品厂 ", "精密带钢", "edge_crack", later)
    assert [(e.case_no, e.reason) for e in same_product] == [(pits.case_no, "product")]

    both = earlier_cases("佛山某不锈钢制品厂", "精密带钢", "scratch", later)
    assert {e.case_no for e in both} == {scratch.case_no, pits.case_no}
    assert other.case_no not in {e.case_no for e in both}

    excluded = earlier_cases(
        "佛山某不锈钢制品厂", "冷轧不锈钢卷", "scratch", later, exclude_id=scratch.id
    )
    assert excluded == []
    assert earlier_cases("Nobody Ltd.", "冷轧不锈钢卷", "scratch", later) == []


def test_earlier_cases_are_only_those_received_before(db: SqliteDatabase) -> None:
    """Editing an old complaint must not list the newer ones as its "earlier" complaints."""
    first = add(received_at=RECEIVED - timedelta(days=30))
    second = add(received_at=RECEIVED - timedelta(days=10))
    add(received_at=RECEIVED)  # the newest
    seen_from_second = earlier_cases(
        "佛山某不锈钢制品厂", "冷轧不锈钢卷", "scratch", RECEIVED - timedelta(days=10),
        exclude_id=second.id,
    )  # fmt: skip
    assert [e.case_no for e in seen_from_second] == [first.case_no]


# --- search index ----------------------------------------------------------------------------


def test_search_finds_a_registered_complaint(db: SqliteDatabase) -> None:
    complaint = add()
    other = ComplaintDraft(
        customer_name="Vina Steel Kitchen JSC", channel="email", received_at=RECEIVED,
        market="export", category="transport", description="Rust on the outer wraps",
        severity="general", owner="Chen Wei", coils=[CoilDraft("V2609-01")],
    )  # fmt: skip
    register_complaint(other, clock=clock, actor=ENGINEER)
    for text in ("S24A0817", "s24a0817-05", "CC-2026-0001", "划伤", "佛山", "H2408123", "304 2B"):
        assert found(db, text) == [complaint.id], text
    assert found(db, "S24A0817 rust") == []


def test_search_follows_an_update(db: SqliteDatabase) -> None:
    complaint = add(description="zebrastripe scratches")
    assert found(db, "zebrastripe") == [complaint.id]
    draft = case(description="okapi marks", customer_request="", coils=[CoilDraft("S24B0901-02")])
    update_complaint(complaint.id, draft, 1, clock=clock, actor=ENGINEER)
    assert found(db, "zebrastripe") == []
    assert found(db, "okapi") == [complaint.id]
    assert found(db, "S24A0817") == []
    assert found(db, "S24B0901-02") == [complaint.id]
    assert db.execute_sql("SELECT count(*) FROM complaint_search").fetchone()[0] == 1
    assert db.execute_sql("SELECT coils FROM search_text").fetchall() == [("S24B0901-02",)]


# --- two windows save at once ----------------------------------------------------------------


def _register_in_another_process(
    path: str, count: int, worker: int, start: Any, results: Any
) -> None:
    try:
        database = open_database(path)
        try:
            start.wait(timeout=30)
            numbers = [
                register_complaint(
                    example_draft(description=f"worker {worker} #{i}"), actor=ENGINEER
                ).case_no
                for i in range(count)
            ]
        finally:
            close_database(database)
        results.put((worker, numbers))
    except BaseException as exc:  # the parent reports it
        results.put((worker, f"{type(exc).__name__}: {exc}"))


def test_two_processes_registering_at_once_get_distinct_numbers(db_path: Path) -> None:
    database = open_database(db_path)  # the schema and the accounts exist before the race
    add_test_accounts()
    close_database(database)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(
            target=_register_in_another_process, args=(str(db_path), 25, n, start, results)
        )
        for n in (1, 2)
    ]
    for process in workers:
        process.start()
    outcome: dict[int, Any] = {}
    try:
        for _ in workers:
            worker, numbers = results.get(timeout=90)
            outcome[worker] = numbers
    except queue.Empty:
        pytest.fail(f"a worker did not finish: {outcome}")
    finally:
        for process in workers:
            process.join(timeout=30)
    assert all(isinstance(numbers, list) for numbers in outcome.values()), outcome
    assert [process.exitcode for process in workers] == [0, 0]
    numbers = outcome[1] + outcome[2]
    assert len(set(numbers)) == 50
    prefixes = {n.rsplit("-", 1)[0] for n in numbers}
    assert len(prefixes) == 1
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 51))
    for own in outcome.values():  # each window's numbers rise
        assert own == sorted(own)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM complaint").fetchone()[0] == 50
        assert conn.execute("SELECT count(*) FROM complaint_search").fetchone()[0] == 50
        assert conn.execute("SELECT last FROM case_counter").fetchall() == [(50,)]
    finally:
        conn.close()
