"""What the Response clocks and calendar screen submits: the rules as typed, line by line, and
the calendar as chosen, checked by the core's own rules (ClockRule, WorkingCalendar) so each
refusal names its line and field, then saved in one transaction: all of it, or none of it.

Changing a rule changes the clocks of cases that start after the save; a clock already running
keeps the due time it was given (services/case_clocks.py stores it with the clock).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.clocks.calendar import CONTEXT, WorkingCalendar
from qa_desktop.core.clocks.calendar_json import MAX_FILE_CHARS, calendar_to_json, zone_named
from qa_desktop.core.clocks.rules import EVENTS, MARKETS, STARTS, UNITS, ClockRule
from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.services import clock_rules
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.sorting import sort_key
from qa_desktop.core.text import single_spaced, written
from qa_desktop.core.vocab import Action

RULES = "rules"  # the FieldError.field of a problem with the list as a whole
MAX_NOTE = 4000
# A clock longer than about a year is a typing slip (480 for 48), and would overflow the
# arithmetic of due times: each unit's ceiling is about a year of it.
MAX_AMOUNT = {"hours": Decimal(8760), "working_hours": Decimal(2000), "working_days": Decimal(250)}
_AMOUNT = re.compile(r"\d{1,6}(\.\d{1,2})?")

NEEDS_NAME_EN = QT_TRANSLATE_NOOP("Clocks", "Give the clock a name in English.")
NEEDS_NAME_ZH = QT_TRANSLATE_NOOP("Clocks", "Give the clock a name in Chinese.")
TAKEN_NAME = QT_TRANSLATE_NOOP(
    "Clocks", "Another clock is named {name}; give each clock its own name."
)
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP(
    "Clocks", "Enter the time allowed as a number such as 4, 1.5 or 48, not {amount}."
)
TOO_LONG = {
    "hours": QT_TRANSLATE_NOOP(
        "Clocks", "A clock in hours runs at most {limit} hours (a year); enter a smaller amount."
    ),
    "working_hours": QT_TRANSLATE_NOOP(
        "Clocks",
        "A clock in working hours runs at most {limit} working hours (about a year); "
        "enter a smaller amount.",
    ),
    "working_days": QT_TRANSLATE_NOOP(
        "Clocks",
        "A clock in working days runs at most {limit} working days (about a year); "
        "enter a smaller amount.",
    ),
}
NO_ACTIVE_RULE = QT_TRANSLATE_NOOP(
    "Clocks", "Keep at least one response clock in use: a new case needs one."
)
NOTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Clocks", "The note is longer than {limit} characters; say where the lists come from briefly."
)
TOO_MANY_DAYS = QT_TRANSLATE_NOOP(
    "Clocks", "The calendar holds too many days to be stored; remove years long past."
)


@dataclass(frozen=True)
class RuleEdit:
    """One line of the rules table as typed; `code` is "" on a line added on the screen (the
    core makes it from the names). The amount is the text typed."""

    code: str
    name_en: str
    name_zh: str
    amount: str
    unit: str
    applies_to: str = "any"
    pausable: bool = False
    starts: str = "received"
    met_on: str = ""
    active: bool = True

    @classmethod
    def of(cls, rule: ClockRule, active: bool = True) -> RuleEdit:
        return cls(
            rule.code, rule.name_en, rule.name_zh, _amount_text(rule.amount), rule.unit,
            rule.applies_to, rule.pausable, rule.starts, rule.met_on, active,
        )  # fmt: skip


@dataclass(frozen=True)
class CalendarEdit:
    """The calendar tab as chosen: weekdays 0 (Monday) to 6, spans of hours, the two lists."""

    zone: str
    week: frozenset[int]
    hours: tuple[tuple[time, time], ...]
    holidays: frozenset[date]
    makeup_days: frozenset[date]
    note: str = ""

    @classmethod
    def of(cls, calendar: WorkingCalendar) -> CalendarEdit:
        return cls(
            calendar.zone.key, calendar.week, calendar.hours, calendar.holidays,
            calendar.makeup_days, calendar.note,
        )  # fmt: skip


def stored_edits() -> list[RuleEdit]:
    """Every stored rule, the retired ones too, in the department's order."""
    active = {rule.code for rule in clock_rules.clock_rules()}
    return [RuleEdit.of(rule, rule.code in active) for rule in clock_rules.clock_rules(False)]


