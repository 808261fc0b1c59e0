"""The complaint form's received time, in one zone: the department's (settings.department_zone()).

It is shown and typed there whatever zone this PC runs in, and the zone is named beside the
field; the zone a stored complaint was entered in is named below it only where it differs. The
editor runs on a UTC wall clock, so the PC's own daylight-saving gaps cannot shift a typed time.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QLabel

from qa_desktop.core.clock import zone_name

UTC_ZONE = QTimeZone(QTimeZone.Initialization.UTC)


class ReceivedTime(QObject):
    """`edit` shows wall-clock minutes in `zone`; `zone_label` names it, `entered_label` says
    where a stored complaint was entered when that was elsewhere."""

    def __init__(
        self, edit: QDateTimeEdit, zone_label: QLabel, entered_label: QLabel, zone: ZoneInfo
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._entered = entered_label
        self._zone = zone
        self._stored: datetime | None = None  # an edit's time as stored, kept when untouched
        edit.setTimeZone(UTC_ZONE)
        zone_label.setText(zone.key)
        zone_label.setToolTip(self.tr("Times on this form are in the department's zone"))
        entered_label.hide()

    def show_stored(self, moment: datetime) -> None:
        """A stored complaint's time: kept as stored (zone, seconds) unless it is retyped."""
        self._stored = moment
        self.show(moment)

    def show(self, moment: datetime) -> None:
        shown = moment.astimezone(self._zone)
        day, minute = QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute)
        self._edit.setDateTime(QDateTime(day, minute, UTC_ZONE))
        entered_in = zone_name(moment)
        differs = self._stored is not None and entered_in != self._zone.key
        if differs:
            text = self.tr("Entered as %1 (%2)").replace("%1", f"{moment:%Y-%m-%d %H:%M}")
            self._entered.setText(text.replace("%2", entered_in))
        self._entered.setVisible(differs)

    def value(self) -> datetime:
        """The typed wall time in the department's zone; a stored time left alone as stored
        (saving an edit does not move it, nor change the zone it was entered in)."""
        value = self._edit.dateTime()
        day, time = value.date(), value.time()
        wall = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        stored = self._stored
        if stored is not None:
            shown = stored.astimezone(self._zone).replace(second=0, microsecond=0, tzinfo=None)
            if shown == wall:
                return stored
        return wall.replace(tzinfo=self._zone)
