"""Actions (CAPA) through the services: numbering, the preventive rules (定时、定人、定量 and the
date code), done by the owner, verified by QA by someone else (self-verification refused),
sent back and cancelled with reasons, rights, revisions, evidence, hostile input."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from action_scenarios import (
    FIELD,
    MANAGER,
    NOW,
    SALES,
    add,
    clock,
    containment,
    corrective,
    make_case,
    photo,
    preventive,
)
from conftest import ENGINEER, work_entries

from qa_desktop.core import media
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import ActionEvidence, AuditEntry, CaseAction, Complaint, Media
from qa_desktop.core.services import actions
from qa_desktop.core.services.action_lists import actions_of, evidence_of
from qa_desktop.core.services.context import Actor
from qa_desktop.core.validation import MAX_TEXT
from qa_desktop.core.vocab import ActionState


@pytest.fixture
def case(db):
    return make_case()


def fresh(row: CaseAction) -> CaseAction:
    return CaseAction.get_by_id(row.id)


def errors_of(excinfo: pytest.ExceptionInfo) -> dict[str, str]:
    return {error.field: error.message for error in excinfo.value.errors}


def done(row: CaseAction, actor: Actor = FIELD, note: str = "已更换工作辊") -> CaseAction:
    return actions.mark_done(str(row.uuid), row.revision, note, actor, clock)


# ----- adding ------------------------------------------------------------------------------------
def test_actions_are_numbered_per_case_and_audited(case):
    first = add(case)
    second = add(case, containment())
    other = make_other_case()
    third = add(other)
    assert (first.number, second.number, third.number) == (1, 2, 1)
    stored = fresh(first)
    assert (stored.kind, stored.cause, stored.owner, stored.state) == (
        "corrective", "occurrence", "zhou", "open"
    )  # fmt: skip
    assert (stored.expected_effect, stored.due_date) == (90, date(2026, 3, 20))
    entry = AuditEntry.get(
        (AuditEntry.record_uuid == str(first.uuid)) & (AuditEntry.action == "create")
    )
    assert json.loads(entry.detail)["case_no"] == case.case_no and entry.actor == "wang"


def make_other_case() -> Complaint:
    from conftest import example_draft

    from qa_desktop.core.services.complaints import register_complaint

    return register_complaint(example_draft(customer_name="潮州彩塘厨具有限公司"), ENGINEER)


def test_a_cancelled_action_keeps_its_number(case):
    first = add(case)
    actions.cancel_action(str(first.uuid), 1, "重复录入", ENGINEER, clock)
    assert add(case).number == 2


def test_every_field_an_action_needs_is_asked_for_beside_it(case):
    empty = corrective(kind="", description="  ", owner="", department="", due_date=None)
    with pytest.raises(ValidationError) as excinfo:
        add(case, empty)
    assert set(errors_of(excinfo)) == {"kind", "description", "owner", "department", "due_date"}
    assert not CaseAction.select().exists()


def test_a_corrective_action_names_the_cause_it_acts_on(case):
    with pytest.raises(ValidationError) as excinfo:
        add(case, corrective(cause=""))
    assert "occurrence or escape" in errors_of(excinfo)["cause"]
    assert fresh(add(case, corrective(cause="escape"))).cause == "escape"
    # the other kinds act on no one cause: what a form left there is not stored
    assert fresh(add(case, containment(cause="escape"))).cause == ""


def test_a_preventive_action_is_fixed_in_time_person_and_quantity_from_a_date_code(case):
    with pytest.raises(ValidationError) as excinfo:
        add(case, preventive(quantity=" ", date_code_from="", owner="", due_date=None))
    found = errors_of(excinfo)
    assert set(found) == {"quantity", "date_code_from", "owner", "due_date"}
    assert "fixed in quantity" in found["quantity"] and "date code" in found["date_code_from"]
    row = fresh(add(case, preventive()))
    assert (row.quantity, row.date_code_from, row.owner) == (
        "1、3 号机组全部 304 冷轧卷，每班首卷", "260401", "zhou"
    )  # fmt: skip
    # a date code belongs to prevention only
    assert fresh(add(case, containment(date_code_from="260401"))).date_code_from == ""


def test_the_owner_is_an_active_account(case):
    with pytest.raises(ValidationError) as excinfo:
        add(case, corrective(owner="nobody"))
    assert errors_of(excinfo)["owner"] == "nobody is not an active account here."
    from qa_desktop.core.models import UserAccount

    UserAccount.update(active=False).where(UserAccount.user_id == "zhou").execute()
    with pytest.raises(ValidationError):
        add(case)


def test_the_due_date_lies_between_the_complaint_and_two_years_ahead(case):
    with pytest.raises(ValidationError) as excinfo:
        add(case, corrective(due_date=date(2026, 3, 9)))  # received on 10 March in Shanghai
    assert errors_of(excinfo)["due_date"] == (
        "The due date is before the complaint was received (2026-03-10)."
    )
    assert add(case, corrective(due_date=date(2026, 3, 10))).number == 1  # the same day
    today = NOW.date()
    with pytest.raises(ValidationError) as excinfo:
        add(case, corrective(due_date=today + timedelta(days=731)))
    assert (today + timedelta(days=730)).isoformat() in errors_of(excinfo)["due_date"]
    assert add(case, corrective(due_date=today + timedelta(days=730))).number == 2


def test_the_expected_effectiveness_is_a_whole_percentage(case):
    for typed, stored in (("80 %", 80), ("100", 100), (0, 0), ("", None), (None, None)):
        assert fresh(add(case, corrective(expected_effect=typed))).expected_effect == stored
    for typed in ("101", "-1", "85.5", "NaN", "sNaN", "1e999999", "很多", True):
        with pytest.raises(ValidationError) as excinfo:
            add(case, corrective(expected_effect=typed))
        assert set(errors_of(excinfo)) == {"expected_effect"}, typed


def test_hostile_text_is_cleaned_or_refused(case):
    sneaky = "换辊\u202egpj.exe\x00\x1b[31m\u200f\ufeff"
    row = fresh(add(case, corrective(description=sneaky, department="冷轧\n车间\x07")))
    # controls and bidi overrides out (core/text.py); a right-to-left mark is a character of
    # Arabic or Hebrew text and stays, as typed
    assert row.description == "换辊gpj.exe[31m\u200f\ufeff"
    assert row.department == "冷轧 车间"
    huge = "划" * (100 * 1024)
    with pytest.raises(ValidationError) as excinfo:
        add(case, corrective(description=huge, quantity="吨" * 501, date_code_from="2" * 41))
    assert errors_of(excinfo)["description"] == f"At most {MAX_TEXT} characters."
    assert set(errors_of(excinfo)) == {"description", "quantity"}  # a corrective has no date code
    with pytest.raises(ValidationError) as excinfo:
        add(case, preventive(date_code_from="2" * 41))
    assert errors_of(excinfo) == {"date_code_from": "At most 40 characters."}
    with pytest.raises(ValidationError):
        done(add(case), note="完" * (MAX_TEXT + 1))


def test_nothing_changes_on_a_closed_complaint(case):
    row = add(case)
    Complaint.update(status="closed").where(Complaint.id == case.id).execute()
    with pytest.raises(UserError, match="is closed: reopen it"):
        add(case)
    with pytest.raises(UserError, match="is closed: reopen it"):
        done(row)


# ----- rights --------------------------------------------------------------------------------------
def test_only_those_who_edit_complaints_add_change_and_cancel_actions(case):
    for actor in (FIELD, SALES):
        with pytest.raises(UserError, match="authority matrix does not give Edit complaints"):
            actions.add_action(case.id, corrective(), actor, clock)
    row = add(case)
    with pytest.raises(UserError, match="Edit complaints"):
        actions.update_action(str(row.uuid), 1, corrective(department="品质部"), FIELD, clock)
    with pytest.raises(UserError, match="Edit complaints"):
        actions.cancel_action(str(row.uuid), 1, "不需要", SALES, clock)
    assert fresh(row).revision == 1


def test_the_owner_or_an_editor_marks_an_action_done_and_no_one_else(case):
    row = add(case)
    with pytest.raises(UserError) as excinfo:
        done(row, SALES)
    assert str(excinfo.value) == (
        f"Action 1 of {case.case_no} is 周工's: only they, or someone who may edit complaints, "
        "record what was done."
    )
    done(row, FIELD)  # the owner, who holds no right to edit complaints
    stored = fresh(row)
    assert (stored.state, stored.done_note, stored.updated_by) == ("done", "已更换工作辊", "zhou")
    other = add(case, containment())
    done(other, ENGINEER, "按生产部书面回复记录")  # QA records what the owner reported on paper
    assert fresh(other).state == "done"


def test_self_verification_is_refused_by_the_service(case):
    row = add(case, corrective(owner="chen"))  # the QA manager owns it, and holds the right
    row = done(row, MANAGER)
    with pytest.raises(UserError) as excinfo:
        actions.verify_action(str(row.uuid), row.revision, "已核对", MANAGER, clock)
    assert str(excinfo.value) == (
        f"Action 1 of {case.case_no} is 陈主管's own: someone else from QA must verify it."
    )
    with pytest.raises(UserError, match="someone else from QA"):
        actions.reject_verification(str(row.uuid), row.revision, "不行", MANAGER, clock)
    assert fresh(row).state == "done" and fresh(row).verified_by == ""
    verified = actions.verify_action(
        str(row.uuid), row.revision, "现场核对换辊记录", ENGINEER, clock
    )
    assert (verified.state, verified.verified_by) == ("verified", "wang")


def test_field_staff_and_sales_cannot_verify(case):
    row = done(add(case, corrective(owner="wang")), ENGINEER)
    for actor in (FIELD, SALES):
        with pytest.raises(UserError, match="does not give Close complaints"):
            actions.verify_action(str(row.uuid), row.revision, "看过了", actor, clock)
    assert fresh(row).state == "done"


def test_verifying_needs_a_done_action_and_a_note(case):
    row = add(case)
    with pytest.raises(UserError, match="only an action its owner marked done is verified"):
        actions.verify_action(str(row.uuid), 1, "好", MANAGER, clock)
    row = done(row)
    with pytest.raises(ValidationError) as excinfo:
        actions.verify_action(str(row.uuid), row.revision, " \n", MANAGER, clock)
    assert errors_of(excinfo) == {"note": "Say how the action was verified."}
    verified = actions.verify_action(str(row.uuid), row.revision, "抽查 3 卷无划伤", MANAGER, clock)
    stored = fresh(verified)
    assert (stored.state, stored.verified_by, stored.verification_note) == (
        "verified", "chen", "抽查 3 卷无划伤"
    )  # fmt: skip
    with pytest.raises(UserError, match="can no longer be cancelled"):
        actions.cancel_action(str(row.uuid), stored.revision, "x", ENGINEER, clock)
    with pytest.raises(UserError, match="only an action not done yet can change"):
        actions.update_action(str(row.uuid), stored.revision, corrective(), ENGINEER, clock)


def test_a_verification_refused_sends_the_action_back_with_the_reason(case):
    row = done(add(case))
    with pytest.raises(ValidationError):
        actions.reject_verification(str(row.uuid), row.revision, "", MANAGER, clock)
    back = actions.reject_verification(
        str(row.uuid), row.revision, "换辊记录缺签字，请补充", MANAGER, clock
    )
    stored = fresh(back)
    assert (stored.state, stored.done_at, stored.done_note) == ("open", None, "")
    (listed,) = actions_of(case.id, NOW)
    assert listed.reason == "换辊记录缺签字，请补充" and listed.state is ActionState.OPEN
    row = done(stored)
    assert actions_of(case.id, NOW)[0].reason == ""  # done again: the old reason is history


def test_cancelling_needs_a_reason_and_stops_the_action_counting(case):
    row = add(case)
    assert not actions.all_actions_verified(case.id)
    with pytest.raises(ValidationError) as excinfo:
        actions.cancel_action(str(row.uuid), 1, "\x00 ", ENGINEER, clock)
    assert errors_of(excinfo) == {"note": "Say why the action is cancelled."}
    actions.cancel_action(str(row.uuid), 1, "与 1 号措施重复", ENGINEER, clock)
    assert actions_of(case.id, NOW)[0].reason == "与 1 号措施重复"
    assert actions.all_actions_verified(case.id)
    entry = AuditEntry.get(
        (AuditEntry.record_uuid == str(row.uuid)) & (AuditEntry.action == "cancel")
    )
    assert entry.reason == "与 1 号措施重复"


def test_all_actions_verified_for_the_workflow(case):
    assert actions.all_actions_verified(case.id)  # none: nothing to verify
    first, second = add(case), add(case, containment())
    done(first)
    assert not actions.all_actions_verified(case.id)
    first = fresh(first)
    actions.verify_action(str(first.uuid), first.revision, "已验证", MANAGER, clock)
    assert not actions.all_actions_verified(case.id)  # the second is still open
    actions.cancel_action(str(second.uuid), second.revision, "已由 1 号覆盖", ENGINEER, clock)
    assert actions.all_actions_verified(case.id)


def test_a_change_made_elsewhere_is_not_overwritten(case):
    row = add(case)
    actions.update_action(str(row.uuid), 1, corrective(department="品质部"), ENGINEER, clock)
    with pytest.raises(UserError, match="was changed by wang after you opened it"):
        actions.update_action(str(row.uuid), 1, corrective(department="精整车间"), ENGINEER, clock)
    with pytest.raises(UserError, match="after you opened it"):
        done(row)  # row still holds revision 1
    assert fresh(row).department == "品质部"


def test_an_edit_records_what_changed_and_nothing_when_nothing_did(case):
    row = add(case)
    before = work_entries().count()
    assert actions.update_action(str(row.uuid), 1, corrective(), ENGINEER, clock).revision == 1
    assert work_entries().count() == before
    actions.update_action(str(row.uuid), 1, corrective(due_date=date(2026, 3, 25)), ENGINEER, clock)
    entry = work_entries().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "update"
    assert json.loads(entry.detail)["due_date"] == ["2026-03-20", "2026-03-25"]


def test_an_unknown_action_is_one_sentence(case):
    for key in ("not-a-uuid", "00000000-0000-4000-8000-000000000000"):
        with pytest.raises(UserError, match="There is no such action"):
            actions.cancel_action(key, 1, "x", ENGINEER, clock)


# ----- evidence ----------------------------------------------------------------------------------
def test_evidence_comes_with_done_or_on_its_own_and_is_kept_once(case):
    row = add(case)
    first = photo("roll.jpg")
    row = actions.mark_done(str(row.uuid), 1, "换辊", FIELD, clock, evidence=[first, first])
    assert [e.filename for e in evidence_of(str(row.uuid))] == ["roll.jpg"]
    sop = media.prepare_bytes(b"%PDF-1.4 revised SOP", "SOP-CR-07 rev C.pdf")
    added = actions.add_evidence(str(row.uuid), row.revision, [sop, first], FIELD, clock)
    assert added == [sop.sha256]
    listed = evidence_of(str(row.uuid))
    assert [(e.filename, e.kind, e.added_by) for e in listed] == [
        ("roll.jpg", "image", "zhou"), ("SOP-CR-07 rev C.pdf", "file", "zhou")
    ]  # fmt: skip
    assert listed[0].thumbnail  # lists read the thumbnail
    assert actions_of(case.id, NOW)[0].evidence == 2
    assert fresh(row).revision == row.revision + 1  # a form opened before sees the change
    assert Media.select().where(Media.sha256 == first.sha256).count() == 1


def test_evidence_is_refused_once_verified_and_past_the_limit(case, monkeypatch):
    row = done(add(case))
    row = actions.verify_action(str(row.uuid), row.revision, "已验证", MANAGER, clock)
    with pytest.raises(UserError, match="evidence is added before it is verified"):
        actions.add_evidence(str(row.uuid), row.revision, [photo()], FIELD, clock)
    other = add(case, containment())
    monkeypatch.setattr(actions, "MAX_EVIDENCE", 2)
    files = [photo(f"{n}.jpg", (n * 40, 90, 90)) for n in range(3)]
    with pytest.raises(UserError, match="at most 2 evidence files; action 2 has 0"):
        actions.add_evidence(str(other.uuid), other.revision, files, FIELD, clock)
    assert not ActionEvidence.select().where(ActionEvidence.action == other.id).exists()
    with pytest.raises(UserError, match="only they, or someone who may edit"):
        actions.add_evidence(str(other.uuid), other.revision, files[:1], SALES, clock)


def test_a_wrong_evidence_file_is_removed_by_an_editor_and_audited_with_its_name_and_hash(case):
    row = add(case)
    wrong, right, later = (
        photo("wrong.jpg"),
        photo("roll.jpg", (1, 2, 3)),
        photo("sop.jpg", (9, 9, 9)),
    )
    row = actions.mark_done(str(row.uuid), 1, "换辊", FIELD, clock, evidence=[wrong, right])
    with pytest.raises(UserError, match="may not do this"):  # the owner may add, not remove
        actions.remove_evidence(str(row.uuid), row.revision, wrong.sha256, FIELD, clock)
    stored = actions.remove_evidence(str(row.uuid), row.revision, wrong.sha256, ENGINEER, clock)
    assert stored.revision == row.revision + 1  # a form opened before sees the change
    assert [e.filename for e in evidence_of(str(row.uuid))] == ["roll.jpg"]
    entry = work_entries().where(AuditEntry.action == "evidence_removed").get()
    assert entry.record_uuid == str(row.uuid) and entry.actor == ENGINEER.user_id
    detail = json.loads(entry.detail)
    assert (detail["file"], detail["sha256"], detail["number"]) == ("wrong.jpg", wrong.sha256, 1)
    assert Media.get_by_id(wrong.sha256).data  # the bytes the audit's hash names stay
    actions.add_evidence(str(row.uuid), stored.revision, [later], FIELD, clock)
    listed = ActionEvidence.select().where(ActionEvidence.action == row.id)
    assert sorted((e.position, e.filename) for e in listed) == [(0, "roll.jpg"), (1, "sop.jpg")]


def test_evidence_removal_is_refused_once_verified_stale_or_gone(case):
    row = actions.mark_done(str(add(case).uuid), 1, "换辊", FIELD, clock, evidence=[photo()])
    sha = photo().sha256
    with pytest.raises(UserError, match="changed by"):
        actions.remove_evidence(str(row.uuid), row.revision - 1, sha, ENGINEER, clock)
    with pytest.raises(UserError, match="no longer evidence of action 1"):
        actions.remove_evidence(str(row.uuid), row.revision, "0" * 64, ENGINEER, clock)
    row = actions.verify_action(str(row.uuid), row.revision, "已验证", MANAGER, clock)
    entries = work_entries().count()
    with pytest.raises(UserError) as refused:
        actions.remove_evidence(str(row.uuid), row.revision, sha, ENGINEER, clock)
    assert str(refused.value) == (
        f"Action 1 of {case.case_no} is Verified: its evidence can no longer be removed."
    )
    assert [e.sha256 for e in evidence_of(str(row.uuid))] == [sha]
    assert work_entries().count() == entries


def test_hostile_evidence_files_are_refused_at_intake_in_one_sentence(tmp_path):
    program = tmp_path / "报告.pdf.exe"
    program.write_bytes(b"MZ\x90\x00")
    fake = tmp_path / "roll.jpg"
    fake.write_bytes(b"<html>not a photo</html>")
    result = media.prepare_files([program, fake])
    assert not result.prepared and len(result.refused) == 2
    assert all("\n" not in sentence and sentence.endswith(".") for sentence in result.refused)


# ----- one transaction ------------------------------------------------------------------------------
def test_a_refused_done_writes_nothing_not_even_its_files(case, monkeypatch):
    row = add(case)
    entries = work_entries().count()
    monkeypatch.setattr(actions, "MAX_EVIDENCE", 1)
    with pytest.raises(UserError):
        actions.mark_done(str(row.uuid), 1, "换辊", FIELD, clock,
                          evidence=[photo("a.jpg"), photo("b.jpg", (1, 2, 3))])  # fmt: skip
    assert fresh(row).state == "open" and not Media.select().exists()
    assert work_entries().count() == entries


def test_the_due_date_checks_use_the_departments_day(case):
    # 23:30 on 9 March in Los Angeles is already the 10th in Shanghai, the day it was received
    from datetime import datetime
    from zoneinfo import ZoneInfo

    late_evening = datetime(2026, 3, 10, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    window = actions.due_window(case, late_evening)
    assert (window.received_on, window.today) == (date(2026, 3, 10), date(2026, 3, 11))


def test_changing_the_draft_keeps_what_does_not_apply_out(case):
    row = add(case, preventive())
    changed = replace(preventive(), kind="containment")
    stored = actions.update_action(str(row.uuid), 1, changed, ENGINEER, clock)
    assert (stored.kind, stored.date_code_from, stored.quantity) == (
        "containment", "", "1、3 号机组全部 304 冷轧卷，每班首卷"
    )  # fmt: skip


def test_an_attachment_removed_keeps_the_file_an_action_still_shows(case):
    from qa_desktop.core.services import attachments

    same = photo("same.jpg")
    attachments.add_attachments(case.id, [attachments.NewAttachment(same)], ENGINEER)
    row = add(case)
    actions.add_evidence(str(row.uuid), 1, [same], FIELD, clock)
    (info,) = attachments.attachments_of(case.id)
    attachments.remove_attachment(case.id, info.id, ENGINEER)  # was: FOREIGN KEY constraint failed
    assert not attachments.attachments_of(case.id)
    assert attachments.media_data(same.sha256) == same.data
    assert [e.filename for e in evidence_of(str(row.uuid))] == ["same.jpg"]
