"""Every character of the user's text comes out of the printed form, in whatever script.

Read back with poppler: pdftotext for the characters, pdffonts for the embedded fonts, -bbox and
cropping for the right-to-left order, the raw Info dictionary for the metadata."""

from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from conftest import ENGINEER, example_draft
from pdfs import assert_a4, body_text, export, fonts_of, info_dict, needs_poppler, run, text_of

from qa_desktop.core.drafts import CoilDraft
from qa_desktop.core.reports.fonts import REPLACEMENT, system_faces
from qa_desktop.core.services.complaints import register_complaint

pytestmark = needs_poppler
MIXED = "张三 Müller 😀 𠀀 שלום مرحبا"
NO_FONT = "\U00030000"  # CJK Extension G: in no font we ship or find (HanaMinB ends at F)
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # poppler marks RTL runs


def system_han_font() -> Path:
    """The computer's font for the rest of Extension B (HanaMinB; run.sh installs it)."""
    path = system_faces()[0].path
    if not path.is_file() and not os.environ.get("CI"):
        pytest.skip(f"needs {path} (apt-get install fonts-hanazono)")
    return path


def readable(text: str) -> str:
    """pdftotext's output compared as a reader sees it: Arabic presentation forms as letters."""
    return unicodedata.normalize("NFKC", BIDI_CONTROLS.sub("", text))


def mixed_complaint():
    return register_complaint(
        example_draft(
            contact_name=MIXED,  # a grid cell
            description=f"描述：{MIXED} q\u0323 שָׁלוֹם",  # a long text
            coils=[CoilDraft(coil_no="S24A0817-03", grade="304 🔩", finish="2B ✔")],
        ),
        actor=ENGINEER,
    )


def test_mixed_scripts_print_every_character(db, tmp_path):
    system_han_font()
    result = export(mixed_complaint(), tmp_path / "form.pdf", lang="zh_CN")

    text = readable(text_of(result.path))

    assert result.unprinted == ()
    assert REPLACEMENT not in text
    assert "张三 Müller 😀 𠀀" in text  # left to right, as typed
    assert "שלום" in text and "مرحبا" in text  # poppler gives right-to-left words in reading order
    assert "304 🔩" in text and "2B ✔" in text
    typed = Counter(unicodedata.normalize("NFKC", f"{MIXED}q\u0323שָׁלוֹם".replace(" ", "")))
    printed = Counter(text.replace(" ", ""))
    assert typed - printed == Counter(), "characters missing from the printed form"


def test_every_font_on_the_form_is_embedded_truetype_with_a_unicode_map(db, tmp_path):
    system_han_font()
    out = export(mixed_complaint(), tmp_path / "form.pdf", lang="en").path

    rows = fonts_of(out)

    names = {re.sub(r"^[A-Z]{6}\+", "", row["name"]) for row in rows}
    assert {"WenQuanYiMicroHei-0", "DejaVuSans", "Symbola", "HanaMinB"} <= names
    for row in rows:  # what export() checks on every form, spelled out here
        assert (row["type"], row["emb"], row["uni"]) == ("TrueType", "yes", "yes"), row


def test_characters_beyond_the_bmp_copy_out_as_themselves(db, tmp_path):
    # ReportLab wrote their Unicode map with four hex digits: 🔩 came out as "ὒ" (U+1F52).
    complaint = register_complaint(example_draft(contact_name="🔩 😀 𠅤 䶮"), actor=ENGINEER)

    text = text_of(export(complaint, tmp_path / "form.pdf", lang="en").path)

    # (Without the spaces: poppler takes fonts of different heights for one word.)
    assert "🔩😀𠅤䶮" in text.replace(" ", "")


def test_a_character_no_font_has_prints_a_visible_mark_and_is_reported(db, tmp_path):
    complaint = register_complaint(
        example_draft(
            description=f"划伤{NO_FONT}长度",
            customer_request="退货 \U0001fae8",  # an emoji newer than Symbola
            coils=[CoilDraft(coil_no="S24A0817-03", grade=f"304{NO_FONT}")],
        ),
        actor=ENGINEER,
    )

    result = export(complaint, tmp_path / "form.pdf", lang="en")

    assert [(u.field, u.characters, u.coil_line) for u in result.unprinted] == [
        ("grade", NO_FONT, 1),  # in the order the form prints them
        ("description", NO_FONT, None),
        ("customer_request", "\U0001fae8", None),
    ]
    text = text_of(result.path)
    assert f"划伤{REPLACEMENT}长度" in text and f"退货 {REPLACEMENT}" in text
    assert f"304{REPLACEMENT}" in text
    assert result.message("en") == (
        f"No font has these characters; they print as {REPLACEMENT}: {NO_FONT} U+30000 in "
        f"Grade (line 1); {NO_FONT} U+30000 in Description as reported; \U0001fae8 U+1FAE8 in "
        "Customer request."
    )
    assert "不良现象" in result.message("zh_CN") and "钢种" in result.message("zh_CN")


