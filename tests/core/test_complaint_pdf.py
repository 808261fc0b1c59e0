"""The complaint handling form PDF, checked from the outside with poppler's tools."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from conftest import ADMIN, ENGINEER, example_draft
from pdfs import assert_a4, body_text, export, fonts_of, needs_poppler, page_count, run, text_of

from qa_desktop.core.documents import complaint_record, content_hash
from qa_desktop.core.drafts import CoilDraft
from qa_desktop.core.errors import UserError
from qa_desktop.core.reports import complaint_pdf
from qa_desktop.core.reports.complaint_pdf import export_complaint_pdf
from qa_desktop.core.services.complaints import register_complaint

pytestmark = needs_poppler
LANGS = ("en", "zh_CN")
MARKUP = '<img src="/etc/passwd"/> <b>x</b> & 5 < 6'


def squeezed(text: str) -> str:
    """Without white space: wrapped lines joined back."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def complaint(db, draft):
    return register_complaint(draft, actor=ENGINEER)


@pytest.fixture(params=LANGS)
def lang(request) -> str:
    return request.param


def test_writes_the_file_and_returns_its_path(complaint, tmp_path, lang):
    out = tmp_path / "form.pdf"

    written = export(complaint, out, lang=lang)

    assert written.path == out.resolve()
    assert written.unprinted == ()
    assert out.read_bytes().startswith(b"%PDF-")


def test_every_font_is_the_embedded_wenquanyi(complaint, tmp_path, lang):
    out = export(complaint, tmp_path / "form.pdf", lang=lang).path

    rows = fonts_of(out)

    assert rows, "the PDF names no font at all"
    for row in rows:  # Chinese and English need no fallback font, and never Helvetica
        assert "WenQuanYi" in row["name"], row
        assert row["emb"] == "yes", row


def test_text_gives_back_customer_case_and_coils(complaint, tmp_path, lang):
    out = export(complaint, tmp_path / "form.pdf", lang=lang).path

    text = text_of(out)

    assert "佛山某不锈钢制品厂" in text
    assert complaint.case_no in text
    assert "S24A0817-03" in text
    assert "S24A0817-05" in text
    assert "H2408123" in text
    assert "1.00 × 1219" in text


@pytest.mark.parametrize(("lang", "defect"), [("en", "Scratch"), ("zh_CN", "划伤")])
def test_language_orders_the_labels_and_words_the_values(complaint, tmp_path, lang, defect):
    out = export(complaint, tmp_path / "form.pdf", lang=lang).path

    text = text_of(out)

    chinese, english = text.index("客户投诉处理单"), text.index("Customer Complaint Handling Form")
    assert (chinese < english) == (lang == "zh_CN")
    assert defect in text
    for zh, en in [("临时对策", "Containment"), ("原因分析", "Cause analysis")]:
        assert zh in text and en in text
    for zh, en in [("拟办意见", "Proposed handling"), ("客户诉求", "Customer request")]:
        assert zh in text and en in text


def test_handling_boxes_and_sign_off_are_printed(complaint, tmp_path):
    out = export(complaint, tmp_path / "form.pdf", lang="en").path

    text = squeezed(text_of(out))

    for label in (
        "Preparedby(QAengineer)",
        "Reviewedby(QAmanager)",
        "Approvedby(generalmanager)",
        "编制（品保工程师）",
        "审核（品保主管）",
        "批准（总经理）",
    ):
        assert squeezed(label).lower() in text.lower()
    assert text.lower().count("signature") == 3


def test_internal_notes_are_marked_internal(db, tmp_path):
    complaint = register_complaint(
        example_draft(internal_note="同炉号另有 3 卷在库"), actor=ENGINEER
    )
    out = export(complaint, tmp_path / "form.pdf", lang="zh_CN").path

    text = text_of(out)

    assert "内部资料，不得提供给客户" in text
    assert "Internal: not for the customer" in text
    assert "同炉号另有 3 卷在库" in text


