"""Tools → Response clocks and calendar, driven as an administrator drives it: a rule edited,
refused beside its cell, retired; holidays and make-up days picked and checked on the month
view; a calendar file imported (a good one and hostile ones) and exported; China's year from
the package. Each outcome is checked in the database (written, or not at all) and on screen."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from acting import questions, retype  # noqa: F401 - questions: an autouse fixture
from conftest import ADMIN, ENGINEER, set_department_zone
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from qa_desktop.core.clocks.calendar_files import read_calendar_file, write_calendar_file
from qa_desktop.core.clocks.calendar_json import calendar_to_json
from qa_desktop.core.clocks.china_holidays import known_years
from qa_desktop.core.models import AuditEntry, ClockRuleRow, DepartmentCalendar
from qa_desktop.core.services import clock_rules
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.calendar_tab import HOLIDAY_BACK, MAKEUP_BACK
from qa_desktop.gui.clock_rules_table import (
    ACTIVE,
    AMOUNT,
    MET_ON,
    NAME_EN,
    NAME_ZH,
    PAUSABLE,
    UNIT,
)
from qa_desktop.gui.clocks_dialog import ClocksDialog
from qa_desktop.gui.coil_table import ERROR_BRUSH
from qa_desktop.gui.main_window import MainWindow

NOW = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # every test's "now": never the real clock


def clock() -> datetime:
    return NOW


@pytest.fixture
def dialog(qtbot: QtBot, db) -> ClocksDialog:
    shown = ClocksDialog(actor=ADMIN, clock=clock)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def stored() -> tuple[list[tuple], list[tuple], int]:
    return (
        list(ClockRuleRow.select().order_by(ClockRuleRow.id).tuples()),
        list(DepartmentCalendar.select().tuples()),
        AuditEntry.select().count(),
    )


# ----- acting as the user ------------------------------------------------------------------------
def click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_cell(qtbot: QtBot, dialog: ClocksDialog, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double click does, retype it and press Enter."""
    table = dialog.ui.rules
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None, f"cell ({row}, {column}) is editable"
    retype(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the closed editor goes on a queued call


def tick(qtbot: QtBot, dialog: ClocksDialog, row: int, column: int) -> None:
    table = dialog.ui.rules
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_Space)


def choose(dialog: ClocksDialog, row: int, column: int, code: str) -> None:
    box = dialog.rules.combo(row, column)
    box.setCurrentIndex(box.findData(code))


def save(qtbot: QtBot, dialog: ClocksDialog) -> None:
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))


def on_calendar(dialog: ClocksDialog) -> None:
    dialog.ui.tabs.setCurrentWidget(dialog.ui.calendar_tab)


def pick_day(dialog: ClocksDialog, day: date) -> None:
    on_calendar(dialog)
    dialog.ui.day.setDate(QDate(day.year, day.month, day.day))


def listed(widget) -> list[str]:
    return [widget.item(n).text().split()[0] for n in range(widget.count())]


# ----- the rules -----------------------------------------------------------------------------------
def test_an_edited_rule_is_stored_on_save(qtbot: QtBot, dialog: ClocksDialog) -> None:
    assert dialog.ui.rules.item(1, NAME_EN).text() == "Interim report"
    type_cell(qtbot, dialog, 1, AMOUNT, "6")
    type_cell(qtbot, dialog, 1, NAME_ZH, "中间报告(六小时)")
    choose(dialog, 1, UNIT, "working_hours")
    choose(dialog, 1, MET_ON, "")
    tick(qtbot, dialog, 1, PAUSABLE)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    rule = clock_rules.rule("interim_report")
    assert rule is not None
    assert (rule.amount, rule.unit, rule.met_on, rule.pausable, rule.name_zh) == (
        Decimal(6), "working_hours", "", True, "中间报告(六小时)"
    )  # fmt: skip


