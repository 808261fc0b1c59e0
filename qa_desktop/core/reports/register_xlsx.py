"""The complaint register (客户投诉登记表) as an Excel workbook.

The rows are exactly the register's for a query (`register.ids`, same filters, search and order),
with more fields than the screen shows. Rows stream through openpyxl's write-only workbook, and
each chunk of ids is one SQL query returning plain tuples (no model instances): 100,000
complaints take about 50 s of CPU, most of it openpyxl's XML writer.

Import this module lazily: openpyxl alone costs ~270 ms.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from copy import copy
from dataclasses import dataclass
from datetime import UTC, date, datetime
from math import ceil
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from peewee import Database

from qa_desktop.core import register, vocab
from qa_desktop.core.errors import Cancelled
from qa_desktop.core.files import atomic_output
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.register import RegisterQuery

CONTEXT = "RegisterXlsx"
CHUNK = 1000  # ids per SQL query; SQLite >= 3.32 allows 32,766 bound variables
CREATOR = "QA Desktop"
SHEET_TITLE = QT_TRANSLATE_NOOP("RegisterXlsx", "Complaint register")
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
LINE_HEIGHT = 15.0  # points: one line of the default 11-point font
MAX_ROW_HEIGHT = 409.0  # points: Excel's limit
# A text starting with these is a formula (or a DDE payload) to some spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@")

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text, translated with translate(CONTEXT, title, lang)
    select: str  # SQL expression; "" for the defect name, chosen per language
    width: float  # in Excel's character widths; a Chinese character takes about two
    kind: str = "text"  # text | wrap | datetime | date | number
    vocabulary: type[vocab.Choice] | None = None


COLUMNS: tuple[Column, ...] = (
    Column("case_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Case no."), "c.case_no", 15),
    Column("received_at", QT_TRANSLATE_NOOP("RegisterXlsx", "Received"), "c.received_at", 17, "datetime"),
    Column("customer", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer"), "cu.name", 26, "wrap"),
    Column("contact", QT_TRANSLATE_NOOP("RegisterXlsx", "Contact"), "c.contact_name", 11),
    Column("channel", QT_TRANSLATE_NOOP("RegisterXlsx", "Channel"), "c.channel", 10, vocabulary=vocab.Channel),
    Column("market", QT_TRANSLATE_NOOP("RegisterXlsx", "Domestic / export"), "c.market", 10, vocabulary=vocab.Market),
    Column("category", QT_TRANSLATE_NOOP("RegisterXlsx", "Category"), "c.category", 16, "wrap", vocab.Category),
    Column("product", QT_TRANSLATE_NOOP("RegisterXlsx", "Product"), "c.product", 16, "wrap"),
    Column("material_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Material no."), "c.material_no", 14),
    Column("specification", QT_TRANSLATE_NOOP("RegisterXlsx", "Specification"), "c.specification", 20, "wrap"),
    Column("order_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Order no."), "c.order_no", 14),
    Column("delivery_note", QT_TRANSLATE_NOOP("RegisterXlsx", "Delivery note"), "c.delivery_note", 15),
    Column("ship_date", QT_TRANSLATE_NOOP("RegisterXlsx", "Ship date"), "c.ship_date", 11, "date"),
    Column("coils", QT_TRANSLATE_NOOP("RegisterXlsx", "Coils / lots"), "s.coils", 16, "wrap"),
    Column("defect", QT_TRANSLATE_NOOP("RegisterXlsx", "Defect type"), "", 12, "wrap"),
    Column("description", QT_TRANSLATE_NOOP("RegisterXlsx", "Description"), "c.description", 48, "wrap"),
    Column("defect_rate", QT_TRANSLATE_NOOP("RegisterXlsx", "Defect rate %"), "c.defect_rate", 9, "number"),
    Column("affected_qty", QT_TRANSLATE_NOOP("RegisterXlsx", "Affected qty"), "c.affected_qty", 10, "number"),
    Column("affected_unit", QT_TRANSLATE_NOOP("RegisterXlsx", "Unit"), "c.affected_unit", 7, vocabulary=vocab.Unit),
    Column("goods_state", QT_TRANSLATE_NOOP("RegisterXlsx", "State of goods"), "c.goods_state", 15, "wrap", vocab.GoodsState),
    Column("customer_request", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer request"), "c.customer_request", 36, "wrap"),
    Column("severity", QT_TRANSLATE_NOOP("RegisterXlsx", "Severity"), "c.severity", 9, vocabulary=vocab.Severity),
    Column("status", QT_TRANSLATE_NOOP("RegisterXlsx", "Status"), "c.status", 13, "wrap", vocab.Status),
    Column("owner", QT_TRANSLATE_NOOP("RegisterXlsx", "Owner"), "c.owner", 10),
)  # fmt: skip
COLUMN_KEYS = tuple(column.key for column in COLUMNS)


def export_register(
    db: Database,
    query: RegisterQuery,
    out: Path | str,
    lang: str = "zh_CN",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the register for `query` to `out` (.xlsx); return the number of complaints written.

    Raises Cancelled when `cancelled()` turns true between chunks; `out` is then left as it was.
    """
    wanted = register.ids(db, query)
    with atomic_output(out) as temp:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(translate(CONTEXT, SHEET_TITLE, lang))
        try:
            _set_up(workbook, sheet, lang)
            convert = _converters(sheet, lang)
            chunks = fetch_chunks(db, wanted, lang)  # lazy: each next() runs one query
            rows = ([_convert_row(convert, r) for r in records] for records in chunks)
            written = _write_rows(sheet, rows, len(wanted), progress, cancelled)
            # The autofilter is written after the rows, so its extent can be set last.
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{written + 1}"
            workbook.save(temp)
        finally:
            _discard_stream(sheet)
    return written


