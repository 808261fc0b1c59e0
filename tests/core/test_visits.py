"""Site visits through the services: planning, the record filled on site, the customer's
confirmation of the quantities only, voiding on change, drafts and checklist versions."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from conftest import ENGINEER, PASSWORD, add_test_accounts, example_draft
from visit_scenarios import (
    FIELD,
    NOW,
    answers,
    clock,
    lines,
    plan,
    save,
    signature,
    stored_photo,
)

from qa_desktop.core import signing
from qa_desktop.core.checklists import default_template, template_to_json
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, Confirmation, Visit, VisitCoil
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import (
    checklists,
    confirmations,
    proposals,
    visit_drafts,
    visit_record,
    visits,
)
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting
from qa_desktop.core.signature_strokes import Stroke, normalise
from qa_desktop.core.visit_content import PhotoDraft, VisitContent
from qa_desktop.core.vocab import VisitState

SALES = Actor("zhao", "赵经理")


@pytest.fixture
def case(db):
    add_test_accounts((FIELD, "field_staff"), (SALES, "sales"), (Actor("qa.li"), "qa_manager"))
    change_setting("coil_number_forms", "S##@####-##", Actor("qa.li"))
    return register_complaint(example_draft(), ENGINEER)


@pytest.fixture
def visit(case) -> Visit:
    return visits.plan_visit(case.case_no, plan(), ENGINEER, clock).visit


# ----- planning --------------------------------------------------------------------------------------
def test_a_visit_is_planned_for_the_field_user_and_listed_as_theirs(case):
    planned = visits.plan_visit(case.case_no, plan(), ENGINEER, clock)
    assert planned.warning == ""
    assert planned.visit.number == 1
    assert planned.visit.template.code == "site_visit"
    mine = visits.my_visits("zhou", NOW)
    assert [(row.case_no, row.state) for row in mine] == [(case.case_no, VisitState.PLANNED)]
    assert visits.my_visits("wang", NOW) == []


def test_less_than_a_day_ahead_is_stored_with_a_warning(case):
    planned = visits.plan_visit(case.case_no, plan(days=0.5), ENGINEER, clock)
    assert "less than one day ahead" in planned.warning
    assert visits.my_visits("zhou", NOW)[0].short_notice


def test_planning_refuses_who_cannot_fill_a_visit_and_who_may_not_plan(case):
    with pytest.raises(ValidationError) as refused:
        visits.plan_visit(case.case_no, plan(assignee="zhao"), ENGINEER, clock)
    assert refused.value.errors[0].field == "assignee"
    assert "neither" in refused.value.errors[0].message
    with pytest.raises(ValidationError):
        visits.plan_visit(case.case_no, plan(assignee="nobody"), ENGINEER, clock)
    with pytest.raises(UserError, match="authority matrix"):
        visits.plan_visit(case.case_no, plan(), FIELD, clock)
    assert Visit.select().count() == 0


def test_a_plan_without_a_time_is_refused_beside_the_field(case):
    with pytest.raises(ValidationError) as refused:
        visits.plan_visit(case.case_no, visits.VisitPlan("zhou", None), ENGINEER, clock)
    assert [e.field for e in refused.value.errors] == ["appointment"]


def test_cancelling_needs_a_reason_and_is_audited(visit):
    with pytest.raises(UserError, match="why"):
        visits.cancel_visit(str(visit.uuid), visit.revision, "  ", ENGINEER, clock)
    visits.cancel_visit(str(visit.uuid), visit.revision, "客户取消", ENGINEER, clock)
    assert Visit.get_by_id(visit.id).state == "cancelled"
    entry = AuditEntry.select().where(AuditEntry.action == "cancel").get()
    assert entry.reason == "客户取消"


# ----- the record ------------------------------------------------------------------------------------
def test_the_field_user_saves_a_partial_record_then_finishes_it(visit):
    saved = save(visit, VisitContent({"defect_source": "our_material"}, "", lines()))
    assert saved.visit.state == "in_progress"
    row = VisitCoil.get()
    assert (row.coil_no, row.heat_no, row.defective_used) == ("S24A0817-05", "H2408", Decimal(23))
    with pytest.raises(ValidationError) as refused:
        visit_record.finish_visit(str(visit.uuid), saved.visit.revision, FIELD, clock)
    assert "customer_loss" in {e.field for e in refused.value.errors}
    photo = stored_photo()
    saved = save(visit, VisitContent(answers(), "见照片", lines(), [photo]))
    done = visit_record.finish_visit(str(visit.uuid), saved.visit.revision, FIELD, clock)
    assert done.state == "finished"
    with pytest.raises(UserError, match="reopen"):
        save(visit, VisitContent(answers(), "", lines()))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"defective_used": "200"}, "defective_used"),
        ({"used": "-1"}, "used"),
        ({"coil_no": "not a coil"}, "coil_no"),
    ],
)
def test_impossible_figures_are_refused_beside_the_cell(visit, change, field):
    with pytest.raises(ValidationError) as refused:
        save(visit, VisitContent({}, "", lines(**change)))
    assert (refused.value.errors[0].field, refused.value.errors[0].row) == (field, 0)
    assert VisitCoil.select().count() == 0


def test_a_coil_listed_twice_is_refused(visit):
    with pytest.raises(ValidationError) as refused:
        save(visit, VisitContent({}, "", lines() + lines(used="1", defective_used="0")))
    assert refused.value.errors[0].row == 1


def test_a_photo_attached_to_a_coil_not_listed_is_refused(visit):
    photo = stored_photo()
    bad = PhotoDraft(photo.sha256, photo.filename, coil_no="S99X")
    with pytest.raises(ValidationError, match="not listed"):
        save(visit, VisitContent({}, "", lines(), [bad]))


def test_only_the_assignee_or_an_editor_fills_the_record(visit):
    other = Actor("sun", "孙工")
    add_test_accounts((other, "field_staff"))
    with pytest.raises(UserError, match="assigned to zhou"):
        save(visit, VisitContent({}, "", lines()), other)
    save(visit, VisitContent({}, "由王工录入", lines()), ENGINEER)  # an editor may


def test_a_coil_line_keeps_its_uuid_across_saves(visit):
    save(visit, VisitContent({}, "", lines()))
    first = VisitCoil.get().uuid
    save(visit, VisitContent({}, "", lines(used="181")))
    assert VisitCoil.get().uuid == first


# ----- the customer's confirmation ----------------------------------------------------------------------
def confirm(visit: Visit, actor: Actor = FIELD) -> Confirmation:
    fresh = Visit.get_by_id(visit.id)
    return confirmations.confirm_on_screen(
        str(fresh.uuid), fresh.revision, "刘工", "生产主管", signature(), PASSWORD, actor, clock
    )


def test_the_customer_confirms_the_quantities_only_and_it_verifies(visit):
    save(visit, VisitContent({}, "", lines()))
    row = confirm(visit)
    record = json.loads(row.record)
    assert set(record) == {
        "purpose", "case_no", "case_uuid", "visit_uuid", "lines", "signer", "statement"
    }  # fmt: skip
    assert "written approval" in record["statement"]
    assert record["lines"][0]["defective_used"] == "23"
    assert confirmations.problems(Confirmation.get_by_id(row.id)) == []


def test_changing_a_confirmed_quantity_voids_the_signature_visibly(visit):
    save(visit, VisitContent({}, "", lines()))
    row = confirm(visit)
    saved = save(visit, VisitContent({"customer_loss": "停线"}, "", lines()))
    assert not saved.voided  # the checklist is not what was signed
    saved = save(visit, VisitContent({}, "", lines(defective_unused="5")))
    assert saved.voided
    voided = Confirmation.get_by_id(row.id)
    assert voided.void and "changed after the customer signed" in voided.void_reason
    assert confirmations.current(Visit.get_by_id(visit.id)) is None


def test_tampering_with_a_confirmation_is_found(visit):
    save(visit, VisitContent({}, "", lines()))
    row = confirm(visit)
    record = json.loads(row.record)
    record["lines"][0]["defective_used"] = "3"
    Confirmation.update(record=signing.canonical(record).decode()).where(
        Confirmation.id == row.id
    ).execute()
    assert "does not match its hash" in " ".join(
        confirmations.problems(Confirmation.get_by_id(row.id))
    )
    record["amount"] = "5000"
    Confirmation.update(record=json.dumps(record)).where(Confirmation.id == row.id).execute()
    assert "quantities only" in confirmations.problems(Confirmation.get_by_id(row.id))[0]


def test_only_field_staff_on_the_visit_take_the_confirmation(visit):
    save(visit, VisitContent({}, "", lines()))
    with pytest.raises(UserError, match="authority matrix"):
        confirm(visit, ENGINEER)
    with pytest.raises(UserError, match="too short"):
        fresh = Visit.get_by_id(visit.id)
        confirmations.confirm_on_screen(
            str(fresh.uuid), fresh.revision, "刘工", "主管",
            normalise([Stroke(((1, 1, 0, 0.5), (2, 2, 10, 0.5)))], 400, 160),
            PASSWORD, FIELD, clock,
        )  # fmt: skip
    assert Confirmation.select().count() == 0


def test_field_staff_can_never_propose_handling_or_money(case):
    with pytest.raises(UserError, match="authority matrix"):
        proposals.draft_proposal(
            case.id, "退货", [LineDraft("return", "1", "t", "", "CNY", "", "")], FIELD
        )


# ----- drafts -----------------------------------------------------------------------------------------
def test_a_draft_is_kept_until_the_visit_is_saved(visit):
    content = VisitContent(answers(), "未保存的发现", lines(), [stored_photo("blue")])
    visit_drafts.save_draft(str(visit.uuid), visit.revision, content, FIELD, clock)
    (draft,) = visit_drafts.drafts_of("zhou")
    assert draft.content == content
    assert draft.based_on == visit.revision
    save(visit, draft.content)
    assert visit_drafts.drafts_of("zhou") == []


# ----- templates --------------------------------------------------------------------------------------
def test_a_template_file_imports_once_and_a_visit_keeps_its_version(visit, tmp_path):
    import dataclasses

    template = default_template()
    path = tmp_path / "v1.json"
    path.write_text(template_to_json(template), encoding="utf-8")
    assert checklists.import_template(path, ENGINEER, clock)[1] is False  # stored at creation
    shorter = dataclasses.replace(template, items=template.items[:3])
    path.write_text(template_to_json(shorter), encoding="utf-8")
    with pytest.raises(UserError, match="version 2"):
        checklists.import_template(path, ENGINEER, clock)
    newer = checklists.save_new_version(shorter, ENGINEER, clock)
    assert newer.version == 2
    assert checklists.current().version == 2
    assert Visit.get_by_id(visit.id).template.version == 1
    assert len(visit_record.template_for(Visit.get_by_id(visit.id)).items) == len(template.items)


def test_a_new_version_is_refused_if_another_was_stored_while_it_was_edited(visit):
    import dataclasses

    template = default_template()
    first = dataclasses.replace(template, items=template.items[:4])
    checklists.save_new_version(first, ENGINEER, clock, based_on=1)  # stores version 2
    second = dataclasses.replace(template, items=template.items[:5])
    with pytest.raises(UserError, match="Version 2 of this checklist was stored while you edited"):
        checklists.save_new_version(second, ENGINEER, clock, based_on=1)
    assert [row.version for row in checklists.versions("site_visit")] == [1, 2]
