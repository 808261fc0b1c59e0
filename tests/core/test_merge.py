"""The three-way field comparison behind a return pack's merge (pure)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qa_desktop.core.exchange.merge import FieldConflict, earliest, merge_fields

BASE = {"findings": "", "answers": "{}", "state": "planned"}


def test_a_field_changed_at_one_end_takes_that_end_s_value():
    merged = merge_fields(BASE, {**BASE, "state": "cancelled"}, {**BASE, "findings": "划伤"})
    assert merged.take == {"findings": "划伤"} and merged.conflicts == []


def test_the_same_change_at_both_ends_agrees():
    both = {**BASE, "findings": "划伤"}
    merged = merge_fields(BASE, both, dict(both))
    assert not merged.take and not merged.conflicts


def test_different_changes_to_one_field_are_a_conflict_keeping_both():
    merged = merge_fields(BASE, {**BASE, "findings": "A"}, {**BASE, "findings": "B"})
    assert merged.take == {}
    assert merged.conflicts == [FieldConflict("findings", "", "A", "B")]


def test_without_a_base_every_difference_is_a_conflict():
    merged = merge_fields(None, {**BASE, "findings": "A"}, dict(BASE))
    assert [c.field for c in merged.conflicts] == ["findings"] and not merged.take


def test_a_settled_field_is_reconciled_by_its_rule():
    base = {"started_at": None}
    ours, theirs = {"started_at": "2026-03-11T10:00:00"}, {"started_at": "2026-03-11T09:00:00"}
    merged = merge_fields(base, ours, theirs, {"started_at": earliest})
    assert merged.take == {"started_at": "2026-03-11T09:00:00"} and not merged.conflicts


values = st.one_of(st.none(), st.text(max_size=3), st.integers(-2, 2))


@given(base=values, ours=values, theirs=values)
def test_nothing_is_lost_whatever_the_three_values(base, ours, theirs):
    """Either the result is one of the two ends' values with the other unchanged since the
    base, or both are kept in a conflict: a changed value is never dropped silently."""
    merged = merge_fields({"f": base}, {"f": ours}, {"f": theirs})
    result = merged.take.get("f", ours)
    if merged.conflicts:
        assert (merged.conflicts[0].ours, merged.conflicts[0].theirs) == (ours, theirs)
        assert ours != base and theirs != base and ours != theirs
    else:
        assert result in (ours, theirs)
        assert result == ours or ours == base
        assert result == theirs or theirs == base or ours == theirs
