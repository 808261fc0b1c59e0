"""The settings registry: department settings in the database, user settings in a JSON file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ADMIN, ENGINEER, add_test_accounts, example_draft
from peewee import SqliteDatabase

from qa_desktop import paths
from qa_desktop.core import settings
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import Setting
from qa_desktop.core.services.complaints import current_rules, register_complaint
from qa_desktop.core.services.department import change_setting
from qa_desktop.core.settings import REGISTRY, UserSettings


def test_registry_defaults(db: SqliteDatabase) -> None:
    assert settings.department("case_prefix") == "CC"
    assert settings.department("coil_number_forms") == ""
    assert settings.department("future_tolerance_minutes") == 10
    # Defaults are not written; the zone is, when the file is made (the creating PC's zone).
    assert [row.key for row in Setting.select()] == ["time_zone"]
    assert {spec.scope for spec in REGISTRY.values()} == {settings.DEPARTMENT, settings.USER}
    for key, spec in REGISTRY.items():
        assert spec.key == key
        assert spec.description


def test_department_settings_round_trip_through_the_database(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        add_test_accounts()
        change_setting("case_prefix", "QA", actor=ADMIN)
        change_setting("future_tolerance_minutes", 30, actor=ADMIN)
        change_setting("coil_number_forms", "S##@####-##", actor=ADMIN)
    finally:
        close_database(database)
    database = open_database(db_path)
    try:
        assert settings.department("case_prefix") == "QA"
        assert settings.department("future_tolerance_minutes") == 30
        assert isinstance(settings.department("future_tolerance_minutes"), int)
        rules = current_rules()
        assert rules.coil_forms == ("S##@####-##",)
        assert rules.future_tolerance == timedelta(minutes=30)
    finally:
        close_database(database)


def test_department_settings_change_what_the_services_do(db: SqliteDatabase) -> None:
    now = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
    change_setting("case_prefix", "KS", actor=ADMIN)
    complaint = register_complaint(
        example_draft(received_at=now), clock=lambda: now, actor=ENGINEER
    )
    assert complaint.case_no == "KS-2026-0001"
    change_setting("coil_number_forms", "LOT/####/##", actor=ADMIN)
    with pytest.raises(ValidationError) as info:
        register_complaint(example_draft(received_at=now), clock=lambda: now, actor=ENGINEER)
    assert {e.field for e in info.value.errors} == {"coil_no"}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("coil_number_forms", "[A-Z", "cannot be part of a coil number"),
        ("coil_number_forms", "(A+)+$", "cannot be part of a coil number"),
        ("case_prefix", "cc", "one to six capital letters"),
        ("case_prefix", "", "one to six capital letters"),
        ("case_prefix", "TOOLONG", "one to six capital letters"),
        ("case_prefix", "C-C", "one to six capital letters"),
        ("case_prefix", "客诉", "one to six capital letters"),
    ],
)
def test_invalid_department_values_are_refused(
    db: SqliteDatabase, key: str, value: str, message: str
) -> None:
    with pytest.raises(UserError, match=message) as info:
        change_setting(key, value, actor=ADMIN)
    assert "\n" not in str(info.value)
    assert Setting.select().count() == 1  # only the zone set at creation
    assert settings.department(key) == REGISTRY[key].default


def test_unknown_keys_are_refused(db: SqliteDatabase, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no setting called 'colour'"):
        settings.department("colour")
    with pytest.raises(UserError, match="no setting called 'colour'"):
        change_setting("colour", "blue", actor=ADMIN)
    user = UserSettings(tmp_path / "settings.json")
    with pytest.raises(UserError, match="no setting called 'colour'"):
        user.get("colour")
    with pytest.raises(UserError, match="no setting called 'colour'"):
        user.set("colour", "blue")
    assert not (tmp_path / "settings.json").exists()
    assert Setting.select().count() == 1  # only the zone set at creation


def test_user_settings_default_then_persist(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    user = UserSettings(path)
    assert user.get("language") == ""
    assert user.get("last_database") == ""
    user.set("language", "zh_CN")
    user.set("last_database", "D:/品保/客诉.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]  # no .tmp left
    stored = json.loads(path.read_text("utf-8"))
    assert stored == {"language": "zh_CN", "last_database": "D:/品保/客诉.sqlite"}
    assert "品保" in path.read_text("utf-8")  # written as text, not \u escapes
    again = UserSettings(path)
    assert again.get("language") == "zh_CN"
    assert again.get("last_database") == "D:/品保/客诉.sqlite"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"[1, 2]", b"null", b'"zh_CN"', b"\xff\xfe\x00garbage"],
    ids=["broken", "empty", "list", "null", "string", "not-utf8"],
)
def test_user_settings_survive_a_corrupt_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    user = UserSettings(path)
    assert user.get("language") == ""
    user.set("language", "en")
    assert json.loads(path.read_text("utf-8")) == {"language": "en"}


def test_user_settings_path_is_in_the_data_folder(tmp_path: Path) -> None:
    # conftest points QA_DESKTOP_DATA_DIR at tmp_path / "data" for every test.
    assert paths.user_config_path() == tmp_path / "data" / "settings.json"
    assert paths.default_database_path().parent == tmp_path / "data"


def test_the_old_coil_pattern_key_says_what_took_its_place(db) -> None:
    """A script of the earlier version setting a regular expression is told to use forms."""
    with pytest.raises(UserError) as refused:
        settings.spec("coil_number_pattern")
    assert "(now coil_number_forms)" in str(refused.value)
    assert "coil_number_forms, case_prefix" in str(refused.value)
