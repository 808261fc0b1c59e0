"""The department dialog's defect-type table (department_dialog.py): a line per type as typed,
its permanent code kept on the English-name cell out of sight, lines added, a line marked
with its problem, and the changed lines as services.department takes them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from qa_desktop.core.errors import FieldError
from qa_desktop.core.models import DefectType
from qa_desktop.core.services.department import DEFECT_TYPES, DefectEdit
from qa_desktop.core.text import single_spaced

NAME_EN_COLUMN, NAME_ZH_COLUMN, IN_USE_COLUMN = range(3)
# On a line's English-name cell: the type's permanent code, None on a line added here. Reports
# group by the code, so it is kept with the line, but nobody needs to read it.
STORED_ROLE = Qt.ItemDataRole.UserRole
ERROR_BRUSH = QBrush(QColor("#fbd5d2"))


@dataclass(frozen=True)
class DefectLine:
    """One line of the table as typed; `stored` is False for a line added in this dialog."""

    code: str
    name_en: str
    name_zh: str
    active: bool
    stored: bool

    @classmethod
    def of(cls, defect: DefectType) -> DefectLine:
        return cls(defect.code, defect.name_en, defect.name_zh, bool(defect.active), True)

    def cleaned(self) -> DefectLine:
        """As the service will store it."""
        name_en, name_zh = single_spaced(self.name_en), single_spaced(self.name_zh)
        return DefectLine(self.code, name_en, name_zh, self.active, self.stored)

    def is_blank(self) -> bool:
        return not (self.name_en.strip() or self.name_zh.strip())


def show_line(table: QTableWidget, row: int, line: DefectLine, *, insert: bool = False) -> None:
    """Line `line` in row `row` (a new row when `insert`); its code kept out of sight."""
    if insert:
        table.insertRow(row)
    name_en = QTableWidgetItem(line.name_en)
    if line.stored:
        name_en.setData(STORED_ROLE, line.code)
    table.setItem(row, NAME_EN_COLUMN, name_en)
    table.setItem(row, NAME_ZH_COLUMN, QTableWidgetItem(line.name_zh))
    in_use = QTableWidgetItem()
    in_use.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    in_use.setCheckState(Qt.CheckState.Checked if line.active else Qt.CheckState.Unchecked)
    table.setItem(row, IN_USE_COLUMN, in_use)


def line_at(table: QTableWidget, row: int) -> DefectLine:
    """Row `row` as typed."""

    def text(column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    first = table.item(row, NAME_EN_COLUMN)
    code = first.data(STORED_ROLE) if first is not None else None
    in_use = table.item(row, IN_USE_COLUMN)
    return DefectLine(
        code=code or "",
        name_en=text(NAME_EN_COLUMN),
        name_zh=text(NAME_ZH_COLUMN),
        active=in_use is None or in_use.checkState() == Qt.CheckState.Checked,
        stored=code is not None,
    )


def add_line(table: QTableWidget) -> None:
    """An empty line at the end, its English name's editor open."""
    row = table.rowCount()
    show_line(table, row, DefectLine("", "", "", True, False), insert=True)
    table.setFocus()
    table.setCurrentCell(row, NAME_EN_COLUMN)  # the editor opens: type the name
    table.scrollToItem(table.item(row, NAME_EN_COLUMN))


def commit_open_cell(table: QTableWidget) -> None:
    """A cell still being typed in counts."""
    if table.state() != QAbstractItemView.State.EditingState:
        return
    editor = table.indexWidget(table.currentIndex())
    if editor is not None:
        table.commitData(editor)


def mark_row(table: QTableWidget, row: int, brush: QBrush | None, message: str) -> None:
    """Colour a whole line and put the sentence in its tooltip (colour alone is missed)."""
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is not None:
            item.setData(Qt.ItemDataRole.BackgroundRole, brush)
            item.setToolTip(message)


def edits(lines: dict[int, DefectLine]) -> list[DefectEdit]:
    """The changed lines as the service takes them."""
    return [
        DefectEdit(ln.code, ln.name_en, ln.name_zh, ln.active, not ln.stored)
        for ln in lines.values()
    ]


def on_rows(problems: list[FieldError], rows: list[int]) -> list[FieldError]:
    """The core numbers defect problems by their place in the batch; the table, by its rows."""
    return [
        p._replace(row=rows[p.row]) if p.field == DEFECT_TYPES and p.row is not None else p
        for p in problems
    ]
