"""Rules a complaint must meet before anything is written. Pure: no database, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from qa_desktop.core import coil_forms
from qa_desktop.core.drafts import MULTILINE_FIELDS, CoilDraft, ComplaintDraft, Number
from qa_desktop.core.errors import FieldError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.text import clean_line, clean_multiline
from qa_desktop.core.vocab import (
    OTHER_DEFECT,
    Category,
    Channel,
    Currency,
    GoodsState,
    Market,
    SamplesReturned,
    Severity,
    Unit,
)

CONTEXT = "Validation"

REQUIRED_TEXT = {
    "customer_name": QT_TRANSLATE_NOOP("Validation", "Enter the customer."),
    "channel": QT_TRANSLATE_NOOP("Validation", "Choose how the complaint arrived."),
    "market": QT_TRANSLATE_NOOP("Validation", "Choose domestic or export."),
    "category": QT_TRANSLATE_NOOP("Validation", "Choose the category."),
    "severity": QT_TRANSLATE_NOOP("Validation", "Choose the severity."),
    "description": QT_TRANSLATE_NOOP(
        "Validation", "Describe the defect as the customer reports it."
    ),
    "owner": QT_TRANSLATE_NOOP("Validation", "Name the owner of the case."),
}
CHOICES = {
    "channel": Channel,
    "market": Market,
    "category": Category,
    "severity": Severity,
    "goods_state": GoodsState,
    "affected_unit": Unit,
    "shipped_unit": Unit,
    "claim_currency": Currency,
    "samples_returned": SamplesReturned,
}
# Longer than this is a paste gone wrong, not a complaint: refused before it reaches a form.
MAX_LINE = 500
MAX_NAME = 200  # a customer's name: the Customers screen allows the same
MAX_TEXT = 20_000  # Excel holds at most 32,767 characters in a cell


# Above this a number cannot be stored exactly (the database keeps up to 15 significant digits,
# 3 of them decimals) and "1e400" would fail when saved instead of here.
LARGEST = Decimal(10) ** 12


@dataclass(frozen=True)
class Rules:
    """Department settings the rules depend on (core/settings.py)."""

    coil_forms: tuple[str, ...] = ()  # core/coil_forms.py; empty: the default rule
    future_tolerance: timedelta = timedelta(minutes=10)


@dataclass(frozen=True)
class CleanCoil:
    coil_no: str
    heat_no: str
    grade: str
    thickness_mm: Decimal | None
    width_mm: Decimal | None
    finish: str
    weight_kg: Decimal | None
    quantity: Decimal | None
    unit: str


class _Collector:
    def __init__(self, lang: str | None) -> None:
        self.errors: list[FieldError] = []
        self.lang = lang

    def add(self, field: str, message: str, row: int | None = None, **values: object) -> None:
        text = translate(CONTEXT, message, self.lang).format(**values)
        self.errors.append(FieldError(field, text, row))

    def number(
        self, field: str, raw: Number, *, row: int | None = None, positive: bool = False
    ) -> Decimal | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        try:
            text = raw.strip().replace(",", "") if isinstance(raw, str) else str(raw)
            value = Decimal(text)
        except InvalidOperation:
            self.add(field, QT_TRANSLATE_NOOP("Validation", "Enter a number."), row)
            return None
        if not value.is_finite():
            self.add(field, QT_TRANSLATE_NOOP("Validation", "Enter a number."), row)
            return None
        if abs(value) >= LARGEST:
            self.add(field, QT_TRANSLATE_NOOP("Validation", "This number is too large."), row)
            return None
        if value < 0 or (positive and value == 0):
            message = (
                QT_TRANSLATE_NOOP("Validation", "Enter a number above zero.")
                if positive
                else QT_TRANSLATE_NOOP(
                    "Validation", "Enter zero or more; a quantity cannot be negative."
                )
            )
            self.add(field, message, row)
            return None
        return value


def normalize_coil_no(raw: str) -> str:
    return "".join(raw.split()).upper()


def coil_fits(coil_no: str, forms: tuple[str, ...]) -> bool:
    """Whether a coil number, as it will be stored, fits the department's forms."""
    return coil_forms.fits(normalize_coil_no(coil_no), forms)


