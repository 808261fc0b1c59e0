"""The coil lines of a site visit and what the customer signs for them. Pure: no database, no Qt.

On site the customer confirms quantities — used, unused, defective among each — and nothing
else (seed 000 §4.4.3): an amount, a disposition or a promise in what the customer signs would
be a commitment field staff have no authority to make. `confirmation_record` therefore holds
only coil lines and quantities, and `refuse_commitments` refuses anything else a service is
handed to put there.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from uuid import UUID

from qa_desktop.core import coil_forms
from qa_desktop.core.errors import FieldError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.numbers import typed_number
from qa_desktop.core.signing import canonical
from qa_desktop.core.text import clean_line, single_spaced
from qa_desktop.core.validation import LARGEST, MAX_LINE, MAX_NAME, normalize_coil_no
from qa_desktop.core.vocab import Unit

CONTEXT = "Visits"
PURPOSE = "qa-desktop customer quantity confirmation v1"
PLACES = Decimal("0.001")  # quantities to three decimals at most, as the database keeps them
QUANTITIES = ("used", "unused", "defective_used", "defective_unused")
NUMBERS = ("weight", *QUANTITIES)
TEXTS = ("heat_no", "grade", "specification")

STATEMENT_EN = QT_TRANSLATE_NOOP(
    "Visits",
    "These are the defective quantities found together on site. Handling and compensation are "
    "subject to the company's written approval.",
)
STATEMENT_ZH = "以上为双方现场共同确认的不良数量。处理与赔偿以公司书面批准为准。"


@dataclass(frozen=True)
class VisitCoilDraft:
    """One coil line as typed on site; every field the text of its cell."""

    coil_no: str
    heat_no: str = ""
    grade: str = ""
    specification: str = ""
    weight: str = ""  # kilograms
    used: str = ""
    unused: str = ""
    defective_used: str = ""
    defective_unused: str = ""
    unit: str = Unit.PIECES.value

    def is_blank(self) -> bool:
        """An empty row of the table (its unit is preset, so it does not count)."""
        return all(not str(getattr(self, f.name)).strip() for f in fields(self) if f.name != "unit")


@dataclass(frozen=True)
class CleanVisitCoil:
    coil_no: str
    heat_no: str
    grade: str
    specification: str
    weight_kg: Decimal | None
    used: Decimal | None
    unused: Decimal | None
    defective_used: Decimal | None
    defective_unused: Decimal | None
    unit: str


@dataclass(frozen=True)
class Totals:
    used: Decimal = Decimal(0)
    unused: Decimal = Decimal(0)
    defective_used: Decimal = Decimal(0)
    defective_unused: Decimal = Decimal(0)


class _Row:
    """The errors of one line, each translated and put beside its cell."""

    def __init__(self, row: int, lang: str | None, errors: list[FieldError]) -> None:
        self.row, self.lang, self.errors, self.count = row, lang, errors, 0

    def add(self, field: str, message: str, **values: object) -> None:
        self.errors.append(
            FieldError(field, translate(CONTEXT, message, self.lang).format(**values), self.row)
        )
        self.count += 1

    def number(self, field: str, raw: str) -> Decimal | None:
        if not str(raw).strip():
            return None
        try:
            value = typed_number(str(raw))
        except ValueError:
            value = Decimal("NaN")
        if not value.is_finite():
            self.add(field, QT_TRANSLATE_NOOP("Visits", "Enter a number."))
        elif abs(value) >= LARGEST:
            self.add(field, QT_TRANSLATE_NOOP("Visits", "This number is too large."))
        elif value < 0:
            self.add(
                field,
                QT_TRANSLATE_NOOP("Visits", "Enter zero or more; a quantity cannot be negative."),
            )
        elif value != value.quantize(PLACES):
            self.add(field, QT_TRANSLATE_NOOP("Visits", "Give at most three decimals."))
        else:
            return value
        return None


def check_visit_coils(
    lines: list[VisitCoilDraft], forms: tuple[str, ...], lang: str | None = None
) -> tuple[list[CleanVisitCoil], list[FieldError]]:
    """The lines parsed, and every problem at once. Blank rows are skipped; a row keeps its
    index in `lines`. Only rows without a problem are in the clean list: save when there is
    no error at all."""
    errors: list[FieldError] = []
    clean: list[CleanVisitCoil] = []
    seen: dict[str, int] = {}
    for index, line in enumerate(lines):
        if line.is_blank():
            continue
        row = _Row(index, lang, errors)
        coil_no = _check_coil_no(line.coil_no, forms, seen, row)
        texts = {name: " ".join(clean_line(str(getattr(line, name))).split()) for name in TEXTS}
        for name, text in texts.items():
            if len(text) > MAX_LINE:
                row.add(name, QT_TRANSLATE_NOOP("Visits", "At most {n} characters."), n=MAX_LINE)
        numbers = {name: row.number(name, getattr(line, name)) for name in NUMBERS}
        _check_quantities(line, numbers, row)
        if row.count == 0:
            weight = numbers.pop("weight")
            texts["heat_no"] = texts["heat_no"].upper()
            clean.append(
                CleanVisitCoil(
                    coil_no=coil_no, weight_kg=weight, unit=line.unit, **texts, **numbers
                )
            )
    return clean, errors


def _check_coil_no(raw: str, forms: tuple[str, ...], seen: dict[str, int], row: _Row) -> str:
    """The coil number as stored, checked as validation.py checks a complaint's coils."""
    coil_no = normalize_coil_no(clean_line(str(raw)))
    if not coil_no:
        row.add("coil_no", QT_TRANSLATE_NOOP("Visits", "Enter the coil or lot number."))
    elif len(coil_no) > coil_forms.MAX_COIL_LENGTH:
        row.add(
            "coil_no",
            QT_TRANSLATE_NOOP("Visits", "At most {n} characters."),
            n=coil_forms.MAX_COIL_LENGTH,
        )
    elif not coil_forms.fits(coil_no, forms):
        row.add(
            "coil_no",
            QT_TRANSLATE_NOOP(
                "Visits",
                "Coil number {coil} does not look like the department's coil numbers ({examples}).",
            ),
            coil=coil_no,
            examples=_examples(forms, row.lang),
        )
    elif coil_no in seen:
        row.add(
            "coil_no",
            QT_TRANSLATE_NOOP("Visits", "Coil {coil} is listed twice (also in line {line})."),
            coil=coil_no,
            line=seen[coil_no] + 1,
        )
    else:
        seen[coil_no] = row.row
    return coil_no


