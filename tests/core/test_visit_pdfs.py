"""The site-visit printouts read back as a person's tools read them (poppler, PDFium, a QR
reader): the customer's quantity confirmation — signed on screen, on paper, voided, blank — and
the site-visit report, from visits made through the services; and their CLI commands."""

from __future__ import annotations

import ctypes
import io
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from conftest import (
    ENGINEER,
    PASSWORD,
    SHANGHAI,
    add_test_accounts,
    example_draft,
    set_department_zone,
)
from pdfs import assert_a4, assert_fonts_embedded, needs_poppler, page_count, run, text_of
from PIL import Image, ImageStat

from qa_desktop.core import media, worker
from qa_desktop.core.models import Confirmation, Visit
from qa_desktop.core.printcode import CONFIRMATION, PrintCode, encode
from qa_desktop.core.reports import exports
from qa_desktop.core.reports.visit_ink import INK
from qa_desktop.core.scans import read_scan
from qa_desktop.core.services import confirmations, visit_record, visits
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting
from qa_desktop.core.services.keys import database_uuid
from qa_desktop.core.services.visit_sheets import unsigned_hash
from qa_desktop.core.signature_strokes import Stroke, normalise
from qa_desktop.core.visit_content import PhotoDraft, VisitContent
from qa_desktop.core.visit_quantities import STATEMENT_EN, STATEMENT_ZH, VisitCoilDraft

pytestmark = needs_poppler
FIELD = Actor("zhou", "周工")
NOW = datetime(2026, 3, 11, 9, 0, tzinfo=SHANGHAI)
LANGS = ("en", "zh_CN")
CHANGED_ZH = "客户签名后已确认的数量被修改"


def clock() -> datetime:
    return NOW


# ----- a visit made through the services -----------------------------------------------------------
def coil(coil_no: str, used: str, unused: str, du: str, dun: str, unit: str = "pcs"):
    return VisitCoilDraft(coil_no=coil_no, heat_no="h2408", grade="304", specification="1.0×1219",
                          weight="6350", used=used, unused=unused, defective_used=du,
                          defective_unused=dun, unit=unit)  # fmt: skip


LINES = [
    coil("S24A0817-05", "180", "32", "23", "4"),
    coil("S24A0817-03", "100", "10", "5", "1"),
    coil("S24A0818-01", "6.35", "1.2", "0.8", "0.3", unit="t"),
]
ANSWERS = {
    "defect_source": "our_material",
    "visible_before_processing": "yes",
    "defective_used": "1.2",
    "samples_taken": "na",
    "specification": "1.0×1219",
    "customer_loss": "停线 4 小时，报废 23 件",
    "customer_remedy": "希望退货并赔偿加工损失",
}
FINDINGS = "划伤沿轧制方向，间距约 1.2 m，开卷前可见"


@pytest.fixture
def visit(db) -> Visit:
    add_test_accounts((FIELD, "field_staff"), (Actor("qa.li"), "qa_manager"))
    change_setting("coil_number_forms", "S##@####-##", Actor("qa.li"))
    set_department_zone("Asia/Shanghai")  # the printed times are the department's
    case = register_complaint(example_draft(), ENGINEER)
    plan = visits.VisitPlan(
        "zhou", NOW + timedelta(days=2), "佛山市顺德区 3 号车间", "刘工", "0757-1234567"
    )
    return visits.plan_visit(case.case_no, plan, ENGINEER, clock).visit


def save(visit: Visit, lines=LINES, photos=(), answers=ANSWERS) -> Visit:
    fresh = Visit.get_by_id(visit.id)
    content = VisitContent(answers, FINDINGS, lines, photos)
    return visit_record.save_visit(str(fresh.uuid), fresh.revision, content, FIELD, clock).visit


def signature() -> list[Stroke]:
    points = tuple((10.0 + i * 8, 40.0 + (i % 5) * 6, i * 40, 0.6) for i in range(30))
    return normalise([Stroke(points)], 400, 160)


def confirm(visit: Visit) -> Confirmation:
    fresh = Visit.get_by_id(visit.id)
    return confirmations.confirm_on_screen(
        str(fresh.uuid), fresh.revision, "刘建国", "生产部主管", signature(), PASSWORD, FIELD, clock
    )


def confirm_on_paper(visit: Visit) -> Confirmation:
    fresh = Visit.get_by_id(visit.id)
    scan = media.prepare_bytes(jpeg((600, 800), "white"), "signed-sheet.jpg")
    return confirmations.record_paper_confirmation(
        str(fresh.uuid), fresh.revision, "陈立", "质量部经理", scan, PASSWORD, FIELD, clock
    )


