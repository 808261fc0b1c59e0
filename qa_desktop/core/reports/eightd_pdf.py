"""The customer's 8D report (8D报告) as an A4 PDF, readable by someone outside the trade.

Everything it states comes from an `EightDReport` (eightd_report.py): the complaint as the
customer reported it, with its coils; where each step D0–D8 stands; each step's customer-facing
content with what flows in (the quantities counted on site, the photos, the containment lines
with totals per place, the actions with their departments and dates); and the approved handling
with its signatures. Only binding handling carries signatures (names, positions, dates); a
proposal approved but awaiting the final sign-off is printed as preliminary, without them
(seed 000 §4.6: it may be told to the customer as preliminary); any other is left out.
Labels in both languages (`lang` first), values as they are, user text never through
ReportLab's markup; photos are the stored print copies, embedded as the JPEGs they are.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from qa_desktop import __version__
from qa_desktop.core.eightd import STEPS
from qa_desktop.core.eightd.facts import HandlingFact
from qa_desktop.core.reports.complaint_form_style import cell_style, label_columns, table_style
from qa_desktop.core.reports.eightd_report import EightDReport
from qa_desktop.core.reports.eightd_sections import RIGHT, StepSections, _label
from qa_desktop.core.reports.eightd_tables import Column, grid, labelled, note, subhead
from qa_desktop.core.reports.eightd_words import (
    BINDING,
    DRAFT,
    DRAFT_SHORT,
    ELECTRONIC,
    FOOTER,
    LABELS,
    NO_HANDLING,
    PAPER,
    PERCENT,
    PRELIMINARY,
    PRELIMINARY_NOTE,
    REVISION,
    REVISION_SHORT,
    SECTIONS,
    SUBHEADS,
    TITLE,
    TOTAL,
    EightDWords,
)
from qa_desktop.core.reports.fonts import register_fonts
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.reports.text_layout import single_line
from qa_desktop.core.reports.visit_pages import BODY, Furniture, VisitPages
from qa_desktop.core.reports.visit_tables import unit_label
from qa_desktop.core.vocab import HandlingKind, Meaning

FACT_LABEL_W = 34 * mm
# fonts.py turns ReportLab's ASCII85 encoding off for every PDF; said again where photos go in.
rl_config.useA85 = 0


def export_eightd_pdf(report: EightDReport, out: Path | str, lang: str = "zh_CN") -> PdfExport:
    """Write the report to `out`, whole or not at all (files.atomic_output); its path and the
    characters no font could print.

    The same report gives the same bytes: ReportLab's invariant mode (no random file id), with
    the creation date set to when the report was printed rather than its fixed 2000-01-01, so
    an issued revision's hash depends on what it states and when, nothing else."""
    words = EightDWords(register_fonts(), lang)
    layout = _Layout(report, words)
    story = layout.story()
    pages = VisitPages(layout.furniture(), words)
    return pages.write(out, story, layout.metadata(), invariant=True,
                       canvas=lambda paged: _stamped(paged, report.printed))  # fmt: skip


