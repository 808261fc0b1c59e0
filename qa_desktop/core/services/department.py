"""Department settings (core/settings.py declares them): validated, written and audited."""

from __future__ import annotations

from typing import Any

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.models import Setting
from qa_desktop.core.services.context import LOCAL_USER, Actor, write


def change_setting(key: str, value: Any, actor: Actor = LOCAL_USER, clock: Clock = utc_now) -> Any:
    """Store a department setting; the stored value is returned, parsed to its type."""
    item = settings.spec(key)
    if item.scope != settings.DEPARTMENT:
        raise settings.UserError(f"'{key}' is a personal setting, not a department one.")
    value = settings.validate(key, value)
    with write(actor, clock) as unit:
        old = settings.department(key)
        if old != value:
            Setting.replace(key=key, value=str(value)).execute()
            unit.audit_key("update", Setting._meta.table_name, key, {key: [old, value]})
    return value


def department_settings() -> dict[str, Any]:
    """Every department setting with its current value, in the registry's order."""
    return {
        key: settings.department(key)
        for key, item in settings.REGISTRY.items()
        if item.scope == settings.DEPARTMENT
    }
