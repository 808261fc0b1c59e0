"""Control characters never reach the database, whatever text field and whatever path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import ADMIN, ENGINEER, example_draft

from qa_desktop.core.drafts import CoilDraft
from qa_desktop.core.models import Complaint, Customer, DefectType
from qa_desktop.core.services.complaints import register_complaint, to_draft
from qa_desktop.core.services.department import change_setting
from qa_desktop.core.services.reference import add_defect_type, update_defect_type
from qa_desktop.core.text import clean_line, clean_multiline, has_control, single_spaced

# The kind, not one case: C0 (NUL, bell, escape, form feed, vertical tab), DEL, C1 (U+0080,
# NEL, CSI), a lone surrogate (UTF-8 cannot hold it), noncharacters of the BMP and of plane 1.
INVISIBLE = ["\x00", "\x07", "\x1b", "\x0c", "\x0b", "\x7f", "\x80", "\x85", "\x9b", "\ud800",
             "\udfff", "\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\u202e", "\u2066"]  # fmt: skip
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # the tests' "now": never the real clock


@pytest.mark.parametrize("bad", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_cleaning_removes_every_invisible_control(bad: str) -> None:
    assert clean_line(f"A{bad}B") == "AB"
    assert clean_multiline(f"A{bad}B") == "AB"
    assert has_control(f"A{bad}B")


def test_line_breaks_stay_in_multiline_text_and_become_spaces_in_one_line() -> None:
    assert clean_multiline("one\r\ntwo\rthree\nfour\tend") == "one\r\ntwo\rthree\nfour\tend"
    assert clean_line("one\r\ntwo\tend") == "one  two end"
    assert clean_line("划伤 😀 𠀀 שלום") == "划伤 😀 𠀀 שלום", "real characters stay"


def test_a_name_is_stored_single_spaced() -> None:
    assert single_spaced("  佛山\t某厂\r\n\x00 Ltd\u3000 ") == "佛山 某厂 Ltd"


@pytest.mark.parametrize("bad", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_no_text_field_of_a_complaint_stores_a_control(db, bad: str) -> None:
    texts = {
        "customer_name": f"佛山{bad}某厂",
        "customer_complaint_no": f"QC{bad}1",
        "contact_name": f"张{bad}经理",
        "product": f"冷轧{bad}卷",
        "specification": f"304{bad}2B",
        "order_no": f"SO{bad}1",
        "mill_cert_no": f"ZB{bad}1",
        "salesperson": f"孙{bad}",
        "description": f"划伤{bad}\r\n第二行",
        "customer_request": f"退货{bad}",
        "owner": f"王{bad}工",
        "internal_note": f"内部{bad}",
    }
    coil = CoilDraft(coil_no=f"S24A0817-0{bad}3", heat_no=f"H{bad}1", grade=f"30{bad}4",
                     finish=f"2{bad}B", quantity="1", unit="t")  # fmt: skip
    draft = example_draft(coils=[coil], received_at=NOW - timedelta(hours=2), **texts)
    complaint = register_complaint(draft, clock=lambda: NOW, actor=ENGINEER)
    stored = Complaint.get_by_id(complaint.id)
    draft = to_draft(stored)
    for name in texts:
        assert not has_control(getattr(draft, name).replace("\r\n", " ")), name
    assert draft.description == "划伤\r\n第二行", "line breaks kept as typed"
    assert draft.coils[0].coil_no == "S24A0817-03"
    assert (draft.coils[0].heat_no, draft.coils[0].grade) == ("H1", "304")
    assert Customer.get_by_id(stored.customer_id).name == "佛山某厂"


def test_defect_names_and_settings_are_cleaned(db) -> None:
    burn = add_defect_type("Burn\x00 mark", "烧\x07伤", code="burn", actor=ADMIN)
    assert (burn.code, burn.name_en, burn.name_zh) == ("burn", "Burn mark", "烧伤")
    assert add_defect_type("Edge\x00 wave", "边\x07浪", actor=ADMIN).code == "edge_wave"
    update_defect_type("burn", "Burn\x1b", "烧伤\x7f", True, actor=ADMIN)
    assert DefectType.get(code="burn").name_en == "Burn"
    assert change_setting("case_prefix", "Q\x00A", actor=ADMIN) == "QA"
    assert change_setting("coil_number_forms", "S##@####-##\x00\n\x1bLOT/####", actor=ADMIN) == (
        "S##@####-##\nLOT/####"
    )
