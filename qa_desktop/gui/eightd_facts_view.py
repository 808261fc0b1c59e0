"""What flows into an 8D step from elsewhere, shown read-only above the step's fields (nothing is
typed twice): D0 the case in a line; D2 the complaint, its coils and what each site visit
counted; D3 the containment lines and their totals per place; D8 the approved handling and
where the actions stand. (D3, D5, D6 and D7 list the case's actions in their own field.)

Rich text built here from the case facts (core/eightd/facts.py): every value is escaped, so a
description with markup in it is shown as typed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QObject

from qa_desktop.core.eightd.facts import CaseFacts
from qa_desktop.core.i18n import current_language
from qa_desktop.core.vocab import ActionState, ContainmentPlace, HandlingKind
from qa_desktop.gui.values import unit_label

TABLE = '<table cellspacing="0" cellpadding="2" border="1" style="border-color:#bbb;">'


class EightDFacts(QObject):
    """The words of the facts, translated under this class's name."""

    def html(self, number: int, facts: CaseFacts) -> str:
        """What step `number` shows of the facts; "" for a step they do not concern."""
        shown: dict[int, Callable[[CaseFacts], str]] = {
            0: self._d0,
            2: self._d2,
            3: self._d3,
            8: self._d8,
        }
        return shown[number](facts) if number in shown else ""

    def _d0(self, f: CaseFacts) -> str:
        c = f.complaint
        parts = [c.case_no, c.customer, c.received_on.isoformat(), c.defect, c.product]
        return _p(" · ".join(escape(p) for p in parts if p))

    def _d2(self, f: CaseFacts) -> str:
        c = f.complaint
        unit = unit_label(c.affected_unit)
        pairs = [
            (self.tr("Customer"), c.customer),
            (self.tr("Customer's complaint no."), c.customer_complaint_no),
            (self.tr("Product"), " · ".join(p for p in (c.product, c.specification) if p)),
            (
                self.tr("Order / delivery note"),
                " / ".join(p for p in (c.order_no, c.delivery_note) if p),
            ),
            (self.tr("Shipped on"), c.ship_date.isoformat() if c.ship_date else ""),
            (self.tr("Date code"), c.date_code),
            (self.tr("Defect"), c.defect),
            (self.tr("Defect rate"), f"{c.defect_rate} %" if c.defect_rate else ""),
            (self.tr("Affected"), f"{c.affected} {unit}".strip() if c.affected else ""),
            (self.tr("As the customer reported it"), c.description),
            (self.tr("The customer asks for"), c.customer_request),
        ]
        out = [_heading(self.tr("The complaint")), _pairs(pairs)]
        if c.coils:
            head = [
                self.tr("Coil no."),
                self.tr("Heat no."),
                self.tr("Grade"),
                self.tr("Size (mm)"),
                self.tr("Finish"),
                self.tr("Weight (kg)"),
                self.tr("Quantity"),
            ]
            rows = [
                [
                    k.coil_no,
                    k.heat_no,
                    k.grade,
                    k.size,
                    k.finish,
                    k.weight_kg,
                    f"{k.quantity} {unit_label(k.unit)}".strip(),
                ]
                for k in c.coils
            ]
            out += [_heading(self.tr("Coils complained of")), _table(head, rows, right=(5, 6))]
        for visit in f.visits:
            if not visit.lines:
                continue
            title = self.tr("Counted at the customer on site visit %1 (%2)")
            title = title.replace("%1", str(visit.number)).replace("%2", visit.day.isoformat())
            if visit.confirmed:
                title += " — " + self.tr("confirmed by the customer")
            head = [
                self.tr("Coil no."),
                self.tr("Used"),
                self.tr("Unused"),
                self.tr("Defective among used"),
                self.tr("Defective among unused"),
                self.tr("Unit"),
            ]
            rows = [
                [
                    q.coil_no,
                    q.used,
                    q.unused,
                    q.defective_used,
                    q.defective_unused,
                    unit_label(q.unit),
                ]
                for q in visit.lines
            ]
            rows += [
                [
                    self.tr("Total"),
                    t.used,
                    t.unused,
                    t.defective_used,
                    t.defective_unused,
                    unit_label(t.unit),
                ]
                for t in visit.totals
            ]
            out += [
                _heading(title),
                _table(head, rows, right=(1, 2, 3, 4), bold_last=len(visit.totals)),
            ]
        return "".join(out)

    def _d3(self, f: CaseFacts) -> str:
        if not f.containment:
            return _p(escape(self.tr("No containment recorded yet (the Containment tab).")))
        lang = current_language()
        head = [
            self.tr("Place"),
            self.tr("Coil / lot no."),
            self.tr("Checked"),
            self.tr("Held (HOLD)"),
            self.tr("Defective"),
            self.tr("Released as OK"),
            self.tr("Unit"),
            self.tr("Marking of OK material"),
            self.tr("Result"),
        ]
        rows = [
            [
                _place(c.place, lang),
                c.reference,
                c.checked,
                c.held,
                c.defective,
                c.released,
                unit_label(c.unit),
                c.ok_marking,
                c.result,
            ]
            for c in f.containment
        ]
        total_head = [
            self.tr("Place"),
            self.tr("Lines"),
            self.tr("Checked"),
            self.tr("Held (HOLD)"),
            self.tr("Defective"),
            self.tr("Released as OK"),
            self.tr("Unit"),
        ]
        totals = [
            [
                _place(t.place, lang),
                str(t.lines),
                t.checked,
                t.held,
                t.defective,
                t.released,
                unit_label(t.unit),
            ]
            for t in f.containment_totals
        ]
        return "".join(
            [
                _heading(self.tr("Suspect material, from the Containment tab")),
                _table(head, rows, right=(2, 3, 4, 5)),
                _heading(self.tr("Totals per place")),
                _table(total_head, totals, right=(1, 2, 3, 4, 5)),
            ]
        )

    def _d8(self, f: CaseFacts) -> str:
        lang = current_language()
        out = []
        states = Counter(a.state for a in f.actions if a.state != ActionState.CANCELLED.value)
        if states:
            counted = ", ".join(
                f"{ActionState(s).label(lang)}: {n}" for s, n in sorted(states.items())
            )
            out.append(_pairs([(self.tr("Actions"), counted)]))
        for handling in f.handling:
            title = self.tr("Handling proposal %1").replace("%1", str(handling.number))
            title += " — " + (
                self.tr("binding (final sign-off given)")
                if handling.binding
                else self.tr("approved, not final: preliminary")
            )
            lines = "; ".join(
                " ".join(
                    p
                    for p in (
                        _kind(line.kind, lang),
                        line.quantity,
                        unit_label(line.unit),
                        f"{line.amount} {line.currency}".strip(),
                    )
                    if p
                )
                for line in handling.lines
            )
            signed = "; ".join(
                f"{s.name} ({s.position}) {s.signed_on.isoformat()}".replace(" ()", "")
                for s in handling.signers
            )
            pairs = [
                (self.tr("Summary"), handling.summary),
                (self.tr("Lines"), lines),
                (self.tr("Total"), f"{handling.total} {handling.currency}"),
                (self.tr("Signed by"), signed),
            ]
            out += [_heading(title), _pairs(pairs)]
        if not out:
            return _p(escape(self.tr("No actions and no approved handling yet.")))
        return "".join(out)


