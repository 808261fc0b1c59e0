"""The coil table both visit printouts share: each line's coil, heat, grade, specification and
weight, its quantities used and unused and the defective among each, with one total row per
unit (pieces and tonnes never add up). Its header repeats on every page it runs over."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from qa_desktop.core.reports.complaint_form_style import LABEL_BG, cell_style, table_style
from qa_desktop.core.reports.confirmation_sheet import QuantityLine, QuantityTotal
from qa_desktop.core.reports.visit_words import LABELS, NO_LINES, TOTAL, VisitWords
from qa_desktop.core.vocab import Unit

# (field, width, right-aligned): 180 mm, the A4 body between 15 mm margins.
COLUMNS = (
    ("coil_no", 25 * mm, False),
    ("heat_no", 17 * mm, False),
    ("grade", 13 * mm, False),
    ("specification", 22 * mm, False),
    ("weight_kg", 16 * mm, True),
    ("used", 16 * mm, True),
    ("unused", 16 * mm, True),
    ("defective_used", 21 * mm, True),
    ("defective_unused", 21 * mm, True),
    ("unit", 13 * mm, False),
)
FIGURES = ("used", "unused", "defective_used", "defective_unused")
VALUE_SIZE = 8.0


def coil_table(
    words: VisitWords, lines: tuple[QuantityLine, ...], totals: tuple[QuantityTotal, ...]
) -> list[Flowable]:
    widths = [width for _, width, _ in COLUMNS]
    if not lines:
        table = Table([[Paragraph(words.inline(NO_LINES), words.styles["value"])]],
                      colWidths=[sum(widths)])  # fmt: skip
        table.setStyle(table_style(cell_style()))
        return [table]
    header = [words.label(LABELS[key], "head") for key, _, _ in COLUMNS]
    rows: list[list[object]] = [header]
    for number, line in enumerate(lines, 1):
        cells = [(_cell(line, key, words.lang), key, right) for key, _, right in COLUMNS]
        rows.append(
            [words.value(text, key, right=right, size=VALUE_SIZE, line=number)
             for text, key, right in cells]
        )  # fmt: skip
    first_total = len(rows)
    for total in totals:
        unit = unit_label(total.unit, words.lang)
        label = words.line_label(TOTAL, "label_right")
        figures = [words.value(getattr(total, key), key, right=True, size=VALUE_SIZE)
                   for key in FIGURES]  # fmt: skip
        rows.append([label, "", "", "", "", *figures, words.value(unit, "unit", size=VALUE_SIZE)])
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    style = [
        *cell_style(),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    ]
    for row in range(first_total, len(rows)):
        style += [("SPAN", (0, row), (4, row)), ("BACKGROUND", (0, row), (-1, row), LABEL_BG)]
    table.setStyle(table_style(style))
    return [table]


def _cell(line: QuantityLine, key: str, lang: str) -> str:
    value = getattr(line, key)
    return unit_label(value, lang) if key == "unit" else value


def unit_label(code: str, lang: str) -> str:
    try:
        return Unit(code).label(lang)
    except ValueError:
        return code
