"""The register's Excel export: the register's rows, real dates and numbers, no formula injection."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import ADMIN, ENGINEER, SHANGHAI, example_draft
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from peewee import SqliteDatabase

from qa_desktop import paths
from qa_desktop.core import i18n, register
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.errors import Cancelled
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.reports import register_xlsx
from qa_desktop.core.reports.register_xlsx import COLUMN_KEYS, COLUMNS, export_register
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.department import change_setting

ANCHOR = date(2026, 11, 1)
COLUMN = {key: index for index, key in enumerate(COLUMN_KEYS)}
# Strings that a reader could take for something else: OOXML's own escapes (`_xHHHH_`, hex
# digits of either case), near-misses, line ends of every kind, Chinese, a tab.
FAMILY = [
    "A_x0000_B", "_X0041_", "_x005F_", "_x005F_x0041_", "a_x12_b", "a_x0_b", "__x0041__",
    "text ending in _x00", "_x000D_", "crlf\r\nnext line", "lone\rcr", "trailing cr\r",
    "lf\nonly", "划伤_x5212_混合 mixed 中文", "tab\there", "  spaces around  ",
]  # fmt: skip
INJECTION = {
    "customer_request": '=HYPERLINK("http://x","y")',
    "description": "+1+1",
    "contact_name": "-2",
    "product": "@SUM(A1)",
    "order_no": "=1+2",  # a column without wrapping: plain values elsewhere
    "owner": "#N/A",  # openpyxl would write this as an error value
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteDatabase]:
    """2,500 demo complaints (three chunks), shared read-only by the tests of this module."""
    database = open_database(tmp_path_factory.mktemp("register_xlsx") / "demo.sqlite")
    load_demo(database, 2500, seed=5, anchor=ANCHOR)
    yield database
    close_database(database)


def read(path: Path) -> tuple[list[str], list[tuple]]:
    """(header, rows of values) of the export's only sheet."""
    book = load_workbook(path, read_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()  # a read-only workbook keeps its file open until closed
    return list(rows[0]), rows[1:]


def case_numbers(database: SqliteDatabase, ids: list[int]) -> list[str]:
    by_id = dict(database.execute_sql("SELECT id, case_no FROM complaint"))
    return [by_id[i] for i in ids]


def titles(lang: str, zone: str = "Asia/Shanghai") -> list[str]:
    """The header row: each column's title, a time's with the department's zone it is in,
    money's with the base currency."""
    suffix = {"datetime": f" ({zone})", "money": " (CNY)"}
    return [i18n.translate("RegisterXlsx", c.title, lang) + suffix.get(c.kind, "") for c in COLUMNS]


def test_values_header_and_layout_in_english(db, tmp_path: Path) -> None:
    change_setting(
        "time_zone", "Asia/Shanghai", actor=ADMIN
    )  # the department's; the PC runs in UTC
    draft = example_draft(
        ship_date=date(2026, 2, 18), customer_complaint_no="FS-QC-0817",
        mill_cert_no="ZB2408170301", salesperson="孙经理", claim_amount="38600.5",
        claim_currency="CNY", samples_returned="yes",
    )  # fmt: skip
    complaint = register_complaint(draft, actor=ENGINEER)
    out = tmp_path / "register.xlsx"

    assert export_register(db, RegisterQuery(), out, lang="en") == 1

    book = load_workbook(out)
    sheet = book.active
    assert sheet.title == "Complaint register"
    assert book.properties.title == "Complaint register"
    assert book.properties.creator == "QA Desktop"
    assert [cell.value for cell in sheet[1]] == titles("en")
    assert sheet[1][1].value == "Received (Asia/Shanghai)"
    assert sheet[1][0].value == "Case no." and sheet[1][0].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:AK2" and len(COLUMNS) == 37
    assert sheet.print_title_rows == "$1:$1"

    row = sheet[2]
    value = {key: row[COLUMN[key]] for key in COLUMN_KEYS}
    assert value["case_no"].value == complaint.case_no
    received = value["received_at"]
    assert received.is_date and received.number_format == "yyyy-mm-dd hh:mm"
    shown = draft.received_at.astimezone(ZoneInfo("Asia/Shanghai"))
    assert received.value == shown.replace(tzinfo=None, microsecond=0), "the department's time"
    ship = value["ship_date"]
    assert ship.is_date and ship.number_format == "yyyy-mm-dd"
    assert ship.value == datetime.combine(draft.ship_date, datetime.min.time())
    for key, number in (("affected_qty", 212), ("defect_rate", 14.3), ("claim", 38600.5)):
        assert value[key].data_type == "n" and value[key].value == pytest.approx(number)
    expected_text = {
        "customer": "佛山某不锈钢制品厂",
        "contact": "张经理",
        "channel": "Phone",
        "market": "Domestic",
        "category": "Product quality",
        "product": "冷轧不锈钢卷",
        "material_no": "M304-2B-10",
        "specification": "304 2B 1.0 × 1219 mm",
        "order_no": "SO2408-1173",
        "delivery_note": "DN240820-551",
        "coils": "S24A0817-03 S24A0817-05",
        "defect": "Scratch",
        "description": draft.description,
        "affected_unit": "pcs",
        "goods_state": "Partly processed",
        "customer_request": draft.customer_request,
        "severity": "Serious",
        "status": "Registered",
        "owner": "王工",
        "customer_complaint_no": "FS-QC-0817",
        "mill_cert_no": "ZB2408170301",
        "salesperson": "孙经理",
        "claim_currency": "CNY",
        "samples_returned": "Yes",
    }
    assert {key: value[key].value for key in expected_text} == expected_text
    assert value["description"].alignment.wrap_text
    widths = {key: sheet.column_dimensions[chr(ord("A") + i)].width for key, i in COLUMN.items()}
    assert widths["description"] > widths["customer_request"] > widths["case_no"]


def test_the_figures_real_registers_keep(db, tmp_path: Path) -> None:
    """Due, close date, days open and since shipment (the department's days), repeat, the
    responsible department and the approved amount in the base currency."""
    change_setting("time_zone", "Asia/Shanghai", actor=ADMIN)
    first = register_complaint(example_draft(ship_date=date(2026, 2, 18)), actor=ENGINEER)
    received = datetime(2026, 3, 11, 9, 0, tzinfo=SHANGHAI)
    second = register_complaint(example_draft(received_at=received), actor=ENGINEER)

    def stored(moment: datetime) -> str:
        return str(moment.astimezone(UTC).replace(tzinfo=None))

    closed = datetime(2026, 3, 12, 8, 0, tzinfo=SHANGHAI)
    db.execute_sql(
        "UPDATE complaint SET status = 'closed', closed_at = ?, approved_minor = 3860050,"
        " responsible_department = '冷轧车间', next_due_at = NULL WHERE id = ?",
        (stored(closed), first.id),
    )
    due = datetime(2026, 3, 11, 13, 0, tzinfo=SHANGHAI)
    db.execute_sql("UPDATE complaint SET next_due_at = ? WHERE id = ?", (stored(due), second.id))
    out = tmp_path / "figures.xlsx"
    query = RegisterQuery(as_of=datetime(2026, 3, 20, 12, 0, tzinfo=SHANGHAI))

    export_register(db, query, out, lang="en")

    header, rows = read(out)
    assert header[-7:] == [
        "Responsible department", "Due (Asia/Shanghai)", "Close date (Asia/Shanghai)",
        "Days open", "Days since shipment", "Repeat", "Approved amount (CNY)",
    ]  # fmt: skip
    keys = ("case_no", "responsible_department", "due_at", "closed_at", "days_open",
            "days_since_shipment", "repeat", "approved")  # fmt: skip
    padded = [(*row, *[None] * (len(header) - len(row))) for row in rows]  # trailing empties
    shown = [tuple(row[COLUMN[key]] for key in keys) for row in padded]
    naive = {"tzinfo": None}
    assert shown == [
        (second.case_no, None, due.replace(**naive), None, 9, None, "Yes", None),  # newest first
        (first.case_no, "冷轧车间", None, closed.replace(**naive), 2, 20, None, 38600.5),
    ]


# The real catalogue, in the glossary's terms (../shared/GLOSSARY.md): what a Chinese user reads.
CHINESE_HEADER = [
    "客诉编号", "受理时间 (Asia/Shanghai)", "客户", "客户投诉单号", "联系人", "受理渠道", "内销/外销",
    "投诉类别", "产品名称", "物料编号", "规格", "订单号/合同号", "发货单号", "发货日期", "质保书编号",
    "钢卷号/批号", "不良类型", "不良现象", "不良率 %", "不良数量", "单位", "货物状态", "客户诉求",
    "客户索赔金额", "币种", "是否退回样品", "严重程度", "状态", "负责人", "业务员",
    "责任部门", "到期 (Asia/Shanghai)", "结案日期 (Asia/Shanghai)", "处理天数",
    "发货至投诉天数", "重复投诉", "批准金额 (CNY)",
]  # fmt: skip


def test_the_real_chinese_header_title_vocabulary_and_defect_names(db, tmp_path: Path) -> None:
    change_setting("time_zone", "Asia/Shanghai", actor=ADMIN)
    register_complaint(example_draft(defect_type_code="other", defect_other="白点"), actor=ENGINEER)
    register_complaint(example_draft(), actor=ENGINEER)
    out = tmp_path / "登记表.xlsx"

    export_register(db, RegisterQuery(), out, lang="zh_CN")

    book = load_workbook(out)
    sheet = book.active
    assert sheet.title == "客户投诉登记表" and book.properties.title == "客户投诉登记表"
    assert [cell.value for cell in sheet[1]] == CHINESE_HEADER == titles("zh_CN")
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert {row[COLUMN["severity"]] for row in rows} == {"严重"}
    assert sorted(row[COLUMN["defect"]] for row in rows) == ["其他（请说明）: 白点", "划伤"]


@pytest.mark.parametrize(
    "query",
    [
        RegisterQuery(),
        RegisterQuery(statuses=("closed", "invalid"), market="export"),
        RegisterQuery(severities=("major",), sort_key="customer", descending=False),
        RegisterQuery(text="划伤", sort_key="coils"),
        RegisterQuery(categories=("transport",), sort_key="severity"),
    ],
    ids=["all", "closed export", "major by customer", "search", "transport by severity"],
)
def test_rows_are_the_registers_in_its_order(
    demo: SqliteDatabase, tmp_path: Path, query: RegisterQuery
) -> None:
    expected = register.ids(demo, query)
    assert expected
    out = tmp_path / "filtered.xlsx"

    assert export_register(demo, query, out) == len(expected)

    _, rows = read(out)
    assert [row[COLUMN["case_no"]] for row in rows] == case_numbers(demo, expected)


def test_formula_like_text_stays_text(db, tmp_path: Path) -> None:
    register_complaint(example_draft(**INJECTION), actor=ENGINEER)
    out = tmp_path / "injection.xlsx"

    export_register(db, RegisterQuery(), out, lang="en")

    row = load_workbook(out).active[2]
    keys = {"customer_request": "customer_request", "description": "description",
            "contact_name": "contact", "product": "product", "order_no": "order_no",
            "owner": "owner"}  # fmt: skip
    for field, text in INJECTION.items():
        cell = row[COLUMN[keys[field]]]
        assert (cell.value, cell.data_type) == (text, "s"), field
    with zipfile.ZipFile(out) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and 't="e"' not in sheet_xml


def test_control_characters_are_dropped_not_fatal(db, tmp_path: Path) -> None:
    register_complaint(example_draft(description="bell\x07 and\x1f unit separator"), actor=ENGINEER)
    out = tmp_path / "control.xlsx"

    export_register(db, RegisterQuery(), out, lang="en")

    _, rows = read(out)
    assert rows[0][COLUMN["description"]] == "bell and unit separator"


def libreoffice_csv(workbook: Path, folder: Path) -> list[list[str]]:
    """The workbook's cells as LibreOffice reads them: converted to UTF-8 CSV, every text cell
    quoted (a field keeps its CR and LF as they are), read back byte for byte."""
    soffice = shutil.which("soffice")
    if soffice is None:
        message = "LibreOffice (soffice) is not installed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true", "--outdir", str(folder),
         str(workbook)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with workbook.with_suffix(".csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.libreoffice
def test_libreoffice_shows_the_literal_text(db, tmp_path: Path) -> None:
    """What a spreadsheet program makes of the file: no formula evaluated, Chinese intact."""
    register_complaint(example_draft(**INJECTION), actor=ENGINEER)
    out = tmp_path / "register.xlsx"
    export_register(db, RegisterQuery(), out, lang="zh_CN")

    rows = libreoffice_csv(out, tmp_path)
    assert len(rows) == 2
    row = rows[1]
    assert row[COLUMN["customer_request"]] == '=HYPERLINK("http://x","y")'
    assert row[COLUMN["description"]] == "+1+1"
    assert row[COLUMN["product"]] == "@SUM(A1)"
    assert row[COLUMN["order_no"]] == "=1+2"
    assert row[COLUMN["owner"]] == "#N/A"
    assert row[COLUMN["customer"]] == "佛山某不锈钢制品厂"


def store_text_family(db: SqliteDatabase) -> dict[str, str]:
    """One complaint per string of FAMILY, stored as its description (a wrapped column) and
    contact (a plain one) straight into the table: exactly these must come back."""
    stored = {}
    for text in FAMILY:
        complaint = register_complaint(example_draft(), actor=ENGINEER)
        db.execute_sql(
            "UPDATE complaint SET description = ?, contact_name = ? WHERE id = ?",
            (text, text, complaint.id),
        )
        stored[complaint.case_no] = text
    return stored


def test_every_stored_string_reads_back_as_stored_through_openpyxl(db, tmp_path: Path) -> None:
    """openpyxl's reader gives an inline string's XML text as it is: decoding the OOXML escapes
    with openpyxl's own `unescape` must give back the stored text, CR and LF included."""
    stored = store_text_family(db)
    out = tmp_path / "family.xlsx"

    export_register(db, RegisterQuery(), out, lang="en")

    _, rows = read(out)
    read_back = {
        row[COLUMN["case_no"]]: (row[COLUMN["description"]], row[COLUMN["contact"]]) for row in rows
    }
    assert {case: (unescape(d), unescape(c)) for case, (d, c) in read_back.items()} == {
        case: (text, text) for case, text in stored.items()
    }


@pytest.mark.libreoffice
def test_every_stored_string_reads_back_as_stored_through_libreoffice(db, tmp_path: Path) -> None:
    """LibreOffice decodes the escapes itself. It keeps a lone CR as it is, but holds a
    multi-line cell as paragraphs, so a CR before a line feed comes back as the line break
    alone, whatever the file says (LibreOffice re-saving such a cell writes only the LF)."""
    stored = store_text_family(db)
    out = tmp_path / "family.xlsx"
    export_register(db, RegisterQuery(), out, lang="en")

    rows = libreoffice_csv(out, tmp_path)

    def as_libreoffice_holds_it(text: str) -> str:
        return text.replace("\r\n", "\n") if "\n" in text else text

    read_back = {row[COLUMN["case_no"]]: (row[COLUMN["description"]], row[COLUMN["contact"]])
                 for row in rows[1:]}  # fmt: skip
    assert read_back == {
        case: (as_libreoffice_holds_it(text),) * 2 for case, text in stored.items()
    }
    assert read_back[next(c for c, t in stored.items() if t == "lone\rcr")][0] == "lone\rcr"


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo: SqliteDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "register.xlsx"
    target.write_bytes(b"last week's register")
    streams_before = set(ALL_TEMP_FILES)
    calls: list[tuple[int, int]] = []

    with pytest.raises(Cancelled):
        export_register(
            demo, RegisterQuery(), target, progress=lambda d, t: calls.append((d, t)),
            cancelled=lambda: bool(calls),
        )  # fmt: skip

    assert calls == [(1000, 2500)]  # stopped after the first chunk
    assert target.read_bytes() == b"last week's register"
    assert sorted(p.name for p in folder.iterdir()) == ["register.xlsx"]  # no .part left
    assert files_in(paths.scratch_root()) == []  # nor the rows streamed so far
    assert not [p for p in set(ALL_TEMP_FILES) - streams_before if os.path.exists(p)]


def files_in(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_the_rows_stream_through_our_scratch_folder_not_the_systems(
    demo: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a killed export leaves must be where the next export looks for it."""
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    during: list[tuple[list[Path], list[Path]]] = []

    def progress(done: int, total: int) -> None:
        during.append((files_in(system_temp), files_in(paths.scratch_dir())))

    export_register(demo, RegisterQuery(), tmp_path / "r.xlsx", progress=progress)

    assert len(during) == 3
    for in_system_temp, in_scratch in during:
        assert in_system_temp == []
        assert len(in_scratch) == 2  # openpyxl's part of the sheet, and the rows
    assert files_in(system_temp) == files_in(paths.scratch_root()) == []


def test_cancel_without_an_old_file_creates_none(demo: SqliteDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(Cancelled):
        export_register(demo, RegisterQuery(), folder / "new.xlsx", cancelled=lambda: True)
    assert list(folder.iterdir()) == []
    assert files_in(paths.scratch_root()) == []


def test_progress_counts_up_to_the_total(demo: SqliteDatabase, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    count = export_register(
        demo, RegisterQuery(), tmp_path / "r.xlsx", progress=lambda d, t: calls.append((d, t))
    )

    assert count == 2500
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_an_empty_result_is_a_header_only_register(demo: SqliteDatabase, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "empty.xlsx"
    query = RegisterQuery(text="no complaint says this")

    assert export_register(demo, query, out, progress=lambda d, t: calls.append((d, t))) == 0

    header, rows = read(out)
    assert len(header) == len(COLUMNS) and rows == []
    assert load_workbook(out).active.auto_filter.ref == "A1:AK1"
    assert calls == [(0, 0)]


def test_one_query_per_chunk(demo: SqliteDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    wanted = register.ids(demo, RegisterQuery())
    queries: list[str] = []
    execute = demo.execute_sql
    monkeypatch.setattr(
        demo, "execute_sql", lambda sql, *a: queries.append(sql) or execute(sql, *a)
    )

    chunks = list(register_xlsx.fetch_chunks(demo, wanted, "zh_CN", zone=SHANGHAI))

    assert len(queries) == len(chunks) == 3
    assert [len(chunk) for chunk in chunks] == [1000, 1000, 500]


def test_five_thousand_demo_complaints(db, tmp_path: Path) -> None:
    load_demo(db, 5000, seed=7, anchor=ANCHOR, actor=ENGINEER)
    out = tmp_path / "5000.xlsx"

    assert export_register(db, RegisterQuery(), out) == 5000

    _, rows = read(out)
    assert len(rows) == 5000
    assert [row[COLUMN["case_no"]] for row in rows] == case_numbers(
        db, register.ids(db, RegisterQuery())
    )
    assert all(isinstance(row[COLUMN["received_at"]], datetime) for row in rows)


LATEST = datetime(
    2026, 3, 10, 2, 0, tzinfo=UTC
)  # after the example's; the register is newest first


def test_rows_with_wrapped_text_get_a_height(db, tmp_path: Path) -> None:
    """LibreOffice does not fit wrapped rows itself; single-line rows stay automatic."""
    register_complaint(example_draft(description="x" * 200, received_at=LATEST), actor=ENGINEER)
    one_line = example_draft(description="short", specification="304 2B", customer_request="")
    register_complaint(replace(one_line, coils=one_line.coils[:1]), actor=ENGINEER)
    earlier = LATEST - timedelta(hours=5)
    register_complaint(
        example_draft(description="长" * 20_000, received_at=earlier), actor=ENGINEER
    )
    out = tmp_path / "heights.xlsx"

    export_register(db, RegisterQuery(), out, lang="en")

    sheet = load_workbook(out).active
    assert sheet.row_dimensions[1].height == 30  # "Domestic / export" takes two lines
    assert sheet.row_dimensions[2].height >= 60  # 200 characters in a 48-wide column
    assert sheet.row_dimensions[3].height is None
    assert sheet.row_dimensions[4].height == 409  # Excel's limit
