"""The department's own rules and lists: defect types and settings, through the services."""

from __future__ import annotations

import json

import pytest
from conftest import example_draft

from qa_desktop.core import settings
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, DefectType, Setting
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting, department_settings
from qa_desktop.core.services.reference import add_defect_type, defect_types, update_defect_type

MANAGER = Actor("qa.li", "李主管")


def test_a_new_defect_type_goes_to_the_end_and_is_audited(db):
    before = [d.code for d in defect_types()]
    added = add_defect_type("weld_seam", "Weld seam", "焊缝缺陷", MANAGER)
    assert [d.code for d in defect_types()] == [*before, "weld_seam"]
    entry = AuditEntry.get(AuditEntry.record_uuid == str(added.uuid))
    assert entry.actor == "qa.li" and entry.action == "create"


@pytest.mark.parametrize("code", ["", "x", "Weld Seam!", "焊缝", "a" * 31])
def test_bad_codes_are_refused_and_nothing_is_written(db, code):
    counts = DefectType.select().count(), AuditEntry.select().count()
    with pytest.raises(UserError, match="2 to 30 small letters"):
        add_defect_type(code, "Weld seam", "焊缝缺陷")
    assert (DefectType.select().count(), AuditEntry.select().count()) == counts


def test_a_code_is_used_once_and_a_name_is_required(db):
    with pytest.raises(UserError, match="already a defect type with the code scratch"):
        add_defect_type("scratch", "Scratch again", "")
    with pytest.raises(UserError, match="needs a name"):
        add_defect_type("blank", "  ", "")
    assert add_defect_type("edge_wave", "", "边浪").name_en == "边浪"  # each name falls back


def test_renaming_and_retiring_keeps_old_complaints_pointing_at_it(db):
    complaint = register_complaint(example_draft(defect_type_code="scratch"))
    update_defect_type("scratch", "Scratch (surface)", "表面划伤", False, MANAGER)
    assert "scratch" not in [d.code for d in defect_types()]
    assert "scratch" in [d.code for d in defect_types(active_only=False)]
    refreshed = type(complaint).get_by_id(complaint.id)
    assert refreshed.defect_type.name_zh == "表面划伤"
    entry = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert json.loads(entry.detail)["active"] == [True, False]


def test_an_unchanged_update_writes_nothing(db):
    scratch = DefectType.get(DefectType.code == "scratch")
    update_defect_type("scratch", scratch.name_en, scratch.name_zh, True)
    assert AuditEntry.select().count() == 0
    with pytest.raises(UserError, match="no defect type nope"):
        update_defect_type("nope", "Nope", "", True)


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
        change_setting(key, value)
    assert Setting.select().count() == 1 and AuditEntry.select().count() == 0  # the zone only


def test_the_coil_pattern_is_what_registration_enforces(db):
    change_setting("coil_number_forms", "@@######")
    with pytest.raises(ValidationError) as refused:
        register_complaint(example_draft())
    assert {error.field for error in refused.value.errors} == {"coil_no"}
    draft = example_draft()
    for coil, number in zip(draft.coils, ("SA240817", "SA240818"), strict=True):
        coil.coil_no = number
    assert register_complaint(draft).coils.count() == 2


def test_the_case_prefix_names_new_cases(db):
    change_setting("case_prefix", "KS")
    assert register_complaint(example_draft()).case_no.startswith("KS-")


def test_the_preview_is_the_number_the_next_case_gets(db):
    from datetime import UTC, datetime

    from qa_desktop.core.services.complaints import preview_case_no

    now = datetime.now(UTC)
    first = register_complaint(example_draft())
    preview = preview_case_no("KS", now)
    assert preview.endswith(f"-{int(first.case_no[-4:]) + 1:04d}") and preview.startswith("KS-")
    change_setting("case_prefix", "KS")
    assert register_complaint(example_draft()).case_no == preview


def test_a_batch_lands_whole_or_not_at_all(db, monkeypatch):
    from qa_desktop.core.services import department

    edits = [
        department.DefectEdit("scratch", "Scratch", "表面划伤", True, new=False),
        department.DefectEdit("weld_seam", "Weld seam", "焊缝缺陷", True, new=True),
    ]
    problems = department.check_changes(
        [*edits, department.DefectEdit("Bad Code", "x", "", True, new=True)], {"case_prefix": "x1"}
    )
    assert [(p.field, p.row) for p in problems] == [("defect_types", 2), ("case_prefix", None)]

    def refuse(*args, **kwargs):
        raise UserError("The database is read-only.")

    monkeypatch.setattr(department, "change_setting", refuse)
    with pytest.raises(UserError, match="read-only"):
        department.apply_changes(edits, {"case_prefix": "KS"}, MANAGER)
    assert DefectType.get(DefectType.code == "scratch").name_zh == "划伤"
    assert DefectType.get_or_none(DefectType.code == "weld_seam") is None
    assert AuditEntry.select().count() == 0
    monkeypatch.undo()
    department.apply_changes(edits, {"case_prefix": "KS"}, MANAGER)
    assert DefectType.get(DefectType.code == "weld_seam").name_zh == "焊缝缺陷"
    assert settings.department("case_prefix") == "KS"