def clean_texts(draft: ComplaintDraft) -> ComplaintDraft:
    """The draft with control characters removed from every text (core/text.py), coils too."""
    changes = {
        f.name: (clean_multiline if f.name in MULTILINE_FIELDS else clean_line)(value)
        for f in fields(draft)
        if isinstance(value := getattr(draft, f.name), str)
    }
    coils = [
        replace(
            coil,
            **{
                f.name: clean_line(v)
                for f in fields(coil)
                if isinstance(v := getattr(coil, f.name), str)
            },
        )
        for coil in draft.coils
    ]
    return replace(draft, **changes, coils=coils)


def validate(
    draft: ComplaintDraft, rules: Rules, now: datetime, lang: str | None = None
) -> tuple[list[FieldError], ComplaintDraft, list[CleanCoil]]:
    """All problems in the draft, in one pass, plus the draft cleaned, numbers parsed."""
    draft = clean_texts(draft)
    if draft.defect_type_code != OTHER_DEFECT:  # the words belong to the type "other" only
        draft = replace(draft, defect_other="")
    errors = _Collector(lang)
    _check_lengths(draft, errors)
    for name, message in REQUIRED_TEXT.items():
        if not str(getattr(draft, name) or "").strip():
            errors.add(name, message)
    for name, vocabulary in CHOICES.items():
        value = getattr(draft, name)
        if value and value not in {member.value for member in vocabulary}:
            errors.add(name, QT_TRANSLATE_NOOP("Validation", "Choose a value from the list."))
    _check_received(draft, rules, now, errors)
    numbers = {
        "shipped_qty": errors.number("shipped_qty", draft.shipped_qty),
        "affected_qty": errors.number("affected_qty", draft.affected_qty),
        "defect_rate": errors.number("defect_rate", draft.defect_rate),
        "claim_amount": _claim(draft, errors),
    }
    rate = numbers["defect_rate"]
    if rate is not None and rate > 100:
        errors.add(
            "defect_rate", QT_TRANSLATE_NOOP("Validation", "A defect rate cannot exceed 100 %.")
        )
        numbers["defect_rate"] = None
    for qty, unit in (("affected_qty", "affected_unit"), ("shipped_qty", "shipped_unit")):
        # Asked for whenever a quantity is typed, even one still wrong: every error at once.
        if _given(getattr(draft, qty)) and not getattr(draft, unit):
            errors.add(unit, QT_TRANSLATE_NOOP("Validation", "Choose the unit of this quantity."))
    if draft.defect_type_code == OTHER_DEFECT and not draft.defect_other.strip():
        errors.add(
            "defect_other",
            QT_TRANSLATE_NOOP("Validation", "Say what the defect is (its type is “other”)."),
        )
    if draft.ship_date and draft.received_at and draft.ship_date > draft.received_at.date():
        errors.add(
            "ship_date",
            QT_TRANSLATE_NOOP(
                "Validation", "The goods cannot ship after the complaint was received."
            ),
        )
    coils = _check_coils(draft.coils, rules, errors)
    if draft.category == Category.QUALITY and not coils:
        errors.add(
            "coils",
            QT_TRANSLATE_NOOP(
                "Validation", "A product-quality complaint needs at least one coil or lot number."
            ),
        )
    clean = replace(draft, **numbers)
    return errors.errors, clean, coils


def _examples(forms: tuple[str, ...], lang: str | None) -> str:
    """How the department's numbers look, for the message: e.g. S01A2345-67 / LOT/0123/45."""
    if not forms:
        return coil_forms.describe_all(forms, lang)[0].rstrip(".。")
    examples = " / ".join(coil_forms.example(form) for form in forms[:3])
    return translate(CONTEXT, QT_TRANSLATE_NOOP("Validation", "e.g. {examples}"), lang).format(
        examples=examples
    )


def _given(raw: Number) -> bool:
    return raw is not None and not (isinstance(raw, str) and not raw.strip())


def _check_lengths(draft: ComplaintDraft, errors: _Collector) -> None:
    for f in fields(draft):
        value = getattr(draft, f.name)
        if not isinstance(value, str):
            continue
        limit = (
            MAX_TEXT
            if f.name in MULTILINE_FIELDS
            else MAX_NAME
            if f.name == "customer_name"
            else MAX_LINE
        )
        if len(value) > limit:
            errors.add(f.name, QT_TRANSLATE_NOOP("Validation", "At most {n} characters."), n=limit)


