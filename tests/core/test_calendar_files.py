"""A working calendar as a file (export, import, the hostile files a person may pick) and China's
public holidays for a year from the chinese-calendar package. No database, no Qt."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from qa_desktop.core.clocks import china_holidays
from qa_desktop.core.clocks.calendar import WorkingCalendar
from qa_desktop.core.clocks.calendar_files import (
    MAX_FILE_BYTES,
    calendar_file_text,
    read_calendar_file,
    write_calendar_file,
)
from qa_desktop.core.clocks.calendar_json import calendar_to_json, china_2026
from qa_desktop.core.clocks.china_holidays import china_days, known_years, with_china_year
from qa_desktop.core.errors import UserError

CN = china_2026()
BERLIN = ZoneInfo("Europe/Berlin")


def test_an_exported_calendar_reads_back_equal_and_is_laid_out_line_by_line(tmp_path) -> None:
    calendar = dataclasses.replace(CN, zone=BERLIN, note="Werksferien 2026\n厂休")
    written = write_calendar_file(calendar, tmp_path / "calendar.json")
    assert written == tmp_path / "calendar.json"
    assert read_calendar_file(written) == calendar
    text = written.read_text("utf-8")
    assert text == calendar_file_text(calendar) and '\n    "2026-10-01",\n' in text
    assert json.loads(text) == json.loads(calendar_to_json(calendar))


def test_a_byte_order_mark_from_notepad_is_allowed(tmp_path) -> None:
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + calendar_to_json(CN).encode("utf-8"))
    assert read_calendar_file(path) == CN


def _shipped_with(**change: object) -> str:
    return json.dumps(json.loads(calendar_to_json(CN)) | change)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"x" * (MAX_FILE_BYTES + 1), "too large"),
        (b'{"format": "qa-desktop-calendar", "note": "\xff\xfe"}', "not UTF-8"),
        (b"holidays: 2026-10-01", "not a working calendar"),
        (b"[" * 100_000, "not a working calendar"),
        (json.dumps({"format": "qa-desktop-checklist", "version": 1}).encode(), "not a working"),
        (_shipped_with(holidays=["2026-02-30"]).encode(), "2026-02-30 is not a date"),
        (_shipped_with(holidays=["1 October"]).encode(), "1 October is not a date"),
        (_shipped_with(makeup_days=["2026-10-01"]).encode(), "2026-10-01 is both"),
        (_shipped_with(hours=[["17:00", "08:00"]]).encode(), "end before they start"),
    ],
    ids=[
        "huge",
        "not-utf8",
        "not-json",
        "deep",
        "wrong-format",
        "bad-date",
        "words-date",
        "holiday-and-make-up",
        "backwards-hours",
    ],
)
def test_a_hostile_file_is_refused_in_one_sentence(tmp_path, content: bytes, words: str) -> None:
    path = tmp_path / "calendar.json"
    path.write_bytes(content)
    with pytest.raises(UserError, match=words) as refused:
        read_calendar_file(path)
    assert "\n" not in str(refused.value) and "Traceback" not in str(refused.value)


def test_a_folder_or_a_missing_file_is_said_as_such(tmp_path) -> None:
    with pytest.raises(UserError, match="could not be read"):
        read_calendar_file(tmp_path)
    with pytest.raises(UserError, match=r"gone\.json could not be read"):
        read_calendar_file(tmp_path / "gone.json")


def test_an_export_over_a_database_is_refused(tmp_path, db_path: Path) -> None:
    from qa_desktop.core.db import close_database, open_database

    close_database(open_database(db_path))
    before = db_path.read_bytes()
    with pytest.raises(UserError):
        write_calendar_file(CN, db_path)
    assert db_path.read_bytes() == before


# ----- China's public holidays from the package ------------------------------------------------
def test_the_packages_2026_is_the_state_councils_as_shipped() -> None:
    holidays, makeup = china_days(2026)
    assert holidays == CN.holidays and makeup == CN.makeup_days


def test_a_year_is_added_to_the_departments_own_days_and_said_in_the_note() -> None:
    own = WorkingCalendar(BERLIN, holidays={date(2026, 12, 24), date(2026, 10, 10)},
                          makeup_days={date(2026, 10, 1)}, note="Our plant closes on 24 December.")  # fmt: skip
    added = with_china_year(own, 2026, "en")
    calendar = added.calendar
    assert calendar.holidays == CN.holidays | {date(2026, 12, 24)}
    assert calendar.makeup_days == CN.makeup_days  # 10-01 and 10-10 as the notice has them
    assert (added.holidays, added.makeup_days, added.moved) == (33, 6, 2)
    assert calendar.note.startswith("Our plant closes on 24 December.\nChina 2026:")
    assert f"chinese-calendar package {china_holidays._package().__version__};" in calendar.note
    again = with_china_year(calendar, 2026, "en")
    assert again.calendar == calendar and (again.holidays, again.makeup_days, again.moved) == (
        0,
        0,
        0,
    )
    assert calendar.zone == BERLIN and calendar.week == own.week


def test_a_year_beyond_the_package_names_the_last_year_it_knows() -> None:
    first, last = known_years()
    assert first <= 2026 <= last
    with pytest.raises(UserError) as later:
        with_china_year(CN, last + 1)
    assert str(later.value) == (
        f"The package knows holidays up to {last}; enter later years by hand."
    )
    with pytest.raises(UserError, match=f"from {first} on"):
        china_days(first - 1)


def test_without_the_package_the_holidays_are_entered_by_hand(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "chinese_calendar", None)  # import fails as if absent
    with pytest.raises(UserError, match="not installed"):
        with_china_year(CN, 2026)
