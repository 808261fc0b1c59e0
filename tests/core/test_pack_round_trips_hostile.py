"""Visit packs taken where they do not belong, twice, late or by the wrong person: a return
pack at a laptop, someone else's outbound pack, the outbound pack again after the visit was
filled, a second return pack, a field user deactivated meanwhile, a pack signed by another
field user. Each is refused in one sentence with nothing written, or imported without losing
what either end typed."""

from __future__ import annotations

import json

import pytest
from conftest import ADMIN, ENGINEER, PASSWORD, add_test_accounts
from packs import entries_of, manifest_of, raw_zip, resigned
from visit_scenarios import FIELD, clock, lines, plan_factory_visit, use, visit_on_laptop

from qa_desktop.core.errors import UserError
from qa_desktop.core.exchange.pack_export import export_outbound, export_return
from qa_desktop.core.exchange.pack_import import import_pack
from qa_desktop.core.models import (
    AuditEntry,
    Confirmation,
    MergeConflict,
    PackImport,
    Visit,
    VisitCoil,
    VisitPhoto,
)
from qa_desktop.core.services import accounts, visit_record, visits
from qa_desktop.core.services.context import Actor
from qa_desktop.core.visit_content import VisitContent

OTHER = Actor("li.field", "李工")


def _counts() -> tuple[int, ...]:
    return (
        Visit.select().count(), VisitCoil.select().count(), VisitPhoto.select().count(),
        Confirmation.select().count(), PackImport.select().count(),
        MergeConflict.select().count(), AuditEntry.select().count(),
    )  # fmt: skip


def _refused(path, actor, says: str) -> str:
    before = _counts()
    with pytest.raises(UserError) as info:
        import_pack(path, actor, clock)
    message = str(info.value)
    assert says in message, message
    assert "\n" not in message
    assert _counts() == before, "a refused pack wrote something"
    return message


@pytest.fixture
def factory(db, db_path, tmp_path):
    """The factory's path, its case, and zhou's outbound pack."""
    case_no = plan_factory_visit()
    out = tmp_path / "out.qavisit"
    export_outbound(out, [case_no], FIELD.user_id, ENGINEER, PASSWORD, clock)
    return db_path, case_no, out


def test_a_return_pack_is_refused_at_a_laptop(factory, tmp_path):
    path, _case_no, out = factory
    back = visit_on_laptop(tmp_path / "laptop.sqlite", out, tmp_path)
    _refused(back, FIELD, "made from this very database")  # the laptop that made it
    use(path)  # another laptop: li's, with its own outbound pack
    add_test_accounts((OTHER, "field_staff"))
    second = plan_factory_visit()
    visits.plan_visit(second, visits.VisitPlan(OTHER.user_id, clock() + _days(2)), ENGINEER, clock)
    theirs = tmp_path / "li.qavisit"
    export_outbound(theirs, [second], OTHER.user_id, ENGINEER, PASSWORD, clock)
    use(tmp_path / "li-laptop.sqlite")
    import_pack(theirs, None, clock)
    _refused(back, OTHER, "belongs to another factory's database")


def _days(n: float):
    from datetime import timedelta

    return timedelta(days=n)


def test_an_outbound_pack_for_someone_else_is_refused_at_their_laptop(factory, tmp_path):
    _path, _case_no, out = factory
    add_test_accounts((OTHER, "field_staff"))
    second = plan_factory_visit()
    visits.plan_visit(second, visits.VisitPlan(OTHER.user_id, clock() + _days(2)), ENGINEER, clock)
    theirs = tmp_path / "li.qavisit"
    export_outbound(theirs, [second], OTHER.user_id, ENGINEER, PASSWORD, clock)
    use(tmp_path / "li-laptop.sqlite")
    import_pack(theirs, None, clock)
    _refused(out, OTHER, "This pack is for zhou")
    _refused(out, None, "Sign in to import")


