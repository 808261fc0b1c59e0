"""How an amount in whole minor units reads: "38,600.00 CNY" (the code, not a symbol: ¥ is both
yuan and yen). Apart from core/money.py, which re-exports it beside its Decimal arithmetic, so
that the register's first page writes its amounts without loading `decimal`."""

from __future__ import annotations

from qa_desktop.core.register_vocab import Currency


def minor_digits(currency: str) -> int:
    """Places after the point: 2 for most currencies, 0 for the yen; 2 for an unknown code."""
    try:
        return Currency(currency).minor_digits
    except ValueError:
        return 2


def minor_text(minor: int, currency: str) -> str:
    """3860000 CNY -> "38,600.00 CNY"; -5 CNY -> "-0.05 CNY"; 1200 JPY -> "1,200 JPY"."""
    digits = minor_digits(currency)
    whole, part = divmod(abs(minor), 10**digits)
    sign = "-" if minor < 0 else ""
    fraction = f".{part:0{digits}d}" if digits else ""
    return f"{sign}{whole:,}{fraction} {currency}"