def fetch_chunks(
    db: Database, wanted: Sequence[int], lang: str, chunk: int = CHUNK
) -> Iterator[list[tuple]]:
    """The export's fields for these ids, one SQL query per chunk, in the order of `wanted`.

    Each record is a plain tuple in the order of COLUMNS; ids no longer found are skipped."""
    select = register.select_sql((column.select for column in COLUMNS), lang)
    for records in register.records_by_id(db, select, wanted, chunk):
        yield [record[1:] for record in records]


def _check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _set_up(workbook: Workbook, sheet: WriteOnlyWorksheet, lang: str) -> None:
    """Properties, widths, frozen header and print layout: all must precede the first row."""
    workbook.properties.title = translate(CONTEXT, SHEET_TITLE, lang)
    workbook.properties.creator = CREATOR
    for index, column in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    # Printed, the register is wide: A3 landscape, one page wide, header on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A3
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"
    _append(sheet, 1, _header(sheet, lang), [(i, c.width) for i, c in enumerate(COLUMNS)])


def _header(sheet: WriteOnlyWorksheet, lang: str) -> list[Cell]:
    font = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE4EE")
    border = Border(bottom=Side(style="thin"))
    alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cells = []
    for column in COLUMNS:
        cell = _literal(sheet, translate(CONTEXT, column.title, lang))
        cell.font, cell.fill, cell.border, cell.alignment = font, fill, border, alignment
        cells.append(cell)
    return cells


def _write_rows(
    sheet: WriteOnlyWorksheet,
    chunks: Iterator[list[list[object]]],
    total: int,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> int:
    """Append the rows chunk by chunk; return how many (a complaint deleted meanwhile is gone)."""
    wrapped = [(i, column.width) for i, column in enumerate(COLUMNS) if column.kind == "wrap"]
    done = 0
    while True:
        # Before each query, and once more after the last chunk: a cancel is honoured within
        # one chunk and never lets the file be saved.
        _check(cancelled)
        rows = next(chunks, None)
        if rows is None:
            break
        for offset, row in enumerate(rows):
            _append(sheet, done + offset + 2, row, wrapped)  # row 1 is the header
        done += len(rows)
        if progress is not None:
            progress(done, total)
    if progress is not None and total == 0:
        progress(0, 0)
    return done


def _append(
    sheet: WriteOnlyWorksheet, index: int, row: list[object], wrapped: Sequence[tuple[int, float]]
) -> None:
    """Append row `index`, set high enough when its wrapped text needs more than one line.

    Excel fits such rows itself; LibreOffice (and so its PDF export) keeps them one line high and
    the text runs into the next row. A close estimate beats overlap; single lines stay automatic."""
    lines = max(_lines(_text_of(row[i]), width) for i, width in wrapped)
    if lines > 1:
        sheet.row_dimensions[index].height = min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT)
    sheet.append(row)
    if lines > 1:
        del sheet.row_dimensions[index]  # written: keep memory flat at 100,000 rows


def _text_of(item: object) -> str:
    value = item.value if isinstance(item, Cell) else item
    return "" if value is None else str(value)


def _lines(text: str, width: float) -> int:
    usable = max(width - 0.5, 1.0)  # Excel's column width includes a little padding
    return sum(max(1, ceil(_text_width(part) / usable)) for part in text.split("\n"))


