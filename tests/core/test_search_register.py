"""The register's filters, sorts and search, checked against plain Python over the same data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import ENGINEER, SHANGHAI, example_draft, set_department_zone
from peewee import SqliteDatabase

from qa_desktop.core import register, search
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import catalogue
from qa_desktop.core.register import COLUMN_KEYS, RegisterQuery
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.sorting import sort_key

ANCHOR = date(2026, 11, 1)
# The demo's "now" (its anchor at 09:00 UTC: 17:00 in Shanghai): "late", "due today" and days
# open are counted at this moment, in the demo's zone.
NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
AT = {"as_of": NOW, "zone": SHANGHAI}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteDatabase]:
    """2,000 demo complaints, shared read-only by the tests of this module."""
    database = open_database(tmp_path_factory.mktemp("register") / "demo.sqlite")
    load_demo(database, 2000, seed=3, anchor=ANCHOR)
    # The demo always counts pieces and always names a defect: vary that, and leave some
    # quantities and defects empty, so every column sorts something and NULLs are placed.
    database.execute_sql("UPDATE complaint SET affected_unit = 't' WHERE id % 7 = 0")
    database.execute_sql("UPDATE complaint SET affected_qty = NULL WHERE id % 11 = 0")
    database.execute_sql("UPDATE complaint SET defect_type_id = NULL WHERE id % 13 = 0")
    # The figures the clocks and proposals keep (services not in this test's scope): the next
    # clock due a few hours to days after receipt, some due today (earlier and later), some
    # clocks met late; approved money on some cases; a reopened case keeps its last closure.
    database.execute_sql(
        "UPDATE complaint SET next_due_at = datetime(received_at, '+' || (id % 120) || ' hours')"
        " WHERE status NOT IN ('closed', 'answered')"
    )
    database.execute_sql(
        "UPDATE complaint SET next_due_at = datetime(?, '+' || (id % 12 - 4) || ' hours')"
        " WHERE status NOT IN ('closed', 'answered') AND id % 4 = 0",
        (str(NOW.replace(tzinfo=None)),),
    )
    database.execute_sql("UPDATE complaint SET late_clocks = 1 + id % 2 WHERE id % 9 = 0")
    database.execute_sql("UPDATE complaint SET approved_minor = (id % 7) * 123450 WHERE id % 3 = 0")
    database.execute_sql(
        "UPDATE complaint SET closed_at = datetime(received_at, '+20 days')"
        " WHERE status = 'follow_up' AND id % 2 = 0"
    )
    database.execute_sql("UPDATE complaint SET ship_date = NULL WHERE id % 17 = 0")
    search.rebuild(database)  # changed behind the services' back: index what it shows now
    yield database
    close_database(database)


# Every text the search covers, written here independently of core/search.py.
SEARCHED_SQL = (
    "c.case_no", "cu.name", "cu.name_en", "c.product", "c.specification", "d.name_en",
    "d.name_zh", "c.owner", "c.description", "c.customer_request", "c.material_no",
    "c.order_no", "c.delivery_note", "c.contact_name", "c.customer_complaint_no",
    "c.mill_cert_no", "c.salesperson", "c.defect_other",
    "(SELECT group_concat(coil_no || ' ' || heat_no, ' ') FROM coil_line WHERE complaint_id = c.id)",
)  # fmt: skip


@pytest.fixture(scope="module")
def records(demo: SqliteDatabase) -> list[dict[str, Any]]:
    """Every complaint as plain Python values, read without the register module."""
    sql = (
        "SELECT c.id, c.case_no, c.status, c.severity, c.category, c.market, c.customer_id,"
        " c.received_at, cu.name, d.code, c.owner, c.product, c.responsible_department,"
        " c.next_due_at, c.late_clocks, c.closed_at, c.ship_date, c.repeat, c.approved_minor,"
        f" {', '.join(SEARCHED_SQL)}"
        " FROM complaint c JOIN customer cu ON cu.id = c.customer_id"
        " LEFT JOIN defect_type d ON d.id = c.defect_type_id"
    )
    found = []
    for row in demo.execute_sql(sql):
        (id_, case_no, status, severity, category, market, customer_id, received, name,
         defect, owner, product, department, due, late_clocks, closed, shipped, repeat,
         approved, *searched) = row  # fmt: skip
        found.append({
            "id": id_, "case_no": case_no, "status": status, "severity": severity,
            "category": category, "market": market, "customer_id": customer_id,
            "customer": name, "defect": defect, "owner": owner, "product": product,
            "received_at": utc(received), "department": department, "due": utc(due),
            "late_clocks": late_clocks, "closed_at": utc(closed) if status == "closed" else None,
            "ship_date": date.fromisoformat(shipped) if shipped else None,
            "repeat": bool(repeat), "approved": approved,
            # One field per line: a term never matches across two fields.
            "haystack": "\n".join(p for p in searched if p).casefold(),
        })  # fmt: skip
    assert len(found) == 2000
    return found


def utc(stored: str | None) -> datetime | None:
    return None if stored is None else datetime.fromisoformat(stored).replace(tzinfo=UTC)


def day(moment: datetime, zone: ZoneInfo = SHANGHAI) -> date:
    """The department's calendar day of an instant."""
    return moment.astimezone(zone).date()


