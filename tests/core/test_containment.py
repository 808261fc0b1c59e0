"""Containment by place, the rules (core/containment.py) and what the site visit gives
(core/containment_visits.py): pure, no database."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desktop.core.containment import (
    MAX_LINES,
    ContainmentDraft,
    Quantities,
    check_lines,
    draft_of,
    totals,
)
from qa_desktop.core.containment_visits import VisitFigures, differences, proposed_lines, take

STOCK, WIP, TRANSIT = "factory_stock", "work_in_process", "in_transit"
USED, UNUSED = "customer_used", "customer_unused"


def line(**values: str) -> ContainmentDraft:
    values.setdefault("place", STOCK)
    values.setdefault("reference", "S24A0817-04")
    return ContainmentDraft(**values)


def only_error(drafts: list[ContainmentDraft], lang: str | None = None):
    clean, errors = check_lines(drafts, lang)
    assert len(errors) == 1, errors
    assert clean == [] or len(clean) == len([d for d in drafts if not d.is_blank()]) - 1
    return errors[0]


def test_a_good_line_is_parsed_and_a_blank_row_skipped_keeping_rows() -> None:
    drafts = [
        ContainmentDraft(place=STOCK),  # a new row: place and unit preset, nothing typed
        line(checked=" 1,250.5 ", held="1250.5", defective="３", released="1,000",
             ok_marking="绿色合格标签", result="挑选后放行"),
    ]  # fmt: skip
    clean, errors = check_lines(drafts)
    assert errors == []
    (got,) = clean
    assert (got.checked, got.held, got.defective, got.released) == (
        Decimal("1250.5"),
        Decimal("1250.5"),
        Decimal(3),
        Decimal(1000),
    )
    assert (got.row, got.unit, got.ok_marking, got.result) == (1, "t", "绿色合格标签", "挑选后放行")


def test_a_line_may_name_the_lot_before_it_is_counted() -> None:
    clean, errors = check_lines([line(place=TRANSIT, reference="DN240820-551")])
    assert errors == [] and clean[0].checked is None


@pytest.mark.parametrize(
    ("values", "field", "sentence"),
    [
        ({"checked": "-1"}, "checked", "Line 1: the quantity checked cannot be negative."),
        ({"checked": "abc"}, "checked", "Line 1: the quantity checked is not a number."),
        ({"held": "NaN", "checked": "3"}, "held", "Line 1: the quantity held is not a number."),
        ({"checked": "Infinity"}, "checked", "Line 1: the quantity checked is not a number."),
        ({"checked": "1e308"}, "checked", "Line 1: the quantity checked is too large."),
        ({"checked": "1e9999"}, "checked", "Line 1: the quantity checked is too large."),
        ({"checked": "9" * 5000}, "checked", "Line 1: the quantity checked is too large."),
        ({"checked": "1e-9999"}, "checked", "Line 1: the quantity checked has more than three decimals."),
        ({"checked": "1.2345"}, "checked", "Line 1: the quantity checked has more than three decimals."),
        ({"checked": "1,5"}, "checked", "Line 1: the quantity checked is not a number."),
        ({"checked": "0x10"}, "checked", "Line 1: the quantity checked is not a number."),
        ({"checked": "١٢٣"}, "checked", "Line 1: the quantity checked is not a number."),
        ({"defective": "2"}, "checked",
         "Line 1: enter the quantity checked; the defective quantity is counted among it."),
        ({"checked": "10", "defective": "11"}, "defective",
         "Line 1: the defective quantity (11) cannot exceed the quantity checked (10)."),
        ({"checked": "10", "held": "10.001"}, "held",
         "Line 1: the quantity held (10.001) cannot exceed the quantity checked (10)."),
        ({"checked": "10", "defective": "4", "released": "7", "ok_marking": "OK"}, "released",
         "Line 1: released (7) and defective (4) together exceed the quantity checked (10); "
         "released material is the OK part only."),
        ({"checked": "10", "released": "6"}, "ok_marking",
         "Line 1: say how the released OK material is marked."),
        ({"place": ""}, "place", "Line 1: choose where the material is."),
        ({"place": "warehouse"}, "place", "Line 1: choose where the material is."),
        ({"checked": "3", "unit": ""}, "unit", "Line 1: choose the unit of its quantities."),
        ({"unit": "bananas"}, "unit", "Line 1: choose the unit of its quantities."),
        ({"reference": "x" * 501}, "reference",
         "Line 1: the coil or lot numbers is at most 500 characters."),
    ],
)  # fmt: skip
def test_each_problem_is_one_sentence_beside_its_cell(values, field, sentence) -> None:
    error = only_error([line(**values)])
    assert (error.field, error.row, error.message) == (field, 0, sentence)


def test_the_sentence_names_the_table_row_and_is_chinese_in_chinese() -> None:
    drafts = [line(checked="1"), ContainmentDraft(), line(checked="5", defective="6")]
    error = only_error(drafts, "zh_CN")
    assert error.row == 2
    assert error.message.startswith("第 3 行") and "不良数量" in error.message
    assert "defective" not in error.message


def test_full_width_figures_are_read_as_a_chinese_input_method_types_them() -> None:
    clean, errors = check_lines([line(checked="１，２５０．５", held="０", defective="-0")])
    assert errors == []
    assert (clean[0].checked, clean[0].held, clean[0].defective) == (
        Decimal("1250.5"),
        Decimal(0),
        Decimal(0),
    )
    assert not str(clean[0].defective).startswith("-")


def test_every_figure_at_its_bounds_is_taken() -> None:
    top = "999999999999.999"
    drafts = [line(checked=top, held=top, defective="0", released=top, ok_marking="OK")]
    clean, errors = check_lines(drafts)
    assert errors == [] and clean[0].released == Decimal(top)
    _, errors = check_lines([line(checked="1000000000000")])
    assert [e.field for e in errors] == ["checked"]


def test_released_and_defective_may_make_up_all_that_was_checked() -> None:
    drafts = [line(checked="10", held="10", defective="4", released="6", ok_marking="绿标")]
    assert check_lines(drafts)[1] == []


def test_a_line_twice_from_the_same_visit_coil_and_place_is_refused() -> None:
    taken = {"place": UNUSED, "visit_coil": "c0ffee00-0000-4000-8000-000000000001"}
    drafts = [line(checked="32", **taken), line(checked="32", **taken)]
    error = only_error(drafts)
    assert (error.row, error.field) == (1, "reference")
    assert "as line 1" in error.message
    # The same coil used and unused is two places: two lines.
    drafts[1] = line(checked="180", place=USED, visit_coil=taken["visit_coil"])
    assert check_lines(drafts)[1] == []


def test_a_line_moved_away_from_the_customer_is_no_longer_the_visit_count() -> None:
    clean, _ = check_lines([line(place=TRANSIT, visit_coil="c0ffee00", checked="3")])
    assert clean[0].visit_coil == ""


def test_every_problem_of_every_line_at_once() -> None:
    drafts = [line(checked="x", held="-1"), line(place="", checked="5", defective="6")]
    clean, errors = check_lines(drafts)
    assert clean == []
    assert [(e.row, e.field) for e in errors] == [
        (0, "checked"),
        (0, "held"),
        (1, "place"),
        (1, "defective"),
    ]


def test_text_is_cleaned_once() -> None:
    clean, _ = check_lines([line(reference=" S24A\x000817-04\n -05 ", result="分拣\r\n完成\x07 ")])
    assert (clean[0].reference, clean[0].result) == ("S24A0817-04 -05", "分拣\r\n完成")


def test_five_thousand_lines_are_checked_quickly_and_one_more_is_refused() -> None:
    drafts = [
        line(reference=f"LOT{i:05d}", checked="1.5", held="1.5", defective="0.5", released="1",
             ok_marking="绿标", unit="t" if i % 2 else "pcs")
        for i in range(MAX_LINES)
    ]  # fmt: skip
    started = time.perf_counter()
    clean, errors = check_lines(drafts)
    assert time.perf_counter() - started < 2.0
    assert errors == [] and len(clean) == MAX_LINES
    result = totals(clean)
    assert result.overall["t"] == Quantities(
        *(Decimal(x) * 2500 for x in ("1.5", "1.5", "0.5", "1"))
    )
    clean, errors = check_lines([*drafts, line(checked="1")])
    assert clean == [] and [e.field for e in errors] == ["lines"]
    assert "5,000" in errors[0].message
    # Blank rows at the end of a full table do not count.
    assert check_lines([*drafts, ContainmentDraft()])[1] == []


def test_totals_per_place_and_unit_never_add_tonnes_to_pieces() -> None:
    drafts = [
        line(place=UNUSED, checked="32", defective="4", unit="pcs"),
        line(place=STOCK, checked="20.5", held="20.5", defective="1", released="19.5",
             ok_marking="绿标"),
        line(place=STOCK, checked="6.35", held="6.35"),
        line(place=USED, checked="180", defective="23", unit="pcs"),
        line(place=STOCK, checked="12", unit="coils"),
        line(place=TRANSIT, reference="DN240820-551"),
    ]  # fmt: skip
    clean, errors = check_lines(drafts)
    assert errors == []
    result = totals(clean)
    assert list(result.by_place) == [
        (STOCK, "t"), (STOCK, "coils"), (TRANSIT, "t"), (USED, "pcs"), (UNUSED, "pcs"),
    ]  # fmt: skip
    assert result.by_place[(STOCK, "t")] == Quantities(
        Decimal("26.85"), Decimal("26.85"), Decimal(1), Decimal("19.5")
    )
    assert result.by_place[(STOCK, "t")].undecided == Decimal("6.35")
    assert result.by_place[(TRANSIT, "t")] == Quantities()
    assert list(result.overall) == ["pcs", "t", "coils"]
    assert result.overall["pcs"] == Quantities(Decimal(212), Decimal(0), Decimal(27), Decimal(0))
    assert result.lines == 6


def test_a_checked_line_shows_again_as_typed() -> None:
    clean, _ = check_lines([line(checked="6.350", held="6.35", uuid="u", visit_coil="")])
    again = draft_of(clean[0])
    assert (again.checked, again.held, again.uuid) == ("6.35", "6.35", "u")


figure = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(checked=figure, parts=st.tuples(figure, figure, figure))
def test_what_passes_keeps_every_rule(checked, parts) -> None:
    held, defective, released = parts
    draft = line(checked=str(checked), held=str(held), defective=str(defective),
                 released=str(released), ok_marking="OK")  # fmt: skip
    clean, errors = check_lines([draft])
    fits = held <= checked and defective <= checked and defective + released <= checked
    assert bool(clean) == fits and bool(errors) != fits
    if clean:
        total = totals(clean).overall["t"]
        assert total.undecided >= 0 and total.held <= total.checked


# ----- taken from the site visit ------------------------------------------------------------------
COIL_03 = "0b8e6f1e-2c1a-4c55-9c1e-6a8f1b2c3d03"
COIL_05 = "0b8e6f1e-2c1a-4c55-9c1e-6a8f1b2c3d05"


def figures(finished: bool = True, **changes) -> list[VisitFigures]:
    used = VisitFigures(COIL_03, 1, finished, "S24A0817-03", Decimal(1480), None, Decimal(212),
                        None, "pcs")  # fmt: skip
    unused = {"used": None, "unused": Decimal("6.35"), "defective_used": None,
              "defective_unused": Decimal("6.35"), "unit": "t"} | changes  # fmt: skip
    return [used, VisitFigures(COIL_05, 1, finished, "S24A0817-05", **unused)]


def test_the_finished_visit_gives_the_lines_at_the_customer() -> None:
    proposed = proposed_lines(figures())
    assert [(d.place, d.reference, d.checked, d.defective, d.unit, d.visit_coil) for d in proposed] == [
        (USED, "S24A0817-03", "1480", "212", "pcs", COIL_03),
        (UNUSED, "S24A0817-05", "6.35", "6.35", "t", COIL_05),
    ]  # fmt: skip
    assert check_lines(proposed)[1] == []
    assert proposed_lines(figures(finished=False)) == []


def test_taking_again_updates_the_figures_and_keeps_what_containment_added() -> None:
    current = [line(checked="20", held="20"), *proposed_lines(figures()), ContainmentDraft()]
    current[2] = ContainmentDraft(**{**current[2].__dict__, "held": "6.35", "uuid": "kept",
                                     "result": "客户处隔离待退"})  # fmt: skip
    recount = figures(unused=Decimal("6.1"), defective_unused=Decimal("5.2"))
    assert differences(current, recount) == {
        2: "Line 3 differs from coil S24A0817-05 of site visit 1, which now counts 6.1 t, "
        "5.2 of them defective."
    }
    taken = take(current, proposed_lines(recount))
    assert (taken.added, taken.updated) == (0, 1)
    assert len(taken.lines) == 3  # the blank row at the end went
    again = taken.lines[2]
    assert (again.checked, again.defective, again.held, again.uuid, again.result) == (
        "6.1", "5.2", "6.35", "kept", "客户处隔离待退",
    )  # fmt: skip
    assert differences(taken.lines, recount) == {}
    assert take(taken.lines, proposed_lines(recount)) == type(taken)(taken.lines, 0, 0)


def test_a_line_whose_visit_line_is_gone_says_so() -> None:
    current = proposed_lines(figures())
    assert differences(current, figures()[:1]) == {
        1: "Line 2 was taken from a coil line of a site visit that no longer lists it."
    }


def test_a_place_the_visit_counted_nothing_at_gives_no_line() -> None:
    nothing = figures(unused=Decimal(0), defective_unused=None)
    assert [d.place for d in proposed_lines(nothing)] == [USED]
