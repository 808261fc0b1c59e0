"""The working calendar and the response clocks, on a fixed clock: a weekend, National Day 2026
and its make-up Saturday, a Berlin DST night, pauses and the refusals. No "now" is read."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from qa_desktop.core.clocks.calendar import WorkingCalendar
from qa_desktop.core.clocks.calendar_json import calendar_from_json, calendar_to_json, china_2026
from qa_desktop.core.clocks.rules import SEEDED_RULES, ClockRule, Pause, due, rules_for, state_of
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import set_language
from qa_desktop.paths import resource

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
CN = china_2026()
RULES = {rule.code: rule for rule in SEEDED_RULES}


def sh(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)


def test_the_shipped_calendar_holds_the_state_councils_2026_days() -> None:
    assert CN.zone.key == "Asia/Shanghai" and CN.hours == (
        (time(8), time(12)),
        (time(13), time(17)),
    )
    national_day = {date(2026, 10, d) for d in range(1, 8)}
    spring = {date(2026, 2, 15) + timedelta(days=n) for n in range(9)}
    assert national_day | spring <= CN.holidays
    assert CN.makeup_days == {
        date(2026, *md) for md in ((1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10))
    }
    assert "国务院办公厅" in CN.note


def test_working_days_follow_weekends_holidays_and_make_up_days() -> None:
    assert CN.is_working_day(date(2026, 9, 30))  # a Wednesday
    assert not CN.is_working_day(date(2026, 10, 1))  # National Day, a Thursday
    assert not CN.is_working_day(date(2026, 10, 11))  # a plain Sunday
    assert CN.is_working_day(date(2026, 10, 10))  # the make-up Saturday
    assert CN.is_working_day(date(2026, 9, 20))  # the make-up Sunday


def test_working_hours_skip_lunch_the_weekend_and_national_day() -> None:
    assert CN.add_working_hours(sh(2026, 11, 18, 11, 30), 1) == sh(2026, 11, 18, 13, 30)
    assert CN.add_working_hours(sh(2026, 11, 20, 16), Decimal(2)) == sh(
        2026, 11, 23, 9
    )  # Fri → Mon
    assert CN.add_working_hours(sh(2026, 9, 30, 16), 3) == sh(2026, 10, 8, 10)  # over the holiday
    assert CN.add_working_hours(sh(2026, 10, 9, 16), 2.5) == sh(
        2026, 10, 10, 9, 30
    )  # make-up Saturday
    assert CN.add_working_hours(sh(2026, 10, 4, 3), 0.5) == sh(
        2026, 10, 8, 8, 30
    )  # from a holiday night
    assert CN.working_hours_between(sh(2026, 9, 30, 9), sh(2026, 10, 10, 12)) == Decimal(
        7 + 8 + 8 + 4
    )
    assert CN.working_hours_between(sh(2026, 10, 10, 12), sh(2026, 9, 30, 9)) == Decimal(-27)


def test_working_hours_end_at_a_spans_close_and_accept_any_zone() -> None:
    assert CN.add_working_hours(sh(2026, 11, 18, 8), 4) == sh(2026, 11, 18, 12)
    start_utc = datetime(2026, 11, 18, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai
    assert CN.add_working_hours(start_utc, 1) == sh(2026, 11, 18, 9)
    assert CN.add_working_hours(start_utc, 1).tzinfo is SHANGHAI
    assert CN.add_working_hours(sh(2026, 11, 21, 10), 0) == sh(2026, 11, 21, 10)


def test_working_days_end_at_the_close_of_the_nth_working_day_after() -> None:
    assert due(RULES["temporary_measures"], sh(2026, 9, 30, 10), CN) == sh(2026, 10, 8, 17)
    assert due(RULES["temporary_measures"], sh(2026, 10, 3, 10), CN) == sh(2026, 10, 8, 17)
    # 8 Oct, 9 Oct, the make-up Saturday 10 Oct, 12 Oct, 13 Oct.
    assert due(RULES["complex_case"], sh(2026, 9, 30, 16, 59), CN) == sh(2026, 10, 13, 17)
    with pytest.raises(ValueError):
        CN.add_working_days(sh(2026, 9, 30, 10), 0)


def test_a_round_the_clock_rule_counts_real_hours_over_the_berlin_switch_nights() -> None:
    berlin = WorkingCalendar(BERLIN)
    spring = due(RULES["first_response"], datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN), berlin)
    assert (spring.hour, spring.minute, spring.utcoffset()) == (5, 30, timedelta(hours=2))
    autumn = due(RULES["first_response"], datetime(2026, 10, 25, 0, 30, tzinfo=BERLIN), berlin)
    assert (autumn.hour, autumn.minute, autumn.utcoffset()) == (3, 30, timedelta(hours=1))


def test_working_spans_on_a_switch_night_hold_the_real_time() -> None:
    night = WorkingCalendar(
        BERLIN, hours=((time(1), time(4)),), makeup_days=frozenset({date(2026, 3, 29)})
    )
    a, b = datetime(2026, 3, 29, 0, tzinfo=BERLIN), datetime(2026, 3, 29, 6, tzinfo=BERLIN)
    assert night.working_hours_between(a, b) == 2  # 02:00–03:00 does not exist that night
    assert night.add_working_hours(a, Decimal("1.5")) == datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)


def test_a_clock_is_late_when_met_or_now_passes_due() -> None:
    rule, start = RULES["interim_report"], sh(2026, 11, 16, 9)
    open_late = state_of(rule, start, None, (), sh(2026, 11, 16, 18), CN)
    assert open_late.due_at == sh(2026, 11, 16, 17) and open_late.late
    assert open_late.remaining == timedelta(hours=-1)
    met = state_of(rule, start, sh(2026, 11, 16, 16), (), sh(2026, 11, 20, 9), CN)
    assert (
        not met.late and met.remaining == timedelta(hours=1) and met.met_at == sh(2026, 11, 16, 16)
    )
    on_time = state_of(RULES["temporary_measures"], start, None, (), sh(2026, 11, 17, 16), CN)
    assert not on_time.late and on_time.remaining == timedelta(hours=1)  # working time to 17:00


def test_a_pause_moves_a_pausable_clock_only() -> None:
    start, wait = sh(2026, 11, 16, 9), Pause(sh(2026, 11, 16, 10), sh(2026, 11, 16, 16))
    final = state_of(
        RULES["final_report"], start, sh(2026, 11, 18, 14), [wait], sh(2026, 11, 19, 9), CN
    )
    assert (
        final.due_at == sh(2026, 11, 18, 15)
        and not final.late
        and final.paused == timedelta(hours=6)
    )
    contact = state_of(
        RULES["first_response"], start, sh(2026, 11, 16, 14), [wait], sh(2026, 11, 19), CN
    )
    assert (
        contact.due_at == sh(2026, 11, 16, 13) and contact.late and contact.paused == timedelta(0)
    )


def test_a_working_clock_moves_by_the_paused_working_time() -> None:
    weekend_wait = Pause(
        sh(2026, 11, 20, 16), sh(2026, 11, 23, 9)
    )  # Fri 16:00 → Mon 09:00: 2 working hours
    state = state_of(
        RULES["complex_case"], sh(2026, 11, 16, 10), None, [weekend_wait], sh(2026, 11, 23, 12), CN
    )
    assert state.paused == timedelta(hours=2) and state.due_at == sh(2026, 11, 24, 10)


def test_pauses_overlapping_open_or_begun_late_are_counted_once_or_not_at_all() -> None:
    rule, start = RULES["final_report"], sh(2026, 11, 16, 9)
    twice = [
        Pause(sh(2026, 11, 16, 10), sh(2026, 11, 16, 14)),
        Pause(sh(2026, 11, 16, 12), sh(2026, 11, 16, 16)),
    ]
    assert state_of(rule, start, None, twice, sh(2026, 11, 17), CN).paused == timedelta(hours=6)
    still = state_of(rule, start, None, [Pause(sh(2026, 11, 17, 9))], sh(2026, 11, 17, 12), CN)
    assert still.paused == timedelta(hours=3) and still.due_at == sh(2026, 11, 18, 12)
    after_due = [Pause(sh(2026, 11, 18, 10), sh(2026, 11, 18, 20))]
    late = state_of(rule, start, None, after_due, sh(2026, 11, 18, 21), CN)
    assert late.late and late.paused == timedelta(0)
    with pytest.raises(UserError):
        Pause(sh(2026, 11, 18, 10), sh(2026, 11, 18, 9))


def test_seeded_rules_carry_the_seeds_figures_per_market() -> None:
    figures = {r.code: (r.amount, r.unit) for r in SEEDED_RULES}
    assert figures["first_response"] == (4, "hours") and figures["final_report"] == (48, "hours")
    assert figures["complex_case"] == (5, "working_days")
    assert "visit_answer_domestic" not in {r.code for r in rules_for("export")}
    assert RULES["visit_answer_domestic"].amount == 24 and RULES["visit_answer_export"].amount == 8


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (
            lambda: WorkingCalendar(SHANGHAI, hours=((time(8), time(12)), (time(11), time(17)))),
            "overlap",
        ),
        (lambda: WorkingCalendar(SHANGHAI, hours=((time(17), time(8)),)), "end before"),
        (lambda: WorkingCalendar(SHANGHAI, hours=()), "no working hours"),
        (lambda: WorkingCalendar(SHANGHAI, week=frozenset()), "no working weekday"),
        (
            lambda: WorkingCalendar(
                SHANGHAI,
                holidays=frozenset({date(2026, 10, 10)}),
                makeup_days=frozenset({date(2026, 10, 10)}),
            ),
            "2026-10-10",
        ),
        (lambda: ClockRule("x", "Reply", "回复", Decimal(0), "hours"), "greater than zero"),
        (lambda: ClockRule("x", "Reply", "回复", Decimal("1.5"), "working_days"), "whole number"),
        (lambda: ClockRule("x", "Reply", "回复", Decimal(1), "weeks"), "unknown unit"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_calendar_or_rule_is_refused_in_one_translated_sentence(build, words: str) -> None:
    with pytest.raises(UserError) as english:
        build()
    assert words in str(english.value) and str(english.value).count(".") == 1
    set_language("zh_CN")
    try:
        with pytest.raises(UserError) as chinese:
            build()
    finally:
        set_language("en")
    assert str(chinese.value) != str(english.value) and "。" in str(chinese.value)


def test_calendar_json_is_canonical_and_round_trips() -> None:
    shipped = resource("calendars", "cn-2026.json").read_text("utf-8")
    assert calendar_to_json(CN) == shipped and calendar_from_json(shipped) == CN
    shuffled = json.loads(shipped)
    shuffled["holidays"].reverse()
    shuffled["hours"].reverse()
    assert calendar_to_json(calendar_from_json(json.dumps(shuffled, indent=2))) == shipped


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"zone": "Mars/Olympus"}, "Mars/Olympus"),
        ({"holidays": ["2026-13-01"]}, "2026-13-01"),
        ({"hours": [["8:00", "12:00"]]}, "8:00"),
        ({"week": [0]}, "weekday 0"),
        ({"version": 2}, "not a working calendar"),
        ({"extra": 1}, "not a working calendar"),
    ],
)
def test_a_bad_calendar_file_is_refused_in_one_sentence(
    change: dict[str, object], words: str
) -> None:
    data = json.loads(resource("calendars", "cn-2026.json").read_text("utf-8")) | change
    with pytest.raises(UserError, match=words):
        calendar_from_json(json.dumps(data))
    with pytest.raises(UserError, match="not a working calendar"):
        calendar_from_json("[1, 2")