def word_box(pdf: Path, word: str) -> tuple[float, float, float, float]:
    """(xMin, yMin, xMax, yMax) of a right-to-left word, in points. pdftotext -bbox lists each
    word's characters as they lie on the page, left to right: the word reversed."""
    html = run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-")
    pattern = (
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    )
    for match in re.finditer(pattern, html):
        if readable(match.group(5)) == word[::-1]:
            return tuple(float(match.group(i)) for i in range(1, 5))  # type: ignore[return-value]
    raise AssertionError(f"{word} not found")


def text_in(pdf: Path, box: tuple[float, float, float, float]) -> str:
    x0, y0, x1, y1 = box
    crop = ["-x", round(x0), "-y", round(y0), "-W", round(x1 - x0), "-H", round(y1 - y0)]
    return readable(run("pdftotext", "-r", "72", *crop, "-f", "1", "-l", "1", pdf, "-")).strip()


@pytest.mark.parametrize("word", ["שלום", "مرحبا"])
def test_right_to_left_words_are_drawn_from_the_right(db, tmp_path, word):
    complaint = register_complaint(example_draft(contact_name=f"Tel {word}"), actor=ENGINEER)
    out = export(complaint, tmp_path / "form.pdf", lang="en").path

    x0, y0, x1, y1 = word_box(out, word)

    # Reading starts at the right: the first letter is at the word's right edge, the last at its left.
    assert text_in(out, (x1 - 1.5, y0, x1 + 1, y1)) == word[0]
    assert text_in(out, (x0 - 1, y0, x0 + 1.5, y1)) == word[-1]


def test_arabic_letters_are_printed_in_their_joining_forms(db, tmp_path):
    complaint = register_complaint(example_draft(contact_name="مرحبا"), actor=ENGINEER)

    text = text_of(export(complaint, tmp_path / "form.pdf", lang="en").path)

    assert "\ufee3\ufeae\ufea3\ufe92\ufe8e" in BIDI_CONTROLS.sub("", text)  # ﻣ ﺮ ﺣ ﺒ ﺎ joined
    assert "\u0645\u0631\u062d\u0628\u0627" not in text  # not the letters standing alone


def test_wrapped_chinese_starts_no_line_with_closing_punctuation(db, tmp_path):
    from qa_desktop.core.reports.fonts import CANNOT_START_ZH

    sentence = "开卷后发现表面划伤，长度约30毫米；客户要求：退货、赔偿！是否“严重”？（待定）。"
    complaint = register_complaint(example_draft(customer_request=sentence * 5), actor=ENGINEER)

    text = body_text(export(complaint, tmp_path / "form.pdf", lang="zh_CN").path)

    block = text[text.index("开卷后") : text.rindex("（待定）。") + 5]
    lines = [line for line in block.splitlines() if line.strip()]
    assert len(lines) > 4
    assert all(line[0] not in CANNOT_START_ZH + "。" for line in lines), lines
    assert "".join(lines) == sentence * 5


def test_metadata_carries_no_control_characters_even_from_old_data(db, db_path, tmp_path):
    complaint = register_complaint(example_draft(owner="王工"), actor=ENGINEER)
    # Data stored before the core refused control characters, written behind its back.
    connection = sqlite3.connect(db_path)
    connection.execute(
        "UPDATE complaint SET owner = ?, contact_name = ? WHERE id = ?",
        ("王\x00工\x07\x1b\x85\u009f", "张\x00经理\x08", complaint.id),
    )
    connection.commit()
    connection.close()
    complaint = type(complaint).get_by_id(complaint.id)

    out = export(complaint, tmp_path / "form.pdf", lang="zh_CN").path

    info = info_dict(out)
    assert info["Author"] == "王工"
    assert info["Title"] == f"客户投诉处理单 {complaint.case_no}"
    for value in info.values():
        assert not re.search("[\x00-\x1f\x7f-\x9f]", value), info
    assert re.search(r"^Author:\s+王工$", run("pdfinfo", out), re.MULTILINE)
    assert "张经理" in text_of(out)  # drawn without them too
    assert_a4(out)
