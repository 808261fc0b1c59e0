"""Actions across every case, for the main window: overdue and due soon, for one owner or all,
by the department's day, read through the indexes (EXPLAIN QUERY PLAN)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from action_scenarios import FIELD, MANAGER, NOW, add, clock, containment, corrective, make_case
from conftest import ENGINEER, example_draft

from qa_desktop.core.models import CaseAction, database_proxy
from qa_desktop.core.services import action_lists, actions
from qa_desktop.core.services.complaints import register_complaint


@pytest.fixture
def cases(db):
    first = make_case()
    second = register_complaint(example_draft(customer_name="潮州彩塘厨具有限公司"), ENGINEER)
    return first, second


def numbers(rows) -> list[tuple[str, int]]:
    return [(row.case_no, row.number) for row in rows]


def test_overdue_actions_across_cases_longest_overdue_first(cases):
    first, second = cases
    add(first, containment(due_date=date(2026, 3, 11)))  # yesterday in Shanghai
    add(first, corrective(due_date=date(2026, 3, 12)))  # today: due, not overdue
    add(second, corrective(due_date=date(2026, 3, 10), owner="wang"))
    done = add(second, containment(due_date=date(2026, 3, 10)))
    actions.mark_done(str(done.uuid), 1, "已冻结", FIELD, clock)  # done: QA's turn, not late
    gone = add(second, containment(due_date=date(2026, 3, 10)))
    actions.cancel_action(str(gone.uuid), 1, "重复", ENGINEER, clock)
    late = action_lists.overdue(NOW)
    assert numbers(late) == [(second.case_no, 1), (first.case_no, 1)]
    assert all(row.overdue for row in late)
    assert numbers(action_lists.overdue(NOW, owner="zhou")) == [(first.case_no, 1)]
    assert action_lists.overdue(NOW, owner="nobody") == []


def test_due_within_counts_from_the_departments_today(cases):
    first, _second = cases
    add(first, corrective(due_date=date(2026, 3, 12)))
    add(first, corrective(due_date=date(2026, 3, 19)))
    add(first, corrective(due_date=date(2026, 3, 20)))
    add(first, corrective(due_date=date(2026, 3, 11)))  # overdue: not "due"
    assert [row.number for row in action_lists.due_within(NOW, 7)] == [1, 2]
    assert [row.number for row in action_lists.due_within(NOW, 0)] == [1]
    # 17:30 UTC on the 11th is already the 12th in Shanghai: the same answer
    evening = datetime(2026, 3, 11, 17, 30, tzinfo=UTC)
    assert [row.number for row in action_lists.due_within(evening, 0)] == [1]
    assert [row.number for row in action_lists.overdue(evening)] == [4]


def test_rows_carry_names_evidence_and_the_reason_of_a_send_back(cases):
    first, _second = cases
    row = add(first, corrective(due_date=date(2026, 3, 11)))
    row = actions.mark_done(str(row.uuid), 1, "已换辊", FIELD, clock)
    actions.reject_verification(str(row.uuid), row.revision, "缺签字", MANAGER, clock)
    (listed,) = action_lists.overdue(NOW)
    assert (listed.owner_name, listed.reason, listed.state.value) == ("周工", "缺签字", "open")
    assert listed.draft().description == row.description
    assert action_lists.action_row(listed.uuid, NOW) == listed
    assert action_lists.action_row("not-a-uuid") is None


@pytest.mark.parametrize("owner", [None, "zhou"])
def test_the_lists_read_the_indexes_not_the_whole_table(cases, owner):
    today = action_lists.department_today(NOW)
    query = action_lists._open(owner).where(CaseAction.due_date < today)
    sql, params = query.sql()
    plan = " | ".join(
        row[3] for row in database_proxy.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)
    )
    assert "USING INDEX case_action_state" in plan or "USING INDEX case_action_due_date" in plan
    assert "SCAN t1" not in plan and "SCAN case_action" not in plan, plan


def test_a_list_reads_the_same_few_statements_however_many_rows(cases):
    first, second = cases

    def statements_of_overdue() -> tuple[int, int]:
        statements: list[str] = []
        database_proxy.connection().set_trace_callback(statements.append)
        try:
            rows = action_lists.overdue(NOW)
        finally:
            database_proxy.connection().set_trace_callback(None)
        return len(rows), len(statements)

    def add_late(complaint) -> None:  # sent back: its reason is read too
        row = add(complaint, corrective(due_date=date(2026, 3, 10)))
        row = actions.mark_done(str(row.uuid), 1, "已换辊", FIELD, clock)
        actions.reject_verification(str(row.uuid), row.revision, "缺签字", MANAGER, clock)

    add_late(first)
    few = statements_of_overdue()
    for index in range(12):
        add_late(second if index % 2 else first)
    many = statements_of_overdue()
    assert (few[0], many[0]) == (1, 13)
    assert many[1] == few[1], "names, evidence and reasons are read once per list, not per row"