def test_a_bad_amount_is_refused_beside_its_cell_and_nothing_is_written(
    qtbot: QtBot, dialog: ClocksDialog
) -> None:
    before = stored()
    type_cell(qtbot, dialog, 2, AMOUNT, "4 hours")
    save(qtbot, dialog)
    assert dialog.isVisible() and stored() == before
    cell = dialog.ui.rules.item(2, AMOUNT)
    sentence = "Enter the time allowed as a number such as 4, 1.5 or 48, not 4 hours."
    assert cell.background() == ERROR_BRUSH and cell.toolTip() == sentence
    assert dialog.ui.rules_error.isVisible()
    assert dialog.ui.rules_error.text() == f"Line 3: {sentence}"
    assert dialog.ui.form_error.text().startswith("Nothing was saved")
    assert not dialog.ui.tabs.tabIcon(0).isNull()
    assert dialog.ui.rules.verticalHeaderItem(2).text() == "3 ⚠"
    type_cell(qtbot, dialog, 2, AMOUNT, "0")  # the rule's own check, on the same cell
    assert dialog.ui.rules.item(2, AMOUNT).background() != ERROR_BRUSH  # typing took the mark
    save(qtbot, dialog)
    assert "greater than zero" in dialog.ui.rules.item(2, AMOUNT).toolTip()
    type_cell(qtbot, dialog, 2, AMOUNT, "36")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert clock_rules.rule("final_report").amount == 36


def test_a_retired_rule_starts_no_new_clock_and_an_unsaved_one_just_goes(
    qtbot: QtBot, dialog: ClocksDialog
) -> None:
    ui = dialog.ui
    ui.rules.setCurrentCell(3, NAME_EN)
    click(qtbot, ui.retire_rule)
    assert ui.rules.item(3, ACTIVE).checkState() == Qt.CheckState.Unchecked
    assert ui.retire_rule.text() == "Put back in &use"
    click(qtbot, ui.add_rule)
    new = ui.rules.rowCount() - 1
    assert ui.retire_rule.text() == "&Remove new clock"
    click(qtbot, ui.retire_rule)
    assert ui.rules.rowCount() == new
    click(qtbot, ui.add_rule)
    type_cell(qtbot, dialog, new, NAME_EN, "Sample received")
    type_cell(qtbot, dialog, new, NAME_ZH, "收到样品")
    type_cell(qtbot, dialog, new, AMOUNT, "3")
    choose(dialog, new, UNIT, "working_days")
    ui.rules.setCurrentCell(new, NAME_EN)
    click(qtbot, ui.move_up)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    codes = [rule.code for rule in clock_rules.clock_rules()]
    assert "inspection_records" not in codes and codes[-2] == "sample_received"
    assert clock_rules.rule("inspection_records") is not None  # kept for the cases that have it


def test_a_name_left_empty_and_a_name_twice_are_marked_on_their_cells(
    qtbot: QtBot, dialog: ClocksDialog
) -> None:
    click(qtbot, dialog.ui.add_rule)
    row = dialog.ui.rules.rowCount() - 1
    type_cell(qtbot, dialog, row, NAME_EN, "interim report")
    type_cell(qtbot, dialog, row, AMOUNT, "2")
    save(qtbot, dialog)
    table = dialog.ui.rules
    assert "Another clock is named interim report" in table.item(row, NAME_EN).toolTip()
    assert table.item(row, NAME_ZH).toolTip() == "Give the clock a name in Chinese."
    assert table.item(row, AMOUNT).background() != ERROR_BRUSH
    assert table.currentRow() == row


