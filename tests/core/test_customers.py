"""Customers as master data: added, edited and merged through the service, checked in the file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from conftest import ENGINEER, example_draft, work_entries

from qa_desktop.core import register
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, Complaint, Customer
from qa_desktop.core.services import reference
from qa_desktop.core.services.complaints import register_complaint, update_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.customers import (
    CustomerDraft,
    add_customer,
    customer_problems,
    customer_rows,
    customers,
    find_customer,
    merge_customers,
    old_spellings,
    update_customer,
)
from qa_desktop.core.sorting import sort_key

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # every test's "now": never the real clock
MANAGER = Actor("qa.li", "李主管")
KEPT = "佛山某不锈钢制品厂"
SPELLING = "佛山某不锈钢制品有限公司"


def clock() -> datetime:
    return NOW


def complaint_of(customer: str, **changes) -> Complaint:
    draft = example_draft(customer_name=customer, received_at=NOW - timedelta(hours=2), **changes)
    return register_complaint(draft, clock=clock, actor=ENGINEER)


def found(text: str, db) -> set[int]:
    """The complaints the register's search box finds for this text."""
    return set(register.ids(db, register.RegisterQuery(text=text)))


def audit(action: str, record_uuid: object) -> list[dict]:
    entries = AuditEntry.select().where(
        (AuditEntry.action == action) & (AuditEntry.record_uuid == str(record_uuid))
    )
    return [json.loads(entry.detail) for entry in entries]


# ----- adding and editing ------------------------------------------------------------------------
def test_a_new_customer_is_cleaned_sorted_and_audited(db):
    draft = CustomerDraft(
        name="  潮州\x07彩塘  厨具有限公司 ",
        name_en="Chaozhou Caitang\tKitchenware",
        market="domestic",
        contact_name="陈采购",
        contact_phone="0768-6888 1234",
        contact_email="chen@caitang.example",
        address="广东省潮州市潮安区彩塘镇\r\n  金砂工业区 8 号  \n",
    )
    customer = add_customer(draft, MANAGER, clock)
    stored = Customer.get_by_id(customer.id)
    assert stored.name == "潮州彩塘 厨具有限公司"
    assert stored.name_en == "Chaozhou Caitang Kitchenware"
    assert stored.address == "广东省潮州市潮安区彩塘镇\n金砂工业区 8 号"
    assert stored.sort_key == sort_key("潮州彩塘 厨具有限公司")
    assert stored.created_by == "qa.li" and stored.created_at == NOW.replace(tzinfo=None)
    [detail] = audit("create", stored.uuid)
    assert detail["contact_email"] == "chen@caitang.example"


def test_a_name_is_required_and_unique_among_customers(db):
    add_customer(
        CustomerDraft(name="Vina Steel Kitchen JSC", market="export"), clock=clock, actor=ENGINEER
    )
    problems = customer_problems(
        CustomerDraft(name=" ", market="abroad", contact_email="chen at caitang")
    )
    assert [(p.field, p.message) for p in problems] == [
        ("name", "Enter the customer's name."),
        ("market", "Choose domestic or export."),
        ("contact_email", "An e-mail address looks like name@example.com."),
    ]
    with pytest.raises(ValidationError) as refused:
        add_customer(CustomerDraft(name="vina  steel kitchen jsc"), clock=clock, actor=ENGINEER)
    assert [e.message for e in refused.value.errors] == [
        "There is already a customer called Vina Steel Kitchen JSC."
    ]
    assert Customer.select().count() == 1 and work_entries().count() == 1


def test_problems_are_translated(db):
    [problem] = customer_problems(CustomerDraft(name=""), lang="zh_CN")
    assert problem.message == "请输入客户名称。"


def test_a_rename_keeps_the_sort_key_and_the_register_s_search_up_to_date(db):
    complaint = complaint_of("佛山市某厂")
    customer = find_customer("佛山市某厂")
    assert found("佛山市某厂", db) == {complaint.id}
    draft = CustomerDraft.of(customer)
    renamed = CustomerDraft(**{**draft.__dict__, "name": "上海申达", "name_en": "Shenda"})
    update_customer(customer.id, renamed, customer.revision, MANAGER, clock)
    stored = Customer.get_by_id(customer.id)
    assert stored.sort_key == sort_key("上海申达") and stored.revision == 2
    assert found("上海申达", db) == {complaint.id}
    assert found("Shenda", db) == {complaint.id}
    assert found("佛山市某厂", db) == set(), "the old name is no longer what the register shows"
    [detail] = audit("update", stored.uuid)
    assert detail == {"name": ["佛山市某厂", "上海申达"], "name_en": ["", "Shenda"]}