def _examples(forms: tuple[str, ...], lang: str | None) -> str:
    if not forms:
        return coil_forms.describe_all(forms, lang)[0].rstrip(".。")
    examples = " / ".join(coil_forms.example(form) for form in forms[:3])
    return translate(CONTEXT, QT_TRANSLATE_NOOP("Visits", "e.g. {examples}"), lang).format(
        examples=examples
    )


def _check_quantities(line: VisitCoilDraft, numbers: dict[str, Decimal | None], row: _Row) -> None:
    if not str(line.used).strip() and not str(line.unused).strip():
        row.add(
            "used",
            QT_TRANSLATE_NOOP("Visits", "Enter the quantity used, the quantity unused or both."),
        )
    for defective, whole in (("defective_used", "used"), ("defective_unused", "unused")):
        part, total = numbers[defective], numbers[whole]
        if part is None or not str(getattr(line, whole)).strip():
            if part is not None and part > 0:
                row.add(
                    whole,
                    QT_TRANSLATE_NOOP(
                        "Visits", "Enter the quantity the defective ones are counted among."
                    ),
                )
            continue
        if total is not None and part > total:
            row.add(
                defective,
                QT_TRANSLATE_NOOP(
                    "Visits", "The defective quantity cannot exceed the quantity it is part of."
                ),
            )
    if line.unit not in {member.value for member in Unit}:
        row.add("unit", QT_TRANSLATE_NOOP("Visits", "Choose a value from the list."))