# ----- the calendar -----------------------------------------------------------------------------
def test_a_holiday_and_a_make_up_day_are_shown_on_the_month_and_saved(
    qtbot: QtBot, dialog: ClocksDialog
) -> None:
    ui = dialog.ui
    pick_day(dialog, date(2026, 12, 31))
    click(qtbot, ui.add_holiday)
    pick_day(dialog, date(2027, 1, 9))
    click(qtbot, ui.add_makeup)
    assert "2026-12-31" in listed(ui.holidays) and "2027-01-09" in listed(ui.makeup_days)
    view = ui.month_view
    assert view.dateTextFormat(QDate(2026, 12, 31)).background().color() == HOLIDAY_BACK
    assert view.dateTextFormat(QDate(2027, 1, 9)).background().color() == MAKEUP_BACK
    assert view.dateTextFormat(QDate(2026, 10, 10)).background().color() == MAKEUP_BACK
    pick_day(dialog, date(2026, 12, 31))
    click(qtbot, ui.add_makeup)  # already a holiday: refused beside the lists
    assert ui.holidays_error.isVisible() and "2026-12-31 is both" in ui.holidays_error.text()
    assert "2026-12-31" not in listed(ui.makeup_days)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    calendar = clock_rules.department_calendar()
    assert date(2026, 12, 31) in calendar.holidays and date(2027, 1, 9) in calendar.makeup_days
    assert calendar.is_working_day(date(2027, 1, 9)) and not calendar.is_working_day(
        date(2026, 12, 31)
    )


def test_removed_days_and_changed_hours_are_saved(qtbot: QtBot, dialog: ClocksDialog) -> None:
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.calendar_tab)
    ui.holidays.item(0).setSelected(True)  # 2026-01-01
    click(qtbot, ui.remove_days)
    click(qtbot, ui.add_span)
    assert ui.hours.rowCount() == 3
    ui.hours.setCurrentCell(2, 0)
    click(qtbot, ui.remove_span)
    ui.hours.cellWidget(1, 1).setTime(ui.hours.cellWidget(1, 1).time().addSecs(1800))
    dialog.calendar.weekdays[5].setChecked(True)  # Saturday mornings too, say
    save(qtbot, dialog)
    calendar = clock_rules.department_calendar()
    assert date(2026, 1, 1) not in calendar.holidays and 5 in calendar.week
    assert [f"{a:%H:%M}-{b:%H:%M}" for a, b in calendar.hours] == ["08:00-12:00", "13:00-17:30"]


def test_a_bad_calendar_is_refused_beside_its_fields(qtbot: QtBot, dialog: ClocksDialog) -> None:
    ui = dialog.ui
    before = stored()
    for box in dialog.calendar.weekdays:
        box.setChecked(False)
    ui.hours.cellWidget(0, 1).setTime(ui.hours.cellWidget(0, 1).time().addSecs(2 * 3600))
    ui.tabs.setCurrentWidget(ui.rules_tab)
    save(qtbot, dialog)
    assert stored() == before and dialog.isVisible()
    assert ui.tabs.currentWidget() is ui.calendar_tab and not ui.tabs.tabIcon(1).isNull()
    assert ui.week_error.isVisible() and "no working weekday" in ui.week_error.text()
    assert "overlap" in ui.hours_error.text()
    assert ui.tabs.tabIcon(0).isNull()