def jpeg(size: tuple[int, int], colour: str, orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def photo(data: bytes, name: str, **where: str) -> PhotoDraft:
    (sha,) = visit_record.store_photos([media.prepare_bytes(data, name)], FIELD, clock)
    return PhotoDraft(sha, name, f"照片 {name}", **where)


# ----- reading the PDFs back --------------------------------------------------------------------------
def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def layout_text(pdf: Path) -> str:
    return run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-")


def checked(result) -> Path:
    assert_a4(result.path)
    assert_fonts_embedded(result.path)
    assert result.unprinted == ()
    return result.path


def confirmation_pdf(visit: Visit, tmp_path: Path, lang: str, **options) -> Path:
    out = tmp_path / f"confirmation-{lang}-{len(list(tmp_path.iterdir()))}.pdf"
    fresh = Visit.get_by_id(visit.id)
    return checked(exports.write_confirmation(fresh, out, lang, clock=clock, **options))


def report_pdf(visit: Visit, tmp_path: Path, lang: str) -> Path:
    out = tmp_path / f"report-{lang}.pdf"
    return checked(exports.write_visit_report(Visit.get_by_id(visit.id), out, lang, clock=clock))


def images(pdf: Path) -> list[tuple[int, int]]:
    """(width, height) of every image, as pdfimages lists them; each the JPEG it was (not
    decoded and compressed again) and drawn undistorted (the same resolution across as down)."""
    rows = [r.split() for r in run("pdfimages", "-list", pdf).splitlines()[2:]]
    found = []
    for row in rows:
        if row[2] == "image":
            assert row[8] == "jpeg" and abs(int(row[12]) - int(row[13])) <= 1, row
            found.append((int(row[3]), int(row[4])))
    return found


def ink_segments(pdf: Path) -> int:
    """The segments of the vector paths drawn in the signature's ink, over every page."""
    document = pypdfium2.PdfDocument(str(pdf))
    found = 0
    try:
        for page in document:
            for obj in page.get_objects():
                if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
                    continue
                rgba = [ctypes.c_uint() for _ in range(4)]
                pdfium_c.FPDFPageObj_GetStrokeColor(obj.raw, *rgba)
                if tuple(c.value for c in rgba[:3]) == INK.bitmap_rgb():
                    found += pdfium_c.FPDFPath_CountSegments(obj.raw)
    finally:
        document.close()
    return found


def code_on(pdf: Path, tmp_path: Path) -> PrintCode:
    stem = tmp_path / f"{pdf.stem}-150"
    run("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile", pdf, stem)
    read = read_scan(stem.with_suffix(".png").read_bytes(), "scan.png")
    assert read.code is not None, read.note
    return read.code


# ----- the quantity confirmation ------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_a_signed_confirmation_states_the_quantities_the_statement_and_who_signed(
    visit, tmp_path, lang
):
    save(visit)
    confirm(visit)
    pdf = confirmation_pdf(visit, tmp_path, lang)
    text = text_of(pdf)
    for expected in (visit.complaint.case_no, "佛山某不锈钢制品厂", "S24A0817-05", "S24A0817-03",
                     "S24A0818-01", "H2408", "刘建国", "生产部主管", "周工", "6.35"):  # fmt: skip
        assert expected in text, expected
    assert squeezed(STATEMENT_EN) in squeezed(text)
    assert squeezed(STATEMENT_ZH) in squeezed(text)
    assert "2026-03-11 09:00 Asia/Shanghai" in text  # when the customer signed, with its zone
    rows = layout_text(pdf).splitlines()
    first = next(r for r in rows if "S24A0817-05" in r)
    assert re.search(r"6350\s+180\s+32\s+23\s+4\s+\S+$", first), first
    totals = [r for r in rows if re.search(r"Total|合计", r)]
    assert len(totals) == 2, totals  # one per unit: pieces and tonnes never add up
    assert re.search(r"280\s+42\s+28\s+5\s+(pcs|件)$", totals[0].strip()), totals
    assert re.search(r"6\.35\s+1\.2\s+0\.8\s+0\.3\s+(t|吨)$", totals[1].strip()), totals


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_on_the_sheet_is_money_a_decision_or_a_promise(visit, tmp_path, lang):
    """Only quantities: no currency, no amount field; 'compensation' only in the statement
    that says it is subject to the company's written approval."""
    save(visit)
    blank = confirmation_pdf(visit, tmp_path, lang, blank=True)
    confirm(visit)
    signed = confirmation_pdf(visit, tmp_path, lang)
    confirm_on_paper(visit)  # signed again: the one on screen is void now
    paper = confirmation_pdf(visit, tmp_path, lang)
    for pdf in (blank, signed, paper):
        text = squeezed(text_of(pdf))
        rest = text.replace(squeezed(STATEMENT_EN), "").replace(squeezed(STATEMENT_ZH), "")
        assert squeezed(STATEMENT_EN) in text and squeezed(STATEMENT_ZH) in text
        for money in ("¥", "￥", "$", "€", "CNY", "RMB", "USD", "元", "金额", "Amount", "amount",
                      "compensat", "赔偿", "disposition", "处理意见", "promise", "承诺"):  # fmt: skip
            assert money not in rest, (pdf.name, money)