def _text_width(text: str) -> float:
    """Width in Excel's character units (the width of a digit): about 0.9 for a Latin letter in
    the default font, 2 for a Chinese character.

    UTF-8 spends one byte on ASCII and three on CJK, so 0.55 * bytes + 0.35 * characters gives
    both without a loop over the characters."""
    return 0.55 * len(text.encode()) + 0.35 * len(text)


Converter = Callable[[object], object]


def _convert_row(convert: Sequence[Converter], record: Sequence[object]) -> list[object]:
    return [to_cell(value) for to_cell, value in zip(convert, record, strict=True)]


def _converters(sheet: WriteOnlyWorksheet, lang: str) -> list[Converter]:
    """One function per column turning a stored value into what the sheet gets."""
    styled = _Styles(sheet)
    converters: list[Converter] = []
    for column in COLUMNS:
        if column.kind == "datetime":
            converters.append(lambda value: styled.datetime(_local_datetime(value)))
        elif column.kind == "date":
            converters.append(lambda value: styled.date(_date(value)))
        elif column.kind == "number":
            converters.append(lambda value: _number(sheet, value))
        else:
            labels = _labels(column.vocabulary, lang) if column.vocabulary else None
            wrap = column.kind == "wrap"
            converters.append(
                lambda value, labels=labels, wrap=wrap: styled.text(
                    labels.get(value, value) if labels else value, wrap
                )
            )
    return converters


def _labels(vocabulary: type[vocab.Choice], lang: str) -> dict[object, str]:
    return {member.value: member.label(lang) for member in vocabulary}


class _Styles:
    """Cells of the body: plain values where openpyxl can infer them, styled cells otherwise.

    Body cells keep Excel's default bottom alignment: aligning every cell to the top would make
    every cell a styled one (an estimated fifth slower). Setting `cell.alignment` hashes the
    Alignment on every call (about 15% of the export's time), so each style is resolved once on
    a prototype cell and its style array copied onto the cells that need it."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self.wrap = _style_of(sheet, alignment=Alignment(wrap_text=True))
        self.datetimes = _style_of(sheet, number_format=DATETIME_FORMAT)
        self.dates = _style_of(sheet, number_format=DATE_FORMAT)

    def text(self, value: object, wrap: bool) -> object:
        if value is None or value == "":
            return None
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))  # control characters break the file
        if not wrap and not _needs_literal(text):
            return text
        cell = _literal(self.sheet, text)
        if wrap:
            cell._style = copy(self.wrap)
        return cell

    def datetime(self, value: datetime | None) -> object:
        return self._styled(value, self.datetimes)

    def date(self, value: date | None) -> object:
        return self._styled(value, self.dates)

    def _styled(self, value: object, style: StyleArray) -> object:
        if value is None:
            return None
        cell = WriteOnlyCell(self.sheet)
        cell._style = copy(style)  # first, so openpyxl adds no default date format of its own
        cell.value = value
        return cell


def _style_of(sheet: WriteOnlyWorksheet, **attributes: object) -> StyleArray:
    prototype = WriteOnlyCell(sheet)
    for name, value in attributes.items():
        setattr(prototype, name, value)
    return prototype._style


def _needs_literal(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES) or text in ERROR_CODES


def _literal(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """A cell that holds `text` as a string even when it looks like a formula or an error code.

    openpyxl turns "=..." into a formula and "#N/A" into an error; forcing the type keeps the
    customer's words as typed and stops formula injection."""
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"
    return cell


def _local_datetime(value: object) -> datetime | None:
    """Stored UTC -> the local wall time, naive (Excel has no time zones), to the second."""
    if value is None or value == "":
        return None
    stored = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    local = stored.replace(tzinfo=UTC).astimezone()
    return local.replace(tzinfo=None, microsecond=0)


def _date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _number(sheet: WriteOnlyWorksheet, value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return value
    try:
        return float(str(value))
    except ValueError:  # never stored by the app; show what is there rather than fail
        return _literal(sheet, str(value))


def _discard_stream(sheet: WriteOnlyWorksheet) -> None:
    """Remove the temporary file openpyxl streams rows into, if saving did not already.

    openpyxl deletes it only on save or at interpreter exit; after a cancel or an error the
    half-written register would otherwise sit in the system temp folder for the whole session."""
    writer = getattr(sheet, "_writer", None)
    if writer is None or not isinstance(writer.out, str) or not os.path.exists(writer.out):
        return
    with suppress(Exception):  # already failing: close what we can, the file goes regardless
        if not sheet.closed:
            sheet.close()
    writer.cleanup()