def totals(clean: list[CleanVisitCoil]) -> dict[str, Totals]:
    """The sums of each quantity per unit (pieces and tonnes never add up)."""
    sums: dict[str, dict[str, Decimal]] = {}
    for line in clean:
        unit = sums.setdefault(line.unit, dict.fromkeys(QUANTITIES, Decimal(0)))
        for name in QUANTITIES:
            unit[name] += getattr(line, name) or Decimal(0)
    return {unit: Totals(**values) for unit, values in sums.items()}


# --- what the customer signs -----------------------------------------------------------------

LINE_KEYS = ("coil_no", "heat_no", "grade", "specification", "weight_kg", *QUANTITIES, "unit")
SIGNER_KEYS = ("name", "position")
RECORD_KEYS = ("purpose", "case_no", "case_uuid", "visit_uuid", "lines", "signer", "statement")
# Everything a service may hand over to be signed: the record's keys, a line's, a draft's.
ALLOWED_KEYS = frozenset(
    (*RECORD_KEYS, *LINE_KEYS, *SIGNER_KEYS, *(f.name for f in fields(VisitCoilDraft)))
)


def confirmation_record(
    case_no: str,
    case_uuid: UUID | str,
    visit_uuid: UUID | str,
    clean_lines: list[CleanVisitCoil],
    signer_name: str,
    signer_position: str,
) -> dict[str, object]:
    """The data the customer's signature is bound to: coil lines and quantities, the signer,
    the statement. Lines sorted by coil number, so reordering the table changes nothing."""
    name, position = single_spaced(signer_name), single_spaced(signer_position)
    if not clean_lines:
        raise translated(CONTEXT, QT_TRANSLATE_NOOP("Visits", "Add the coil lines to confirm."))
    if not name or not position:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP("Visits", "Enter the signer's name and position as printed."),
        )
    if max(len(name), len(position)) > MAX_NAME:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Visits", "The signer's name and position are at most {n} characters each."
            ),
            n=MAX_NAME,
        )
    lines = [
        {key: getattr(line, key) for key in LINE_KEYS}
        for line in sorted(clean_lines, key=lambda line: line.coil_no)
    ]
    record: dict[str, object] = {
        "purpose": PURPOSE,
        "case_no": case_no,
        "case_uuid": str(UUID(str(case_uuid))),
        "visit_uuid": str(UUID(str(visit_uuid))),
        "lines": lines,
        "signer": {"name": name, "position": position},
        "statement": STATEMENT_EN,
    }
    refuse_commitments(record)
    return record


def confirmation_hash(record: Mapping[str, object]) -> str:
    """SHA-256 (hex) of the record's canonical bytes (signing.canonical)."""
    return hashlib.sha256(canonical(record)).hexdigest()


def signed_hash(record: Mapping[str, object], strokes_json: str) -> str:
    """SHA-256 (hex) binding the customer's strokes (signature_strokes.strokes_to_json) to the
    record they attest: neither can be swapped for another without the hash changing."""
    both = {"record": record, "strokes": json.loads(strokes_json)}
    return hashlib.sha256(canonical(both)).hexdigest()


def refuse_commitments(values: Mapping[str, object], lang: str | None = None) -> None:
    """Refuse anything but quantities in what the customer signs: every key, in nested
    mappings and lists too, must be one of ALLOWED_KEYS (amount, currency, disposition,
    handling, promise, price … are not). A list of allowed keys, not of forbidden words,
    because a new word for a promise would pass a list of forbidden ones."""
    for key, value in values.items():
        if str(key) not in ALLOWED_KEYS:
            raise translated(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Visits",
                    "The customer confirms quantities only: “{field}” cannot be part of what "
                    "the customer signs.",
                ),
                lang,
                field=key,
            )
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, Mapping):
                refuse_commitments(item, lang)