# ----- files ------------------------------------------------------------------------------------
def test_a_calendar_file_is_imported_shown_and_saved(
    qtbot: QtBot, dialog: ClocksDialog, tmp_path: Path
) -> None:
    from zoneinfo import ZoneInfo

    from qa_desktop.core.clocks.calendar import WorkingCalendar

    set_department_zone("Asia/Shanghai")
    berlin = WorkingCalendar(ZoneInfo("Europe/Berlin"), holidays={date(2026, 12, 24)},
                             note="Werk Duisburg")  # fmt: skip
    path = write_calendar_file(berlin, tmp_path / "duisburg.json")
    dialog.choose_import_path = lambda: path
    on_calendar(dialog)
    click(qtbot, dialog.ui.import_calendar)
    assert dialog.ui.zone.currentData() == "Europe/Berlin"
    assert listed(dialog.ui.holidays) == ["2026-12-24"] and dialog.ui.makeup_days.count() == 0
    assert dialog.ui.zone_hint.isVisible()  # the screens show Shanghai, the calendar counts Berlin
    assert "The department's time zone is Asia/Shanghai" in dialog.ui.zone_hint.text()
    assert "duisburg.json is shown" in dialog.ui.file_message.text()
    assert clock_rules.department_calendar().zone.key != "Europe/Berlin"  # not yet saved
    save(qtbot, dialog)
    assert clock_rules.department_calendar() == berlin


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00" * (5 * 1024 * 1024), "too large"),
        (b'{"format": "qa-desktop-calendar"', "not a working calendar"),
        (b"\x89PNG\r\n\x1a\n\xff\xfe", "not UTF-8"),
        (json.dumps({"rules": []}).encode(), "not a working calendar"),
        ("bad-date", "2026-10-32 is not a date"),
        ("both", "2026-10-01 is both"),
    ],
    ids=["huge", "not-json", "picture", "wrong-format", "bad-date", "holiday-and-make-up"],
)
def test_a_hostile_file_is_refused_beside_the_button_and_changes_nothing(
    qtbot: QtBot, dialog: ClocksDialog, tmp_path: Path, content: bytes | str, words: str
) -> None:
    shipped = json.loads(calendar_to_json(clock_rules.department_calendar()))
    if content == "bad-date":
        content = json.dumps(shipped | {"holidays": ["2026-10-32"]}).encode()
    elif content == "both":
        content = json.dumps(shipped | {"makeup_days": ["2026-10-01"]}).encode()
    path = tmp_path / "calendar.json"
    path.write_bytes(content)
    shown = dialog.calendar.edit()
    dialog.choose_import_path = lambda: path
    on_calendar(dialog)
    click(qtbot, dialog.ui.import_calendar)
    message = dialog.ui.file_message
    assert message.isVisible() and words in message.text() and "\n" not in message.text()
    assert "#b3261e" in message.styleSheet()
    assert dialog.calendar.edit() == shown
    assert not dialog.is_modified()


def test_an_exported_calendar_imports_back_equal(
    qtbot: QtBot, dialog: ClocksDialog, tmp_path: Path
) -> None:
    out = tmp_path / "exported.json"
    dialog.choose_export_path = lambda suggested: out
    pick_day(dialog, date(2026, 12, 31))
    click(qtbot, dialog.ui.add_holiday)
    shown = dialog.calendar.edit()
    click(qtbot, dialog.ui.export_calendar)
    assert f"written to {out}" in dialog.ui.file_message.text()
    assert date(2026, 12, 31) in read_calendar_file(out).holidays
    dialog.ui.holidays.selectAll()
    click(qtbot, dialog.ui.remove_days)
    assert dialog.ui.holidays.count() == 0
    dialog.choose_import_path = lambda: out
    click(qtbot, dialog.ui.import_calendar)
    assert dialog.calendar.edit() == shown


def test_chinas_year_comes_from_the_package_and_a_later_year_is_said(
    qtbot: QtBot, dialog: ClocksDialog
) -> None:
    ui = dialog.ui
    on_calendar(dialog)
    _first, last = known_years()
    assert ui.china_message.text() == (
        f"The package knows holidays up to {last}; enter later years by hand."
    )
    ui.holidays.selectAll()
    ui.makeup_days.selectAll()
    click(qtbot, ui.remove_days)
    ui.china_year.setValue(2026)
    click(qtbot, ui.add_china)
    assert ui.holidays.count() == 33 and ui.makeup_days.count() == 6
    assert "Added 33 days off and 6 make-up working days for 2026" in ui.china_message.text()
    assert ui.month_view.yearShown() == 2026 and ui.month_view.monthShown() == 1
    assert "chinese-calendar package" in ui.note.toPlainText()
    before = dialog.calendar.edit()
    ui.china_year.setValue(last + 1)
    click(qtbot, ui.add_china)
    assert ui.china_message.text() == (
        f"The package knows holidays up to {last}; enter later years by hand."
    )
    assert "#b3261e" in ui.china_message.styleSheet() and dialog.calendar.edit() == before


