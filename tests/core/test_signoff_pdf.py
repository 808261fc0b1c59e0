"""The printed sign-off sheet of a handling proposal, read back with poppler and a QR reader."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pdfs import assert_a4, assert_fonts_embedded, fonts_of, needs_poppler, page_count, run, text_of
from signoff_sheets import (
    CODE,
    COMPENSATION,
    FINGERPRINT,
    GENERAL,
    GENERAL_SIGNED,
    MANAGER,
    MANAGER_SIGNED,
    RETURN,
    example_sheet,
)

from qa_desktop.core.errors import UserError
from qa_desktop.core.reports.signoff_pdf import export_signoff_pdf
from qa_desktop.core.reports.signoff_sheet import SignoffSheet
from qa_desktop.core.scans import read_scan

pytestmark = needs_poppler
LANGS = ("en", "zh_CN")
PRELIMINARY_EN = "PRELIMINARY — not binding until signed by the general manager"
PRELIMINARY_ZH = "初步意见 — 经总经理批准签字前不生效"
BINDING_EN = "BINDING — final sign-off by 李志强 on 2024-08-22 16:05 CST"
BINDING_ZH = "已生效 — 李志强 于 2024-08-22 16:05 CST 最终批示"
MARKUP = '<b>bold</b> <img src="/etc/passwd"/> & 5 < 6'
ARABIC = "الخدوش على اللفائف"


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def export(sheet: SignoffSheet, out: Path, lang: str) -> Path:
    """The sheet, checked as every printout must be: A4 on every page, every font embedded."""
    result = export_signoff_pdf(sheet, out, lang=lang)
    assert result.path == out.resolve()
    assert_a4(result.path)
    assert_fonts_embedded(result.path)
    return result.path


def pages_text(pdf: Path) -> list[str]:
    return [text_of(pdf, page) for page in range(1, page_count(pdf) + 1)]


def png_of_page(pdf: Path, page: int, dpi: int = 150) -> bytes:
    stem = pdf.with_name(f"{pdf.stem}-p{page}")
    run("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
        pdf, stem)  # fmt: skip
    return stem.with_suffix(".png").read_bytes()


@pytest.fixture(params=LANGS)
def lang(request) -> str:
    return request.param


PRELIMINARY_SHEETS = {
    "nothing signed": example_sheet(MANAGER, GENERAL),
    "manager signed": example_sheet(MANAGER_SIGNED, GENERAL),
}


@pytest.mark.parametrize("name", PRELIMINARY_SHEETS)
def test_a_preliminary_sheet_says_so_in_both_languages(tmp_path, lang, name):
    pdf = export(PRELIMINARY_SHEETS[name], tmp_path / "sheet.pdf", lang)

    text = text_of(pdf)

    assert PRELIMINARY_EN in text
    assert PRELIMINARY_ZH in text
    assert "BINDING" not in text and "已生效" not in text
    first, second = (PRELIMINARY_ZH, PRELIMINARY_EN) if lang == "zh_CN" else (PRELIMINARY_EN,
                                                                            PRELIMINARY_ZH)  # fmt: skip
    assert text.index(first) < text.index(second)


def test_a_binding_sheet_names_the_final_signer_and_drops_the_mark(tmp_path, lang):
    sheet = example_sheet(MANAGER_SIGNED, GENERAL_SIGNED, binding=True)
    pdf = export(sheet, tmp_path / "sheet.pdf", lang)

    text = text_of(pdf)

    assert BINDING_EN in text
    assert BINDING_ZH in text
    assert "PRELIMINARY" not in text and "初步意见" not in text  # band and watermark gone
    assert "Signed on paper" in text and "纸质签字" in text


def test_a_long_final_signer_name_is_whole_in_the_band(tmp_path):
    name = "欧阳" + "明" * 40 + " Alexandra Konstantinopoulou-Smith"
    sheet = example_sheet(MANAGER_SIGNED, replace(GENERAL_SIGNED, name=name), binding=True)

    pdf = export(sheet, tmp_path / "sheet.pdf", "en")

    band = text_of(pdf).split("Handling Proposal Sign-off Sheet")[0]
    assert squeezed(f"BINDING — final sign-off by {name} on 2024-08-22 16:05 CST") in squeezed(band)
    assert squeezed(f"已生效 — {name} 于 2024-08-22 16:05 CST 最终批示") in squeezed(band)


def test_the_sheet_states_the_case_lines_totals_and_signers(tmp_path, lang):
    pdf = export(example_sheet(MANAGER_SIGNED, GENERAL), tmp_path / "sheet.pdf", lang)

    text = text_of(pdf)

    for expected in ("KS-2024-0817", "佛山某不锈钢制品厂", "S24A0817-05", "38600.00 CNY",
                     "陈晓明", "王建国", "品保部经理", "2024-08-21 10:42 CST", FINGERPRINT,
                     CODE.record, CODE.content_hash):  # fmt: skip
        assert expected in text, expected
    words = {
        "en": ("Compensation", "Return", "QA manager", "General manager", "Approved",
               "Signed electronically", "6.35 t", "To be signed"),
        "zh_CN": ("赔偿", "退货", "品保主管", "总经理", "批准", "电子签名", "6.35 吨", "待签字"),
    }  # fmt: skip
    for expected in words[lang]:
        assert expected in text, expected
    assert squeezed(COMPENSATION.reason) in squeezed(text)
    assert "Within my limit; the return is agreed with sales." in text


def test_labels_come_in_both_languages_the_chosen_one_first(tmp_path, lang):
    pdf = export(example_sheet(), tmp_path / "sheet.pdf", lang)

    text = text_of(pdf)

    chinese, english = text.index("拟办意见审批单"), text.index("Handling Proposal Sign-off Sheet")
    assert (chinese < english) == (lang == "zh_CN")
    assert "Department key fingerprint" in text and "部门密钥指纹" in text


def test_every_font_is_embedded_wenquanyi(tmp_path, lang):
    pdf = export(example_sheet(MANAGER_SIGNED, GENERAL), tmp_path / "sheet.pdf", lang)

    for row in fonts_of(pdf):  # the example needs no fallback font, and never Helvetica
        assert "WenQuanYi" in row["name"], row


def test_the_qr_code_gives_back_the_print_code(tmp_path, lang):
    pdf = export(example_sheet(MANAGER_SIGNED, GENERAL), tmp_path / "sheet.pdf", lang)

    from_pdf = read_scan(pdf.read_bytes(), "sheet.pdf")
    from_png = read_scan(png_of_page(pdf, 1), "scan.png")

    assert from_pdf.code == CODE
    assert from_png.code == CODE
    assert f"v{CODE.version} · {CODE.short_hash}" in text_of(pdf)


def test_a_later_page_scanned_alone_carries_the_code(tmp_path):
    sheet = example_sheet(MANAGER_SIGNED, GENERAL)
    sheet = replace(sheet, lines=(replace(COMPENSATION, reason="scratched coil " * 300),))
    pdf = export(sheet, tmp_path / "sheet.pdf", "zh_CN")
    assert page_count(pdf) >= 2

    scan = read_scan(png_of_page(pdf, page_count(pdf)), "page.png")

    assert scan.code == CODE


def test_hostile_text_prints_as_text(tmp_path, lang):
    line = replace(COMPENSATION, reason=f"{MARKUP}\x07\x00 bell {ARABIC}")
    signer = replace(MANAGER_SIGNED, name="王<i>建国</i>", comment="<font size=40>big</font>")
    sheet = replace(example_sheet(signer, GENERAL), lines=(line,))

    result = export_signoff_pdf(sheet, tmp_path / "sheet.pdf", lang=lang)

    text = text_of(result.path)
    assert MARKUP in text
    assert "王<i>建国</i>" in text
    assert "<font size=40>big</font>" in text
    assert "\x07" not in text and "\x00" not in text and "bell" in text
    assert result.unprinted == ()
    names = {row["name"].split("+")[-1] for row in fonts_of(result.path)}
    assert any("Naskh" in name or "DejaVu" in name for name in names), names  # Arabic drawn


def test_a_character_no_font_has_is_reported_with_the_sheets_own_label(tmp_path):
    line = replace(COMPENSATION, reason="private \ue000 mark")
    sheet = replace(example_sheet(), lines=(COMPENSATION, line))

    result = export_signoff_pdf(sheet, tmp_path / "sheet.pdf", lang="zh_CN")

    assert [(u.field, u.characters, u.coil_line) for u in result.unprinted] == [
        ("reason", "\ue000", 2)
    ]
    assert "理由" in result.message("zh_CN")
    assert "Reason" in result.message("en")


@pytest.mark.parametrize("length", [900, 1400, 2000, 2050, 2600])
def test_a_long_reason_runs_on_and_the_boxes_stay_whole(tmp_path, length):
    words = ("scratch", "划伤", "coil", "deep-drawing", "sink")
    reason = " ".join(words[i % len(words)] + str(i) for i in range(length // 8))[:length]
    line = replace(COMPENSATION, reason=f"<b>x</b>\x07 {ARABIC} {reason}")
    sheet = replace(example_sheet(MANAGER_SIGNED, GENERAL), lines=(line, RETURN))
    pdf = export(sheet, tmp_path / "sheet.pdf", "en")

    pages = pages_text(pdf)

    body = squeezed("".join(pages))
    assert all(squeezed(token) in body for token in reason.split()[::17])
    signed = [p for p in pages if "品保部经理" in p]  # the position: in the box only
    assert len(signed) == 1  # the signed box is on one page, all of it
    for part in ("王建国", "2024-08-21 10:42 CST", "Signed electronically", "Approved"):
        assert part in signed[0], part
    totals = [p for p in pages if "Total of this proposal" in p]
    assert len(totals) == 1 and "Authority matrix version" in totals[0]  # read together
    open_box = [p for p in pages if "Final sign-off (binding)" in p]
    assert len(open_box) == 1 and "To be signed" in open_box[0]
    assert all(PRELIMINARY_EN in page and PRELIMINARY_ZH in page for page in pages)


def test_a_void_signature_shows_void(tmp_path, lang):
    sheet = example_sheet(replace(MANAGER_SIGNED, void=True), MANAGER, GENERAL)

    text = text_of(export(sheet, tmp_path / "sheet.pdf", lang))

    assert "VOID" in text and "作废" in text
    assert "王建国" in text  # still legible under the cross
    assert PRELIMINARY_EN in text


def test_a_delegated_signature_says_for_whom(tmp_path):
    signer = replace(MANAGER_SIGNED, name="赵敏", on_behalf_of="王建国")

    text = text_of(export(example_sheet(signer, GENERAL), tmp_path / "sheet.pdf", "en"))

    assert "for 王建国, as delegate" in text


@pytest.mark.parametrize(
    "signers",
    [(MANAGER_SIGNED, GENERAL), (MANAGER_SIGNED, replace(GENERAL_SIGNED, void=True))],
    ids=["not signed", "final sign-off void"],
)
def test_binding_without_a_valid_final_signoff_is_refused(tmp_path, signers):
    out = tmp_path / "sheet.pdf"

    with pytest.raises(ValueError, match="final sign-off"):
        export_signoff_pdf(example_sheet(*signers, binding=True), out)

    assert not out.exists()


def test_a_final_signoff_on_a_sheet_not_marked_binding_is_refused(tmp_path):
    with pytest.raises(ValueError, match="binding"):
        export_signoff_pdf(example_sheet(MANAGER_SIGNED, GENERAL_SIGNED), tmp_path / "s.pdf")


def test_never_writes_over_a_database(tmp_path):
    target = tmp_path / "complaints.pdf"
    target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)

    with pytest.raises(UserError):
        export_signoff_pdf(example_sheet(), target)

    assert target.read_bytes().startswith(b"SQLite format 3")
