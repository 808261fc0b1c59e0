"""The choices of the item selected in the template editor: a small table (code, English,
Chinese) with Add and Remove, live only while that item is a choice item.

The rows' choices are the editor's ItemRow.choices lists, edited in place; `edited` tells the
editor to refresh the row's summary and take its mark off."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem

from qa_desktop.core.checklists import ItemKind
from qa_desktop.core.i18n import current_language
from qa_desktop.core.text import single_spaced
from qa_desktop.gui.checklist_rows import ItemRow
from qa_desktop.gui.forms.ui_checklist_editor import Ui_ChecklistEditorForm


class ChoicesPanel(QObject):
    edited = Signal()

    def __init__(self, ui: Ui_ChecklistEditorForm, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.row: ItemRow | None = None
        self._quiet = False
        ui.choices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.choices.itemChanged.connect(self._cell_edited)
        ui.add_choice.clicked.connect(self.add_choice)
        ui.remove_choice.clicked.connect(self.remove_choice)

    def show(self, row: ItemRow | None, number: int) -> None:
        """The choices of `row` (the item at `number`), or none when it is not a choice item."""
        is_choice = row is not None and row.kind is ItemKind.CHOICE
        self.row = row if is_choice else None
        group = self.ui.choices_group
        group.setEnabled(is_choice)
        if row is not None and is_choice:
            named = row.item().label(current_language()) or single_spaced(row.key)
            title = (
                self.tr("Choices of item %1 (“%2”): code, English, Chinese").replace("%2", named)
                if named
                else self.tr("Choices of item %1: code, English, Chinese")
            )
            group.setTitle(title.replace("%1", str(number + 1)))
        else:
            group.setTitle(self.tr("Choices: only a choice item has them"))
        self._fill()

    def add_choice(self) -> None:
        if self.row is None:
            return
        self.commit_open_cell()
        self.row.choices.append(["", "", ""])
        self._fill()
        table, last = self.ui.choices, len(self.row.choices) - 1
        table.setCurrentCell(last, 0)
        table.editItem(table.item(last, 0))

    def remove_choice(self) -> None:
        chosen = self.ui.choices.currentRow()
        if self.row is None or not 0 <= chosen < len(self.row.choices):
            return
        self.commit_open_cell()
        del self.row.choices[chosen]
        self._fill()
        self.edited.emit()

    def commit_open_cell(self) -> None:
        table = self.ui.choices
        if table.state() == QAbstractItemView.State.EditingState:
            editor = table.indexWidget(table.currentIndex())
            if editor is not None:
                table.commitData(editor)

    def _fill(self) -> None:
        table, choices = self.ui.choices, self.row.choices if self.row is not None else []
        with self._quietly():
            table.setRowCount(len(choices))
            for number, parts in enumerate(choices):
                for column, text in enumerate(parts):
                    table.setItem(number, column, QTableWidgetItem(text))
        table.resizeRowsToContents()

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        if self._quiet or self.row is None:
            return
        self.row.choices[cell.row()][cell.column()] = cell.text()
        self.edited.emit()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        before, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = before