def days_open(r: dict[str, Any]) -> int:
    return (day(r["closed_at"] or NOW) - day(r["received_at"])).days


def days_since_shipment(r: dict[str, Any]) -> int | None:
    return None if r["ship_date"] is None else (day(r["received_at"]) - r["ship_date"]).days


def late(r: dict[str, Any]) -> bool:
    return (r["due"] is not None and r["due"] < NOW) or r["late_clocks"] > 0


def due_today(r: dict[str, Any]) -> bool:
    return r["due"] is not None and day(r["due"]) == day(NOW)


def newest_first(rows: list[dict[str, Any]]) -> list[int]:
    ordered = sorted(rows, key=lambda r: (r["received_at"], r["id"]), reverse=True)
    return [r["id"] for r in ordered]


# --- filters ---------------------------------------------------------------------------------


FILTERS: dict[str, tuple[RegisterQuery, Any]] = {
    "no filter": (RegisterQuery(), lambda r: True),
    "statuses": (
        RegisterQuery(statuses=("registered", "invalid")),
        lambda r: r["status"] in ("registered", "invalid"),
    ),
    "one status": (RegisterQuery(statuses=("closed",)), lambda r: r["status"] == "closed"),
    "severities": (RegisterQuery(severities=("major",)), lambda r: r["severity"] == "major"),
    "categories": (
        RegisterQuery(categories=("transport", "delivery")),
        lambda r: r["category"] in ("transport", "delivery"),
    ),
    "market": (RegisterQuery(market="export"), lambda r: r["market"] == "export"),
    "open": (
        RegisterQuery(statuses=("open",)),
        lambda r: r["status"] != "closed",  # judged invalid still owes the customer an answer
    ),
    "closed or invalid": (
        RegisterQuery(statuses=("closed", "invalid")),
        lambda r: r["status"] in ("closed", "invalid"),
    ),
    "defect types": (
        RegisterQuery(defect_types=("rust", "scratch")),
        lambda r: r["defect"] in ("rust", "scratch"),
    ),
    "owner": (RegisterQuery(owner="王工"), lambda r: r["owner"] == "王工"),
    "product": (RegisterQuery(product="精密带钢"), lambda r: r["product"] == "精密带钢"),
    "combined": (
        RegisterQuery(statuses=("closed",), severities=("serious", "major"), market="domestic"),
        lambda r: (
            r["status"] == "closed"
            and r["severity"] in ("serious", "major")
            and r["market"] == "domestic"
        ),
    ),
    "combined with the new filters": (
        RegisterQuery(defect_types=("scratch",), owner="Chen Wei", market="export"),
        lambda r: r["defect"] == "scratch" and r["owner"] == "Chen Wei" and r["market"] == "export",
    ),
    "late": (RegisterQuery(due="late", **AT), late),
    "due today": (RegisterQuery(due="today", **AT), due_today),
    "responsible department": (
        RegisterQuery(responsible_department="冷轧车间"),
        lambda r: r["department"] == "冷轧车间",
    ),
    "repeat": (RegisterQuery(repeat=True), lambda r: r["repeat"]),
    "first complaints": (RegisterQuery(repeat=False), lambda r: not r["repeat"]),
    "late repeats of one department": (
        RegisterQuery(due="late", repeat=True, responsible_department="精整车间", **AT),
        lambda r: late(r) and r["repeat"] and r["department"] == "精整车间",
    ),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_filters_match_plain_python(demo: SqliteDatabase, records: list, name: str) -> None:
    query, keep = FILTERS[name]
    expected = newest_first([r for r in records if keep(r)])
    assert expected, "the filter must select something"
    if name != "no filter":
        assert len(expected) < len(records), "the filter must leave something out"
    assert register.ids(demo, query) == expected


def test_customer_filter(demo: SqliteDatabase, records: list) -> None:
    customers = sorted({r["customer_id"] for r in records})
    assert len(customers) == 20
    for customer_id in customers[:3]:
        expected = newest_first([r for r in records if r["customer_id"] == customer_id])
        assert expected
        assert register.ids(demo, RegisterQuery(customer_id=customer_id)) == expected
    assert register.ids(demo, RegisterQuery(customer_id=99_999)) == []


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Europe/Berlin"])  # Berlin: summer time
@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2026, 1, 1), date(2026, 3, 31)),
        (date(2025, 6, 15), date(2025, 6, 21)),
        (None, date(2024, 2, 29)),
        (date(2026, 10, 1), None),
    ],
)
def test_received_between_days(
    demo: SqliteDatabase, records: list, first: date | None, last: date | None, zone: str
) -> None:
    tz = ZoneInfo(zone)
    # Midnight of each day in the department's zone, with that day's own UTC offset.
    start = datetime(first.year, first.month, first.day, tzinfo=tz) if first else None
    after = last + timedelta(days=1) if last else None
    end = datetime(after.year, after.month, after.day, tzinfo=tz) if after else None
    expected = newest_first(
        [
            r
            for r in records
            if (start is None or r["received_at"] >= start)
            and (end is None or r["received_at"] < end)
        ]
    )
    assert expected
    query = RegisterQuery().between_days(first, last, tz)
    assert register.ids(demo, query) == expected
    with_status = replace(query, statuses=("closed",))
    closed = [i for i in expected if next(r for r in records if r["id"] == i)["status"] == "closed"]
    assert register.ids(demo, with_status) == closed


