"""The authority matrix and routing (core/authority): defaults, the example case, every refusal.

Pure: no database, no Qt. The property-based tests are in test_authority_properties.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest

from qa_desktop.core.authority import (
    QA_MANAGER_LIMIT,
    Action,
    Authority,
    Delegation,
    HandlingKind,
    Matrix,
    Meaning,
    ProposalState,
    ProposalTotal,
    RoleRights,
    SeededRole,
    Step,
    check_delegation,
    check_matrix,
    cumulative,
    default_matrix,
    matrix_hash,
    matrix_to_json,
    may,
    may_approve_kind,
    may_sign,
    money_limit,
    route,
    route_state,
)
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import set_language
from qa_desktop.core.vocab import Choice

M = default_matrix()
ALL = frozenset(HandlingKind)
FIELD, ENGINEER, MANAGER, GM = "field_staff", "qa_engineer", "qa_manager", "general_manager"
COMPENSATION, RETURN = HandlingKind.COMPENSATION, HandlingKind.RETURN
EXAMPLE = 3_860_000  # ¥38,600.00: the example case's compensation (DOMAIN.md)
DAY = date(2026, 3, 12)


def test_every_vocabulary_code_has_its_own_label() -> None:
    for vocabulary in (HandlingKind, Action, Meaning, SeededRole, ProposalState):
        assert issubclass(vocabulary, Choice)
        labels = [member.label() for member in vocabulary]
        assert all(labels) and len(set(labels)) == len(labels), vocabulary


def test_the_default_matrix_is_valid_and_in_cny() -> None:
    check_matrix(M)
    assert (M.version, M.base_currency) == (1, "CNY")
    assert set(M.roles) == {role.value for role in SeededRole}


@pytest.mark.parametrize("action", list(Action))
def test_field_staff_may_only_confirm_quantities(action: Action) -> None:
    assert may(M, [FIELD], action) is (action is Action.CONFIRM_QUANTITIES)


@pytest.mark.parametrize("kind", list(HandlingKind))
def test_field_staff_may_approve_no_handling_and_no_money(kind: HandlingKind) -> None:
    assert not may_approve_kind(M, [FIELD], kind)
    assert money_limit(M, [FIELD]) == 0
    for amount in (0, 1, EXAMPLE, 10**12):
        for step in route(M, kinds={kind}, cumulative_minor=amount):
            assert step.role != FIELD
            with pytest.raises(UserError, match="Only the role"):
                may_sign(M, step, signer="wang", signer_roles=[FIELD], proposer="li",
                         cumulative_minor=amount, on=DAY)  # fmt: skip


def test_administering_grants_no_approval_right() -> None:
    assert may(M, ["administrator"], Action.ADMINISTER)
    assert not any(may_approve_kind(M, ["administrator"], kind) for kind in HandlingKind)
    assert money_limit(M, ["administrator"]) == 0
    assert [a for a in Action if may(M, ["administrator"], a)] == [Action.ADMINISTER]


def test_the_default_rights_of_the_other_roles() -> None:
    assert may(M, [ENGINEER], Action.PROPOSE) and not may(M, [ENGINEER], Action.REOPEN)
    assert not any(may_approve_kind(M, [ENGINEER], kind) for kind in HandlingKind)
    assert money_limit(M, [MANAGER]) == QA_MANAGER_LIMIT == 5_000_000
    assert may(M, [MANAGER], Action.REOPEN) and not may(M, [MANAGER], Action.FINAL_SIGNOFF)
    assert money_limit(M, [GM]) is None and may(M, [GM], Action.FINAL_SIGNOFF)
    assert [a for a in Action if may(M, ["sales"], a)] == [Action.REGISTER]


def test_several_roles_hold_the_union_of_their_rights() -> None:
    assert may(M, [FIELD, "sales"], Action.REGISTER)
    assert may(M, [FIELD, "sales"], Action.CONFIRM_QUANTITIES)
    assert money_limit(M, [ENGINEER, MANAGER]) == QA_MANAGER_LIMIT
    assert money_limit(M, [MANAGER, GM]) is None
    assert not may(M, ["no_such_role"], Action.REGISTER) and money_limit(M, ["x"]) == 0


# --- the example case ---------------------------------------------------------------------------


def test_the_example_route() -> None:
    assert route(M, kinds={COMPENSATION, RETURN}, cumulative_minor=EXAMPLE) == (
        Step(1, MANAGER, Meaning.APPROVED, True, frozenset({COMPENSATION, RETURN})),
        Step(2, GM, Meaning.FINAL_SIGNOFF, False, frozenset()),
    )


def test_a_second_proposal_past_the_managers_limit_needs_the_general_manager() -> None:
    first = ProposalTotal("p1", ProposalState.BINDING, EXAMPLE)
    total = cumulative([first], 1_500_000)  # ¥15,000 more: ¥53,600 on the complaint
    assert total == 5_360_000
    assert route(M, kinds={COMPENSATION}, cumulative_minor=total) == (
        Step(1, GM, Meaning.FINAL_SIGNOFF, True, frozenset({COMPENSATION})),
    )


def test_the_limit_is_inclusive() -> None:
    assert route(M, kinds={COMPENSATION}, cumulative_minor=QA_MANAGER_LIMIT)[0].role == MANAGER
    assert route(M, kinds={COMPENSATION}, cumulative_minor=QA_MANAGER_LIMIT + 1)[0].role == GM


def test_a_proposal_without_money_goes_to_the_manager_then_the_general_manager() -> None:
    agreed = ProposalTotal("p1", ProposalState.APPROVED, 9_000_000)
    assert cumulative([agreed], 0) == 0  # it promises no money: no money authority needed
    steps = route(M, kinds={HandlingKind.CONCESSION}, cumulative_minor=0)
    assert [(s.role, s.meaning, s.money) for s in steps] == [
        (MANAGER, Meaning.APPROVED, False),
        (GM, Meaning.FINAL_SIGNOFF, False),
    ]


def test_walking_the_example_route() -> None:
    steps = route(M, kinds={COMPENSATION}, cumulative_minor=EXAMPLE)
    sign = {"signer_roles": [], "proposer": "li", "cumulative_minor": EXAMPLE, "on": DAY}
    with pytest.raises(UserError, match="You proposed this handling"):
        may_sign(M, steps[0], **{**sign, "signer": "li", "signer_roles": [ENGINEER, MANAGER]})
    assert may_sign(M, steps[0], **{**sign, "signer": "zhao", "signer_roles": [MANAGER]}) == (
        Authority("zhao", MANAGER)
    )
    state = route_state(steps, [(1, Meaning.APPROVED)])
    assert (state.state, state.next_step, state.binding) == (
        ProposalState.APPROVED,
        steps[1],
        False,
    )
    with pytest.raises(UserError, match="Only the role General manager may sign"):
        may_sign(M, steps[1], **{**sign, "signer": "zhao", "signer_roles": [MANAGER]})
    assert may_sign(M, steps[1], **{**sign, "signer": "chen", "signer_roles": [GM]}).own
    state = route_state(steps, [(1, Meaning.APPROVED), (2, Meaning.FINAL_SIGNOFF)])
    assert (state.state, state.next_step, state.binding) == (ProposalState.BINDING, None, True)


def test_route_state_before_signatures_and_after_a_rejection() -> None:
    steps = route(M, kinds={COMPENSATION}, cumulative_minor=EXAMPLE)
    fresh = route_state(steps, [])
    assert (fresh.state, fresh.next_step) == (ProposalState.SUBMITTED, steps[0])
    for signed in ([(1, Meaning.REJECTED)], [(1, Meaning.APPROVED), (2, Meaning.REJECTED)]):
        state = route_state(steps, signed)
        assert (state.state, state.rejected, state.binding, state.next_step) == (
            ProposalState.REJECTED, True, False, None)  # fmt: skip


@pytest.mark.parametrize(
    "signed",
    [
        [(2, Meaning.FINAL_SIGNOFF)],  # out of order
        [(1, Meaning.FINAL_SIGNOFF)],  # the wrong meaning for the step
        [(1, Meaning.CONFIRMED)],
        [(1, Meaning.REJECTED), (1, Meaning.APPROVED)],  # after the route ended
        [(1, Meaning.APPROVED), (2, Meaning.FINAL_SIGNOFF), (2, Meaning.FINAL_SIGNOFF)],
    ],
)
def test_route_state_refuses_signatures_no_service_would_record(signed) -> None:
    with pytest.raises(ValueError, match="step"):
        route_state(route(M, kinds={COMPENSATION}, cumulative_minor=EXAMPLE), signed)


# --- cumulative money -----------------------------------------------------------------------


@pytest.mark.parametrize("state", list(ProposalState))
def test_which_other_proposals_count(state: ProposalState) -> None:
    counts = state in {ProposalState.SUBMITTED, ProposalState.APPROVED, ProposalState.BINDING}
    total = cumulative([ProposalTotal("other", state, 4_000_000)], 2_000_000)
    assert total == (6_000_000 if counts else 2_000_000)


def test_splitting_a_settlement_never_lowers_the_approver() -> None:
    """¥60,000 as three proposals of ¥20,000: the third needs the general manager."""
    submitted: list[ProposalTotal] = []
    approvers = []
    for n in range(3):
        total = cumulative(submitted, 2_000_000)
        approvers.append(route(M, kinds={COMPENSATION}, cumulative_minor=total)[0].role)
        submitted.append(ProposalTotal(f"p{n}", ProposalState.SUBMITTED, 2_000_000))
    assert approvers == [MANAGER, MANAGER, GM]


def test_a_proposal_counted_twice_is_a_bug() -> None:
    twice = [ProposalTotal("p", ProposalState.SUBMITTED, 1)] * 2
    with pytest.raises(ValueError, match="twice"):
        cumulative(twice, 1)
    with pytest.raises(ValueError, match="minor units"):
        cumulative([], -1)


# --- route refusals ------------------------------------------------------------------------


def test_a_proposal_without_lines_is_refused() -> None:
    with pytest.raises(UserError, match="at least one line"):
        route(M, kinds=(), cumulative_minor=EXAMPLE)


def test_an_amount_no_role_may_approve_is_refused_with_the_amount() -> None:
    capped = replace(M, roles={**M.roles, GM: replace(M.roles[GM], money_limit=10_000_000)})
    with pytest.raises(UserError, match=r"No role may approve 100,000.01 CNY on one complaint"):
        route(capped, kinds={COMPENSATION}, cumulative_minor=10_000_001)


def test_kinds_no_one_role_approves_together_are_named() -> None:
    split = Matrix(1, "CNY", {
        "a": RoleRights(frozenset({Action.FINAL_SIGNOFF}), frozenset({RETURN})),
        "b": RoleRights(frozenset({Action.APPROVE_MONEY}), frozenset({COMPENSATION}), None),
    })  # fmt: skip
    with pytest.raises(UserError, match="No role may approve Return, Compensation together"):
        route(split, kinds={COMPENSATION, RETURN}, cumulative_minor=0)


# --- matrix refusals -----------------------------------------------------------------------


def _with(role: str, **changes: object) -> Matrix:
    return replace(M, roles={**M.roles, role: replace(M.roles[role], **changes)})


def _nobody_approves(kind: HandlingKind) -> Matrix:
    roles = {c: replace(r, approve_kinds=r.approve_kinds - {kind}) for c, r in M.roles.items()}
    return replace(M, roles=roles)


@pytest.mark.parametrize(
    ("matrix", "sentence"),
    [
        (_with(GM, actions=frozenset({Action.APPROVE_MONEY})), "No role may give the final sign-off"),
        (_nobody_approves(HandlingKind.REPAIR), "No role may approve the handling “Repair”"),
        (_with(GM, money_limit=10**9), "No role may approve money without a limit"),
        (_with(GM, approve_kinds=ALL - {HandlingKind.THIRD_PARTY}),
         "No role without a money limit may approve “Customer claims a third party”"),
        (_with(MANAGER, money_limit=-1), "The money limit of the role QA manager is negative"),
        (_with(MANAGER, money_limit=True), "of the role QA manager is not a whole number"),
        (_with(MANAGER, money_limit=5e6), "of the role QA manager is not a whole number"),
        (replace(M, base_currency="XYZ"), "The base currency XYZ is not one"),
        (replace(M, version=0), "must be a whole number from 1"),
        (Matrix(1, "CNY", {**M.roles, " gm": M.roles[GM]}), "has spaces around it"),
    ],
)  # fmt: skip
def test_check_matrix_refuses_with_one_sentence(matrix: Matrix, sentence: str) -> None:
    with pytest.raises(UserError, match=sentence) as refused:
        check_matrix(matrix)
    assert str(refused.value).count(".") == 1 and str(refused.value).endswith(".")


# --- delegation ------------------------------------------------------------------------------


def _delegation(cap: int | None = 2_000_000, **changes: object) -> Delegation:
    d = Delegation("zhao", "sun", date(2026, 3, 10), date(2026, 3, 20), cap)
    return replace(d, **changes)


def test_a_valid_delegation_passes() -> None:
    check_delegation(M, [MANAGER], _delegation())
    check_delegation(M, [MANAGER], _delegation(QA_MANAGER_LIMIT))
    check_delegation(M, [GM], _delegation(None, delegator="chen"))


@pytest.mark.parametrize(
    ("roles", "d", "sentence"),
    [
        ([MANAGER], _delegation(delegate="zhao"), "You cannot delegate to yourself"),
        ([MANAGER], _delegation(delegate=" "), "Name the colleague"),
        ([MANAGER], _delegation(last_day=date(2026, 3, 9)),
         "last day 2026-03-09 is before its first day 2026-03-10"),
        ([MANAGER], _delegation(QA_MANAGER_LIMIT + 1), "at most your own limit of 50,000.00 CNY"),
        ([MANAGER], _delegation(None), "at most your own limit of 50,000.00 CNY"),
        ([MANAGER], _delegation(-1), "whole amount, zero or more"),
        ([ENGINEER, "administrator"], _delegation(0), "no right to approve"),
    ],
)  # fmt: skip
def test_check_delegation_refuses(roles, d: Delegation, sentence: str) -> None:
    with pytest.raises(UserError, match=sentence):
        check_delegation(M, roles, d)


STEP1 = route(M, kinds={COMPENSATION}, cumulative_minor=1_500_000)[0]


def _sign_as_sun(step: Step = STEP1, amount: int = 1_500_000, *, on: date = DAY,
                 delegations=None, proposer: str = "li", **more) -> Authority:  # fmt: skip
    if delegations is None:
        delegations = [(_delegation(), [MANAGER])]
    return may_sign(M, step, signer="sun", signer_roles=[ENGINEER], proposer=proposer,
                    cumulative_minor=amount, on=on, delegations=delegations, **more)  # fmt: skip


def test_a_delegate_signs_for_the_delegator() -> None:
    authority = _sign_as_sun()
    assert (authority.own, authority.delegator, authority.role) == (False, "zhao", MANAGER)
    assert authority.describe("Zhao Lei") == "for Zhao Lei, by delegation"
    assert Authority("zhao", MANAGER).describe() == ""
    for day in (date(2026, 3, 10), date(2026, 3, 20)):  # both days included
        assert _sign_as_sun(on=day).delegator == "zhao"


@pytest.mark.parametrize(
    ("kwargs", "sentence"),
    [
        ({"on": date(2026, 3, 21)},
         "The delegation from zhao runs from 2026-03-10 to 2026-03-20, not on 2026-03-21"),
        ({"amount": 2_000_001},
         "The delegation from zhao covers up to 20,000.00 CNY; this complaint's proposals come to 20,000.01 CNY"),
        ({"delegations": [(_delegation(), [ENGINEER])]},
         "zhao no longer holds the role QA manager"),
        ({"delegations": [(_delegation(delegator="li"), [MANAGER])]},
         "li proposed this handling, so nobody may sign it for them"),
        ({"delegations": [(_delegation(delegate="wu"), [MANAGER])]},
         "Only the role QA manager may sign this step, and no delegation to you covers it"),
        ({"proposer": "sun"}, "You proposed this handling"),
        ({"signed_by": ["sun"]}, "You have signed this proposal already"),
    ],
)  # fmt: skip
def test_may_sign_refuses_with_the_reason(kwargs: dict, sentence: str) -> None:
    with pytest.raises(UserError, match=sentence):
        _sign_as_sun(**kwargs)


def test_a_delegation_needs_the_right_in_the_routed_matrix_version() -> None:
    """The delegator holds the role, but in this version the role lost the right to approve."""
    weaker = _with(MANAGER, approve_kinds=ALL - {COMPENSATION})
    with pytest.raises(UserError, match="The role QA manager no longer has the right"):
        may_sign(weaker, STEP1, signer="sun", signer_roles=[], proposer="li",
                 cumulative_minor=1_500_000, on=DAY, delegations=[(_delegation(), [MANAGER])])  # fmt: skip


def test_an_own_role_above_its_limit_is_named() -> None:
    with pytest.raises(
        UserError, match=r"QA manager may approve up to 50,000.00 CNY; .* 60,000.00 CNY"
    ):
        may_sign(M, STEP1, signer="zhao", signer_roles=[MANAGER], proposer="li",
                 cumulative_minor=6_000_000, on=DAY)  # fmt: skip


def test_the_best_reason_is_given_among_several_delegations() -> None:
    delegations = [(_delegation(delegator="wu"), [ENGINEER]), (_delegation(), [MANAGER])]
    with pytest.raises(UserError, match="runs from"):
        _sign_as_sun(on=date(2026, 4, 1), delegations=delegations)
    assert _sign_as_sun(delegations=delegations).delegator == "zhao"


def test_refusals_are_translated() -> None:
    set_language("zh_CN")
    with pytest.raises(UserError) as refused:
        route(replace(M, roles={k: v for k, v in M.roles.items() if k != GM}),
              kinds={COMPENSATION}, cumulative_minor=6_000_000)  # fmt: skip
    assert "60,000.00 CNY" in str(refused.value) and "审批权限表" in str(refused.value)
    assert HandlingKind.THIRD_PARTY.label() == "由客户向第三方索赔"
    assert Meaning.FINAL_SIGNOFF.label() == "最终批示（生效）"


def test_the_canonical_json_of_the_default_matrix() -> None:
    """The stored form is what signatures pin: a change to it must be deliberate."""
    every = '"approve_kinds":["compensation","concession","discount","repair","replacement","return","rework","sorting","third_party"]'
    expected = (
        '{"base_currency":"CNY","roles":{'
        '"administrator":{"actions":["administer"],"approve_kinds":[],"money_limit":0},'
        '"field_staff":{"actions":["confirm_quantities"],"approve_kinds":[],"money_limit":0},'
        f'"general_manager":{{"actions":["approve_money","final_signoff"],{every},"money_limit":null}},'
        '"qa_engineer":{"actions":["close","edit","propose","register"],"approve_kinds":[],"money_limit":0},'
        f'"qa_manager":{{"actions":["approve_money","close","edit","register","reopen"],{every},'
        '"money_limit":5000000},'
        '"sales":{"actions":["register"],"approve_kinds":[],"money_limit":0}},"version":1}'
    )
    assert matrix_to_json(M) == expected
    assert matrix_hash(M) == hashlib.sha256(expected.encode()).hexdigest()


def test_at_the_same_limit_a_role_without_the_final_signoff_approves_first() -> None:
    """Two unlimited roles: the director approves and the general manager signs, two people."""
    director = RoleRights(frozenset({Action.APPROVE_MONEY}), ALL, None)
    m = Matrix(2, "CNY", {**M.roles, "director": director})
    check_matrix(m)
    assert [(s.role, s.meaning) for s in route(m, kinds={RETURN}, cumulative_minor=9_000_000)] == [
        ("director", Meaning.APPROVED),
        (GM, Meaning.FINAL_SIGNOFF),
    ]
    assert route(m, kinds={RETURN}, cumulative_minor=EXAMPLE)[0].role == MANAGER  # lower still


def test_a_one_step_route_is_submitted_until_its_final_signoff() -> None:
    steps = route(default_matrix(), kinds={HandlingKind.COMPENSATION}, cumulative_minor=6_000_000)
    assert len(steps) == 1
    assert route_state(steps, []).state is ProposalState.SUBMITTED
    assert route_state(steps, [(1, Meaning.FINAL_SIGNOFF)]).state is ProposalState.BINDING
