"""Reading the QR code back from a scan (core/scans.py), on real sheets: a ReportLab page with the
code (the flowable of core/reports/qr_flowable.py) and text, rendered to pixels at 150 dpi as a
scanner would, turned, saved as JPEG (quality 70) and PNG, put back into a PDF as a scanner's PDF
holds it, and photographed dimly at an angle; then the files that must be refused."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import random
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageFilter
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.renderPDF import draw as draw_drawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from qa_desktop.core import media
from qa_desktop.core.media import MediaRefused
from qa_desktop.core.printcode import PrintCode, encode
from qa_desktop.core.reports.qr_flowable import PrintCodeFlowable
from qa_desktop.core.scans import MAX_PAGES, ScanRead, read_scan

DATABASE = "0b3a6c1e-5d2f-4c8a-9e7b-1f2d3c4b5a69"
CODE = PrintCode(
    DATABASE,
    "signoff",
    "7f1e2d3c-4b5a-4697-8879-6a5b4c3d2e1f",
    3,
    hashlib.sha256(b"the proposal as printed").hexdigest(),
)
OTHER = PrintCode(DATABASE, "signoff", "11111111-2222-4333-8444-555555555555", 1, "ab" * 32)
SCAN_DPI = 150


# ----- sheets --------------------------------------------------------------------------------
def sheet_pdf(*codes: PrintCode | None, foreign: str | None = None) -> bytes:
    """One A4 page per code (None: a page without one), laid out as a sign-off sheet: the
    title and the code in a table at the top, then the proposal's lines. `foreign` puts another
    program's QR code on the first page too."""
    styles = getSampleStyleSheet()
    story: list = []
    for number, code in enumerate(codes or (None,)):
        title = [Paragraph("Handling proposal sign-off / 处理意见签核", styles["Title"])]
        if number == 0 and foreign:
            title.append(_ForeignCode(foreign))
        cell = PrintCodeFlowable(code) if code else ""
        story.append(Table([[title, cell]], colWidths=[140 * mm, 32 * mm]))
        story += [
            Paragraph(f"Line {i}: sorting 212 pcs, compensation 38,600.00 CNY", styles["Normal"])
            for i in range(25)
        ]
        story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story[:-1])
    return out.getvalue()


class _ForeignCode(Drawing):
    def __init__(self, text: str) -> None:
        super().__init__(25 * mm, 25 * mm)
        self.add(QrCodeWidget(text, barWidth=25 * mm, barHeight=25 * mm))


def rendered(pdf: bytes, dpi: int = SCAN_DPI, page: int = 0) -> Image.Image:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[page].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def turned(image: Image.Image, degrees: float) -> Image.Image:
    """As a sheet lies crooked on the scanner: turned, the uncovered glass white."""
    return image.rotate(degrees, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)


