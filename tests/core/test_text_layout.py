"""How user text is laid out for a PDF: clusters, fonts, line breaks, right-to-left order.

These read the layout directly; tests/core/test_pdf_scripts.py reads the printed PDF back."""

from __future__ import annotations

import unicodedata

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from qa_desktop.core.reports import bidi
from qa_desktop.core.reports.fonts import CANNOT_START_ZH, REPLACEMENT, font_chain
from qa_desktop.core.reports.text_layout import LaidOutText, clusters, plain_text, single_line

SIZE = 8.5


def drawn(text: str, width: float = 10_000) -> list[str]:
    """Each line as drawn, left to right."""
    return [
        "".join(run.text for run in line.runs) for line in LaidOutText.of(text, SIZE).lines(width)
    ]


def fonts_drawing(text: str) -> list[tuple[str, str]]:
    [line] = LaidOutText.of(text, SIZE).lines(10_000)
    return [(run.font, run.text) for run in line.runs]


# --- clusters and fonts ------------------------------------------------------------------------


def test_text_is_nfc_and_loses_its_control_characters():
    assert plain_text("e\u0301\x00a\x07\x1b\x85\x9fb\r\nc\td") == "éab\nc    d"
    assert single_line("王\x00工\n\t 负责人\x1f") == "王工 负责人"


def test_a_base_character_keeps_its_marks_and_an_emoji_its_modifiers():
    text = "q\u0303ש\u05b8\u05c1👍🏽👨\u200d👩\u200d👧🇨🇳🇯🇵❤\ufe0fa"

    assert clusters(text) == [
        "q\u0303",
        "ש\u05b8\u05c1",
        "👍🏽",
        "👨\u200d👩\u200d👧",
        "🇨🇳",
        "🇯🇵",
        "❤\ufe0f",
        "a",
    ]


def test_each_script_is_drawn_by_the_first_font_of_the_chain_that_has_it():
    assert fonts_drawing("张三 Müller") == [("WQYMicroHei", "张三 Müller")]
    assert fonts_drawing("Ωмש") == [("WQYMicroHei", "Ωм"), ("DejaVuSans", "ש")]
    assert fonts_drawing("ہ") == [("NotoNaskhArabic", "\ufba6")]  # Urdu: DejaVu has no heh goal
    assert fonts_drawing("🔩") == [("Symbola", "🔩")]
    assert fonts_drawing("䶮") == [("QAHanSupplementA", "䶮")]  # Extension A, 刘䶮's name
    assert fonts_drawing("𠅤") == [("QAHanSupplementB", "𠅤")]  # Extension B, in the 通用规范汉字表


def test_a_letter_and_its_marks_come_from_one_font_that_has_them_all():
    chain = font_chain()
    # WenQuanYi has "q" and six combining marks, but not the ring below: both go to DejaVu.
    assert chain.font_for("q") == "WQYMicroHei" and chain.font_for("\u0325") != "WQYMicroHei"

    assert fonts_drawing("aq\u0325") == [("WQYMicroHei", "a"), ("DejaVuSans", "q\u0325")]


def test_a_character_no_font_has_prints_the_replacement_mark_and_is_reported():
    text = LaidOutText.of("a\U00030000b\U00030000\U0001fae8", SIZE)  # Extension G, a new emoji

    assert text.unprinted == "\U00030000\U0001fae8"  # each once
    assert (
        "".join(r.text for r in text.lines(10_000)[0].runs) == f"a{REPLACEMENT}b{REPLACEMENT * 2}"
    )


def test_invisible_characters_are_neither_drawn_nor_reported():
    text = LaidOutText.of("a\u200db\u00adc\u200fd\ufe0fe\u2066f\u2069", SIZE)  # ZWJ, soft hyphen…

    assert text.unprinted == ""
    assert drawn("a\u200db\u00adc\u200fd\ufe0fe\u2066f\u2069") == ["abcdef"]


# --- line breaking -----------------------------------------------------------------------------


