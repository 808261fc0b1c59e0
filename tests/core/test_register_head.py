"""The register's head: the count and the first ids of a query, what the window's first screen
needs, agreeing with the whole ordered list and with raw SQL counts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest
from conftest import ENGINEER, example_draft
from peewee import SqliteDatabase

from qa_desktop.core import register
from qa_desktop.core.demo import load_demo
from qa_desktop.core.errors import UserError
from qa_desktop.core.register import OPEN, RegisterQuery
from qa_desktop.core.services.complaints import register_complaint

NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def demo(db: SqliteDatabase) -> SqliteDatabase:
    load_demo(db, 150, seed=7, anchor=date(2026, 11, 1), actor=ENGINEER)
    return db


def raw_count(db: SqliteDatabase, where: str = "1") -> int:
    return db.execute_sql(f"SELECT count(*) FROM complaint WHERE {where}").fetchone()[0]


QUERIES = [
    (RegisterQuery(), "1"),
    (RegisterQuery(descending=False), "1"),
    (RegisterQuery(sort_key="customer"), "1"),
    (RegisterQuery(sort_key="defect", descending=False), "1"),
    (RegisterQuery(severities=("major",)), "severity = 'major'"),
    (RegisterQuery(statuses=(OPEN,), sort_key="coils"), "status != 'closed'"),
]


@pytest.mark.parametrize(("query", "where"), QUERIES)
def test_head_is_the_count_and_the_start_of_the_whole_list(
    demo: SqliteDatabase, query: RegisterQuery, where: str
) -> None:
    everything = register.ids(demo, query)
    head = register.head(demo, query, 40)
    assert head.count == len(everything) == raw_count(demo, where)
    assert head.count > 0
    assert head.ids == everything[:40]
    assert register.ids(demo, query, limit=7) == everything[:7]


def test_a_head_larger_than_the_result_is_all_of_it(demo: SqliteDatabase) -> None:
    query = RegisterQuery(severities=("major",))
    head = register.head(demo, query, 10_000)
    assert head.ids == register.ids(demo, query)
    assert head.count == len(head.ids)


def test_a_search_counts_what_it_finds(demo: SqliteDatabase) -> None:
    register_complaint(example_draft(), actor=ENGINEER, clock=lambda: NOW)
    query = RegisterQuery(text="S24A0817")
    head = register.head(demo, query, 5)
    assert head.count == len(register.ids(demo, query)) >= 1
    assert head.ids == register.ids(demo, query)[:5]


def test_an_unknown_sort_is_refused_before_anything_is_read(demo: SqliteDatabase) -> None:
    with pytest.raises(UserError, match="cannot be sorted by bogus"):
        register.head(demo, RegisterQuery(sort_key="bogus"), 10)


def test_the_count_and_the_ids_are_read_in_one_snapshot(
    demo: SqliteDatabase, db_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program's save between the two reads is in neither: they agree."""
    query = RegisterQuery(severities=("major",))
    (general,) = demo.execute_sql(
        "SELECT id FROM complaint WHERE severity = 'general' LIMIT 1"
    ).fetchone()
    real_ids = register.ids

    def ids_then_another_save(*args, **kwargs):
        found = real_ids(*args, **kwargs)
        with sqlite3.connect(db_path) as other:  # commits on leaving
            other.execute("UPDATE complaint SET severity = 'major' WHERE id = ?", (general,))
        return found

    monkeypatch.setattr(register, "ids", ids_then_another_save)
    head = register.head(demo, query, 10_000)
    monkeypatch.undo()
    assert general not in head.ids
    assert head.count == len(head.ids)  # not one more: the save came after the snapshot
    assert raw_count(demo, "severity = 'major'") == head.count + 1  # it did happen
