"""The 8D report's sections D0–D8, each from the customer's view of the 8D and the case facts
that flow in: the team, the problem in figures with the quantities counted on site and the
photos, the containment lines with totals per place, the verified root causes in words, the
actions with their departments and dates, the validation, the standards updated and the
roll-out, the closure. An empty field is left out; a step with nothing says so."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from qa_desktop.core.eightd import ACTION_KINDS, CAUSES, STEPS, FieldSpec, Kind
from qa_desktop.core.eightd.facts import ActionFact
from qa_desktop.core.reports.eightd_report import EightDReport
from qa_desktop.core.reports.eightd_tables import Column, grid, labelled, note, photos, subhead
from qa_desktop.core.reports.eightd_words import (
    COMPLETED,
    ESCAPE,
    NO,
    NO_ACTIONS,
    NOT_STARTED,
    NOTHING_YET,
    OCCURRENCE,
    OPEN,
    PERCENT,
    SUBHEADS,
    TOTAL,
    YES,
    EightDWords,
)
from qa_desktop.core.reports.visit_tables import unit_label
from qa_desktop.core.vocab import ActionState, ContainmentPlace

ACTION_COLUMNS = {
    3: (("number", 0.06), ("action", 0.46), ("department", 0.16), ("due_on", 0.12), ("state", 0.20)),
    5: (("number", 0.06), ("action", 0.35), ("cause", 0.10), ("department", 0.14),
        ("due_on", 0.12), ("expected_effect", 0.11), ("state", 0.12)),
    6: (("number", 0.06), ("action", 0.40), ("department", 0.14), ("done_on", 0.12),
        ("verified_on", 0.12), ("state", 0.16)),
    7: (("number", 0.06), ("action", 0.34), ("department", 0.13), ("due_on", 0.11),
        ("date_code_from", 0.12), ("how_much", 0.14), ("state", 0.10)),
}  # fmt: skip
RIGHT = {"number", "checked", "held", "defective", "released", "lines", "used", "unused",
         "defective_used", "defective_unused", "expected_effect", "amount"}  # fmt: skip


class StepSections:
    def __init__(self, report: EightDReport, words: EightDWords) -> None:
        self.r, self.w = report, words
        self.content, self.facts = report.content, report.facts
        self.langs = ("zh_CN", "en") if words.zh_first else ("en", "zh_CN")

    def story(self) -> list[Flowable]:
        builders = (self.d0, self.d1, self.d2, self.d3, self.d4, self.d5, self.d6, self.d7,
                    self.d8)  # fmt: skip
        flowables: list[Flowable] = []
        for number, build in enumerate(builders):
            body = build() or [note(self.w, NOTHING_YET)]
            flowables += self.w.section_pair(*self.title(number), self.status(number), *body)
        return flowables

    def title(self, number: int) -> tuple[str, str]:
        first, second = (STEPS[number].text(lang) for lang in self.langs)
        return first, second

    def status(self, number: int) -> Flowable:
        """ "Completed 2026-03-12 by 王工", "In progress" or "Not started", kept with what
        follows (under a step's title, never alone at the foot of a page)."""
        step = self.r.steps[number]
        if step.completed_on is not None:
            line = note(
                self.w, COMPLETED, date=step.completed_on.isoformat(), name=step.completed_by
            )
        else:
            line = note(self.w, OPEN if self.content.filled(number) else NOT_STARTED)
        line.keepWithNext = True
        return line

    # --- the steps ----------------------------------------------------------------------------
    def d0(self) -> list[Flowable]:
        return self.fields(0, ("emergency_response",))

    def d1(self) -> list[Flowable]:
        return [*self.fields(1, ("champion", "leader")), *self.rows(1, "members")]

    def d2(self) -> list[Flowable]:
        keys = ("what", "where", "when", "who", "why", "how", "how_many")
        out = [*self.fields(2, keys), *self.rows(2, "is_is_not")]
        for visit in self.facts.visits:
            if not visit.lines:
                continue
            out += subhead(
                self.w, SUBHEADS["visit"], number=visit.number, date=visit.day.isoformat()
            )
            columns = [Column(k, wd, k in RIGHT) for k, wd in (
                ("coil_no", 0.24), ("used", 0.13), ("unused", 0.13), ("defective_used", 0.17),
                ("defective_unused", 0.17), ("unit", 0.16))]  # fmt: skip
            lines = [[q.coil_no, q.used, q.unused, q.defective_used, q.defective_unused,
                      self.unit(q.unit)] for q in visit.lines]  # fmt: skip
            totals = [[self.w.one(TOTAL), t.used, t.unused, t.defective_used, t.defective_unused,
                       self.unit(t.unit)] for t in visit.totals]  # fmt: skip
            out.append(grid(self.w, columns, lines, totals))
        for key, head in (("photos_nok", "nok"), ("photos_ok", "ok")):
            shots = self.shots(self.content.value(2, key))
            if shots:
                out += [*subhead(self.w, SUBHEADS[head]), *photos(self.w, shots)]
        return out

    def d3(self) -> list[Flowable]:
        out = self.fields(3, ("effectiveness", "summary"))
        if self.facts.containment:
            out += subhead(self.w, SUBHEADS["containment"])
            columns = [Column(k, wd, k in RIGHT) for k, wd in (
                ("place", 0.13), ("reference", 0.14), ("checked", 0.08), ("held", 0.08),
                ("defective", 0.09), ("released", 0.09), ("unit", 0.07), ("ok_marking", 0.13),
                ("result", 0.19))]  # fmt: skip
            rows = [[self.place(c.place), c.reference, c.checked, c.held, c.defective, c.released,
                     self.unit(c.unit), c.ok_marking, c.result] for c in self.facts.containment]  # fmt: skip
            out.append(grid(self.w, columns, rows))
            out += subhead(self.w, SUBHEADS["totals"])
            columns = [Column(k, wd, k in RIGHT) for k, wd in (
                ("place", 0.24), ("lines", 0.08), ("checked", 0.14), ("held", 0.14),
                ("defective", 0.14), ("released", 0.14), ("unit", 0.12))]  # fmt: skip
            totals = [[self.place(t.place), str(t.lines), t.checked, t.held, t.defective,
                       t.released, self.unit(t.unit)] for t in self.facts.containment_totals]  # fmt: skip
            out.append(grid(self.w, columns, totals))
        return [*out, *self.actions(3)]

    def d4(self) -> list[Flowable]:
        out: list[Flowable] = []
        for cause in CAUSES:
            found = self.fields(4, (f"{cause}_root_cause", f"{cause}_verification"))
            if found:
                out += [*subhead(self.w, SUBHEADS[cause]), *found]
        return out

    def d5(self) -> list[Flowable]:
        return [*self.fields(5, ("occurrence_effect", "escape_effect", "summary")),
                *self.actions(5)]  # fmt: skip

    def d6(self) -> list[Flowable]:
        keys = ("validation", "effect_measured", "interim_removed", "interim_removed_on",
                "verified_by", "verified_on")  # fmt: skip
        return [*self.fields(6, keys), *self.actions(6)]

    def d7(self) -> list[Flowable]:
        return [*self.fields(7, ("summary",)), *self.rows(7, "documents"),
                *self.rows(7, "rollout"), *self.actions(7)]  # fmt: skip

    def d8(self) -> list[Flowable]:
        return self.fields(8, ("closed_on", "summary", "recognition"))

    # --- the pieces -----------------------------------------------------------------------------
    def fields(self, number: int, keys: Sequence[str]) -> list[Flowable]:
        spec = STEPS[number]
        items = []
        for key in keys:
            field = spec.field(key)
            assert field is not None and field.customer  # the report prints customer fields only
            items.append((field.label, self.text(field, self.content.value(number, key))))
        return labelled(self.w, items)

    def rows(self, number: int, key: str) -> list[Flowable]:
        field = STEPS[number].field(key)
        assert field is not None and field.customer
        rows = self.content.value(number, key)
        if not rows:
            return []
        share = 1 / len(field.columns)
        columns = [Column(c.label, share) for c in field.columns]
        cells = [[self.text(c, row.get(c.key, c.empty())) for c in field.columns] for row in rows]
        return [*subhead(self.w, field.label), grid(self.w, columns, cells)]

    def text(self, field: FieldSpec, value: object) -> str:
        if value is None or value == "" or value == ():
            return ""
        if field.kind is Kind.YES_NO:
            return self.w.one(YES if value else NO)
        if field.kind is Kind.PERCENT:
            return self.w.one(PERCENT, value=value)
        if field.kind is Kind.DATE:
            return value.isoformat()  # type: ignore[attr-defined]
        if field.kind is Kind.CHOICE:
            option = field.option(str(value))
            return option.text(self.w.lang) if option else str(value)
        return str(value)

    def shots(self, rows: Sequence[dict]) -> list[tuple[bytes, str]]:
        known = self.facts.photos()
        shots = []
        for row in rows:
            sha = row.get("photo", "")
            if not sha:
                continue
            caption = row.get("caption") or (known[sha].caption if sha in known else "")
            shots.append((self.r.photos.get(sha, b""), caption))
        return shots

    def actions(self, number: int) -> list[Flowable]:
        chosen = self.chosen_actions(number)
        head = subhead(self.w, SUBHEADS["actions"])
        if not chosen:
            return [*head, note(self.w, NO_ACTIONS)]
        spec = ACTION_COLUMNS[number]
        columns = [Column(k, wd, k in RIGHT) for k, wd in spec]
        rows = [[self.action_cell(a, k) for k, _wd in spec] for a in chosen]
        return [*head, grid(self.w, columns, rows)]

    def chosen_actions(self, number: int) -> list[ActionFact]:
        """The actions the step names; when it names none, the case's actions of its kind.
        Cancelled actions are not the customer's concern."""
        named = set(self.content.value(number, "actions"))
        kind = ACTION_KINDS[number]
        return [a for a in self.facts.actions
                if a.state != ActionState.CANCELLED.value
                and (a.number in named if named else a.kind == kind)]  # fmt: skip

    def action_cell(self, a: ActionFact, key: str) -> str:
        w = self.w
        if key == "number":
            return str(a.number)
        if key == "action":
            return a.description
        if key == "cause":
            return w.one({"occurrence": OCCURRENCE, "escape": ESCAPE}[a.cause]) if a.cause else ""
        if key == "state":
            return _label(ActionState, a.state, w.lang)
        if key == "expected_effect":
            return "" if a.expected_effect is None else w.one(PERCENT, value=a.expected_effect)
        if key in ("due_on", "done_on", "verified_on"):
            day = getattr(a, key)
            return day.isoformat() if day else ""
        if key == "how_much":
            return a.quantity
        return str(getattr(a, key))

    def unit(self, code: str) -> str:
        return unit_label(code, self.w.lang)

    def place(self, code: str) -> str:
        return _label(ContainmentPlace, code, self.w.lang)


def _label(vocabulary, code: str, lang: str) -> str:
    try:
        return vocabulary(code).label(lang)
    except ValueError:
        return code
