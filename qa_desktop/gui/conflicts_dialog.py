"""Conflicts a return pack left (ui/conflicts.ui): each field changed at both ends, this
database's value beside the laptop's, and a choice per field. Only fields with a choice are
settled (services.conflicts.resolve, one transaction); the others stay open."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services import conflicts
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.forms.ui_conflicts import Ui_ConflictsForm
from qa_desktop.gui.screen_fit import fit_to_screen

PREFERRED_SIZE = QSize(1000, 540)
SHOWN = 200  # characters of a value in its cell; the whole value is its tooltip


class ConflictsDialog(QDialog):
    def __init__(
        self,
        actor: Actor,
        parent: QWidget | None = None,
        user: UserSettings | None = None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.actor, self.clock = actor, clock
        self.ui = Ui_ConflictsForm()
        self.ui.setupUi(self)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.ui.all_ours.clicked.connect(lambda: self._choose_all(conflicts.OURS))
        self.ui.all_theirs.clicked.connect(lambda: self._choose_all(conflicts.THEIRS))
        self.rows: list[conflicts.ConflictRow] = []
        self.reload()
        if user is not None:
            fit_to_screen(self, PREFERRED_SIZE, user, "conflicts")

    def reload(self) -> None:
        self.rows = conflicts.open_conflicts(current_language())
        table = self.ui.fields
        table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            for column, value in enumerate((row.where, row.label, row.ours, row.theirs)):
                text = _shown(value)
                item = QTableWidgetItem(text[:SHOWN] + ("…" if len(text) > SHOWN else ""))
                item.setToolTip(text)
                table.setItem(number, column, item)
            table.setCellWidget(number, 4, self._choice())
        table.resizeColumnsToContents()
        for column in range(2):
            table.setColumnWidth(column, min(table.columnWidth(column), 260))
        header = table.horizontalHeader()
        for column in (2, 3):  # the two values side by side share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        self.ui.error.setText(
            "" if self.rows else self.tr("No conflicts are waiting for a choice.")
        )

    def choose(self, index: int, choice: str) -> None:
        combo = self._combo(index)
        combo.setCurrentIndex(combo.findData(choice))

    def choices(self) -> dict[int, str]:
        picked = {}
        for index, row in enumerate(self.rows):
            data = self._combo(index).currentData()
            if data:
                picked[row.id] = data
        return picked

    def apply(self) -> None:
        picked = self.choices()
        if not picked:
            self.ui.error.setText(self.tr("Choose which value to keep for at least one field."))
            return
        try:
            conflicts.resolve(picked, self.actor, self.clock)
        except UserError as exc:
            self.ui.error.setText(str(exc))
            return
        self.reload()
        if not self.rows:
            self.accept()

    def _choice(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Choose…"), "")
        combo.addItem(self.tr("This database's"), conflicts.OURS)
        combo.addItem(self.tr("The laptop's"), conflicts.THEIRS)
        combo.setMinimumHeight(32)  # a finger or a pen on a laptop's touch screen
        return combo

    def _combo(self, index: int) -> QComboBox:
        widget = self.ui.fields.cellWidget(index, 4)
        assert isinstance(widget, QComboBox)
        return widget

    def _choose_all(self, choice: str) -> None:
        for index in range(len(self.rows)):
            self.choose(index, choice)

    def sizeHint(self) -> QSize:
        return QSize(1000, 540)


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        try:
            parsed = json.loads(value)  # checklist answers are stored as JSON text
        except ValueError:
            return value
        if isinstance(parsed, dict):
            return "; ".join(f"{k}: {v}" for k, v in parsed.items())
        return value
    return str(value)
