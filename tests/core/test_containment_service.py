"""A case's containment through the service (core/services/containment.py): saved whole, with
its revision and audit, lines keeping their uuids, the lines at the customer taken from the
finished site visit, and what the workflow and the 8D report read."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import replace
from decimal import Decimal

import pytest
from conftest import ENGINEER, add_test_accounts, example_draft
from visit_scenarios import FIELD, answers, clock, lines, plan, save, stored_photo

from qa_desktop.core.containment import ContainmentDraft, Quantities
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, ContainmentLine, Visit, VisitCoil
from qa_desktop.core.services import containment, visit_record, visits
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting
from qa_desktop.core.visit_content import VisitContent

SALES = Actor("zhao", "赵经理")
COLLEAGUE = Actor("li", "李工")
STOCK = "factory_stock"


@pytest.fixture
def case(db):
    add_test_accounts((FIELD, "field_staff"), (SALES, "sales"))
    change_setting("coil_number_forms", "S##@####-##", Actor("qa.li"))
    return register_complaint(example_draft(), ENGINEER)


def stock(**values: str) -> ContainmentDraft:
    values = {
        "place": STOCK,
        "reference": "S24A0817-04",
        "checked": "20.5",
        "held": "20.5",
    } | values
    return ContainmentDraft(**values)


def saved(case, drafts, actor: Actor = ENGINEER, revision: int | None = None):
    current = containment.containment_of(case.id)
    expected = current.revision if revision is None else revision
    return containment.save_containment(case.id, expected, drafts, actor, clock)


def finished_visit(case, **changes: str) -> Visit:
    visit = visits.plan_visit(case.case_no, plan(), ENGINEER, clock).visit
    save(visit, VisitContent(answers(), "见照片", lines(**changes), [stored_photo()]))
    fresh = Visit.get_by_id(visit.id)
    return visit_record.finish_visit(str(fresh.uuid), fresh.revision, FIELD, clock)


def test_lines_are_saved_whole_and_read_back_in_order(case):
    drafts = [
        stock(),
        ContainmentDraft(place="work_in_process"),  # a blank row: not stored
        ContainmentDraft(place="in_transit", reference="DN240820-551", checked="12.7",
                         held="12.7", unit="t", result="在途，到货后冻结"),
    ]  # fmt: skip
    after = saved(case, drafts)
    assert after.revision == 1 and after.saved_by == "王工"
    assert [(d.place, d.checked, d.held) for d in after.lines] == [
        (STOCK, "20.5", "20.5"),
        ("in_transit", "12.7", "12.7"),
    ]
    assert [row.position for row in ContainmentLine.select().order_by(ContainmentLine.id)] == [0, 1]
    assert containment.containment_recorded(case.id)


def test_a_line_keeps_its_uuid_when_edited_and_each_change_is_audited(case):
    first = saved(case, [stock(), stock(reference="S24A0817-06", checked="5", held="")])
    kept = first.lines[0].uuid
    edited = replace(first.lines[0], defective="1", released="19.5", ok_marking="绿色合格标签")
    after = saved(case, [edited])  # the second line removed
    assert [d.uuid for d in after.lines] == [kept]
    row = ContainmentLine.get(ContainmentLine.uuid == uuid.UUID(kept))
    assert (row.revision, row.released, row.ok_marking) == (2, Decimal("19.5"), "绿色合格标签")
    actions = [
        (e.action, e.table)
        for e in AuditEntry.select().where(AuditEntry.table.in_(["containment_line", "complaint"]))
        .order_by(AuditEntry.id)
        if e.action != "create" or e.table != "complaint"
    ]  # fmt: skip
    assert actions == [
        ("create", "containment_line"),
        ("create", "containment_line"),
        ("containment", "complaint"),
        ("update", "containment_line"),
        ("delete", "containment_line"),
        ("containment", "complaint"),
    ]
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert json.loads(last.detail) == {"lines": 1, "added": 0, "changed": 1, "removed": 1}
    assert after.revision == 2


def test_a_save_that_changes_nothing_writes_nothing(case):
    first = saved(case, [stock()])
    entries = AuditEntry.select().count()
    again = saved(case, list(first.lines))
    assert again.revision == first.revision and AuditEntry.select().count() == entries


def test_someone_else_saving_in_between_is_one_sentence_naming_them(case):
    opened = containment.containment_of(case.id)
    saved(case, [stock()], actor=COLLEAGUE)
    with pytest.raises(UserError) as refused:
        containment.save_containment(
            case.id, opened.revision, [stock(checked="30")], ENGINEER, clock
        )
    assert str(refused.value) == (
        f"The containment of {case.case_no} was saved by 李工 after you opened it; open it "
        "again to see their lines."
    )
    assert [d.checked for d in containment.containment_of(case.id).lines] == ["20.5"]


def test_saving_needs_the_right_to_edit_complaints(case):
    with pytest.raises(UserError, match="Edit complaints"):
        saved(case, [stock()], actor=SALES)
    with pytest.raises(UserError, match="Edit complaints"):
        saved(case, [stock()], actor=FIELD)
    assert ContainmentLine.select().count() == 0


def test_refused_lines_are_beside_their_cells_and_nothing_is_written(case):
    with pytest.raises(ValidationError) as refused:
        saved(case, [stock(), stock(checked="5", held="5", defective="6")])
    ((error),) = refused.value.errors
    assert (error.row, error.field) == (1, "defective")
    assert ContainmentLine.select().count() == 0


def test_a_line_of_another_case_or_repeated_is_refused(case):
    other = register_complaint(example_draft(), ENGINEER)
    theirs = containment.save_containment(other.id, 0, [stock()], ENGINEER, clock).lines[0]
    with pytest.raises(ValidationError) as refused:
        saved(case, [theirs])
    assert refused.value.errors[0].message == f"Line 1 is not a containment line of {case.case_no}."
    ours = saved(case, [stock()]).lines[0]
    with pytest.raises(ValidationError) as refused:
        saved(case, [ours, replace(ours, checked="3", held="")])
    assert refused.value.errors[0].message == "Line 2 is line 1 again; a line is saved once."
    with pytest.raises(ValidationError):
        saved(case, [replace(ours, uuid="not-a-uuid")])


def test_hostile_text_and_figures_are_refused_or_stored_clean(case):
    hostile = stock(reference="S24A\u202e0817\x00-04\n", result="=cmd|' /C calc'!A0\x07",
                    ok_marking="<b>OK</b>", checked="１２", held="1e308")  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        saved(case, [hostile])
    assert [e.field for e in refused.value.errors] == ["held"]
    after = saved(case, [replace(hostile, held="１２")])
    line = after.lines[0]
    assert (line.reference, line.result, line.ok_marking, line.checked) == (
        "S24A0817-04", "=cmd|' /C calc'!A0", "<b>OK</b>", "12",
    )  # fmt: skip


def test_five_thousand_lines_save_in_one_transaction(case):
    drafts = [stock(reference=f"LOT{i:05d}", checked="1.5", held="1.5") for i in range(5000)]
    started = time.perf_counter()
    after = saved(case, drafts)
    elapsed = time.perf_counter() - started
    assert len(after.lines) == 5000 and elapsed < 30, elapsed
    assert containment.totals(case.id).overall["t"].checked == Decimal(7500)
    with pytest.raises(ValidationError):
        saved(case, [*drafts, stock()])
    assert ContainmentLine.select().count() == 5000


# ----- from the site visit -------------------------------------------------------------------------
def test_the_finished_visit_proposes_the_lines_at_the_customer(case):
    visit = visits.plan_visit(case.case_no, plan(), ENGINEER, clock).visit
    save(visit, VisitContent(answers(), "", lines(), [stored_photo()]))
    assert containment.from_site_visits(case.id) == []  # in progress: not yet the visit's word
    fresh = Visit.get_by_id(visit.id)
    visit_record.finish_visit(str(fresh.uuid), fresh.revision, FIELD, clock)
    proposed = containment.from_site_visits(case.id)
    coil = VisitCoil.get()
    assert [(d.place, d.reference, d.checked, d.defective, d.unit, d.visit_coil) for d in proposed] == [
        ("customer_used", "S24A0817-05", "180", "23", "pcs", str(coil.uuid)),
        ("customer_unused", "S24A0817-05", "32", "4", "pcs", str(coil.uuid)),
    ]  # fmt: skip
    taken = containment.take_from_site_visits(case.id, [stock()])
    assert (taken.added, taken.updated) == (2, 0)
    after = saved(case, taken.lines)
    assert ContainmentLine.select().where(ContainmentLine.visit_coil == coil).count() == 2
    assert [d.visit_coil for d in after.lines] == ["", str(coil.uuid), str(coil.uuid)]
    # Taking again adds nothing: the lines are there.
    assert containment.take_from_site_visits(case.id, after.lines).added == 0


def test_a_visit_recounted_later_shows_as_changed_until_taken_again(case):
    from qa_desktop.core.containment_visits import differences

    visit = finished_visit(case)
    taken = containment.take_from_site_visits(case.id, [])
    after = saved(case, [replace(d, held=d.checked) if d.place == "customer_unused" else d
                         for d in taken.lines])  # fmt: skip
    assert differences(list(after.lines), list(after.figures)) == {}
    reopened = visit_record.reopen_visit(str(visit.uuid), visit.revision, "复点", FIELD, clock)
    photos = visit_record.content_of(reopened).photos
    recounted = save(reopened, VisitContent(answers(), "", lines(defective_unused="6"), photos))
    now = containment.containment_of(case.id)
    assert differences(list(now.lines), list(now.figures)) == {
        1: "Line 2 differs from coil S24A0817-05 of site visit 1, which now counts 32 pcs, 6 of "
        "them defective."
    }
    # Reopened, the visit is not yet its word again: finished, its figures are taken.
    assert containment.take_from_site_visits(case.id, now.lines).updated == 0
    visit_record.finish_visit(str(visit.uuid), recounted.visit.revision, FIELD, clock)
    again = containment.take_from_site_visits(case.id, now.lines)
    assert (again.added, again.updated) == (0, 1)
    assert again.lines[1].held == "32"  # what containment added stays
    assert differences(again.lines, list(now.figures)) == {}


def test_a_link_to_another_case_visit_is_refused(case):
    other = register_complaint(example_draft(), ENGINEER)
    finished_visit(other)
    theirs = containment.from_site_visits(other.id)
    with pytest.raises(ValidationError) as refused:
        saved(case, theirs)
    assert refused.value.errors[0].message == (
        f"Line 1 is taken from a coil line that is not of a site visit of {case.case_no}."
    )


def test_a_removed_visit_line_leaves_the_containment_line_as_it_was(case):
    finished_visit(case)
    after = saved(case, containment.take_from_site_visits(case.id, []).lines)
    VisitCoil.delete().execute()  # the visit's lines gone (the link is set to null)
    now = containment.containment_of(case.id)
    assert [(d.checked, d.visit_coil) for d in now.lines] == [("180", ""), ("32", "")]
    assert len(after.lines) == 2


# ----- for the workflow and the 8D report ---------------------------------------------------------
def test_containment_is_recorded_once_a_place_was_checked_even_finding_none(case):
    assert not containment.containment_recorded(case.id)
    saved(case, [ContainmentDraft(place="in_transit", reference="DN240820-551")])
    assert not containment.containment_recorded(case.id)  # named, not yet counted
    saved(case, [ContainmentDraft(place=STOCK, reference="H2408123", checked="0")])
    assert containment.containment_recorded(case.id)


def test_totals_for_the_report_per_place_and_unit(case):
    finished_visit(case)
    drafts = [*containment.from_site_visits(case.id),
              stock(defective="1", released="19.5", ok_marking="绿标"), stock(checked="6.35",
              held="6.35", reference="S24A0817-05")]  # fmt: skip
    saved(case, drafts)
    result = containment.totals(case.id)
    assert result.by_place == {
        (STOCK, "t"): Quantities(Decimal("26.85"), Decimal("26.85"), Decimal(1), Decimal("19.5")),
        ("customer_used", "pcs"): Quantities(Decimal(180), Decimal(0), Decimal(23), Decimal(0)),
        ("customer_unused", "pcs"): Quantities(Decimal(32), Decimal(0), Decimal(4), Decimal(0)),
    }
    assert result.overall["pcs"].checked == Decimal(212) and result.lines == 4


def test_a_complaint_that_is_gone_is_one_sentence(case):
    with pytest.raises(UserError, match="no longer exists"):
        containment.containment_of(case.id + 99)
    with pytest.raises(UserError, match="no longer exists"):
        containment.save_containment(case.id + 99, 0, [stock()], ENGINEER, clock)


# ----- the demo ------------------------------------------------------------------------------------
def test_the_demo_holds_containment_in_every_state_the_same_each_time(tmp_path):
    from datetime import date

    from qa_desktop.core.containment import check_lines
    from qa_desktop.core.containment_visits import differences
    from qa_desktop.core.db import close_database, open_database
    from qa_desktop.core.demo import load_demo
    from qa_desktop.core.models import Complaint

    def load(name: str) -> dict[str, list[tuple]]:
        database = open_database(tmp_path / name)
        load_demo(database, 20, seed=3, anchor=date(2026, 11, 23))
        found = {}
        for complaint in Complaint.select().join(ContainmentLine).distinct():
            case = containment.containment_of(complaint.id)
            assert complaint.status not in ("registered", "invalid", "answered")
            assert check_lines(list(case.lines))[1] == []  # as a save would store them
            notes = differences(list(case.lines), list(case.figures))
            found[case.case_no] = [
                (d.place, d.checked, d.held, d.defective, d.released, d.unit, bool(d.visit_coil),
                 bool(d.ok_marking)) for d in case.lines
            ] + [("differs", *sorted(notes))]  # fmt: skip
        close_database(database)
        return found

    first = load("a.sqlite")
    assert first == load("b.sqlite")
    lines = [line for case in first.values() for line in case if line[0] != "differs"]
    places = {line[0] for line in lines}
    assert places == {"factory_stock", "work_in_process", "in_transit", "customer_used",
                      "customer_unused"}  # fmt: skip
    assert any(line[6] for line in lines)  # taken from a site visit
    assert any(line[2] and not line[4] for line in lines)  # on HOLD, nothing released yet
    assert any(line[4] and line[7] for line in lines)  # released, with its marking
    assert any(line[1] == "0" for line in lines)  # checked, none found
    assert any(line[1] == "" for line in lines)  # named, not yet counted
    assert any(len(case[-1]) > 1 for case in first.values())  # differs from its visit now