def test_the_outbound_pack_again_keeps_what_the_laptop_filled_in(factory, tmp_path):
    path, case_no, out = factory
    laptop = tmp_path / "laptop.sqlite"
    visit_on_laptop(laptop, out, tmp_path)
    filled = (Visit.get().answers, Visit.get().findings, VisitCoil.get().defective_used)
    assert import_pack(out, FIELD, clock).already  # the same file twice: nothing changes
    use(path)  # the factory sends a fresh pack for the same case (the visit is planned there)
    again = tmp_path / "again.qavisit"
    export_outbound(again, [case_no], FIELD.user_id, ENGINEER, PASSWORD, clock)
    use(laptop)
    done = import_pack(again, FIELD, clock)
    assert not done.already and done.conflicts == 0
    visit = Visit.get()
    assert (visit.answers, visit.findings, VisitCoil.get().defective_used) == filled
    assert visit.state == "in_progress"
    assert VisitPhoto.select().count() == 1
    assert not Confirmation.get().void
    assert MergeConflict.select().count() == 0


def test_a_second_return_pack_merges_without_spurious_conflicts(factory, tmp_path):
    path, _case_no, out = factory
    laptop = tmp_path / "laptop.sqlite"
    first = visit_on_laptop(laptop, out, tmp_path)
    use(path)
    assert import_pack(first, ENGINEER, clock).conflicts == 0
    visit = Visit.get()  # the engineer adds a line at the factory meanwhile
    visit_record.save_visit(
        str(visit.uuid), visit.revision,
        visit_record.content_of(visit), ENGINEER, clock,
    )  # fmt: skip
    use(laptop)  # on site, the field user adds to the findings
    visit = Visit.get()
    content = visit_record.content_of(visit)
    content = VisitContent(content.answers, "现场发现；复查完毕", content.coils, content.photos)
    visit_record.save_visit(str(visit.uuid), visit.revision, content, FIELD, clock)
    second = tmp_path / "second.qavisit"
    export_return(second, FIELD, PASSWORD, clock)
    unchanged = tmp_path / "third.qavisit"
    export_return(unchanged, FIELD, PASSWORD, clock)
    use(path)
    done = import_pack(second, ENGINEER, clock)
    assert done.conflicts == 0 and MergeConflict.select().count() == 0
    assert Visit.get().findings == "现场发现；复查完毕"
    assert not Confirmation.get().void  # the quantities did not change
    again = import_pack(unchanged, ENGINEER, clock)
    assert again.conflicts == 0 and again.merged == 0 and again.created == 0


def test_the_work_of_a_field_user_deactivated_meanwhile_still_imports(factory, tmp_path):
    """Decided: accepted. Their key was certified when they signed, the visit was theirs, and
    what the customer signed is evidence the factory must not lose; a QA engineer imports it."""
    path, _case_no, out = factory
    back = visit_on_laptop(tmp_path / "laptop.sqlite", out, tmp_path)
    use(path)
    accounts.deactivate(ADMIN, PASSWORD, FIELD.user_id, "离职")
    done = import_pack(back, ENGINEER, clock)
    assert done.created > 0 and not Confirmation.get().void
    assert PackImport.get().signer == FIELD.user_id


def test_a_return_pack_signed_by_another_field_user_is_refused(factory, tmp_path):
    from qa_desktop.core.exchange.pack_export import _signing
    from qa_desktop.core.vocab import Action

    path, _case_no, out = factory
    back = visit_on_laptop(tmp_path / "laptop.sqlite", out, tmp_path)
    use(path)
    add_test_accounts((OTHER, "field_staff"))
    private, signer = _signing(OTHER, PASSWORD, clock, Action.CONFIRM_QUANTITIES)
    pack = back.read_bytes()
    manifest = manifest_of(pack)
    manifest["signer"] = signer.to_dict()
    forged = tmp_path / "forged.qavisit"
    forged.write_bytes(raw_zip(resigned(entries_of(pack), manifest, private)))
    _refused(forged, ENGINEER, "not to the pack's signer li.field")


