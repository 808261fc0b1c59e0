"""Return packs that are valid JSON, signed by the field user's own key, and wrong in shape:
each is refused with one sentence and nothing is written (only the payload rules stand
between such a pack and the factory's database)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ENGINEER, PASSWORD
from packs import resigned_records as _resigned_records
from visit_scenarios import FIELD, clock, plan_factory_visit, use, visit_on_laptop

from qa_desktop.core.errors import UserError
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


@pytest.fixture
def returned(db, db_path, tmp_path):
    """The factory's path, a return pack's bytes and the field user's private key."""
    from qa_desktop.core.exchange.pack_export import export_outbound
    from qa_desktop.core.services import accounts, keys

    case_no = plan_factory_visit()
    out = tmp_path / "out.qavisit"
    export_outbound(out, [case_no], FIELD.user_id, ENGINEER, PASSWORD, clock)
    back = visit_on_laptop(tmp_path / "laptop.sqlite", out, tmp_path)
    _, private = keys.open_signing_key(accounts.account(FIELD.user_id), PASSWORD)
    use(db_path)
    return db_path, back.read_bytes(), private


def _state() -> tuple:
    visit = Visit.get()
    return (
        visit.revision, visit.findings, visit.answers, VisitCoil.select().count(),
        VisitPhoto.select().count(), Confirmation.select().count(),
        PackImport.select().count(), MergeConflict.select().count(),
        AuditEntry.select().count(),
    )  # fmt: skip


def _entry(document, table):
    return next(e for e in document["records"] if e["table"] == table)


def _set(table, name, value):
    def change(document):
        _entry(document, table)["fields"][name] = value

    return change


def _records_not_a_list(document):
    document["records"] = {"visit": document["records"]}


def _fields_not_an_object(table):
    def change(document):
        _entry(document, table)["fields"] = [1, 2, 3]

    return change


def _record_not_an_object(document):
    document["records"].append("visit")


def _coil_of_another_visit(document):
    _entry(document, "visit_coil")["fields"]["visit"] = "12345678-1234-5678-1234-567812345678"


def _photo_without_its_file(document):
    _entry(document, "visit_photo")["fields"]["media"] = "ab" * 32


def _photo_file_not_a_sum(document):
    _entry(document, "visit_photo")["fields"]["media"] = "../../etc/passwd"


def _finished_open(document):
    fields = _entry(document, "visit")["fields"]
    answers = json.loads(fields["answers"])
    del answers["defect_source"]
    fields.update(state="finished", answers=json.dumps(answers, ensure_ascii=False))


def _escaped(change):
    def escaping(document):
        change(document)
        return json.dumps(document)  # a lone surrogate as \\udc00: valid UTF-8 until parsed

    return escaping


def _escaped_surrogate(document):
    _entry(document, "visit")["fields"]["findings"] = "现场\udc00发现"
    return json.dumps(document)  # as \\udc00: valid UTF-8, a lone surrogate once parsed


def _many_records(document):
    document["records"].extend({"table": "visit_coil"} for _ in range(60_000))


def _deep(document):
    """Nested deeper than any parser recurses: written as text (json.dumps cannot)."""
    text = json.dumps(document, ensure_ascii=False)
    return text.replace('"records": [', '"records": [' + "[" * 100_000 + "]" * 100_000 + ",", 1)


def _deleted_garbage(document):
    document["deleted"] = [{"table": "visit_coil", "uuid": "not-a-uuid"}]


def _deleted_without_uuid(document):
    document["deleted"] = [{"table": "visit_photo"}]


def _media_not_objects(document):
    document["media"] = ["ab" * 32]


def _media(name, value):
    def change(document):
        document["media"][0][name] = value

    return change


def _answers(value):
    return _set("visit", "answers", value)


def _confirmation_record(value):
    return _set("confirmation", "record", value)


