"""The complaint's workflow table (core/workflow): pure, no database, no Qt."""

from __future__ import annotations

import ast
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import set_language
from qa_desktop.core.vocab import Action, Status
from qa_desktop.core.workflow import (
    FINAL,
    START,
    TRANSITIONS,
    Precondition,
    Transition,
    allowed,
    check_transition,
    find,
)
from qa_desktop.core.workflow.transitions import UNMET

ALL_FACTS = {p: True for p in Precondition}
EVERY_RIGHT: Callable[[Action], bool] = lambda action: True  # noqa: E731
QA_ENGINEER: Callable[[Action], bool] = lambda action: action is Action.EDIT  # noqa: E731


def walk(path: list[Status], reason: str = "") -> list[Transition]:
    """Carry a case along `path` with every fact true and every right held."""
    return [
        check_transition(a, b, EVERY_RIGHT, ALL_FACTS, reason) for a, b in itertools.pairwise(path)
    ]


def refusal(current: str, target: str, **kwargs: object) -> str:
    options: dict[str, object] = {"may": EVERY_RIGHT, "facts": ALL_FACTS, "reason": "why"}
    options.update(kwargs)
    with pytest.raises(UserError) as refused:
        check_transition(current, target, **options)  # type: ignore[arg-type]
    return str(refused.value)


def test_the_whole_happy_path() -> None:
    path = [START, Status.CONTAINMENT, Status.INVESTIGATION, Status.HANDLING]
    path += [Status.REPLIED, Status.FOLLOW_UP, Status.CLOSED]
    steps = walk(path)
    assert [t.target for t in steps] == path[1:]
    assert steps[-1].action is Action.CLOSE
    assert all(t.action is Action.EDIT for t in steps[:-1])


def test_the_invalid_path_needs_a_reason_and_an_answer() -> None:
    for source in (Status.REGISTERED, Status.CONTAINMENT, Status.INVESTIGATION):
        assert find(source, Status.INVALID).reason_required  # type: ignore[union-attr]
        steps = walk([source, Status.INVALID, Status.ANSWERED, Status.CLOSED], reason="no fault")
        assert steps[1].preconditions == (Precondition.REPLY_SENT,)
    assert find(Status.HANDLING, Status.INVALID) is None  # judged before the handling, not after
    assert "reason" in refusal("registered", "invalid", reason="  ")


def test_reopen_a_goes_back_to_investigation_and_b_to_the_conversation() -> None:
    a = find(Status.CLOSED, Status.INVESTIGATION)
    b = find(Status.CLOSED, Status.REPLIED)
    assert a and b and a.action is b.action is Action.REOPEN
    assert a.reason_required and b.reason_required
    assert "not effective" in a.label and "standards" in b.label
    walk([Status.CLOSED, Status.INVESTIGATION, Status.HANDLING, Status.REPLIED], reason="again")
    walk([Status.CLOSED, Status.REPLIED, Status.FOLLOW_UP, Status.CLOSED], reason="talked")
    assert {t.target for t in allowed(Status.CLOSED, EVERY_RIGHT)} == {
        Status.INVESTIGATION,
        Status.REPLIED,
    }


def test_an_unsatisfied_follow_up_offers_both_ways_back() -> None:
    back = {t.target: t for t in allowed(Status.FOLLOW_UP, QA_ENGINEER)}
    assert set(back) == {Status.INVESTIGATION, Status.REPLIED}
    assert all(t.reason_required for t in back.values())
    assert "reason" in refusal("follow_up", "investigation", reason="")


def test_every_refusal_names_what_is_missing() -> None:
    assert refusal("registered", "closed") == "A complaint in “Registered” cannot go to “Closed”."
    assert "“closed”" not in refusal("nonsense", "closed")  # an unknown code is still refused
    assert refusal("follow_up", "closed", may=QA_ENGINEER) == (
        "Your roles do not allow going to “Closed”: it needs the right “Close complaints”."
    )
    assert "Reopen complaints" in refusal("closed", "investigation", may=QA_ENGINEER)
    assert refusal("investigation", "handling", facts={}) == (
        "Before “Handling and approval”, record the root cause."
    )
    assert refusal("closed", "replied", reason="") == "Write the reason for going to “Replied”."


