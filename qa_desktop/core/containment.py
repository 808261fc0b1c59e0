"""Containment of the suspect material (D3), by place: the lines as typed, checked. Pure.

A line says where suspect material is (vocab.ContainmentPlace), which coils or lots, and four
figures in one unit, each counted among the quantity checked:

- checked: the suspect material found at that place and checked;
- held: of it, put on HOLD (冻结), kept from use or shipment;
- defective: of it, found defective;
- released: of it, found OK and released, marked as such (`ok_marking`).

So none exceeds the quantity checked, and released + defective ≤ checked: released material is
OK material, never the defective part. Held overlaps the other two (material is held, then
sorted, then released or not), so it is bounded by the quantity checked alone. What is neither
defective nor released (`Quantities.undecided`) is still being sorted, or, at the customer,
used without a defect. A figure without the
quantity checked is refused (it is counted among it); a line may have no figure yet (the lot
is named, the count follows). Released material must say how it is marked: material nobody can
tell from the suspect rest is not contained.

Figures are read as a visit's coil cells are (numbers.typed_number: full-width digits and
thousands commas taken; "NaN", "1,5", hexadecimal refused): zero or more, at most three
decimals, below 10^12. Every problem is one sentence naming the line and the field.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal

from qa_desktop.core.errors import FieldError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.numbers import typed_number
from qa_desktop.core.text import clean_multiline, single_spaced
from qa_desktop.core.validation import LARGEST, MAX_LINE, MAX_TEXT
from qa_desktop.core.vocab import ContainmentPlace, Unit

CONTEXT = "Containment"
PLACES = Decimal("0.001")  # three decimals, as the database keeps them
QUANTITIES = ("checked", "held", "defective", "released")
MAX_LINES = 5_000  # lots by the pallet of a large shipment; more is a paste gone wrong
AT_CUSTOMER = (ContainmentPlace.CUSTOMER_USED.value, ContainmentPlace.CUSTOMER_UNUSED.value)

# The figures' names, as a sentence names them ("the quantity held").
FIELD_NAMES = {
    "checked": QT_TRANSLATE_NOOP("Containment", "quantity checked"),
    "held": QT_TRANSLATE_NOOP("Containment", "quantity held"),
    "defective": QT_TRANSLATE_NOOP("Containment", "defective quantity"),
    "released": QT_TRANSLATE_NOOP("Containment", "quantity released"),
    "reference": QT_TRANSLATE_NOOP("Containment", "coil or lot numbers"),
    "ok_marking": QT_TRANSLATE_NOOP("Containment", "marking of OK material"),
    "result": QT_TRANSLATE_NOOP("Containment", "result"),
}
NOT_NUMBER = QT_TRANSLATE_NOOP("Containment", "Line {line}: the {field} is not a number.")
TOO_LARGE = QT_TRANSLATE_NOOP("Containment", "Line {line}: the {field} is too large.")
NEGATIVE = QT_TRANSLATE_NOOP("Containment", "Line {line}: the {field} cannot be negative.")
DECIMALS = QT_TRANSLATE_NOOP(
    "Containment", "Line {line}: the {field} has more than three decimals."
)
NO_CHECKED = QT_TRANSLATE_NOOP(
    "Containment", "Line {line}: enter the quantity checked; the {field} is counted among it."
)
OVER_CHECKED = QT_TRANSLATE_NOOP(
    "Containment",
    "Line {line}: the {field} ({part}) cannot exceed the quantity checked ({checked}).",
)
RELEASED_DEFECTIVE = QT_TRANSLATE_NOOP(
    "Containment",
    "Line {line}: released ({released}) and defective ({defective}) together exceed the "
    "quantity checked ({checked}); released material is the OK part only.",
)
NO_MARKING = QT_TRANSLATE_NOOP(
    "Containment", "Line {line}: say how the released OK material is marked."
)
NO_PLACE = QT_TRANSLATE_NOOP("Containment", "Line {line}: choose where the material is.")
NO_UNIT = QT_TRANSLATE_NOOP("Containment", "Line {line}: choose the unit of its quantities.")
TOO_LONG = QT_TRANSLATE_NOOP("Containment", "Line {line}: the {field} is at most {n} characters.")
TAKEN_TWICE = QT_TRANSLATE_NOOP(
    "Containment",
    "Line {line} counts coil {coil} of the site visit again (as line {other} does); count it once.",
)
TOO_MANY = QT_TRANSLATE_NOOP("Containment", "A case holds at most {n} containment lines.")


@dataclass(frozen=True)
class ContainmentDraft:
    """One line as typed: every field the text of its cell. `uuid` is the stored line's ("" for
    a new one), `visit_coil` the uuid of the site visit's coil line it was taken from."""

    place: str = ""
    reference: str = ""
    checked: str = ""
    held: str = ""
    defective: str = ""
    released: str = ""
    unit: str = Unit.TONNES.value
    ok_marking: str = ""
    result: str = ""
    uuid: str = ""
    visit_coil: str = ""

    def is_blank(self) -> bool:
        """An empty row of the table: its place and unit are preset, so they do not count."""
        typed = ("reference", *QUANTITIES, "ok_marking", "result")
        return not self.visit_coil and all(not str(getattr(self, name)).strip() for name in typed)