def _stamped(base: type[Canvas], printed: datetime | None) -> type[Canvas]:
    """`base` whose document's time stamp is `printed` (UTC), not invariant mode's fixed one."""
    moment = (printed or datetime.now(UTC)).astimezone(UTC)

    class Stamped(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            stamp = TimeStamp(invariant=1)  # UTC fields; its instant replaced below
            stamp.t = moment.timestamp()
            stamp.lt = moment.timetuple()
            stamp.YMDhms = tuple(stamp.lt)[:6]
            self._doc._timeStamp = stamp

    return Stamped


class _Layout:
    def __init__(self, report: EightDReport, words: EightDWords) -> None:
        self.r, self.w = report, words
        self.case_no = single_line(report.facts.complaint.case_no)

    def edition(self, lang: str | None = None) -> str:
        """ "Revision A · issued 2026-03-20", or the draft's words."""
        lang = lang or self.w.lang
        if not self.r.revision:
            return self.w.tr(DRAFT, lang)
        day = self.r.issued_on.isoformat() if self.r.issued_on else ""
        return self.w.tr(REVISION, lang).format(revision=self.r.revision, date=day)

    def metadata(self) -> dict[str, str]:
        revision = self.r.revision or "draft"
        info = {
            "title": f"{self.w.both(TITLE)[0]} {self.case_no} {revision}",
            "author": "QA Desktop",
            "subject": TITLE,
            "creator": f"QA Desktop {__version__}",
            "keywords": f"case:{self.case_no} revision:{revision} customer",
        }
        return {key: single_line(text) for key, text in info.items()}

    def furniture(self) -> Furniture:
        w = self.w
        langs = ("zh_CN", "en") if w.zh_first else ("en", "zh_CN")
        running = " / ".join(dict.fromkeys(self.edition(lang) for lang in langs))
        short = (w.one(REVISION_SHORT, revision=self.r.revision) if self.r.revision
                 else w.one(DRAFT_SHORT))  # fmt: skip
        footer = f"{w.one(TITLE)} · {self.case_no} · {short} · {w.one(FOOTER)}"
        return Furniture(TITLE, self.case_no, running, footer)

    def story(self) -> list[Flowable]:
        return [
            *self.header(),
            *self.w.section(SECTIONS["case"], *self.complaint()),
            *self.w.section(SECTIONS["overview"], self.overview()),
            *StepSections(self.r, self.w).story(),
            *self.w.section(SECTIONS["handling"], *self.handling()),
        ]

    # --- the head and the complaint ------------------------------------------------------------
    def header(self) -> list[Flowable]:
        w = self.w
        first, second = w.both(TITLE)
        langs = ("zh_CN", "en") if w.zh_first else ("en", "zh_CN")
        meta = [self.edition(lang) for lang in langs]
        markup = escape(meta[0])
        if meta[1] != meta[0]:
            markup += f'&nbsp;&nbsp;<font color="#5f6b7a">{escape(meta[1])}</font>'
        return [
            Paragraph(escape(first), w.styles["title"]),
            Paragraph(escape(second), w.styles["subtitle"]),
            Paragraph(markup, w.styles["meta"]),
            Spacer(1, 2 * mm),
        ]

    def complaint(self) -> list[Flowable]:
        w, c = self.w, self.r.facts.complaint
        affected = " ".join(
            t for t in (c.affected, unit_label(c.affected_unit, w.lang)) if c.affected and t
        )
        pairs = [
            ("case_no", c.case_no), ("customer", c.customer),
            ("customer_complaint_no", c.customer_complaint_no), ("received_on", c.received_on.isoformat()),
            ("product", c.product), ("material_no", c.material_no),
            ("specification", c.specification), ("order_no", c.order_no),
            ("delivery_note", c.delivery_note), ("ship_date", c.ship_date.isoformat() if c.ship_date else ""),
            ("date_code", c.date_code), ("defect", c.defect),
            ("defect_rate", w.one(PERCENT, value=c.defect_rate) if c.defect_rate else ""),
            ("affected", affected),
        ]  # fmt: skip
        filled = [(key, text) for key, text in pairs if text]
        if len(filled) % 2:
            filled.append(("", ""))
        half = BODY / 2 - FACT_LABEL_W
        rows = []
        for i in range(0, len(filled), 2):
            row: list[object] = []
            for key, text in filled[i : i + 2]:
                row += [w.label(LABELS[key]) if key else "", w.value(text, key) if key else ""]
            rows.append(row)
        table = Table(rows, colWidths=[FACT_LABEL_W, half, FACT_LABEL_W, half], splitInRow=1)
        table.setStyle(table_style([*cell_style(), *label_columns(0, 2)]))
        out: list[Flowable] = [Spacer(1, 1.5 * mm), table]
        out += labelled(w, [(LABELS["description"], c.description),
                            (LABELS["customer_request"], c.customer_request)])  # fmt: skip
        if c.coils:
            columns = [Column(k, wd, k in ("weight_kg", "quantity")) for k, wd in (
                ("coil_no", 0.18), ("heat_no", 0.14), ("grade", 0.10), ("size", 0.16),
                ("finish", 0.08), ("weight_kg", 0.12), ("quantity", 0.12), ("unit", 0.10))]  # fmt: skip
            rows_ = [[k.coil_no, k.heat_no, k.grade, k.size, k.finish, k.weight_kg, k.quantity,
                      unit_label(k.unit, w.lang)] for k in c.coils]  # fmt: skip
            out += [*subhead(w, SUBHEADS["coils"]), grid(w, columns, rows_)]
        out += labelled(w, [(LABELS["printed_at"], self.r.printed_at)])
        return out

    def overview(self) -> Table:
        w = self.w
        sections = StepSections(self.r, w)
        rows = [[w.label(LABELS["step"], "head"), w.label(LABELS["status"], "head")]]
        for number in range(len(STEPS)):
            first, second = sections.title(number)
            rows.append([Paragraph(w.pair(first, second), w.styles["small"]),
                         sections.status(number)])  # fmt: skip
        table = Table(rows, colWidths=[BODY * 0.55, BODY * 0.45], repeatRows=1)
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        return table

    # --- the approved handling ------------------------------------------------------------------
    def handling(self) -> list[Flowable]:
        w = self.w
        if not self.r.facts.handling:
            return [Spacer(1, 1.5 * mm), note(w, NO_HANDLING)]
        out: list[Flowable] = []
        for proposal in self.r.facts.handling:
            out += self.proposal(proposal)
        return out

    def proposal(self, p: HandlingFact) -> list[Flowable]:
        w = self.w
        out = subhead(w, BINDING if p.binding else PRELIMINARY, number=p.number)
        if not p.binding:
            out.append(note(w, PRELIMINARY_NOTE))
        out += labelled(w, [(LABELS["summary"], p.summary)])
        columns = [Column(k, wd, k in RIGHT or k == "quantity") for k, wd in (
            ("kind", 0.40), ("quantity", 0.15), ("unit", 0.13), ("amount", 0.20),
            ("currency", 0.12))]  # fmt: skip
        lines = [[_label(HandlingKind, line.kind, w.lang), line.quantity,
                  unit_label(line.unit, w.lang) if line.unit else "", line.amount, line.currency]
                 for line in p.lines]  # fmt: skip
        totals = [[w.one(TOTAL), "", "", p.total, p.currency]] if p.lines else []
        out.append(grid(w, columns, lines, totals))
        if p.binding and p.signers:
            columns = [Column(k, wd) for k, wd in (
                ("name", 0.22), ("position", 0.22), ("meaning", 0.22), ("signed_on", 0.14),
                ("how", 0.20))]  # fmt: skip
            rows = [[s.name, s.position, _label(Meaning, s.meaning, w.lang), s.signed_on.isoformat(),
                     w.one(PAPER if s.how == "paper" else ELECTRONIC)] for s in p.signers]  # fmt: skip
            out.append(Spacer(1, 1.5 * mm))
            out.append(grid(w, columns, rows))
        return out