def test_the_signature_is_drawn_as_vector_paths_never_as_an_image(visit, tmp_path):
    save(visit)
    blank = confirmation_pdf(visit, tmp_path, "en", blank=True)
    confirm(visit)
    signed = confirmation_pdf(visit, tmp_path, "en")
    assert images(signed) == []
    assert ink_segments(signed) >= len(signature()[0].points)  # every point of the stroke
    assert ink_segments(blank) == 0
    confirm_on_paper(visit)
    paper = confirmation_pdf(visit, tmp_path, "en")
    assert ink_segments(paper) == 0 and images(paper) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_qr_code_names_the_visit_and_the_signed_record(visit, tmp_path, lang):
    save(visit)
    row = confirm(visit)
    code = code_on(confirmation_pdf(visit, tmp_path, lang), tmp_path)
    assert code == PrintCode(database_uuid(), CONFIRMATION, str(visit.uuid), 1, row.record_hash)


def test_a_blank_sheet_is_recognised_by_the_quantities_it_printed(visit, tmp_path):
    save(visit)
    code = code_on(confirmation_pdf(visit, tmp_path, "zh_CN", blank=True), tmp_path)
    printed = unsigned_hash(Visit.get_by_id(visit.id))
    assert (code.kind, code.record, code.version) == (CONFIRMATION, str(visit.uuid), 1)
    assert code.content_hash == printed
    changed = [coil("S24A0817-05", "180", "32", "24", "4"), *LINES[1:]]
    save(visit, changed)  # a re-count after printing: that paper is for the old figures
    assert unsigned_hash(Visit.get_by_id(visit.id)) != printed
    save(visit, list(reversed(LINES)))  # the order of the table is not what is confirmed
    assert unsigned_hash(Visit.get_by_id(visit.id)) == printed


def test_a_confirmation_code_fits_a_version_6_symbol():
    from reportlab.graphics.barcode.qr import QrCodeWidget

    some = "0b3a6c1e-5d2f-4c8a-9e7b-1f2d3c4b5a69"
    code = PrintCode(some, CONFIRMATION, some, 99, "a" * 64)  # 99 confirmations of one visit
    widget = QrCodeWidget(encode(code), barLevel="M")
    widget.qr.make()
    assert widget.qr.version <= 6


@pytest.mark.parametrize("lang", LANGS)
def test_a_voided_confirmation_prints_void_with_its_reason_and_what_was_signed(
    visit, tmp_path, lang
):
    save(visit)
    confirm(visit)
    save(visit, [coil("S24A0817-05", "180", "32", "29", "4"), *LINES[1:]])  # voids it
    pdf = confirmation_pdf(visit, tmp_path, lang)
    text = text_of(pdf)
    assert "VOID" in text and "作废" in text
    assert "a confirmed quantity changed after the customer signed" in text
    assert CHANGED_ZH in text
    first = next(r for r in layout_text(pdf).splitlines() if "S24A0817-05" in r)
    assert re.search(r"180\s+32\s+23\s+4", first), first  # the figures signed, not the new 29
    signed = Confirmation.get()
    assert code_on(pdf, tmp_path).content_hash == signed.record_hash