# ----- checking -----------------------------------------------------------------------------
def rules_of(edits: Sequence[RuleEdit]) -> tuple[list[ClockRule], list[str]]:
    """The rules the lines make, in their order, and the codes retired; ValidationError with
    every problem on its line (`row`) and field otherwise. Pure but for the stored codes."""
    problems: list[FieldError] = []
    taken = {rule.code for rule in clock_rules.clock_rules(False)} | {e.code for e in edits}
    names: dict[str, int] = {}
    rules: list[ClockRule] = []
    for row, edit in enumerate(edits):
        edit = _cleaned(edit)
        problems += _name_problems(edit, row, names)
        if not edit.code:
            edit = dataclasses.replace(edit, code=_new_code(edit, taken))
            taken.add(edit.code)
        rule_or_problem = _rule(edit, row)
        if isinstance(rule_or_problem, FieldError):
            problems.append(rule_or_problem)
        else:
            rules.append(rule_or_problem)
    if not any(edit.active for edit in edits):
        problems.append(FieldError(RULES, translate(CONTEXT, NO_ACTIVE_RULE)))
    if problems:
        raise ValidationError(problems)
    retired = [rule.code for rule, edit in zip(rules, edits, strict=True) if not edit.active]
    return rules, retired


def calendar_of(edit: CalendarEdit) -> WorkingCalendar:
    """The calendar chosen, or ValidationError with each problem beside its field: each part
    is put through WorkingCalendar's own check alone, so its sentence lands where it belongs."""
    problems: list[FieldError] = []
    zone = _zone(edit.zone, problems)
    for name, part in (
        ("week", {"week": edit.week}),
        ("hours", {"hours": edit.hours}),
        ("holidays", {"holidays": edit.holidays, "makeup_days": edit.makeup_days}),
    ):
        try:
            WorkingCalendar(zone=ZoneInfo("UTC"), **part)
        except UserError as exc:
            problems.append(FieldError(name, str(exc)))
    note = written(edit.note)
    if len(note) > MAX_NOTE:
        problems.append(
            FieldError("note", translate(CONTEXT, NOTE_TOO_LONG).format(limit=MAX_NOTE))
        )
    if problems or zone is None:
        raise ValidationError(problems)
    calendar = WorkingCalendar(zone, edit.week, edit.hours, edit.holidays, edit.makeup_days, note)
    if len(calendar_to_json(calendar)) > MAX_FILE_CHARS:  # what is stored must read back
        raise ValidationError([FieldError("holidays", translate(CONTEXT, TOO_MANY_DAYS))])
    return calendar


# ----- saving -------------------------------------------------------------------------------
def save_clocks(
    edits: Sequence[RuleEdit], calendar: CalendarEdit, actor: Actor, clock: Clock = utc_now
) -> None:
    """The rules and the calendar in one transaction, after every line and field is checked
    (all problems at once); a stored rule the lines leave out stays as it is, at the end."""
    problems: list[FieldError] = []
    rules: list[ClockRule] = []
    retired: list[str] = []
    chosen: WorkingCalendar | None = None
    try:
        rules, retired = rules_of(edits)
    except ValidationError as exc:
        problems += exc.errors
    try:
        chosen = calendar_of(calendar)
    except ValidationError as exc:
        problems += exc.errors
    if problems or chosen is None:
        raise ValidationError(problems)
    with write(actor, clock, needs=Action.ADMINISTER):  # the two saves nest as savepoints
        listed = {rule.code for rule in rules}
        active = {rule.code for rule in clock_rules.clock_rules()}
        for left in clock_rules.clock_rules(False):  # another administrator's is never dropped
            if left.code not in listed:
                rules.append(left)
                retired += [] if left.code in active else [left.code]
        clock_rules.save_clock_rules(rules, retired, actor, clock)
        clock_rules.save_calendar(chosen, actor, clock)


