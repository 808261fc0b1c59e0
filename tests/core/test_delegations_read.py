"""What the Delegations window reads: a person's delegations given and held, and a typed cap."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import ENGINEER, PASSWORD, add_test_accounts

from qa_desktop.core.errors import UserError
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.delegations import cap_from_text, delegate, delegations_of, revoke

MANAGER = Actor("chen", "陈主管")
DEPUTY = Actor("sun", "孙工")
WEEK = (date(2026, 3, 10), date(2026, 3, 17))


def test_a_person_sees_what_they_gave_and_hold_and_nobody_elses(db) -> None:
    add_test_accounts((MANAGER, "qa_manager"), (DEPUTY, "qa_engineer"))
    first = delegate(MANAGER, PASSWORD, DEPUTY.user_id, *WEEK, 4_000_000, "出差")
    second = delegate(MANAGER, PASSWORD, ENGINEER.user_id, *WEEK, 100)
    revoke(MANAGER, first.id)
    given = delegations_of(MANAGER.user_id)
    assert [(r.id, r.given, r.other_id, r.revoked) for r in given] == [
        (second.id, True, ENGINEER.user_id, False),
        (first.id, True, DEPUTY.user_id, True),
    ]
    [held] = delegations_of(DEPUTY.user_id)
    assert (held.given, held.other_name, held.cap_minor, held.reason) == (
        False,
        "陈主管",
        4_000_000,
        "出差",
    )
    assert (held.first_day, held.last_day) == WEEK
    assert delegations_of("qa.li") == []


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [("40,000", "CNY", 4_000_000), (" 0.5 ", "CNY", 50), ("", "CNY", None), ("7", "JPY", 7)],
)
def test_a_typed_cap_becomes_minor_units(typed: str, currency: str, minor: int | None) -> None:
    assert cap_from_text(typed, currency) == minor


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("四万", "is not an amount in CNY"),
        ("1.005", "at most 2 decimal places"),
        ("nan", "is not an amount"),
        ("1E+100", "can be at most 100,000,000,000.00 CNY"),
    ],
)
def test_a_cap_that_is_no_amount_is_one_sentence(typed: str, said: str) -> None:
    with pytest.raises(UserError, match=said):
        cap_from_text(typed, "CNY")
