"""The 8D service on a real database: an empty 8D for a case with none, saving against the
revision started from, references checked, audited writes, step plans, completing a step with
the completer's signature (and `verify` checking it), reopening on a change of content, and
what flows in from the complaint, the visit, the containment, the actions and the handling."""

from __future__ import annotations

import io
import sqlite3
import uuid
from datetime import date, datetime

import pytest
from conftest import ADMIN, ENGINEER, PASSWORD, SHANGHAI, add_test_accounts, example_draft
from PIL import Image

from qa_desktop.core import media
from qa_desktop.core.authority import RoleRights
from qa_desktop.core.eightd import content_from_data, step_hash, with_values
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import (
    AuditEntry,
    CaseAction,
    ContainmentLine,
    EightD,
    Signature,
)
from qa_desktop.core.services import eightd
from qa_desktop.core.services.attachments import store_media
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.verify import verify_file
from qa_desktop.core.vocab import Action

NOW = datetime(2026, 3, 12, 10, 0, tzinfo=SHANGHAI)
SALES = Actor("zhao", "赵经理")
PRODUCTION = Actor("sun", "孙主任")
MANAGER = Actor("chen", "陈主管")
D0 = {"emergency_response": "停止发货，通知客户", "full_8d_needed": True}
D4 = {"occurrence_root_cause": "导辊粘附硬质颗粒", "escape_root_cause": "在线检测未覆盖边部"}


def clock() -> datetime:
    return NOW


@pytest.fixture
def case(db) -> int:
    add_test_accounts((SALES, "sales"), (MANAGER, "qa_manager"))
    return register_complaint(example_draft(), ENGINEER).id


def save(case_id: int, data: dict, revision: int | None = None, actor: Actor = ENGINEER):
    view = eightd.read_8d(case_id)
    expected = view.revision if revision is None else revision
    return eightd.save_8d(case_id, content_from_data(data), expected, actor, clock)


def complete(case_id: int, number: int, actor: Actor = ENGINEER):
    revision = eightd.read_8d(case_id).revision
    return eightd.complete_step(case_id, number, revision, PASSWORD, actor, clock)


def verified(db) -> list[str]:
    return verify_file(db.connection()).problems


# ----- reading and saving -------------------------------------------------------------------------
def test_a_case_without_an_8d_reads_as_an_empty_one(case: int) -> None:
    view = eightd.read_8d(case)
    assert view.revision == 0 and not view.content.filled()
    assert [s.step for s in view.steps] == list(range(9))
    assert not any(s.completed or s.reopened for s in view.steps)
    assert EightD.select().count() == 0  # reading writes nothing


def test_saving_is_one_audited_write_against_the_revision_started_from(case: int) -> None:
    first = save(case, {"d0": D0})
    assert first.saved and first.view.revision == 1
    entries = AuditEntry.select().where(AuditEntry.action == "save 8D")
    assert [e.actor for e in entries] == ["wang"]
    assert '"d0"' in entries[0].detail and "停止发货" not in entries[0].detail
    again = save(case, {"d0": D0})  # nothing changed: nothing written
    assert not again.saved and again.view.revision == 1
    with pytest.raises(UserError) as stale:
        save(case, {"d0": D0, "d1": {"leader": "王工"}}, revision=0, actor=MANAGER)
    assert str(stale.value) == (
        f"The 8D of {first.view.case_no} was saved by 王工 after you opened it: open it again."
    )
    assert eightd.read_8d(case).content.value(1, "leader") == ""


def test_the_workflow_asks_whether_both_root_causes_are_recorded(case: int) -> None:
    assert not eightd.has_root_cause(case)
    save(case, {"d4": {"occurrence_root_cause": D4["occurrence_root_cause"]}})
    assert not eightd.has_root_cause(case)
    save(case, {"d4": D4})
    assert eightd.has_root_cause(case)


def test_saving_needs_the_right_to_edit(case: int) -> None:
    with pytest.raises(UserError) as refused:
        save(case, {"d0": D0}, actor=SALES)
    assert "may not do this" in str(refused.value)
    assert EightD.select().count() == 0


