"""The 8D editor's row lists: a table with Add row / Remove row for any list of the registry
(the team, is / is not, documents updated, the roll-out), and the 5-Why chain, where each why
and its because are paragraphs side by side, numbered in order (a table cell is one line)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.eightd.fields import FieldSpec, Kind
from qa_desktop.gui.eightd_fields import MARK, FieldEditor, fit_height, refit_timer

ROW_HEIGHT = 28
MIN_ROWS, MAX_ROWS_SHOWN = 1, 10


def small_button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    button.setMinimumHeight(28)
    return button


class RowsField(FieldEditor):
    """A list of rows as a table: a choice column is a drop-down, the others are typed (a day
    as YYYY-MM-DD, which the core checks)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.table = QTableWidget(0, len(spec.columns), self)
        self.table.setHorizontalHeaderLabels([c.text() for c in spec.columns])
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # Its columns share the width: no sideways scrolling, so no room kept for a bar.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for index, column in enumerate(spec.columns):
            if column.kind in (Kind.CHOICE, Kind.DATE):
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        box.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = small_button(self.tr("Add row"), self)
        self.remove_button = small_button(self.tr("Remove row"), self)
        self.remove_button.setToolTip(self.tr("Remove the rows of the selected cells"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(lambda: self.remove_rows())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.layout_.addLayout(box)
        self._read_only = False
        self._fit()

    # ----- the value -----------------------------------------------------------------------------
    def value(self) -> tuple[dict[str, object], ...]:
        self.commit_open_cell()
        return tuple(self._row(r) for r in range(self.table.rowCount()))

    def _row(self, row: int) -> dict[str, object]:
        cells: dict[str, object] = {}
        for index, column in enumerate(self.spec.columns):
            if column.kind is Kind.CHOICE:
                combo = self.table.cellWidget(row, index)
                cells[column.key] = combo.currentData() if isinstance(combo, QComboBox) else ""
            else:
                item = self.table.item(row, index)
                cells[column.key] = item.text() if item is not None else ""
        return cells

    def set_value(self, value: object) -> None:
        rows = value if isinstance(value, (list, tuple)) else ()
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for row in rows:
                self._append(row)
        self._fit()

    def add_row(self, cells: dict[str, object] | None = None) -> int:
        """A row at the end (empty unless `cells`); its index."""
        with QSignalBlocker(self.table):
            index = self._append(cells or {})
        self._fit()
        self.table.setCurrentCell(index, 0)
        self.edited.emit()
        return index

    def remove_rows(self, rows: list[int] | None = None) -> None:
        chosen = rows if rows is not None else sorted(
            {i.row() for i in self.table.selectedIndexes()} | {self.table.currentRow()} - {-1}
        )  # fmt: skip
        for row in sorted(chosen, reverse=True):
            self.table.removeRow(row)
        self._fit()
        self.edited.emit()

    def _append(self, cells: dict[str, object]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self.spec.columns):
            value = cells.get(column.key, "")
            if column.kind is Kind.CHOICE:
                combo = QComboBox()
                combo.addItem("—", "")
                for option in column.options:
                    combo.addItem(option.text(), option.code)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.setEnabled(not self._read_only)
                combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
                self.table.setCellWidget(row, index, combo)
            else:
                text = value.isoformat() if isinstance(value, date) else str(value or "")
                item = QTableWidgetItem(text)
                if column.kind is Kind.DATE:
                    item.setToolTip(self.tr("A day as YYYY-MM-DD, such as 2026-03-12"))
                self.table.setItem(row, index, item)
        return row

    def set_cell(self, row: int, key: str, value: str) -> None:
        """Type `value` into a cell (a choice column: choose the code), as a person does."""
        index = next(i for i, c in enumerate(self.spec.columns) if c.key == key)
        widget = self.table.cellWidget(row, index)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        else:
            self.table.setItem(row, index, QTableWidgetItem(value))

    def commit_open_cell(self) -> None:
        """A cell still being typed in counts (Save without leaving the cell)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.table.isAncestorOf(editor):
            self.table.commitData(editor)

    # ----- looks and rights ----------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.NoEditTriggers if read_only else triggers.AllEditTriggers
        )
        for button in (self.add_button, self.remove_button):
            button.setVisible(not read_only)
        for row in range(self.table.rowCount()):
            for index in range(self.table.columnCount()):
                widget = self.table.cellWidget(row, index)
                if widget is not None:
                    widget.setEnabled(not read_only)

    def mark(self, row: int | None, column: str | None) -> None:
        if row is None or row >= self.table.rowCount():
            return
        keys = [c.key for c in self.spec.columns]
        indexes = [keys.index(column)] if column in keys else range(len(keys))
        with QSignalBlocker(self.table):
            for index in indexes:
                item = self.table.item(row, index)
                if item is not None:
                    item.setBackground(MARK)

    def clear_marks(self) -> None:
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                for index in range(self.table.columnCount()):
                    item = self.table.item(row, index)
                    if item is not None:
                        item.setData(Qt.ItemDataRole.BackgroundRole, None)

    def focus_widget(self) -> QWidget:
        return self.table

    def _fit(self) -> None:
        """As tall as its rows (at least one, at most ten; then it scrolls)."""
        rows = max(MIN_ROWS, min(self.table.rowCount(), MAX_ROWS_SHOWN))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * ROW_HEIGHT + 2 * self.table.frameWidth())


class WhyChainField(FieldEditor):
    """The 5-Why chain: "Why 1?" then its "because", which the next why asks about, and so on;
    each a paragraph. Rows left empty are no rows (the core drops them)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        box.addLayout(self.grid)
        buttons = QHBoxLayout()
        self.add_button = small_button(self.tr("Add a why"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.layout_.addLayout(box)
        self.rows: list[tuple[QLabel, QPlainTextEdit, QLabel, QPlainTextEdit, QPushButton]] = []
        self._read_only = False
        self._refit = refit_timer(self, self._fit_all)

    def value(self) -> tuple[dict[str, str], ...]:
        return tuple({"why": why.toPlainText(), "because": because.toPlainText()}
                     for _n, why, _arrow, because, _remove in self.rows)  # fmt: skip

    def set_value(self, value: object) -> None:
        rows = list(value) if isinstance(value, (list, tuple)) else []
        while self.rows:
            self._drop(len(self.rows) - 1)
        for row in rows or [{}]:  # an empty chain shows its first why to fill in
            self._append(str(row.get("why", "")), str(row.get("because", "")))

    def add_row(self) -> int:
        if len(self.rows) >= self.spec.max_rows:
            return len(self.rows) - 1
        self._append("", "")
        self.rows[-1][1].setFocus()
        self.edited.emit()
        return len(self.rows) - 1

    def remove_row(self, index: int) -> None:
        self._drop(index)
        self._renumber()
        self.edited.emit()

    def _append(self, why: str, because: str) -> None:
        index = len(self.rows)
        number = QLabel(self)
        why_edit, because_edit = self._paragraph(why), self._paragraph(because)
        arrow = QLabel("→", self)
        remove = QPushButton("×", self)
        remove.setAutoDefault(False)
        remove.setFixedWidth(28)
        remove.setToolTip(self.tr("Remove this why"))
        remove.clicked.connect(lambda _c=False, edit=why_edit: self._remove_of(edit))
        remove.setVisible(not self._read_only)
        for column, widget in enumerate((number, why_edit, arrow, because_edit, remove)):
            self.grid.addWidget(widget, index, column, Qt.AlignmentFlag.AlignTop)
        self.rows.append((number, why_edit, arrow, because_edit, remove))
        self._renumber()

    def _paragraph(self, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setTabChangesFocus(True)
        edit.setReadOnly(self._read_only)
        edit.setPlaceholderText(self.tr("Why?") if not self.rows else "")
        edit.textChanged.connect(lambda e=edit: self._changed(e))
        self._fit(edit)
        return edit

    def _changed(self, edit: QPlainTextEdit) -> None:
        self._fit(edit)
        self.edited.emit()

    def _fit(self, edit: QPlainTextEdit) -> None:
        fit_height(edit)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the paragraphs wrap anew
            self._refit.start()

    def _fit_all(self) -> None:
        for _n, why, _arrow, because, _remove in self.rows:
            fit_height(why)
            fit_height(because)

    def _remove_of(self, edit: QPlainTextEdit) -> None:
        index = next(i for i, row in enumerate(self.rows) if row[1] is edit)
        self.remove_row(index)

    def _drop(self, index: int) -> None:
        for widget in self.rows.pop(index):
            self.grid.removeWidget(widget)
            widget.hide()  # gone from the screen now; from memory when the event loop runs
            widget.deleteLater()
        for row, widgets in enumerate(self.rows):  # close the gap in the grid
            for column, widget in enumerate(widgets):
                self.grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)

    def _renumber(self) -> None:
        for n, (number, why, _arrow, because, _remove) in enumerate(self.rows, 1):
            number.setText(self.tr("Why %1").replace("%1", str(n)))
            why.setPlaceholderText(self.tr("Why?"))
            because.setPlaceholderText(self.tr("Because …"))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for _n, why, _arrow, because, remove in self.rows:
            why.setReadOnly(read_only)
            because.setReadOnly(read_only)
            remove.setVisible(not read_only)

    def mark(self, row: int | None, column: str | None) -> None:
        if row is None or row >= len(self.rows):
            return
        _n, why, _arrow, because, _remove = self.rows[row]
        for key, edit in (("why", why), ("because", because)):
            if column in (None, key):
                edit.setStyleSheet(f"background: {MARK.name()};")

    def clear_marks(self) -> None:
        for _n, why, _arrow, because, _remove in self.rows:
            why.setStyleSheet("")
            because.setStyleSheet("")

    def focus_widget(self) -> QWidget:
        return self.rows[0][1] if self.rows else self.add_button