def test_day_bounds_are_the_departments_days(db: SqliteDatabase, pc_in_los_angeles) -> None:
    """between_days(first, last, zone): from midnight of `first` in the department's zone to
    the end of `last` there, whatever zone this PC is in."""
    inside_first = datetime(2026, 3, 1, 0, 0, tzinfo=SHANGHAI)
    inside_last = datetime(2026, 3, 31, 23, 59, 59, tzinfo=SHANGHAI)
    before = inside_first - timedelta(seconds=1)
    after = datetime(2026, 4, 1, 0, 0, tzinfo=SHANGHAI)
    ids = {
        moment: register_complaint(example_draft(received_at=moment), actor=ENGINEER).id
        for moment in (before, inside_first, inside_last, after)
    }
    query = RegisterQuery(sort_key="received_at", descending=False)
    march = register.ids(db, query.between_days(date(2026, 3, 1), date(2026, 3, 31), SHANGHAI))
    assert march == [ids[inside_first], ids[inside_last]]
    assert register.ids(db, query.between_days(None, date(2026, 2, 28), SHANGHAI)) == [ids[before]]
    assert register.ids(db, query.between_days(date(2026, 4, 1), None, SHANGHAI)) == [ids[after]]


def test_rows_show_received_times_in_the_departments_zone(
    db: SqliteDatabase, pc_in_los_angeles
) -> None:
    set_department_zone("Asia/Shanghai")
    moment = datetime(2026, 3, 1, 0, 30, tzinfo=SHANGHAI)  # 2026-02-28 08:30 in Los Angeles
    complaint = register_complaint(example_draft(received_at=moment), actor=ENGINEER)
    (row,) = register.rows(db, [complaint.id])
    assert row.display("received_at") == "2026-03-01 00:30"
    assert row.values["received_at"].utcoffset() == timedelta(hours=8)
    (berlin,) = register.rows(db, [complaint.id], zone=ZoneInfo("Europe/Berlin"))
    assert berlin.display("received_at") == "2026-02-28 17:30"
    assert register.received_header(SHANGHAI, "en") == "Received (Asia/Shanghai)"