HOSTILE = {
    "records not a list": (_records_not_a_list, "records"),
    "a record not an object": (_record_not_an_object, "carry|cannot be read"),
    "visit fields not an object": (_fields_not_an_object("visit"), "cannot be read"),
    "coil fields not an object": (_fields_not_an_object("visit_coil"), "cannot be read|belongs"),
    "a visit uuid not a uuid": (_set("visit", "uuid", "visit-1"), "cannot be read"),
    "a coil uuid not a uuid": (_set("visit_coil", "uuid", 17), "cannot be read"),
    "a uuid as an object": (_set("visit_photo", "uuid", {"a": 1}), "cannot be read"),
    "a date not a date": (_set("visit", "started_at", "yesterday"), "cannot be read"),
    "a date as a number": (_set("visit", "finished_at", 20260311), "cannot be read"),
    "a decimal abc": (_set("visit_coil", "used", "abc"), "cannot be read"),
    "a decimal NaN": (_set("visit_coil", "used", "NaN"), "cannot be read"),
    "a decimal 1e400": (_set("visit_coil", "unused", "1e400"), "cannot be read|too large"),
    "a decimal as a list": (_set("visit_coil", "used", [1]), "cannot be read"),
    "a boolean for a text": (_set("visit", "findings", True), "cannot be read"),
    "a number for a text": (_set("visit_coil", "heat_no", 12.5), "cannot be read"),
    "an object for a text": (_set("visit_photo", "caption", {"x": 1}), "cannot be read"),
    "a text for a whole number": (_set("visit_coil", "position", "first"), "cannot be read"),
    "a boolean for a whole number": (_set("visit_coil", "position", True), "cannot be read"),
    "a float for a whole number": (_set("visit_coil", "revision", 1.5), "cannot be read"),
    "a huge whole number": (_set("visit_coil", "position", 10**30), "cannot be read"),
    "a text for a boolean": (_set("confirmation", "void", "no"), "cannot be read"),
    "a NUL in a text": (_set("visit", "findings", "现场\x00发现"), "cannot be read"),
    "a lone surrogate": (_set("visit_photo", "caption", "划\ud800伤"), "cannot be read"),
    "a lone surrogate, escaped": (_escaped_surrogate, "cannot be read"),
    "a control character": (_set("visit_coil", "grade", "SP\x1bCC"), "cannot be read"),
    "a text too long": (_set("visit", "findings", "长" * 100_001), "at most|characters"),
    "a state unknown": (_set("visit", "state", "approved"), "unknown state|cannot"),
    "a visit cancelled on the laptop": (_set("visit", "state", "cancelled"), "cannot"),
    "finished with required items open": (_finished_open, "required"),
    "a coil of another visit": (_coil_of_another_visit, "belongs to no visit"),
    "a photo whose file is not in the pack": (_photo_without_its_file, "lacks"),
    "a photo file that is not a sum": (_photo_file_not_a_sum, "lacks|cannot be read"),
    "a huge number of records": (_many_records, "more records"),
    "deep nesting": (_deep, "cannot be read"),
    "a deletion with a bad uuid": (_deleted_garbage, "cannot be read"),
    "a deletion without a uuid": (_deleted_without_uuid, "cannot be read"),
    "media not objects": (_media_not_objects, "not what its records say"),
    "a file's author a lone surrogate": (_escaped(_media("created_by", "周\udc00")), "not what"),
    "a file's type with a NUL": (_media("mime", "image/jpeg\x00"), "not what"),
    "a file's width huge": (_media("width", 10**30), "not what"),
    "a file's date not a date": (_media("created_at", "soon"), "not what"),
    "answers not JSON": (_answers("{not json"), "answers"),
    "answers a list": (_answers("[1, 2]"), "answers"),
    "answers for an unknown item": (_answers('{"price": "5000"}'), "no item"),
    "an answer not a number": (_answers('{"defective_used": "abc"}'), "number"),
    "an answer with a NUL": (
        _answers('{"customer_loss": "停线\\u0000"}'),
        "answers|cannot be read",
    ),
    "a confirmation record not JSON": (_confirmation_record("{"), "does not verify"),
    "a confirmation record deep": (
        _confirmation_record("[" * 50_000 + "]" * 50_000),
        "does not verify",
    ),
    "a confirmation's signature not base64": (
        _set("confirmation", "witness_signature", "***"),
        "cannot be read",
    ),
    "a confirmation's strokes not JSON": (_set("confirmation", "strokes", "{"), "does not verify"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_signed_pack_of_the_wrong_shape_is_one_sentence_and_writes_nothing(
    returned, tmp_path, name
):
    change, says = HOSTILE[name]
    _, pack, private = returned
    bad = tmp_path / "bad.qavisit"
    bad.write_bytes(_resigned_records(pack, private, change))
    before = _state()
    with pytest.raises(UserError) as info:
        import_pack(bad, ENGINEER, clock)
    message = str(info.value)
    assert "\n" not in message and len(message) < 400, message
    assert message.rstrip().endswith((".", ")")), message
    assert re.search(f"(?i){says}", message), message
    assert _state() == before


# ----- a confirmation signed again by its witness: only its own rules can refuse it ------------
def _witnessed(private, strokes: str, **changes):
    """The confirmation's strokes (and `changes`) replaced, its hashes made again and signed
    again by the field user's key, as a field user forging their own confirmation would."""
    import base64
    from datetime import datetime

    from qa_desktop.core import signing
    from qa_desktop.core.services.confirmations import WITNESS_PURPOSE
    from qa_desktop.core.visit_quantities import confirmation_hash, signed_hash

    def change(document):
        fields = _entry(document, "confirmation")["fields"]
        fields.update(strokes=strokes, **changes)
        if fields["kind"] == "on_screen":
            fields["signed_hash"] = signed_hash(json.loads(fields["record"]), strokes)
        else:
            record = json.loads(fields["record"])
            both = {"record": record, "scan": fields["scan_sha256"]}
            fields["signed_hash"] = confirmation_hash(both)
        payload = {
            "purpose": WITNESS_PURPOSE, "confirmation": fields["uuid"], "visit": fields["visit"],
            "kind": fields["kind"], "record_hash": fields["record_hash"],
            "signed_hash": fields["signed_hash"], "scan": fields["scan_sha256"],
            "signer": {"name": fields["signer_name"], "position": fields["signer_position"]},
            "witness": fields["witness"], "key": fields["witness_key_id"],
            "signed_at": {"utc": datetime.fromisoformat(fields["signed_at"]).isoformat(),
                          "zone": fields["signed_tz"]},
        }  # fmt: skip
        fields["witness_signature"] = base64.b64encode(signing.sign(private, payload)).decode()

    return change


def _strokes(**changes) -> str:
    data = {"format": "qa-desktop signature strokes v1", "grid": 10000,
            "strokes": [[[250 + i * 200, 1000, i * 40, 6000] for i in range(30)]]} | changes  # fmt: skip
    return json.dumps(data)


FORGED = {
    "the strokes as they were (the forgery works)": None,
    "a grid of zero": _strokes(grid=0),
    "a grid as text": _strokes(grid="10000"),
    "strokes not a list": _strokes(strokes={"a": 1}),
    "a point of three numbers": _strokes(strokes=[[[1, 2, 3]]]),
    "a point of text": _strokes(strokes=[[["a", "b", "c", "d"]]]),
    "no ink at all": _strokes(strokes=[]),
    "a scribble": _strokes(strokes=[[[1, 1, 0, 1], [2, 2, 1, 1]]]),
    "strokes a list": "[1, 2]",
    "a million points": _strokes(strokes=[[[i % 9000, 1000, i, 6000] for i in range(1_000_000)]]),
}


@pytest.mark.parametrize("name", list(FORGED))
def test_a_confirmation_witnessed_again_with_strokes_that_are_not_a_signature_is_refused(
    returned, tmp_path, name
):
    _, pack, private = returned
    strokes = FORGED[name]
    if strokes is None:  # the same strokes, signed again: the helper itself is right
        with __import__("zipfile").ZipFile(__import__("io").BytesIO(pack)) as archive:
            document = json.loads(archive.read("data/records.json"))
        strokes = _entry(document, "confirmation")["fields"]["strokes"]
    bad = tmp_path / "bad.qavisit"
    bad.write_bytes(_resigned_records(pack, private, _witnessed(private, strokes)))
    if FORGED[name] is None:
        assert import_pack(bad, ENGINEER, clock).created > 0
        return
    before = _state()
    with pytest.raises(UserError, match="does not verify") as info:
        import_pack(bad, ENGINEER, clock)
    assert "\n" not in str(info.value) and len(str(info.value)) < 400
    assert _state() == before


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "telepathy"},
        {"kind": "paper", "scan_sha256": "ab" * 32},
        {"kind": "paper", "scan_sha256": ""},
    ],
    ids=["an unknown kind", "a paper one whose scan is not here", "a paper one without scan"],
)
def test_a_confirmation_witnessed_again_as_another_kind_is_refused(returned, tmp_path, changes):
    _, pack, private = returned
    bad = tmp_path / "bad.qavisit"
    bad.write_bytes(_resigned_records(pack, private, _witnessed(private, "", **changes)))
    before = _state()
    with pytest.raises(UserError, match="does not verify"):
        import_pack(bad, ENGINEER, clock)
    assert _state() == before
