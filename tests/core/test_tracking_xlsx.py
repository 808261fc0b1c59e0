"""The complaint tracking table: the register's cases with each response clock, the actions and
the latest 8D revision, read back with openpyxl and LibreOffice; formula-like text stays text."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from conftest import ADMIN, ENGINEER, SHANGHAI, example_draft
from openpyxl import load_workbook
from peewee import SqliteDatabase
from test_register_xlsx import libreoffice_csv

from qa_desktop import paths
from qa_desktop.core import i18n, register, worker
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.errors import Cancelled
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.reports.exports import export_tracking_file
from qa_desktop.core.reports.tracking_xlsx import export_tracking
from qa_desktop.core.services.clock_rules import clock_rules, save_clock_rules
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.department import change_setting

NOW = datetime(2026, 3, 12, 10, 0, tzinfo=SHANGHAI)  # the moment the table is counted at
AT = {"as_of": NOW}
# Written here, not taken from the code under test.
STATIC_HEAD = ["Case no.", "Customer", "Received (Asia/Shanghai)", "Status", "Validity",
               "Severity", "Responsible department", "Owner"]  # fmt: skip
STATIC_TAIL = ["Actions open", "Actions overdue", "Actions in all", "Days open",
               "Days since shipment", "Repeat", "Approved amount (CNY)",
               "Close date (Asia/Shanghai)", "Latest 8D report revision"]  # fmt: skip
HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", "\tTabbed", "=1+2\tand a tab"]


def stored(moment: datetime) -> str:
    return str(moment.astimezone(UTC).replace(tzinfo=None))


def add_clock(db, complaint_id: int, code: str, due: datetime, met: datetime | None = None,
              late: bool = False) -> None:  # fmt: skip
    db.execute_sql(
        "INSERT INTO case_clock (complaint_id, rule_code, started_at, due_at, met_at,"
        " met_by, met_note, met_late) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
        (complaint_id, code, stored(due - timedelta(hours=4)), stored(due),
         stored(met) if met else None, "wang" if met else "", late),
    )  # fmt: skip


def add_action(db, complaint_id: int, number: int, state: str, due: date) -> None:
    db.execute_sql(
        "INSERT INTO case_action (uuid, created_at, updated_at, created_by, updated_by, revision,"
        " complaint_id, number, kind, cause, description, owner, department, due_date, state,"
        " date_code_from, quantity, done_note, verified_by, verification_note, internal_note)"
        " VALUES (?, ?, ?, 'wang', 'wang', 1, ?, ?, 'corrective', '', '整改', 'li', '冷轧车间', ?,"
        " ?, '', '', '', '', '', '')",
        (f"{complaint_id:08d}{number:024d}", stored(NOW), stored(NOW), complaint_id, number,
         due.isoformat(), state),
    )  # fmt: skip


def add_reply(db, complaint_id: int, kind: str, revision: str, sent: datetime) -> None:
    db.execute_sql(
        "INSERT INTO customer_reply (complaint_id, kind, revision, sent_to, channel, sent_at,"
        " sent_by, summary, lang, content_hash) VALUES (?, ?, ?, '张经理', 'email', ?, 'wang',"
        " '', 'zh_CN', '')",
        (complaint_id, kind, revision, stored(sent)),
    )


def read(path: Path) -> tuple[list[str], list[list[object]]]:
    book = load_workbook(path, read_only=True)
    try:
        rows = [list(row) for row in book.active.iter_rows(values_only=True)]
        title = book.active.title
    finally:
        book.close()
    width = len(rows[0])
    read.title = title  # type: ignore[attr-defined]
    return rows[0], [row + [None] * (width - len(row)) for row in rows[1:]]


@pytest.fixture
def cases(db) -> dict[str, int]:
    """Three cases of the example customer: one with every kind of clock, action and reply;
    a repeat without any; one closed, with its department, money and ship date."""
    change_setting("time_zone", "Asia/Shanghai", actor=ADMIN)
    busy = register_complaint(example_draft(), actor=ENGINEER)  # received 10 March 09:00
    bare = register_complaint(
        example_draft(received_at=datetime(2026, 3, 11, 9, 0, tzinfo=SHANGHAI)), actor=ENGINEER
    )
    closed = register_complaint(
        example_draft(received_at=datetime(2026, 3, 1, 8, 0, tzinfo=SHANGHAI), product="精密带钢",
                      defect_type_code="pit", ship_date=date(2026, 2, 18)),
        actor=ENGINEER,
    )  # fmt: skip
    received = datetime(2026, 3, 10, 9, 0, tzinfo=SHANGHAI)
    # The clocks registration started give way to the ones each case's story needs.
    db.execute_sql("DELETE FROM case_clock")
    add_clock(db, busy.id, "first_response", received + timedelta(hours=4),
              met=received + timedelta(hours=3))  # fmt: skip
    add_clock(db, busy.id, "interim_report", received + timedelta(hours=8),
              met=received + timedelta(hours=9), late=True)  # fmt: skip
    add_clock(db, busy.id, "final_report", received + timedelta(hours=48))  # overdue by now
    add_clock(db, busy.id, "temporary_measures", NOW + timedelta(hours=5))  # not due yet
    for number, (state, due) in enumerate(
        [("open", date(2026, 3, 11)), ("open", date(2026, 3, 12)), ("done", date(2026, 3, 1)),
         ("verified", date(2026, 3, 1)), ("cancelled", date(2026, 3, 1))], start=1,
    ):  # fmt: skip
        add_action(db, busy.id, number, state, due)
    add_reply(db, busy.id, "8d", "A", received + timedelta(hours=20))
    add_reply(db, busy.id, "8d", "B", received + timedelta(hours=30))
    add_reply(db, busy.id, "interim", "", received + timedelta(hours=40))
    db.execute_sql(
        "UPDATE complaint SET status = 'closed', validity = 'valid', closed_at = ?,"
        " responsible_department = '冷轧车间', approved_minor = 3860050 WHERE id = ?",
        (stored(datetime(2026, 3, 5, 16, 0, tzinfo=SHANGHAI)), closed.id),
    )
    return {"busy": busy.id, "bare": bare.id, "closed": closed.id}


def by_case(header: list[str], rows: list[list[object]]) -> dict[str, dict[str, object]]:
    return {row[0]: dict(zip(header, row, strict=True)) for row in rows}


def case_no(db, complaint_id: int) -> str:
    return db.execute_sql("SELECT case_no FROM complaint WHERE id = ?", (complaint_id,)).fetchone()[
        0
    ]


def test_each_case_with_its_clocks_actions_and_latest_report(db, cases, tmp_path: Path) -> None:
    out = tmp_path / "tracking.xlsx"

    assert export_tracking(db, RegisterQuery(**AT), out, lang="en") == 3

    header, rows = read(out)
    assert read.title == "Complaint tracking table"  # type: ignore[attr-defined]
    rules = clock_rules()
    assert len(rules) == 8  # the seeded ones, in the department's order
    pairs = [title for rule in rules for title in
             (f"{rule.name_en}: due (Asia/Shanghai)", f"{rule.name_en}: status")]  # fmt: skip
    assert header == STATIC_HEAD + pairs + STATIC_TAIL
    table = by_case(header, rows)
    assert list(table) == [
        case_no(db, cases[k]) for k in ("bare", "busy", "closed")
    ]  # newest first
    busy = table[case_no(db, cases["busy"])]

    def clock(name: str) -> tuple[object, object]:
        rule = next(r for r in rules if r.code == name)
        return busy[f"{rule.name_en}: due (Asia/Shanghai)"], busy[f"{rule.name_en}: status"]

    assert clock("first_response") == (datetime(2026, 3, 10, 13, 0), "Met")
    assert clock("interim_report") == (datetime(2026, 3, 10, 17, 0), "Met late")
    assert clock("final_report") == (datetime(2026, 3, 12, 9, 0), "Late")
    assert clock("temporary_measures") == (datetime(2026, 3, 12, 15, 0), "Not due yet")
    assert clock("inspection_records") == (None, None)  # no such clock on this case
    # Open: not verified nor cancelled (the done one awaits verification); overdue: not done
    # after its due day (11 March; the one due today is not); cancelled ones not counted.
    assert (busy["Actions open"], busy["Actions overdue"], busy["Actions in all"]) == (3, 1, 4)
    assert busy["Latest 8D report revision"] == "B"  # the interim report is not an 8D
    assert (busy["Status"], busy["Severity"], busy["Owner"]) == ("Registered", "Serious", "王工")
    assert busy["Days open"] == 2 and busy["Repeat"] is None
    bare = table[case_no(db, cases["bare"])]
    assert (bare["Actions open"], bare["Actions in all"], bare["Repeat"]) == (0, 0, "Yes")
    assert bare["Latest 8D report revision"] is None and bare["Received (Asia/Shanghai)"] == (
        datetime(2026, 3, 11, 9, 0)
    )
    closed = table[case_no(db, cases["closed"])]
    assert (closed["Status"], closed["Validity"], closed["Responsible department"]) == (
        "Closed", "Valid", "冷轧车间",
    )  # fmt: skip
    assert closed["Close date (Asia/Shanghai)"] == datetime(2026, 3, 5, 16, 0)
    assert (closed["Days open"], closed["Days since shipment"]) == (4, 11)
    assert closed["Approved amount (CNY)"] == 38600.5 and closed["Repeat"] is None


def test_the_chinese_table(db, cases, tmp_path: Path) -> None:
    out = tmp_path / "跟踪表.xlsx"
    export_tracking(db, RegisterQuery(**AT), out, lang="zh_CN")
    header, rows = read(out)
    assert read.title == "客户投诉处理跟踪表"  # type: ignore[attr-defined]
    assert header[:3] == ["客诉编号", "客户", "受理时间 (Asia/Shanghai)"]
    assert "首次联络、初步原因及临时对策：到期时间 (Asia/Shanghai)" in header
    assert "中间报告：状态" in header
    assert "发货至投诉天数" in header and "重复投诉" in header and "责任部门" in header
    busy = by_case(header, rows)[case_no(db, cases["busy"])]
    assert busy["中间报告：状态"] == "超期完成"
    assert busy["最终客诉报告：状态"] == "超期"


def test_a_retired_rule_stays_while_its_clocks_run(db, cases, tmp_path: Path) -> None:
    rules = clock_rules()
    save_clock_rules(rules, retired=["final_report", "complex_case"], actor=ADMIN)
    out = tmp_path / "retired.xlsx"
    export_tracking(db, RegisterQuery(**AT), out, lang="en")
    header, _ = read(out)
    names = {r.code: r.name_en for r in rules}
    assert f"{names['final_report']}: status" in header  # retired, its clock still on a case
    assert f"{names['complex_case']}: status" not in header  # retired, no clock anywhere


def test_formula_like_text_stays_text(db, cases, tmp_path: Path) -> None:
    for position, text in enumerate(HOSTILE):
        complaint = register_complaint(
            example_draft(received_at=NOW - timedelta(minutes=position + 1)), actor=ENGINEER
        )
        db.execute_sql(
            "UPDATE complaint SET owner = ?, responsible_department = ? WHERE id = ?",
            (text, text, complaint.id),
        )
        add_reply(db, complaint.id, "8d", text, NOW - timedelta(minutes=1))
    db.execute_sql("UPDATE customer SET name = ? WHERE id = 1", (HOSTILE[0],))
    out = tmp_path / "hostile.xlsx"

    export_tracking(db, RegisterQuery(**AT), out, lang="en")

    book = load_workbook(out)
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    where = {name: header.index(name) for name in
             ("Customer", "Owner", "Responsible department", "Latest 8D report revision")}  # fmt: skip
    for index, text in enumerate(HOSTILE):
        row = sheet[index + 2]  # newest first: the order they were received in, reversed
        for name in ("Owner", "Responsible department", "Latest 8D report revision"):
            cell = row[where[name]]
            assert (cell.value, cell.data_type) == (text, "s"), (name, text)
        assert (row[where["Customer"]].value, row[where["Customer"]].data_type) == (HOSTILE[0], "s")
    with zipfile.ZipFile(out) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and 't="e"' not in sheet_xml


@pytest.mark.libreoffice
def test_libreoffice_reads_the_literal_text_and_the_figures(db, cases, tmp_path: Path) -> None:
    complaint = register_complaint(example_draft(received_at=NOW), actor=ENGINEER)
    db.execute_sql(
        "UPDATE complaint SET owner = ?, responsible_department = ? WHERE id = ?",
        (HOSTILE[0], HOSTILE[5], complaint.id),
    )
    out = tmp_path / "tracking.xlsx"
    export_tracking(db, RegisterQuery(**AT), out, lang="zh_CN")

    header, *rows = libreoffice_csv(out, tmp_path)
    assert header[0] == "客诉编号" and len(rows) == 4
    newest = dict(zip(header, rows[0], strict=True))
    assert newest["负责人"] == "=cmd|' /C calc'!A0"
    assert newest["责任部门"] == "=1+2\tand a tab"
    busy = dict(zip(header, rows[2], strict=True))
    assert busy["中间报告：状态"] == "超期完成" and busy["处理天数"] == "2"


def test_cancel_keeps_the_old_file_and_progress_counts_up(db, tmp_path: Path) -> None:
    load_demo(db, 2500, seed=5, anchor=date(2026, 11, 1), actor=ENGINEER)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "tracking.xlsx"
    target.write_bytes(b"last week's table")
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        export_tracking(db, RegisterQuery(), target, progress=lambda d, t: calls.append((d, t)),
                        cancelled=lambda: bool(calls))  # fmt: skip
    assert calls == [(1000, 2500)]
    assert target.read_bytes() == b"last week's table"
    assert sorted(p.name for p in folder.iterdir()) == ["tracking.xlsx"]  # no .part left
    assert [p for p in paths.scratch_root().rglob("*") if p.is_file()] == []
    calls.clear()
    assert (
        export_tracking(db, RegisterQuery(), target, progress=lambda d, t: calls.append((d, t)))
        == 2500
    )
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteDatabase]:
    database = open_database(tmp_path_factory.mktemp("tracking") / "demo.sqlite")
    load_demo(database, 2500, seed=5, anchor=date(2026, 11, 1))
    yield database
    close_database(database)


@pytest.mark.parametrize(
    "query",
    [
        RegisterQuery(),
        RegisterQuery(statuses=("open",), sort_key="customer", descending=False),
        RegisterQuery(text="划伤", repeat=False),
        RegisterQuery(responsible_department="品质部", sort_key="days_open"),
    ],
    ids=["all", "open by customer", "search, first complaints", "one department by days"],
)
def test_the_rows_are_the_registers(demo: SqliteDatabase, tmp_path: Path, query) -> None:
    expected = register.ids(demo, query)
    assert expected
    out = tmp_path / "t.xlsx"
    assert export_tracking(demo, query, out, lang="en") == len(expected)
    _, rows = read(out)
    numbers = dict(demo.execute_sql("SELECT id, case_no FROM complaint"))
    assert [row[0] for row in rows] == [numbers[i] for i in expected]


def test_in_a_worker_process_as_the_window_runs_it(db, cases, db_path: Path, tmp_path: Path):
    out = tmp_path / "worker.xlsx"
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    work = partial(export_tracking_file, db_path, RegisterQuery(**AT), out, "en")
    assert worker.run(work, "en") == out
    header, rows = read(out)
    assert len(rows) == 3 and "Latest 8D report revision" in header
    assert i18n.current_language() == "en"
    assert not [p for p in tmp_path.glob("*.part")] and os.path.getsize(out) > 0
