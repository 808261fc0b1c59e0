"""What the Response clocks and calendar screen submits, through services.clock_edits: every
problem on its line and field, both tabs saved in one transaction or not at all, the stored rules
and calendar as the case clocks will read them, and an administrator's right checked."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest
from conftest import ADMIN, ENGINEER

from qa_desktop.core.clocks import rule_words
from qa_desktop.core.clocks.calendar_json import calendar_to_json
from qa_desktop.core.clocks.rules import EVENTS, MARKETS, SEEDED_RULES, STARTS, UNITS
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, ClockRuleRow, DepartmentCalendar
from qa_desktop.core.services import clock_rules
from qa_desktop.core.services.clock_edits import (
    RULES,
    CalendarEdit,
    RuleEdit,
    calendar_of,
    rules_of,
    save_clocks,
    stored_edits,
)

NOW = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def stored_calendar() -> CalendarEdit:
    return CalendarEdit.of(clock_rules.department_calendar())


def snapshot() -> tuple[list[tuple], list[tuple], int]:
    """Everything the service could write: the rule rows, the calendar row, the audit trail."""
    rules = list(ClockRuleRow.select().order_by(ClockRuleRow.id).tuples())
    calendars = list(DepartmentCalendar.select().tuples())
    return rules, calendars, AuditEntry.select().count()


def problems_of(call) -> list[tuple[str, int | None, str]]:
    with pytest.raises(ValidationError) as refused:
        call()
    return [(p.field, p.row, p.message) for p in refused.value.errors]


def test_the_stored_rules_come_back_as_the_lines_the_screen_shows(db) -> None:
    lines = stored_edits()
    assert [line.code for line in lines] == [rule.code for rule in SEEDED_RULES]
    assert lines[0].amount == "4" and lines[0].unit == "hours" and lines[0].active
    assert rules_of(lines) == (list(SEEDED_RULES), [])


def test_saving_what_is_stored_writes_nothing(db) -> None:
    before = snapshot()
    save_clocks(stored_edits(), stored_calendar(), ADMIN, clock)
    assert snapshot() == before


def test_edited_retired_and_added_rules_are_stored_in_their_order_and_audited(db) -> None:
    lines = stored_edits()
    lines[1] = dataclasses.replace(lines[1], amount="6", name_zh="中间报告(6小时)")
    lines[3] = dataclasses.replace(lines[3], active=False)
    new = RuleEdit("", "Customer call-back", "回访客户", "2.5", "working_hours", "export",
                   pausable=True, met_on="interim_sent")  # fmt: skip
    lines.insert(0, new)
    save_clocks(lines, stored_calendar(), ADMIN, clock)

    interim = clock_rules.rule("interim_report")
    assert interim is not None and interim.amount == Decimal(6)
    assert interim.name_zh == "中间报告(6小时)"
    in_use = [rule.code for rule in clock_rules.clock_rules()]
    assert in_use[0] == "customer_call_back" and "inspection_records" not in in_use
    assert [r.code for r in clock_rules.clock_rules(False)][4] == "inspection_records"
    added = clock_rules.rule("customer_call_back")
    assert added == clock_rules.ClockRule(
        "customer_call_back", "Customer call-back", "回访客户", Decimal("2.5"),
        "working_hours", "export", True, "received", "interim_sent",
    )  # fmt: skip
    audited = {e.record_uuid for e in AuditEntry.select().where(AuditEntry.table == "clock_rule")}
    assert audited == {"customer_call_back", "interim_report", "inspection_records"}


def test_a_new_rules_code_is_made_from_its_names_and_never_taken_twice(db) -> None:
    lines = [
        *stored_edits(),
        RuleEdit("", "Interim report (export)", "中间报告(外销)", "8", "hours"),
        RuleEdit("", "Interim report, export", "中间报告-外销", "8", "hours"),
        RuleEdit("", "", "质量部确认", "1", "working_days"),
    ]
    lines[-1] = dataclasses.replace(lines[-1], name_en="QA confirms")
    rules, _retired = rules_of(lines)
    assert [r.code for r in rules[-3:]] == [
        "interim_report_export", "interim_report_export_2", "qa_confirms"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"amount": "abc"}, "amount", "not abc"),
        ({"amount": "1e3"}, "amount", "not 1e3"),
        ({"amount": "0"}, "amount", "greater than zero"),
        ({"amount": "1.5", "unit": "working_days"}, "amount", "whole number"),
        ({"amount": "9000"}, "amount", "at most 8760 hours"),
        ({"amount": "300", "unit": "working_days"}, "amount", "at most 250 working days"),
        ({"name_en": "  "}, "name_en", "name in English"),
        ({"name_zh": ""}, "name_zh", "name in Chinese"),
        ({"name_en": "interim REPORT"}, "name_en", "Another clock is named interim REPORT"),
        ({"unit": "weeks"}, "unit", "unknown unit"),
        ({"met_on": "lunch"}, "met_on", "unknown event"),
    ],
)
def test_a_bad_line_is_refused_on_its_row_and_field_with_nothing_written(
    db, change: dict[str, str], field: str, words: str
) -> None:
    lines = stored_edits()
    lines[3] = dataclasses.replace(lines[3], **change)
    before = snapshot()
    found = problems_of(lambda: save_clocks(lines, stored_calendar(), ADMIN, clock))
    assert [(f, row) for f, row, _m in found] == [(field, 3)]
    assert words in found[0][2]
    assert snapshot() == before


def test_full_width_digits_from_an_input_method_are_an_amount(db) -> None:
    lines = stored_edits()
    lines[0] = dataclasses.replace(lines[0], amount=" ４.５ ")
    rules, _retired = rules_of(lines)
    assert rules[0].amount == Decimal("4.5")


def test_every_problem_of_both_tabs_is_said_at_once(db) -> None:
    lines = [dataclasses.replace(line, active=False) for line in stored_edits()]
    lines[0] = dataclasses.replace(lines[0], amount="-1")
    calendar = dataclasses.replace(
        stored_calendar(), zone="Mars/Olympus", week=frozenset(),
        hours=((time(13), time(12)),), note="x" * 4001,
    )  # fmt: skip
    found = problems_of(lambda: save_clocks(lines, calendar, ADMIN, clock))
    assert {(field, row) for field, row, _m in found} == {
        ("amount", 0), (RULES, None), ("zone", None), ("week", None), ("hours", None),
        ("note", None),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"hours": ((time(8), time(12)), (time(11), time(17)))}, "hours", "overlap"),
        ({"hours": ()}, "hours", "no working hours"),
        ({"week": frozenset({7})}, "week", "weekday 8"),
        (
            {
                "holidays": frozenset({date(2027, 2, 6)}),
                "makeup_days": frozenset({date(2027, 2, 6)}),
            },
            "holidays",
            "2027-02-06 is both",
        ),
        ({"zone": ""}, "zone", "is not known"),
    ],
)
def test_a_bad_calendar_is_refused_beside_its_field(db, change, field: str, words: str) -> None:
    found = problems_of(lambda: calendar_of(dataclasses.replace(stored_calendar(), **change)))
    assert [(f, row) for f, row, _m in found] == [(field, None)]
    assert words in found[0][2]


def test_a_calendar_too_large_to_read_back_is_never_stored(db) -> None:
    years = frozenset(date(1900, 1, 1).fromordinal(date(1900, 1, 1).toordinal() + n)
                      for n in range(30_000))  # fmt: skip
    found = problems_of(lambda: calendar_of(dataclasses.replace(stored_calendar(), holidays=years)))
    assert found[0][:2] == ("holidays", None) and "too many days" in found[0][2]


def test_the_calendar_is_saved_with_the_rules_and_read_by_the_clocks(db) -> None:
    calendar = dataclasses.replace(
        stored_calendar(), zone="Asia/Shanghai", week=frozenset({0, 1, 2, 3, 4, 5}),
        holidays=stored_calendar().holidays | {date(2026, 12, 31)}, note="  厂休 \x07见通知  ",
    )  # fmt: skip
    save_clocks(stored_edits(), calendar, ADMIN, clock)
    stored = clock_rules.department_calendar()
    assert stored.zone.key == "Asia/Shanghai" and 5 in stored.week
    assert date(2026, 12, 31) in stored.holidays and not stored.is_working_day(date(2026, 12, 31))
    assert stored.note == "厂休 见通知"  # cleaned once, in the core
    entry = AuditEntry.select().where(AuditEntry.table == DepartmentCalendar._meta.table_name).get()
    assert entry.actor == ADMIN.user_id
    assert json.loads(entry.detail) == {"body": calendar_to_json(stored)}


def test_only_an_administrator_saves_and_a_refusal_writes_nothing(db) -> None:
    lines = stored_edits()
    lines[0] = dataclasses.replace(lines[0], amount="5")
    before = snapshot()
    with pytest.raises(UserError, match="may not do this"):
        save_clocks(lines, stored_calendar(), ENGINEER, clock)
    assert snapshot() == before


def test_a_rule_another_administrator_added_meanwhile_is_kept(db) -> None:
    shown = stored_edits()
    theirs = RuleEdit("", "Sample received", "收到样品", "3", "working_days")
    save_clocks([*shown, theirs], stored_calendar(), ADMIN, clock)
    mine = dataclasses.replace(shown[0], amount="3")
    save_clocks([mine, *shown[1:]], stored_calendar(), ADMIN, clock)
    codes = [rule.code for rule in clock_rules.clock_rules()]
    assert codes[-1] == "sample_received" and clock_rules.rule("first_response").amount == 3


def test_every_code_a_rule_may_hold_has_words_in_both_languages() -> None:
    for words, codes in (
        (rule_words.UNIT_WORDS, UNITS), (rule_words.MARKET_WORDS, MARKETS),
        (rule_words.START_WORDS, STARTS), (rule_words.EVENT_WORDS, EVENTS),
    ):  # fmt: skip
        assert set(words) == set(codes)
        english = dict(rule_words.choices(words, "en"))
        chinese = dict(rule_words.choices(words, "zh_CN"))
        assert all(english[code] != chinese[code] for code in codes), chinese
    assert rule_words.word(rule_words.UNIT_WORDS, "fortnights") == "fortnights"