@dataclass(frozen=True)
class CleanLine:
    place: str
    reference: str
    checked: Decimal | None
    held: Decimal | None
    defective: Decimal | None
    released: Decimal | None
    unit: str
    ok_marking: str
    result: str
    uuid: str
    visit_coil: str
    row: int  # the draft's index in what was checked


@dataclass(frozen=True)
class Quantities:
    """The four figures of some lines added up (a missing figure counts zero)."""

    checked: Decimal = Decimal(0)
    held: Decimal = Decimal(0)
    defective: Decimal = Decimal(0)
    released: Decimal = Decimal(0)

    @property
    def undecided(self) -> Decimal:
        """Checked, and neither found defective nor released."""
        return self.checked - self.defective - self.released

    def __add__(self, other: Quantities) -> Quantities:
        return Quantities(*(getattr(self, n) + getattr(other, n) for n in QUANTITIES))

    @classmethod
    def of(cls, line: CleanLine) -> Quantities:
        return cls(*(getattr(line, name) or Decimal(0) for name in QUANTITIES))


@dataclass(frozen=True)
class Totals:
    """Per place and unit, in the places' order; overall per unit (tonnes never add to pieces)."""

    by_place: dict[tuple[str, str], Quantities]
    overall: dict[str, Quantities]
    lines: int


def field_name(field: str, lang: str | None = None) -> str:
    return translate(CONTEXT, FIELD_NAMES[field], lang)


