"""The one settings registry: every setting, its scope, type and default, declared once.

Department settings live in the database (everyone on the file shares them); user settings live
in a JSON file in the user's data folder (language, last database).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from qa_desktop.core import coil_forms
from qa_desktop.core.clock import local_zone_name
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.text import clean_line, clean_multiline

DEPARTMENT = "department"
USER = "user"


class SettingSpec(NamedTuple):
    key: str
    scope: str
    default: Any
    description: str

    def parse(self, raw: str) -> Any:
        kind = type(self.default)
        if kind is bool:
            return raw.lower() in ("1", "true", "yes")
        return kind(raw)


REGISTRY: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            "coil_number_forms",
            DEPARTMENT,
            "",
            QT_TRANSLATE_NOOP(
                "Settings",
                "One form per line, written as the number is printed: # a digit, @ a letter, "
                "? a letter or digit, * any characters (or none); every other character stands "
                "for itself.",
            ),
        ),
        SettingSpec(
            "case_prefix",
            DEPARTMENT,
            "CC",
            QT_TRANSLATE_NOOP("Settings", "Prefix of case numbers: CC-YYYY-NNNN."),
        ),
        SettingSpec(
            "future_tolerance_minutes",
            DEPARTMENT,
            10,
            QT_TRANSLATE_NOOP(
                "Settings",
                "How far a received time may lie ahead of this PC's clock (clock drift).",
            ),
        ),
        SettingSpec(
            "time_zone",
            DEPARTMENT,
            "",  # set when the database is created: the zone of the PC that created it
            QT_TRANSLATE_NOOP(
                "Settings",
                "The department's time zone: every time is shown in it, e.g. Asia/Shanghai.",
            ),
        ),
        SettingSpec(
            "sign_in_attempts",
            DEPARTMENT,
            5,
            QT_TRANSLATE_NOOP(
                "Settings",
                "Wrong passwords in a row that lock an account until an administrator unlocks it.",
            ),
        ),
        SettingSpec(
            "idle_lock_minutes",
            DEPARTMENT,
            15,
            QT_TRANSLATE_NOOP(
                "Settings",
                "Minutes without use after which the window locks and asks for the password.",
            ),
        ),
        SettingSpec(
            "language", USER, "", "Language of the window: en, zh_CN, or empty for the system's."
        ),
        SettingSpec("last_database", USER, "", "The database file opened last."),
        SettingSpec("last_user", USER, "", "The user id that signed in last on this PC."),
        SettingSpec(
            "register_header", USER, "", "The register's column order, widths and sort (base64)."
        ),
        SettingSpec(
            "department_keys",
            USER,
            {},
            "The department key each database had when this PC first opened it: "
            "{database uuid: fingerprint}. A key that changed since is reported.",
        ),
        SettingSpec(
            "window_sizes",
            USER,
            {},
            "Each window's size as the user left it: {key: {width, height, maximized}}.",
        ),
    )
}


# Keys of an earlier version and what took their place, so that a script using one is told.
RENAMED = {"coil_number_pattern": "coil_number_forms"}


def spec(key: str) -> SettingSpec:
    try:
        return REGISTRY[key]
    except KeyError:
        known = ", ".join(k for k, item in REGISTRY.items() if item.scope == DEPARTMENT)
        renamed = RENAMED.get(key)
        raise translated(
            "Settings",
            QT_TRANSLATE_NOOP(
                "Settings",
                "There is no setting called '{key}'{hint}; the department's settings are: {known}.",
            ),
            key=key,
            hint=f" (now {renamed})" if renamed else "",
            known=known,
        ) from None


def validate(key: str, value: Any) -> Any:
    """The value to store (typed text parsed), or UserError with one translated sentence."""
    item = spec(key)
    if isinstance(value, str) and not isinstance(item.default, str):
        try:
            value = item.parse(value.strip())
        except ValueError:
            raise translated(
                "Settings", QT_TRANSLATE_NOOP("Settings", "Enter a whole number.")
            ) from None
    if isinstance(value, str):
        value = clean_multiline(value) if key == "coil_number_forms" else clean_line(value).strip()
    if key == "coil_number_forms":
        problem = coil_forms.problem(value)
        if problem:
            raise UserError(problem)
        value = "\n".join(coil_forms.parse(value))
    if key == "time_zone" and not _is_zone_key(value):
        raise translated(
            "Settings",
            QT_TRANSLATE_NOOP(
                "Settings", "{zone} is not a time zone this PC knows; e.g. Asia/Shanghai."
            ),
            zone=value,
        )
    if key == "case_prefix" and not re.fullmatch(r"[A-Z]{1,6}", str(value)):
        raise translated(
            "Settings",
            QT_TRANSLATE_NOOP("Settings", "The case prefix must be one to six capital letters."),
        )
    if key == "future_tolerance_minutes" and not 0 <= value <= 1440:
        raise translated(
            "Settings", QT_TRANSLATE_NOOP("Settings", "Enter between 0 and 1440 minutes.")
        )
    if key in LIMITS and not LIMITS[key][0] <= value <= LIMITS[key][1]:
        low, high = LIMITS[key]
        raise translated(
            "Settings",
            QT_TRANSLATE_NOOP("Settings", "Enter a whole number from {low} to {high}."),
            low=low,
            high=high,
        )
    return value


# Whole-number settings and the range a department may choose from.
LIMITS = {"sign_in_attempts": (3, 10), "idle_lock_minutes": (1, 240)}


def _is_zone_key(name: str) -> bool:
    """An IANA zone name (Asia/Shanghai, UTC), not a fixed offset: offsets ignore summer time."""
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        return False
    return True


def department(key: str) -> Any:
    from qa_desktop.core.models import Setting

    item = spec(key)
    row = Setting.get_or_none(Setting.key == key)
    return item.default if row is None else item.parse(row.value)


def department_zone(db: Any = None) -> ZoneInfo:
    """The zone every instant is shown in; this PC's zone if the setting is missing.

    `db`: read through this connection rather than the models' (a worker process's export has
    its own connection and no bound models)."""
    if db is None:
        name = department("time_zone")
    else:
        row = db.execute_sql("SELECT value FROM setting WHERE key = 'time_zone'").fetchone()
        name = row[0] if row else ""
    name = name or local_zone_name()
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def coil_forms_rule() -> tuple[str, ...]:
    """The department's coil-number forms, parsed (empty: the default rule)."""
    return coil_forms.parse(department("coil_number_forms"))


class UserSettings:
    """Per-user settings in a JSON file, written to a temporary name and moved into place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            values = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            values = {}
        # A file that is valid JSON but not an object (`[]`, `null`) is as unusable as a corrupt one.
        self._values: dict[str, Any] = values if isinstance(values, dict) else {}

    def get(self, key: str) -> Any:
        item = spec(key)
        return self._values.get(key, item.default)

    def set(self, key: str, value: Any) -> None:
        spec(key)
        self._values[key] = value
        temp = self.path.with_name(self.path.name + ".tmp")
        temp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), "utf-8")
        os.replace(temp, self.path)
