"""The sign-off route of the printed sheet: one box per required signer, and the words helper
both halves of the sheet's layout share.

A box is whole or on the next page, never split: its height is bounded (one-line name, position
and date; the signers' comments, which may be long, are printed after the boxes, where they may
run over a page). A signed box shows who, as what, when and how (electronically or on paper,
for whom as a delegate); an unsigned one keeps empty ruled rows to sign on paper; a void one is
struck through and says VOID.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from qa_desktop.core.authority.matrix import role_label
from qa_desktop.core.i18n import translate
from qa_desktop.core.reports.complaint_form_style import (
    INK,
    LABEL_BG,
    MUTED,
    RULE,
    SECTION_BG,
    TEXT_LEADING,
    TEXT_SIZE,
    cell_style,
    label_columns,
    paragraph_styles,
    table_style,
)
from qa_desktop.core.reports.pdf_result import Unprinted
from qa_desktop.core.reports.signoff_sheet import ELECTRONIC, PAPER, SheetSigner, SignoffSheet
from qa_desktop.core.reports.signoff_words import (
    CONTEXT,
    DELEGATED,
    LABELS,
    TO_SIGN,
    VOID,
    VOID_WHY,
)
from qa_desktop.core.reports.signoff_words import ELECTRONIC as ELECTRONIC_TEXT
from qa_desktop.core.reports.signoff_words import PAPER as PAPER_TEXT
from qa_desktop.core.reports.text_block import TextBlock
from qa_desktop.core.reports.text_layout import LaidOutText, single_line
from qa_desktop.core.vocab import Meaning

VOID_INK = colors.HexColor("#b42318")
BOX_GAP = 4 * mm
BOX_LABEL_W = 20 * mm
# A text longer than this may need more than what is left of a page: its row may then split
# inside itself. A shorter one moves whole to the next page, never cut after a line or two.
SPLIT_LONGER_THAN = 400
HAND_ROW = 9 * mm  # a row left empty to write in by hand
HAND_SIGNATURE = 16 * mm


class SheetWords:
    """Labels in both languages, values in one, and what no font could print."""

    def __init__(self, font: str, lang: str) -> None:
        self.font = font
        self.lang = lang
        self.zh_first = lang.startswith("zh")
        self.styles = paragraph_styles(font)
        self.styles["label_right"] = paragraph_styles(font)["label"].clone(
            "label_right", alignment=2
        )
        self.unprinted: list[Unprinted] = []

    def tr(self, text: str, lang: str) -> str:
        return translate(CONTEXT, text, lang)

    def both(self, text: str, **values: object) -> tuple[str, str]:
        """(first, second) language of a label; second is "" while no translation exists."""
        zh = self.tr(text, "zh_CN").format(**values)
        en = text.format(**values)
        first, second = (zh, en) if self.zh_first else (en, zh)
        return first, "" if second == first else second

    def inline(self, text: str, **values: object) -> str:
        """Markup for a bilingual label on one line, the second language lighter."""
        first, second = self.both(text, **values)
        if not second:
            return escape(first)
        return f'{escape(first)}&nbsp;&nbsp;<font color="#5f6b7a">{escape(second)}</font>'

    def label(self, text: str, style: str = "label", **values: object) -> Paragraph:
        """A bilingual label stacked on two lines, for table cells."""
        first, second = self.both(text, **values)
        markup = escape(first)
        if second:
            markup += f'<br/><font size="6.5" color="#5f6b7a">{escape(second)}</font>'
        return Paragraph(markup, self.styles[style])

    def line_label(self, text: str, style: str = "label", **values: object) -> Paragraph:
        """A bilingual label on one line, for cells wide enough to hold both languages."""
        return Paragraph(self.inline(text, **values), self.styles[style])

    def value(
        self,
        text: str,
        key: str,
        right: bool = False,
        size: float = TEXT_SIZE,
        line: int | None = None,
        color: colors.Color = INK,
    ) -> TextBlock:
        """User text, drawn as it is; what no font has is noted under `key` (and the line)."""
        laid_out = LaidOutText.of(text, size)
        if laid_out.unprinted:
            label = LABELS.get(key, key)
            self.unprinted.append(Unprinted(key, label, laid_out.unprinted, line, CONTEXT))
        return TextBlock(laid_out, size, size * TEXT_LEADING / TEXT_SIZE, color, right)

    def section(self, title: str, *content: Flowable) -> list[Flowable]:
        return self.section_markup(self.inline(title), *content)

    def section_markup(self, markup: str, *content: Flowable) -> list[Flowable]:
        """A section bar whose title is Paragraph markup already, then `content`."""
        bar = Table([[Paragraph(markup, self.styles["section"])]], colWidths=[None])
        bar.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SECTION_BG),
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        bar.keepWithNext = True  # never a section title alone at the foot of a page
        return [Spacer(1, 3 * mm), bar, *content]

    def page_text(self, text: str, page: int, pages: int) -> str:
        return " / ".join(t for t in self.both(text, page=page, pages=pages) if t)


def route_boxes(sheet: SignoffSheet, words: SheetWords, body: float) -> list[Table]:
    """The signers' boxes two to a row, each row a table of its own: a row goes whole to the
    next page when it does not fit, and the rows before it stay where they are."""
    width = (body - BOX_GAP) / 2
    boxes: list[Flowable | str] = [_box(signer, words, width) for signer in sheet.signers]
    if len(boxes) % 2:
        boxes.append("")
    tables = []
    for i in range(0, len(boxes), 2):
        table = Table([[boxes[i], "", boxes[i + 1]]], colWidths=[width, BOX_GAP, width])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), BOX_GAP),
                ]
            )
        )
        tables.append(table)
    return tables


def signer_comments(sheet: SignoffSheet, words: SheetWords, body: float) -> list[Flowable]:
    """The signers' comments under the boxes, each in a row that may run over a page."""
    rows = [
        (f"{signer.order}. {role_label(signer.role, words.lang)} {signer.name}", signer)
        for signer in sheet.signers
        if signer.comment.strip()
    ]
    tables: list[Flowable] = []
    for who, signer in rows:
        table = Table(
            [
                [
                    [words.label(LABELS["comment"]), words.value(who, "name", size=7, color=MUTED)],
                    words.value(signer.comment, "comment", line=signer.order),
                ]
            ],
            colWidths=[BOX_LABEL_W + 16 * mm, body - BOX_LABEL_W - 16 * mm],
            splitInRow=int(len(signer.comment) > SPLIT_LONGER_THAN),
        )
        table.setStyle(table_style([*cell_style(), *label_columns(0)]))
        tables.append(table)
    return tables


