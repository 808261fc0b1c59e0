"""A working calendar as canonical JSON: how it ships, how a department edits it, how it is stored.

One calendar has exactly one text (keys sorted, lists sorted, no spaces), so two departments'
calendars compare by text and a stored one can be hashed. Weekdays are written 1 (Monday) to 7
(Sunday) as people count them; dates as YYYY-MM-DD and times as HH:MM in the calendar's zone.
Reading refuses anything else with one translated sentence, never a traceback.
"""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from qa_desktop.core.clocks.calendar import CONTEXT, WorkingCalendar
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

FORMAT = "qa-desktop-calendar"
VERSION = 1
CHINA_2026 = "cn-2026.json"
MAX_FILE_CHARS = 256 * 1024
_KEYS = ("format", "holidays", "hours", "makeup_days", "note", "version", "week", "zone")

NOT_A_CALENDAR = QT_TRANSLATE_NOOP(
    "Clocks",
    "The file is not a working calendar this application can read; start from the one it ships.",
)
UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "Clocks", "The time zone {zone} is not known; choose one from the list of zones."
)
BAD_DATE = QT_TRANSLATE_NOOP("Clocks", "The date {value} is not a date written as YYYY-MM-DD.")
BAD_TIME = QT_TRANSLATE_NOOP("Clocks", "The time {value} is not a time written as HH:MM.")


def calendar_to_json(cal: WorkingCalendar) -> str:
    data = {
        "format": FORMAT,
        "holidays": sorted(d.isoformat() for d in cal.holidays),
        "hours": [[f"{a:%H:%M}", f"{b:%H:%M}"] for a, b in cal.hours],
        "makeup_days": sorted(d.isoformat() for d in cal.makeup_days),
        "note": cal.note,
        "version": VERSION,
        "week": sorted(day + 1 for day in cal.week),
        "zone": cal.zone.key,
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def calendar_from_json(text: str) -> WorkingCalendar:
    data = _top(text)
    return WorkingCalendar(
        zone=_zone(data["zone"]),
        week=frozenset(_weekday(v) for v in _list(data["week"])),
        hours=tuple(_span(v) for v in _list(data["hours"])),
        holidays=frozenset(_date(v) for v in _list(data["holidays"])),
        makeup_days=frozenset(_date(v) for v in _list(data["makeup_days"])),
        note=_str(data["note"]),
    )


def china_2026() -> WorkingCalendar:
    """Asia/Shanghai, Monday to Friday 08:00–12:00 and 13:00–17:00, with the State Council's
    2026 public holidays and make-up working days, shipped in resources/calendars."""
    from qa_desktop.paths import resource

    return calendar_from_json(resource("calendars", CHINA_2026).read_text("utf-8"))


def _refuse() -> UserError:
    return translated(CONTEXT, NOT_A_CALENDAR)


def _top(text: str) -> dict[str, Any]:
    if len(text) > MAX_FILE_CHARS:
        raise _refuse()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise _refuse() from None
    if not isinstance(data, dict) or tuple(sorted(data)) != _KEYS:
        raise _refuse()
    if data["format"] != FORMAT or data["version"] != VERSION:
        raise _refuse()
    return data


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _refuse()
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _refuse()
    return value


def zone_named(name: str) -> ZoneInfo:
    """The IANA zone `name`, or one UserError sentence naming it (the file's and the screen's)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise translated(CONTEXT, UNKNOWN_ZONE, zone=name) from None


def _zone(value: Any) -> ZoneInfo:
    return zone_named(_str(value))


def _weekday(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse()
    return value - 1  # the calendar checks the range and names the day in its sentence


def _span(value: Any) -> tuple[time, time]:
    pair = _list(value)
    if len(pair) != 2:
        raise _refuse()
    return _time(pair[0]), _time(pair[1])


def _time(value: Any) -> time:
    text = _str(value)
    if len(text) != 5 or text[2] != ":":
        raise translated(CONTEXT, BAD_TIME, value=text)
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise translated(CONTEXT, BAD_TIME, value=text) from None


def _date(value: Any) -> date:
    text = _str(value)
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise translated(CONTEXT, BAD_DATE, value=text)
