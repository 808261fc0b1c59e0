"""The 8D's content (core/eightd): the registry, canonical JSON both ways, the checks with one
sentence per problem naming step and field, hostile input refused, the customer's view, the
step hashes a completion signs, and what the workflow asks (root_cause_recorded)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_desktop.core import eightd
from qa_desktop.core.eightd import (
    MAX_CHARS,
    MAX_LINE,
    MAX_TEXT,
    STEPS,
    Audience,
    Kind,
    completion_problems,
    content_from_data,
    content_from_json,
    content_to_json,
    customer_view,
    empty_content,
    fishbone,
    root_cause_recorded,
    step_hash,
    with_values,
)
from qa_desktop.core.errors import UserError, ValidationError

SHA = "ab" * 32
FULL = {
    "d0": {"emergency_response": "停止发货，通知客户", "full_8d_needed": True,
           "full_8d_reason": "重复投诉", "notes": "内部"},
    "d1": {"champion": "刘总", "leader": "王工",
           "members": [{"name": "周工", "department": "品保部", "role": "现场调查"}]},
    "d2": {"what": "304 2B 冷轧卷表面划伤", "how_many": "212 件",
           "is_is_not": [{"aspect": "卷号", "is": "S24A0817-03", "is_not": "S24A0817-01"}],
           "photos_nok": [{"photo": SHA, "caption": "划伤"}]},
    "d3": {"effectiveness": 100, "summary": "库存冻结 3 卷", "actions": [2, 1]},
    "d4": {"occurrence_whys": [{"why": "为什么划伤?", "because": "导辊有异物"}],
           "occurrence_fishbone": [{"category": "machine", "cause": "导辊", "status": "verified"},
                                   {"category": "man", "cause": "操作", "status": "potential"}],
           "occurrence_root_cause": "导辊表面粘附硬质颗粒", "escape_root_cause": "在线检测未覆盖边部",
           "process_detail": "张力 12 kN"},
    "d5": {"occurrence_effect": 90, "escape_effect": "85%", "actions": [3]},
    "d6": {"validation": "连续 30 卷无划伤", "verified_by": "陈主管", "verified_on": "2026-03-20",
           "interim_removed": False},
    "d7": {"summary": "导辊清洁纳入点检",
           "documents": [{"kind": "fmea", "title": "PFMEA 冷轧", "number": "QP-07", "revision": "C"}],
           "rollout": [{"target": "2 号线", "action": "同样点检", "owner": "生产部",
                        "done_on": date(2026, 3, 25)}]},
    "d8": {"closed_on": "2026-04-01", "summary": "客户确认关闭", "recognition": "感谢团队"},
}  # fmt: skip


def full() -> eightd.EightDContent:
    return content_from_data(FULL)


def messages(data: object) -> list[tuple[str, str, int | None]]:
    with pytest.raises(ValidationError) as caught:
        content_from_data(data)  # type: ignore[arg-type]
    return [(e.field, e.message, e.row) for e in caught.value.errors]


# ----- the registry ------------------------------------------------------------------------------
def test_the_steps_are_d0_to_d8_with_unique_keys_and_an_audience_each() -> None:
    assert [s.code for s in STEPS] == [f"d{n}" for n in range(9)]
    for spec in STEPS:
        keys = [f.key for f in spec.fields]
        assert len(keys) == len(set(keys)), spec.code
        for field in spec.fields:
            assert field.audience in (Audience.CUSTOMER, Audience.INTERNAL)
            assert (field.kind is Kind.ROWS) == bool(field.columns)
            assert (field.kind is Kind.CHOICE) == bool(field.options)


def test_what_seed_000_keeps_from_the_customer_is_internal() -> None:
    internal = {(s.code, f.key) for s, f in eightd.internal_fields()}
    for cause in ("occurrence", "escape"):
        assert ("d4", f"{cause}_whys") in internal
        assert ("d4", f"{cause}_fishbone") in internal
        assert ("d4", f"{cause}_root_cause") not in internal
    assert {("d4", "process_detail"), ("d0", "full_8d_needed")} <= internal
    assert all((f"d{n}", "notes") in internal for n in range(9))
    assert ("d3", "effectiveness") not in internal and ("d7", "rollout") not in internal


# ----- canonical JSON ----------------------------------------------------------------------------
def test_json_is_canonical_and_reads_back_the_same() -> None:
    content = full()
    text = content_to_json(content)
    data = json.loads(text)
    assert data["format"] == "qa-desktop 8d" and data["version"] == 1
    assert text == json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    back = content_from_json(text)
    assert back == content and content_to_json(back) == text
    assert back.value(6, "verified_on") == date(2026, 3, 20)
    assert back.value(5, "escape_effect") == 85  # "85%" typed, 85 stored
    assert back.value(3, "actions") == (1, 2)


def test_an_empty_field_is_a_missing_one_and_an_empty_row_no_row() -> None:
    a = content_from_data({"d2": {"what": "划伤", "where": "", "is_is_not": [{}, {"aspect": " "}]}})
    b = content_from_data({"d2": {"what": "划伤"}})
    assert a == b and content_to_json(a) == content_to_json(b)
    assert step_hash(a, 2) == step_hash(b, 2)
    assert content_to_json(empty_content()) == '{"format":"qa-desktop 8d","steps":{},"version":1}'
    assert content_from_json(content_to_json(empty_content())) == empty_content()


def test_text_is_cleaned_before_it_is_measured() -> None:
    content = content_from_data(
        {"d1": {"leader": " 王\x07工\n\t主管 "}, "d2": {"what": "a\x00\nb "}}
    )
    assert content.value(1, "leader") == "王工 主管"  # one line: breaks become spaces
    assert content.value(2, "what") == "a\nb"  # several lines: kept


def test_a_step_hash_covers_its_step_only() -> None:
    content = full()
    before = [step_hash(content, n) for n in range(9)]
    changed = with_values(content, 4, {"escape_root_cause": "另一个原因"})
    after = [step_hash(changed, n) for n in range(9)]
    assert [n for n in range(9) if before[n] != after[n]] == [4]
    assert (
        with_values(changed, 4, {"escape_root_cause": FULL["d4"]["escape_root_cause"]}) == content
    )


# ----- refusals, one sentence each naming step and field ----------------------------------------
@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"d2": {"what": "x" * (MAX_TEXT + 1)}}, "d2.what", "at most 4000 characters"),
        ({"d1": {"leader": "x" * (MAX_LINE + 1)}}, "d1.leader", "at most 200 characters"),
        ({"d1": {"leader": "x" * 10**7}}, "d1.leader", "at most 200 characters"),
        ({"d6": {"verified_on": "2026-02-30"}}, "d6.verified_on", "YYYY-MM-DD"),
        ({"d6": {"verified_on": "2026-3-1"}}, "d6.verified_on", "YYYY-MM-DD"),
        ({"d6": {"verified_on": "1999-12-31"}}, "d6.verified_on", "between 2000 and 2099"),
        ({"d6": {"verified_on": 20260301}}, "d6.verified_on", "YYYY-MM-DD"),
        ({"d6": {"verified_on": datetime(2026, 3, 1)}}, "d6.verified_on", "YYYY-MM-DD"),
        ({"d3": {"effectiveness": 101}}, "d3.effectiveness", "from 0 to 100"),
        ({"d3": {"effectiveness": -1}}, "d3.effectiveness", "from 0 to 100"),
        ({"d3": {"effectiveness": True}}, "d3.effectiveness", "from 0 to 100"),
        ({"d3": {"effectiveness": 50.5}}, "d3.effectiveness", "from 0 to 100"),
        ({"d3": {"effectiveness": "1e2"}}, "d3.effectiveness", "from 0 to 100"),
        ({"d0": {"full_8d_needed": "yes"}}, "d0.full_8d_needed", "answer yes or no"),
        ({"d2": {"what": ["a"]}}, "d2.what", "must be text"),
        ({"d1": {"members": "周工"}}, "d1.members", "list of rows"),
        ({"d1": {"members": ["周工"]}}, "d1.members", "columns by name"),
        ({"d1": {"members": [{"phone": "1"}]}}, "d1.members", "no column “phone”"),
        ({"d1": {"members": [{"name": "a"}] * 10_000}}, "d1.members", "at most 40 rows"),
        ({"d2": {"photos_ok": [{"photo": "../etc/passwd"}]}}, "d2.photos_ok.photo", "SHA-256"),
        ({"d4": {"escape_fishbone": [{"category": "money"}]}}, "d4.escape_fishbone.category",
         "choose one of “Man”, “Machine”"),
        ({"d5": {"actions": [1, 1]}}, "d5.actions", "each once"),
        ({"d5": {"actions": [0]}}, "d5.actions", "from 1 to 9999"),
        ({"d5": {"actions": [True]}}, "d5.actions", "from 1 to 9999"),
        ({"d5": {"actions": list(range(1, 300))}}, "d5.actions", "at most 200"),
        ({"d3": {"bogus": 1}}, "d3.bogus", "D3 Containment has no field “bogus”"),
        ({"d9": {}}, "d9", "no step “d9”"),
        ({"d3": "everything"}, "d3", "must hold its fields by name"),
    ],
)  # fmt: skip
def test_a_refusal_names_the_step_and_the_field(data: dict, field: str, words: str) -> None:
    found = messages(data)
    assert len(found) == 1, found
    name, message, _row = found[0]
    assert name == field and words in message, message
    step_no = int(field[1])
    if step_no < 9 and "." in field:
        assert message.startswith(STEPS[step_no].text("en")), message


def test_a_cell_names_its_row_and_every_problem_is_listed() -> None:
    found = messages(
        {
            "d7": {"rollout": [{"target": "2 号线"}, {"target": "3 号线", "done_on": "tomorrow"}]},
            "d3": {"effectiveness": 120},
        }
    )
    assert [(f, r) for f, _m, r in found] == [("d7.rollout.done_on", 1), ("d3.effectiveness", None)]
    assert found[0][1].startswith(
        "D7 Prevent recurrence, “Roll-out to similar products and lines”, row 2, “Done on”:"
    )


def test_refusals_are_translated() -> None:
    with pytest.raises(ValidationError) as caught:
        content_from_data({"d3": {"effectiveness": 120}}, "zh_CN")
    message = str(caught.value)
    assert "D3" in message and "临时对策" in message and "0" in message and "100" in message
    assert "percentage" not in message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not json", "not readable JSON"),
        ('{"format":"qa-desktop 8d","version":1,"steps":{"d3":{"effectiveness":NaN}}}', "JSON"),
        ('{"format":"qa-desktop 8d","version":1,"version":1,"steps":{}}', "“version” twice"),
        ('{"version":1,"steps":{}}', "format tag"),
        ('{"format":"qa-desktop visit draft v1","version":1,"steps":{}}', "format tag"),
        ('{"format":"qa-desktop 8d","version":"1","steps":{}}', "format tag"),
        ('{"format":"qa-desktop 8d","version":2,"steps":{}}', "version 2, newer"),
        ('{"format":"qa-desktop 8d","version":1,"steps":{},"extra":1}', "“extra”"),
        ('{"format":"qa-desktop 8d","version":1,"steps":{"2":{"what":"x"}}}', "no step “2”"),
        ('{"format":"qa-desktop 8d","version":1,"steps":{"d2":{"what":[[[["x"]]]]}}}', "deeper"),
        ("[" * 1_000_000 + "]" * 1_000_000, "deeper"),
        ("[" * 5000 + "]" * 5000, "deeper"),
        ('"' + "x" * (MAX_CHARS + 1) + '"', "larger than any 8D"),
    ],
)
def test_json_this_application_could_not_have_written_is_refused(text: str, words: str) -> None:
    with pytest.raises(UserError) as caught:
        content_from_json(text)
    assert words in str(caught.value), str(caught.value)


def test_the_largest_valid_8d_fits_the_size_limit() -> None:
    """Every text at its limit, every list at its length, quotes doubled by escaping."""
    data: dict[str, dict[str, object]] = {}
    for spec in STEPS:
        data[spec.code] = {f.key: _largest(f) for f in spec.fields}
    text = content_to_json(content_from_data(data))
    assert len(text) <= MAX_CHARS
    assert content_from_json(text) == content_from_data(data)


def _largest(spec) -> object:
    if spec.kind is Kind.TEXT:
        return '"' * MAX_TEXT
    if spec.kind is Kind.LINE:
        return '"' * MAX_LINE
    if spec.kind is Kind.ROWS:
        return [{c.key: _largest(c) for c in spec.columns}] * spec.max_rows
    if spec.kind is Kind.ACTIONS:
        return list(range(9999 - spec.max_rows + 1, 10_000))
    return {Kind.YES_NO: False, Kind.DATE: "2099-12-31", Kind.PERCENT: 100,
            Kind.CHOICE: spec.options[-1].code if spec.options else "", Kind.PHOTO: SHA}[spec.kind]  # fmt: skip


# ----- the customer's view, completion, the workflow's question ----------------------------------
def test_the_customer_view_holds_no_internal_field() -> None:
    view = customer_view(full())
    internal = {(s.number, f.key) for s, f in eightd.internal_fields()}
    held = {(n, key) for n, values in view.steps.items() for key in values}
    assert held and not held & internal
    assert all(not {(n, k) for k in view.values(n)} & internal for n in range(9))
    assert view.value(4, "process_detail") == ""  # asked for anyway: empty, never the text
    assert view.value(4, "occurrence_root_cause") == "导辊表面粘附硬质颗粒"
    with pytest.raises(ValueError):
        content_to_json(view)


def test_root_cause_recorded_needs_both_causes_in_words() -> None:
    assert root_cause_recorded(full())
    assert not root_cause_recorded(empty_content())
    assert not root_cause_recorded(with_values(full(), 4, {"escape_root_cause": "  \n "}))
    only_fishbone = content_from_data(
        {"d4": {"occurrence_fishbone": [{"category": "man", "status": "verified", "cause": "x"}],
                "escape_root_cause": "y"}}
    )  # fmt: skip
    assert not root_cause_recorded(only_fishbone)


def test_completion_names_what_a_step_still_needs() -> None:
    assert all(completion_problems(full(), n) == [] for n in range(9))
    missing = completion_problems(content_from_data({"d1": {"champion": "刘总"}}), 1)
    assert [e.field for e in missing] == ["d1.leader", "d1.members"]
    assert "add at least one row" in missing[1].message
    assert [e.field for e in completion_problems(empty_content(), 4)] == [
        "d4.occurrence_root_cause",
        "d4.escape_root_cause",
    ]


def test_the_fishbone_by_category() -> None:
    bones = fishbone(full(), "occurrence")
    assert list(bones) == ["man", "machine", "material", "method", "environment", "measurement"]
    assert [r["cause"] for r in bones["machine"]] == ["导辊"]
    assert bones["man"][0]["status"] == "potential"
    with pytest.raises(ValueError):
        fishbone(full(), "money")


# ----- any valid content round-trips --------------------------------------------------------------
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


def _value(spec) -> st.SearchStrategy:
    if spec.kind in (Kind.TEXT, Kind.LINE):
        return TEXT
    if spec.kind is Kind.YES_NO:
        return st.sampled_from([True, False, None])
    if spec.kind is Kind.DATE:
        return st.dates(date(2000, 1, 1), date(2099, 12, 31))
    if spec.kind is Kind.PERCENT:
        return st.integers(0, 100)
    if spec.kind is Kind.CHOICE:
        return st.sampled_from([o.code for o in spec.options])
    if spec.kind is Kind.PHOTO:
        return st.text("0123456789abcdef", min_size=64, max_size=64)
    if spec.kind is Kind.ACTIONS:
        return st.lists(st.integers(1, 9999), max_size=5, unique=True)
    columns = {c.key: _value(c) for c in spec.columns}
    return st.lists(st.fixed_dictionaries({}, optional=columns), max_size=3)


CONTENT = st.fixed_dictionaries(
    {},
    optional={s.code: st.fixed_dictionaries({}, optional={f.key: _value(f) for f in s.fields})
              for s in STEPS},
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CONTENT)
def test_any_valid_content_round_trips(data: dict) -> None:
    content = content_from_data(data)
    text = content_to_json(content)
    back = content_from_json(text)
    assert back == content and content_to_json(back) == text
    assert all(step_hash(back, n) == step_hash(content, n) for n in range(9))
    assert content_from_data(content.data()) == content  # what data() gives is valid input
