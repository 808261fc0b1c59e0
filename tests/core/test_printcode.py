"""The text a sheet's QR code holds (core/printcode.py) and the code as ReportLab draws it
(core/reports/qr_flowable.py): round trips, refusals, the symbol's size, the quiet zone."""

from __future__ import annotations

import hashlib
import io
import uuid

import pypdfium2
import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from qa_desktop.core.printcode import (
    ForeignCode,
    PrintCode,
    PrintCodeError,
    decode,
    encode,
)
from qa_desktop.core.reports.qr_flowable import (
    CAPTION_HEIGHT,
    LEVEL,
    QR_SIZE,
    QUIET_MODULES,
    block_height,
    caption,
    draw_print_code,
)

DATABASE = "0b3a6c1e-5d2f-4c8a-9e7b-1f2d3c4b5a69"
RECORD = "7f1e2d3c-4b5a-4697-8879-6a5b4c3d2e1f"
DIGEST = hashlib.sha256(b"the proposal as printed").hexdigest()
CODE = PrintCode(DATABASE, "signoff", RECORD, 3, DIGEST)

NOT_OURS = "This QR code is not from a QA Desktop printout."
DAMAGED = "This QR code looks like a QA Desktop code, but its content is damaged."
NEWER = "This QR code was printed by a newer version of QA Desktop: update this copy to read it."

uuids = st.uuids().map(str)
kinds = st.from_regex(r"[a-z][a-z0-9]{0,19}", fullmatch=True)
digests = st.binary(min_size=1, max_size=64).map(lambda b: hashlib.sha256(b).hexdigest())
codes = st.builds(PrintCode, uuids, kinds, uuids, st.integers(0, 999_999_999), digests)


# ----- the text ------------------------------------------------------------------------------
def test_the_format_is_the_documented_one() -> None:
    text = encode(CODE)
    assert text == (
        "QAD1/0B3A6C1E5D2F4C8A9E7B1F2D3C4B5A69/SIGNOFF/7F1E2D3C4B5A469788796A5B4C3D2E1F/3/"
        + DIGEST.upper()
    )
    assert decode(text) == CODE


@given(codes)
def test_every_code_comes_back_as_it_was(code: PrintCode) -> None:
    assert decode(encode(code)) == code


@given(codes)
def test_the_text_stays_in_the_qr_alphanumeric_set(code: PrintCode) -> None:
    """Digits, A-Z and "/" only: 5.5 bits a character, the smallest symbol for the text."""
    assert set(encode(code)) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def test_a_signoff_code_fits_a_version_6_symbol_at_level_m() -> None:
    """41 modules: 0.57 mm a module at 28 mm, about 3.4 pixels on a 150 dpi scan. The longest
    version number still fits; a longer kind may take version 7 (45 modules)."""
    longest = PrintCode(DATABASE, "signoff", RECORD, 999_999_999, DIGEST)
    for code in (CODE, longest):
        widget = QrCodeWidget(encode(code), barLevel=LEVEL)
        widget.qr.make()
        assert widget.qr.version <= 6, widget.qr.version
        assert type(widget.qr.dataList[0]).__name__ == "QRAlphaNum"


def test_uuids_come_back_in_their_canonical_spelling() -> None:
    """Upper case or without hyphens in, the canonical lowercase UUID out, so the caller can
    compare it with str(record.uuid)."""
    spelled = PrintCode(DATABASE.upper(), "signoff", uuid.UUID(RECORD).hex, 3, DIGEST.upper())
    assert decode(encode(spelled)) == CODE


def test_a_code_of_another_database_is_returned_intact() -> None:
    """decode does not judge which database a sheet is from: the caller compares."""
    other = PrintCode(str(uuid.uuid4()), "signoff", RECORD, 3, DIGEST)
    decoded = decode(encode(other))
    assert decoded == other and decoded.database != DATABASE


def test_lower_case_and_surrounding_white_space_are_read() -> None:
    assert decode(f"  {encode(CODE).lower()}\r\n") == CODE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "https://example.com/QAD1/x",
        "WIFI:S:factory;T:WPA;P:secret;;",
        "hello",
        "QADX/1/2",
        "QAD0/" + encode(CODE)[5:],
        "QAD/" + encode(CODE)[5:],
        "XQAD1/" + encode(CODE)[5:],
    ],
)
def test_texts_of_other_programs_are_not_ours(text: str) -> None:
    with pytest.raises(ForeignCode) as caught:
        decode(text)
    assert str(caught.value) == NOT_OURS


def _with_field(index: int, value: str) -> str:
    parts = encode(CODE).split("/")
    parts[index] = value
    return "/".join(parts)


