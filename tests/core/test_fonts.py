"""The fonts a PDF can use: what ships, and how a font of the computer joins the chain."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

from qa_desktop.core.reports.fonts import Face, FontChain, bundled_faces, font_chain
from qa_desktop.paths import resource

FONTS = resource("fonts")
RARE = "\U0002a6d6"  # CJK Extension B, outside the shipped subset: only a computer's font has it


def test_every_shipped_font_is_embeddable_truetype_under_10_mb_with_its_licence():
    readme = (FONTS / "README.md").read_text("utf-8").splitlines()
    for face in bundled_faces():
        [row] = [line for line in readme if line.startswith(f"| `{face.path.name}` |")]
        licence = row.split("(`")[1].split("`)")[0]
        assert (FONTS / licence).is_file(), row  # the row names the licence file beside it
        font = TTFont(face.path, fontNumber=face.subfont, lazy=True)
        assert "glyf" in font, face  # TrueType outlines: ReportLab cannot embed CFF
        fs_type = font["OS/2"].fsType
        assert fs_type != 0x0002 and not fs_type & 0x0300, face  # embedding allowed
        assert face.path.stat().st_size < 10 * 2**20, face  # the repository's limit per file


def test_arabic_reshaping_never_makes_a_character_no_font_has():
    from arabic_reshaper.letters import LETTERS_ARABIC
    from arabic_reshaper.ligatures import LETTERS_LIGATURES

    forms = {form for forms in LETTERS_ARABIC.values() for form in forms if form}
    lam_alef = [forms for name, (_, forms) in LETTERS_LIGATURES if "LAM WITH ALEF" in name]
    forms |= {form for forms in lam_alef for form in forms if form}

    assert [f"U+{ord(form):04X}" for form in sorted(forms) if not font_chain().font_for(form)] == []


def one_glyph_font(path: Path, char: str, cff: bool = False) -> Path:
    """A real font file with a square for `char`, as a font of the computer would have it."""
    builder = FontBuilder(1000, isTTF=not cff)
    builder.setupGlyphOrder([".notdef", "square"])
    builder.setupCharacterMap({ord(char): "square"})
    if cff:
        from fontTools.pens.t2CharStringPen import T2CharStringPen

        pen = T2CharStringPen(1000, None)
        _square(pen)
        builder.setupCFF(
            "Test", {}, {".notdef": pen.getCharString(), "square": pen.getCharString()}, {}
        )
    else:
        pen = TTGlyphPen(None)
        _square(pen)
        builder.setupGlyf({".notdef": pen.glyph(), "square": pen.glyph()})
    builder.setupHorizontalMetrics({".notdef": (1000, 0), "square": (1000, 100)})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "System Test", "styleName": "Regular"})
    builder.setupOS2(fsType=0)
    builder.setupPost()
    builder.save(path)
    return path


def _square(pen) -> None:
    pen.moveTo((100, 0))
    pen.lineTo((900, 0))
    pen.lineTo((900, 800))
    pen.lineTo((100, 800))
    pen.closePath()


def test_a_font_of_the_computer_draws_what_no_shipped_font_has(tmp_path):
    system = Face("SystemTestTrueType", one_glyph_font(tmp_path / "system.ttf", RARE))

    assert FontChain(bundled_faces()).font_for(RARE) is None
    assert FontChain((*bundled_faces(), system)).font_for(RARE) == "SystemTestTrueType"
    assert FontChain((*bundled_faces(), system)).font_for("张") == "WQYMicroHei"  # still first


def test_a_missing_or_unusable_font_of_the_computer_is_passed_over(tmp_path):
    missing = Face("SystemTestMissing", tmp_path / "absent.ttf")
    cff = Face("SystemTestCff", one_glyph_font(tmp_path / "system.otf", RARE, cff=True))
    garbage = tmp_path / "garbage.ttf"
    garbage.write_bytes(b"not a font" * 100)

    chain = FontChain((*bundled_faces(), missing, cff, Face("SystemTestGarbage", garbage)))

    assert chain.font_for(RARE) is None  # and no exception: the character prints as the mark
    assert chain.font_for("a") == "WQYMicroHei"


@pytest.mark.parametrize("char", ["张", "a"])
def test_the_chinese_font_is_read_and_no_fallback_for_everyday_text(char):
    chain = FontChain(bundled_faces())

    assert chain.font_for(char) == "WQYMicroHei"
    assert list(chain._fonts) == ["WQYMicroHei"]  # the fallback fonts are read on first need