# ----- a year the clocks run into without its holidays ---------------------------------------------
def test_the_banner_names_next_year_and_goes_once_a_holiday_of_it_is_added(
    qtbot: QtBot, dialog: ClocksDialog
) -> None:
    ui = dialog.ui
    on_calendar(dialog)  # 23 November 2026: the seeded calendar has 2026's days, none of 2027
    assert ui.gap_banner.isVisible()
    assert "no public holidays for 2027" in ui.gap_banner.text()
    assert ui.china_year.value() == 2027  # China's year is set to the one missing
    pick_day(dialog, date(2026, 12, 31))
    click(qtbot, ui.add_holiday)  # a holiday, but not of 2027
    assert ui.gap_banner.isVisible()
    pick_day(dialog, date(2027, 1, 1))
    click(qtbot, ui.add_holiday)
    assert not ui.gap_banner.isVisible() and ui.gap_banner.text() == ""
    ui.holidays.setCurrentRow(listed(ui.holidays).index("2027-01-01"))
    click(qtbot, ui.remove_days)
    assert "no public holidays for 2027" in ui.gap_banner.text()


def test_no_banner_before_november_and_the_current_year_missing_is_named(qtbot: QtBot, db) -> None:
    october = ClocksDialog(actor=ADMIN, clock=lambda: datetime(2026, 10, 20, 1, tzinfo=UTC))
    qtbot.addWidget(october)
    october.show()
    on_calendar(october)
    assert not october.ui.gap_banner.isVisible() and october.ui.china_year.value() == 2026
    later = ClocksDialog(actor=ADMIN, clock=lambda: datetime(2027, 3, 1, 1, tzinfo=UTC))
    qtbot.addWidget(later)
    later.show()
    on_calendar(later)
    assert "no public holidays for 2027" in later.ui.gap_banner.text()
    assert later.ui.gap_banner.isVisible() and later.ui.china_year.value() == 2027


# ----- who may -----------------------------------------------------------------------------------
def test_only_an_administrator_is_offered_the_dialog_or_may_save(
    qtbot: QtBot, db, db_path: Path, tmp_path: Path
) -> None:
    for actor, offered in ((ENGINEER, False), (ADMIN, True)):
        window = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"), actor=actor)
        qtbot.addWidget(window)
        assert window.ui.action_clocks.isEnabled() is offered
    opened: list[ClocksDialog] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ClocksDialog, "exec", lambda self: opened.append(self) or 0)
        window.clock_settings()
        engineer = MainWindow(db, db_path, UserSettings(tmp_path / "s.json"), actor=ENGINEER)
        qtbot.addWidget(engineer)
        engineer.clock_settings()  # the menu item disabled; asked anyway, nothing opens
    assert len(opened) == 1 and opened[0].parent() is window
    before = stored()
    looking = ClocksDialog(actor=ENGINEER, clock=clock)
    qtbot.addWidget(looking)
    assert not looking.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "Only an administrator changes them." in looking.ui.heading.text()
    assert not looking.ui.add_rule.isEnabled() and not looking.ui.add_holiday.isEnabled()
    looking.rules.lines[0] = dataclasses.replace(looking.rules.lines[0], amount="5")
    assert looking.save() is False and stored() == before


def test_cancel_asks_before_throwing_changes_away(
    qtbot: QtBot,
    dialog: ClocksDialog,
    questions: list[str],  # noqa: F811 - the fixture from acting
) -> None:
    dialog.reject()
    assert questions == [] and dialog.result() == QDialog.DialogCode.Rejected
    again = ClocksDialog(actor=ADMIN, clock=clock)
    qtbot.addWidget(again)
    again.show()
    type_cell(qtbot, again, 0, AMOUNT, "3")
    before = stored()
    again.reject()
    assert questions == ["Discard your changes?"] and stored() == before
