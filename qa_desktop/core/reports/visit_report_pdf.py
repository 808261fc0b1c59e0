"""The site-visit report (现场调查报告) as an A4 PDF: an internal document.

Everything it states comes from a `VisitReport` (visit_report.py): the visit (case, customer,
field staff, appointment, site, contact, state), the checklist answers with the template name
and version the visit was filled against, the customer's words apart and labelled as theirs,
the coil table with totals, the findings, the photos with their captions and what they are
attached to, and the customer's confirmation with its signature drawn small. Labels in both
languages (`lang` first), values as they are, user text never through ReportLab markup.

Photos are the stored print copies (about 1600 px, turned upright at intake), embedded as the
JPEGs they are (with rl_config.useA85 off, see fonts.py): twelve 12-megapixel photos would
otherwise take seconds. Two to a row, each row a table of its own, so a row moves whole to the
next page. The footer says, on every page, that the report is internal.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table

from qa_desktop import __version__
from qa_desktop.core.i18n import translate
from qa_desktop.core.reports.complaint_form_style import (
    INTERNAL_BG,
    MUTED,
    cell_style,
    label_columns,
    table_style,
)
from qa_desktop.core.reports.confirmation_sheet import PAPER as PAPER_SIGNED
from qa_desktop.core.reports.fonts import register_fonts
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.reports.text_layout import single_line
from qa_desktop.core.reports.visit_ink import SignatureInk
from qa_desktop.core.reports.visit_pages import BODY, VOID_INK, Furniture, VisitPages
from qa_desktop.core.reports.visit_report import (
    ReportConfirmation,
    ReportItem,
    ReportPhoto,
    VisitReport,
)
from qa_desktop.core.reports.visit_tables import coil_table, unit_label
from qa_desktop.core.reports.visit_words import (
    ANNOTATED,
    ATTACHED_COIL,
    ATTACHED_ITEM,
    ATTACHED_VISIT,
    CONFIRMED,
    CUSTOMER_WORDS_NOTE,
    INTERNAL,
    LABELS,
    NO,
    NO_PHOTOS,
    NO_PRINT_COPY,
    NOT_ANSWERED,
    NOT_APPLICABLE,
    NOT_CONFIRMED,
    NOTHING,
    ON_SCREEN,
    PAPER,
    PHOTO_COUNT,
    REPORT_META,
    REPORT_TITLE,
    SECTIONS,
    TEMPLATE,
    VOID,
    WITNESS_NAMED,
    YES,
    VisitWords,
)
from qa_desktop.core.vocab import VisitState

LABEL_W = 27 * mm
PHOTO_GAP = 4 * mm
PHOTO_W = (BODY - PHOTO_GAP) / 2
PHOTO_MAX_H = 68 * mm
SMALL_INK = (42 * mm, 15 * mm)
ANSWERS = {"yes": YES, "no": NO, "na": NOT_APPLICABLE}
# fonts.py turns ReportLab's ASCII85 encoding off for every PDF; said again where photos go in,
# since with it twelve print copies take seconds (benchmarks/visit_pdf.py).
rl_config.useA85 = 0


def export_visit_report_pdf(report: VisitReport, out: Path | str, lang: str = "zh_CN") -> PdfExport:
    """Write the report to `out`, whole or not at all; return its path and the characters no
    font could print."""
    words = VisitWords(register_fonts(), lang)
    layout = _Layout(report, words)
    story = layout.story()
    pages = VisitPages(layout.furniture(), words)
    return pages.write(out, story, layout.metadata())


class _Layout:
    def __init__(self, report: VisitReport, words: VisitWords) -> None:
        self.report, self.words = report, words
        self.case_no = single_line(report.case_no)

    def state(self, lang: str) -> str:
        try:
            return VisitState(self.report.state).label(lang)
        except ValueError:
            return self.report.state

    def metadata(self) -> dict[str, str]:
        r = self.report
        info = {
            "title": f"{self.words.both(REPORT_TITLE)[0]} {self.case_no} #{r.visit_number}",
            "author": r.assignee or "QA Desktop",
            "subject": REPORT_TITLE,
            "creator": f"QA Desktop {__version__}",
            "keywords": f"case:{r.case_no} visit:{r.visit_number} internal",
        }
        return {key: single_line(text) for key, text in info.items()}

    def furniture(self) -> Furniture:
        w, r = self.words, self.report
        langs = ("zh_CN", "en") if w.zh_first else ("en", "zh_CN")
        running = " / ".join(
            dict.fromkeys(
                w.tr(REPORT_META, lang).format(visit=r.visit_number, state=self.state(lang))
                for lang in langs
            )
        )
        short = w.one(REPORT_META, visit=r.visit_number, state=self.state(w.lang))
        internal = "  ".join(dict.fromkeys(w.both(INTERNAL))).strip()
        return Furniture(REPORT_TITLE, self.case_no, running, f"{self.case_no}    {short}",
                         internal=True, internal_text=internal)  # fmt: skip

    def story(self) -> list[Flowable]:
        w, r = self.words, self.report
        return [
            *self.header(),
            *w.section(SECTIONS["checklist"], *self.checklist()),
            *self.customer_words(),
            *w.section(SECTIONS["coils"]),
            *coil_table(w, r.lines, r.totals),
            *w.section(SECTIONS["findings"], self.findings()),
            *w.section(SECTIONS["photos"]),
            *self.photos(),
            *w.section(SECTIONS["confirmation"]),
            *self.confirmations(),
        ]

    # --- the visit --------------------------------------------------------------------------

    def header(self) -> list[Flowable]:
        w, r = self.words, self.report
        first, second = w.both(REPORT_TITLE)
        langs = ("zh_CN", "en") if w.zh_first else ("en", "zh_CN")
        meta = [w.tr(REPORT_META, lang).format(visit=r.visit_number, state=self.state(lang))
                for lang in langs]  # fmt: skip
        meta_markup = escape(meta[0])
        if meta[1] != meta[0]:
            meta_markup += f'&nbsp;&nbsp;<font color="#5f6b7a">{escape(meta[1])}</font>'
        return [
            Paragraph(escape(first), w.styles["title"]),
            Paragraph(escape(second), w.styles["subtitle"]),
            Paragraph(meta_markup, w.styles["meta"]),
            Spacer(1, 2 * mm),
            self.facts(),
        ]

    def facts(self) -> Table:
        w, r = self.words, self.report
        half = BODY / 2 - LABEL_W
        pairs = [
            (("case_no", r.case_no), ("customer", r.customer)),
            (("assignee", r.assignee), ("appointment", r.appointment)),
            (("started_at", r.started_at), ("finished_at", r.finished_at)),
        ]
        rows: list[list[object]] = [
            [w.label(LABELS[a]), w.value(av, a, size=12 if a == "case_no" else 8.5),
             w.label(LABELS[b]), w.value(bv, b)]
            for (a, av), (b, bv) in pairs
        ]  # fmt: skip
        wide = [("site", r.site), ("contact", r.contact), ("purpose", r.purpose)]
        if r.cancel_reason:
            wide.append(("cancel_reason", r.cancel_reason))
        wide.append(("printed_at", r.printed_at))
        first_wide = len(rows)
        rows += [[w.label(LABELS[key]), w.value(text, key), "", ""] for key, text in wide]
        table = Table(rows, colWidths=[LABEL_W, half, LABEL_W, half], splitInRow=1)
        spans = [("SPAN", (1, row), (3, row)) for row in range(first_wide, len(rows))]
        table.setStyle(table_style([*cell_style(), *label_columns(0, 2), *spans]))
        return table

    # --- the checklist ------------------------------------------------------------------------

    def checklist(self) -> list[Flowable]:
        w, r = self.words, self.report
        name = w.pick(r.template_en, r.template_zh)
        note = w.value(w.one(TEMPLATE, name=name, version=r.template_version), "item",
                       size=7.5, color=MUTED)  # fmt: skip
        rows = [[self.item_label(item), self.answer(item)] for item in r.items]
        if not rows:
            return [note]
        table = Table(rows, colWidths=[BODY * 0.45, BODY * 0.55], splitInRow=1)
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        note.keepWithNext = True
        return [_gap(1 * mm), note, _gap(1.5 * mm), table]

    def item_label(self, item: ReportItem) -> list[Flowable]:
        w = self.words
        first = w.pick(item.label_en, item.label_zh)
        second = item.label_en if w.zh_first else item.label_zh
        cell: list[Flowable] = [w.value(first, "item", size=8)]
        if second and second != first:
            cell.append(w.value(second, "item", size=6.5, color=MUTED))
        return cell

    def answer(self, item: ReportItem) -> Flowable:
        w = self.words
        if item.kind == "photo" and item.photos:
            return w.value(w.one(PHOTO_COUNT, count=item.photos), "answer")
        if not item.answer or item.kind == "photo":
            return w.value(w.one(NOT_ANSWERED), "answer", color=MUTED)
        if item.kind == "yes_no_na":
            text = w.one(ANSWERS[item.answer]) if item.answer in ANSWERS else item.answer
        elif item.kind == "number_with_unit":
            text = f"{item.answer} {unit_label(item.unit, w.lang)}".strip()
        elif item.kind == "choice":
            text = w.pick(item.choice_en, item.choice_zh) or item.answer
        else:
            text = item.answer
        return w.value(text, "answer")

    def customer_words(self) -> list[Flowable]:
        w, r = self.words, self.report
        if not r.customer_words:
            return []
        note = Paragraph(w.inline(CUSTOMER_WORDS_NOTE), w.styles["note"])
        note.keepWithNext = True
        rows = [[self.item_label(item), self.answer(item)] for item in r.customer_words]
        table = Table(rows, colWidths=[BODY * 0.45, BODY * 0.55], splitInRow=1)
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        return w.section(SECTIONS["customer_words"], note, table)

    def findings(self) -> Table:
        w, text = self.words, self.report.findings
        value = w.value(text, "findings") if text else w.value(w.one(NOTHING), "findings",
                                                                color=MUTED)  # fmt: skip
        table = Table([[value]], colWidths=[BODY], splitInRow=1)
        table.setStyle(table_style([*cell_style(), ("BACKGROUND", (0, 0), (-1, -1), INTERNAL_BG)]))
        return table

    # --- photos ---------------------------------------------------------------------------

    def photos(self) -> list[Flowable]:
        w = self.words
        cells: list[object] = [self.photo(n, p) for n, p in enumerate(self.report.photos, 1)]
        if not cells:
            return [_gap(1.5 * mm), Paragraph(w.inline(NO_PHOTOS), w.styles["value"])]
        if len(cells) % 2:
            cells.append("")
        rows = []
        for i in range(0, len(cells), 2):
            row = Table([[cells[i], "", cells[i + 1]]], colWidths=[PHOTO_W, PHOTO_GAP, PHOTO_W])
            row.setStyle(
                table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        *((side, (0, 0), (-1, -1), 0) for side in
                          ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING")),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), PHOTO_GAP),
                    ]
                )
            )  # fmt: skip
            rows.append(row)
        return [_gap(2 * mm), *rows]

    def photo(self, number: int, photo: ReportPhoto) -> list[Flowable]:
        w = self.words
        cell: list[Flowable] = []
        if photo.image:
            cell.append(_picture(photo.image, PHOTO_W, PHOTO_MAX_H))
        else:
            cell.append(Paragraph(w.inline(NO_PRINT_COPY), w.styles["small"]))
        caption = f"{number}. {photo.caption}".strip()
        cell.append(Spacer(1, 1 * mm))
        cell.append(w.value(caption, "caption", line=number))
        if photo.coil_no:
            where = w.one(ATTACHED_COIL, coil=photo.coil_no)
        elif photo.item_en or photo.item_zh:
            where = w.one(ATTACHED_ITEM, item=w.pick(photo.item_en, photo.item_zh))
        else:
            where = w.one(ATTACHED_VISIT)
        if photo.annotated:
            where += f" · {w.one(ANNOTATED)}"
        cell.append(w.value(f"{where} · {photo.filename}", "filename", size=7, color=MUTED,
                            line=number))  # fmt: skip
        return cell

    # --- the customer's confirmation ---------------------------------------------------------

    def confirmations(self) -> list[Flowable]:
        w = self.words
        if not self.report.confirmations:
            return [_gap(1.5 * mm), Paragraph(w.inline(NOT_CONFIRMED), w.styles["value"])]
        rows = [self.confirmation(c) for c in self.report.confirmations]
        table = Table(rows, colWidths=[SMALL_INK[0] + 8, BODY - SMALL_INK[0] - 8], splitInRow=1)
        table.setStyle(table_style([*cell_style(), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [_gap(1 * mm), table]

    def confirmation(self, row: ReportConfirmation) -> list[object]:
        w, s = self.words, row.signature
        if s.how == PAPER_SIGNED:
            ink: Flowable = Paragraph(w.inline(PAPER), w.styles["small"])
            how = f"{w.one(PAPER)} · {w.one(LABELS['scan'])} {s.scan_sha256[:16]}"
        else:
            ink = SignatureInk(s.strokes, *SMALL_INK, box=True)
            how = w.one(ON_SCREEN)
        said = w.one(CONFIRMED, name=s.name, position=s.position, date=s.signed_at)
        text: list[Flowable] = []
        if row.void:
            first, second = w.both(VOID)
            reason = translate("Visits", row.void_reason, w.lang)
            void = " ".join(t for t in (first, second) if t)
            text.append(w.value(f"{void} — {reason}", "name", color=VOID_INK))
        text += [
            w.value(said, "name"),
            w.value(f"{how} · {w.one(WITNESS_NAMED, name=row.witness)}", "name", size=7.5,
                    color=MUTED),
        ]  # fmt: skip
        return [ink, text]


def _gap(height: float) -> Spacer:
    """Room under a section's title that stays with what follows (a title is never left alone
    at the foot of a page: keepWithNext chains through it)."""
    gap = Spacer(1, height)
    gap.keepWithNext = True
    return gap


def _picture(jpeg: bytes, width: float, max_height: float) -> Image:
    """The print copy at the cell's width, or less where it would be taller than `max_height`
    (a portrait photo), its proportions kept."""
    w, h = ImageReader(io.BytesIO(jpeg)).getSize()
    scale = min(width / w, max_height / h)
    picture = Image(io.BytesIO(jpeg), width=w * scale, height=h * scale)
    picture.hAlign = "LEFT"
    return picture
