"""The complaint register (客户投诉登记表) as an Excel workbook.

The rows are exactly the register's for a query (`register.ids`, same filters, search and order),
with more fields than the screen shows. Each chunk of ids is one SQL query returning plain tuples
(no model instances); each row becomes SpreadsheetML text (`sheet_xml`) streamed into openpyxl's
write-only worksheet, and openpyxl writes the rest of the workbook: 100,000 complaints take
about a third of the time openpyxl needs to append the same values itself
(benchmarks/register_export.py).

Import this module lazily: openpyxl alone costs ~270 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from math import ceil
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from peewee import Database

from qa_desktop import paths
from qa_desktop.core import register, settings, vocab
from qa_desktop.core.clock import zone_label
from qa_desktop.core.errors import Cancelled
from qa_desktop.core.files import atomic_output, remove_stale_scratch
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.money import amount_sql
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.reports.sheet_xml import (
    StreamedRows,
    number_cell,
    row,
    stream_rows,
    style_attribute,
    text_cell,
)

CONTEXT = "RegisterXlsx"
CHUNK = 1000  # ids per SQL query; SQLite >= 3.32 allows 32,766 bound variables
CREATOR = "QA Desktop"
SHEET_TITLE = QT_TRANSLATE_NOOP("RegisterXlsx", "Complaint register")
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
LINE_HEIGHT = 15.0  # points: one line of the default 11-point font
MAX_ROW_HEIGHT = 409.0  # points: Excel's limit

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
    Column("customer_complaint_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer's complaint no."), "c.customer_complaint_no", 14),
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
    Column("mill_cert_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Mill certificate no."), "c.mill_cert_no", 14),
    Column("coils", QT_TRANSLATE_NOOP("RegisterXlsx", "Coils / lots"), "s.coils", 16, "wrap"),
    Column("defect", QT_TRANSLATE_NOOP("RegisterXlsx", "Defect type"), "", 12, "wrap"),
    Column("description", QT_TRANSLATE_NOOP("RegisterXlsx", "Description"), "c.description", 48, "wrap"),
    Column("defect_rate", QT_TRANSLATE_NOOP("RegisterXlsx", "Defect rate %"), "c.defect_rate", 9, "number"),
    Column("affected_qty", QT_TRANSLATE_NOOP("RegisterXlsx", "Affected qty"), "c.affected_qty", 10, "number"),
    Column("affected_unit", QT_TRANSLATE_NOOP("RegisterXlsx", "Unit"), "c.affected_unit", 7, vocabulary=vocab.Unit),
    Column("goods_state", QT_TRANSLATE_NOOP("RegisterXlsx", "State of goods"), "c.goods_state", 15, "wrap", vocab.GoodsState),
    Column("customer_request", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer request"), "c.customer_request", 36, "wrap"),
    Column("claim", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer's claim"), amount_sql("c.claim_minor", "c.claim_currency"), 12, "number"),
    Column("claim_currency", QT_TRANSLATE_NOOP("RegisterXlsx", "Currency"), "c.claim_currency", 8),
    Column("samples_returned", QT_TRANSLATE_NOOP("RegisterXlsx", "Samples returned"), "c.samples_returned", 9, vocabulary=vocab.SamplesReturned),
    Column("severity", QT_TRANSLATE_NOOP("RegisterXlsx", "Severity"), "c.severity", 9, vocabulary=vocab.Severity),
    Column("status", QT_TRANSLATE_NOOP("RegisterXlsx", "Status"), "c.status", 13, "wrap", vocab.Status),
    Column("owner", QT_TRANSLATE_NOOP("RegisterXlsx", "Owner"), "c.owner", 10),
    Column("salesperson", QT_TRANSLATE_NOOP("RegisterXlsx", "Salesperson"), "c.salesperson", 10),
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

    Raises Cancelled when `cancelled()` turns true between chunks; `out` is then left as it was,
    and so is the scratch folder (paths.scratch_dir) the rows streamed through."""
    remove_stale_scratch()  # what a killed export left
    wanted = register.ids(db, query)
    with atomic_output(out) as temp:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(translate(CONTEXT, SHEET_TITLE, lang))
        _set_up(workbook, sheet, lang)
        rows = stream_rows(sheet, paths.scratch_dir())
        try:
            body = _RowWriter(sheet, lang, settings.department_zone(db))
            rows.write(body.header(lang))
            chunks = fetch_chunks(db, wanted, lang)  # lazy: each next() runs one query
            written = _write_rows(rows, body, chunks, len(wanted), progress, cancelled)
            # The autofilter is written after the rows, so its extent can be set last.
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{written + 1}"
            workbook.save(temp)
        finally:
            rows.cleanup()
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