def test_an_edit_started_before_someone_else_s_is_refused(db):
    customer = add_customer(CustomerDraft(name="宁波海天五金制品厂"), clock=clock, actor=ENGINEER)
    draft = CustomerDraft.of(customer)
    update_customer(
        customer.id,
        CustomerDraft(**{**draft.__dict__, "contact_name": "王"}),
        1,
        clock=clock,
        actor=ENGINEER,
    )
    with pytest.raises(UserError, match="was changed by wang after you opened it"):
        update_customer(
            customer.id,
            CustomerDraft(**{**draft.__dict__, "address": "x"}),
            1,
            clock=clock,
            actor=ENGINEER,
        )
    assert Customer.get_by_id(customer.id).address == ""


def test_an_unchanged_save_writes_nothing(db):
    customer = add_customer(CustomerDraft(name="宁波海天五金制品厂"), clock=clock, actor=ENGINEER)
    update_customer(
        customer.id, CustomerDraft.of(customer), customer.revision, clock=clock, actor=ENGINEER
    )
    assert Customer.get_by_id(customer.id).revision == 1
    assert work_entries().count() == 1


# ----- merging -----------------------------------------------------------------------------------
def test_a_merge_moves_every_complaint_and_the_old_spelling_still_finds_the_customer(db):
    kept_case = complaint_of(KEPT)
    moved = [complaint_of(SPELLING), complaint_of(SPELLING)]
    keep, spelling = find_customer(KEPT), find_customer(SPELLING)
    Customer.update(contact_email="sales@foshan.example").where(
        Customer.id == spelling.id
    ).execute()
    result = merge_customers(keep.id, spelling.id, MANAGER, clock)
    assert result.moved == 2
    assert {c.customer_id for c in Complaint.select()} == {keep.id}
    merged = Customer.get_by_id(spelling.id)
    assert merged.merged_into_id == keep.id, "the merged record is kept, pointing at the other"
    assert find_customer(SPELLING).id == keep.id
    assert SPELLING not in [c.name for c in customers(active_only=False)]
    assert [row.name for row in customer_rows()] == [KEPT]
    assert customer_rows()[0].complaints == 3
    assert old_spellings(keep.id) == [SPELLING]
    assert Customer.get_by_id(keep.id).contact_email == "sales@foshan.example", "filled in"
    # Typing the old spelling on a new complaint lands on the kept customer.
    again = complaint_of(f" {SPELLING} ")
    assert again.customer_id == keep.id and Customer.select().count() == 2
    # The register shows and finds the moved complaints under the kept name.
    assert found(KEPT, db) >= {kept_case.id, *(c.id for c in moved)}
    # … and the old spelling, which people still type, finds them all too (the indexer adds
    # the spellings merged into a customer to its complaints).
    assert found("有限公司", db) == {kept_case.id, again.id, *(c.id for c in moved)}


def test_a_merge_is_audited_on_both_customers_and_every_complaint(db):
    moved = complaint_of(SPELLING)
    keep = add_customer(CustomerDraft(name=KEPT), clock=clock, actor=ENGINEER)
    spelling = find_customer(SPELLING)
    merge_customers(keep.id, spelling.id, MANAGER, clock)
    [merge] = audit("merge", spelling.uuid)
    assert merge["merged_into"] == str(keep.uuid) and merge["complaints"] == 1
    assert audit("update", keep.uuid)[0]["merged_in"] == SPELLING
    assert audit("update", moved.uuid) == [{"customer_name": [SPELLING, KEPT]}]
    stored = Complaint.get_by_id(moved.id)
    assert stored.revision == 2 and stored.updated_by == "qa.li"
    by_manager = AuditEntry.select().where(AuditEntry.actor == "qa.li")
    assert sorted(e.action for e in by_manager) == ["merge", "update", "update"]


