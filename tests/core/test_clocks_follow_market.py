"""A complaint's market changed after registration: the clocks whose rules are per market follow
(the site-visit answer: 8 hours for export, 24 for domestic), with a fixed clock."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

import pytest
from case_scenarios import MONDAY, at, clock_of, department_in_shanghai, fresh, move, new_case
from conftest import ENGINEER, work_entries

from qa_desktop.core.clock import to_storage
from qa_desktop.core.models import AuditEntry, CaseClock
from qa_desktop.core.services import case_clocks, workflow
from qa_desktop.core.services.complaints import to_draft, update_complaint
from qa_desktop.core.services.workflow import Judgement

EXPORT, DOMESTIC = "visit_answer_export", "visit_answer_domestic"


@pytest.fixture
def shanghai(db):
    department_in_shanghai()
    return db


def codes(case) -> set[str]:
    return {row.rule_code for row in CaseClock.select().where(CaseClock.complaint == case)}


def change_market(case, market: str, when):
    draft = dataclasses.replace(to_draft(fresh(case)), market=market)
    return update_complaint(case.id, draft, fresh(case).revision, ENGINEER, at(when))


def market_entries():
    return [
        json.loads(e.detail) for e in work_entries().where(AuditEntry.action == "clocks_market")
    ]


def test_a_domestic_case_made_export_gets_the_export_clock_from_when_it_was_received(shanghai):
    case = new_case()  # the example complaint is domestic
    assert DOMESTIC in codes(case) and EXPORT not in codes(case)
    now = MONDAY + timedelta(hours=2)
    change_market(case, "export", now)
    assert EXPORT in codes(case) and DOMESTIC not in codes(case)
    export = clock_of(case, EXPORT, now)
    assert export.started_at == MONDAY and export.state.due_at == MONDAY + timedelta(hours=8)
    (entry,) = market_entries()
    assert entry["market"] == ["domestic", "export"] and entry["started"] == [EXPORT]
    assert [r["clock"] for r in entry["removed"]] == [DOMESTIC]  # what went is in the trail
    # The earliest due time is still the four-hour clock's; the register's figures follow.
    assert fresh(case).next_due_at == to_storage(MONDAY + timedelta(hours=4))
    later = MONDAY + timedelta(hours=9)
    assert clock_of(case, EXPORT, later).state.late  # export answers within 8 hours


def test_a_clock_met_already_stays_as_it_was_met(shanghai):
    case = new_case()
    met = MONDAY + timedelta(hours=3)
    case_clocks.meet(case.id, DOMESTIC, "客户不需要现场调查", ENGINEER, met, at(met))
    change_market(case, "export", MONDAY + timedelta(hours=4))
    kept = clock_of(case, DOMESTIC, MONDAY + timedelta(hours=5))
    assert kept.met and kept.state.met_at == met and kept.note == "客户不需要现场调查"
    assert clock_of(case, EXPORT, MONDAY + timedelta(hours=5)).started_at == MONDAY
    (entry,) = market_entries()
    assert entry["removed"] == [] and entry["started"] == [EXPORT]


def test_back_and_forth_starts_again_from_receipt_and_other_edits_leave_the_clocks(shanghai):
    case = new_case()
    change_market(case, "export", MONDAY + timedelta(hours=1))
    change_market(case, "domestic", MONDAY + timedelta(hours=2))
    domestic = clock_of(case, DOMESTIC, MONDAY + timedelta(hours=2))
    assert domestic.started_at == MONDAY and domestic.state.due_at == MONDAY + timedelta(hours=24)
    assert EXPORT not in codes(case)
    before = list(CaseClock.select().order_by(CaseClock.id).tuples())
    draft = dataclasses.replace(to_draft(fresh(case)), description="划伤，长度 5–30 mm")
    update_complaint(
        case.id, draft, fresh(case).revision, ENGINEER, at(MONDAY + timedelta(hours=3))
    )
    assert list(CaseClock.select().order_by(CaseClock.id).tuples()) == before
    assert len(market_entries()) == 2


def test_on_an_invalid_case_the_clock_started_is_not_needed(shanghai):
    case = new_case()
    verdict = Judgement("invalid", "客户加工参数不当", "general", "", "王工")
    workflow.judge(case.id, verdict, fresh(case).revision, ENGINEER, at(MONDAY))
    move(case, "invalid", MONDAY + timedelta(hours=1), "客户加工参数不当，非原材料问题")
    change_market(case, "export", MONDAY + timedelta(hours=2))
    export = clock_of(case, EXPORT, MONDAY + timedelta(hours=3))
    assert export.met and "judged invalid" in export.note