@pytest.mark.parametrize(
    "text",
    [
        "QAD1",
        "QAD1/",
        encode(CODE) + "/EXTRA",
        encode(CODE).rsplit("/", 1)[0],  # no hash
        encode(CODE)[:-1],  # the hash cut short
        _with_field(1, "0B3A6C1E-5D2F-4C8A-9E7B-1F2D3C4B5A69"),  # hyphens are not the format
        _with_field(1, "G" * 32),
        _with_field(2, ""),
        _with_field(2, "SIGN_OFF"),
        _with_field(2, "9SIGNOFF"),
        _with_field(3, "7F1E2D3C"),
        _with_field(4, "03"),
        _with_field(4, "-3"),
        _with_field(4, "3.0"),
        _with_field(4, "1234567890"),
        _with_field(5, "Z" * 64),
    ],
)
def test_a_damaged_code_of_ours_says_so(text: str) -> None:
    with pytest.raises(PrintCodeError) as caught:
        decode(text)
    assert not isinstance(caught.value, ForeignCode)
    assert str(caught.value) == DAMAGED


def test_a_code_of_a_newer_format_asks_for_an_update() -> None:
    with pytest.raises(PrintCodeError) as caught:
        decode("QAD2/" + encode(CODE)[5:] + "/MORE")
    assert str(caught.value) == NEWER


def test_the_sentences_are_translated() -> None:
    with pytest.raises(ForeignCode) as foreign:
        decode("hello", "zh_CN")
    with pytest.raises(PrintCodeError) as damaged:
        decode("QAD1/", "zh_CN")
    for sentence in (str(foreign.value), str(damaged.value)):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in sentence), sentence


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "Signoff"},
        {"kind": "sign-off"},
        {"kind": ""},
        {"version": -1},
        {"version": 1_000_000_000},
        {"version": True},
        {"content_hash": DIGEST[:-1]},
        {"content_hash": "g" * 64},
        {"record": "not a uuid"},
        {"database": ""},
    ],
)
def test_our_own_program_cannot_encode_a_bad_code(change: dict) -> None:
    """A code our program makes wrongly is a bug: ValueError, never a sheet nobody can read."""
    values = {**CODE.__dict__, **change}
    with pytest.raises(ValueError):
        encode(PrintCode(**values))


# ----- the drawing ---------------------------------------------------------------------------
PAGE = (120 * mm, 80 * mm)
AT = (20 * mm, 20 * mm)
DPI = 150


def _drawn(background: tuple[float, float, float] | None = None) -> bytes:
    """A small page with the code at AT, on a tinted area if `background` is given."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=PAGE)
    if background:
        canvas.setFillColorRGB(*background)
        canvas.rect(0, 0, *PAGE, stroke=0, fill=1)
    draw_print_code(canvas, CODE, *AT)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _rendered(pdf: bytes) -> tuple[Image.Image, str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        text = page.get_textpage().get_text_range()
        return image, text
    finally:
        document.close()


def _px(points: float) -> int:
    return round(points * DPI / 72)


def test_the_drawn_code_reads_back_at_150_dpi_with_its_caption() -> None:
    image, text = _rendered(_drawn())
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [decode(barcode.text) for barcode in found] == [CODE]
    assert caption(CODE) == "v3 \u00b7 " + DIGEST[:8]
    assert caption(CODE) in text


def test_the_quiet_zone_is_white_even_on_a_tinted_cell() -> None:
    """Four modules of white around the symbol, painted: the symbol reads on a grey cell."""
    image, _ = _rendered(_drawn(background=(0.8, 0.8, 0.8)))
    widget = QrCodeWidget(encode(CODE), barLevel=LEVEL)
    widget.qr.make()
    module = QR_SIZE / (widget.qr.getModuleCount() + 2 * QUIET_MODULES)
    left, bottom = AT[0], AT[1] + CAPTION_HEIGHT
    top_px = image.height - _px(bottom + QR_SIZE)
    inset = 2  # pixels: stay clear of the edges' anti-aliasing
    x0, x1 = _px(left) + inset, _px(left + QR_SIZE) - inset
    y0, y1 = top_px + inset, top_px + _px(QR_SIZE) - inset
    quiet = _px(module * QUIET_MODULES) - 2 * inset
    ring = [
        (x0, y0, x1, y0 + quiet), (x0, y1 - quiet, x1, y1),  # above and below the symbol
        (x0, y0, x0 + quiet, y1), (x1 - quiet, y0, x1, y1),  # left and right of it
    ]  # fmt: skip
    for box in ring:
        assert image.crop(box).getextrema() == (255, 255), box
    outside = image.crop((2, 2, _px(left) - 4, 40)).getextrema()
    assert outside[1] < 230  # the cell is grey: the white is ours
    assert zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)


def test_the_block_reserves_room_for_the_caption() -> None:
    assert block_height() == pytest.approx(QR_SIZE + CAPTION_HEIGHT)
    assert 25 * mm <= QR_SIZE <= 30 * mm