def test_photos_and_actions_named_must_exist(case: int) -> None:
    missing = "cd" * 32
    with pytest.raises(ValidationError) as caught:
        save(case, {"d2": {"photos_nok": [{"photo": missing}]}, "d5": {"actions": [7]}})
    found = [(e.field, e.row, e.message) for e in caught.value.errors]
    assert found[0][:2] == ("d2.photos_nok.photo", 0)
    assert "not stored in this database" in found[0][2]
    assert found[1][:2] == ("d5.actions", None) and "has no action 7" in found[1][2]
    sha = _store_photo()
    _action(case, 7)
    assert save(case, {"d2": {"photos_nok": [{"photo": sha}]}, "d5": {"actions": [7]}}).saved


# ----- plans, completion, reopening -----------------------------------------------------------------
def test_a_step_is_planned_with_an_owner_and_a_target_date(case: int) -> None:
    with pytest.raises(UserError) as unknown:
        eightd.plan_step(case, 3, "nobody", None, ENGINEER, clock)
    assert "nobody is not an active account" in str(unknown.value)
    state = eightd.plan_step(case, 3, "chen", date(2026, 3, 13), ENGINEER, clock)
    assert (state.owner, state.owner_name, state.target_date) == (
        "chen",
        "陈主管",
        date(2026, 3, 13),
    )
    assert state.overdue(date(2026, 3, 14)) and not state.overdue(date(2026, 3, 13))
    assert eightd.read_8d(case).step(3).owner == "chen"
    assert AuditEntry.select().where(AuditEntry.action == "plan").count() == 1


def test_completing_signs_the_step_and_verify_checks_it(case: int, db) -> None:
    save(case, {"d0": D0, "d4": D4})
    with pytest.raises(ValidationError) as incomplete:
        complete(case, 1)
    assert [e.field for e in incomplete.value.errors] == ["d1.leader", "d1.members"]
    state = complete(case, 0)
    assert state.completed and state.completed_by_name == "王工"
    view = eightd.read_8d(case)
    assert state.content_hash == step_hash(view.content, 0)
    signature = Signature.get(Signature.uuid == state.signature_uuid)
    assert (signature.record_table, signature.step, signature.meaning) == (
        "eight_d",
        0,
        "confirmed",
    )
    assert signature.content_hash == state.content_hash and not signature.void
    assert verified(db) == []
    with pytest.raises(UserError) as twice:
        complete(case, 0)
    assert "was completed by 王工 on 2026-03-12" in str(twice.value)


def test_a_wrong_password_completes_nothing(case: int) -> None:
    save(case, {"d0": D0})
    with pytest.raises(UserError):
        eightd.complete_step(case, 0, 1, "wrong", ENGINEER, clock)
    assert not eightd.read_8d(case).step(0).completed


def test_only_the_owner_or_qa_completes_a_step(case: int) -> None:
    _production_may_edit()
    save(case, {"d4": D4})
    with pytest.raises(UserError) as refused:
        complete(case, 4, PRODUCTION)
    assert "only its owner or a QA engineer completes it" in str(refused.value)
    eightd.plan_step(case, 4, "sun", None, ENGINEER, clock)
    state = complete(case, 4, PRODUCTION)
    assert state.completed_by == "sun"
    assert Signature.get(Signature.uuid == state.signature_uuid).role == "step_owner"


def test_changing_a_completed_step_reopens_it_visibly(case: int, db) -> None:
    save(case, {"d0": D0, "d4": D4})
    signed = complete(case, 4)
    complete(case, 0)
    before = eightd.read_8d(case)
    assert before.revision == 1  # completing signs the content; it does not change it
    changed = with_values(before.content, 4, {"escape_root_cause": "另一个原因"})
    result = eightd.save_8d(case, changed, before.revision, ENGINEER, clock)
    assert result.reopened == (4,)
    view = result.view
    assert not view.step(4).completed and view.step(4).reopened
    assert view.step(4).reopen_reason == eightd.CHANGED
    assert view.step(0).completed  # another step's change leaves it alone
    assert Signature.get(Signature.uuid == signed.signature_uuid).void
    assert AuditEntry.select().where(AuditEntry.action == "reopen").count() == 1
    assert verified(db) == []
    again = complete(case, 4)  # completed anew: a second round of signing
    assert Signature.get(Signature.uuid == again.signature_uuid).round == 2
    assert not eightd.read_8d(case).step(4).reopened


