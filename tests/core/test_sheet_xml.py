"""Rows as SpreadsheetML text: the XML openpyxl itself writes for the same cells, OOXML escaping,
and the splice into openpyxl's worksheet stream."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import unescape as xml_unescape

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.styles import Alignment
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.escape import unescape as ooxml_unescape
from openpyxl.xml.functions import xmlfile

from qa_desktop.core.reports import sheet_xml
from qa_desktop.core.reports.sheet_xml import (
    number_cell,
    row,
    stream_rows,
    style_attribute,
    text_cell,
    xml_text,
)

# Every string here must read back exactly as given (what the OOXML escape exists for).
FAMILY = [
    "A_x0000_B",
    "_X0041_",
    "_x005F_",
    "_x005F_x0041_",  # two escapes in a row: both underscores need escaping
    "a_x12_b",  # not 4 digits: no escape to Excel, but LibreOffice reads U+0012
    "a_x0_b",
    "__x0041__",
    "ends in _x00",
    "_x000D_",
    "crlf\r\nnext",
    "lone\rcr",
    "trailing cr\r",
    "lf\nonly",
    "中文_x4E2D_混合 and 划伤",
    "tab\there",
    "  leading and trailing  ",
    "a & b < c > d",
]


def openpyxl_xml(cell: WriteOnlyCell) -> str:
    """What openpyxl's own writer makes of `cell`."""
    out = io.BytesIO()
    with xmlfile(out) as xf:
        write_cell(xf, cell.parent, cell, cell.has_style)
    return out.getvalue().decode()


@pytest.fixture
def sheet():
    return Workbook(write_only=True).create_sheet("t")


def styled(sheet, value: object, **attributes: object) -> tuple[WriteOnlyCell, str]:
    cell = WriteOnlyCell(sheet)
    for name, attribute in attributes.items():
        setattr(cell, name, attribute)
    cell.value = value
    cell.row, cell.column = 7, 3
    return cell, style_attribute(cell.style_id)


@pytest.mark.parametrize(
    "value", ["plain", "佛山某不锈钢制品厂", " leading space", "=1+2", "a & b <c>", "two\nlines"]
)
def test_text_is_what_openpyxl_writes(sheet, value: str) -> None:
    cell, _ = styled(sheet, value)
    wrapped, style = styled(sheet, value, alignment=Alignment(wrap_text=True))
    cell.data_type = wrapped.data_type = "s"  # as the export forces "=1+2" to stay text
    assert text_cell("C7", value) == openpyxl_xml(cell)
    assert text_cell("C7", value, style) == openpyxl_xml(wrapped)


@pytest.mark.parametrize("value", [212, 14.3, 0.1 + 0.2, 1e-7, 123456789012])
def test_numbers_are_what_openpyxl_writes(sheet, value: float) -> None:
    cell, _ = styled(sheet, value)
    assert number_cell("C7", value) == openpyxl_xml(cell)


@pytest.mark.parametrize(
    ("value", "number_format"),
    [(datetime(2026, 11, 23, 14, 5, 9), "yyyy-mm-dd hh:mm"), (date(2024, 2, 29), "yyyy-mm-dd")],
)
def test_dates_are_what_openpyxl_writes(sheet, value: date, number_format: str) -> None:
    cell, style = styled(sheet, value, number_format=number_format)
    assert number_cell("C7", to_excel(value), style) == openpyxl_xml(cell)


@pytest.mark.parametrize("text", FAMILY)
def test_escaped_text_decodes_to_the_original(text: str) -> None:
    """XML unescaping, then the OOXML decoding every reader applies (openpyxl's own)."""
    written = xml_text(text)
    assert "\r" not in written  # an XML reader would turn it into a line feed
    assert ooxml_unescape(xml_unescape(written)) == text


def test_escaping_touches_nothing_that_needs_none() -> None:
    for text in ("plain", "佛山 S24A0817-03", "x_x", "_x12345_", "_xg000_", "_x0041", "a_b_c"):
        assert xml_text(text) == text


def test_characters_xml_cannot_carry_are_dropped() -> None:
    assert xml_text("bell\x07 nul\x00 us\x1f end\ufffe\uffff") == "bell nul us end"


def test_rows_stream_through_a_folder_of_ours_into_a_valid_sheet(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("rows")
    sheet.freeze_panes = "A2"
    rows = stream_rows(sheet, tmp_path)
    cells = text_cell("A1", "case") + number_cell("B1", 3)
    rows.write(row(1, cells) + row(2, text_cell("A2", "a_x12_b\r\n"), height=30))
    sheet.auto_filter.ref = "A1:B2"
    workbook.save(tmp_path / "out.xlsx")
    rows.cleanup()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]
    book = load_workbook(tmp_path / "out.xlsx")
    loaded = book.active
    assert [[c.value for c in r] for r in loaded.iter_rows()] == [
        ["case", 3],
        ["a_x005F_x12_b_x000D_\n", None],  # openpyxl does not decode inline strings itself
    ]
    assert loaded.freeze_panes == "A2" and loaded.auto_filter.ref == "A1:B2"
    assert loaded.row_dimensions[2].height == 30


def test_cleanup_after_an_abandoned_sheet_removes_both_files(tmp_path: Path) -> None:
    sheet = Workbook(write_only=True).create_sheet("rows")
    rows = stream_rows(sheet, tmp_path)
    rows.write(row(1, text_cell("A1", "x")))
    assert len(list(tmp_path.iterdir())) == 2  # openpyxl's part of the sheet, and the rows
    rows.cleanup()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("empty", [b"<sheetData></sheetData>", b"<sheetData/>", b"<sheetData />"])
def test_the_splice_accepts_both_ways_of_writing_an_empty_sheet_data(
    tmp_path: Path, empty: bytes
) -> None:
    """et_xmlfile writes an open and a close tag; lxml, if installed, may write either."""
    sheet, rows = tmp_path / "sheet.xml", tmp_path / "rows.xml"
    sheet.write_bytes(b"<worksheet><cols/>" + empty + b"<pageSetup/></worksheet>")
    rows.write_bytes(b'<row r="1"/>')
    sheet_xml._splice(sheet, rows)
    expected = b'<worksheet><cols/><sheetData><row r="1"/></sheetData><pageSetup/></worksheet>'
    assert sheet.read_bytes() == expected


def test_the_splice_refuses_a_sheet_it_does_not_understand(tmp_path: Path) -> None:
    sheet, rows = tmp_path / "sheet.xml", tmp_path / "rows.xml"
    sheet.write_bytes(b'<worksheet><sheetData><row r="1"/></sheetData></worksheet>')
    rows.write_bytes(b"")
    with pytest.raises(RuntimeError, match="empty <sheetData>"):
        sheet_xml._splice(sheet, rows)


def test_a_saved_sheet_is_well_formed_xml(tmp_path: Path) -> None:
    from xml.etree import ElementTree

    workbook = Workbook(write_only=True)
    rows = stream_rows(workbook.create_sheet("x"), tmp_path)
    rows.write("".join(row(i, text_cell(f"A{i}", t)) for i, t in enumerate(FAMILY, 1)))
    workbook.save(tmp_path / "x.xlsx")
    rows.cleanup()
    with zipfile.ZipFile(tmp_path / "x.xlsx") as archive:
        root = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    texts = [t.text or "" for t in root.findall(".//{*}t")]
    assert [ooxml_unescape(t) for t in texts] == FAMILY