# --- sorting ---------------------------------------------------------------------------------

SEVERITY_RANK = {"major": 0, "serious": 1, "general": 2}
# What each register column means, written here independently of register.COLUMNS (the
# customer's name is turned into its pinyin reading below, by core/sorting.py).
SORT_VALUES = {
    "case_no": "c.case_no",
    "received_at": "c.received_at",
    "customer": "cu.name",
    "market": "c.market",
    "category": "c.category",
    "product": "c.product",
    "specification": "c.specification",
    "coils": "s.coils",
    "defect": "d.sort_order",
    "affected_qty": "c.affected_qty",
    "affected_unit": "c.affected_unit",
    "severity": "c.severity",
    "status": "c.status",
    "owner": "c.owner",
    "responsible_department": "c.responsible_department",
    "repeat": "c.repeat",
    "approved": "c.approved_minor",
}
# The figures counted at a moment, counted here in Python from the records.
COMPUTED = {
    "due_at": lambda r: r["due"],
    "closed_at": lambda r: r["closed_at"],  # a closed case's only
    "days_open": days_open,
    "days_since_shipment": days_since_shipment,
}
# Empty values last in either direction: the next clock due first, the latest closure first.
NULLS_LAST = {"due_at", "closed_at", "days_since_shipment"}


def test_every_column_has_a_sort_check() -> None:
    assert set(SORT_VALUES) | set(COMPUTED) == set(COLUMN_KEYS)


@pytest.fixture(scope="module")
def sort_values(demo: SqliteDatabase, records: list) -> dict[str, dict[int, Any]]:
    sql = (
        f"SELECT c.id, {', '.join(SORT_VALUES.values())} FROM complaint c"
        " JOIN customer cu ON cu.id = c.customer_id"
        " LEFT JOIN defect_type d ON d.id = c.defect_type_id"
        " LEFT JOIN search_text s ON s.id = c.id"
    )
    values: dict[str, dict[int, Any]] = {key: {} for key in SORT_VALUES}
    for row in demo.execute_sql(sql):
        for key, value in zip(SORT_VALUES, row[1:], strict=True):
            if key == "received_at":
                value = datetime.fromisoformat(value)
            elif key == "severity":
                value = SEVERITY_RANK.get(value, 2)
            elif key == "customer":
                value = sort_key(value)
            values[key][row[0]] = value
    for key, count in COMPUTED.items():
        values[key] = {r["id"]: count(r) for r in records}
    return values


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("key", COLUMN_KEYS)
def test_sort_by_every_column(
    demo: SqliteDatabase, sort_values: dict[str, dict[int, Any]], key: str, descending: bool
) -> None:
    values = sort_values[key]
    assert len(set(values.values())) > 1, f"the demo data does not vary in {key}"
    if key in NULLS_LAST:
        assert None in values.values(), f"the demo data has no empty {key}"
        given = sorted((i for i in values if values[i] is not None),
                       key=lambda i: (values[i], i), reverse=descending)  # fmt: skip
        expected = given + sorted((i for i in values if values[i] is None), reverse=descending)
    else:
        # SQLite puts NULL first when ascending; ties are broken by id in the same direction.
        expected = sorted(
            values, key=lambda i: (values[i] is not None, values[i], i), reverse=descending
        )
    query = RegisterQuery(sort_key=key, descending=descending, **AT)
    assert register.ids(demo, query) == expected