@pytest.mark.parametrize("lang", LANGS)
def test_a_paper_confirmation_says_so_and_names_its_scan(visit, tmp_path, lang):
    save(visit)
    row = confirm_on_paper(visit)
    text = text_of(confirmation_pdf(visit, tmp_path, lang))
    assert "Signed on paper" in text and "纸质签字" in text
    assert row.scan_sha256[:16] in text
    assert "陈立" in text and "质量部经理" in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_blank_sheet_has_lines_to_sign_and_no_signature(visit, tmp_path, lang):
    save(visit)
    pdf = confirmation_pdf(visit, tmp_path, lang, blank=True)
    text = text_of(pdf)
    assert "To be signed by hand" in text and "请手写签字" in text
    assert "S24A0817-05" in text and "周工" in text  # the lines, and who collects it
    assert "Signed on screen" not in text and "刘建国" not in text
    assert ink_segments(pdf) == 0


def test_nothing_to_print_is_refused_in_one_sentence(visit, tmp_path):
    out = tmp_path / "sheet.pdf"
    with pytest.raises(Exception, match="no coil lines yet"):
        exports.write_confirmation(Visit.get_by_id(visit.id), out, "en", blank=True)
    save(visit)
    with pytest.raises(Exception, match="print the blank sheet"):
        exports.write_confirmation(Visit.get_by_id(visit.id), out, "en")
    assert not out.exists()


# ----- the site-visit report ------------------------------------------------------------------------
def test_the_report_prints_every_photo_upright_from_its_print_copy(visit, tmp_path):
    turned = jpeg((2000, 1500), "green", orientation=6)  # a phone held upright: shown portrait
    photos = [
        photo(turned, "upright.jpg", coil_no="S24A0817-05"),
        photo(jpeg((640, 480), "red"), "item.jpg", item_key="defect_photos"),
        photo(jpeg((640, 480), "white"), "visit.jpg"),
    ]
    marked = photo(jpeg((640, 480), "blue"), "marked.jpg")
    from qa_desktop.core.annotations import Arrow, marks_to_json

    marks = marks_to_json([Arrow(0.1, 0.1, 0.5, 0.5)])  # what the viewer stores
    photos[1] = replace(photos[1], annotated_sha256=marked.sha256, marks=marks)
    save(visit, photos=photos)
    pdf = report_pdf(visit, tmp_path, "en")
    shown = images(pdf)
    assert len(shown) == 3
    assert shown[0] == (1200, 1600)  # upright, and the 1600 px print copy, not the original
    run("pdfimages", "-png", pdf, tmp_path / "img")
    colours = [ImageStat.Stat(Image.open(p).convert("RGB")).mean
               for p in sorted(tmp_path.glob("img-*.png"))]  # fmt: skip
    red, _green, blue = colours[1]
    assert blue > 200 and red < 60  # the annotated copy is printed, not the original
    text = text_of(pdf)
    for expected in ("upright.jpg", "Coil S24A0817-05", "Item: Defect photos", "defect marked",
                     "The visit as a whole", "照片 visit.jpg"):  # fmt: skip
        assert expected in text, expected


def test_the_report_in_english(visit, tmp_path):
    save(visit)
    confirm(visit)
    text = text_of(report_pdf(visit, tmp_path, "en"))
    for expected in (
        "Site-visit Report", visit.complaint.case_no, "周工", "佛山市顺德区 3 号车间", "刘工",
        "0757-1234567", "2026-03-13 09:00 Asia/Shanghai", "In progress",
        "Is the defect caused by our raw material?", "Our raw material", "Yes", "Not applicable",
        "1.2 t", "Not answered", "Filled against “Site-visit checklist”, version 1",
        "The customer's words", "not a commitment of the company", "停线 4 小时，报废 23 件",
        FINDINGS, "Findings (internal)", "S24A0818-01", "Confirmed by 刘建国 (生产部主管)",
        "Internal: not for the customer",
    ):  # fmt: skip
        assert expected in text, expected
    assert text.count("Internal: not for the customer") == page_count(
        tmp_path / "report-en.pdf"
    )  # on every page


def test_the_report_in_chinese(visit, tmp_path):
    save(visit)
    text = text_of(report_pdf(visit, tmp_path, "zh_CN"))
    for expected in (
        "现场调查报告", "检查表", "不良是否为我方原材料造成？", "我方原材料", "是", "不适用",
        "1.2 吨", "未回答", "按“现场调查检查表”第 1 版填写", "客户原话", "不是我方承诺",
        "调查结果（内部）", "钢卷与数量", "合计", "客户尚未确认数量。", "内部资料，不得提供给客户",
        "进行中",
    ):  # fmt: skip
        assert expected in text, expected
    first = text.index("检查表")
    assert text.index("不良是否为我方原材料造成？") < text.index("Is the defect caused", first)