def line_widths(text: str, width: float) -> list[float]:
    lines = LaidOutText.of(text, SIZE).lines(width)
    for line in lines:  # each run is measured in the font that draws it
        assert line.width == pytest.approx(
            sum(stringWidth(run.text, run.font, SIZE) for run in line.runs)
        )
    return [line.width for line in lines]


@pytest.mark.parametrize("width", [40, 57, 61, 77, 100, 133])
def test_chinese_never_starts_a_line_with_closing_punctuation(width):
    text = (
        "开卷后发现表面划伤，长度约３０ｍｍ；客户要求：退货、赔偿！“严重”吗？（待定）１５％。" * 4
    )

    lines = drawn(text, width)

    assert "".join(lines) == text  # nothing lost, nothing added
    assert all(line[0] not in CANNOT_START_ZH + "。" for line in lines[1:]), lines
    assert max(line_widths(text, width)) <= width + 0.01


def test_words_break_at_spaces_and_a_long_code_inside_itself():
    words = "scratch along the rolling direction"
    assert drawn(words, 60) == ["scratch along", "the rolling", "direction"]

    code = "A1B2C3D4" * 20  # no space to break at: it is cut where the width runs out
    lines = drawn(f"see {code}", 100)
    assert lines[0] == "see" and "".join(lines[1:]) == code and len(lines) > 3
    assert max(line_widths(f"see {code}", 100)) <= 100.01


def test_mixed_fonts_wrap_by_their_own_widths():
    text = "张三 Müller 😀 𠅤 שלום مرحبا " * 6  # WenQuanYi, DejaVu, Symbola, Han supplement

    widths = line_widths(text, 120)

    assert len(widths) > 3 and max(widths) <= 120.01


def test_a_part_keeps_its_lines_when_rewrapped():
    text = LaidOutText.of("第一行很长的描述文字，第二行也不短", SIZE)
    lines = text.lines(50)

    part = text.part(lines[1:])

    assert [line.items for line in part.lines(50)] == [line.items for line in lines[1:]]


# --- right to left ----------------------------------------------------------------------------


def display(text: str) -> str:
    """The visual order of a paragraph at code-point level."""
    base = bidi.paragraph_level(text)
    levels = bidi.embedding_levels(text, base)
    order = bidi.visual_order(levels, base, [char == " " for char in text])
    return "".join(bidi.mirror(text[i]) if levels[i] % 2 else text[i] for i in order)


@pytest.mark.parametrize(
    ("logical", "visual"),
    [
        ("abc שלום def", "abc םולש def"),
        ("שלום 123 abc", "abc 123 םולש"),  # a Hebrew paragraph: right to left as a whole
        ("abc (שלום) def", "abc (םולש) def"),
        ("שלום (abc) עולם", "םלוע (abc) םולש"),  # brackets mirrored: they still open left
        ("מחיר: 1,000.50 ₪", "₪ 1,000.50 :ריחמ"),  # a number keeps its digits in order
        ("السعر 25% فقط", "طقف %25 رعسلا"),
        ("CC-2026-0001 שלום", "CC-2026-0001 םולש"),
    ],
)
def test_right_to_left_runs_are_put_in_drawing_order(logical, visual):
    assert display(logical) == visual


def test_arabic_is_drawn_in_its_joining_forms():
    assert drawn("مرحبا") == ["\ufe8e\ufe92\ufea3\ufeae\ufee3"]  # ﻣﺮﺣﺒﺎ, drawn right to left
    assert drawn("لا") == ["\ufefb"]  # lam-alef, as Arabic is always written
    assert unicodedata.normalize("NFKC", drawn("مرحبا")[0])[::-1] == "مرحبا"


def test_hebrew_points_are_drawn_just_before_their_letter():
    # Their glyphs sit right of the pen with no advance: drawn first, they land on the letter.
    assert drawn("שָׁלוֹם") == ["ם\u05b9ול\u05c1\u05b8ש"]
