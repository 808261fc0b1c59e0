"""The laptop round trip with two database files: factory -> outbound pack -> laptop visit with
photos, a checklist and the customer's signature -> return pack -> factory; the same pack twice;
a pack that fails halfway; conflicts settled field by field."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import ENGINEER, PASSWORD, SHANGHAI, add_test_accounts, example_draft

from qa_desktop.core.db import close_database, open_database, open_read_only
from qa_desktop.core.errors import UserError
from qa_desktop.core.exchange.pack_export import export_outbound, export_return
from qa_desktop.core.exchange.pack_import import import_pack
from qa_desktop.core.models import (
    Confirmation,
    MergeConflict,
    PackImport,
    Visit,
    VisitCoil,
    VisitPhoto,
    database_proxy,
)
from qa_desktop.core.services import accounts, confirmations, conflicts, visit_record, visits
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.verify import verify_file

FIELD = Actor("zhou", "周工")
NOW = datetime(2026, 3, 11, 9, 0, tzinfo=SHANGHAI)


def clock() -> datetime:
    return NOW


def use(path: Path):
    """Work in the database at `path` (the test's 'other computer')."""
    if database_proxy.obj is not None:
        close_database(database_proxy.obj)
    return open_database(path)


@pytest.fixture
def factory(db, db_path):
    add_test_accounts((FIELD, "field_staff"))
    case = register_complaint(example_draft(), ENGINEER)
    plan = visits.VisitPlan("zhou", NOW + timedelta(days=2), site="佛山 3 号车间")
    visits.plan_visit(case.case_no, plan, ENGINEER, clock)
    return db_path, case.case_no


@pytest.fixture
def outbound(factory, tmp_path):
    _, case_no = factory
    out = tmp_path / "out.qavisit"
    export_outbound(out, [case_no], "zhou", ENGINEER, PASSWORD, clock)
    return out


def visit_on_laptop(laptop: Path, outbound: Path, tmp_path: Path, recount: str = "") -> Path:
    """The laptop's side: import, fill the visit, the customer signs, the return pack."""
    from test_visits import answers, lines, signature, stored_photo

    use(laptop)
    import_pack(outbound, None, clock)
    accounts.sign_in("zhou", PASSWORD)  # the field user signs in on the laptop
    visit = Visit.get()
    content = visit_record.VisitContent(answers(), "现场发现", lines(), [stored_photo()])
    saved = visit_record.save_visit(str(visit.uuid), visit.revision, content, FIELD, clock)
    confirmations.confirm_on_screen(
        str(visit.uuid), saved.visit.revision, "刘工", "生产主管", signature(), PASSWORD,
        FIELD, clock,
    )  # fmt: skip
    back = tmp_path / "back.qavisit"
    export_return(back, FIELD, PASSWORD, clock)
    return back


def test_the_round_trip_brings_the_visit_home_with_a_signature_that_verifies(
    factory, outbound, tmp_path
):
    path, _ = factory
    back = visit_on_laptop(tmp_path / "laptop.sqlite", outbound, tmp_path)
    use(path)
    done = import_pack(back, ENGINEER, clock)
    assert (done.kind, done.conflicts) == ("return", 0)
    visit = Visit.get()
    assert visit.state == "in_progress" and visit.findings == "现场发现"
    assert json.loads(visit.answers)["customer_loss"] == "停线 4 小时"
    assert VisitCoil.get().defective_used == 23
    assert VisitPhoto.select().count() == 1
    confirmation = Confirmation.get()
    assert confirmations.problems(confirmation) == [] and not confirmation.void
    report = verify_file(open_read_only(path).connection())
    assert report.ok, report.problems
    assert report.confirmations == 1


def test_the_same_pack_twice_changes_nothing(factory, outbound, tmp_path):
    path, _ = factory
    back = visit_on_laptop(tmp_path / "laptop.sqlite", outbound, tmp_path)
    use(path)
    import_pack(back, ENGINEER, clock)
    before = (Visit.get().revision, VisitCoil.select().count(), PackImport.select().count())
    assert import_pack(back, ENGINEER, clock).already
    assert (Visit.get().revision, VisitCoil.select().count(), PackImport.select().count()) == before


def test_an_outbound_pack_is_refused_at_the_factory(factory, outbound):
    with pytest.raises(UserError, match="made from this very database"):
        import_pack(outbound, ENGINEER, clock)


def test_a_pack_that_fails_halfway_leaves_nothing_and_imports_later(
    factory, outbound, tmp_path, monkeypatch
):
    path, _ = factory
    back = visit_on_laptop(tmp_path / "laptop.sqlite", outbound, tmp_path)
    use(path)
    from qa_desktop.core.exchange import pack_merge

    def killed(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pack_merge, "_deletions", killed)
    with pytest.raises((UserError, OSError)):
        import_pack(back, ENGINEER, clock)
    assert (VisitCoil.select().count(), Confirmation.select().count()) == (0, 0)
    assert PackImport.select().count() == 0
    monkeypatch.undo()
    assert import_pack(back, ENGINEER, clock).created > 0


def test_changes_at_both_ends_merge_and_conflict_field_by_field(factory, outbound, tmp_path):
    path, _ = factory
    back = visit_on_laptop(tmp_path / "laptop.sqlite", outbound, tmp_path)
    use(path)
    visit = Visit.get()  # meanwhile at the factory: the engineer types up a phone call
    from test_visits import lines

    content = visit_record.VisitContent({}, "电话：客户说是轧制划伤", lines(defective_used="20"))
    visit_record.save_visit(str(visit.uuid), visit.revision, content, ENGINEER, clock)
    done = import_pack(back, ENGINEER, clock)
    fields = {(c.table, c.field) for c in conflicts.open_conflicts()}
    assert fields == {("visit", "findings"), ("visit_coil", "defective_used")}
    assert done.conflicts == 2
    visit = Visit.get()
    assert json.loads(visit.answers)["customer_loss"] == "停线 4 小时"  # only the laptop changed it
    assert visit.findings == "电话：客户说是轧制划伤"  # the factory's, until someone chooses
    assert not Confirmation.get().void  # waiting for the choice
    choice = {
        c.id: ("theirs" if c.field == "findings" else "ours") for c in conflicts.open_conflicts()
    }
    conflicts.resolve(choice, ENGINEER, clock)
    assert Visit.get().findings == "现场发现"
    assert VisitCoil.get().defective_used == 20
    voided = Confirmation.get()
    assert voided.void  # signed over 23, which lost: void, visibly
    assert MergeConflict.select().where(MergeConflict.resolved_at.is_null()).count() == 0


def test_a_return_pack_cannot_change_the_factory_s_plan(factory, outbound, tmp_path):
    path, _ = factory
    laptop = tmp_path / "laptop.sqlite"
    visit_on_laptop(laptop, outbound, tmp_path)
    use(laptop)  # the laptop's file edited behind QA Desktop's back: the plan moved
    Visit.update(site="别处", appointment_tz="UTC").execute()
    back = tmp_path / "edited.qavisit"
    export_return(back, FIELD, PASSWORD, clock)
    use(path)
    import_pack(back, ENGINEER, clock)
    visit = Visit.get()
    assert (visit.site, visit.appointment_tz) == ("佛山 3 号车间", "Asia/Shanghai")
    assert visit.findings == "现场发现"  # what a field user fills still arrives
