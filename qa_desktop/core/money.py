"""Money as stored: whole minor units (fen, cent) of a currency, never a float.

A float cannot hold 0.10 exactly and sums drift; the claim amounts of this issue and the
compensation limits of the authority matrix (ROADMAP step 2) are counted in integers.
"""

from __future__ import annotations

from decimal import Decimal

from qa_desktop.core.vocab import Currency


def minor_digits(currency: str) -> int:
    """Places after the point: 2 for most currencies, 0 for the yen; 2 for an unknown code."""
    try:
        return Currency(currency).minor_digits
    except ValueError:
        return 2


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
