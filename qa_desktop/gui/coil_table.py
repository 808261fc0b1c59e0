"""The complaint form's coil and lot lines: one editable table row per coil, errors on the cells.

Columns are the `CoilDraft` fields in order (ui/complaint_form.ui names their headers). A bad cell
is coloured and carries its sentence; editing the cell takes the mark off at once, and `edited`
tells the form to say so beside the table as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core.drafts import CoilDraft
from qa_desktop.core.vocab import Unit
from qa_desktop.gui.values import fill, text_of, unit_choices, unit_label

COLUMNS = tuple(f.name for f in fields(CoilDraft))  # the table's columns, in order
CODE_ROLE = Qt.ItemDataRole.UserRole  # a vocabulary cell shows the label and keeps the code
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1  # the sentence of a marked cell
ERROR_BRUSH = QBrush(QColor("#fbd5d2"))
NEW_LINE_UNIT = Unit.TONNES  # coils are weighed: a new line starts in tonnes


class CoilTable(QTableWidget):
    """Coil lines as typed; marks for the lines validation refused. A subclass holding other
    lines (a site visit's) names its draft type, its columns and a new line's unit."""

    edited = Signal()  # a cell changed, or a line came or went
    draft_type: type = CoilDraft
    columns: tuple[str, ...] = COLUMNS
    new_line_unit: Unit = NEW_LINE_UNIT

    @property
    def unit_column(self) -> int:
        return self.columns.index("unit")

    def column_of(self, field: str) -> int:
        return self.columns.index(field) if field in self.columns else 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False  # while the table itself writes cells (loading, marking)
        self.itemChanged.connect(self._item_changed)

    def configure(self) -> None:
        """After the form set the columns up: the unit's choices, columns filling the width."""
        self.setItemDelegateForColumn(self.unit_column, ChoiceDelegate(unit_choices(), self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def set_read_only(self, read_only: bool) -> None:
        """Lines shown, none typed in (a form read only: a closed case, roles that may not edit)."""
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )

    # ----- lines -----------------------------------------------------------------------------
    def add_line(self, *, edit: bool = True) -> None:
        row = self.rowCount()
        with self._quietly():
            self.insertRow(row)
            self.setItem(row, self.unit_column, _unit_item(self.new_line_unit))
        if edit:
            self.setFocus()
            self.setCurrentCell(row, 0)
        self.edited.emit()

    def remove_lines(self) -> None:
        """The lines of the selected cells, and the current one."""
        rows = {index.row() for index in self.selectedIndexes()}
        if self.currentRow() >= 0:
            rows.add(self.currentRow())
        for row in sorted(rows, reverse=True):
            self.removeRow(row)
        self.edited.emit()

    def set_coils(self, coils) -> None:
        """Show `coils` (drafts of `draft_type`) as the table's lines."""
        with self._quietly():
            self.setRowCount(0)
            for coil in coils:
                self.append_coil(coil)

    def append_coil(self, coil) -> None:
        with self._quietly():
            row = self.rowCount()
            self.insertRow(row)
            for column, name in enumerate(self.columns):
                value = getattr(coil, name)
                unit = column == self.unit_column
                item = _unit_item(value) if unit else QTableWidgetItem()
                if not unit:
                    item.setText(text_of(value))
                self.setItem(row, column, item)

    def drafts(self) -> list:
        """Every line, blank ones too, so an error's row is the table's row."""
        return [
            self.draft_type(**{name: self._cell(row, col) for col, name in enumerate(self.columns)})
            for row in range(self.rowCount())
        ]

    def commit_open_cell(self) -> None:
        """A cell still being typed in counts (Ctrl+S saves without leaving the cell)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())  # the open editor, while editing
        if editor is not None:
            self.commitData(editor)

    # ----- marks -------------------------------------------------------------------------------
    def mark(self, row: int, field: str, message: str) -> None:
        """Colour the bad cell and keep its sentence (colour alone is easy to miss)."""
        column = self.column_of(field)
        with self._quietly():
            item = self.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.setItem(row, column, item)
            item.setBackground(ERROR_BRUSH)
            item.setToolTip(message)
            item.setData(ERROR_ROLE, message)

    def clear_marks(self) -> None:
        with self._quietly():
            for row in range(self.rowCount()):
                for column in range(self.columnCount()):
                    item = self.item(row, column)
                    if item is not None and item.data(ERROR_ROLE):
                        _unmark(item)

    def marked_lines(self) -> list[str]:
        """What the marks say, in words and in reading order: "Line 2, Unit: …"."""
        lines = []
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None and item.data(ERROR_ROLE):
                    header = _one_line(self.horizontalHeaderItem(column).text())
                    text = self.tr("Line %1, %2: %3").replace("%1", str(row + 1))
                    lines.append(text.replace("%2", header).replace("%3", item.data(ERROR_ROLE)))
        return lines

    def first_mark(self) -> tuple[int, int] | None:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None and item.data(ERROR_ROLE):
                    return row, column
        return None

    # ----- inside --------------------------------------------------------------------------------
    def _cell(self, row: int, column: int) -> str:
        item = self.item(row, column)
        if item is None:
            return ""
        if column == self.unit_column:
            return item.data(CODE_ROLE) or ""
        return item.text()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._quiet:
            return
        if item.data(ERROR_ROLE):
            with self._quietly():
                _unmark(item)  # corrected, or at least changed: the old sentence no longer holds
        self.edited.emit()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Changes the table makes itself (loading, marking) are no edits."""
        before, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = before


class ChoiceDelegate(QStyledItemDelegate):
    """A table column that offers a vocabulary: the cell shows the label and keeps the code."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        fill(combo, self._choices)
        combo.activated.connect(lambda _index: self.commitData.emit(combo))  # a pick lands at once
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(CODE_ROLE) or "")))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", CODE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


def _one_line(header: str) -> str:
    """A header broken over two lines, as a sentence names it: "Defective among used", 已使用中不良."""
    parts = header.split("\n")
    text = parts[0]
    for part in parts[1:]:
        text += (" " if text[-1:].isascii() else "") + part
    return text


def _unit_item(code: object) -> QTableWidgetItem:
    item = QTableWidgetItem(unit_label(code))
    item.setData(CODE_ROLE, code or "")
    return item


def _unmark(item: QTableWidgetItem) -> None:
    item.setData(Qt.ItemDataRole.BackgroundRole, None)
    item.setToolTip("")
    item.setData(ERROR_ROLE, None)