def facts_html(number: int, facts: CaseFacts) -> str:
    """What step `number` shows of the facts; "" for a step they do not concern."""
    return EightDFacts().html(number, facts)


# ----- pieces ------------------------------------------------------------------------------------
def _heading(text: str) -> str:
    return f'<p style="margin:6px 0 2px 0;"><b>{escape(text)}</b></p>'


def _p(html: str) -> str:
    return f'<p style="margin:0;">{html}</p>'


def _pairs(pairs: Sequence[tuple[str, str]]) -> str:
    rows = "".join(
        f'<tr><td style="color:#555; padding-right:8px;">{escape(label)}</td>'
        f"<td>{_lines(value)}</td></tr>"
        for label, value in pairs
        if value
    )
    return f'<table cellspacing="0" cellpadding="1">{rows}</table>'


def _table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    right: Sequence[int] = (),
    bold_last: int = 0,
) -> str:
    cells = "".join(f'<th style="background:#eee;">{escape(h)}</th>' for h in head)
    body = []
    for index, row in enumerate(rows):
        bold = index >= len(rows) - bold_last
        tds = "".join(
            f"<td{' align=right' if n in right else ''}>"
            f"{'<b>' if bold else ''}{_lines(v)}{'</b>' if bold else ''}</td>"
            for n, v in enumerate(row)
        )
        body.append(f"<tr>{tds}</tr>")
    return f"{TABLE}<tr>{cells}</tr>{''.join(body)}</table>"


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _place(code: str, lang: str) -> str:
    known = {p.value for p in ContainmentPlace}
    return ContainmentPlace(code).label(lang) if code in known else code


def _kind(code: str, lang: str) -> str:
    known = {k.value for k in HandlingKind}
    return HandlingKind(code).label(lang) if code in known else code
