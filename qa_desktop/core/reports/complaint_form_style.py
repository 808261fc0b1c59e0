"""How the complaint handling form looks: its colours, table styles and paragraph styles."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from qa_desktop.core.reports.fonts import FONT

TEXT_SIZE = 8.5  # values
TEXT_LEADING = 11.5

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#8a94a3")
LABEL_BG = colors.HexColor("#f1f3f6")
SECTION_BG = colors.HexColor("#dde3ea")
INTERNAL_BG = colors.HexColor("#f7e6c4")
INTERNAL_INK = colors.HexColor("#8a3b12")


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    # A table sets its cell font on every cell, Helvetica unless told: that would put an
    # unembedded Helvetica in the PDF, the only text not in the bundled font.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def cell_style() -> list[tuple[object, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def label_columns(*columns: int) -> list[tuple[object, ...]]:
    return [("BACKGROUND", (c, 0), (c, -1), LABEL_BG) for c in columns]


def paragraph_styles(font: str) -> dict[str, ParagraphStyle]:
    # wordWrap CJK: Chinese has no spaces to break at; ReportLab then breaks between any
    # characters, which also keeps a very long unbroken code or URL inside its cell.
    base = ParagraphStyle(
        "base",
        fontName=font,
        fontSize=TEXT_SIZE,
        leading=TEXT_LEADING,
        textColor=INK,
        wordWrap="CJK",
    )

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "value": base,
        "label": style("label", fontSize=8, leading=10),
        "small": style("small", fontSize=7.5, leading=9.5),
        "head": style("head", fontSize=7.5, leading=9.5, alignment=TA_CENTER),
        "title": style("title", fontSize=18, leading=23),
        "subtitle": style("subtitle", fontSize=10.5, leading=14, textColor=MUTED),
        "case_no": style("case_no", fontSize=15, leading=20),
        "meta": style("meta", fontSize=8.5, leading=12),
        "section": style("section", fontSize=10, leading=13),
        "internal_tag": style(
            "internal_tag", fontSize=8, leading=11, textColor=INTERNAL_INK, alignment=TA_RIGHT
        ),
        "note": style(
            "note", fontSize=7, leading=9.5, textColor=MUTED, spaceBefore=2, spaceAfter=3
        ),
    }
