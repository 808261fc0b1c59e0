"""Working-time arithmetic holds its laws on any start, in a zone with and without DST."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desktop.core.clocks.calendar import WorkingCalendar
from qa_desktop.core.clocks.calendar_json import china_2026

BERLIN = WorkingCalendar(
    ZoneInfo("Europe/Berlin"),
    hours=((time(1), time(4)), (time(8), time(12)), (time(13), time(17, 30))),
    holidays=frozenset({date(2026, 3, 27), date(2026, 10, 26)}),
    makeup_days=frozenset({date(2026, 3, 29), date(2026, 10, 25)}),  # the two switch Sundays
)
CALENDARS = st.sampled_from([china_2026(), BERLIN])
HOURS = st.decimals(min_value=0, max_value=120, places=2)
MOMENTS = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 1))


@settings(max_examples=300, deadline=None)
@given(CALENDARS, MOMENTS, st.booleans(), HOURS, HOURS)
def test_adding_in_two_steps_is_adding_once(
    cal: WorkingCalendar, naive: datetime, fold: bool, a: Decimal, b: Decimal
) -> None:
    t = naive.replace(tzinfo=cal.zone, fold=int(fold))
    once = cal.add_working_hours(t, a + b)
    assert once == cal.add_working_hours(cal.add_working_hours(t, a), b)
    assert once.utcoffset() == cal.zone.utcoffset(once.replace(tzinfo=None))


@settings(max_examples=300, deadline=None)
@given(CALENDARS, MOMENTS, HOURS)
def test_the_hours_between_a_start_and_its_sum_are_the_hours_added(
    cal: WorkingCalendar, naive: datetime, h: Decimal
) -> None:
    t = naive.replace(tzinfo=cal.zone)
    later = cal.add_working_hours(t, h)
    assert later >= t and cal.working_hours_between(t, later) == h
