"""A record's history (ui/history.ui): its audit trail, oldest first, in the department's zone.

What the trail holds is English (codes, field names), as it is stored and as `verify` checks
it; the headings are translated. It only reads."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from qa_desktop.core import settings
from qa_desktop.core.history import HistoryRow
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.forms.ui_history import Ui_HistoryForm
from qa_desktop.gui.screen_fit import fit_to_screen


class HistoryDialog(QDialog):
    def __init__(
        self,
        rows: list[HistoryRow],
        title: str,
        parent: QWidget | None = None,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryForm()
        self.ui.setupUi(self)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.heading.setText(title)
        self._fill(rows)
        if user is not None:
            fit_to_screen(self, QSize(900, 520), user, "history")

    def _fill(self, rows: list[HistoryRow]) -> None:
        zone = settings.department_zone()
        table = self.ui.entries
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            shown = row.at.astimezone(zone)
            cells = (f"{shown:%Y-%m-%d %H:%M}", row.actor, row.action, row.reason, row.changes)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(number, column, item)
        table.resizeColumnsToContents()
        for column in range(4):
            table.setColumnWidth(column, min(table.columnWidth(column), 220))
        table.resizeRowsToContents()