def jpeg(image: Image.Image, quality: int = 70, **options) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality, **options)
    return out.getvalue()


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def scanner_pdf(*pictures: bytes) -> bytes:
    """What a scanner's "scan to PDF" writes: each page one JPEG (taken at SCAN_DPI), drawn
    over the whole page."""
    out = io.BytesIO()
    canvas = Canvas(out)
    for picture in pictures:
        reader = ImageReader(io.BytesIO(picture))
        size = [pixels * 72 / SCAN_DPI for pixels in reader.getSize()]
        canvas.setPageSize(size)
        canvas.drawImage(reader, 0, 0, *size)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def dim_photo(page: Image.Image, angle: float, lo: int, hi: int, blur: float) -> bytes:
    """A phone's photo of the sheet on a dark desk: the paper grey (`lo`..`hi` instead of
    black..white), turned by 90° + `angle`, lit unevenly, noisy, slightly out of focus."""
    width, height = 2600, 1950  # 5 MP
    paper = page.point(lambda v: lo + (hi - lo) * v // 255)
    paper = paper.rotate(90 + angle, expand=True, fillcolor=0, resample=Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).rotate(90 + angle, expand=True, fillcolor=0)
    scale = min(width / paper.width, height / paper.height) * 0.95
    size = (int(paper.width * scale), int(paper.height * scale))
    frame = Image.new("L", (width, height), 50)
    frame.paste(
        paper.resize(size, Image.Resampling.BICUBIC),
        ((width - size[0]) // 2, (height - size[1]) // 2),
        mask.resize(size),
    )
    light = Image.linear_gradient("L").resize((width, height)).point(lambda v: 200 + v // 5)
    photo = ImageChops.multiply(frame, light)
    grain = random.Random(7).randbytes(width * height)  # the same noise every run
    noise = Image.frombytes("L", (width, height), grain).point(
        lambda v: 128 + (v - 128) * 17 // 128
    )
    photo = ImageChops.add(photo, noise, 1, -128)
    return jpeg(photo.filter(ImageFilter.GaussianBlur(blur)), quality=85)


def zxing_alone(data: bytes) -> bool:
    """Whether zxing-cpp reads our code from the picture as it is, with no help."""
    image = Image.open(io.BytesIO(data)).convert("L")
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return any(barcode.text == encode(CODE) for barcode in found)


@pytest.fixture(scope="module")
def sheet() -> bytes:
    return sheet_pdf(CODE)


@pytest.fixture(scope="module")
def scan(sheet: bytes) -> Image.Image:
    """The sheet as a 150 dpi scanner sees it."""
    return rendered(sheet)


def assert_found(result: ScanRead, page: int = 1) -> None:
    assert result.code == CODE, result.note
    assert result.codes == (CODE,)
    assert result.page == page
    assert result.problem is None


# ----- what is read --------------------------------------------------------------------------
def test_the_printed_pdf_itself(sheet: bytes) -> None:
    result = read_scan(sheet, "sheet.pdf")
    assert_found(result)
    assert result.pages == 1
    assert result.note == "found on page 1 of 1"
    assert result.prepared is not None and result.prepared.data == sheet
    assert result.prepared.mime == "application/pdf"


ANGLES = [0, 3, -3, 7, -12, 20, 90, 93, 180, 184, 270, 266]


@pytest.mark.parametrize("angle", ANGLES)
@pytest.mark.parametrize("kind", ["jpeg", "png"])
def test_a_scanned_picture_turned(scan: Image.Image, angle: int, kind: str) -> None:
    picture = turned(scan, angle)
    data = jpeg(picture) if kind == "jpeg" else png(picture)
    result = read_scan(data, f"scan.{'jpg' if kind == 'jpeg' else 'png'}")
    assert_found(result)
    assert result.pages == 1
    assert result.prepared is not None and result.prepared.kind == "image"
    assert result.prepared.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("angle", [0, 4, 90, 180, 273])
def test_a_scanners_pdf_of_jpeg_pages(scan: Image.Image, angle: int) -> None:
    pdf = scanner_pdf(jpeg(turned(scan, angle)))
    assert_found(read_scan(pdf, "scan0001.pdf"))


def test_the_code_is_found_on_a_later_page(scan: Image.Image) -> None:
    blank = Image.new("L", scan.size, 255)
    pdf = scanner_pdf(jpeg(blank), jpeg(blank), jpeg(turned(scan, 2)))
    result = read_scan(pdf, "three pages.pdf")
    assert_found(result, page=3)
    assert result.pages == 3
    assert result.note.startswith("found on page 3 of 3")


def test_the_exif_orientation_is_applied(scan: Image.Image) -> None:
    """A phone stores the pixels as the sensor saw them and the turn in EXIF: read upright."""
    stored = scan.rotate(90, expand=True)  # the pixels lie on their side
    exif = Image.Exif()
    exif[media.ORIENTATION] = 6  # "turn 90° clockwise to show"
    tagged = read_scan(jpeg(stored, exif=exif), "IMG_0001.jpg")
    untagged = read_scan(jpeg(stored), "IMG_0002.jpg")
    assert tagged.code == untagged.code == CODE
    assert "turned" not in tagged.note, tagged.note
    assert "turned" in untagged.note, untagged.note


def test_a_coarse_scan_at_an_angle_is_read_enlarged(scan: Image.Image) -> None:
    """Measured: at 75 dpi and 30° zxing-cpp misses the code (modules of 1.7 px, on the slant;
    from about 20° on), and reads it from the copy enlarged 2x."""
    coarse = scan.resize((scan.width // 2, scan.height // 2), Image.Resampling.LANCZOS)
    data = jpeg(turned(coarse, 30))
    assert not zxing_alone(data), "zxing-cpp now reads this itself: is the enlarged copy needed?"
    result = read_scan(data, "coarse.jpg")
    assert_found(result)
    assert result.note.endswith(", enlarged"), result.note


def test_a_dim_soft_phone_photo_is_read_sharpened(sheet: bytes) -> None:
    """Measured: grey paper on a grey desk, a little out of focus, at 102°; zxing-cpp misses it
    as it is (from a blur of 1.6 px at this angle), and reads the stretched and sharpened copy
    (up to 1.8 px). A 5 MP photo is not enlarged."""
    data = dim_photo(rendered(sheet, dpi=200), angle=12, lo=125, hi=155, blur=1.7)
    assert not zxing_alone(data), "zxing-cpp now reads this itself: is the sharpened copy needed?"
    result = read_scan(data, "IMG_2024.jpg")
    assert_found(result)
    assert result.note.endswith(", sharpened"), result.note


# ----- which code ----------------------------------------------------------------------------
def test_another_programs_code_beside_ours_is_ignored() -> None:
    pdf = sheet_pdf(CODE, foreign="https://supplier.example/coil/S24A0817-05")
    page = rendered(pdf)
    texts = [b.text for b in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)]
    assert len(texts) == 2  # both are on the page
    assert_found(read_scan(jpeg(page), "two codes.jpg"))


def test_only_another_programs_code_gives_no_code() -> None:
    pdf = sheet_pdf(None, foreign="WIFI:S:factory;T:WPA;P:secret;;")
    result = read_scan(jpeg(rendered(pdf)), "wifi.jpg")
    assert result.code is None and result.codes == () and result.page is None
    assert result.problem is None
    assert "1 QR code(s) of other programs ignored" in result.note


def test_a_page_without_a_code_gives_no_code() -> None:
    result = read_scan(sheet_pdf(None, None), "letter.pdf")
    assert (result.code, result.page, result.pages) == (None, None, 2)
    assert result.note == "no QA Desktop code on 2 pages"


def test_a_code_of_another_database_is_read_as_it_is(scan: Image.Image) -> None:
    """The caller compares the database: read_scan reports what the sheet says."""
    foreign_db = dataclasses.replace(CODE, database="99999999-8888-4777-8666-555555555555")
    result = read_scan(sheet_pdf(foreign_db), "other.pdf")
    assert result.code == foreign_db and result.code.database != DATABASE


def test_two_sheets_in_one_pdf_give_both_codes() -> None:
    result = read_scan(sheet_pdf(CODE, None, OTHER, CODE), "stack.pdf")
    assert result.code == CODE and result.page == 1
    assert result.codes == (CODE, OTHER)
    assert "2 different QA Desktop codes" in result.note


def test_only_the_first_pages_are_read() -> None:
    pdf = sheet_pdf(*([None] * MAX_PAGES), CODE)
    result = read_scan(pdf, "long.pdf")
    assert result.code is None and result.pages == MAX_PAGES + 1
    assert f"(the first {MAX_PAGES} of {MAX_PAGES + 1} read)" in result.note


def test_a_code_of_a_newer_format_is_a_problem_not_a_code() -> None:
    text = "QAD2/" + encode(CODE)[5:]
    result = read_scan(sheet_pdf(None, foreign=text), "newer.pdf")
    assert result.code is None
    assert result.problem == (
        "This QR code was printed by a newer version of QA Desktop: update this copy to read it."
    )


# ----- what is refused -----------------------------------------------------------------------
def test_a_text_file_named_pdf_is_refused() -> None:
    with pytest.raises(MediaRefused) as caught:
        read_scan(b"Dear QA,\nthe coils are fine.\n", "scan.pdf")
    assert (
        str(caught.value)
        == "scan.pdf is not a PDF, JPEG or PNG file, so it cannot be read as a scan."
    )


def test_a_text_file_named_jpeg_is_refused_by_the_intake() -> None:
    with pytest.raises(MediaRefused) as caught:
        read_scan(b"not a picture", "scan.jpg")
    assert "is not a JPEG or PNG picture" in str(caught.value)


def test_a_program_is_refused_by_the_intake(sheet: bytes) -> None:
    with pytest.raises(MediaRefused) as caught:
        read_scan(sheet, "scan.pdf.exe")
    assert "is a program" in str(caught.value)


@pytest.mark.parametrize("cut", [0.5, 0.95])
def test_a_truncated_pdf_is_refused(sheet: bytes, cut: float) -> None:
    with pytest.raises(MediaRefused) as caught:
        read_scan(sheet[: int(len(sheet) * cut)], "cut.pdf")
    assert (
        str(caught.value) == "cut.pdf is a damaged PDF that cannot be opened: scan the sheet again."
    )


def test_a_pdf_header_over_noise_is_refused() -> None:
    with pytest.raises(MediaRefused) as caught:
        read_scan(b"%PDF-1.7\n" + bytes(range(256)) * 40, "noise.pdf")
    assert "damaged PDF" in str(caught.value)


def _encrypted(user_password: str) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    out = io.BytesIO()
    encryption = StandardEncryption(user_password, ownerPassword="owner", canPrint=1)
    canvas = Canvas(out, pagesize=A4, encrypt=encryption)
    canvas.drawString(100, 700, "encrypted")
    drawing = Drawing(80 * mm, 80 * mm)
    drawing.add(QrCodeWidget(encode(CODE), barWidth=80 * mm, barHeight=80 * mm, barLevel="M"))
    draw_drawing(drawing, canvas, 50 * mm, 100 * mm)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_pdf_that_needs_a_password_is_refused() -> None:
    with pytest.raises(MediaRefused) as caught:
        read_scan(_encrypted("secret"), "locked.pdf")
    assert str(caught.value) == (
        "locked.pdf is protected by a password: save the scan again without one."
    )


def test_a_pdf_restricted_only_by_an_owner_password_is_read() -> None:
    """It opens in every viewer without a password, so it is no reason to refuse a scan."""
    assert read_scan(_encrypted(""), "restricted.pdf").code == CODE


def _bomb_png(width: int, height: int) -> bytes:
    """A 1-bit PNG of width x height white pixels: a few kilobytes that decode to
    width x height bytes in Pillow."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    squeeze = zlib.compressobj(9)
    rows = b"".join(squeeze.compress(row * 500) for _ in range(height // 500))
    pixels = rows + squeeze.compress(row * (height % 500)) + squeeze.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


BOMB = (11_000, 10_000)  # 110 million pixels: above Pillow's limit, where Pillow only warns


def test_a_decompression_bomb_is_refused_by_the_intake_before_decoding(monkeypatch) -> None:
    from PIL import ImageFile

    data = _bomb_png(*BOMB)
    assert len(data) < 200_000 and BOMB[0] * BOMB[1] > media.pixel_limit()
    decoded: list[object] = []
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self: decoded.append(self))
    monkeypatch.setattr(zxingcpp, "read_barcodes", lambda *a, **k: decoded.append(a))
    with pytest.raises(MediaRefused) as caught, pytest.warns(Image.DecompressionBombWarning):
        read_scan(data, "bomb.png")  # Pillow only warns at this size: media's own limit refuses
    assert "far larger than any photo" in str(caught.value)
    assert decoded == []


def test_a_decompression_bomb_costs_neither_time_nor_memory(tmp_path: Path) -> None:
    """In a fresh interpreter, so the memory high-water mark is the refusal's own: a decode
    would take 110 MB."""
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_bomb_png(*BOMB))
    code = f"""
import json, resource, time
from qa_desktop.core.media import MediaRefused
from qa_desktop.core.scans import read_scan
data = open({str(bomb)!r}, "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    read_scan(data, "bomb.png")
    refused = False
except MediaRefused:
    refused = True
seconds = time.perf_counter() - start
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({{"refused": refused, "seconds": seconds, "grown_kb": grown}}))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["refused"]
    assert figures["seconds"] < 0.5, figures
    assert figures["grown_kb"] < 20_000, figures


def test_reading_the_bomb_for_real_would_have_cost_the_memory() -> None:
    """The other side of the test above: Pillow decodes this file when asked (it only warns),
    into 110 MB, so 20 MB is a bar the refusal clears only by not decoding."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(_bomb_png(*BOMB)))
        assert image.size == BOMB
        image.load()  # Pillow holds a 1-bit image at a byte a pixel: 110 MB
        assert image.getpixel((BOMB[0] - 1, BOMB[1] - 1)) == 255
    del image


def test_the_whole_file_is_fast_enough(sheet: bytes) -> None:
    """A 150 dpi scan is read in well under a second (the test file's budget is ~20 s)."""
    data = jpeg(rendered(sheet))
    start = time.perf_counter()
    assert read_scan(data, "scan.jpg").code == CODE
    assert time.perf_counter() - start < 1.0


def test_a_coarse_scan_in_a_pdf_needs_no_enlarged_copy(scan: Image.Image) -> None:
    """The same 75 dpi picture in a scanner's PDF: rendering the page at 200 dpi enlarges it,
    so it is read as it is, and no copy is made for PDF pages."""
    coarse = scan.resize((scan.width // 2, scan.height // 2), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawImage(ImageReader(io.BytesIO(jpeg(turned(coarse, 30)))), 0, 0, *A4)
    canvas.showPage()
    canvas.save()
    result = read_scan(out.getvalue(), "coarse.pdf")
    assert_found(result)
    assert not result.note.endswith(("enlarged", "sharpened")), result.note


def test_a_refusal_is_said_in_the_language_asked_for() -> None:
    with pytest.raises(MediaRefused) as caught:
        read_scan(b"Dear QA", "scan.pdf", "zh_CN")
    assert str(caught.value) == "scan.pdf 不是 PDF、JPEG 或 PNG 文件，无法作为扫描件读取。"


def test_a_transparent_png_is_read_on_white(scan: Image.Image) -> None:
    """A page saved with a transparent background: black modules on transparent black, which
    a plain conversion to grey would turn into one black square."""
    sheet = Image.new("RGBA", scan.size, (0, 0, 0, 0))
    sheet.putalpha(scan.point(lambda v: 255 - v))  # ink opaque, paper transparent
    result = read_scan(png(sheet), "transparent.png")
    assert_found(result)


def test_a_16_bit_scan_is_read(scan: Image.Image) -> None:
    """A scanner's 16-bit grey PNG, its ink (as a scan's always is) not quite black: scaled
    down to 8 bits, not clipped (which would turn the ink white too)."""
    deep = scan.convert("I").point(lambda v: 3000 + v * 240).convert("I;16")
    data = png(deep)
    assert Image.open(io.BytesIO(data)).mode.startswith("I;16")
    assert_found(read_scan(data, "scan-16bit.png"))
