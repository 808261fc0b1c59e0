"""A figure as a person types it into a visit's cell or answer, read as a Decimal. Pure.

What is taken: digits with at most one decimal point, a sign, and commas only as thousands
separators ("1,000.5"); full-width forms (a Chinese input method's "１２３", "０.５") as their
ASCII digits; spaces around; an exponent ("1e20", so that the caller can say it is too
large). What is refused, because a reading would be a guess: "1,5" (a decimal comma or a
typo?), "NaN", hexadecimal, Python's "1_000". Minus zero is zero, so it never prints as "-0".
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_FIGURE = re.compile(
    r"[+-]?(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?"
)


def typed_number(text: str) -> Decimal:
    """The figure `text` holds; ValueError when it is not one (see the module)."""
    figure = unicodedata.normalize("NFKC", str(text)).strip()
    if not _FIGURE.fullmatch(figure):
        raise ValueError(f"not a number: {text[:40]!r}")
    value = Decimal(figure.replace(",", ""))
    return value.copy_abs() if value.is_zero() else value


def number_text(value: Decimal) -> str:
    """A figure as stored in text (a checklist answer): plain digits, as typed otherwise."""
    return format(value, "f")
