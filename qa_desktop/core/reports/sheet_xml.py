"""Worksheet rows as SpreadsheetML text, streamed into openpyxl's write-only worksheet.

openpyxl builds and serialises an element per cell (about 5 µs a cell: three quarters of the
register export's time went there). Here a row is formatted as text instead, the same XML
openpyxl writes for the same cell (tests/core/test_sheet_xml.py compares the two), and openpyxl
still writes everything else: what comes before and after the rows in the worksheet (properties,
frozen pane, columns, filter, print setup), the styles the cells name, and the package.

Cell text is escaped the OOXML way (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): readers turn `_xHHHH_`
into the character U+HHHH, so the underscore that starts such a sequence in stored text is
written `_x005F_`, and a carriage return, which any XML reader would turn into a line feed, is
written `_x000D_` (as Excel writes it). LibreOffice (7.4, measured) also decodes one to three
hex digits (`_x12_` becomes U+0012), so those are escaped too: an escaped underscore reads back
as an underscore everywhere. Every stored string then reads back exactly as stored.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from openpyxl.compat import safe_string
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter

# Characters XML 1.0 cannot carry: C0 controls other than tab, LF and CR, lone surrogates and
# the two non-characters. They are dropped (they cannot have been meant as text).
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Text that a reader would take for an escape: the underscore that starts it gets escaped.
# A lookahead, so that in `_x005F_x0041_` both underscores are found.
ESCAPE_LIKE = re.compile("_(?=[xX][0-9A-Fa-f]{1,4}_)")
EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
COPY_BUFFER = 1 << 20


def xml_text(text: str) -> str:
    """`text` as the content of a cell's <t> element (OOXML-escaped, then XML-escaped).

    Runs for every text cell of a large export: plain text costs two scans in C, the regular
    expressions run only on text that has something to escape."""
    if not text.isprintable():  # a line break, a tab, a control character, …
        text = ILLEGAL.sub("", text)
        if "_x" in text or "_X" in text:
            text = ESCAPE_LIKE.sub("_x005F_", text)
        text = text.replace("\r", "_x000D_")
    elif "_x" in text or "_X" in text:
        text = ESCAPE_LIKE.sub("_x005F_", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_cell(ref: str, text: str, style: str = "") -> str:
    """An inline string cell; `style` is "" or ` s="N"` (a cell style id from style_attribute).

    Never a formula or an error value, whatever the text looks like (`=1+2`, `#N/A`)."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{xml_text(text)}</t></is></c>'


def number_cell(ref: str, number: float, style: str = "") -> str:
    """A number; Excel's dates and times are numbers with a date format in their style."""
    return f'<c r="{ref}"{style} t="n"><v>{safe_string(number)}</v></c>'


def row(index: int, cells: str, height: float | None = None) -> str:
    if height is None:
        return f'<row r="{index}">{cells}</row>'
    return f'<row r="{index}" ht="{safe_string(height)}" customHeight="1">{cells}</row>'


def style_attribute(style_id: int) -> str:
    return f' s="{style_id}"' if style_id else ""


class StreamedRows(WorksheetWriter):
    """openpyxl's writer for a write-only sheet whose rows arrive as XML text (`write`).

    openpyxl streams the sheet's own XML into a file of ours (not the system's temporary
    folder) and writes an empty <sheetData>; the rows go to a second file, which `close()`
    puts in its place before openpyxl adds the sheet to the package."""

    def __init__(self, sheet: WriteOnlyWorksheet, folder: Path) -> None:
        self._rows_path = _new_file(folder, "rows-")
        self._rows = self._rows_path.open("wb")
        self._spliced = False
        super().__init__(sheet, out=str(_new_file(folder, "sheet-")))

    def write(self, xml: str) -> None:
        self._rows.write(xml.encode("utf-8"))

    def write_rows(self) -> None:
        """openpyxl's <sheetData>, empty: `close()` fills it."""
        stream = self.xf.send(True)
        with stream.element("sheetData"):
            pass
        self.xf.send(None)

    def close(self) -> None:
        super().close()
        if not self._spliced:
            self._spliced = True
            self._rows.close()
            _splice(Path(self.out), self._rows_path)
            self._rows_path.unlink()

    def cleanup(self) -> None:
        """Remove both files (openpyxl calls this once the sheet is in the package; after a
        cancel or an error the export does). Closed first: Windows cannot remove an open file."""
        self.xf.close()  # ends openpyxl's stream, if still open
        self._rows.close()
        for path in (Path(self.out), self._rows_path):
            path.unlink(missing_ok=True)


def stream_rows(sheet: WriteOnlyWorksheet, folder: Path) -> StreamedRows:
    """Take over the rows of `sheet`, whose set-up (widths, panes) must be complete: openpyxl
    writes what precedes the rows now. Call `cleanup()` in any case when done."""
    writer = StreamedRows(sheet, folder)
    sheet._writer = writer  # what WriteOnlyWorksheet would otherwise create on its first row
    writer.write_top()
    return writer


def _new_file(folder: Path, prefix: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=".xml", dir=folder)
    os.close(handle)
    return Path(name)


def _splice(sheet_xml: Path, rows: Path) -> None:
    """Rewrite `sheet_xml` (openpyxl's, a few KB) with the rows inside its empty <sheetData>."""
    head, *tail = EMPTY_SHEET_DATA.split(sheet_xml.read_bytes())
    if len(tail) != 1:
        raise RuntimeError(f"expected one empty <sheetData> in openpyxl's sheet, found {len(tail)}")
    with sheet_xml.open("wb") as out, rows.open("rb") as source:
        out.write(head + b"<sheetData>")
        shutil.copyfileobj(source, out, COPY_BUFFER)
        out.write(b"</sheetData>" + tail[0])
