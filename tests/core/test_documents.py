"""The canonical data of a complaint: what is shown, printed and (ROADMAP step 2) signed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from conftest import ADMIN, ENGINEER, example_draft

from qa_desktop.core.documents import (
    CUSTOMER,
    INTERNAL,
    Instant,
    canonical_json,
    complaint_record,
    content_hash,
    instant_text,
    number_text,
    plain,
)
from qa_desktop.core.drafts import CoilDraft
from qa_desktop.core.errors import UserError
from qa_desktop.core.services.complaints import (
    get_complaint,
    register_complaint,
    to_draft,
    update_complaint,
)


@pytest.fixture
def complaint(db, draft):
    return register_complaint(draft, actor=ENGINEER)


def _edit(complaint, **changes):
    """Save the complaint with some fields changed, as the form would."""
    fresh = get_complaint(complaint.case_no)
    edited = to_draft(fresh)
    for name, value in changes.items():
        setattr(edited, name, value)
    return update_complaint(fresh.id, edited, expected_revision=fresh.revision, actor=ENGINEER)


def test_hash_is_the_same_in_every_language_while_the_text_is_not(complaint):
    english = complaint_record(complaint, "en")
    chinese = complaint_record(complaint, "zh_CN")

    assert english.text("defect_type") == "Scratch"
    assert chinese.text("defect_type") == "划伤"
    assert canonical_json(english) == canonical_json(chinese)
    assert content_hash(english) == content_hash(chinese)


def test_hash_is_sha256_of_the_canonical_json(complaint):
    record = complaint_record(complaint, "en")

    digest = content_hash(record)

    assert digest == hashlib.sha256(canonical_json(record)).hexdigest()
    assert len(digest) == 64


def test_canonical_json_is_compact_sorted_utf8_with_exact_values(db):
    complaint = register_complaint(
        example_draft(ship_date=date(2024, 8, 20), shipped_qty="25.400", shipped_unit="t"),
        actor=ENGINEER,
    )
    raw = canonical_json(complaint_record(complaint, "en"))
    data = json.loads(raw)

    # Sorted keys and compact separators: re-serialising in that form gives the same bytes.
    again = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert again.encode("utf-8") == raw
    assert "佛山某不锈钢制品厂".encode() in raw  # not \u escapes
    fields = data["fields"]
    assert fields["defect_rate"]["value"] == "14.3"
    assert fields["shipped_qty"]["value"] == {"amount": "25.4", "unit": "t"}
    assert fields["ship_date"]["value"] == "2024-08-20"
    assert fields["severity"]["value"] == "serious"  # the code, never a translated label
    assert data["coils"][1]["weight_kg"]["value"] == "6350"  # not "6.35E+3", not "6350.000"
    received = fields["received_at"]["value"]
    assert received["zone"] == "Asia/Shanghai"
    assert received["utc"].endswith("Z")
    stored = datetime.fromisoformat(received["utc"].removesuffix("Z")).replace(tzinfo=UTC)
    assert stored == complaint.received_at.replace(tzinfo=UTC)
    assert data["uuid"] == str(complaint.uuid)
    assert data["case_no"] == complaint.case_no


def test_hash_is_the_same_after_reading_the_complaint_back(complaint):
    """The object register_complaint returns holds 14.3; the database gives back 14.300."""
    reread = get_complaint(complaint.case_no)

    assert reread.defect_rate == Decimal("14.300")
    assert content_hash(complaint_record(reread, "en")) == content_hash(
        complaint_record(complaint, "en")
    )


def test_hash_changes_when_a_field_changes(complaint):
    before = content_hash(complaint_record(complaint, "en"))

    changed = _edit(complaint, description="深冲时发现划伤和麻点")

    assert content_hash(complaint_record(changed, "en")) != before


def test_hash_changes_when_a_coil_changes(complaint):
    before = content_hash(complaint_record(complaint, "en"))
    coils = to_draft(get_complaint(complaint.case_no)).coils
    coils[1] = replace(coils[1], weight_kg="6300")

    changed = _edit(complaint, coils=coils)

    assert content_hash(complaint_record(changed, "en")) != before


def test_saving_unchanged_content_keeps_the_hash(complaint):
    """Revision and workflow status are bookkeeping, not signed content."""
    before = content_hash(complaint_record(complaint, "en"))

    saved = _edit(complaint)

    assert saved.revision == complaint.revision + 1
    assert content_hash(complaint_record(saved, "en")) == before


def test_internal_fields_are_tagged_internal(complaint):
    record = complaint_record(complaint, "en")

    audiences = {item.key: item.audience for item in record.fields}

    assert audiences["internal_note"] == INTERNAL
    assert audiences["severity"] == INTERNAL
    assert audiences["owner"] == INTERNAL
    assert audiences["description"] == CUSTOMER
    assert audiences["customer_request"] == CUSTOMER
    assert audiences["customer"] == CUSTOMER
    assert {cell.audience for row in record.coils for cell in row} == {CUSTOMER}
    assert set(audiences.values()) == {CUSTOMER, INTERNAL}


def test_customer_view_leaves_internal_fields_out_of_data_and_hash(db):
    secret = "轧机 2 号线换辊记录缺失"
    complaint = register_complaint(example_draft(internal_note=secret), actor=ENGINEER)
    full = complaint_record(complaint, "zh_CN")

    customer = full.for_audience(CUSTOMER)

    assert secret in canonical_json(full).decode()
    assert secret not in canonical_json(customer).decode()
    assert "internal_note" not in {item.key for item in customer.fields}
    assert all(item.audience == CUSTOMER for item in customer.fields)
    assert content_hash(customer) != content_hash(full)
    # An internal edit leaves what the customer was shown, and its hash, unchanged.
    edited = _edit(complaint, internal_note="换辊记录已补齐")
    assert content_hash(complaint_record(edited, "en").for_audience(CUSTOMER)) == content_hash(
        customer
    )


def test_coils_keep_their_order_and_values(complaint):
    record = complaint_record(complaint, "en")

    numbers = [{cell.key: cell for cell in row}["coil_no"].value for row in record.coils]

    assert numbers == ["S24A0817-03", "S24A0817-05"]
    first = {cell.key: cell for cell in record.coils[0]}
    assert first["thickness_mm"].text == "1.00"
    assert first["width_mm"].text == "1219"
    assert first["weight_kg"].text == "6,420"
    assert first["quantity"].text == "1,480 pcs"


def test_vocabulary_values_are_codes_and_read_in_the_language(complaint):
    english = complaint_record(complaint, "en")

    assert english["channel"].value == "phone"
    assert english["channel"].text == "Phone"
    assert english["goods_state"].value == "partly_processed"
    assert english.status == "registered"
    assert english.status_text == "Registered"


def test_days_from_shipment_count_the_department_s_days(db, pc_in_los_angeles):
    """Received 09:00 on 10 March in Shanghai is 9 March in Los Angeles: the form counts the
    department's days (one zone per screen), not the PC's or the entry zone's."""
    from qa_desktop.core.services.department import change_setting

    complaint = register_complaint(
        example_draft(ship_date=date(2026, 3, 1)), actor=ENGINEER
    )  # 10 March
    change_setting("time_zone", "America/Los_Angeles", actor=ADMIN)
    assert complaint_record(complaint, "en")["days_to_complaint"].value == 8
    change_setting("time_zone", "Asia/Shanghai", actor=ADMIN)
    assert complaint_record(complaint, "en")["days_to_complaint"].value == 9