# ----- the pieces ---------------------------------------------------------------------------
def _cleaned(edit: RuleEdit) -> RuleEdit:
    amount = unicodedata.normalize("NFKC", edit.amount).strip()  # full-width digits from an IME
    return dataclasses.replace(
        edit, name_en=single_spaced(edit.name_en), name_zh=single_spaced(edit.name_zh),
        amount=amount,
    )  # fmt: skip


def _name_problems(edit: RuleEdit, row: int, seen: dict[str, int]) -> list[FieldError]:
    problems = []
    for field, name, needed in (
        ("name_en", edit.name_en, NEEDS_NAME_EN),
        ("name_zh", edit.name_zh, NEEDS_NAME_ZH),
    ):
        if not name:
            problems.append(FieldError(field, translate(CONTEXT, needed), row))
        elif name.casefold() in seen:
            message = translate(CONTEXT, TAKEN_NAME).format(name=name)
            problems.append(FieldError(field, message, row))
        else:
            seen[name.casefold()] = row
    return problems


def _rule(edit: RuleEdit, row: int) -> ClockRule | FieldError:
    """The ClockRule a line makes, or its problem on the field it concerns."""
    if not _AMOUNT.fullmatch(edit.amount):
        message = translate(CONTEXT, NOT_AN_AMOUNT).format(amount=edit.amount or "—")
        return FieldError("amount", message, row)
    try:
        rule = ClockRule(
            edit.code, edit.name_en, edit.name_zh, Decimal(edit.amount), edit.unit,  # type: ignore[arg-type]
            edit.applies_to, edit.pausable, edit.starts, edit.met_on,  # type: ignore[arg-type]
        )  # fmt: skip
    except UserError as exc:  # the rule's own check, said on the field it names
        return FieldError(_field_of(edit), str(exc), row)
    if rule.amount > MAX_AMOUNT[rule.unit]:
        message = translate(CONTEXT, TOO_LONG[rule.unit]).format(limit=MAX_AMOUNT[rule.unit])
        return FieldError("amount", message, row)
    return rule


def _field_of(edit: RuleEdit) -> str:
    """Which field ClockRule refused: a code outside its list, else the amount."""
    for field, value, allowed in (
        ("unit", edit.unit, UNITS),
        ("applies_to", edit.applies_to, MARKETS),
        ("starts", edit.starts, STARTS),
        ("met_on", edit.met_on, EVENTS),
    ):
        if value not in allowed:
            return field
    return "amount"


def _new_code(edit: RuleEdit, taken: set[str]) -> str:
    """A permanent code from the English name (pinyin of the Chinese one without it): the case
    clocks keep it, so a rename never detaches a running clock from its rule."""
    latin = any(c.isascii() and c.isalnum() for c in edit.name_en)
    reading = sort_key(edit.name_en if latin else edit.name_zh).split("\t", 1)[0]
    plain = unicodedata.normalize("NFKD", reading.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    stem = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40].strip("_") or "clock"
    code, number = stem, 1
    while code in taken:
        number += 1
        code = f"{stem}_{number}"
    return code


def _zone(key: str, problems: list[FieldError]) -> ZoneInfo | None:
    try:
        return zone_named(key.strip())
    except UserError as exc:
        problems.append(FieldError("zone", str(exc)))
        return None


def _amount_text(amount: Decimal) -> str:
    """4 for Decimal('4'), 1.5 for Decimal('1.50'): as a person types it."""
    return f"{amount.normalize():f}"