def test_precise_orders(demo: SqliteDatabase, records: list) -> None:
    def ids(key: str, descending: bool = False) -> list[int]:
        return register.ids(demo, RegisterQuery(sort_key=key, descending=descending))

    by_case = sorted(records, key=lambda r: r["case_no"])
    assert ids("case_no") == [r["id"] for r in by_case]
    assert ids("case_no", True) == [r["id"] for r in reversed(by_case)]
    assert ids("received_at") == [r["id"] for r in sorted(records, key=lambda r: r["received_at"])]
    assert ids("received_at", True) == newest_first(records)
    by_name = sorted(records, key=lambda r: (sort_key(r["customer"]), r["id"]))
    assert ids("customer") == [r["id"] for r in by_name]
    # By pinyin, as a Chinese reader looks for a name: chao, fo, shang, not 上 < 佛 < 潮 as
    # in code order; Latin names among them by their letters.
    names = list(dict.fromkeys(r["customer"] for r in by_name))
    chaozhou, foshan, shanghai = (
        names.index(n)
        for n in ("潮州彩塘厨具有限公司", "佛山某不锈钢制品厂", "上海申达电梯装饰板厂")
    )
    assert chaozhou < foshan < names.index("Gulf Metal Industries LLC") < shanghai
    severities = [
        next(r["severity"] for r in records if r["id"] == i) for i in ids("severity")[::50]
    ]
    ranks = [SEVERITY_RANK[s] for s in severities]
    assert ranks == sorted(ranks) and ranks[0] == 0 and ranks[-1] == 2


def test_an_unknown_sort_key_is_refused(demo: SqliteDatabase) -> None:
    with pytest.raises(UserError, match=r"cannot be sorted by c\.id; DROP TABLE complaint; use"):
        register.ids(demo, RegisterQuery(sort_key="c.id; DROP TABLE complaint"))


# --- search ----------------------------------------------------------------------------------


def brute_force(records: list[dict[str, Any]], text: str) -> set[int]:
    words = [w.casefold() for w in text.split()]
    return {r["id"] for r in records if all(w in r["haystack"] for w in words)}


def searched(demo: SqliteDatabase, text: str, **filters: Any) -> list[int]:
    return register.ids(demo, RegisterQuery(text=text, **filters))


@pytest.mark.parametrize(
    "text",
    [
        "划伤",  # two Chinese characters: below the trigram
        "伤",  # one
        "不锈钢",  # three
        "佛山 划伤",  # two terms: both must occur
        "划伤 304",  # Chinese and a number
        "S24",  # a coil or case prefix
        "-03",
        "cc-2025-01",
        "2B",  # short and not Chinese
        "thai",
        "THAI",
        "Çelik",
        "no.4 ba",
        "1.2×1000",
        "compensation scrapped",
        "锈蚀",  # a defect type's Chinese name, in English-written export cases too
        "rust",
        "oil stain",
        "waviness 浪形",
        "Chaozhou",  # a customer's English name
        "潮州彩塘",
        "王工",  # owners
        "Chen Wei",
        "孙经理",  # salespeople
        "zhou min",
        "ZB24",  # mill certificate numbers
        "-24",  # the customer's complaint no. (e.g. FOS-2410-123), heat numbers
        "H24",
        "刘厂长",  # contacts
    ],
)
def test_search_equals_a_substring_check(demo: SqliteDatabase, records: list, text: str) -> None:
    expected = brute_force(records, text)
    assert expected, f"{text!r} should find something in the demo"
    assert set(searched(demo, text)) == expected


@pytest.mark.parametrize(
    "text", ['"', '"""', "%", "%%%", "_", "___", "a_b", "100%", 'say "hi"', "'", "OR", "NEAR", "*"]
)
def test_search_with_special_characters(demo: SqliteDatabase, records: list, text: str) -> None:
    assert set(searched(demo, text)) == brute_force(records, text)