def test_a_step_reopened_by_hand_needs_a_reason(case: int) -> None:
    save(case, {"d0": D0})
    complete(case, 0)
    with pytest.raises(UserError):
        eightd.reopen_step(case, 0, "  ", ENGINEER, clock)
    state = eightd.reopen_step(case, 0, "客户要求补充说明", ENGINEER, clock)
    assert state.reopened and state.reopen_reason == "客户要求补充说明"
    with pytest.raises(UserError) as again:
        eightd.reopen_step(case, 0, "again", ENGINEER, clock)
    assert "is not completed" in str(again.value)


def test_verify_names_a_completed_step_changed_behind_qa_desktops_back(
    case: int, db, db_path
) -> None:
    save(case, {"d0": D0})
    complete(case, 0)
    row = EightD.get()
    changed = row.content.replace("停止发货", "继续发货")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE eight_d SET content = ? WHERE id = ?", (changed, row.id))
    conn.commit()
    conn.close()
    view = eightd.read_8d(case)
    assert view.changed_since(0)
    problems = verified(db)
    assert problems and "Step D0 of the 8D of" in problems[0]


# ----- what flows in ---------------------------------------------------------------------------------
def test_the_facts_are_the_cases_own_and_customer_facing(case: int) -> None:
    _action(case, 1, kind="containment", internal_note="内部：成本")
    with write(ENGINEER, clock) as unit:
        for n, (place, checked, held) in enumerate(
            [
                ("factory_stock", "12.5", "12.5"),
                ("factory_stock", "3", "3"),
                ("in_transit", "6", ""),
            ]
        ):
            line = ContainmentLine(uuid=uuid.uuid4(), complaint=case, position=n, place=place,
                                   reference=f"S24A0817-0{n}", checked=checked, held=held or None,
                                   defective="1" if n == 0 else None, unit="t")  # fmt: skip
            unit.stamp(line, new=True)
            line.save(force_insert=True)
    facts = eightd.case_facts(case, "zh_CN")
    c = facts.complaint
    assert c.customer == "佛山某不锈钢制品厂" and c.defect == "划伤" and c.affected == "212"
    assert [coil.coil_no for coil in c.coils] == ["S24A0817-03", "S24A0817-05"]
    assert c.coils[0].size == "1.00 × 1219"
    assert [a.number for a in facts.actions_of("containment")] == [1]
    assert not hasattr(facts.actions[0], "internal_note")
    totals = [(t.place, t.unit, t.lines, t.checked, t.held, t.defective)
              for t in facts.containment_totals]  # fmt: skip
    assert totals == [
        ("factory_stock", "t", 2, "15.5", "15.5", "1"),
        ("in_transit", "t", 1, "6", "", ""),
    ]
    assert facts.handling == () and facts.visits == ()


# ----- helpers -------------------------------------------------------------------------------------
def _store_photo() -> str:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(out, "JPEG")
    prepared = media.prepare_bytes(out.getvalue(), "nok.jpg")
    with write(ENGINEER, clock) as unit:
        return store_media(unit, prepared)


def _action(case: int, number: int, kind: str = "corrective", internal_note: str = "") -> None:
    with write(ENGINEER, clock) as unit:
        row = CaseAction(uuid=uuid.uuid4(), complaint=case, number=number, kind=kind,
                         cause="occurrence", description="导辊清洁", owner="wang",
                         department="生产部", due_date=date(2026, 3, 20),
                         internal_note=internal_note)  # fmt: skip
        unit.stamp(row, new=True)
        row.save(force_insert=True)


def _production_may_edit() -> None:
    """A production department role that may edit (and so own a step), not a QA role."""
    from qa_desktop.core.services import matrix, roles

    roles.add_role(ADMIN, PASSWORD, "production", "Production", "生产部")
    current = matrix.matrix()
    rights = dict(current.roles) | {"production": RoleRights(frozenset({Action.EDIT}))}
    proposed = type(current)(current.version, current.base_currency, rights)
    matrix.change_matrix(ADMIN, PASSWORD, proposed, "production owns 8D steps")
    add_test_accounts((PRODUCTION, "production"))
