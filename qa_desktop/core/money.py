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