def _claim(draft: ComplaintDraft, errors: _Collector) -> Decimal | None:
    """The customer's claimed amount: a number of money in its currency, to the cent (fen)."""
    amount = errors.number("claim_amount", draft.claim_amount)
    if _given(draft.claim_amount) and not draft.claim_currency:
        errors.add(
            "claim_currency", QT_TRANSLATE_NOOP("Validation", "Choose the currency of the claim.")
        )
    if amount is None or draft.claim_currency not in {c.value for c in Currency}:
        return amount
    digits = Currency(draft.claim_currency).minor_digits
    if amount != amount.quantize(Decimal(1).scaleb(-digits)):
        message = (
            QT_TRANSLATE_NOOP("Validation", "An amount in this currency has no decimals.")
            if digits == 0
            else QT_TRANSLATE_NOOP("Validation", "Give the amount to the cent at most.")
        )
        errors.add("claim_amount", message)
        return None
    return amount


def _check_received(draft: ComplaintDraft, rules: Rules, now: datetime, errors: _Collector) -> None:
    received = draft.received_at
    if received is None:
        errors.add(
            "received_at", QT_TRANSLATE_NOOP("Validation", "Enter when the complaint was received.")
        )
    elif received.tzinfo is None:
        errors.add(
            "received_at", QT_TRANSLATE_NOOP("Validation", "The received time needs a time zone.")
        )
    elif received > now + rules.future_tolerance:
        errors.add(
            "received_at",
            QT_TRANSLATE_NOOP("Validation", "The received time lies in the future."),
        )


def _check_coils(coils: list[CoilDraft], rules: Rules, errors: _Collector) -> list[CleanCoil]:
    seen: dict[str, int] = {}
    clean: list[CleanCoil] = []
    rows = [(row, coil) for row, coil in enumerate(coils) if not coil.is_blank()]
    for row, coil in rows:
        coil_no = normalize_coil_no(coil.coil_no)
        if not coil_no:
            errors.add(
                "coil_no", QT_TRANSLATE_NOOP("Validation", "Enter the coil or lot number."), row
            )
        elif len(coil_no) > coil_forms.MAX_COIL_LENGTH:
            errors.add(
                "coil_no",
                QT_TRANSLATE_NOOP("Validation", "At most {n} characters."),
                row,
                n=coil_forms.MAX_COIL_LENGTH,
            )
        elif not coil_forms.fits(coil_no, rules.coil_forms):
            errors.add(
                "coil_no",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Coil number {coil} does not look like the department's coil numbers "
                    "({examples}).",
                ),
                row,
                coil=coil_no,
                examples=_examples(rules.coil_forms, errors.lang),
            )
        elif coil_no in seen:
            errors.add(
                "coil_no",
                QT_TRANSLATE_NOOP(
                    "Validation", "Coil {coil} is listed twice (also in line {line})."
                ),
                row,
                coil=coil_no,
                line=seen[coil_no] + 1,
            )
        else:
            seen[coil_no] = row
        for name in ("heat_no", "grade", "finish"):
            if len(getattr(coil, name)) > MAX_LINE:
                errors.add(
                    name,
                    QT_TRANSLATE_NOOP("Validation", "At most {n} characters."),
                    row,
                    n=MAX_LINE,
                )
        values = {
            "thickness_mm": errors.number(
                "thickness_mm", coil.thickness_mm, row=row, positive=True
            ),
            "width_mm": errors.number("width_mm", coil.width_mm, row=row, positive=True),
            "weight_kg": errors.number("weight_kg", coil.weight_kg, row=row),
            "quantity": errors.number("quantity", coil.quantity, row=row),
        }
        if _given(coil.quantity) and not coil.unit:
            errors.add(
                "unit", QT_TRANSLATE_NOOP("Validation", "Choose the unit of this quantity."), row
            )
        elif coil.unit and coil.unit not in {member.value for member in Unit}:
            errors.add(
                "unit", QT_TRANSLATE_NOOP("Validation", "Choose a value from the list."), row
            )
        clean.append(
            CleanCoil(
                coil_no=coil_no,
                heat_no=coil.heat_no.strip().upper(),
                grade=coil.grade.strip(),
                finish=coil.finish.strip(),
                unit=coil.unit,
                **values,
            )
        )
    return clean