def test_search_is_case_insensitive(demo: SqliteDatabase) -> None:
    assert searched(demo, "THAI") == searched(demo, "thai") == searched(demo, "Thai")
    assert searched(demo, "thai")
    assert searched(demo, "S23A") == searched(demo, "s23a")


def test_more_terms_narrow_the_result(demo: SqliteDatabase) -> None:
    one = set(searched(demo, "划伤"))
    two = set(searched(demo, "划伤 佛山"))
    assert two and two < one
    assert set(searched(demo, "佛山 划伤")) == two
    assert searched(demo, "划伤 zzzzzz") == []
    assert searched(demo, "   ") == searched(demo, "")


def test_search_combines_with_filters_and_sorting(demo: SqliteDatabase, records: list) -> None:
    expected = [r for r in records if r["status"] == "closed" and "划伤" in r["haystack"]]
    got = searched(demo, "划伤", statuses=("closed",), sort_key="case_no", descending=False)
    assert got == [r["id"] for r in sorted(expected, key=lambda r: r["case_no"])]


# --- rows ------------------------------------------------------------------------------------


def test_rows_come_back_in_the_requested_order(demo: SqliteDatabase, records: list) -> None:
    wanted = register.ids(demo, RegisterQuery(sort_key="customer"))[:700]  # more than one chunk
    wanted = wanted[::-1]
    rows = register.rows(demo, [*wanted[:3], 99_999, *wanted[3:]])
    assert [row.id for row in rows] == wanted
    by_id = {r["id"]: r for r in records}
    for row in rows[:20]:
        record = by_id[row.id]
        assert row.values["case_no"] == record["case_no"]
        assert row.values["customer"] == record["customer"]
        assert row.values["received_at"] == record["received_at"]
        assert row.values["received_at"].tzinfo is not None
    assert register.rows(demo, []) == []
    chunks = list(register.records_by_id(demo, "c.case_no", wanted, chunk=300))
    assert [len(chunk) for chunk in chunks] == [300, 300, 100]
    assert [record[0] for chunk in chunks for record in chunk] == wanted


def test_rows_display_english_values(demo: SqliteDatabase) -> None:
    closed = register.ids(demo, RegisterQuery(statuses=("closed",), market="export"))[:5]
    for row in register.rows(demo, closed, lang="en"):
        assert row.display("status", "en") == "Closed"
        assert row.display("market", "en") == "Export"
        assert row.display("severity", "en") in ("Major", "Serious", "General")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", row.display("received_at", "en"))
        assert re.fullmatch(r"[A-Za-z ]*", row.values["defect"])  # the English defect name
        assert row.display("affected_unit", "en") in ("pcs", "t")
        assert re.fullmatch(r"\d*", row.display("affected_qty", "en"))


@pytest.mark.skipif(
    ("Vocabulary", "Closed") not in catalogue("zh_CN"),
    reason="the zh_CN catalogue has no Vocabulary labels yet (being written)",
)
def test_rows_display_chinese_values(demo: SqliteDatabase) -> None:
    closed = register.ids(demo, RegisterQuery(statuses=("closed",), market="domestic"))[:5]
    rows = register.rows(demo, closed, lang="zh_CN")
    for row in rows:
        for key in ("status", "market", "severity"):
            assert re.search(r"[\u4e00-\u9fff]", row.display(key, "zh_CN")), key
        assert re.search(r"[\u4e00-\u9fff]", row.values["defect"])


