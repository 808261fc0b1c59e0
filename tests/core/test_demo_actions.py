"""The demo's actions (CAPA): every state an action can be in, overdue and due soon ones for the
main window, preventive ones from a date code, a verification sent back with its reason, never
verified by the owner, and the same actions for the same seed and anchor."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.models import ActionEvidence, CaseAction, database_proxy
from qa_desktop.core.services import actions
from qa_desktop.core.services.action_lists import actions_of
from qa_desktop.core.vocab import ActionState

ANCHOR = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # the demo's "now"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    load_demo(database, 300, seed=1, anchor=ANCHOR)
    yield database
    close_database(database)


def test_every_state_occurs_and_no_one_verified_their_own(demo):
    states = {ActionState(a.state) for a in CaseAction.select()}
    assert states == set(ActionState)
    for action in CaseAction.select().where(CaseAction.state == "verified"):
        assert action.verified_by and action.verified_by != action.owner


def test_the_main_window_has_overdue_and_due_soon_actions(demo):
    late = actions.overdue(NOW)
    assert len(late) >= 2 and all(row.overdue for row in late)
    assert any(row.reason for row in late)  # the one sent back, overdue again
    soon = actions.due_within(NOW, 7)
    assert soon and all(NOW.date() <= row.due_date for row in soon)
    assert actions.overdue(NOW, owner="zhou")


def test_preventive_actions_name_a_date_code_and_what_they_cover(demo):
    preventive = list(CaseAction.select().where(CaseAction.kind == "preventive"))
    assert len(preventive) >= 3
    assert all(a.date_code_from and a.quantity and a.owner for a in preventive)


def test_done_actions_come_with_evidence_and_a_cancelled_one_with_its_reason(demo):
    done = CaseAction.select().where(CaseAction.state == "done")
    assert any(ActionEvidence.select().where(ActionEvidence.action == a).exists() for a in done)
    (cancelled,) = CaseAction.select().where(CaseAction.state == "cancelled")
    (row,) = [r for r in actions_of(cancelled.complaint_id, NOW) if r.number == cancelled.number]
    assert row.reason


def test_the_same_seed_and_anchor_give_the_same_actions(tmp_path: Path, demo):
    def rows() -> list[tuple]:
        return list(
            CaseAction.select(
                CaseAction.complaint, CaseAction.number, CaseAction.kind, CaseAction.state,
                CaseAction.owner, CaseAction.due_date, CaseAction.date_code_from,
                CaseAction.description, CaseAction.done_at, CaseAction.verified_by,
            ).order_by(CaseAction.complaint, CaseAction.number).tuples()
        )  # fmt: skip

    first = rows()
    other = open_database(tmp_path / "again.sqlite")  # the models now read this one
    try:
        load_demo(other, 300, seed=1, anchor=ANCHOR)
        assert rows() == first and len(first) >= 10
    finally:
        close_database(other)
        database_proxy.initialize(demo)  # the module's database, for any test after this one


def test_a_small_demo_of_old_cases_gets_its_actions_too(tmp_path: Path, demo):
    """20 cases over three years (the screen-fit probe's demo): stories on cases received long
    ago start six weeks before now, so every due date lies within two years of its setting."""
    other = open_database(tmp_path / "small.sqlite")
    try:
        load_demo(other, 20, seed=3, anchor=ANCHOR)
        assert CaseAction.select().count() >= 5
        assert actions.overdue(NOW)
    finally:
        close_database(other)
        database_proxy.initialize(demo)