def test_user_text_is_printed_literally_never_read_as_markup(db, tmp_path, lang):
    complaint = register_complaint(
        example_draft(
            # Every kind of place a value is printed: grid cells, long texts, coil cells.
            product=MARKUP,
            contact_name="<b>张</b>经理",
            specification='<font name="Helvetica">304</font>',
            description=MARKUP,
            customer_request='<font name="Helvetica">plain</font>',
            internal_note="line one\nline two <br/> still two",
            coils=[CoilDraft(coil_no="S24A0817-03", grade="<b>304</b>", finish='<img src="x"/>')],
        ),
        actor=ENGINEER,
    )
    out = export(complaint, tmp_path / "form.pdf", lang=lang).path

    text = text_of(out)

    assert squeezed(text).count(squeezed(MARKUP)) == 2  # the narrow product cell wraps it
    assert "<b>304</b>" in squeezed(text)
    assert '<imgsrc="x"/>' in squeezed(text)
    assert MARKUP in text
    assert "<b>张</b>经理" in text
    assert '<font name="Helvetica">304</font>' in text
    assert '<font name="Helvetica">plain</font>' in text
    assert re.search(r"line one\s*\n\s*line two <br/> still two", text)
    images = run("pdfimages", "-list", out).splitlines()[2:]  # after the two header lines
    assert images == []
    assert "Helvetica" not in run("pdffonts", out)


def test_many_coils_and_a_long_description_run_over_pages(db, tmp_path, lang):
    coils = [
        CoilDraft(
            coil_no=f"S24B{n:04d}-01", heat_no="H2409001", grade="304", thickness_mm="0.8",
            width_mm="1250", finish="BA", weight_kg="5120", quantity="1", unit="coils",
        )
        for n in range(30)
    ]  # fmt: skip
    # Numbered sentences: every one must come out, in order, across the page breaks.
    sentences = [
        f"第{n:03d}句：开卷后发现表面划伤。Scratch No.{n:03d} along the rolling direction. "
        for n in range(1, 200)
    ]
    description = "".join(sentences)[:6000]
    numbers = [int(n) for n in re.findall(r"Scratch No\.(\d{3})", description)]
    assert len(description) == 6000 and numbers == list(range(1, 101))
    complaint = register_complaint(
        example_draft(coils=coils, description=description), actor=ENGINEER
    )
    out = export(complaint, tmp_path / "long.pdf", lang=lang).path

    pages = page_count(out)

    assert pages >= 2
    text = text_of(out)
    # (A page break may fall between "Scratch" and "No.", with the footer in between.)
    assert [int(n) for n in re.findall(r"No\.(\d{3})", text)] == numbers
    # No word is glued to the next where a line or a page broke.
    assert not re.search(r"ScratchNo|alongthe|therolling|rollingdirection", text)
    coil_pages = [
        page for page in range(1, pages + 1) if re.search(r"S24B\d{4}-01", text_of(out, page))
    ]
    assert len(coil_pages) >= 2, "30 coils should not fit on one page"
    for page in coil_pages:  # the table's header row repeats on each page it reaches
        page_text = text_of(out, page)
        assert "Coil / lot no." in page_text
        assert "钢卷号/批号" in page_text
    all_text = text_of(out)
    assert all(coil.coil_no in all_text for coil in coils)


def test_an_unbroken_run_of_characters_wraps_inside_its_box(db, tmp_path):
    token = "HTTP://EXAMPLE.COM/" + "A1B2C3D4" * 60
    complaint = register_complaint(
        example_draft(description=token, customer_request="划" * 400), actor=ENGINEER
    )

    out = export(complaint, tmp_path / "form.pdf", lang="en").path

    text = squeezed(body_text(out))
    assert token in text
    assert text.count("划") == 400  # all of it, though a page break may fall inside