def _box(signer: SheetSigner, words: SheetWords, width: float) -> Flowable:
    head = _head(signer, words)
    if signer.how:
        rows, heights = _signed_rows(signer, words), None
    else:
        rows = [[words.label(LABELS[key], "small"), ""] for key in ("name", "date", "signature")]
        heights = [None, HAND_ROW, HAND_ROW, HAND_SIGNATURE]
    table = Table(
        [[head, ""], *rows], colWidths=[BOX_LABEL_W, width - BOX_LABEL_W], rowHeights=heights
    )
    table.setStyle(
        table_style(
            [
                *cell_style(),
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (1, 0), LABEL_BG),
                ("BOX", (0, 0), (-1, -1), 1.0, VOID_INK if signer.void else INK),
                ("BACKGROUND", (0, 1), (0, -1), LABEL_BG),
            ]
        )
    )
    return _Struck(table) if signer.void else table


def _head(signer: SheetSigner, words: SheetWords) -> list[Flowable]:
    """ "2 · General manager — Final sign-off (binding)"; VOID struck in red over a void one."""
    try:
        meaning = Meaning(signer.meaning).label(words.lang)
    except ValueError:
        meaning = signer.meaning
    role = single_line(role_label(signer.role, words.lang))
    head = [
        Paragraph(
            f"{signer.order}&nbsp;&nbsp;·&nbsp;&nbsp;{escape(role)}&nbsp;&nbsp;—&nbsp;&nbsp;"
            f"{escape(meaning)}",
            words.styles["label"],
        )
    ]
    if signer.void:
        first, second = words.both(VOID)
        why = " ".join(t for t in words.both(VOID_WHY) if t)
        head.append(
            Paragraph(
                f'<font color="#b42318" size="11"><strike>{escape(first)}</strike>'
                f"{'&nbsp;&nbsp;<strike>' + escape(second) + '</strike>' if second else ''}"
                f'</font>&nbsp;&nbsp;<font size="6.5" color="#b42318">{escape(why)}</font>',
                words.styles["label"],
            )
        )
    elif not signer.how:
        head.append(Paragraph(words.inline(TO_SIGN), words.styles["small"]))
    return head


def _signed_rows(signer: SheetSigner, words: SheetWords) -> list[list[object]]:
    how_text = {ELECTRONIC: ELECTRONIC_TEXT, PAPER: PAPER_TEXT}.get(signer.how, signer.how)
    how = Paragraph(words.inline(how_text), words.styles["small"])
    signature: list[Flowable] = [how]
    if signer.on_behalf_of:
        delegated = words.tr(DELEGATED, words.lang).format(delegator=signer.on_behalf_of)
        signature.append(words.value(delegated, "name", size=7.5))
    rows: Sequence[tuple[str, str]] = (
        ("name", signer.name),
        ("position", signer.position),
        ("date", signer.signed_at),
    )
    cells: list[list[object]] = [
        [words.label(LABELS[key], "small"), words.value(single_line(text), key)]
        for key, text in rows
    ]
    cells.append([words.label(LABELS["signature"], "small"), signature])
    return cells


class _Struck(Flowable):
    """A void box: drawn as it was, with a red cross over it so it cannot pass for valid."""

    def __init__(self, box: Table) -> None:
        super().__init__()
        self.box = box

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.box.wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        self.box.drawOn(self.canv, 0, 0)
        self.canv.saveState()
        self.canv.setStrokeColor(VOID_INK)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 0, self.width, self.height)
        self.canv.line(0, self.height, self.width, 0)
        self.canv.restoreState()
