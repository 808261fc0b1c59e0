"""Outbound packs of the wrong shape, signed by the exporting QA engineer's own key, into a new
field laptop's file: refused in one sentence, and no laptop database left behind."""

from __future__ import annotations

import json

import pytest
from conftest import ENGINEER, PASSWORD
from packs import resigned_records
from visit_scenarios import FIELD, clock, plan_factory_visit

from qa_desktop.core.errors import UserError
from qa_desktop.core.exchange.pack_export import export_outbound
from qa_desktop.core.exchange.pack_first import import_into_new


@pytest.fixture
def outbound(db, tmp_path):
    """An outbound pack's bytes and the exporting engineer's private key."""
    from qa_desktop.core.services import accounts, keys

    case_no = plan_factory_visit()
    out = tmp_path / "out.qavisit"
    export_outbound(out, [case_no], FIELD.user_id, ENGINEER, PASSWORD, clock)
    _, private = keys.open_signing_key(accounts.account(ENGINEER.user_id), PASSWORD)
    return out.read_bytes(), private


def _setting(key, value):
    def change(document):
        document["settings"][key] = value

    return change


def _matrix(change_row):
    def change(document):
        change_row(document["matrix"][-1])

    return change


def _account(name, value):
    def change(document):
        document["account"][name] = value

    return change


def _key(name, value):
    def change(document):
        document["account"]["keys"][0][name] = value

    return change


def _complaint(name, value):
    def change(document):
        entry = next(e for e in document["records"] if e["table"] == "complaint")
        entry["fields"][name] = value

    return change


HOSTILE = {
    "a setting of the wrong type": _setting("sign_in_attempts", "many"),
    "a setting out of range": _setting("sign_in_attempts", "0"),
    "a zone that is none": _setting("time_zone", "Mars/Olympus"),
    "a setting as an object": _setting("case_prefix", {"a": 1}),
    "a matrix row without a version": _matrix(lambda row: row.pop("version")),
    "a matrix version as text": _matrix(lambda row: row.update(version="one")),
    "a matrix that does not read": _matrix(lambda row: row.update(content="{")),
    "a matrix not a list": lambda document: document.update(matrix={"v": 1}),
    "an account without roles list": _account("roles", "field_staff"),
    "an account's keys not a list": _account("keys", {"k": 1}),
    "a key without its public key": lambda d: d["account"]["keys"][0].pop("public_key"),
    "a key not base64": _key("public_key", "***"),
    "a key's certificate not base64": _key("certificate", "***"),
    "a key's retirement not a date": _key("retired_at", "someday"),
    "a complaint's text a number": _complaint("description", 12),
    "a complaint's text with a lone surrogate": _complaint("description", "划\udc00伤"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_signed_outbound_pack_of_the_wrong_shape_leaves_no_laptop(outbound, tmp_path, name):
    pack, private = outbound
    change = HOSTILE[name]

    def escaped(document):
        change(document)
        return json.dumps(document)  # a lone surrogate as \\udc00: valid UTF-8 until parsed

    bad = tmp_path / "bad.qavisit"
    bad.write_bytes(resigned_records(pack, private, escaped))
    laptop = tmp_path / "laptop.sqlite"
    with pytest.raises(UserError) as info:
        import_into_new(bad, laptop, clock)
    message = str(info.value)
    assert "\n" not in message and len(message) < 400, message
    assert not [p for p in tmp_path.iterdir() if "laptop" in p.name]
