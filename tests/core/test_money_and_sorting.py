"""Money in minor units; customer names in pinyin order."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_desktop.core.money import from_minor, to_minor
from qa_desktop.core.sorting import name_matches, sort_key
from qa_desktop.core.vocab import Currency


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [("38600.00", "CNY", 3_860_000), ("0.10", "USD", 10), ("120000", "JPY", 120_000)],
)
def test_money_round_trips_through_minor_units(amount, currency, minor) -> None:
    assert to_minor(Decimal(amount), currency) == minor
    assert from_minor(minor, currency) == Decimal(amount)
    assert from_minor(None, currency) is None


def test_chinese_names_sort_by_pinyin_and_latin_names_among_them() -> None:
    names = ["上海申达电梯装饰板厂", "Ankara Paslanmaz Çelik A.Ş.", "佛山某不锈钢制品厂",
             "潮州彩塘厨具有限公司", "重庆渝江汽车排气系统", "Gulf Metal Industries LLC",
             "ankara boru"]  # fmt: skip
    ordered = sorted(names, key=sort_key)
    assert ordered == [
        "ankara boru",
        "Ankara Paslanmaz Çelik A.Ş.",
        "潮州彩塘厨具有限公司",  # chao
        "重庆渝江汽车排气系统",  # chong (a polyphone read as in 重庆)
        "佛山某不锈钢制品厂",  # fo
        "Gulf Metal Industries LLC",
        "上海申达电梯装饰板厂",  # shang
    ]
    assert sort_key("Kraków Inox").startswith("krakow inox")


@pytest.mark.parametrize(
    ("typed", "hit"),
    [
        ("佛山", True), ("制品厂", True), ("fs", True), ("FSM", True), ("foshan", True),
        ("fo shan", True), ("FoShanMou", True), ("zpc", True), ("Foshan Stainless", True),
        ("stainless products", True), ("", True), ("潮州", False), ("cz", False),
        ("foshna", False),
    ],
)  # fmt: skip
def test_a_filter_finds_a_customer_by_name_pinyin_or_initials(typed, hit):
    name = "佛山某不锈钢制品厂"
    assert name_matches(typed, name, "Foshan Stainless Products Works", sort_key(name)) is hit


def test_a_filter_ignores_case_and_accents_in_latin_names():
    name = "Kraków Inox Sp. z o.o."
    assert name_matches("krakow", name, "", sort_key(name))
    assert name_matches("KIS", name, "", sort_key(name)), "initials of Latin words too"


@given(
    minor=st.integers(min_value=-(10**13), max_value=10**13),
    currency=st.sampled_from([*(c.value for c in Currency), "XXX"]),
)
def test_an_amount_reads_as_decimal_writes_it(minor: int, currency: str) -> None:
    """money_text writes amounts with integers alone; Decimal, which it replaced there, agrees."""
    from qa_desktop.core.money import minor_digits, minor_text

    digits = minor_digits(currency)
    assert minor_text(minor, currency) == f"{Decimal(minor).scaleb(-digits):,.{digits}f} {currency}"


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_register_number_reads_as_decimal_writes_it(value: float) -> None:
    from qa_desktop.core.register import plain_number

    assert plain_number(value) == f"{Decimal(str(value)).normalize():f}"