def test_rows_show_the_figures_real_registers_keep(demo: SqliteDatabase, records: list) -> None:
    by_id = {r["id"]: r for r in records}
    wanted = register.ids(demo, RegisterQuery(sort_key="approved", **AT))[::5]
    rows = register.rows(demo, wanted, lang="en", zone=SHANGHAI, now=NOW)
    assert [row.id for row in rows] == wanted
    for row in rows:
        r = by_id[row.id]
        assert row.values["due_at"] == r["due"]
        assert row.values["closed_at"] == r["closed_at"]
        assert row.values["days_open"] == days_open(r)
        assert row.values["days_since_shipment"] == days_since_shipment(r)
        assert row.values["repeat"] is r["repeat"]
        assert row.values["responsible_department"] == r["department"]
        assert row.values["approved_minor"] == r["approved"]
        assert row.display("repeat", "en") == ("Yes" if r["repeat"] else "")
        if r["due"] is not None:
            assert row.values["due_at"].utcoffset() == timedelta(hours=8)
            assert row.display("due_at") == f"{r['due'].astimezone(SHANGHAI):%Y-%m-%d %H:%M}"
        if r["closed_at"] is not None:
            assert row.display("closed_at") == f"{day(r['closed_at']):%Y-%m-%d}"
    money = {row.display("approved") for row in rows}
    assert "" in money and "7,407.00 CNY" in money  # 6 x 123,450 fen; nothing approved: empty


def test_days_are_the_departments_calendar_days(db: SqliteDatabase, pc_in_los_angeles) -> None:
    """Received at 23:30 and closed an hour later is one day open; a ship date is a day of its
    own; the day of "today" is the department's, whatever zone the PC is in."""
    set_department_zone("Asia/Shanghai")
    received = datetime(2026, 3, 1, 23, 30, tzinfo=SHANGHAI)
    draft = example_draft(received_at=received, ship_date=date(2026, 2, 18))
    complaint = register_complaint(draft, actor=ENGINEER)
    closed = datetime(2026, 3, 2, 0, 30, tzinfo=SHANGHAI)
    db.execute_sql(
        "UPDATE complaint SET status = 'closed', closed_at = ? WHERE id = ?",
        (str(closed.astimezone(UTC).replace(tzinfo=None)), complaint.id),
    )
    (row,) = register.rows(db, [complaint.id], now=closed + timedelta(days=30))
    assert (row.values["days_open"], row.values["days_since_shipment"]) == (1, 11)
    db.execute_sql("UPDATE complaint SET status = 'follow_up' WHERE id = ?", (complaint.id,))
    # Reopened: open until now, one millisecond before the department's midnight, then after.
    midnight = datetime(2026, 3, 10, tzinfo=SHANGHAI)
    for now, days in ((midnight - timedelta(milliseconds=1), 8), (midnight, 9)):
        (row,) = register.rows(db, [complaint.id], now=now)
        assert row.values["days_open"] == days and row.values["closed_at"] is None
        query = RegisterQuery(sort_key="days_open", as_of=now, zone=SHANGHAI)
        assert register.ids(db, query) == [complaint.id]


def test_due_today_is_the_departments_today(db: SqliteDatabase, pc_in_los_angeles) -> None:
    set_department_zone("Asia/Shanghai")
    now = datetime(2026, 3, 10, 14, 0, tzinfo=SHANGHAI)  # 9 March 22:00 in Los Angeles
    dues = {
        "last night": datetime(2026, 3, 9, 23, 59, tzinfo=SHANGHAI),
        "this morning": datetime(2026, 3, 10, 0, 0, tzinfo=SHANGHAI),
        "tonight": datetime(2026, 3, 10, 23, 59, tzinfo=SHANGHAI),
        "tomorrow": datetime(2026, 3, 11, 0, 0, tzinfo=SHANGHAI),
    }
    ids = {}
    for name, due in dues.items():
        complaint = register_complaint(example_draft(), actor=ENGINEER)
        db.execute_sql(
            "UPDATE complaint SET next_due_at = ? WHERE id = ?",
            (str(due.astimezone(UTC).replace(tzinfo=None)), complaint.id),
        )
        ids[name] = complaint.id
    query = RegisterQuery(sort_key="due_at", descending=False, as_of=now)  # the zone: read
    assert register.ids(db, replace(query, due="today")) == [ids["this morning"], ids["tonight"]]
    assert register.ids(db, replace(query, due="late")) == [ids["last night"], ids["this morning"]]
    from qa_desktop.core.register_figures import DUE_TODAY, OVERDUE, due_state

    states = [due_state(due, 0, now, SHANGHAI) for due in dues.values()]
    assert states == [OVERDUE, OVERDUE, DUE_TODAY, ""]
