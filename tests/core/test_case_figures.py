"""The figures a complaint keeps for the register: the repeat flag (set when a complaint is
registered, edited or its customer merged, and by the upgrade to v5) and the approved amount
(kept by the proposal and signature services), each checked against plain Python."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ENGINEER, PASSWORD, RECEIVED, add_test_accounts, example_draft
from peewee import SqliteDatabase

from qa_desktop.core.case_figures import refresh_approved, refresh_repeats
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.models import Complaint, Proposal
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import proposals, signatures
from qa_desktop.core.services.complaints import (
    earlier_cases,
    register_complaint,
    to_draft,
    update_complaint,
)
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.customers import find_customer, merge_customers
from qa_desktop.core.services.signatures import Decision

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MANAGER = Actor("chen", "陈主管")
GM = Actor("liu", "刘总")


def expected_repeats(db: SqliteDatabase) -> dict[int, bool]:
    """The rule, case by case: an earlier complaint of the same customer with the same product
    (one given) or the same defect type (one given)."""
    rows = db.execute_sql(
        "SELECT id, customer_id, received_at, product, defect_type_id FROM complaint"
    ).fetchall()
    return {
        id_: any(
            other[1] == customer
            and other[2] < received
            and (
                (product != "" and other[3] == product)
                or (defect is not None and other[4] == defect)
            )
            for other in rows
        )
        for id_, customer, received, product, defect in rows
    }


def stored_repeats(db: SqliteDatabase) -> dict[int, bool]:
    return {row[0]: bool(row[1]) for row in db.execute_sql('SELECT id, "repeat" FROM complaint')}


def repeat(complaint_id: int) -> bool:
    return Complaint.get_by_id(complaint_id).repeat


def later(hours: int, **changes) -> object:
    return example_draft(received_at=RECEIVED + timedelta(hours=hours), **changes)


# --- repeat -----------------------------------------------------------------------------------


def test_a_repeat_is_the_same_customer_with_the_same_product_or_defect(db) -> None:
    first = register_complaint(example_draft(), ENGINEER)  # 佛山, 冷轧不锈钢卷, scratch
    same_product = register_complaint(later(1, defect_type_code="pit"), ENGINEER)
    same_defect = register_complaint(later(2, product="精密带钢"), ENGINEER)
    neither = register_complaint(
        later(3, product="热轧不锈钢卷", defect_type_code="rust"), ENGINEER
    )
    other_customer = register_complaint(later(4, customer_name="宁波海天五金制品厂"), ENGINEER)
    no_product = register_complaint(later(5, product="", defect_type_code="burr"), ENGINEER)
    assert [repeat(c.id) for c in (first, same_product, same_defect, neither)] == [
        False, True, True, False,
    ]  # fmt: skip
    assert not repeat(other_customer.id) and not repeat(no_product.id)
    # An empty product is no product: two complaints without one are not the same product.
    again = register_complaint(later(6, product="", defect_type_code="edge_crack"), ENGINEER)
    assert not repeat(again.id)
    assert stored_repeats(db) == expected_repeats(db)


def test_a_complaint_entered_after_the_fact_makes_the_later_ones_repeats(db) -> None:
    """Registered today but received last week: it is the first, the one registered before it
    (received later) is now the repeat."""
    registered_first = register_complaint(later(48), ENGINEER)
    assert not repeat(registered_first.id)
    received_first = register_complaint(example_draft(), ENGINEER)
    assert not repeat(received_first.id)
    assert repeat(registered_first.id)


def test_an_edit_counts_again_for_both_customers(db) -> None:
    a = register_complaint(example_draft(), ENGINEER)
    b = register_complaint(later(1), ENGINEER)
    c = register_complaint(later(2, customer_name="宁波海天五金制品厂"), ENGINEER)
    assert (repeat(a.id), repeat(b.id), repeat(c.id)) == (False, True, False)
    # The first moves to the other customer: b is no longer a repeat, c now is.
    draft = to_draft(Complaint.get_by_id(a.id))
    draft.customer_name = "宁波海天五金制品厂"
    update_complaint(a.id, draft, Complaint.get_by_id(a.id).revision, ENGINEER)
    assert (repeat(a.id), repeat(b.id), repeat(c.id)) == (False, False, True)
    # Its received time moves past c's: c is the first again, a the repeat.
    draft = to_draft(Complaint.get_by_id(a.id))
    draft.received_at = RECEIVED + timedelta(hours=3)
    update_complaint(a.id, draft, Complaint.get_by_id(a.id).revision, ENGINEER)
    assert (repeat(a.id), repeat(c.id)) == (True, False)
    assert stored_repeats(db) == expected_repeats(db)


def test_merging_two_spellings_joins_their_histories(db) -> None:
    register_complaint(example_draft(), ENGINEER)
    typo = register_complaint(later(1, customer_name="佛山某不锈钢制品有限公司"), ENGINEER)
    assert not repeat(typo.id)
    keep = find_customer("佛山某不锈钢制品厂")
    merged = find_customer("佛山某不锈钢制品有限公司")
    merge_customers(keep.id, merged.id, ENGINEER)
    assert repeat(typo.id)


def test_the_flag_is_what_the_registration_form_lists_as_earlier_cases(db) -> None:
    load_demo(db, 400, seed=4, anchor=date(2026, 11, 1), actor=ENGINEER)
    rows = db.execute_sql(
        "SELECT c.id, cu.name, c.product, d.code, c.received_at, c.repeat FROM complaint c"
        " JOIN customer cu ON cu.id = c.customer_id"
        " LEFT JOIN defect_type d ON d.id = c.defect_type_id"
    ).fetchall()
    flags = set()
    for id_, customer, product, defect, received, flag in rows:
        moment = datetime.fromisoformat(received).replace(tzinfo=UTC)
        listed = earlier_cases(customer, product, defect or "", moment, exclude_id=id_)
        assert bool(listed) is bool(flag), (id_, customer, product, defect, received)
        flags.add(bool(flag))
    assert flags == {True, False}


def test_the_demo_flags_repeats_by_the_rule(db) -> None:
    load_demo(db, 1500, seed=9, anchor=date(2026, 11, 1), actor=ENGINEER)
    flags = stored_repeats(db)
    assert flags == expected_repeats(db)
    assert 0 < sum(flags.values()) < len(flags)
    refresh_repeats(db)  # the shared statement agrees with the demo's own count
    assert stored_repeats(db) == flags


def test_the_upgrade_to_v5_counts_both_figures(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite"
    shutil.copyfile(FIXTURES / "schema_v4.sqlite", path)
    database = open_database(path)  # upgraded in place
    try:
        assert stored_repeats(database) == expected_repeats(database)
        assert any(stored_repeats(database).values())
        approved = dict(database.execute_sql("SELECT id, approved_minor FROM complaint"))
        sums: dict[int, int] = {}
        for complaint_id, state, total in database.execute_sql(
            "SELECT complaint_id, state, total_base_minor FROM proposal"
        ):
            if state in ("approved", "binding"):
                sums[complaint_id] = sums.get(complaint_id, 0) + total
        assert sums, "the v4 fixture has approved proposals"
        assert approved == {i: sums.get(i, 0) for i in approved}
    finally:
        close_database(database)


# --- approved amount ------------------------------------------------------------------------


def lines(amount: str) -> list[LineDraft]:
    return [LineDraft("compensation", "212", "pcs", amount, "CNY", "", "不良品赔偿")]


def approved(complaint_id: int) -> int:
    return Complaint.get_by_id(complaint_id).approved_minor


@pytest.fixture
def case(db):
    add_test_accounts((MANAGER, "qa_manager"), (GM, "general_manager"))
    return register_complaint(example_draft(), ENGINEER)


def sign(proposal: Proposal, actor: Actor, approve: bool = True) -> None:
    signatures.sign_proposal(proposal.id, Decision(approve, "意见"), PASSWORD, actor)


def test_the_approved_amount_follows_the_proposals_states(case) -> None:
    drafted = proposals.draft_proposal(case.id, "赔偿", lines("38600"), ENGINEER)
    assert approved(case.id) == 0  # a draft promises nothing
    first = proposals.submit_proposal(drafted.id, ENGINEER)
    assert approved(case.id) == 0  # awaiting approval
    sign(first, MANAGER)
    assert Proposal.get_by_id(first.id).state == "approved" and approved(case.id) == 3_860_000
    sign(first, GM)
    assert Proposal.get_by_id(first.id).state == "binding" and approved(case.id) == 3_860_000
    second = proposals.submit_proposal(
        proposals.draft_proposal(case.id, "补充赔偿", lines("15000.5"), ENGINEER).id, ENGINEER
    )
    sign(second, GM)  # past the manager's limit on this case: the general manager's alone
    assert Proposal.get_by_id(second.id).state == "binding"
    assert approved(case.id) == 3_860_000 + 1_500_050


def test_a_rejected_proposal_adds_nothing_and_a_voided_one_leaves_the_sum(case) -> None:
    rejected = proposals.submit_proposal(
        proposals.draft_proposal(case.id, "赔偿", lines("45000"), ENGINEER).id, ENGINEER
    )
    sign(rejected, MANAGER, approve=False)
    assert Proposal.get_by_id(rejected.id).state == "rejected" and approved(case.id) == 0
    revised = Proposal.get_by_id(rejected.id)
    proposals.update_proposal(revised.id, revised.revision, "按实际损失", lines("28000"), ENGINEER)
    proposals.submit_proposal(revised.id, ENGINEER)
    sign(revised, MANAGER)
    assert approved(case.id) == 2_800_000
    # A signed quantity changes: the signatures are voided, the proposal is a draft again.
    complaint = Complaint.get_by_id(case.id)
    draft = to_draft(complaint)
    draft.coils[1].quantity = "5.9"
    update_complaint(case.id, draft, complaint.revision, ENGINEER)
    assert Proposal.get_by_id(revised.id).state == "draft" and approved(case.id) == 0


def test_refresh_approved_agrees_with_the_services(case) -> None:
    proposal = proposals.submit_proposal(
        proposals.draft_proposal(case.id, "赔偿", lines("38600"), ENGINEER).id, ENGINEER
    )
    sign(proposal, MANAGER)
    kept = approved(case.id)
    Complaint.update(approved_minor=0).execute()
    refresh_approved(Complaint._meta.database)
    assert approved(case.id) == kept == 3_860_000