def test_a_changed_line_at_the_factory_and_a_second_pack_keep_the_factory_s_line(factory, tmp_path):
    """The factory re-counts after the first pack; the laptop sends its unchanged lines again:
    the factory's count stays, and the confirmation it voided stays void."""
    path, _case_no, out = factory
    laptop = tmp_path / "laptop.sqlite"
    first = visit_on_laptop(laptop, out, tmp_path)
    second = tmp_path / "second.qavisit"
    export_return(second, FIELD, PASSWORD, clock)
    use(path)
    import_pack(first, ENGINEER, clock)
    visit = Visit.get()
    content = visit_record.content_of(visit)
    content = VisitContent(content.answers, content.findings, lines(defective_used="20"),
                           content.photos)  # fmt: skip
    assert visit_record.save_visit(str(visit.uuid), visit.revision, content, ENGINEER, clock).voided
    done = import_pack(second, ENGINEER, clock)
    assert done.conflicts == 0
    assert VisitCoil.get().defective_used == 20
    assert Confirmation.get().void
    assert json.loads(Visit.get().answers)["customer_loss"] == "停线 4 小时"


def test_an_outbound_pack_for_a_deactivated_user_is_refused(db, tmp_path):
    case_no = plan_factory_visit()
    accounts.deactivate(ADMIN, PASSWORD, FIELD.user_id, "离职")
    out = tmp_path / "out.qavisit"
    with pytest.raises(UserError) as refused:
        export_outbound(out, [case_no], FIELD.user_id, ENGINEER, PASSWORD, clock)
    assert FIELD.user_id in str(refused.value) and "\n" not in str(refused.value)
    assert not out.exists()


@pytest.mark.parametrize("apart", [True, False])
def test_an_older_return_pack_after_a_newer_one_changes_nothing_back(factory, tmp_path, apart):
    """Two return packs taken from the laptop an hour apart (or, with a clock that did not
    move, at the same instant), imported newest first: the older one must not put back what
    the newer one changed. Made earlier, it is refused; made at the same instant, each of its
    records is older than the one taken (its revision) and is left alone."""
    path, _, out = factory
    laptop = tmp_path / "laptop.sqlite"
    older = visit_on_laptop(laptop, out, tmp_path)
    visit = Visit.get()
    content = visit_record.content_of(visit)
    content = VisitContent(content.answers, "复查后：划伤为轧制造成", lines(defective_used="20"),
                           content.photos)  # fmt: skip
    visit_record.save_visit(str(visit.uuid), visit.revision, content, FIELD, clock)
    newer = tmp_path / "newer.qavisit"
    later = (lambda: clock() + _days(1 / 24)) if apart else clock
    export_return(newer, FIELD, PASSWORD, later)
    use(path)
    import_pack(newer, ENGINEER, clock)
    if apart:
        _refused(older, ENGINEER, "before a pack from the same computer imported already")
    else:
        done = import_pack(older, ENGINEER, clock)
        assert (done.merged, done.created, done.conflicts) == (0, 0, 0)
    assert Visit.get().findings == "复查后：划伤为轧制造成"
    assert VisitCoil.get().defective_used == 20


def test_two_outbound_packs_import_in_either_order(db, db_path, tmp_path):
    """Each outbound pack holds its own cases: the later one first, then the earlier one."""
    first_case = plan_factory_visit()
    second_case = plan_factory_visit()
    earlier, later = tmp_path / "a.qavisit", tmp_path / "b.qavisit"
    export_outbound(earlier, [first_case], FIELD.user_id, ENGINEER, PASSWORD, clock)
    export_outbound(later, [second_case], FIELD.user_id, ENGINEER, PASSWORD,
                    lambda: clock() + _days(1 / 24))  # fmt: skip
    use(tmp_path / "laptop.sqlite")
    import_pack(later, None, clock)
    assert not import_pack(earlier, FIELD, clock).already
    assert Visit.select().count() == 2
