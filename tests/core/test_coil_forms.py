"""Coil-number forms: a language a QA engineer reads, that cannot freeze a save."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_desktop.core import coil_forms
from qa_desktop.core.coil_forms import compiled, describe, example, fits, from_regex, parse, problem


def test_a_form_fits_the_numbers_it_describes() -> None:
    forms = parse(" s##@####-##\n\nLOT/####/## \n")
    assert forms == ("S##@####-##", "LOT/####/##")
    assert fits("S24A0817-03", forms) and fits("LOT/2311/05", forms)
    assert not fits("S24A0817-3", forms) and not fits("T24A0817-03", forms)
    assert fits("24B1203-7", ()), "no forms: the default rule"
    assert not fits("X", ())


def test_a_run_stands_for_any_characters_or_none() -> None:
    assert fits("LOT-1", ("LOT*",)) and fits("LOT", ("LOT*",)) and fits("LOTA/B.C", ("LOT*",))


@pytest.mark.parametrize(
    "regex_like",
    ["(A+)+$", "(a|a)*b", "[A-Z]+", r"\d{4}", "^S", "A{2}", "S.+", "(?=x)", "A|B", "x\\1"],
)
def test_regular_expressions_are_refused_in_one_sentence(regex_like: str) -> None:
    sentence = problem(regex_like)
    assert "cannot be part of a coil number" in sentence or "* at most" in sentence
    assert sentence.endswith(".") or sentence.count(":")


def test_limits_keep_every_check_short() -> None:
    assert "at most 20 forms" in problem("\n".join(f"A{i}" for i in range(21)))
    assert "at most 40 characters" in problem("#" * 41)
    assert "at most 3 times" in problem("*-*-*-*")
    assert not fits("S" * 41, ("S*",)), "coil numbers past 40 characters never fit"


@given(st.text(alphabet="#@?*AZ09-/.S(+)$[", max_size=12))
def test_any_accepted_form_compiles_to_classes_and_runs_only(text: str) -> None:
    if problem(text):
        return
    forms = parse(text)
    pattern = compiled(forms).pattern
    # No group that repeats, no nested quantifier: only (?:…) alternatives of single
    # characters, classes and [..]* runs.
    assert not re.search(r"\)[*+?{]", pattern)
    for form in forms:
        assert fits(example(form), forms), (form, example(form))


def test_the_form_reads_as_words() -> None:
    assert describe("S##@####-##") == "“S”, 2 digits, a letter, 4 digits, “-”, 2 digits"
    assert describe("S##@####-##", "zh_CN") == "“S”、2 位数字、1 个字母、4 位数字、“-”、2 位数字"
    assert example("S##@####-##") == "S01A2345-67"
    assert coil_forms.describe_all(()) == [
        coil_forms.translate("CoilForms", coil_forms.ANY_NUMBER_TEXT)
    ]


@pytest.mark.parametrize(
    ("regex", "forms"),
    [
        (r"S\d{2}[A-Z]\d{4}-\d{2}", ("S##@####-##",)),
        (r"^(S\d\d[A-Z0-9]\d{4}-\d{2}|LOT/\d{4}/\d{2})$", ("S##?####-##", "LOT/####/##")),
        (coil_forms.ANY_NUMBER, ()),
        (r"(A+)+$", None),
        (r"[A-Z]{2,6}\d+", None),
    ],
)
def test_simple_expressions_of_an_earlier_version_become_forms(regex, forms) -> None:
    assert from_regex(regex) == forms
