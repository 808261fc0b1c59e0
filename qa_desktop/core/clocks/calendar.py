"""The department's working calendar: which days are worked, which hours, in which zone.

Working time is counted in real elapsed time inside the working spans of working days, each span
placed on its day in the calendar's zone (zoneinfo) and compared in UTC, so a daylight-saving
switch never makes an hour appear twice or vanish. Holidays and make-up working days (调休上班)
are data the calendar is given, never looked up here: a department edits them, and a package such
as `chinese-calendar` may seed them later through calendar_json.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Clocks"
MONDAY_TO_FRIDAY = frozenset(range(5))
DEFAULT_HOURS = ((time(8), time(12)), (time(13), time(17, 30)))
_HOUR = Decimal(3_600_000_000)  # microseconds in an hour: hours are exact in microseconds

SPAN_BACKWARDS = QT_TRANSLATE_NOOP(
    "Clocks",
    "The working hours {start}–{end} end before they start; enter the end after the start.",
)
SPANS_OVERLAP = QT_TRANSLATE_NOOP(
    "Clocks",
    "The working hours {first} and {second} overlap; make each span end before the next begins.",
)
NO_HOURS = QT_TRANSLATE_NOOP(
    "Clocks", "The calendar has no working hours; enter at least one span of hours."
)
NO_DAYS = QT_TRANSLATE_NOOP(
    "Clocks", "The calendar has no working weekday; choose at least one day of the week."
)
BAD_WEEKDAY = QT_TRANSLATE_NOOP(
    "Clocks", "The weekday {day} is not one of 1 (Monday) to 7 (Sunday)."
)
HOLIDAY_AND_MAKEUP = QT_TRANSLATE_NOOP(
    "Clocks",
    "The day {day} is both a public holiday and a make-up working day; keep it in only one list.",
)

Span = tuple[time, time]


def _label(span: Span) -> str:
    return f"{span[0]:%H:%M}–{span[1]:%H:%M}"


@dataclass(frozen=True)
class WorkingCalendar:
    zone: ZoneInfo
    week: frozenset[int] = MONDAY_TO_FRIDAY  # date.weekday(): 0 = Monday … 6 = Sunday
    hours: tuple[Span, ...] = DEFAULT_HOURS
    holidays: frozenset[date] = field(default_factory=frozenset)
    makeup_days: frozenset[date] = field(default_factory=frozenset)
    note: str = ""  # where the holiday lists come from, for the department that edits them

    def __post_init__(self) -> None:
        object.__setattr__(self, "week", frozenset(self.week))
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "makeup_days", frozenset(self.makeup_days))
        object.__setattr__(self, "hours", tuple(sorted(tuple(s) for s in self.hours)))
        _check(self)

    def is_working_day(self, d: date) -> bool:
        if d in self.makeup_days:
            return True
        return d.weekday() in self.week and d not in self.holidays

    def spans_on(self, d: date) -> list[tuple[datetime, datetime]]:
        """The day's working spans as UTC instants (none on a day off)."""
        if not self.is_working_day(d):
            return []
        spans = []
        for start, end in self.hours:
            a = datetime.combine(d, start, self.zone).astimezone(UTC)
            b = datetime.combine(d, end, self.zone).astimezone(UTC)
            if a < b:  # a span swallowed whole by a DST gap holds no working time
                spans.append((a, b))
        return spans

    def add_working_time(self, start: datetime, amount: timedelta) -> datetime:
        """The instant when `amount` of working time has passed since `start` (in the zone)."""
        _aware(start)
        if amount < timedelta(0):
            raise ValueError(f"working time to add must not be negative: {amount}")
        if not amount:
            return start.astimezone(self.zone)
        here, left = start.astimezone(UTC), amount
        for a, b in self._spans_from(start):
            if b <= here:
                continue
            a = max(a, here)
            if a + left <= b:
                return (a + left).astimezone(self.zone)
            left -= b - a
        raise AssertionError("unreachable: a calendar with a working weekday has endless spans")

    def add_working_hours(self, start: datetime, hours: Decimal | float | int) -> datetime:
        return self.add_working_time(start, timedelta(microseconds=_micro(hours)))

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """The end of the `days`-th working day after the day `start` falls on (in the zone).

        The day a case arrives is not counted, as "within N working days" (N个工作日内) is read
        in practice: a complaint on Friday afternoon or on a Sunday with one working day is due at
        Monday's close, never at an hour that falls outside working time or on a day off.
        """
        _aware(start)
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise ValueError(f"working days must be a whole number of at least 1: {days!r}")
        d, counted = start.astimezone(self.zone).date(), 0
        while counted < days:
            d += timedelta(days=1)
            counted += bool(self.spans_on(d))
        return self.spans_on(d)[-1][1].astimezone(self.zone)

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time from `a` to `b`; negative when `b` is before `a`."""
        lo, hi, total = _aware(a).astimezone(UTC), _aware(b).astimezone(UTC), timedelta(0)
        if hi < lo:
            return -self.working_time_between(b, a)
        for s, e in self._spans_from(a):
            if s >= hi:
                return total
            total += max(timedelta(0), min(e, hi) - max(s, lo))
        raise AssertionError("unreachable")

    def working_hours_between(self, a: datetime, b: datetime) -> Decimal:
        return hours_of(self.working_time_between(a, b))

    def _spans_from(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        # Spans never cross midnight, so none before start's own day (in the zone) can matter.
        d = start.astimezone(self.zone).date()
        while True:
            yield from self.spans_on(d)
            d += timedelta(days=1)


def hours_of(span: timedelta) -> Decimal:
    return Decimal(span // timedelta(microseconds=1)) / _HOUR


def _micro(hours: Decimal | float | int) -> int:
    # A float goes through its shortest repr so 0.1 h is 360 s exactly, not 359.999… s.
    value = Decimal(repr(hours)) if isinstance(hours, float) else Decimal(hours)
    if not value.is_finite() or value < 0:
        raise ValueError(f"working hours to add must be a non-negative number: {hours!r}")
    return int((value * _HOUR).to_integral_value())


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a clock needs an aware datetime, not {moment!r}")
    return moment


def _check(cal: WorkingCalendar) -> None:
    if not cal.hours:
        raise translated(CONTEXT, NO_HOURS)
    for start, end in cal.hours:
        if end <= start:
            raise translated(CONTEXT, SPAN_BACKWARDS, start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    for first, second in zip(cal.hours, cal.hours[1:], strict=False):
        if second[0] < first[1]:
            raise translated(CONTEXT, SPANS_OVERLAP, first=_label(first), second=_label(second))
    if not cal.week:
        raise translated(CONTEXT, NO_DAYS)
    for day in sorted(cal.week):
        if day not in range(7):
            raise translated(CONTEXT, BAD_WEEKDAY, day=day + 1)
    if both := sorted(cal.holidays & cal.makeup_days):
        raise translated(CONTEXT, HOLIDAY_AND_MAKEUP, day=both[0].isoformat())
