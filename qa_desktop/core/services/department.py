"""The department's own rules and lists: settings (declared in core/settings.py) and the
defect list. Validated, written and audited; a batch of changes lands whole or not at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.core.models import DefectType, Setting
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.services.reference import (
    change_defect_type,
    defect_problem,
    insert_defect_type,
)
from qa_desktop.core.vocab import Action

DEFECT_TYPES = "defect_types"  # the FieldError.field of a defect-list problem (row = its index)


@dataclass(frozen=True)
class DefectEdit:
    """One changed line of the defect list: a new type, or a rename/retire of a stored one.

    A new type's code is "": the core makes it from the names when it is saved."""

    code: str
    name_en: str
    name_zh: str
    active: bool
    new: bool


def change_setting(key: str, value: Any, actor: Actor, clock: Clock = utc_now) -> Any:
    """Store a department setting; the stored value is returned, parsed to its type."""
    item = settings.spec(key)
    if item.scope != settings.DEPARTMENT:
        raise UserError(f"'{key}' is a personal setting, not a department one.")
    value = settings.validate(key, value)
    with write(actor, clock, needs=Action.ADMINISTER) as unit:
        old = settings.department(key)
        if old != value:
            Setting.replace(key=key, value=str(value)).execute()
            unit.audit_key("update", Setting._meta.table_name, key, {key: [old, value]})
            if key == "time_zone":  # the working hours are the department's local hours
                from qa_desktop.core.services.clock_rules import follow_zone

                follow_zone(unit, str(value))
    return value


def department_settings() -> dict[str, Any]:
    """Every department setting with its current value, in the registry's order."""
    return {
        key: settings.department(key)
        for key, item in settings.REGISTRY.items()
        if item.scope == settings.DEPARTMENT
    }


def check_changes(edits: Sequence[DefectEdit], rules: dict[str, Any]) -> list[FieldError]:
    """Every problem in a batch, without writing: defect lines by index, settings by key.

    Names are checked against the list as it will be once the batch is saved, so two types may
    swap names in one save."""
    problems = []
    after = {row.code: (row.name_en, row.name_zh) for row in DefectType.select()}
    stored = dict(after)
    for row, edit in enumerate(edits):
        after[_key(row, edit)] = (edit.name_en, edit.name_zh)
    for row, edit in enumerate(edits):
        renamed = edit.new or stored.get(edit.code) != (edit.name_en, edit.name_zh)
        others = [names for key, names in after.items() if key != _key(row, edit)]
        message = defect_problem(edit.name_en, edit.name_zh, others if renamed else ())
        if message:
            problems.append(FieldError(DEFECT_TYPES, message, row))
    for key, value in rules.items():
        try:
            settings.validate(key, value)
        except UserError as exc:
            problems.append(FieldError(key, str(exc)))
    return problems


def _key(row: int, edit: DefectEdit) -> str:
    """A line's place in the list: its code, or (a new line) its row, which no code can be."""
    return f"new line {row}" if edit.new else edit.code


def apply_changes(
    edits: Sequence[DefectEdit],
    rules: dict[str, Any],
    actor: Actor,
    clock: Clock = utc_now,
) -> None:
    """Save a batch from the settings screen in one transaction: all of it, or none of it."""
    problems = check_changes(edits, rules)
    if problems:
        raise ValidationError(problems)
    with write(
        actor, clock, needs=Action.ADMINISTER
    ):  # the services' own writes nest inside as savepoints
        for edit in edits:
            if edit.new:
                insert_defect_type(edit.name_en, edit.name_zh, edit.active, "", actor, clock)
            else:
                change_defect_type(edit.code, edit.name_en, edit.name_zh, edit.active, actor, clock)
        for key, value in rules.items():
            change_setting(key, value, actor, clock)
