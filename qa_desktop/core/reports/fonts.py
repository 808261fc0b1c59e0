"""The fonts that draw a PDF's text, tried in order for each character. Imported only by reports.

WenQuanYi Micro Hei draws the labels and almost every value: Chinese and Latin. A character it
lacks is drawn by the first font after it that has it: the fallback fonts shipped beside it in
resources/fonts (DejaVu Sans: Latin, Greek, Cyrillic, Hebrew, Arabic, combining marks; Noto Naskh
Arabic: the rest of the Arabic script; Symbola: emoji and symbols; two Hanazono subsets: the CJK blocks WenQuanYi lacks and the rarer ideographs of
current use), then a font of the computer for the rest of CJK Extensions B to F, which no file we
may ship can hold (resources/fonts/README.md). Every one is TrueType: ReportLab embeds TrueType
outlines only (Noto CJK, being CFF, does not embed).

Fallback fonts are read on first need, so a form in Chinese and English reads only WenQuanYi.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from qa_desktop.paths import font_path, resource

FONT = "WQYMicroHei"
REPLACEMENT = "\ufffd"  # printed where no font has a character; WenQuanYi has it

# Photos (ROADMAP step 3) go into PDFs as large binary streams; ReportLab's ASCII85 encoding of
# them is pure Python and some 60 times slower than writing the bytes as they are.
rl_config.useA85 = 0


@dataclass(frozen=True)
class Face:
    name: str  # the name ReportLab knows it by
    path: Path
    subfont: int = 0  # which font of a .ttc collection


def bundled_faces() -> tuple[Face, ...]:
    """The shipped fonts, WenQuanYi first (it draws labels and most values)."""
    fonts = resource("fonts")
    return (
        Face(FONT, font_path()),
        Face("DejaVuSans", fonts / "DejaVuSans.ttf"),
        Face("NotoNaskhArabic", fonts / "NotoNaskhArabic-Regular.ttf"),
        Face("Symbola", fonts / "Symbola.ttf"),
        Face("QAHanSupplementA", fonts / "han-supplement-a.ttf"),
        Face("QAHanSupplementB", fonts / "han-supplement-b.ttf"),
    )


def system_faces() -> tuple[Face, ...]:
    """Fonts of the computer with all of CJK Extension B and beyond, used where present.

    Used, never shipped: SimSun-ExtB comes with every Windows and may not be redistributed;
    HanaMinB (fonts-hanazono, which run.sh installs) is 30 MB, too big to ship whole."""
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return (
            Face("SimSunExtB", folder / "simsunb.ttf"),
            Face("SimSunExtG", folder / "SimsunExtG.ttf"),
        )
    return (Face("HanaMinB", Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")),)


class FontChain:
    """Which font draws a piece of text: the first, in order, that has every character of it."""

    def __init__(self, faces: tuple[Face, ...]) -> None:
        self.faces = faces
        self._fonts: dict[str, TTFont | None] = {}
        self._chosen: dict[str, str | None] = {}

    def font_for(self, text: str) -> str | None:
        """The name of the first font with a glyph for every character of `text`, or None."""
        if text not in self._chosen:
            self._chosen[text] = next(
                (face.name for face in self.faces if self._has(face, text)), None
            )
        return self._chosen[text]

    def width(self, text: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(text, font, size)

    def _has(self, face: Face, text: str) -> bool:
        font = self._font(face)
        if font is None:
            return False
        glyphs = font.face.charToGlyph
        return all(glyphs.get(ord(char), 0) != 0 for char in text)  # glyph 0 is "missing"

    def _font(self, face: Face) -> TTFont | None:
        if face.name not in self._fonts:
            self._fonts[face.name] = _load(face)
        return self._fonts[face.name]


def _load(face: Face) -> TTFont | None:
    """The registered font, or None when the file is absent or unusable (a system font that is
    not TrueType, or forbids embedding): that font is skipped, the next one tried."""
    if face.name in pdfmetrics.getRegisteredFontNames():
        return pdfmetrics.getFont(face.name)  # type: ignore[return-value]
    if not face.path.is_file():
        return None
    try:
        font = TTFont(face.name, str(face.path), subfontIndex=face.subfont)
    except (TTFError, OSError, ValueError, KeyError):
        return None
    pdfmetrics.registerFont(font)
    return font


@cache
def register_fonts() -> str:
    """Register WenQuanYi (first call only) and return its ReportLab name."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    # The font has no bold or italic face; map them to the regular one so that <b> or <i> in
    # our own markup can never fall back to Helvetica, which has no Chinese glyphs.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT


@cache
def font_chain() -> FontChain:
    register_fonts()
    return FontChain(bundled_faces() + system_faces())


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with each character written as UTF-16 as PDF wants.

    ReportLab writes "%04X", so 😀 (U+1F600) came out of a copy, a search or pdftotext as "ὠ"
    (U+1F60): five hex digits, read as four."""
    entries = [
        f"<{code:02X}> <{chr(char).encode('utf-16-be').hex().upper()}>"
        for code, char in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _chinese_line_breaks() -> None:
    """Keep Chinese punctuation from starting a line.

    ReportLab's list of characters that may not begin a line is Japanese; without the full-width
    comma, semicolon and the like a wrapped Chinese sentence can start a line with "，". Both
    wrapping paths (one text run, several runs) hold their own copy of the list."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        known = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = known + "".join(c for c in CANNOT_START_ZH if c not in known)


CANNOT_START_ZH = "，；：？！、”’》」』〕）％"
_chinese_line_breaks()
