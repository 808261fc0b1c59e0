"""A handling proposal's lines as typed (a screen, the CLI, an import), checked and cleaned.

Pure: every problem is a FieldError on its line, so a form marks the cell and nothing is
written. Amounts become integer minor units and are converted to the base currency at the
rate the line records (core/money.py), so the authority limits compare like with like."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from qa_desktop.core.errors import FieldError, UserError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.money import MAX_MINOR, minor_digits, to_base, to_minor
from qa_desktop.core.text import clean_line, clean_multiline
from qa_desktop.core.vocab import Currency, HandlingKind

CONTEXT = "Proposals"
MAX_REASON = 2000


@dataclass
class LineDraft:
    kind: str
    quantity: str = ""
    unit: str = ""
    amount: str = ""
    currency: str = "CNY"
    rate: str = ""  # base units per unit of `currency`; empty for the base currency
    reason: str = ""


@dataclass(frozen=True)
class CleanLine:
    kind: str
    quantity: Decimal | None
    unit: str
    amount_minor: int
    currency: str
    rate: Decimal
    base_minor: int
    reason: str


def check_lines(
    lines: list[LineDraft], base_currency: str, lang: str | None = None
) -> tuple[list[CleanLine], list[FieldError]]:
    clean, errors = [], []
    if not lines:
        errors.append(FieldError("lines", _say(NO_LINES, lang)))
    for row, line in enumerate(lines):
        result = _line(row, line, base_currency, lang)
        if isinstance(result, CleanLine):
            clean.append(result)
        else:
            errors.extend(result)
    return clean, errors


NO_LINES = QT_TRANSLATE_NOOP("Proposals", "Add at least one line of handling.")
BAD_KIND = QT_TRANSLATE_NOOP("Proposals", "Choose the kind of handling.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Proposals", "{value} is not a number.")
NEGATIVE = QT_TRANSLATE_NOOP("Proposals", "A quantity or an amount cannot be negative.")
TOO_FINE = QT_TRANSLATE_NOOP(
    "Proposals", "{currency} amounts have at most {places} decimal places."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Proposals", "The amount is beyond any settlement this department makes."
)
BAD_CURRENCY = QT_TRANSLATE_NOOP("Proposals", "{currency} is not a currency this department uses.")
NO_RATE = QT_TRANSLATE_NOOP(
    "Proposals", "Give the rate used: how many {base} one {currency} was worth."
)
LONG_REASON = QT_TRANSLATE_NOOP("Proposals", "Keep the reason under {limit} characters.")
NO_UNIT = QT_TRANSLATE_NOOP("Proposals", "Give the unit of the quantity.")


def _say(message: str, lang: str | None, **values: object) -> str:
    return translate(CONTEXT, message, lang).format(**values)


def _line(row: int, line: LineDraft, base: str, lang: str | None) -> CleanLine | list[FieldError]:
    errors: list[FieldError] = []

    def fail(field: str, message: str, **values: object) -> None:
        errors.append(FieldError(field, _say(message, lang, **values), row))

    kind = clean_line(line.kind).strip()
    if kind not in {k.value for k in HandlingKind}:
        fail("kind", BAD_KIND)
    quantity = _decimal(line.quantity, "quantity", fail)
    unit = clean_line(line.unit).strip()
    if quantity is not None and not unit:
        fail("unit", NO_UNIT)
    currency = clean_line(line.currency).strip().upper() or base
    if currency not in {c.value for c in Currency}:
        fail("currency", BAD_CURRENCY, currency=currency)
        currency = base
    amount = _decimal(line.amount, "amount", fail) or Decimal(0)
    if amount.as_tuple().exponent < -minor_digits(currency):
        fail("amount", TOO_FINE, currency=currency, places=minor_digits(currency))
    elif amount.scaleb(minor_digits(currency)) > MAX_MINOR:
        fail("amount", TOO_LARGE)
    rate = _decimal(line.rate, "rate", fail)
    if currency != base and amount and rate in (None, Decimal(0)):
        fail("rate", NO_RATE, base=base, currency=currency)
    reason = clean_multiline(line.reason).strip()
    if len(reason) > MAX_REASON:
        fail("reason", LONG_REASON, limit=MAX_REASON)
    if errors:
        return errors
    minor = to_minor(amount, currency)
    try:
        base_minor = to_base(minor, currency, rate if currency != base else None, base)
    except UserError as exc:
        return [FieldError("rate" if currency != base else "amount", str(exc), row)]
    return CleanLine(kind, quantity, unit, minor, currency, rate or Decimal(1), base_minor, reason)


def _decimal(text: str, field: str, fail) -> Decimal | None:
    text = clean_line(str(text)).strip().replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        fail(field, BAD_NUMBER, value=text[:40])
        return None
    if not value.is_finite():
        fail(field, BAD_NUMBER, value=text[:40])
        return None
    if value < 0:
        fail(field, NEGATIVE)
        return None
    return value
