"""Containment at the customer, taken from the site visit: nothing counted there is typed twice.
Pure.

A finished visit's coil line gives up to two containment lines: at the customer, used (the
quantity used, the defective among it) and unused (the quantity unused, the defective among
it), in the visit's unit, linked to the visit's line by its uuid. Held and released are not
the visit's to say (the customer confirms quantities only): containment adds them.

A linked line keeps its own figures, because the 8D states what containment recorded and an
engineer may have counted again since. When the visit's line now says otherwise (the visit was
reopened and re-counted, or the line was removed), the containment line shows as changed with
one sentence giving the visit's figures now; taking from the visit again brings them over,
keeping what containment added. Nothing changes behind the engineer's back.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from qa_desktop.core.containment import AT_CUSTOMER, ContainmentDraft, shown, with_figures
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.numbers import typed_number
from qa_desktop.core.vocab import ContainmentPlace, Unit

CONTEXT = "Containment"
USED, UNUSED = ContainmentPlace.CUSTOMER_USED.value, ContainmentPlace.CUSTOMER_UNUSED.value

DIFFERS = QT_TRANSLATE_NOOP(
    "Containment",
    "Line {line} differs from coil {coil} of site visit {visit}, which now counts {checked} "
    "{unit}, {defective} of them defective.",
)
GONE = QT_TRANSLATE_NOOP(
    "Containment",
    "Line {line} was taken from a coil line of a site visit that no longer lists it.",
)


@dataclass(frozen=True)
class VisitFigures:
    """One coil line of a site visit of the case, as containment reads it."""

    visit_coil: str  # the line's uuid
    visit_number: int
    finished: bool
    coil_no: str
    used: Decimal | None
    unused: Decimal | None
    defective_used: Decimal | None
    defective_unused: Decimal | None
    unit: str

    def counted(self, place: str) -> tuple[Decimal | None, Decimal | None]:
        """(quantity, defective among it) at that place."""
        if place == USED:
            return self.used, self.defective_used
        return self.unused, self.defective_unused


@dataclass(frozen=True)
class Taken:
    lines: list[ContainmentDraft]
    added: int
    updated: int


def proposed_lines(figures: list[VisitFigures]) -> list[ContainmentDraft]:
    """The lines the finished visits give, in the visits' and their lines' order; a place
    where the visit counted nothing (blank or zero) gives none."""
    proposed = []
    for line in figures:
        if not line.finished:
            continue
        for place in AT_CUSTOMER:
            quantity, defective = line.counted(place)
            if not (quantity or defective):
                continue
            proposed.append(
                ContainmentDraft(
                    place=place,
                    reference=line.coil_no,
                    checked=_text(quantity),
                    defective=_text(defective),
                    unit=line.unit,
                    visit_coil=line.visit_coil,
                )
            )
    return proposed


def take(current: list[ContainmentDraft], proposed: list[ContainmentDraft]) -> Taken:
    """`current` with the visit's figures: a line already taken from the same coil line and
    place gets them (held, released, marking and result kept), the others are added (blank
    rows at the end go first)."""
    lines = list(current)
    where = {(d.visit_coil, d.place): i for i, d in enumerate(lines) if d.visit_coil}
    added = updated = 0
    while lines and lines[-1].is_blank():
        lines.pop()
    for line in proposed:
        index = where.get((line.visit_coil, line.place))
        if index is None:
            lines.append(line)
            added += 1
            continue
        new = with_figures(lines[index], line)
        if _figures(new) != _figures(lines[index]):
            lines[index] = new
            updated += 1
    return Taken(lines, added, updated)


def differences(
    drafts: list[ContainmentDraft], figures: list[VisitFigures], lang: str | None = None
) -> dict[int, str]:
    """Row -> the sentence, for each line taken from a visit whose line now says otherwise."""
    by_uuid = {f.visit_coil: f for f in figures}
    found: dict[int, str] = {}
    for row, draft in enumerate(drafts):
        if not draft.visit_coil or draft.place not in AT_CUSTOMER:
            continue
        source = by_uuid.get(draft.visit_coil)
        if source is None:
            found[row] = translate(CONTEXT, GONE, lang).format(line=row + 1)
            continue
        quantity, defective = source.counted(draft.place)
        same = (
            _same(draft.checked, quantity)
            and _same(draft.defective, defective)
            and draft.unit == source.unit
        )
        if not same:
            found[row] = translate(CONTEXT, DIFFERS, lang).format(
                line=row + 1,
                coil=source.coil_no,
                visit=source.visit_number,
                checked=shown(quantity or Decimal(0)),
                unit=_unit(source.unit, lang),
                defective=shown(defective or Decimal(0)),
            )
    return found


def _same(typed: str, counted: Decimal | None) -> bool:
    """A typed figure and the visit's: blank and zero are the same count."""
    try:
        value = typed_number(typed) if str(typed).strip() else Decimal(0)
    except ValueError:
        return False
    return value == (counted or Decimal(0))


def _figures(draft: ContainmentDraft) -> tuple[str, str, str, str]:
    return (draft.checked, draft.defective, draft.unit, draft.reference)


def _text(value: Decimal | None) -> str:
    return "" if value is None else shown(value)


def _unit(code: str, lang: str | None) -> str:
    return Unit(code).label(lang) if code in {u.value for u in Unit} else code
