"""A working calendar as a file a department keeps, sends to another plant, or edits by hand.

Written as its canonical JSON laid out one entry a line (so a person can check the dates
against the State Council's notice), whole or not at all; read back with every refusal of
calendar_json, after the file itself is checked: its size before a byte is decoded, UTF-8 (a
byte-order mark from Notepad allowed), a regular file (a pipe or a device is never waited on).
"""

from __future__ import annotations

import json
from pathlib import Path

from qa_desktop.core.clocks.calendar import CONTEXT, WorkingCalendar
from qa_desktop.core.clocks.calendar_json import (
    MAX_FILE_CHARS,
    calendar_from_json,
    calendar_to_json,
)
from qa_desktop.core.errors import translated
from qa_desktop.core.files import atomic_output, check_target, read_file
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

# A character is at most four bytes of UTF-8: a file past this cannot hold a calendar.
MAX_FILE_BYTES = 4 * MAX_FILE_CHARS

TOO_BIG = QT_TRANSLATE_NOOP("Clocks", "The file {name} is too large to be a working calendar.")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Clocks", "The file {name} is not UTF-8 text, so it is not a working calendar."
)
UNREADABLE = QT_TRANSLATE_NOOP("Clocks", "The file {name} could not be read: {reason}.")


def calendar_file_text(calendar: WorkingCalendar) -> str:
    """The canonical JSON, indented: the same calendar, readable line by line."""
    data = json.loads(calendar_to_json(calendar))
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_calendar_file(calendar: WorkingCalendar, out: Path | str) -> Path:
    target = check_target(out, ".json")
    with atomic_output(target) as part:
        part.write_bytes(calendar_file_text(calendar).encode("utf-8"))
    return target


def read_calendar_file(path: Path | str) -> WorkingCalendar:
    """The calendar a file holds, or one UserError sentence (nothing else is touched)."""
    path = Path(path)
    try:
        data = read_file(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise translated(
            CONTEXT, UNREADABLE, name=path.name, reason=exc.strerror or type(exc).__name__
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise translated(CONTEXT, TOO_BIG, name=path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise translated(CONTEXT, NOT_UTF8, name=path.name) from None
    return calendar_from_json(text)