def test_the_report_shows_a_voided_confirmation_as_void(visit, tmp_path):
    save(visit)
    confirm(visit)
    save(visit, [coil("S24A0817-05", "180", "32", "29", "4"), *LINES[1:]])
    text = text_of(report_pdf(visit, tmp_path, "zh_CN"))
    assert "作废" in text and CHANGED_ZH in text
    assert squeezed("刘建国（生产部主管）于 2026-03-11 09:00 Asia/Shanghai 确认") in squeezed(text)


def test_the_report_of_a_planned_visit_prints_what_there_is(visit, tmp_path):
    text = text_of(report_pdf(visit, tmp_path, "en"))
    assert "No coil line recorded." in text and "No photo was taken." in text
    assert "Planned" in text and "Nothing recorded." in text


# ----- the window's worker work -------------------------------------------------------------------------
def test_the_window_writes_the_report_in_a_worker_process(visit, db_path, tmp_path):
    save(visit)
    out = tmp_path / "report.pdf"
    work = worker_work(db_path, str(visit.uuid), out)
    result = worker.run(work, "zh_CN")
    assert result.path == out.resolve() and "现场调查报告" in text_of(out)
    with pytest.raises(RuntimeError, match="worker process"):  # never beside a window's models
        exports.export_visit_report_file(db_path, str(visit.uuid), tmp_path / "x.pdf", "en")
    assert not (tmp_path / "x.pdf").exists()


def worker_work(db_path: Path, visit_uuid: str, out: Path):
    from functools import partial

    return partial(exports.export_visit_report_file, db_path, visit_uuid, out, "zh_CN")


# ----- the CLI ------------------------------------------------------------------------------------------
def cli(*args: str | Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QA_DESKTOP_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "qa_desktop", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)  # fmt: skip


def test_the_cli_writes_both_printouts(visit, db_path, tmp_path):
    save(visit)
    confirm(visit)
    case = visit.complaint.case_no
    for kind, extra in (("confirmation", []), ("confirmation", ["--blank"]), ("visit", [])):
        out = tmp_path / f"{kind}{len(extra)}.pdf"
        result = cli("export", kind, case, "--db", db_path, "--out", out, "--lang", "en", *extra,
                     data=tmp_path / "data")  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert case in text_of(out)
    assert "Site-visit Report" in text_of(tmp_path / "visit0.pdf")


def test_the_cli_refuses_in_one_sentence_and_writes_nothing(visit, db_path, tmp_path):
    other = register_complaint(example_draft(), ENGINEER).case_no  # a case without a visit
    case = visit.complaint.case_no
    out = tmp_path / "out.pdf"
    refusals = {
        ("confirmation", case): "print the blank sheet",  # not confirmed yet
        ("confirmation", case, "--blank"): "no coil lines yet",
        ("visit", other): "has no site visit.",
        ("visit", "CC-1999-0001"): "There is no complaint CC-1999-0001",
        ("visit", case, "--visit", "2"): "has no site visit 2",
    }
    for args, sentence in refusals.items():
        result = cli("export", *args, "--db", db_path, "--out", out, data=tmp_path / "data")
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and sentence in lines[0], (args, result.stderr)
        assert not out.exists()
    disguised = tmp_path / "database.pdf"
    os.link(db_path, disguised)  # the database under a PDF's name
    targets = {
        db_path: "ends in .pdf",
        disguised: "never replaces a database",
        tmp_path / "none" / "x.pdf": "does not exist",
    }
    for target, sentence in targets.items():
        result = cli("export", "visit", case, "--db", db_path, "--out", target,
                     data=tmp_path / "data")  # fmt: skip
        assert result.returncode != 0 and sentence in result.stderr.strip(), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "none").exists()
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["database.pdf"]


def test_the_scan_of_a_blank_sheet_signed_on_paper_leads_to_its_visit(visit, tmp_path):
    """A scan of the sheet comes back through the scan intake: its code names the visit, and
    the scan is not filed as a complaint's attachment (field staff record it on the visit)."""
    from qa_desktop.core.models import Attachment
    from qa_desktop.core.services.scans import attach_scan

    save(visit)
    pdf = confirmation_pdf(visit, tmp_path, "zh_CN", blank=True)
    stem = tmp_path / "scanned"
    run("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile", pdf, stem)
    outcome = attach_scan(stem.with_suffix(".png").read_bytes(), "scanned.png", FIELD)
    assert outcome.visit_uuid == str(visit.uuid)
    assert "signed on paper" in outcome.message and visit.complaint.case_no in outcome.message
    assert Attachment.select().count() == 0
