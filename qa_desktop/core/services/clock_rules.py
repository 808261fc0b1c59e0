"""The department's response-clock rules and working calendar: seeded from the seeds, edited by
an administrator, read by the case clocks (services/case_clocks.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.clocks.calendar import WorkingCalendar
from qa_desktop.core.clocks.calendar_json import calendar_from_json, calendar_to_json, china_2026
from qa_desktop.core.clocks.rules import SEEDED_RULES, ClockRule
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import ClockRuleRow, DepartmentCalendar
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.vocab import Action

CONTEXT = "Clocks"
DEPARTMENT = "department"
DUPLICATE_CODE = QT_TRANSLATE_NOOP("Clocks", "Two clocks have the code {code}; give each its own.")
NO_RULES = QT_TRANSLATE_NOOP("Clocks", "Keep at least one response clock.")


def seed_clock_rules() -> None:
    """The seeds' rules and the shipped calendar in the department's zone, where none are kept."""
    if not ClockRuleRow.select().exists():
        for position, rule in enumerate(SEEDED_RULES):
            ClockRuleRow.create(position=position, **_row_values(rule))
    if DepartmentCalendar.get_or_none(DepartmentCalendar.name == DEPARTMENT) is None:
        calendar = dataclasses.replace(china_2026(), zone=settings.department_zone())
        DepartmentCalendar.create(
            name=DEPARTMENT,
            body=calendar_to_json(calendar),
            updated_at=to_storage(utc_now()),
            updated_by="system",
        )
    _cached_calendar.cache_clear()


def clock_rules(active_only: bool = True) -> tuple[ClockRule, ...]:
    """The department's rules in its order (the retired ones too, when asked)."""
    query = ClockRuleRow.select().order_by(ClockRuleRow.position)
    if active_only:
        query = query.where(ClockRuleRow.active == True)  # noqa: E712 - peewee's SQL
    return tuple(_rule(row) for row in query)


def rule(code: str) -> ClockRule | None:
    row = ClockRuleRow.get_or_none(ClockRuleRow.code == code)
    return _rule(row) if row is not None else None


def department_calendar() -> WorkingCalendar:
    row = DepartmentCalendar.get_or_none(DepartmentCalendar.name == DEPARTMENT)
    if row is None:  # a file whose calendar was never seeded counts round the week's default
        return WorkingCalendar(zone=settings.department_zone())
    return _cached_calendar(row.body)


@lru_cache(maxsize=4)
def _cached_calendar(body: str) -> WorkingCalendar:
    return calendar_from_json(body)


def save_calendar(calendar: WorkingCalendar, actor: Actor, clock: Clock = utc_now) -> None:
    body = calendar_to_json(calendar)
    with write(actor, clock, needs=Action.ADMINISTER) as unit:
        row = DepartmentCalendar.get_or_none(DepartmentCalendar.name == DEPARTMENT)
        old = row.body if row is not None else ""
        if old == body:
            return
        DepartmentCalendar.replace(
            name=DEPARTMENT, body=body, updated_at=to_storage(clock()), updated_by=actor.user_id
        ).execute()
        unit.audit_key("update", DepartmentCalendar._meta.table_name, DEPARTMENT, {"body": body})


def follow_zone(unit: Unit, zone_name: str) -> None:
    """The department moved to another zone: its calendar's hours are that zone's from now on
    (inside the caller's transaction and audit)."""
    row = DepartmentCalendar.get_or_none(DepartmentCalendar.name == DEPARTMENT)
    if row is None:
        return
    moved = dataclasses.replace(calendar_from_json(row.body), zone=ZoneInfo(zone_name))
    body = calendar_to_json(moved)
    if body != row.body:
        DepartmentCalendar.update(
            body=body, updated_at=to_storage(unit.clock()), updated_by=unit.actor.user_id
        ).where(DepartmentCalendar.name == DEPARTMENT).execute()
        unit.audit_key(
            "update", DepartmentCalendar._meta.table_name, DEPARTMENT, {"zone": zone_name}
        )


def save_clock_rules(
    rules: Sequence[ClockRule], retired: Sequence[str], actor: Actor, clock: Clock = utc_now
) -> None:
    """Store the department's rules in this order; codes in `retired` stay but start no clock
    on new cases (clocks already running keep their rule). A batch lands whole or not at all."""
    codes = [r.code for r in rules]
    for code in codes:
        if codes.count(code) > 1:
            raise translated(CONTEXT, DUPLICATE_CODE, code=code)
    if not [code for code in codes if code not in retired]:
        raise translated(CONTEXT, NO_RULES)
    with write(actor, clock, needs=Action.ADMINISTER) as unit:
        for position, item in enumerate(rules):
            values = {**_row_values(item), "position": position, "active": item.code not in retired}
            row = ClockRuleRow.get_or_none(ClockRuleRow.code == item.code)
            before = _row_values(_rule(row)) | {"active": row.active} if row else {}
            if row is None:
                ClockRuleRow.create(**values)
            else:
                ClockRuleRow.update(**values).where(ClockRuleRow.id == row.id).execute()
            changed = {k: [before.get(k), v] for k, v in values.items() if before.get(k) != v}
            if changed and (row is None or set(changed) - {"position"}):
                unit.audit_key("update", ClockRuleRow._meta.table_name, item.code, changed)


def _row_values(item: ClockRule) -> dict[str, object]:
    return {
        "code": item.code,
        "name_en": item.name_en,
        "name_zh": item.name_zh,
        "amount": str(item.amount),
        "unit": item.unit,
        "applies_to": item.applies_to,
        "pausable": item.pausable,
        "starts": item.starts,
        "met_on": item.met_on,
    }


def _rule(row: ClockRuleRow) -> ClockRule:
    return ClockRule(
        code=row.code,
        name_en=row.name_en,
        name_zh=row.name_zh,
        amount=Decimal(row.amount),
        unit=row.unit,
        applies_to=row.applies_to,
        pausable=row.pausable,
        starts=row.starts,
        met_on=row.met_on,
    )
