"""The working calendar tab of clocks_dialog.py: the zone, the working weekdays and hours, the
public holidays and make-up working days (added with a date picker, or a year of China's from
the chinese-calendar package), the note, and the calendar as a JSON file to import or export.

The month view colours holidays red and make-up days blue, so a person can lay it beside the
State Council's notice. Nothing here writes to the database: Save (the dialog) does, through
services.clock_edits; an import or China's year only changes what the tab shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCheckBox, QCompleter, QHeaderView, QListWidgetItem, QTimeEdit

from qa_desktop.core import settings
from qa_desktop.core.clocks.calendar import CONTEXT, HOLIDAY_AND_MAKEUP, WorkingCalendar
from qa_desktop.core.clocks.holiday_gaps import missing_holidays_text, years_without_holidays
from qa_desktop.core.clocks.rules import SEEDED_RULES, ClockRule
from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.core.i18n import translate
from qa_desktop.core.services.clock_edits import CalendarEdit, calendar_of
from qa_desktop.core.zones import zone_choices
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_clocks_dialog import Ui_ClocksDialogForm

FIELDS = ("zone", "week", "hours", "holidays", "note")
HOLIDAY_COLOUR, HOLIDAY_BACK = QColor("#b3261e"), QColor("#fbd5d2")
MAKEUP_COLOUR, MAKEUP_BACK = QColor("#0b57d0"), QColor("#d3e3fd")
OFF_COLOUR = QColor("#8a8a8a")  # a weekday off
ERROR_STYLE = "color: #b3261e;"
DATE_ROLE = Qt.ItemDataRole.UserRole


class CalendarTab(QObject):
    """Drives the calendar tab's widgets; `edited` after every change a person makes."""

    edited = Signal()

    def __init__(
        self,
        ui: Ui_ClocksDialogForm,
        now: Callable[[], datetime],
        *,
        editable: bool,
        rules: Sequence[ClockRule] = SEEDED_RULES,
    ) -> None:
        super().__init__(ui.calendar_tab)
        self.ui, self._now, self.editable = ui, now, editable
        self.rules = tuple(rules)  # how far a clock started now can run (the years it needs)
        self.holidays: set[date] = set()
        self.makeup_days: set[date] = set()
        self.weekdays = [QCheckBox(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat))
                         for day in range(7)]  # fmt: skip
        self._loading = False
        self._setup()

    # ----- what the dialog uses ----------------------------------------------------------------
    def load(self, calendar: WorkingCalendar) -> None:
        self._loading = True
        ui = self.ui
        self._load_zones(calendar.zone.key)
        self._show_zone_hint()
        for day, box in enumerate(self.weekdays):
            box.setChecked(day in calendar.week)
        ui.hours.setRowCount(0)
        for start, end in calendar.hours:
            self._add_span_row(start, end)
        self.holidays, self.makeup_days = set(calendar.holidays), set(calendar.makeup_days)
        ui.note.setPlainText(calendar.note)
        self._loading = False
        self._show_days()
        if missing := self.years_without_holidays():  # China's year ready for that one
            self.ui.china_year.setValue(missing[0])
        self.clear_problems()

    def edit(self) -> CalendarEdit:
        """The calendar as the tab shows it (checked when saved or exported)."""
        week = frozenset(day for day, box in enumerate(self.weekdays) if box.isChecked())
        hours = tuple(
            (self._time(row, 0), self._time(row, 1)) for row in range(self.ui.hours.rowCount())
        )
        return CalendarEdit(
            self._typed_zone(), week, hours, frozenset(self.holidays),
            frozenset(self.makeup_days), self.ui.note.toPlainText(),
        )  # fmt: skip

    def years_without_holidays(self) -> tuple[int, ...]:
        """The years the clocks can run into that the lists shown hold no public holiday for."""
        shown = WorkingCalendar(settings.department_zone(), holidays=frozenset(self.holidays))
        return years_without_holidays(shown, self._now(), self.rules)

    def show_problems(self, problems: list[FieldError]) -> None:
        for problem in problems:
            if problem.field in FIELDS:
                show_message(getattr(self.ui, f"{problem.field}_error"), problem.message)

    def clear_problems(self) -> None:
        for field in FIELDS:
            show_message(getattr(self.ui, f"{field}_error"), "")

    def say_file(self, text: str, error: bool = False) -> None:
        self._say(self.ui.file_message, text, error)

    def import_file(self, path: Path) -> bool:
        """Show the calendar a file holds; a file that is none is refused in one sentence
        beside the button, and the tab keeps what it showed."""
        from qa_desktop.core.clocks.calendar_files import read_calendar_file

        try:
            calendar = read_calendar_file(path)
        except UserError as exc:
            self.say_file(str(exc), error=True)
            return False
        self.load(calendar)
        self.say_file(
            self.tr("The calendar from %1 is shown; Save stores it.").replace("%1", path.name)
        )
        self.edited.emit()
        return True

    def export_file(self, path: Path) -> bool:
        from qa_desktop.core.clocks.calendar_files import write_calendar_file

        calendar = self.checked()
        if calendar is None:
            self.say_file(self.tr("Correct what is marked in red, then export."), error=True)
            return False
        try:
            written = write_calendar_file(calendar, path)
        except UserError as exc:
            self.say_file(str(exc), error=True)
            return False
        self.say_file(self.tr("The calendar was written to %1.").replace("%1", str(written)))
        return True

    def checked(self) -> WorkingCalendar | None:
        """The calendar shown if it is one (problems said beside their fields), else None."""
        self.clear_problems()
        try:
            return calendar_of(self.edit())
        except ValidationError as exc:
            self.show_problems(exc.errors)
            return None

    def add_china_year(self) -> bool:
        """China's public holidays and make-up working days of the chosen year, from the
        package, into the lists; what it added (or why it could not) said beneath."""
        from qa_desktop.core.clocks.china_holidays import with_china_year

        year = self.ui.china_year.value()
        shown = WorkingCalendar(
            ZoneInfo("UTC"), holidays=frozenset(self.holidays),
            makeup_days=frozenset(self.makeup_days), note=self.ui.note.toPlainText(),
        )  # fmt: skip
        try:
            added = with_china_year(shown, year)
        except UserError as exc:
            self._say(self.ui.china_message, str(exc), error=True)
            return False
        self.holidays, self.makeup_days = (
            set(added.calendar.holidays),
            set(added.calendar.makeup_days),
        )
        self.ui.note.setPlainText(added.calendar.note)
        self._show_days(QDate(year, 1, 1))
        if added.holidays or added.makeup_days or added.moved:
            text = self.tr(
                "Added %1 days off and %2 make-up working days for %3; check them against "
                "the notice, then Save."
            )
            text = text.replace("%1", str(added.holidays)).replace("%2", str(added.makeup_days))
        else:
            text = self.tr("The lists already hold China's days for %3.")
        self._say(self.ui.china_message, text.replace("%3", str(year)))
        self.edited.emit()
        return True

    def add_day(self, kind: str) -> bool:
        """The picked date into the holidays ("holiday") or the make-up days ("makeup")."""
        day = self.ui.day.date().toPython()
        mine, other = (
            (self.holidays, self.makeup_days)
            if kind == "holiday"
            else (self.makeup_days, self.holidays)
        )
        if day in other:  # the calendar's own sentence, before it is ever built
            message = translate(CONTEXT, HOLIDAY_AND_MAKEUP).format(day=day.isoformat())
            show_message(self.ui.holidays_error, message)
            return False
        show_message(self.ui.holidays_error, "")
        if day not in mine:
            mine.add(day)
            self.edited.emit()
        self._show_days(select=day)
        return True

    def remove_selected_days(self) -> None:
        ui = self.ui
        gone = {
            item.data(DATE_ROLE)
            for widget in (ui.holidays, ui.makeup_days)
            for item in widget.selectedItems()
        }
        if gone:
            self.holidays -= gone
            self.makeup_days -= gone
            show_message(ui.holidays_error, "")
            self._show_days()
            self.edited.emit()

    def add_span(self) -> None:
        rows = self.ui.hours.rowCount()
        last = self._time(rows - 1, 1) if rows else time(8)
        start = min(last.hour + 1, 22)
        self._add_span_row(time(start), time(start + 1))
        self.ui.hours.setCurrentCell(rows, 0)
        self.edited.emit()

    def remove_span(self) -> None:
        row = self.ui.hours.currentRow()
        if 0 <= row < self.ui.hours.rowCount():
            self.ui.hours.removeRow(row)
            self.edited.emit()

    # ----- building -----------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        for day, box in enumerate(self.weekdays):
            ui.week_grid.addWidget(box, day // 4, day % 4)
            box.setEnabled(self.editable)
            box.toggled.connect(self._week_changed)
        hours = ui.hours.horizontalHeader()
        hours.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.hours.verticalHeader().hide()
        ui.hours.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # 2 columns fit
        completer = QCompleter(ui.zone.model(), ui.zone)  # "shang" finds Asia/Shanghai
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.zone.setCompleter(completer)
        ui.zone.currentTextChanged.connect(self._zone_changed)
        ui.note.textChanged.connect(self._changed)
        ui.day.setDate(QDate(self._now().date()))
        ui.day.dateChanged.connect(lambda d: ui.month_view.setSelectedDate(d))
        ui.month_view.clicked.connect(ui.day.setDate)
        ui.month_view.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        ui.china_year.setValue(self._now().year)
        ui.add_holiday.clicked.connect(lambda: self.add_day("holiday"))
        ui.add_makeup.clicked.connect(lambda: self.add_day("makeup"))
        ui.remove_days.clicked.connect(self.remove_selected_days)
        ui.add_span.clicked.connect(self.add_span)
        ui.remove_span.clicked.connect(self.remove_span)
        ui.add_china.clicked.connect(self.add_china_year)
        legend = self.tr(
            "<span style='color:%1'>■</span> public holiday (day off) "
            "<span style='color:%2'>■</span> make-up working day "
            "<span style='color:%3'>■</span> weekday off"
        )
        for marker, colour in (("%1", HOLIDAY_COLOUR), ("%2", MAKEUP_COLOUR), ("%3", OFF_COLOUR)):
            legend = legend.replace(marker, colour.name())
        ui.legend.setText(legend)
        self._say(self.ui.china_message, _package_hint())
        self.say_file("")
        for widget in (ui.zone, ui.note, ui.day, ui.add_holiday, ui.add_makeup, ui.remove_days,
                       ui.add_span, ui.remove_span, ui.add_china, ui.china_year, ui.hours,
                       ui.import_calendar):  # fmt: skip
            widget.setEnabled(self.editable)
        ui.note.setReadOnly(not self.editable)

    def _load_zones(self, current: str) -> None:
        combo = self.ui.zone
        combo.blockSignals(True)
        combo.clear()
        for choice in zone_choices(self._now(), current):
            combo.addItem(choice.label, choice.key)
        combo.setCurrentIndex(combo.findData(current))
        combo.blockSignals(False)

    def _typed_zone(self) -> str:
        """The zone key the combo's text names: a listed label, or a key typed as such."""
        combo = self.ui.zone
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = combo.findData(text.split(" (", 1)[0], flags=Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else text

    def _add_span_row(self, start: time, end: time) -> None:
        table = self.ui.hours
        row = table.rowCount()
        table.insertRow(row)
        for column, value in ((0, start), (1, end)):
            edit = QTimeEdit(QTime(value.hour, value.minute))
            edit.setDisplayFormat("HH:mm")
            edit.setEnabled(self.editable)
            edit.timeChanged.connect(self._changed)
            table.setCellWidget(row, column, edit)
        table.resizeRowsToContents()

    def _time(self, row: int, column: int) -> time:
        widget = self.ui.hours.cellWidget(row, column)
        assert isinstance(widget, QTimeEdit)
        return widget.time().toPython().replace(second=0, microsecond=0)

    # ----- the lists and the month view ---------------------------------------------------------
    def _show_days(self, page: QDate | None = None, select: date | None = None) -> None:
        ui, locale = self.ui, QLocale()
        for widget, days in ((ui.holidays, self.holidays), (ui.makeup_days, self.makeup_days)):
            widget.clear()
            for day in sorted(days):
                name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                item = QListWidgetItem(f"{day.isoformat()}  {name}")
                item.setData(DATE_ROLE, day)
                widget.addItem(item)
                if day == select:
                    widget.setCurrentItem(item)
                    widget.scrollToItem(item)
        view = ui.month_view
        view.setDateTextFormat(QDate(), QTextCharFormat())  # every earlier colour off
        for day, box in enumerate(self.weekdays):  # days off grey, not Qt's red weekend
            plain = QTextCharFormat()
            if not box.isChecked():
                plain.setForeground(QBrush(OFF_COLOUR))
            view.setWeekdayTextFormat(Qt.DayOfWeek(day + 1), plain)
        for days, colour, back in (
            (self.holidays, HOLIDAY_COLOUR, HOLIDAY_BACK),
            (self.makeup_days, MAKEUP_COLOUR, MAKEUP_BACK),
        ):
            mark = QTextCharFormat()
            mark.setForeground(QBrush(colour))
            mark.setBackground(QBrush(back))
            mark.setFontWeight(700)
            for day in days:
                view.setDateTextFormat(QDate(day), mark)
        if page is not None:
            view.setCurrentPage(page.year(), page.month())
        # The banner goes as soon as the lists hold a holiday of that year (Save stores it).
        show_message(ui.gap_banner, missing_holidays_text(self.years_without_holidays()))

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _zone_changed(self, *_args: object) -> None:
        self._show_zone_hint()
        self._changed()

    def _show_zone_hint(self) -> None:
        """Say so when the calendar counts in another zone than the one the screens show."""
        department = settings.department_zone().key
        hint = ""
        if self._typed_zone() != department:
            hint = self.tr(
                "The department's time zone is %1; working time is counted in the zone chosen here."
            ).replace("%1", department)
        show_message(self.ui.zone_hint, hint)

    def _week_changed(self, *_args: object) -> None:
        if not self._loading:
            self._show_days()
            self.edited.emit()

    def _say(self, label, text: str, error: bool = False) -> None:
        label.setStyleSheet(ERROR_STYLE if error else "")
        show_message(label, text)


def _package_hint() -> str:
    """What the package knows, before anyone asks for a year it does not."""
    from qa_desktop.core.clocks.china_holidays import AFTER_KNOWN, known_years

    try:
        _first, last = known_years()
    except UserError as exc:  # the package is missing: said once, here
        return str(exc)
    return translate(CONTEXT, AFTER_KNOWN).format(year=last)