def _write_rows(
    rows: StreamedRows,
    body: _RowWriter,
    chunks: Iterator[list[tuple]],
    total: int,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> int:
    """Write the rows chunk by chunk; return how many (a complaint deleted meanwhile is gone)."""
    done = 0
    while True:
        # Before each query, and once more after the last chunk: a cancel is honoured within
        # one chunk and never lets the file be saved.
        _check(cancelled)
        records = next(chunks, None)
        if records is None:
            break
        first = done + 2  # row 1 is the header
        rows.write("".join([body.row(first + i, record) for i, record in enumerate(records)]))
        done += len(records)
        if progress is not None:
            progress(done, total)
    if progress is not None and total == 0:
        progress(0, 0)
    return done


Converter = Callable[[object], object]
CellWriter = Callable[[str, object], str]  # (cell reference, value) -> the cell's XML


class _RowWriter:
    """Stored records to row XML: per column, a converter (stored value -> what the cell shows:
    text, number, date, or None for an empty cell) and a writer of the cell's XML.

    Body cells keep Excel's default bottom alignment (aligning every cell to the top would make
    every cell a styled one). Each style is resolved once, to the id the cells name."""

    def __init__(self, sheet: WriteOnlyWorksheet, lang: str, zone: tzinfo) -> None:
        self._sheet = sheet
        self._zone = zone
        self._styles: dict[str, str] = {}
        header = _style_id(
            sheet,
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor="DDE4EE"),
            border=Border(bottom=Side(style="thin")),
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        )  # registered first, so it is style 1 as it always was
        self._header_style = style_attribute(header)
        self._letters = [get_column_letter(i) for i in range(1, len(COLUMNS) + 1)]
        self._convert = [_converter(column, lang, zone) for column in COLUMNS]
        self._write = [self._cell_writer(column) for column in COLUMNS]
        self._cells = list(zip(self._write, self._letters, strict=True))
        self._wrapped = [(i, c.width) for i, c in enumerate(COLUMNS) if c.kind == "wrap"]

    def header(self, lang: str) -> str:
        """The column titles; a time's title names the zone it is in (Excel has none)."""
        titles = [
            translate(CONTEXT, column.title, lang)
            + (f" ({zone_label(self._zone)})" if column.kind == "datetime" else "")
            for column in COLUMNS
        ]
        cells = "".join(
            text_cell(f"{letter}1", title, self._header_style)
            for letter, title in zip(self._letters, titles, strict=True)
        )
        lines = max(_lines(t, column.width) for t, column in zip(titles, COLUMNS, strict=True))
        return row(1, cells, _height(lines))

    def row(self, index: int, record: Sequence[object]) -> str:
        """Row `index`, set high enough when its wrapped text needs more than one line.

        Excel fits such rows itself; LibreOffice (and so its PDF export) keeps them one line
        high and the text runs into the next row. A close estimate beats overlap; single lines
        stay automatic."""
        values = [convert(value) for convert, value in zip(self._convert, record, strict=True)]
        lines = max(
            (_lines(values[i], width) for i, width in self._wrapped if values[i] is not None),
            default=1,
        )
        number = str(index)
        cells = "".join(
            [
                write(letter + number, value)
                for (write, letter), value in zip(self._cells, values, strict=True)
                if value is not None
            ]
        )
        return row(index, cells, _height(lines))

    def _cell_writer(self, column: Column) -> CellWriter:
        if column.kind in ("datetime", "date"):
            style = self._style(column.kind)
            epoch = self._sheet.parent.epoch

            def write_date(ref: str, value: object) -> str:
                return number_cell(ref, to_excel(value, epoch), style)

            return write_date
        if column.kind == "number":
            return _write_number
        style = self._style(column.kind) if column.kind == "wrap" else ""
        return lambda ref, value: text_cell(ref, value, style)

    def _style(self, kind: str) -> str:
        """The style attribute of a column kind, registered on first use (in column order)."""
        if kind not in self._styles:
            attributes = {
                "datetime": {"number_format": DATETIME_FORMAT},
                "date": {"number_format": DATE_FORMAT},
                "wrap": {"alignment": Alignment(wrap_text=True)},
            }[kind]
            self._styles[kind] = style_attribute(_style_id(self._sheet, **attributes))
        return self._styles[kind]


def _style_id(sheet: WriteOnlyWorksheet, **attributes: object) -> int:
    """The workbook's id for a cell style (openpyxl writes it to styles.xml on save)."""
    prototype = WriteOnlyCell(sheet)
    for name, value in attributes.items():
        setattr(prototype, name, value)
    return prototype.style_id


def _write_number(ref: str, value: object) -> str:
    if isinstance(value, str):  # never stored by the app; show what is there rather than fail
        return text_cell(ref, value)
    return number_cell(ref, value)


def _converter(column: Column, lang: str, zone: tzinfo) -> Converter:
    """Stored value -> what the cell shows (None: the cell is left empty)."""
    if column.kind == "datetime":
        return lambda value: _local_datetime(value, zone)
    if column.kind == "date":
        return _date
    if column.kind == "number":
        return _number
    if column.vocabulary is not None:
        labels = _labels(column.vocabulary, lang)
        return lambda value: None if value is None or value == "" else labels.get(value, value)
    return _text


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _labels(vocabulary: type[vocab.Choice], lang: str) -> dict[object, str]:
    return {member.value: member.label(lang) for member in vocabulary}


def _height(lines: int) -> float | None:
    return min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT) if lines > 1 else None


def _lines(text: str, width: float) -> int:
    usable = max(width - 0.5, 1.0)  # Excel's column width includes a little padding
    if "\n" not in text:  # most cells: no split, no generator (a million calls at 100,000 rows)
        return max(1, ceil(_text_width(text) / usable))
    return sum(max(1, ceil(_text_width(part) / usable)) for part in text.split("\n"))


def _text_width(text: str) -> float:
    """Width in Excel's character units (the width of a digit): about 0.9 for a Latin letter in
    the default font, 2 for a Chinese character.

    UTF-8 spends one byte on ASCII and three on CJK, so 0.55 * bytes + 0.35 * characters gives
    both without a loop over the characters."""
    return 0.55 * len(text.encode()) + 0.35 * len(text)


def _local_datetime(value: object, zone: tzinfo) -> datetime | None:
    """Stored UTC -> the wall time in the department's zone, naive (Excel has no time zones;
    the column's title names it), to the second."""
    if value is None or value == "":
        return None
    stored = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    local = stored.replace(tzinfo=UTC).astimezone(zone)
    return local.replace(tzinfo=None, microsecond=0)


def _date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _number(value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return value
    try:
        return float(str(value))
    except ValueError:  # written as text by _write_number
        return str(value)
