"""The list of overdue actions across cases that the due bar's action counts open
(gui/due_bar.py): the longest overdue first; a double-click opens the case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from qa_desktop.gui.screen_fit import fit_to_screen


class OverdueActions(QDialog):
    """Overdue actions across cases, the longest overdue first; double-click opens the case."""

    def __init__(self, parent: QWidget, rows: list, open_case: Callable[[int], object]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Actions overdue"))
        self.rows = rows
        table = self.table = QTableWidget(len(rows), 5, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Case no."), self.tr("Action"), self.tr("Owner"), self.tr("Due"),
             self.tr("Department")]
        )  # fmt: skip
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for n, row in enumerate(rows):
            cells = (row.case_no, f"{row.number}. {row.description}", row.owner_name,
                     row.due_date.isoformat(), row.department)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.complaint_id)
                table.setItem(n, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.itemDoubleClicked.connect(lambda item: open_case(item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        fit_to_screen(self, self.sizeHint().expandedTo(parent.size() * 0.6))