def test_an_editor_opened_before_a_merge_cannot_overwrite_it(db):
    """The moved complaint has a new revision: a window still holding the old one is refused."""
    complaint = complaint_of(SPELLING)
    keep = add_customer(CustomerDraft(name=KEPT), clock=clock, actor=ENGINEER)
    merge_customers(keep.id, find_customer(SPELLING).id, clock=clock, actor=ENGINEER)
    draft = example_draft(customer_name=SPELLING, received_at=NOW - timedelta(hours=2))
    with pytest.raises(UserError, match="was changed by"):
        update_complaint(complaint.id, draft, complaint.revision, clock=clock, actor=ENGINEER)


@pytest.mark.parametrize("case", ["itself", "merged away", "into a merged one", "gone"])
def test_merges_that_make_no_sense_are_refused_and_nothing_is_written(db, case):
    a = add_customer(CustomerDraft(name="A 厂"), clock=clock, actor=ENGINEER)
    b = add_customer(CustomerDraft(name="B 厂"), clock=clock, actor=ENGINEER)
    c = add_customer(CustomerDraft(name="C 厂"), clock=clock, actor=ENGINEER)
    merge_customers(b.id, c.id, clock=clock, actor=ENGINEER)  # C is now an old spelling of B
    before = AuditEntry.select().count(), [(x.id, x.merged_into_id) for x in Customer.select()]
    keep, merged, message = {
        "itself": (a.id, a.id, "cannot be merged into itself"),
        "merged away": (a.id, c.id, "C 厂 has been merged into B 厂; choose B 厂 instead"),
        "into a merged one": (c.id, a.id, "C 厂 has been merged into B 厂; choose B 厂 instead"),
        "gone": (a.id, 999, "no longer exists"),
    }[case]
    with pytest.raises(UserError, match=message):
        merge_customers(keep, merged, clock=clock, actor=ENGINEER)
    after = AuditEntry.select().count(), [(x.id, x.merged_into_id) for x in Customer.select()]
    assert after == before


def test_spellings_merged_earlier_follow_to_the_kept_customer(db):
    a, b, c = (
        add_customer(CustomerDraft(name=name), clock=clock, actor=ENGINEER)
        for name in ("A 厂", "B 厂", "C 厂")
    )
    merge_customers(b.id, c.id, clock=clock, actor=ENGINEER)
    merge_customers(a.id, b.id, clock=clock, actor=ENGINEER)
    assert Customer.get_by_id(c.id).merged_into_id == a.id, "no chains of merges"
    assert find_customer("C 厂").id == a.id
    assert old_spellings(a.id) == ["B 厂", "C 厂"]


def test_an_old_spelling_cannot_be_taken_as_a_new_name(db):
    keep = add_customer(CustomerDraft(name=KEPT), clock=clock, actor=ENGINEER)
    spelling = add_customer(CustomerDraft(name=SPELLING), clock=clock, actor=ENGINEER)
    merge_customers(keep.id, spelling.id, clock=clock, actor=ENGINEER)
    other = add_customer(CustomerDraft(name="其他客户"), clock=clock, actor=ENGINEER)
    [problem] = customer_problems(CustomerDraft(name=SPELLING), other.id)
    assert problem.message == f"{SPELLING} is an old spelling of {KEPT}: edit {KEPT} instead."
    with pytest.raises(UserError, match="has been merged into"):
        update_customer(
            spelling.id,
            CustomerDraft(name="新名"),
            spelling.revision + 1,
            clock=clock,
            actor=ENGINEER,
        )


def test_the_old_names_stay_importable_from_reference():
    from qa_desktop.core.services import customers as service

    for name in ("customers", "find_or_create_customer"):  # version 1's customer functions
        assert getattr(reference, name) is getattr(service, name)


def test_a_complaint_finds_its_customer_whatever_the_case(db):
    """The Customers screen refuses two names that differ only in case; so do complaints."""
    first = complaint_of("ACME Stainless Ltd")
    second = complaint_of("acme stainless ltd")
    assert first.customer_id == second.customer_id
    assert Customer.select().where(Customer.name.contains("cme")).count() == 1
