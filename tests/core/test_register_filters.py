"""The register's filters: unknown values refused in one sentence, what the register holds, and
which filters hide a complaint."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import ENGINEER, SHANGHAI, example_draft
from peewee import SqliteDatabase

from qa_desktop.core import register
from qa_desktop.core.demo import load_demo
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import Customer
from qa_desktop.core.register import OPEN, RegisterQuery
from qa_desktop.core.register_filters import (
    check,
    customer_named,
    departments,
    filters_hiding,
    owners,
    problem,
    products,
)
from qa_desktop.core.services.complaints import register_complaint

NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def demo(db: SqliteDatabase) -> SqliteDatabase:
    load_demo(db, 120, seed=6, anchor=date(2026, 11, 1), actor=ENGINEER)
    return db


def test_known_values_pass(demo: SqliteDatabase) -> None:
    customer = Customer.get(Customer.name == "佛山某不锈钢制品厂")
    query = RegisterQuery(
        statuses=(OPEN, "closed"), severities=("major",), categories=("quality", "service"),
        market="export", customer_id=customer.id, defect_types=("scratch", "other"),
        owner="王工", product="精密带钢", sort_key="customer", text="划伤", due="late",
        responsible_department="冷轧车间", repeat=False,
    ).between_days(date(2026, 1, 1), date(2026, 1, 1), SHANGHAI)  # fmt: skip
    assert problem(demo, query) == ""
    check(demo, RegisterQuery())  # nothing set: nothing to refuse


@pytest.mark.parametrize(
    ("query", "sentence"),
    [
        (
            RegisterQuery(statuses=("closed", "bogus")),
            "There is no status bogus; use one of: registered, containment, investigation,"
            " handling, replied, follow_up, closed, invalid, answered, open.",
        ),
        (
            RegisterQuery(severities=("urgent",)),
            "There is no severity urgent; use one of: major, serious, general.",
        ),
        (
            RegisterQuery(categories=("Quality",)),  # codes are exact
            "There is no category Quality; use one of: quality, quantity, grade_spec, delivery,"
            " transport, service.",
        ),
        (
            RegisterQuery(market="eu"),
            "There is no market eu; use one of: domestic, export.",
        ),
        (
            RegisterQuery(owner="王公"),  # a slip of the keyboard for 王工
            "No complaint has the owner 王公; the owners are: Chen Wei, 李工, Liu Yang, 王工, 赵工, 周工.",
        ),
        (
            RegisterQuery(sort_key="colour"),
            "The register cannot be sorted by colour; use one of: case_no, received_at, customer,"
            " market, category, product, specification, coils, defect, affected_qty,"
            " affected_unit, severity, status, owner, responsible_department, due_at,"
            " closed_at, days_open, days_since_shipment, repeat, approved.",
        ),
        (
            RegisterQuery(due="behind"),  # the words for it are "late" and "overdue"
            "There is no due filter behind; use one of: late, overdue, today.",
        ),
        (
            RegisterQuery(responsible_department="冷轧厂"),
            "No complaint has the responsible department 冷轧厂; the departments are: 精整车间,"
            " 冷轧车间, 品质部, 退火酸洗车间, 物流部.",
        ),
        (
            RegisterQuery(customer_id=4242),
            "There is no customer 4242; give its name as the customer filter lists it, or its"
            " English name.",
        ),
    ],
)
def test_an_unknown_value_is_named_with_what_is_allowed(
    demo: SqliteDatabase, query: RegisterQuery, sentence: str
) -> None:
    assert problem(demo, query) == sentence
    with pytest.raises(UserError) as refused:
        check(demo, query)
    assert str(refused.value) == sentence


def test_unknown_defect_types_and_products_list_what_exists(demo: SqliteDatabase) -> None:
    sentence = problem(demo, RegisterQuery(defect_types=("dirt",)))
    assert sentence.startswith("There is no defect type dirt; use one of: scratch, pit, roll_mark")
    assert sentence.endswith(", flatness, other.")
    sentence = problem(demo, RegisterQuery(product="冷轧卷"))
    assert sentence.startswith("No complaint has the product 冷轧卷; the products are: ")
    assert "冷轧不锈钢卷" in sentence and "Precision strip" in sentence


def test_a_date_range_that_ends_before_it_starts_is_refused(demo: SqliteDatabase) -> None:
    backwards = RegisterQuery().between_days(date(2026, 5, 1), date(2026, 4, 1), SHANGHAI)
    assert problem(demo, backwards) == (
        "The received-date range ends before it starts (2026-05-01 to 2026-04-01)."
    )
    one_day = RegisterQuery().between_days(date(2026, 5, 1), date(2026, 5, 1), SHANGHAI)
    assert problem(demo, one_day) == ""
    naive = RegisterQuery(received_from=datetime(2026, 5, 1))
    assert problem(demo, naive) == "A received-date bound must carry its time zone."


def test_refusals_are_translated(demo: SqliteDatabase) -> None:
    sentence = problem(demo, RegisterQuery(severities=("urgent",)), "zh_CN")
    assert "urgent" in sentence and "major, serious, general" in sentence
    assert "严重程度" in sentence


def test_owners_and_products_are_what_the_register_holds_in_pinyin_order(
    demo: SqliteDatabase,
) -> None:
    held = {row[0] for row in demo.execute_sql("SELECT DISTINCT owner FROM complaint")}
    assert owners(demo) == [
        "Chen Wei",
        "李工",
        "Liu Yang",
        "王工",
        "赵工",
        "周工",
    ]  # li, wang, zhao, zhou
    assert set(owners(demo)) == held - {""}
    assert products(demo)[:3] == ["Cold-rolled coil", "Cold-rolled sheet", "Hot-rolled coil"]
    assert products(demo).index("精密带钢") < products(demo).index("冷轧不锈钢卷")  # jing < leng
    held = {row[0] for row in demo.execute_sql("SELECT responsible_department FROM complaint")}
    assert departments(demo) == ["精整车间", "冷轧车间", "品质部", "退火酸洗车间", "物流部"]
    assert set(departments(demo)) == held - {""}  # jing, leng, pin, tui, wu


def test_a_customer_is_found_by_either_name_and_through_a_merge(demo: SqliteDatabase) -> None:
    foshan = Customer.get(Customer.name == "佛山某不锈钢制品厂")
    assert customer_named(demo, "佛山某不锈钢制品厂") == foshan.id
    assert customer_named(demo, " foshan  STAINLESS products works ") == foshan.id
    Customer.create(
        name="佛山市某不锈钢厂", merged_into=foshan.id, sort_key="fo",
        created_at=NOW, updated_at=NOW, created_by="test", updated_by="test",
    )  # fmt: skip
    assert customer_named(demo, "佛山市某不锈钢厂") == foshan.id
    assert customer_named(demo, "佛山") is None


def test_the_filters_hiding_a_complaint_are_named(db: SqliteDatabase) -> None:
    saved = register_complaint(
        example_draft(received_at=datetime(2026, 11, 1, 9, 0, tzinfo=SHANGHAI)),
        clock=lambda: NOW,
        actor=ENGINEER,
    )  # serious, quality, domestic, scratch, 王工, 冷轧不锈钢卷, registered
    query = RegisterQuery(
        statuses=(OPEN,), severities=("major",), market="domestic", owner="李工",
        text="划伤", sort_key="case_no", descending=False,
    ).between_days(date(2026, 10, 1), date(2026, 10, 31), SHANGHAI)  # fmt: skip
    assert filters_hiding(db, query, saved.id) == ["severities", "owner", "received"]
    shown = RegisterQuery(  # the same query with those three filters back to "all"
        statuses=(OPEN,), market="domestic", text="划伤", sort_key="case_no", descending=False
    )
    assert register.ids(db, shown) == [saved.id]
    assert filters_hiding(db, shown, saved.id) == []
    hidden_by_search = RegisterQuery(text="划伤 zebra")
    assert filters_hiding(db, hidden_by_search, saved.id) == ["text"]
    # Registered an hour ago: no clock late yet, no department answers for it, a first complaint.
    an_hour_on = datetime(2026, 11, 1, 10, 0, tzinfo=SHANGHAI)
    new_ones = RegisterQuery(
        due="late", repeat=True, responsible_department="冷轧车间", as_of=an_hour_on
    )
    assert filters_hiding(db, new_ones, saved.id) == ["due", "responsible_department", "repeat"]
    assert filters_hiding(db, RegisterQuery(repeat=False, as_of=NOW), saved.id) == []
