"""Property-based tests of the authority rules (hypothesis): random valid matrices, role sets,
amounts, currencies with rates and sequences of proposals."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from qa_desktop.core.authority import (
    COUNTING,
    MAX_MINOR,
    Action,
    Delegation,
    HandlingKind,
    Matrix,
    Meaning,
    ProposalState,
    ProposalTotal,
    RoleRights,
    authority_rank,
    check_matrix,
    cumulative,
    matrix_from_json,
    matrix_hash,
    matrix_to_json,
    may,
    may_sign,
    money_limit,
    route,
    route_state,
    to_base,
)
from qa_desktop.core.errors import UserError
from qa_desktop.core.money import minor_digits
from qa_desktop.core.vocab import Currency

FAST = settings(max_examples=100, deadline=None)
CODES = ["field_staff", "qa_engineer", "qa_manager", "general_manager", "sales", "r1", "部长"]
# Limits and amounts drawn from the same levels (and next to them), so that limits fall between,
# on and just beside the amounts compared, where a wrong comparison shows.
LEVELS = [0, 1, 100_000, 2_000_000, 5_000_000, 10_000_000, 10**9]
limits = st.one_of(st.none(), st.sampled_from(LEVELS), st.integers(0, 10**9))
amounts = st.one_of(
    st.sampled_from([max(0, level + d) for level in LEVELS for d in (-1, 0, 1)]),
    st.integers(0, 2 * 10**9),
)
kind_sets = st.frozensets(st.sampled_from(list(HandlingKind)), min_size=1)
rights = st.builds(
    RoleRights,
    st.frozensets(st.sampled_from(list(Action))),
    st.frozensets(st.sampled_from(list(HandlingKind))),
    limits,
)


@st.composite
def matrices(draw: st.DrawFn) -> Matrix:
    """Random rows, then the two things check_matrix insists on put on random roles: one role
    that approves every kind with no limit, and one that gives the final sign-off."""
    codes = draw(st.lists(st.sampled_from(CODES), min_size=1, max_size=len(CODES), unique=True))
    roles = {code: draw(rights) for code in codes}
    top, final = draw(st.sampled_from(codes)), draw(st.sampled_from(codes))
    roles[top] = RoleRights(
        roles[top].actions | {Action.APPROVE_MONEY}, frozenset(HandlingKind), None
    )
    roles[final] = replace(roles[final], actions=roles[final].actions | {Action.FINAL_SIGNOFF})
    base = draw(st.sampled_from([c.value for c in Currency]))
    return Matrix(draw(st.integers(1, 10**6)), base, roles)


@FAST
@given(matrices(), kind_sets, amounts)
def test_a_route_always_exists_covers_the_money_and_ends_with_the_final_signoff(m, kinds, amount):
    check_matrix(m)  # the generator makes only valid matrices; this is also check_matrix's test
    steps = route(m, kinds=kinds, cumulative_minor=amount)
    approver, last = m.roles[steps[0].role], m.roles[steps[-1].role]
    assert kinds <= approver.approve_kinds and approver.covers(amount)
    if amount:
        assert approver.approves_money and (approver.money_limit or 10**30) >= amount
    assert steps[-1].meaning is Meaning.FINAL_SIGNOFF and Action.FINAL_SIGNOFF in last.actions
    assert len(steps) == (1 if Action.FINAL_SIGNOFF in approver.actions else 2)
    # The lowest sufficient authority: no role that could approve it ranks below the one chosen.
    chosen = (authority_rank(approver), steps[0].role)
    for code, other in m.roles.items():
        if kinds <= other.approve_kinds and other.covers(amount):
            assert chosen <= (authority_rank(other), code)
    state = route_state(steps, [(s.order, s.meaning) for s in steps])
    assert state.binding and state.state is ProposalState.BINDING


@FAST
@given(matrices(), kind_sets, amounts, amounts)
def test_the_approver_never_gets_lower_as_the_amount_grows(m, kinds, a, b):
    low, high = sorted((a, b))
    lower = route(m, kinds=kinds, cumulative_minor=low)[0]
    higher = route(m, kinds=kinds, cumulative_minor=high)[0]
    assert authority_rank(m.roles[lower.role]) <= authority_rank(m.roles[higher.role])


@FAST
@given(
    matrices(),
    kind_sets,
    st.lists(
        st.one_of(st.sampled_from(LEVELS[:5]), st.integers(0, 3 * 10**8)), min_size=1, max_size=8
    ),
    st.lists(st.sampled_from(list(ProposalState)), max_size=4),
)
def test_splitting_an_amount_into_proposals_never_lowers_the_approver(m, kinds, parts, noise):
    """Proposals submitted one after another, among drafts, rejected and withdrawn ones: the
    highest approver any of them needs is the one the sum needs as a single proposal."""
    others = [ProposalTotal(f"n{i}", s, 10**9) for i, s in enumerate(noise) if s not in COUNTING]
    ranks, totals = [], []
    for i, part in enumerate(parts):
        total = cumulative(others, part)
        if part:
            totals.append(total)
            ranks.append(
                authority_rank(m.roles[route(m, kinds=kinds, cumulative_minor=total)[0].role])
            )
        others.append(ProposalTotal(f"p{i}", ProposalState.SUBMITTED, part))
    assert totals == sorted(totals) and totals[-1:] == ([sum(parts)] if sum(parts) else [])
    single = authority_rank(m.roles[route(m, kinds=kinds, cumulative_minor=sum(parts))[0].role])
    assert max(ranks, default=single) == single


@FAST
@given(matrices(), st.lists(st.sampled_from(CODES), max_size=4), st.sampled_from(list(Action)))
def test_several_roles_hold_the_union_and_no_more(m, roles, action):
    assert may(m, roles, action) == any(may(m, [r], action) for r in roles)
    limit = money_limit(m, roles)
    for r in roles:
        own = money_limit(m, [r])
        assert limit is None or (own is not None and own <= limit)


def _exact(amount: int, currency: str, rate: Decimal, base: str) -> Fraction:
    return (
        Fraction(amount)
        * Fraction(rate)
        * Fraction(10) ** (minor_digits(base) - minor_digits(currency))
    )


currencies = st.sampled_from([c.value for c in Currency])
rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(1000), places=6, allow_nan=False)


@FAST
@given(currencies, currencies, rates, st.lists(st.integers(0, 10**7), min_size=1, max_size=10))
def test_to_base_rounds_each_line_by_at_most_half_a_unit(currency, base, rate, parts):
    """Converting k lines one by one and as one line differ by at most ⌊k/2⌋ base minor units."""
    assume(currency != base)
    total = sum(parts)
    whole = to_base(total, currency, rate, base)
    assert abs(Fraction(whole) - _exact(total, currency, rate, base)) <= Fraction(1, 2)
    split = sum(to_base(p, currency, rate, base) for p in parts)
    assert abs(split - whole) <= len(parts) // 2


@FAST
@given(currencies, st.integers(0, MAX_MINOR))
def test_to_base_keeps_an_amount_in_the_base_currency(currency, amount):
    assert (
        to_base(amount, currency, None, currency)
        == amount
        == to_base(amount, currency, Decimal("1.000"), currency)
    )


def test_to_base_rounds_half_up_to_the_minor_unit_of_the_base() -> None:
    assert to_base(1, "USD", Decimal("0.5"), "CNY") == 1  # 0.005 yuan: half a fen, up
    assert to_base(1, "USD", Decimal("0.4999"), "CNY") == 0
    assert to_base(100, "JPY", Decimal("0.0485"), "CNY") == 485  # 100 yen = 4.85 yuan
    assert to_base(150, "CNY", Decimal("20.3"), "JPY") == 30  # 1.50 yuan = 30.45 yen -> 30
    assert to_base(10**13, "USD", Decimal("0.987654321987654321"), "CNY") == int(
        (Decimal(10**13) * Decimal("0.987654321987654321")).quantize(Decimal(1), ROUND_HALF_UP)
    )  # 31 significant digits: beyond Decimal's default precision of 28


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        ((100, "XYZ", Decimal(1), "CNY"), "The currency XYZ is not one"),
        ((100, "USD", Decimal(7), "ABC"), "The currency ABC is not one"),
        ((100, "USD", None, "CNY"), "Enter the rate from USD to CNY"),
        ((100, "USD", Decimal(0), "CNY"), "The rate from USD to CNY must be a number greater than zero"),
        ((100, "USD", Decimal("-7.1"), "CNY"), "greater than zero"),
        ((100, "USD", Decimal("NaN"), "CNY"), "greater than zero"),
        ((100, "USD", Decimal("sNaN"), "CNY"), "greater than zero"),
        ((100, "USD", Decimal("Infinity"), "CNY"), "greater than zero"),
        ((100, "USD", 7.1, "CNY"), "The rate is not a number"),
        ((100, "CNY", Decimal(2), "CNY"), "base currency CNY takes no rate other than 1"),
        ((100, "CNY", Decimal("sNaN"), "CNY"), "no rate other than 1"),
        ((-1, "CNY", None, "CNY"), "cannot be negative"),
        ((1.5, "CNY", None, "CNY"), "The amount is not a number"),
        ((True, "CNY", None, "CNY"), "The amount is not a number"),
        ((MAX_MINOR + 1, "JPY", Decimal("0.05"), "CNY"), "at most 10,000,000,000,000 JPY"),
        ((10**12, "USD", Decimal(100), "CNY"), "at most 100,000,000,000.00 CNY"),
        ((1, "USD", Decimal("1E+999999"), "CNY"), "too large"),
    ],
)  # fmt: skip
def test_to_base_refuses(args, sentence: str) -> None:
    with pytest.raises(UserError, match=sentence):
        to_base(*args)


@FAST
@given(matrices())
def test_the_json_round_trip_is_identity_and_the_hash_is_stable(m):
    text = matrix_to_json(m)
    again = matrix_from_json(text)
    assert again == m and matrix_to_json(again) == text and matrix_hash(again) == matrix_hash(m)
    reordered = Matrix(m.version, m.base_currency, dict(reversed(list(m.roles.items()))))
    assert matrix_hash(reordered) == matrix_hash(m)
    assert json.loads(text) and " " not in text.replace("部长", "")


GOOD = json.loads(matrix_to_json(Matrix(1, "CNY", {"a": RoleRights(frozenset({Action.EDIT}))})))


def _mutated(path: list[str], value: object) -> str:
    data = json.loads(json.dumps(GOOD))
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("{", "not readable JSON"),
        ("[]", "wrong kind at “/”"),
        ('{"version":NaN}', "not readable JSON"),
        ("[" * 100_000, "not readable JSON"),
        (_mutated(["version"], KeyError), "has no “version”"),
        (_mutated(["extra"], 1), "unknown field “extra”"),
        (_mutated(["roles", "a", "money_limit"], KeyError), "has no “roles.a.money_limit”"),
        (_mutated(["roles", "a", "actions"], ["edit", "fly"]), "the role a an unknown action “fly”"),
        (_mutated(["roles", "a", "approve_kinds"], ["gift"]), "unknown kind of handling “gift”"),
        (_mutated(["roles", "a", "actions"], "edit"), "wrong kind at “roles.a.actions”"),
        (_mutated(["roles", "a", "money_limit"], -5), "of the role a must be a whole number"),
        (_mutated(["roles", "a", "money_limit"], 1.5), "of the role a must be a whole number"),
        (_mutated(["roles", "a", "money_limit"], 100.0), "of the role a must be a whole number"),
        (_mutated(["roles", "a", "money_limit"], True), "of the role a must be a whole number"),
        (_mutated(["roles", "a", "money_limit"], "5"), "of the role a must be a whole number"),
        (_mutated(["roles", "a"], []), "wrong kind at “roles.a”"),
        (_mutated(["version"], "1"), "wrong kind at “version”"),
        (_mutated(["version"], 0), "wrong kind at “version”"),
        (_mutated(["base_currency"], 5), "wrong kind at “base_currency”"),
        ('{"version":1,"version":2,"base_currency":"CNY","roles":{}}', "names “version” twice"),
    ],
)  # fmt: skip
def test_matrix_from_json_refuses_with_one_sentence(text: str, sentence: str) -> None:
    with pytest.raises(UserError, match=sentence):
        matrix_from_json(text)


@FAST
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["version", "base_currency", "roles", "actions", "approve_kinds", "money_limit", "a"]), inner, max_size=4),
    max_leaves=20,
))  # fmt: skip
def test_matrix_from_json_never_raises_anything_but_a_sentence(data):
    try:
        matrix_from_json(json.dumps(data))
    except UserError as refused:
        assert str(refused).endswith(".")


@FAST
@given(
    matrices(),
    kind_sets,
    amounts,
    st.sampled_from(["li", "zhao", "sun"]),
    st.lists(st.sampled_from(CODES), max_size=3),
    st.lists(st.tuples(st.sampled_from(["li", "zhao", "sun"]), st.lists(st.sampled_from(CODES), max_size=3),
                       st.one_of(st.none(), amounts)), max_size=3),
)  # fmt: skip
def test_only_someone_with_the_right_signs_and_never_the_proposer(
    m, kinds, amount, signer, roles, given_by
):
    day = date(2026, 3, 12)
    delegations = [(Delegation(who, signer, day, day, cap), held) for who, held, cap in given_by]
    for step in route(m, kinds=kinds, cumulative_minor=amount):
        try:
            authority = may_sign(m, step, signer=signer, signer_roles=roles, proposer="li",
                                 cumulative_minor=amount, on=day, delegations=delegations)  # fmt: skip
        except UserError:
            continue
        assert signer != "li" and authority.delegator != "li"
        if authority.own:
            assert step.role in roles
        else:
            d, held = next((d, h) for d, h in delegations if d is authority.delegation)
            assert step.role in held and d.delegator == authority.delegator != signer
            assert not step.money or d.cap_minor is None or d.cap_minor >= amount
        rights = m.roles[step.role]
        assert step.kinds <= rights.approve_kinds and (not step.money or rights.covers(amount))
