"""One worksheet of a register-like workbook (the complaint register, the tracking table): rows
of stored values, a chunk of cases per SQL query, written formula-safe and atomically.

Each row becomes SpreadsheetML text (`sheet_xml`) streamed into openpyxl's write-only
worksheet, and openpyxl writes the rest of the workbook. Text is always an inline string, never
a formula or an error value, whatever it looks like (`=cmd|' /C calc'!A0`, `+1`, `@SUM(A1)`).
The file appears whole or not at all (`files.atomic_output`); a cancel between chunks leaves
the target as it was, and no scratch file behind.

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

from qa_desktop import paths
from qa_desktop.core import vocab
from qa_desktop.core.clock import zone_label
from qa_desktop.core.errors import Cancelled
from qa_desktop.core.files import atomic_output, remove_stale_scratch
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.money import minor_digits
from qa_desktop.core.reports.sheet_xml import (
    StreamedRows,
    number_cell,
    row,
    stream_rows,
    style_attribute,
    text_cell,
)

CONTEXT = "RegisterXlsx"
CREATOR = "QA Desktop"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
LINE_HEIGHT = 15.0  # points: one line of the default 11-point font
MAX_ROW_HEIGHT = 409.0  # points: Excel's limit
YES = QT_TRANSLATE_NOOP("RegisterXlsx", "Yes")

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text, translated with translate(its workbook's context, title)
    select: str  # SQL expression; "" for the defect name, chosen per language
    width: float  # in Excel's character widths; a Chinese character takes about two
    # text | wrap | datetime | date | number | flag (True: "Yes") | money (minor units of the
    # base currency, as a number of whole units)
    kind: str = "text"
    vocabulary: type[vocab.Choice] | None = None


@dataclass(frozen=True)
class Sheet:
    """What a workbook's one sheet is: its title, columns, and how to show their values."""

    title: str  # translated
    columns: Sequence[Column]
    titles: Sequence[str]  # the header, translated, one per column
    lang: str
    zone: tzinfo  # times are shown in it (Excel has none: the titles name it)
    currency: str = "CNY"  # of money columns


def header_titles(columns: Sequence[Column], context: str, lang: str, zone: tzinfo,
                  currency: str) -> list[str]:  # fmt: skip
    """Each column's title; a time's names the zone it is in, money's the currency."""
    suffix = {"datetime": f" ({zone_label(zone)})", "money": f" ({currency})"}
    return [translate(context, c.title, lang) + suffix.get(c.kind, "") for c in columns]


def write_sheet(
    sheet_of: Sheet,
    out: Path | str,
    chunks: Iterator[list[tuple]],
    total: int,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the workbook: the header, then each chunk's records (tuples in the order of the
    columns) as rows; return how many rows. Raises Cancelled (target left as it was)."""
    remove_stale_scratch()  # what a killed export left
    with atomic_output(out) as temp:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(sheet_of.title)
        _set_up(workbook, sheet, sheet_of)
        rows = stream_rows(sheet, paths.scratch_dir())
        try:
            body = _RowWriter(sheet, sheet_of)
            rows.write(body.header(sheet_of.titles))
            written = _write_rows(rows, body, chunks, total, progress, cancelled)
            # The autofilter is written after the rows, so its extent can be set last.
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(sheet_of.columns))}{written + 1}"
            workbook.save(temp)
        finally:
            rows.cleanup()
    return written


def _check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _set_up(workbook: Workbook, sheet: WriteOnlyWorksheet, sheet_of: Sheet) -> None:
    """Properties, widths, frozen header and print layout: all must precede the first row."""
    workbook.properties.title = sheet_of.title
    workbook.properties.creator = CREATOR
    for index, column in enumerate(sheet_of.columns, 1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    # Printed, a register is wide: A3 landscape, one page wide, header on every page.
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

    def __init__(self, sheet: WriteOnlyWorksheet, sheet_of: Sheet) -> None:
        self._sheet = sheet
        self._styles: dict[str, str] = {}
        columns = sheet_of.columns
        header = _style_id(
            sheet,
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor="DDE4EE"),
            border=Border(bottom=Side(style="thin")),
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        )  # registered first, so it is style 1 as it always was
        self._header_style = style_attribute(header)
        self._columns = columns
        self._letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        self._convert = [
            converter(c, sheet_of.lang, sheet_of.zone, sheet_of.currency) for c in columns
        ]
        self._write = [self._cell_writer(column) for column in columns]
        self._cells = list(zip(self._write, self._letters, strict=True))
        self._wrapped = [(i, c.width) for i, c in enumerate(columns) if c.kind == "wrap"]

    def header(self, titles: Sequence[str]) -> str:
        cells = "".join(
            text_cell(f"{letter}1", title, self._header_style)
            for letter, title in zip(self._letters, titles, strict=True)
        )
        lines = max(_lines(t, c.width) for t, c in zip(titles, self._columns, strict=True))
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
        if column.kind in ("number", "money"):
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


def converter(column: Column, lang: str, zone: tzinfo, currency: str = "CNY") -> Converter:
    """Stored value -> what the cell shows (None: the cell is left empty)."""
    if column.kind == "datetime":
        return lambda value: _local_datetime(value, zone)
    if column.kind == "date":
        return _date
    if column.kind == "number":
        return _number
    if column.kind == "money":
        scale = 10 ** minor_digits(currency)
        return lambda value: value / scale if isinstance(value, int) and value else None
    if column.kind == "flag":
        yes = translate(CONTEXT, YES, lang)
        return lambda value: yes if value else None
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
