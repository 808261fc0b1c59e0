"""The response clocks as an editable table (the first tab of clocks_dialog.py): one row per
rule, in the department's order; names and amount typed, unit, market, start and the event that
meets it chosen, "may pause" and "in use" ticked. `lines` is the truth; the table shows it.

A rule is never deleted (cases keep their clocks): Retire takes it out of use. A line added
here and not yet saved has no code, and Retire simply takes it away again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.clocks import rule_words
from qa_desktop.core.errors import FieldError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services.clock_edits import RuleEdit
from qa_desktop.gui.coil_table import ERROR_BRUSH
from qa_desktop.gui.field_errors import show_message

NAME_EN, NAME_ZH, AMOUNT, UNIT, MARKET, PAUSABLE, STARTS, MET_ON, ACTIVE = range(9)
TEXT_COLUMNS = {NAME_EN: "name_en", NAME_ZH: "name_zh", AMOUNT: "amount"}
CHECK_COLUMNS = {PAUSABLE: "pausable", ACTIVE: "active"}
COMBO_COLUMNS = {
    UNIT: ("unit", rule_words.UNIT_WORDS),
    MARKET: ("applies_to", rule_words.MARKET_WORDS),
    STARTS: ("starts", rule_words.START_WORDS),
    MET_ON: ("met_on", rule_words.EVENT_WORDS),
}
FIELD_COLUMNS = {
    **{field: column for column, field in TEXT_COLUMNS.items()},
    **{field: column for column, (field, _words) in COMBO_COLUMNS.items()},
}
SHOWN_PROBLEMS = 3  # lines under the table; the rest are marked in it
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
ERROR_STYLE = "QComboBox { background: #fbd5d2; }"


class RulesTable(QObject):
    """Drives the `rules` table and its buttons; `edited` after every change a person makes."""

    edited = Signal()

    def __init__(
        self,
        table: QTableWidget,
        buttons: dict[str, QPushButton],
        error: QLabel,
        *,
        editable: bool,
    ) -> None:
        super().__init__(table)
        self.table, self.buttons, self.error = table, buttons, error
        self.editable = editable
        self.lines: list[RuleEdit] = []
        self.problems: dict[int, dict[str, str]] = {}  # row -> field -> sentence
        self._loading = False
        self._setup()

    # ----- what the dialog uses ----------------------------------------------------------------
    def load(self, lines: list[RuleEdit]) -> None:
        self.lines = list(lines)
        self.problems = {}
        self._render(0 if lines else None)
        show_message(self.error, "")

    def add(self) -> int:
        """A new line at the end, its English name open for typing; returns its row."""
        self.commit_open_cell()
        self.lines.append(RuleEdit("", "", "", "", "hours"))
        row = len(self.lines) - 1
        self._render(row, NAME_EN)
        self.table.editItem(self.table.item(row, NAME_EN))
        self.edited.emit()
        return row

    def retire(self) -> None:
        """Out of use (a stored rule), back in use, or gone (a line not yet saved)."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.lines):
            return
        self.commit_open_cell()
        line = self.lines[row]
        if not line.code:
            del self.lines[row]
            self.problems = {}
            self._render(min(row, len(self.lines) - 1) if self.lines else None)
        else:
            self.lines[row] = dataclasses.replace(line, active=not line.active)
            self._render(row, self.table.currentColumn())
        self.edited.emit()

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if 0 <= row < len(self.lines) and 0 <= other < len(self.lines):
            self.commit_open_cell()
            self.lines[row], self.lines[other] = self.lines[other], self.lines[row]
            self.problems = {}
            self._render(other, max(self.table.currentColumn(), 0))
            self.edited.emit()

    def combo(self, row: int, column: int) -> QComboBox:
        box = self.table.cellWidget(row, column).findChild(QComboBox)
        assert isinstance(box, QComboBox)
        return box

    def show_problems(self, problems: list[FieldError], whole: list[str]) -> None:
        """Each line's problems on its cells (coloured, the sentence as tooltip), and the first
        few as "Line N: …" beneath the table, with the problems of the list as a whole."""
        self.problems = {}
        for problem in problems:
            if problem.row is not None:
                self.problems.setdefault(problem.row, {}).setdefault(problem.field, problem.message)
        self._render(min(self.problems) if self.problems else self.table.currentRow())
        if self.problems:
            row = min(self.problems)
            field = next(iter(self.problems[row]))
            self.table.setCurrentCell(row, FIELD_COLUMNS.get(field, NAME_EN))
        said = [
            self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", message)
            for row in sorted(self.problems)
            for message in self.problems[row].values()
        ]
        if len(said) > SHOWN_PROBLEMS:
            more = self.tr("%1 more problems are marked in the table.")
            said = [*said[:SHOWN_PROBLEMS], more.replace("%1", str(len(said) - SHOWN_PROBLEMS))]
        show_message(self.error, "\n".join([*said, *whole]))

    def clear_problems(self) -> None:
        if self.problems:
            self.problems = {}
            self._render(self.table.currentRow(), max(self.table.currentColumn(), 0))
        show_message(self.error, "")

    def commit_open_cell(self) -> None:
        """A cell still being typed in counts (Save clicked without leaving it)."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            editor = self.table.indexWidget(self.table.currentIndex())
            if editor is not None:
                self.table.commitData(editor)

    # ----- building -----------------------------------------------------------------------------
    def _setup(self) -> None:
        table = self.table
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if self.editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column in (NAME_EN, NAME_ZH):
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.setWordWrap(True)
        table.itemChanged.connect(self._item_edited)
        table.currentCellChanged.connect(lambda *_: self._current_moved())
        self.buttons["add"].clicked.connect(self.add)
        self.buttons["retire"].clicked.connect(self.retire)
        self.buttons["up"].clicked.connect(lambda: self.move(-1))
        self.buttons["down"].clicked.connect(lambda: self.move(1))

    def _render(self, current: int | None, column: int = NAME_EN) -> None:
        table = self.table
        with self._quietly():
            table.setRowCount(0)
            table.setRowCount(len(self.lines))
            for row, line in enumerate(self.lines):
                self._fill_row(row, line)
        table.resizeRowsToContents()
        if current is not None and 0 <= current < len(self.lines):
            table.setCurrentCell(current, column)
        self._current_moved()

    def _fill_row(self, row: int, line: RuleEdit) -> None:
        table, marks = self.table, self.problems.get(row, {})
        grey = table.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column, field in TEXT_COLUMNS.items():
            cell = QTableWidgetItem(getattr(line, field))
            if column == AMOUNT:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not line.active:
                cell.setForeground(grey)
            self._mark_cell(cell, marks.get(field, ""))
            table.setItem(row, column, cell)
        for column, field in CHECK_COLUMNS.items():
            cell = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            cell.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if self.editable else flags)
            cell.setCheckState(CHECKED if getattr(line, field) else UNCHECKED)
            table.setItem(row, column, cell)
        for column, (field, words) in COMBO_COLUMNS.items():
            box = QComboBox()
            for code, text in rule_words.choices(words, current_language()):
                box.addItem(text, code)
            value = getattr(line, field)
            if box.findData(value) < 0:  # a code of a later version: shown, kept
                box.addItem(value, value)
            box.setCurrentIndex(box.findData(value))
            box.setEnabled(self.editable)
            box.setStyleSheet(ERROR_STYLE if field in marks else "")
            box.setToolTip(marks.get(field, ""))
            box.currentIndexChanged.connect(
                lambda _i, r=row, f=field, b=box: self._chosen(r, f, b.currentData())
            )
            table.setCellWidget(row, column, _centred(box))
        header = QTableWidgetItem(f"{row + 1} ⚠" if marks else str(row + 1))
        header.setToolTip("\n".join(marks.values()))
        table.setVerticalHeaderItem(row, header)

    @staticmethod
    def _mark_cell(cell: QTableWidgetItem, message: str) -> None:
        cell.setBackground(ERROR_BRUSH if message else QBrush())
        cell.setToolTip(message)

    # ----- edits --------------------------------------------------------------------------------
    def _item_edited(self, cell: QTableWidgetItem) -> None:
        if self._loading or not 0 <= cell.row() < len(self.lines):
            return
        column = cell.column()
        if column in TEXT_COLUMNS:
            self._set(cell.row(), TEXT_COLUMNS[column], cell.text())
        elif column in CHECK_COLUMNS:
            self._set(cell.row(), CHECK_COLUMNS[column], cell.checkState() == CHECKED)
            if column == ACTIVE:  # the row's grey and the Retire button's words follow
                self._render(cell.row(), column)

    def _chosen(self, row: int, field: str, value: object) -> None:
        if not self._loading and 0 <= row < len(self.lines):
            self._set(row, field, value)

    def _set(self, row: int, field: str, value: object) -> None:
        self.lines[row] = dataclasses.replace(self.lines[row], **{field: value})
        marks = self.problems.get(row, {})
        if marks.pop(field, None) is not None:  # the sentence no longer holds: its mark goes
            column = FIELD_COLUMNS.get(field)
            cell = self.table.item(row, column) if column is not None else None
            if cell is not None:
                with self._quietly():
                    self._mark_cell(cell, "")
            elif column is not None:
                self.combo(row, column).setStyleSheet("")
        self.edited.emit()

    def _current_moved(self) -> None:
        row = self.table.currentRow()
        line = self.lines[row] if 0 <= row < len(self.lines) else None
        retire = self.buttons["retire"]
        if line is not None and not line.code:
            retire.setText(self.tr("&Remove new clock"))
        elif line is not None and not line.active:
            retire.setText(self.tr("Put back in &use"))
        else:
            retire.setText(self.tr("&Retire"))
        for name, enabled in (
            ("add", True),
            ("retire", line is not None),
            ("up", line is not None and row > 0),
            ("down", line is not None and row < len(self.lines) - 1),
        ):
            self.buttons[name].setEnabled(self.editable and enabled)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Changes the table makes itself (loading, marking) are no edits."""
        before, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = before


def _centred(box: QComboBox) -> QWidget:
    """A box at its own height in the middle of a row that wrapped names make taller."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(2, 0, 2, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignVCenter)
    return holder