def test_a_field_pasted_full_of_text_splits_instead_of_stopping_the_export(db, tmp_path):
    huge = "规格说明 spec text " * 400  # taller than a page
    complaint = register_complaint(
        example_draft(
            customer_request=huge,
            specification="规格 spec " * 55,  # the longest a one-line field may be
            coils=[CoilDraft(coil_no="S24A0817-03", finish="2B " * 160)],
        ),
        actor=ENGINEER,
    )

    out = export(complaint, tmp_path / "form.pdf", lang="zh_CN").path

    assert page_count(out) >= 3
    # Lines break between words and pages between lines, so every word comes out whole.
    assert len(re.findall(r"\bspec\b", text_of(out))) == 400 + 55


def test_every_page_has_the_footer(db, tmp_path):
    complaint = register_complaint(example_draft(description="很长的描述。" * 1500), actor=ENGINEER)
    out = export(complaint, tmp_path / "form.pdf", lang="en").path
    digest = content_hash(complaint_record(complaint, "en"))
    pages = page_count(out)

    assert pages >= 3
    for page in range(1, pages + 1):
        text = text_of(out, page)
        assert f"Page {page} of {pages}" in text
        assert f"第 {page} 页，共 {pages} 页" in text
        assert str(complaint.uuid) in text
        assert digest[:16] in text
        assert digest[:17] not in text  # the first 16 hex digits, no more


def test_footer_hash_is_the_same_in_both_languages(complaint, tmp_path):
    digest = content_hash(complaint_record(complaint, "en"))[:16]

    for lang in LANGS:
        out = export(complaint, tmp_path / f"{lang}.pdf", lang=lang).path
        assert digest in text_of(out)


def test_qr_area_at_the_top_right_stays_empty(complaint, tmp_path):
    out = export(complaint, tmp_path / "form.pdf", lang="en").path
    # At 72 dpi one pixel is one point: the reserved square below the top margin, at the right.
    x = round(complaint_pdf.PAGE_WIDTH - complaint_pdf.MARGIN - complaint_pdf.QR_SIZE)
    y = round(complaint_pdf.TOP_MARGIN)
    size = round(complaint_pdf.QR_SIZE)

    inside = run(
        "pdftotext", "-r", "72", "-x", x, "-y", y, "-W", size, "-H", size, "-f", "1", "-l", "1",
        out, "-",
    )  # fmt: skip
    left_of_it = run(
        "pdftotext", "-r", "72", "-x", round(complaint_pdf.MARGIN), "-y", y, "-W", x - 40,
        "-H", size, "-f", "1", "-l", "1", out, "-",
    )  # fmt: skip

    assert inside.strip() == ""
    assert "Customer Complaint Handling Form" in left_of_it  # the probe does see text


def test_metadata_names_the_form_and_the_case(complaint, tmp_path, lang):
    out = export(complaint, tmp_path / "form.pdf", lang=lang).path

    info = run("pdfinfo", out)

    title = "客户投诉处理单" if lang == "zh_CN" else "Customer Complaint Handling Form"
    assert re.search(rf"^Title:\s+{title} {complaint.case_no}$", info, re.MULTILINE)
    assert re.search(r"^Author:\s+王工$", info, re.MULTILINE)


def test_printed_time_comes_from_the_clock_in_the_department_s_zone(
    complaint, tmp_path, pc_in_los_angeles
):
    from qa_desktop.core.services.department import change_setting

    change_setting("time_zone", "Asia/Shanghai", actor=ADMIN)
    moment = datetime(2031, 5, 6, 12, 0, tzinfo=UTC)  # 05:00 in Los Angeles, 20:00 in Shanghai

    out = export(complaint, tmp_path / "form.pdf", lang="en", clock=lambda: moment).path

    assert "2031-05-06 20:00 Asia/Shanghai" in text_of(out)


def test_a_complaint_without_coils_says_so(db, tmp_path):
    complaint = register_complaint(example_draft(category="service", coils=[]), actor=ENGINEER)

    out = export(complaint, tmp_path / "form.pdf", lang="en").path

    assert "No coil or lot recorded." in text_of(out)


