"""Coil lines of a site visit and the customer's confirmation (core/visit_quantities.py)."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desktop.core.errors import FieldError, UserError
from qa_desktop.core.i18n import catalogue
from qa_desktop.core.signature_strokes import Stroke, strokes_to_json
from qa_desktop.core.visit_quantities import (
    STATEMENT_EN,
    STATEMENT_ZH,
    CleanVisitCoil,
    Totals,
    VisitCoilDraft,
    check_visit_coils,
    confirmation_hash,
    confirmation_record,
    refuse_commitments,
    signed_hash,
    totals,
)

FORMS = ("S##@####-##",)
CASE = uuid.UUID("0b8e6f1e-2c1a-4c55-9c1e-6a8f1b2c3d4e")
VISIT = uuid.UUID("7d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a")


def exactly(sentence: str) -> str:
    """A `match=` pattern for this sentence and nothing else."""
    return f"^{re.escape(sentence)}$"


def line(coil_no: str = "S24A0817-03", **values: str) -> VisitCoilDraft:
    values.setdefault("used", "10")
    return VisitCoilDraft(coil_no, **values)


def only_error(lines: list[VisitCoilDraft], forms: tuple[str, ...] = FORMS) -> FieldError:
    _, errors = check_visit_coils(lines, forms)
    assert len(errors) == 1, errors
    return errors[0]


def test_a_good_line_is_parsed() -> None:
    draft = line(" s24a 0817-03 ", heat_no="h123", weight="1,250.5", unused="4", defective_used="2")
    clean, errors = check_visit_coils([draft, VisitCoilDraft("")], FORMS)
    assert errors == []
    assert clean == [
        CleanVisitCoil(
            "S24A0817-03",
            "H123",
            "",
            "",
            Decimal("1250.5"),
            Decimal(10),
            Decimal(4),
            Decimal(2),
            None,
            "pcs",
        )
    ]


@pytest.mark.parametrize(
    ("values", "field", "sentence"),
    [
        ({"used": "-1"}, "used", "Enter zero or more; a quantity cannot be negative."),
        ({"used": "abc"}, "used", "Enter a number."),
        ({"used": "NaN"}, "used", "Enter a number."),
        ({"unused": "Infinity"}, "unused", "Enter a number."),
        ({"used": "1e20"}, "used", "This number is too large."),
        ({"used": "1.2345"}, "used", "Give at most three decimals."),
        ({"used": ""}, "used", "Enter the quantity used, the quantity unused or both."),
        (
            {"defective_used": "11"},
            "defective_used",
            "The defective quantity cannot exceed the quantity it is part of.",
        ),
        (
            {"unused": "3", "defective_unused": "3.001"},
            "defective_unused",
            "The defective quantity cannot exceed the quantity it is part of.",
        ),
        (
            {"defective_unused": "1"},
            "unused",
            "Enter the quantity the defective ones are counted among.",
        ),
        ({"unit": "barrels"}, "unit", "Choose a value from the list."),
        ({"grade": "x" * 501}, "grade", "At most 500 characters."),
    ],
)
def test_each_refusal_is_one_sentence_beside_its_cell(
    values: dict[str, str], field: str, sentence: str
) -> None:
    error = only_error([VisitCoilDraft(""), line(**values)])
    assert error == FieldError(field, sentence, 1)


def test_defective_equal_to_its_quantity_and_1_234_are_fine() -> None:
    clean, errors = check_visit_coils([line(used="1.234", defective_used="1.2340")], FORMS)
    assert errors == [] and clean[0].defective_used == clean[0].used


def test_a_coil_listed_twice_is_refused_on_the_second_row() -> None:
    error = only_error([line(), line(), line("S24A0817-04")])
    assert error == FieldError("coil_no", "Coil S24A0817-03 is listed twice (also in line 1).", 1)
    clean, errors = check_visit_coils([line(), line("s24a0817-03 ")], FORMS)
    assert [e.row for e in errors] == [1] and len(clean) == 1


def test_the_coil_number_must_fit_the_departments_forms() -> None:
    error = only_error([line("X1")])
    assert error.field == "coil_no" and error.row == 0
    assert error.message == (
        "Coil number X1 does not look like the department's coil numbers (e.g. S01A2345-67)."
    )
    assert only_error([line("")]).message == "Enter the coil or lot number."
    assert "4 to 24" in only_error([line("X1")], ()).message  # no forms: the default rule


def test_messages_are_translated() -> None:
    _, errors = check_visit_coils([line(used="-1")], FORMS, lang="zh_CN")
    assert errors[0].message == "请输入零或正数；数量不能为负。"
    assert catalogue("zh_CN")[("Visits", STATEMENT_EN)] == STATEMENT_ZH
    with pytest.raises(
        UserError, match=exactly("客户只确认数量：“price”不能列入客户签字确认的内容。")
    ):
        refuse_commitments({"price": 1}, lang="zh_CN")


def test_totals_sum_each_quantity_per_unit() -> None:
    clean, _ = check_visit_coils(
        [
            line(used="10", defective_used="2"),
            line("S24A0817-04", used="5.5", unused="3", defective_unused="1"),
            line("S24A0817-05", used="1.2", unit="t"),
        ],
        FORMS,
    )
    assert totals(clean) == {
        "pcs": Totals(Decimal("15.5"), Decimal(3), Decimal(2), Decimal(1)),
        "t": Totals(used=Decimal("1.2")),
    }
    assert totals([]) == {}


def record(**changes: str) -> dict[str, object]:
    values = {"used": "10", "defective_used": "2", **changes}
    clean, errors = check_visit_coils([line(**values), line("S24A0817-04", unused="7")], FORMS)
    assert errors == []
    return confirmation_record("QC-2026-0042", CASE, VISIT, clean, "Li Wei", "Plant manager")


def test_the_record_holds_only_lines_and_quantities() -> None:
    data = record()
    assert set(data) == {
        "purpose",
        "case_no",
        "case_uuid",
        "visit_uuid",
        "lines",
        "signer",
        "statement",
    }
    assert data["statement"] == STATEMENT_EN
    assert [row["coil_no"] for row in data["lines"]] == ["S24A0817-03", "S24A0817-04"]


@pytest.mark.parametrize(
    "changes",
    [{"used": "11"}, {"defective_used": "3"}, {"unused": "1"}, {"weight": "5"}, {"unit": "t"}],
)
def test_the_hash_changes_with_any_quantity(changes: dict[str, str]) -> None:
    assert confirmation_hash(record(**changes)) != confirmation_hash(record())


def test_the_hash_does_not_depend_on_order_or_spelling() -> None:
    data = record()
    shuffled = {key: data[key] for key in reversed(list(data))}
    shuffled["lines"] = [dict(reversed(list(row.items()))) for row in data["lines"]]
    assert confirmation_hash(shuffled) == confirmation_hash(data)
    assert confirmation_hash(record(used="10.000")) == confirmation_hash(data)
    assert len(confirmation_hash(data)) == 64


def test_the_record_needs_lines_and_a_signer() -> None:
    clean, _ = check_visit_coils([line()], FORMS)
    with pytest.raises(UserError, match=exactly("Add the coil lines to confirm.")):
        confirmation_record("QC-1", CASE, VISIT, [], "Li Wei", "Manager")
    with pytest.raises(
        UserError, match=exactly("Enter the signer's name and position as printed.")
    ):
        confirmation_record("QC-1", CASE, VISIT, clean, "Li Wei", "  ")


@pytest.mark.parametrize(
    "key", ["amount", "currency", "compensation", "disposition", "handling", "promise", "price"]
)
def test_commitments_are_refused_at_any_depth(key: str) -> None:
    sentence = (
        f"The customer confirms quantities only: “{key}” cannot be part of what the customer signs."
    )
    with pytest.raises(UserError) as top:
        refuse_commitments({"case_no": "QC-1", key: "100"})
    assert str(top.value) == sentence
    nested = record()
    nested["lines"][0][key] = "5000"  # type: ignore[index]
    with pytest.raises(UserError, match=key):
        refuse_commitments(nested)


def test_quantities_alone_pass() -> None:
    refuse_commitments(record())
    refuse_commitments({"coil_no": "S24A0817-03", "used": "3", "defective_used": "1"})


TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)
NUMBERISH = st.one_of(TEXT, st.sampled_from(["1e999", "-0", "sNaN", "1,0", "٣", "0.0001", " 5 "]))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            VisitCoilDraft,
            coil_no=st.one_of(TEXT, st.just("S24A0817-03")),
            heat_no=TEXT,
            weight=NUMBERISH,
            used=NUMBERISH,
            unused=NUMBERISH,
            defective_used=NUMBERISH,
            defective_unused=NUMBERISH,
            unit=st.one_of(TEXT, st.sampled_from(["pcs", "t", "coils"])),
        ),
        max_size=5,
    ),
    st.sampled_from([(), FORMS, ("LOT/####/##", "*")]),
)
def test_checking_never_raises_only_reports(
    lines: list[VisitCoilDraft], forms: tuple[str, ...]
) -> None:
    clean, errors = check_visit_coils(lines, forms)
    bad_rows = {error.row for error in errors}
    assert len(clean) + len(bad_rows) == sum(not line.is_blank() for line in lines)
    for coil in clean:
        for name in ("used", "unused", "defective_used", "defective_unused"):
            value = getattr(coil, name)
            assert value is None or value >= 0


def test_the_strokes_are_bound_to_the_quantities_they_attest() -> None:
    one = strokes_to_json([Stroke(((0.1, 0.2, 0, 0.5), (0.4, 0.3, 400, 0.5)))])
    other = strokes_to_json([Stroke(((0.1, 0.2, 0, 0.5), (0.4, 0.31, 400, 0.5)))])
    assert signed_hash(record(), one) == signed_hash(record(), one)
    assert signed_hash(record(), one) != signed_hash(record(), other)
    assert signed_hash(record(), one) != signed_hash(record(used="9"), one)
    assert signed_hash(record(), one) != confirmation_hash(record())
