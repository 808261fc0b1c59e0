"""The years the clocks can run into without public holidays in the calendar, on fixed dates in
the calendar's zone (never the test machine's): 31 October against 1 November, a year with one
edited holiday, the current year missing, a rule that reaches past New Year."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from qa_desktop.core.clocks.calendar import WorkingCalendar
from qa_desktop.core.clocks.calendar_json import china_2026
from qa_desktop.core.clocks.holiday_gaps import (
    missing_holidays_text,
    years_clocks_reach,
    years_without_holidays,
)
from qa_desktop.core.clocks.rules import SEEDED_RULES, ClockRule

SHANGHAI = ZoneInfo("Asia/Shanghai")
CN = china_2026()


def sh(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)


def test_next_year_counts_from_the_first_of_november() -> None:
    assert years_without_holidays(CN, sh(2026, 10, 31, 23, 59)) == ()
    assert years_without_holidays(CN, sh(2026, 11, 1, 0, 0)) == (2027,)
    assert years_without_holidays(CN, sh(2026, 12, 31, 17)) == (2027,)


def test_the_first_of_november_is_the_calendars_not_utcs() -> None:
    # 31 October 16:30 UTC is already 1 November 00:30 in Shanghai.
    assert years_without_holidays(CN, datetime(2026, 10, 31, 16, 30, tzinfo=UTC)) == (2027,)
    assert years_without_holidays(CN, datetime(2026, 10, 31, 15, 30, tzinfo=UTC)) == ()


def test_a_year_with_one_holiday_the_department_entered_counts_as_entered() -> None:
    edited = dataclasses.replace(CN, holidays=CN.holidays | {date(2027, 1, 1)})
    assert years_without_holidays(edited, sh(2026, 12, 2, 9)) == ()


def test_the_current_year_missing_is_named_and_next_year_with_it_in_november() -> None:
    bare = WorkingCalendar(SHANGHAI)
    assert years_without_holidays(bare, sh(2027, 3, 1, 9)) == (2027,)
    assert years_without_holidays(bare, sh(2027, 11, 20, 9)) == (2027, 2028)
    assert years_without_holidays(CN, sh(2027, 3, 1, 9)) == (2027,)


def test_a_rule_that_reaches_past_new_year_counts_that_year_before_november() -> None:
    long = ClockRule("long", "Long", "长", Decimal(60), "working_days")
    assert years_clocks_reach(CN, sh(2026, 10, 20, 9)) == (2026,)  # the seeded rules
    assert years_clocks_reach(CN, sh(2026, 10, 20, 9), [*SEEDED_RULES, long]) == (2026, 2027)
    assert years_without_holidays(CN, sh(2026, 10, 20, 9), [long]) == (2027,)


def test_the_sentence_names_the_year_or_the_years() -> None:
    assert missing_holidays_text([], "en") == ""
    one = missing_holidays_text([2027], "en")
    assert one.startswith("The working calendar has no public holidays for 2027:")
    assert "2026, 2027" in missing_holidays_text([2027, 2026], "en")
    chinese = missing_holidays_text([2026, 2027], "zh_CN")
    assert "2026、2027" in chinese and "工作日历" in chinese and "响应时限" in chinese
    assert "2027" in missing_holidays_text([2027], "zh_CN") != one
