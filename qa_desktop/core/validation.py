"""Rules a complaint must meet before anything is written. Pure: no database, no Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from qa_desktop.core.drafts import CoilDraft, ComplaintDraft, Number
from qa_desktop.core.errors import FieldError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.vocab import Category, Channel, GoodsState, Market, Severity, Unit

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
}


# Above this a number cannot be stored exactly (the database keeps up to 15 significant digits,
# 3 of them decimals) and "1e400" would fail when saved instead of here.
LARGEST = Decimal(10) ** 12


@dataclass(frozen=True)
class Rules:
    """Department settings the rules depend on (core/settings.py)."""

    coil_pattern: str
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


def coil_fits(coil_no: str, pattern: str | re.Pattern[str]) -> bool:
    """Whether a coil number, as stored (normalized), matches the department's pattern in full."""
    return re.fullmatch(pattern, normalize_coil_no(coil_no)) is not None


def validate(
    draft: ComplaintDraft, rules: Rules, now: datetime, lang: str | None = None
) -> tuple[list[FieldError], ComplaintDraft, list[CleanCoil]]:
    """All problems in the draft, plus the draft with numbers parsed and coils cleaned."""
    errors = _Collector(lang)
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
    }
    rate = numbers["defect_rate"]
    if rate is not None and rate > 100:
        errors.add(
            "defect_rate", QT_TRANSLATE_NOOP("Validation", "A defect rate cannot exceed 100 %.")
        )
        numbers["defect_rate"] = None
    for qty, unit in (("affected_qty", "affected_unit"), ("shipped_qty", "shipped_unit")):
        if numbers[qty] is not None and not getattr(draft, unit):
            errors.add(unit, QT_TRANSLATE_NOOP("Validation", "Choose the unit of this quantity."))
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
    pattern = re.compile(rules.coil_pattern)  # once for all lines
    seen: dict[str, int] = {}
    clean: list[CleanCoil] = []
    rows = [(row, coil) for row, coil in enumerate(coils) if not coil.is_blank()]
    for row, coil in rows:
        coil_no = normalize_coil_no(coil.coil_no)
        if not coil_no:
            errors.add(
                "coil_no", QT_TRANSLATE_NOOP("Validation", "Enter the coil or lot number."), row
            )
        elif not coil_fits(coil_no, pattern):
            errors.add(
                "coil_no",
                QT_TRANSLATE_NOOP(
                    "Validation", "Coil number {coil} does not match the department's pattern."
                ),
                row,
                coil=coil_no,
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
        values = {
            "thickness_mm": errors.number(
                "thickness_mm", coil.thickness_mm, row=row, positive=True
            ),
            "width_mm": errors.number("width_mm", coil.width_mm, row=row, positive=True),
            "weight_kg": errors.number("weight_kg", coil.weight_kg, row=row),
            "quantity": errors.number("quantity", coil.quantity, row=row),
        }
        if values["quantity"] is not None and not coil.unit:
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
