"""The laptop round trip with two database files: factory -> outbound pack -> laptop visit with
photos, a checklist and the customer's signature -> return pack -> factory; the same pack twice;
a pack that fails halfway; conflicts settled field by field."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from conftest import ENGINEER, PASSWORD, add_test_accounts, example_draft
from packs import resigned_records
from visit_scenarios import FIELD, NOW, clock, lines, photo_bytes, signature, use, visit_on_laptop

from qa_desktop.core.db import open_read_only
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
)
from qa_desktop.core.services import accounts, confirmations, conflicts, visit_record, visits
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.verify import verify_file


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


# ----- hostile packs, made from one the application exported -------------------------------------
@pytest.fixture
def returned(factory, outbound, tmp_path):
    """The factory's path, a return pack's bytes and the field user's private key."""
    from qa_desktop.core.services import keys

    path, _ = factory
    back = visit_on_laptop(tmp_path / "laptop.sqlite", outbound, tmp_path)
    _, private = keys.open_signing_key(accounts.account("zhou"), PASSWORD)
    use(path)
    return path, back.read_bytes(), private


def _amount_in_confirmation(document):
    for entry in document["records"]:
        if entry["table"] == "confirmation":
            record = json.loads(entry["fields"]["record"])
            record["lines"][0]["amount"] = "5000"
            entry["fields"]["record"] = json.dumps(record)


def _a_proposal(document):
    document["records"].append({"table": "proposal", "fields": {"uuid": "0" * 32}, "base": None})


def _another_visit(document):
    for entry in document["records"]:
        if entry["table"] == "visit":
            entry["fields"]["uuid"] = "12345678123456781234567812345678"


def _impossible_figure(document):
    for entry in document["records"]:
        if entry["table"] == "visit_coil":
            entry["fields"]["defective_used"] = "999"


def _newer_schema(manifest):
    manifest["schema_version"] += 1


def _cut(pack: bytes) -> bytes:
    return pack[: len(pack) // 2]


def _polyglot(pack: bytes) -> bytes:
    return photo_bytes() + pack


def _escaping(pack: bytes) -> bytes:
    from packs import entries_of, raw_zip, stored

    return raw_zip([*entries_of(pack), stored("../../evil.txt", b"x")])


def _swapped_photo(pack: bytes) -> bytes:
    from packs import entries_of, raw_zip, replace_entry

    entries = entries_of(pack)
    photo = next(e for e in entries if e.text.startswith("media/") and "-" not in e.text)
    changed = bytearray(photo.data)
    changed[-3] ^= 0xFF
    import zlib

    return raw_zip(replace_entry(entries, photo.text, data=bytes(changed),
                                 crc=zlib.crc32(bytes(changed))))  # fmt: skip


def _unknown_signer(pack: bytes) -> bytes:
    from packs import entries_of, manifest_of, raw_zip, resigned

    from qa_desktop.core import signing

    private, _ = signing.new_key_pair()
    return raw_zip(resigned(entries_of(pack), manifest_of(pack), private))


@pytest.mark.parametrize(
    ("tamper", "says"),
    [
        (_cut, "incomplete"),
        (_polyglot, "picture|before|not a visit pack"),
        (_escaping, "name"),
        (_swapped_photo, "does not match|not what"),
        (_unknown_signer, "signature|key"),
    ],
)
def test_a_damaged_or_forged_pack_is_refused_and_nothing_is_written(
    returned, tmp_path, tamper, says
):
    _, pack, _ = returned
    bad = tmp_path / "bad.qavisit"
    bad.write_bytes(tamper(pack))
    before = (
        VisitCoil.select().count(),
        Confirmation.select().count(),
        PackImport.select().count(),
    )
    with pytest.raises(UserError, match=f"(?i){says}"):
        import_pack(bad, ENGINEER, clock)
    assert (
        VisitCoil.select().count(),
        Confirmation.select().count(),
        PackImport.select().count(),
    ) == before


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (_amount_in_confirmation, "quantities only"),
        (_a_proposal, "does not carry proposal"),
        (_another_visit, "never planned"),
        (_impossible_figure, "cannot exceed"),
    ],
)
def test_a_signed_pack_beyond_a_field_user_s_authority_is_refused(returned, tmp_path, change, says):
    _, pack, private = returned
    bad = tmp_path / "bad.qavisit"
    bad.write_bytes(resigned_records(pack, private, change))
    with pytest.raises(UserError, match=says):
        import_pack(bad, ENGINEER, clock)
    assert (VisitCoil.select().count(), Confirmation.select().count()) == (0, 0)


def test_a_pack_from_a_newer_schema_is_refused(returned, tmp_path):
    from packs import entries_of, manifest_of, raw_zip, resigned

    _, pack, private = returned
    manifest = manifest_of(pack)
    _newer_schema(manifest)
    bad = tmp_path / "newer.qavisit"
    bad.write_bytes(raw_zip(resigned(entries_of(pack), manifest, private)))
    with pytest.raises(UserError, match="newer"):
        import_pack(bad, ENGINEER, clock)


# ----- what a return pack may not change of what is stored -------------------------------------------
def test_a_void_confirmation_stays_void_whatever_a_later_pack_says(factory, outbound, tmp_path):
    path, _ = factory
    laptop = tmp_path / "laptop.sqlite"
    first = visit_on_laptop(laptop, outbound, tmp_path)
    use(
        laptop
    )  # the customer signs again on site: the first signature is void, and the pack says so
    visit = Visit.get()
    confirmations.confirm_on_screen(str(visit.uuid), visit.revision, "刘工", "生产主管",
                                    signature(), PASSWORD, FIELD, clock)  # fmt: skip
    voided = tmp_path / "voided.qavisit"
    export_return(voided, FIELD, PASSWORD, clock)
    Confirmation.update(void=False, void_reason="").execute()  # the laptop's file edited by hand
    again = tmp_path / "unvoided.qavisit"
    export_return(again, FIELD, PASSWORD, clock)
    use(path)
    for pack in (first, voided, again):
        import_pack(pack, ENGINEER, clock)
    first, second = Confirmation.select().order_by(Confirmation.id)
    assert first.void and "signed again" in first.void_reason and not second.void


def test_a_return_pack_cannot_move_a_coil_line_of_another_visit(returned, tmp_path):
    _, pack, private = returned
    other = register_complaint(example_draft(), ENGINEER)  # the factory's other visit, own coil
    planned = visits.plan_visit(other.case_no, visits.VisitPlan("zhou", NOW + timedelta(days=3)),
                                ENGINEER, clock).visit  # fmt: skip
    visit_record.save_visit(str(planned.uuid), planned.revision,
                            visit_record.VisitContent({}, "", lines()), ENGINEER, clock)  # fmt: skip
    theirs = VisitCoil.get(VisitCoil.visit == planned)

    def take_it(document):
        for entry in document["records"]:
            if entry["table"] == "visit_coil":
                entry["fields"]["uuid"] = str(theirs.uuid)

    bad = tmp_path / "move.qavisit"
    bad.write_bytes(resigned_records(pack, private, take_it))
    with pytest.raises(UserError, match="belongs to no visit"):
        import_pack(bad, ENGINEER, clock)
    assert VisitCoil.get_by_id(theirs.id).visit_id == planned.id
