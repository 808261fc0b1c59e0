"""Checklist templates (issue 11): the default template, the canonical JSON and its refusals,
and the check of a visit's answers."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desktop.core.checklists import (
    MAX_ITEMS,
    ChecklistItem,
    ChecklistTemplate,
    ItemKind,
    check_answers,
    default_template,
    template_from_json,
    template_hash,
    template_to_json,
)
from qa_desktop.core.errors import UserError
from qa_desktop.paths import resource


def _item(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "choices": [],
        "key": "weight",
        "kind": "number_with_unit",
        "label_en": "Weight",
        "label_zh": "重量",
        "required": True,
        "unit": "t",
    }
    row.update(changes)
    return row


def _template(*items: dict[str, object], **changes: object) -> str:
    data: dict[str, object] = {
        "code": "site_visit",
        "items": list(items) or [_item()],
        "name_en": "Site-visit checklist",
        "name_zh": "现场调查检查表",
        "version": 1,
    }
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


def _refused(text: str) -> str:
    with pytest.raises(UserError) as caught:
        template_from_json(text)
    return str(caught.value)


def test_default_template_holds_the_site_visit_points():
    t = default_template()
    assert (t.code, t.version) == ("site_visit", 1)
    kinds = {item.key: item.kind for item in t.items}
    assert kinds["defect_source"] is ItemKind.CHOICE
    assert [c.code for c in t.item("defect_source").choices] == [
        "our_material",
        "customer_processing",
        "not_determined",
    ]
    assert kinds["visible_before_processing"] is ItemKind.YES_NO_NA
    assert t.item("defective_used").label_zh == "已使用中不良"
    assert t.item("defective_unused").label_zh == "未使用中不良"
    assert t.item("coil_no").label_zh == "钢卷号/批号"
    assert t.item("weight").unit == "t"
    assert kinds["defect_photos"] is ItemKind.PHOTO and t.item("defect_photos").required
    assert "customer's words" in t.item("customer_remedy").label_en
    assert "not our commitment" in t.item("customer_remedy").label_en
    assert all(item.label_en and item.label_zh for item in t.items)


def test_default_template_round_trips_and_its_hash_is_stable():
    shipped = resource("checklists", "default.json").read_text("utf-8")
    t = template_from_json(shipped)
    canonical = template_to_json(t)
    # The shipped file writes every field, so it is the canonical text laid out for reading.
    assert json.loads(shipped) == json.loads(canonical)
    assert template_to_json(template_from_json(canonical)) == canonical
    assert template_from_json(canonical) == t
    assert template_hash(template_from_json(canonical)) == template_hash(t)
    assert len(template_hash(t)) == 64
    assert template_hash(replace(t, version=2)) != template_hash(t)


def test_optional_fields_may_be_left_out_and_are_written_back():
    row = _item(key="note", kind="text", label_zh="")
    del row["unit"], row["choices"], row["label_zh"]
    t = template_from_json(_template(row))
    assert t.items == (ChecklistItem("note", ItemKind.TEXT, "Weight", "", True),)
    assert json.loads(template_to_json(t))["items"][0]["unit"] == ""


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("{not json", "The checklist template is not readable JSON."),
        ('{"code": NaN}', "The checklist template is not readable JSON."),
        (
            "[1, 2]",
            "The checklist template is not laid out as a template: an object with its items.",
        ),
        (
            _template(items={}),
            "The checklist template is not laid out as a template: an object with its items.",
        ),
        (
            _template(items=["x"]),
            "The checklist template is not laid out as a template: an object with its items.",
        ),
        (
            _template(_item(kind="signature")),
            "The item “weight” has an unknown kind; use yes/no/not applicable, number with unit, text, choice or photo.",
        ),
        (
            _template(_item(kind=["text"])),
            "The item “weight” has an unknown kind; use yes/no/not applicable, number with unit, text, choice or photo.",
        ),
        (
            _template(_item(label_en="", label_zh=" ")),
            "The item “weight” needs an English or a Chinese label.",
        ),
        (
            _template(_item(), _item(label_en="Weight again")),
            "The checklist template has two items with the key “weight”.",
        ),
        (
            _template(_item(key="Weight")),
            "An item's key must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.",
        ),
        (
            _template(_item(key="w" * 41)),
            "An item's key must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.",
        ),
        (
            _template(_item(key="1st")),
            "An item's key must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.",
        ),
        (
            _template(_item(kind="choice", unit="")),
            "The choice item “weight” needs at least one choice.",
        ),
        (_template(_item(unit="")), "The number item “weight” needs a unit."),
        (
            _template(_item(unit="furlongs")),
            "The number item “weight” has a unit this application does not know.",
        ),
        (
            _template(_item(kind="text")),
            "Only a number item has a unit; the item “weight” is not one.",
        ),
        (
            _template(*[_item(key=f"k{n}") for n in range(MAX_ITEMS + 1)]),
            "A checklist template holds at most 200 items.",
        ),
        (
            _template(_item(label_en="x" * 301)),
            "A label in the checklist template is longer than 300 characters.",
        ),
        (
            _template(_item(label_zh="重\x07量")),
            "A label in the checklist template holds control characters or line breaks.",
        ),
        (
            _template(_item(label_en="Weight\n(t)")),
            "A label in the checklist template holds control characters or line breaks.",
        ),
        (
            _template(name_en="", name_zh=""),
            "The checklist template needs an English or a Chinese name.",
        ),
        (
            _template(_item(required="yes")),
            "The item “weight” must say whether it is required (true or false).",
        ),
        (
            _template(version=0),
            "The checklist template's version must be a whole number, 1 or more.",
        ),
        (
            _template(version=True),
            "The checklist template's version must be a whole number, 1 or more.",
        ),
        (
            _template(code="Site visit"),
            "The checklist template's code must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.",
        ),
        (
            _template(extra=1),
            "The checklist template has a field this application does not know: “extra”.",
        ),
        ('{"code": "a", "code": "b"}', "The checklist template names the field “code” twice."),
        ('{"version": 1}', "The checklist template has no field “code”."),
        (
            _template(_item(extra=[[[[]]]])),
            "The checklist template is nested deeper than a template can be.",
        ),
        (
            "[" * 100_000 + "]" * 100_000,
            "The checklist template is nested deeper than a template can be.",
        ),
        (
            " " * (1024 * 1024) + "{}",
            "A checklist template file is at most 1 MB; this one is larger.",
        ),
        (
            "{" + '"a":"é",' * 130_000 + "}",
            "A checklist template file is at most 1 MB; this one is larger.",
        ),
    ],
)
def test_a_bad_template_is_refused_with_one_sentence(text: str, sentence: str):
    assert _refused(text) == sentence


def test_choice_refusals():
    def choice_item(*choices: object) -> str:
        return _template(_item(key="source", kind="choice", unit="", choices=list(choices)))

    good = {"code": "ours", "en": "Ours", "zh": "我方"}
    assert _refused(choice_item(good, good)) == "The item “source” offers the choice “ours” twice."
    assert _refused(choice_item({"code": "Ours", "en": "Ours"})) == (
        "A choice's code in the item “source” must be 1 to 40 lower-case letters, digits or"
        " underscores, starting with a letter."
    )
    assert (
        _refused(choice_item({"code": "ours"}))
        == "The choice “ours” of the item “source” needs an English or a Chinese label."
    )
    assert _refused(_template(_item(kind="text", unit="", choices=[good]))) == (
        "Only a choice item has choices; the item “weight” is not one."
    )
    assert template_from_json(choice_item(good)).items[0].choices == (("ours", "Ours", "我方"),)


def test_refusals_are_translated():
    from qa_desktop.core.i18n import set_language

    set_language("zh_CN")
    try:
        sentence = _refused("{not json")
    finally:
        set_language("en")
    assert sentence != "The checklist template is not readable JSON."
    assert "JSON" in sentence


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
_FIELDS = st.sampled_from(["code", "version", "items", "name_en", "name_zh", "key", "kind", "unit"])


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        _JSON.map(json.dumps),
        st.dictionaries(_FIELDS, _JSON, max_size=5).map(json.dumps),
        st.builds(
            lambda top, items: json.dumps({**top, "items": items}),
            st.fixed_dictionaries({"code": st.just("site_visit"), "version": st.integers(-1, 3)}),
            st.lists(
                st.dictionaries(
                    _FIELDS | st.sampled_from(["label_en", "required", "choices"]), _JSON
                ),
                max_size=3,
            ),
        ),
        st.text(max_size=40),
    )
)
def test_any_input_is_a_template_or_one_sentence(text: str):
    try:
        t = template_from_json(text)
    except UserError as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert template_from_json(template_to_json(t)) == t


def _answers() -> dict[str, object]:
    return {
        "defect_source": "our_material",
        "visible_before_processing": "no",
        "defective_used": "1.250",
        "defective_unused": Decimal("0"),
        "coil_no": "S24@0001-01",
        "specification": "1.0 × 1250",
        "weight": 12,
        "samples_taken": "na",
        "customer_loss": "Two days of line stoppage, as the customer says.",
        "customer_remedy": "Replacement of the unused coils.",
    }


def _errors(answers: dict[str, object], photos: dict[str, int] | None = None) -> dict[str, str]:
    found = check_answers(
        default_template(), answers, {"defect_photos": 2} if photos is None else photos
    )
    return {e.field: e.message for e in found}


def test_complete_answers_pass():
    assert _errors(_answers()) == {}


def test_required_items_must_be_answered():
    answers = _answers()
    answers["coil_no"] = "  \x07 "
    del answers["customer_loss"]
    answers["weight"] = None
    assert _errors(answers) == {
        "coil_no": "Answer this item: it is required.",
        "weight": "Answer this item: it is required.",
        "customer_loss": "Answer this item: it is required.",
    }


def test_a_required_photo_item_needs_a_photo():
    assert _errors(_answers(), {}) == {"defect_photos": "Add at least one photo for this item."}
    assert _errors(_answers(), {"defect_photos": 0}) == {
        "defect_photos": "Add at least one photo for this item."
    }
    assert _errors({**_answers(), "defect_photos": "see attached"}) == {
        "defect_photos": "A photo item is answered with photos, not with text."
    }


def test_an_optional_item_may_stay_blank():
    t = default_template()
    optional = replace(t, items=tuple(replace(i, required=False) for i in t.items))
    assert check_answers(optional, {}, {}) == []


@pytest.mark.parametrize("value", ["maybe", "YES", True, 1])
def test_yes_no_na(value: object):
    assert _errors({**_answers(), "samples_taken": value}) == {
        "samples_taken": "Answer yes, no or not applicable."
    }


@pytest.mark.parametrize(
    "value",
    [
        "-1",
        -0.5,
        "NaN",
        "Infinity",
        float("inf"),
        "1e12",
        "twelve",
        True,
        [3],
        "1e99999999999999999999",
    ],
)
def test_a_number_is_finite_and_not_negative(value: object):
    assert _errors({**_answers(), "weight": value}) == {
        "weight": "Enter a number, zero or more, in t."
    }


@pytest.mark.parametrize("value", ["0", " 3.5 ", 7, 2.25, Decimal("999999999999.999")])
def test_a_number_is_accepted(value: object):
    assert _errors({**_answers(), "weight": value}) == {}


def test_a_choice_is_one_of_its_codes():
    for value in ("Our raw material", "ours", 1):
        assert _errors({**_answers(), "defect_source": value}) == {
            "defect_source": "Choose one of the answers offered."
        }


def test_text_is_cleaned_and_limited():
    assert _errors({**_answers(), "customer_loss": "x" * 2000 + "\x00" * 50 + "\n  "}) == {}
    assert _errors({**_answers(), "customer_loss": "x" * 2001}) == {
        "customer_loss": "Keep the answer to 2000 characters or fewer."
    }
    assert _errors({**_answers(), "customer_loss": 42}) == {
        "customer_loss": "Enter the answer as text."
    }


def test_unknown_keys_are_refused():
    assert _errors({**_answers(), "promise": "full refund"}, {"defect_photos": 1, "stray": 1}) == {
        "promise": "The checklist has no item “promise”.",
        "stray": "The checklist has no item “stray”.",
    }


def test_errors_follow_the_template_order():
    t = ChecklistTemplate(
        "t",
        1,
        "T",
        "",
        (
            ChecklistItem("b", ItemKind.TEXT, "B", "", True),
            ChecklistItem("a", ItemKind.TEXT, "A", "", True),
        ),
    )
    assert [e.field for e in check_answers(t, {}, {})] == ["b", "a"]
