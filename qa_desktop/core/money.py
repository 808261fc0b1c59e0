"""Money as stored: whole minor units (fen, cent) of a currency, never a float.

A float cannot hold 0.10 exactly and sums drift; the claim amounts of this issue and the
compensation limits of the authority matrix (ROADMAP step 2) are counted in integers.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.money_text import minor_digits, minor_text
from qa_desktop.core.register_vocab import Currency

__all__ = [
    "CONTEXT",
    "MAX_MINOR",
    "amount_sql",
    "from_minor",
    "minor_digits",
    "minor_text",
    "to_base",
    "to_minor",
]

CONTEXT = "Money"

# The largest amount, in minor units, a proposal line or its conversion may hold: 10^13 fen is
# ¥100 billion, far beyond any claim on steel coils, so anything larger is a typing or import
# mistake. It also keeps every sum exact where it is no longer an integer: exports divide minor
# units by 100.0 in SQLite (amount_sql), and a double is exact for integers below 2^53 ≈ 9×10^15,
# so even ~900 maximal lines on one complaint add up to the cent.
MAX_MINOR = 10**13


def to_minor(amount: Decimal, currency: str) -> int:
    """38600.00 CNY -> 3860000 (validation made sure there are no finer places)."""
    return int(amount.scaleb(minor_digits(currency)))


def from_minor(minor: int | None, currency: str) -> Decimal | None:
    return None if minor is None else Decimal(minor).scaleb(-minor_digits(currency))


def amount_sql(minor: str, currency: str) -> str:
    """SQL for the amount of a minor-units column in its currency (for exports that select it)."""
    whole = [c.value for c in Currency if c.minor_digits == 0]
    divisor = (
        f"CASE WHEN {currency} IN ({', '.join(repr(c) for c in whole)}) THEN 1.0 ELSE 100.0 END"
    )
    return f"({minor} / {divisor})"


def to_base(amount_minor: int, currency: str, rate: Decimal | None, base_currency: str) -> int:
    """An amount in minor units of `currency` as minor units of `base_currency`, converted at
    `rate` (base units per one unit of `currency`, as the proposal recorded it), exactly, then
    rounded half up to the base's minor unit (the yen has none).

    Each conversion rounds by at most half a minor unit, so k lines converted one by one add up
    to within ⌊k/2⌋ minor units of the same money converted as one line."""
    _known(currency)
    _known(base_currency)
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int):
        raise translated(CONTEXT, QT_TRANSLATE_NOOP("Money", "The amount is not a number."))
    if amount_minor < 0:
        raise translated(CONTEXT, QT_TRANSLATE_NOOP("Money", "The amount cannot be negative."))
    if amount_minor > MAX_MINOR:
        raise _too_large(currency)
    if currency == base_currency:
        if rate is not None and not _is_one(_number(rate)):
            raise translated(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Money", "An amount in the base currency {currency} takes no rate other than 1."
                ),
                currency=base_currency,
            )
        return amount_minor
    try:
        exact = _converted(
            amount_minor, _rate(rate, currency, base_currency), currency, base_currency
        )
    except decimal.Overflow:  # a rate like 1E+999999: far beyond the ceiling anyway
        raise _too_large(base_currency) from None
    if exact > MAX_MINOR:
        raise _too_large(base_currency)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _converted(amount_minor: int, rate: Decimal, currency: str, base: str) -> Decimal:
    """amount × rate, moved from the line's minor unit to the base's, with no digit lost."""
    shift = minor_digits(base) - minor_digits(currency)
    digits = len(str(amount_minor)) + len(rate.as_tuple().digits) + 2
    with localcontext(Context(prec=digits)):
        return (Decimal(amount_minor) * rate).scaleb(shift)


def _rate(rate: Decimal | None, currency: str, base: str) -> Decimal:
    if rate is None:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Money", "Enter the rate from {currency} to {base} used for this amount."
            ),
            currency=currency,
            base=base,
        )
    value = _number(rate)
    if not value.is_finite() or value <= 0:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Money", "The rate from {currency} to {base} must be a number greater than zero."
            ),
            currency=currency,
            base=base,
        )
    return value


def _is_one(rate: Decimal) -> bool:
    return rate.is_finite() and rate == 1  # NaN and sNaN are not 1 (sNaN may not be compared)


def _number(rate: object) -> Decimal:
    """A rate as a Decimal; a float is refused because it cannot hold 7.1 exactly."""
    if isinstance(rate, Decimal):
        return rate
    if isinstance(rate, int) and not isinstance(rate, bool):
        return Decimal(rate)
    raise translated(CONTEXT, QT_TRANSLATE_NOOP("Money", "The rate is not a number."))


def _known(currency: str) -> None:
    try:
        Currency(currency)
    except ValueError:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP("Money", "The currency {currency} is not one the application knows."),
            currency=currency,
        ) from None


def _too_large(currency: str) -> UserError:
    return translated(
        CONTEXT,
        QT_TRANSLATE_NOOP("Money", "The amount is too large: at most {largest} is accepted."),
        largest=minor_text(MAX_MINOR, currency),
    )
