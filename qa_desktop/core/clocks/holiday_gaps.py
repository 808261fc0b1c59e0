"""The years the response clocks can run into that the working calendar has no public holiday
for: without them every clock counts the Spring Festival and National Day as working days.

The State Council announces a year's holidays in the November before, so from 1 November on
next year counts too: a clock started in late December (the longest seeded rule is 5 working
days, "complex case") runs into January. A clock whose rule reaches further than 31 December
when started now counts its due year as well (a department may set a longer rule). A year
with at least one holiday counts as entered: the department may have edited it by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from qa_desktop.core.clocks.calendar import CONTEXT, WorkingCalendar
from qa_desktop.core.clocks.rules import SEEDED_RULES, ClockRule, due
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, current_language, translate

NEXT_YEAR_FROM = (11, 1)  # (month, day): the notice for next year comes out in November
ONE_YEAR = QT_TRANSLATE_NOOP(
    "Clocks",
    "The working calendar has no public holidays for {year}: until they are added, the "
    "response clocks count that year's holidays as working days.",
)
SEVERAL_YEARS = QT_TRANSLATE_NOOP(
    "Clocks",
    "The working calendar has no public holidays for {years}: until they are added, the "
    "response clocks count those years' holidays as working days.",
)


def years_clocks_reach(
    calendar: WorkingCalendar, now: datetime, rules: Iterable[ClockRule] = SEEDED_RULES
) -> tuple[int, ...]:
    """The years a clock started `now` (in the calendar's zone) can run into, in order."""
    here = now.astimezone(calendar.zone)
    last = here.year + (here.date() >= date(here.year, *NEXT_YEAR_FROM))
    for rule in rules:  # without the missing holidays a due date is early, never late
        last = max(last, due(rule, here, calendar).year)
    return tuple(range(here.year, last + 1))


def years_without_holidays(
    calendar: WorkingCalendar, now: datetime, rules: Iterable[ClockRule] = SEEDED_RULES
) -> tuple[int, ...]:
    """Those of `years_clocks_reach` with no public holiday in the calendar."""
    entered = {day.year for day in calendar.holidays}
    return tuple(year for year in years_clocks_reach(calendar, now, rules) if year not in entered)


def missing_holidays_text(years: Iterable[int], lang: str | None = None) -> str:
    """The one sentence that says which years lack their holidays ("" when none do)."""
    years = sorted(years)
    if not years:
        return ""
    if len(years) == 1:
        return translate(CONTEXT, ONE_YEAR, lang).format(year=years[0])
    # The Chinese list is joined with the enumeration comma, as 2026、2027年 is written.
    chinese = (lang or current_language()).startswith("zh")
    listed = ("、" if chinese else ", ").join(str(year) for year in years)
    return translate(CONTEXT, SEVERAL_YEARS, lang).format(years=listed)