def test_instant_text_is_in_the_department_zone_and_names_it():
    moment = Instant(datetime(2024, 8, 20, 6, 5, tzinfo=UTC), "Asia/Shanghai")
    fixed = Instant(datetime(2024, 8, 20, 6, 5, tzinfo=UTC), "UTC+08:00")
    shanghai = ZoneInfo("Asia/Shanghai")

    assert instant_text(moment, shanghai) == "2024-08-20 14:05 Asia/Shanghai"
    assert instant_text(fixed, shanghai) == "2024-08-20 14:05 Asia/Shanghai", "same offset"


def test_the_entry_zone_is_named_only_where_it_differs():
    warsaw = Instant(datetime(2024, 8, 20, 6, 5, tzinfo=UTC), "Europe/Warsaw")
    shown = instant_text(warsaw, ZoneInfo("Asia/Shanghai"))
    assert shown == "2024-08-20 14:05 Asia/Shanghai (08:05 Europe/Warsaw)"


def test_a_zone_this_pc_does_not_know_is_shown_with_the_offset_used():
    moment = Instant(datetime(2024, 8, 20, 6, 5, tzinfo=UTC), "Mars/Olympus_Mons")

    assert instant_text(moment, UTC) == "2024-08-20 06:05 UTC+00:00"


@pytest.mark.parametrize(
    ("value", "extra", "expected"),
    [
        (Decimal("6420.000"), {}, "6,420"),
        (Decimal("1.000"), {"min_places": 2}, "1.00"),
        (Decimal("1219.0"), {"group": False}, "1219"),
        (Decimal("14.300"), {}, "14.3"),
        (Decimal("0.000"), {}, "0"),
    ],
)
def test_number_text(value, extra, expected):
    assert number_text(value, **extra) == expected


def test_values_without_one_spelling_are_refused():
    with pytest.raises(TypeError):
        plain(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        plain(datetime(2024, 1, 1))  # type: ignore[arg-type]


def test_unknown_language_is_refused(complaint):
    with pytest.raises(UserError):
        complaint_record(complaint, "fr")


def test_a_complaint_without_coils_or_numbers_still_has_canonical_data(db):
    complaint = register_complaint(
        example_draft(category="service", coils=[CoilDraft()], defect_rate=None, affected_qty=None),
        actor=ENGINEER,
    )

    data = json.loads(canonical_json(complaint_record(complaint, "en")))

    assert data["coils"] == []
    assert data["fields"]["defect_rate"]["value"] is None
    assert data["fields"]["affected_qty"]["value"] == {"amount": None, "unit": "pcs"}