@pytest.mark.parametrize("missing", list(Precondition))
def test_the_first_unmet_precondition_is_the_one_named(missing: Precondition) -> None:
    rows = [t for t in TRANSITIONS if missing in t.preconditions]
    assert rows, f"{missing} guards no step"
    for row in rows:
        facts = {**ALL_FACTS, missing: False}
        said = refusal(row.source, row.target, facts=facts)
        assert said == UNMET[missing].format(target=row.target.label())


def test_the_right_is_checked_before_the_facts_and_the_facts_before_the_reason() -> None:
    nothing: dict[Precondition, bool] = {}
    assert "right" in refusal("follow_up", "closed", may=QA_ENGINEER, facts=nothing, reason="")
    assert "verified" in refusal("follow_up", "closed", facts=nothing, reason="")


def test_refusals_are_translated() -> None:
    set_language("zh_CN")  # the test's isolation sets English back
    said = refusal("follow_up", "closed", may=QA_ENGINEER)
    assert "已结案" in said and not _has_english(said), said
    assert Status.ANSWERED.label() == "已答复" and Status.INVALID.label() == "投诉不成立"
    sentences = [refusal("registered", "closed"), refusal("closed", "replied", reason="")]
    sentences += [
        refusal(row.source, row.target, facts={**ALL_FACTS, precondition: False})
        for precondition in Precondition
        for row in TRANSITIONS
        if precondition in row.preconditions
    ]
    sentences += [t.text() for t in TRANSITIONS]
    assert not [s for s in sentences if _has_english(s)]


def _has_english(text: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in text.replace("QA", ""))


def test_the_table_is_well_formed() -> None:
    assert len({(t.source, t.target) for t in TRANSITIONS}) == len(TRANSITIONS)
    assert {t.source for t in TRANSITIONS} == set(Status), "every state has a way on"
    reached = {START}
    for _ in Status:
        reached |= {t.target for t in TRANSITIONS if t.source in reached}
    assert reached == set(Status), "every state is reachable from registration"
    assert all(t.reason_required for t in TRANSITIONS if t.action is Action.REOPEN)
    assert {t.action for t in TRANSITIONS if t.target in FINAL} == {Action.CLOSE}


def test_closed_is_reached_only_with_actions_verified_and_feedback() -> None:
    closing = [t for t in TRANSITIONS if t.target is Status.CLOSED]
    assert len(closing) == 2
    for row in closing:
        assert {Precondition.ACTIONS_VERIFIED, Precondition.FEEDBACK_OR_REASON} <= set(
            row.preconditions
        )


STATES = st.sampled_from(list(Status))
RIGHTS = st.sets(st.sampled_from(list(Action)))
FACTS = st.dictionaries(st.sampled_from(list(Precondition)), st.booleans())


@given(STATES, RIGHTS)
def test_what_allowed_offers_passes_when_its_facts_are_true(state: Status, rights: set) -> None:
    offered = allowed(state, rights.__contains__)
    assert all(t.action in rights and t.source is state for t in offered)
    for row in offered:
        assert check_transition(state, row.target, rights.__contains__, ALL_FACTS, "r") == row
    held = {t.target for t in TRANSITIONS if t.source is state and t.action in rights}
    assert {t.target for t in offered} == held


@given(STATES, STATES, RIGHTS, FACTS, st.sampled_from(["", "a reason"]))
def test_nothing_outside_the_table_passes(
    current: Status, target: Status, rights: set, facts: dict, reason: str
) -> None:
    row = find(current, target)
    try:
        passed = check_transition(current, target, rights.__contains__, facts, reason)
    except UserError:
        passed = None
    expected = (
        row is not None
        and row.action in rights
        and all(facts.get(p, False) for p in row.preconditions)
        and (bool(reason) or not row.reason_required)
    )
    assert (passed is not None) == expected
    if passed is not None:
        assert passed == row
    if passed is not None and passed.target is Status.CLOSED:
        true = {p for p, value in facts.items() if value}
        assert {Precondition.ACTIONS_VERIFIED, Precondition.FEEDBACK_OR_REASON} <= true


def test_no_module_is_over_250_lines() -> None:
    package = Path(find.__code__.co_filename).parent
    for source in package.glob("*.py"):
        lines = source.read_text("utf-8").splitlines()
        assert len(lines) <= 250, source.name
        ast.parse("\n".join(lines))