def test_nothing_but_the_finished_file_is_left_behind(complaint, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()

    export(complaint, folder / "form.pdf", lang="en")

    assert [p.name for p in folder.iterdir()] == ["form.pdf"]  # no .form.pdf.*.part beside it


def test_a_failure_mid_build_leaves_no_file(complaint, tmp_path, monkeypatch):
    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    # Fails while the pages are written, after the temporary file has content.
    monkeypatch.setattr(complaint_pdf._Form, "decorate_page", broken)
    folder = tmp_path / "out"
    folder.mkdir()

    with pytest.raises(RuntimeError, match="disk on fire"):
        export_complaint_pdf(complaint, folder / "form.pdf", lang="en")

    assert list(folder.iterdir()) == []


def test_a_failed_export_keeps_the_previous_file(complaint, tmp_path, monkeypatch):
    out = tmp_path / "form.pdf"
    export(complaint, out, lang="en")
    before = out.read_bytes()

    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(complaint_pdf._Form, "decorate_page", broken)
    with pytest.raises(RuntimeError):
        export_complaint_pdf(complaint, out, lang="zh_CN")

    assert out.read_bytes() == before
    assert not list(tmp_path.glob("*.part"))


def test_unknown_language_is_refused_before_writing(complaint, tmp_path):
    with pytest.raises(UserError):
        export_complaint_pdf(complaint, tmp_path / "form.pdf", lang="fr")

    assert not (tmp_path / "form.pdf").exists()


def test_cli_exports_the_form(complaint, db_path, tmp_path):
    from qa_desktop.cli import main

    out = tmp_path / "cli.pdf"

    code = main(["export", "complaint", complaint.case_no, "--db", str(db_path), "--out", str(out)])

    assert code == 0
    assert_a4(out)
    assert complaint.case_no in text_of(out)
    assert text_of(out).index("客户投诉处理单") < text_of(out).index("Customer Complaint")


def test_the_form_of_real_handling_forms_prints_the_v2_fields_and_the_attachments(db, tmp_path):
    """Customer's complaint no., salesperson, mill certificate, the customer's claim, samples,
    the 'other' defect in words, the attachments by name, and the time in the department's zone."""
    from datetime import UTC, datetime

    from qa_desktop.core.documents import complaint_record, content_hash
    from qa_desktop.core.media import prepare_bytes
    from qa_desktop.core.services.attachments import NewAttachment, add_attachments
    from qa_desktop.core.services.department import change_setting

    change_setting("time_zone", "Asia/Shanghai", actor=ADMIN)
    complaint = register_complaint(
        example_draft(
            customer_complaint_no="FS-QC-0817", salesperson="孙经理", mill_cert_no="ZB2408170301",
            claim_amount="38600", claim_currency="CNY", samples_returned="yes",
            defect_type_code="other", defect_other="白点",
        ), actor=ENGINEER
    )  # fmt: skip
    before = content_hash(complaint_record(complaint, "zh_CN"))
    letter = prepare_bytes(b"From: buyer@example.com\n\nscratches", "complaint letter.eml")
    add_attachments(complaint.id, [NewAttachment(letter, "客户来函")], actor=ENGINEER)
    record = complaint_record(complaint, "zh_CN")
    assert content_hash(record) != before, "what was attached is part of what is signed"

    printed = datetime(2026, 12, 1, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
    out = export(complaint, tmp_path / "form.pdf", lang="zh_CN", clock=lambda: printed).path

    text = squeezed(body_text(out))
    for shown in ("FS-QC-0817", "孙经理", "ZB2408170301", "38,600.00CNY", "是", "其他（请说明）:白点",
                  "complaintletter.eml—客户来函", "2026-12-0109:30Asia/Shanghai",
                  f"sha256{letter.sha256[:12]}"):  # fmt: skip
        assert shown in text, shown