def shown(value: Decimal) -> str:
    """A figure as a sentence or a cell shows it: 212.000 → 212, 6.350 → 6.35."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class _Line:
    """The problems of one line, each a translated sentence beside its cell."""

    def __init__(self, row: int, lang: str | None, errors: list[FieldError]) -> None:
        self.row, self.lang, self.errors, self.count = row, lang, errors, 0

    def add(self, cell: str, message: str, /, **values: object) -> None:
        """The sentence beside `cell`; it names the field of the cell unless told another."""
        if "field" not in values and cell in FIELD_NAMES:
            values["field"] = field_name(cell, self.lang)
        text = translate(CONTEXT, message, self.lang).format(line=self.row + 1, **values)
        self.errors.append(FieldError(cell, text, self.row))
        self.count += 1

    def number(self, field: str, raw: str) -> Decimal | None:
        if not str(raw).strip():
            return None
        try:
            value = typed_number(str(raw))
        except ValueError:
            value = Decimal("NaN")
        if not value.is_finite():
            self.add(field, NOT_NUMBER)
        elif abs(value) >= LARGEST:  # before quantize, which fails on 1e308
            self.add(field, TOO_LARGE)
        elif value < 0:
            self.add(field, NEGATIVE)
        elif value != value.quantize(PLACES):
            self.add(field, DECIMALS)
        else:
            return value
        return None


def check_lines(
    drafts: list[ContainmentDraft], lang: str | None = None
) -> tuple[list[CleanLine], list[FieldError]]:
    """The lines parsed, and every problem at once. Blank rows are skipped; a row keeps its
    index in `drafts`. Only lines without a problem are in the clean list: save when there is
    no error at all."""
    errors: list[FieldError] = []
    if len(drafts) > MAX_LINES and sum(not d.is_blank() for d in drafts) > MAX_LINES:
        text = translate(CONTEXT, TOO_MANY, lang).format(n=f"{MAX_LINES:,}")
        return [], [FieldError("lines", text)]
    clean: list[CleanLine] = []
    taken: dict[tuple[str, str], int] = {}
    for index, draft in enumerate(drafts):
        if draft.is_blank():
            continue
        line = _Line(index, lang, errors)
        checked = _checked_line(draft, line)
        if checked.visit_coil:
            _check_taken_once(checked, taken, line)
        if line.count == 0:
            clean.append(checked)
    return clean, errors


def _checked_line(draft: ContainmentDraft, line: _Line) -> CleanLine:
    place = str(draft.place)
    if place not in {p.value for p in ContainmentPlace}:
        line.add("place", NO_PLACE)
    texts = {
        "reference": single_spaced(str(draft.reference)),
        "ok_marking": single_spaced(str(draft.ok_marking)),
        "result": clean_multiline(str(draft.result)).strip(),
    }
    for name, text in texts.items():
        limit = MAX_TEXT if name == "result" else MAX_LINE
        if len(text) > limit:
            line.add(name, TOO_LONG, n=f"{limit:,}")
    numbers = {name: line.number(name, getattr(draft, name)) for name in QUANTITIES}
    _check_figures(draft, numbers, texts["ok_marking"], line)
    unit = str(draft.unit)
    counted = any(str(getattr(draft, name)).strip() for name in QUANTITIES)
    if unit not in {u.value for u in Unit} and (counted or unit):  # none: nothing to count
        line.add("unit", NO_UNIT)
    # A line moved away from the customer is no longer the site visit's count.
    visit_coil = str(draft.visit_coil).strip() if place in AT_CUSTOMER else ""
    return CleanLine(place=place, unit=unit, uuid=str(draft.uuid).strip(),
                     visit_coil=visit_coil, row=line.row, **texts, **numbers)  # fmt: skip


def _check_figures(
    draft: ContainmentDraft, numbers: dict[str, Decimal | None], marking: str, line: _Line
) -> None:
    checked = numbers["checked"]
    has_checked = bool(str(draft.checked).strip())
    for name in ("held", "defective", "released"):
        part = numbers[name]
        if part is None:
            continue
        if not has_checked:
            line.add("checked", NO_CHECKED, field=field_name(name, line.lang))
            return
        if checked is not None and part > checked:
            line.add(name, OVER_CHECKED, part=shown(part), checked=shown(checked))
    defective, released = numbers["defective"], numbers["released"]
    if checked is not None and defective is not None and released is not None:
        each_fits = defective <= checked and released <= checked  # else said above
        if each_fits and defective + released > checked:
            line.add("released", RELEASED_DEFECTIVE, released=shown(released),
                     defective=shown(defective), checked=shown(checked))  # fmt: skip
    if released is not None and released > 0 and not marking:
        line.add("ok_marking", NO_MARKING)


def _check_taken_once(clean: CleanLine, taken: dict[tuple[str, str], int], line: _Line) -> None:
    key = (clean.visit_coil, clean.place)
    if key in taken:
        coil = clean.reference or clean.visit_coil
        line.add("reference", TAKEN_TWICE, coil=coil, other=taken[key] + 1)
    else:
        taken[key] = clean.row


def totals(clean: list[CleanLine]) -> Totals:
    """The sums per place and unit (in the places', then the units' order) and per unit."""
    by_place: dict[tuple[str, str], Quantities] = {}
    overall: dict[str, Quantities] = {}
    for line in clean:
        figures = Quantities.of(line)
        key = (line.place, line.unit)
        by_place[key] = by_place.get(key, Quantities()) + figures
        overall[line.unit] = overall.get(line.unit, Quantities()) + figures
    places = [p.value for p in ContainmentPlace]
    units = [u.value for u in Unit]

    def order(unit: str) -> int:
        return units.index(unit) if unit in units else len(units)

    return Totals(
        by_place=dict(
            sorted(by_place.items(), key=lambda kv: (places.index(kv[0][0]), order(kv[0][1])))
        ),
        overall=dict(sorted(overall.items(), key=lambda kv: order(kv[0]))),
        lines=len(clean),
    )


def draft_of(line: CleanLine) -> ContainmentDraft:
    """A checked line as the table shows it again."""
    values = {f.name: getattr(line, f.name) for f in fields(ContainmentDraft)}
    for name in QUANTITIES:
        values[name] = "" if values[name] is None else shown(values[name])
    return ContainmentDraft(**values)


def with_figures(draft: ContainmentDraft, proposed: ContainmentDraft) -> ContainmentDraft:
    """`draft` with the figures a site visit gives (`proposed`): what was counted there
    (checked, defective, unit, the coil), keeping what containment added (held, released,
    marking, result) and the line's identity."""
    return replace(draft, checked=proposed.checked, defective=proposed.defective,
                   unit=proposed.unit, reference=draft.reference or proposed.reference)  # fmt: skip
