"""The building blocks of the 8D report's layout: a table with a header that repeats on every
page it runs over, a table of labelled values, photos two to a row, and a short muted note."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table

from qa_desktop.core.reports.complaint_form_style import (
    LABEL_BG,
    cell_style,
    label_columns,
    table_style,
)
from qa_desktop.core.reports.eightd_words import LABELS, NO_PRINT_COPY, EightDWords
from qa_desktop.core.reports.visit_pages import BODY

LABEL_W = 48 * mm
PHOTO_GAP = 4 * mm
PHOTO_W = (BODY - PHOTO_GAP) / 2
PHOTO_MAX_H = 64 * mm
CELL_SIZE = 8.0
# A value longer than this may run over a page inside its row; a shorter row moves whole.
SPLIT_LONGER_THAN = 400


@dataclass(frozen=True)
class Column:
    key: str  # a LABELS key, or a catalogue text (an 8D field's label)
    width: float  # share of the body's width
    right: bool = False

    def label(self) -> str:
        return LABELS.get(self.key, self.key)


def grid(words: EightDWords, columns: Sequence[Column], rows: Sequence[Sequence[str]],
         totals: Sequence[Sequence[str]] = ()) -> Table:  # fmt: skip
    """A header row of bilingual labels, then one row per line (user text drawn as it is), then
    total rows on a grey ground; the header repeats on each page the table runs over."""
    widths = [BODY * c.width for c in columns]
    header = [words.label(c.label(), "head") for c in columns]
    body: list[list[object]] = [header]
    for number, row in enumerate((*rows, *totals), 1):
        body.append(
            [words.value(text, c.key, right=c.right, size=CELL_SIZE, line=number)
             for text, c in zip(row, columns, strict=True)]
        )  # fmt: skip
    long = any(len(text) > SPLIT_LONGER_THAN for row in rows for text in row)
    table = Table(body, colWidths=widths, repeatRows=1, splitInRow=int(long))
    style = [*cell_style(), ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
             ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]  # fmt: skip
    if totals:
        style.append(("BACKGROUND", (0, len(rows) + 1), (-1, -1), LABEL_BG))
    table.setStyle(table_style(style))
    return table


def labelled(words: EightDWords, items: Sequence[tuple[str, str]]) -> list[Flowable]:
    """(label, value) rows, a label a catalogue text; the empty values left out."""
    rows = [[words.label(label), words.value(text, label)] for label, text in items if text]
    if not rows:
        return []
    long = any(len(text) > SPLIT_LONGER_THAN for _label, text in items)
    table = Table(rows, colWidths=[LABEL_W, BODY - LABEL_W], splitInRow=int(long))
    table.setStyle(table_style([*cell_style(), *label_columns(0)]))
    return [table]


def photos(words: EightDWords, shots: Sequence[tuple[bytes, str]]) -> list[Flowable]:
    """Photos (print copies) two to a row, each with its caption; each row a table of its own,
    so a row moves whole to the next page."""
    cells: list[object] = [_photo(words, n, image, caption)
                           for n, (image, caption) in enumerate(shots, 1)]  # fmt: skip
    if len(cells) % 2:
        cells.append("")
    rows: list[Flowable] = []
    for i in range(0, len(cells), 2):
        row = Table([[cells[i], "", cells[i + 1]]], colWidths=[PHOTO_W, PHOTO_GAP, PHOTO_W])
        row.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *((side, (0, 0), (-1, -1), 0) for side in
                      ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING")),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), PHOTO_GAP),
                ]
            )
        )  # fmt: skip
        rows.append(row)
    return rows


def _photo(words: EightDWords, number: int, image: bytes, caption: str) -> list[Flowable]:
    cell: list[Flowable] = []
    if image:
        cell.append(picture(image, PHOTO_W, PHOTO_MAX_H))
    else:
        cell.append(Paragraph(words.inline(NO_PRINT_COPY), words.styles["small"]))
    cell.append(Spacer(1, 1 * mm))
    cell.append(words.value(f"{number}. {caption}".strip(), "caption", size=8, line=number))
    return cell


def picture(jpeg: bytes, width: float, max_height: float) -> Image:
    """The print copy at `width`, or less where it would be taller than `max_height`."""
    w, h = ImageReader(io.BytesIO(jpeg)).getSize()
    scale = min(width / w, max_height / h)
    shown = Image(io.BytesIO(jpeg), width=w * scale, height=h * scale)
    shown.hAlign = "LEFT"
    return shown


def note(words: EightDWords, text: str, **values: object) -> Paragraph:
    """A short line in the report's language, muted (e.g. "Not filled in yet.")."""
    return Paragraph(words.inline(text, **values), words.styles["note"])


def subhead(words: EightDWords, text: str, **values: object) -> list[Flowable]:
    """A bilingual heading inside a section, kept with what follows."""
    gap = Spacer(1, 2 * mm)
    gap.keepWithNext = True
    style = words.styles["value"].clone("subhead", fontSize=9, leading=12)
    head = Paragraph(words.inline(text, **values), style)
    head.keepWithNext = True
    return [gap, head, _kept(Spacer(1, 1 * mm))]


def _kept(flowable: Flowable) -> Flowable:
    flowable.keepWithNext = True
    return flowable
