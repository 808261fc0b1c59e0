"""The department's own rules and lists: defect types and settings, through the services."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from conftest import ADMIN, ENGINEER, example_draft, work_entries

from qa_desktop.core import settings
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, Complaint, DefectType, Setting
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting, department_settings
from qa_desktop.core.services.reference import (
    add_defect_type,
    defect_types,
    make_defect_code,
    update_defect_type,
)

MANAGER = Actor("qa.li", "李主管")
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # every test's "now": never the real clock


def clock() -> datetime:
    return NOW


def register(**changes) -> Complaint:
    """DOMAIN.md's example case, received two hours before NOW."""
    draft = example_draft(received_at=NOW - timedelta(hours=2), **changes)
    return register_complaint(draft, clock=clock, actor=ENGINEER)


def test_a_new_defect_type_goes_to_the_end_and_is_audited(db):
    before = [d.code for d in defect_types()]
    added = add_defect_type("Weld seam", "焊缝缺陷", MANAGER)
    assert [d.code for d in defect_types()] == [*before, "weld_seam"]
    entry = AuditEntry.get(AuditEntry.record_uuid == str(added.uuid))
    assert entry.actor == "qa.li" and entry.action == "create"
    assert json.loads(entry.detail)["code"] == "weld_seam"


@pytest.mark.parametrize(
    ("name_en", "name_zh", "code"),
    [
        ("Weld seam", "焊缝缺陷", "weld_seam"),
        ("  Edge   wave (Coil end)!", "边浪", "edge_wave_coil_end"),
        ("", "焊缝缺陷", "han_feng_que_xian"),  # no English name: the Chinese one's pinyin
        ("Crème brûlée", "", "creme_brulee"),
        ("A", "", "defect_a"),
        ("——", "", "defect"),
        ("Surface defect found only after deep drawing of sinks", "", "surface_defect_found_only"),
    ],
)
def test_the_core_makes_a_new_type_s_code_from_its_name(db, name_en, name_zh, code):
    added = add_defect_type(name_en, name_zh, actor=ADMIN)
    assert added.code == code
    assert re.fullmatch(r"[a-z0-9_]{2,30}", added.code)


def test_a_made_code_is_unique_and_never_follows_a_rename(db):
    first = add_defect_type("Weld seam", "焊缝缺陷", actor=ADMIN)
    update_defect_type(first.code, "Weld seam (old)", "焊缝缺陷（旧）", True, actor=ADMIN)
    second = add_defect_type("Weld seam", "焊缝", actor=ADMIN)
    third = add_defect_type("Weld-seam", "焊缝 2", actor=ADMIN)
    assert (first.code, second.code, third.code) == ("weld_seam", "weld_seam_2", "weld_seam_3")
    assert DefectType.get_by_id(first.id).code == "weld_seam", "a rename keeps the code"
    assert make_defect_code("Scratch", "", {"scratch"}) == "scratch_2"


@pytest.mark.parametrize("code", ["x", "Weld Seam!", "焊缝", "a" * 31])
def test_a_code_given_by_hand_is_checked_and_nothing_is_written(db, code):
    counts = DefectType.select().count(), AuditEntry.select().count()
    with pytest.raises(UserError, match="2 to 30 small letters"):
        add_defect_type("Weld seam", "焊缝缺陷", code=code, actor=ADMIN)
    assert (DefectType.select().count(), AuditEntry.select().count()) == counts
    with pytest.raises(UserError, match="already a defect type with the code scratch"):
        add_defect_type("Weld seam", "焊缝缺陷", code="scratch", actor=ADMIN)
    assert add_defect_type("Weld seam", "焊缝缺陷", code="ws", actor=ADMIN).code == "ws"


def test_a_name_is_required_and_used_once(db):
    with pytest.raises(UserError, match="needs a name"):
        add_defect_type("  ", "", actor=ADMIN)
    with pytest.raises(UserError, match="already a defect type called Scratch"):
        add_defect_type("scratch", "表面刮伤", actor=ADMIN)
    with pytest.raises(UserError, match="already a defect type called 划伤"):
        add_defect_type("Surface scratch", "划伤", actor=ADMIN)
    with pytest.raises(UserError, match="already a defect type called Scratch"):
        add_defect_type(
            "", "scratch", actor=ADMIN
        )  # the English name falls back to the Chinese one
    with pytest.raises(UserError, match="already a defect type called Pit"):
        update_defect_type("scratch", "Pit", "划伤", True, actor=ADMIN)
    assert add_defect_type("", "边浪", actor=ADMIN).name_en == "边浪"  # each name falls back


def test_renaming_and_retiring_keeps_old_complaints_pointing_at_it(db):
    complaint = register(defect_type_code="scratch")
    update_defect_type("scratch", "Scratch (surface)", "表面划伤", False, MANAGER)
    assert "scratch" not in [d.code for d in defect_types()]
    assert "scratch" in [d.code for d in defect_types(active_only=False)]
    refreshed = type(complaint).get_by_id(complaint.id)
    assert refreshed.defect_type.name_zh == "表面划伤"
    entry = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert json.loads(entry.detail)["active"] == [True, False]


def test_an_unchanged_update_writes_nothing(db):
    scratch = DefectType.get(DefectType.code == "scratch")
    update_defect_type("scratch", scratch.name_en, scratch.name_zh, True, actor=ADMIN)
    assert work_entries().count() == 0
    with pytest.raises(UserError, match="no defect type nope"):
        update_defect_type("nope", "Nope", "", True, actor=ADMIN)


