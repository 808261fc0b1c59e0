"""China's public holidays and make-up working days (调休上班) for one year, from the
`chinese-calendar` package, added to a working calendar the department then checks and edits.

The State Council announces each year's arrangement in the November before, and the package is
released after it: it knows the years up to its release and nothing after. A year it does not
know is refused in one sentence that names the last year it knows, so the department enters
that year by hand from the notice. The package loads on first use (a thousand-line table).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from qa_desktop.core.clocks.calendar import CONTEXT, WorkingCalendar
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

AFTER_KNOWN = QT_TRANSLATE_NOOP(
    "Clocks", "The package knows holidays up to {year}; enter later years by hand."
)
BEFORE_KNOWN = QT_TRANSLATE_NOOP(
    "Clocks", "The package knows holidays from {year} on; enter earlier years by hand."
)
NO_PACKAGE = QT_TRANSLATE_NOOP(
    "Clocks",
    "The chinese-calendar package is not installed here; enter the holidays by hand.",
)
NOTE_LINE = QT_TRANSLATE_NOOP(
    "Clocks",
    "China {year}: public holidays and make-up working days from the chinese-calendar "
    "package {version}; check them against the State Council's notice.",
)


@dataclass(frozen=True)
class YearAdded:
    """The calendar with one year of China's days in it, and what that changed."""

    calendar: WorkingCalendar
    year: int
    holidays: int  # days of the year the package rests on that the calendar did not
    makeup_days: int  # make-up working days the calendar did not have
    moved: int  # days the department had in the other list, now as the package says


def known_years() -> tuple[int, int]:
    """The first and last year the installed package knows (UserError if it is missing)."""
    package = _package()
    days = [*package.holidays, *package.workdays]
    return min(days).year, max(days).year


def china_days(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """The year's days off (every day of each holiday period, weekends within them too) and
    its make-up working days, as the package has them."""
    first, last = known_years()
    if year > last:
        raise translated(CONTEXT, AFTER_KNOWN, year=last)
    if year < first:
        raise translated(CONTEXT, BEFORE_KNOWN, year=first)
    package = _package()
    holidays = frozenset(d for d in package.holidays if d.year == year)
    makeup = frozenset(d for d in package.workdays if d.year == year)
    return holidays, makeup


def with_china_year(calendar: WorkingCalendar, year: int, lang: str | None = None) -> YearAdded:
    """`calendar` with the year's days added (the department's own days kept) and a line in the
    note saying where they came from. A day the calendar had in the other list goes where the
    package puts it: the package follows the notice, a day in both lists is refused."""
    holidays, makeup = china_days(year)
    kept_holidays = calendar.holidays - makeup
    kept_makeup = calendar.makeup_days - holidays
    moved = len(calendar.holidays & makeup) + len(calendar.makeup_days & holidays)
    line = translate(CONTEXT, NOTE_LINE, lang).format(year=year, version=_package().__version__)
    note = (
        calendar.note if line in calendar.note else "\n".join(filter(None, [calendar.note, line]))
    )
    added = dataclasses.replace(
        calendar, holidays=kept_holidays | holidays, makeup_days=kept_makeup | makeup, note=note
    )
    return YearAdded(
        added,
        year,
        holidays=len(holidays - calendar.holidays),
        makeup_days=len(makeup - calendar.makeup_days),
        moved=moved,
    )


def _package():
    try:
        import chinese_calendar
    except ImportError:
        raise translated(CONTEXT, NO_PACKAGE) from None
    return chinese_calendar
