"""Mark a response clock met (ui/clock_met.ui): what was done and when, the time in the
department's zone (gui/received_time.py), now unless changed. OK runs the service; a refusal is
said beside the field it concerns, what was typed kept.

The editor counts whole minutes: a time left as it was offered means "now", as the service
takes it, and the minute the clock started means when it started (not the seconds before it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desktop.core import settings
from qa_desktop.core.errors import UserError
from qa_desktop.gui.field_errors import (
    clear_when_edited,
    error_labels,
    show_field_errors,
    show_refusal,
)
from qa_desktop.gui.forms.ui_clock_met import Ui_ClockMetForm
from qa_desktop.gui.received_time import ReceivedTime
from qa_desktop.gui.screen_fit import fit_height

Meet = Callable[[str, datetime | None], Any]  # (note, when; None: now) -> the service's result


class ClockMetDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, name: str, started: datetime, now: datetime, act: Meet
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClockMetForm()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Mark met"))
        self.ui.heading.setText(
            self.tr("What was done to meet “%1”, and when? It is recorded as met by you.")
            .replace("%1", name)
        )  # fmt: skip
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark met"))
        zone = settings.department_zone()
        self._time = ReceivedTime(self.ui.met_at, self.ui.met_at_zone, self.ui.met_at_entered, zone)
        self._time.show(now)
        self._offered = self._time.value()
        self._started = started
        self._act = act
        self.result_value: Any = None
        self._errors = error_labels(self)
        clear_when_edited(self.ui, self._errors)
        self._clear_errors()
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.note.setFocus()
        fit_height(self)

    @property
    def note(self) -> str:
        return self.ui.note.toPlainText()

    def met_at(self) -> datetime | None:
        """When the clock was met as typed; None when left at the time offered (now)."""
        typed = self._time.value()
        if typed == self._offered:
            return None
        started = self._started.astimezone(UTC)
        if typed.astimezone(UTC) == started.replace(second=0, microsecond=0):
            return self._started
        return typed

    def _clear_errors(self) -> None:
        show_field_errors(self._errors, [], self.ui.error)

    def accept(self) -> None:
        self._clear_errors()
        try:
            self.result_value = self._act(self.note, self.met_at())
        except UserError as exc:
            show_refusal(self._errors, exc, self.ui.error)
            fit_height(self)
            return
        super().accept()