def test_a_changed_setting_is_parsed_stored_and_audited(db):
    assert change_setting("future_tolerance_minutes", " 30 ", MANAGER) == 30
    assert settings.department("future_tolerance_minutes") == 30
    entry = AuditEntry.get(AuditEntry.record_uuid == "future_tolerance_minutes")
    assert entry.actor == "qa.li" and json.loads(entry.detail) == {
        "future_tolerance_minutes": [10, 30]
    }
    assert department_settings()["future_tolerance_minutes"] == 30


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        ("coil_number_forms", "([", "cannot be part of a coil number"),
        ("case_prefix", "cc1", "one to six capital letters"),
        ("future_tolerance_minutes", "soon", "whole number"),
        ("future_tolerance_minutes", "5000", "between 0 and 1440"),
        ("language", "zh_CN", "personal setting"),
        ("nonsense", "1", "no setting called"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_written(db, key, value, sentence):
    with pytest.raises(UserError, match=sentence):
        change_setting(key, value, actor=ADMIN)
    assert Setting.select().count() == 1 and work_entries().count() == 0  # the zone only


def test_the_coil_pattern_is_what_registration_enforces(db):
    change_setting("coil_number_forms", "@@######", actor=ADMIN)
    with pytest.raises(ValidationError) as refused:
        register()
    assert {error.field for error in refused.value.errors} == {"coil_no"}
    draft = example_draft(received_at=NOW - timedelta(hours=2))
    for coil, number in zip(draft.coils, ("SA240817", "SA240818"), strict=True):
        coil.coil_no = number
    assert register_complaint(draft, clock=clock, actor=ENGINEER).coils.count() == 2


def test_the_case_prefix_names_new_cases(db):
    change_setting("case_prefix", "KS", actor=ADMIN)
    assert register().case_no.startswith("KS-")


def test_the_preview_is_the_number_the_next_case_gets(db):
    from qa_desktop.core.services.complaints import preview_case_no

    first = register()
    preview = preview_case_no("KS", NOW)
    assert preview.endswith(f"-{int(first.case_no[-4:]) + 1:04d}") and preview.startswith("KS-")
    change_setting("case_prefix", "KS", actor=ADMIN)
    assert register().case_no == preview


def test_a_batch_lands_whole_or_not_at_all(db, monkeypatch):
    from qa_desktop.core.services import department

    edits = [
        department.DefectEdit("scratch", "Scratch", "表面划伤", True, new=False),
        department.DefectEdit("", "Weld seam", "焊缝缺陷", True, new=True),
    ]
    problems = department.check_changes(
        [*edits, department.DefectEdit("", " ", "", True, new=True)], {"case_prefix": "x1"}
    )
    assert [(p.field, p.row) for p in problems] == [("defect_types", 2), ("case_prefix", None)]

    def refuse(*args, **kwargs):
        raise UserError("The database is read-only.")

    monkeypatch.setattr(department, "change_setting", refuse)
    with pytest.raises(UserError, match="read-only"):
        department.apply_changes(edits, {"case_prefix": "KS"}, MANAGER)
    assert DefectType.get(DefectType.code == "scratch").name_zh == "划伤"
    assert DefectType.get_or_none(DefectType.code == "weld_seam") is None
    assert work_entries().count() == 0
    monkeypatch.undo()
    department.apply_changes(edits, {"case_prefix": "KS"}, MANAGER)
    assert DefectType.get(DefectType.code == "weld_seam").name_zh == "焊缝缺陷"
    assert settings.department("case_prefix") == "KS"


def test_a_batch_is_checked_as_the_list_will_be_after_it(db):
    """Two types may swap names in one save; two new lines of one name may not both be added."""
    from qa_desktop.core.services import department

    swap = [
        department.DefectEdit("scratch", "Pit", "麻点", True, new=False),
        department.DefectEdit("pit", "Scratch", "划伤", True, new=False),
    ]
    department.apply_changes(swap, {}, actor=ADMIN)
    assert DefectType.get(DefectType.code == "scratch").name_en == "Pit"
    twice = [
        department.DefectEdit("", "Weld seam", "焊缝", True, new=True),
        department.DefectEdit("", "weld seam", "焊缝缺陷", True, new=True),
    ]
    problems = department.check_changes(twice, {})
    assert [(p.row, p.message) for p in problems] == [
        (0, "There is already a defect type called weld seam."),
        (1, "There is already a defect type called Weld seam."),
    ]


def test_a_time_zone_change_is_validated_and_audited(db):
    change_setting("time_zone", "Asia/Shanghai", actor=ADMIN)
    change_setting("time_zone", " Europe/Istanbul ", MANAGER)
    assert settings.department_zone().key == "Europe/Istanbul"
    entry = (
        AuditEntry.select()
        .where(AuditEntry.table == "setting")
        .order_by(AuditEntry.id.desc())
        .get()
    )
    assert (entry.actor, json.loads(entry.detail)) == (
        "qa.li",
        {"time_zone": ["Asia/Shanghai", "Europe/Istanbul"]},
    )
    with pytest.raises(UserError, match="Shanghai is not a time zone this PC knows"):
        change_setting("time_zone", "Shanghai", actor=ADMIN)
    assert settings.department("time_zone") == "Europe/Istanbul"


def test_the_preview_year_is_the_department_s(db):
    """At 20:00 UTC on 31 December it is already the new year in Shanghai."""
    from zoneinfo import ZoneInfo

    from qa_desktop.core.services.complaints import preview_case_no

    now = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)
    change_setting("time_zone", "Asia/Shanghai", actor=ADMIN)
    assert preview_case_no("CC", now) == "CC-2027-0001"
    assert preview_case_no("CC", now, ZoneInfo("America/New_York")) == "CC-2026-0001"
