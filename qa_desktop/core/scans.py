"""Finding the QR code of a printed sheet (printcode.py) on the scan that comes back: a scanned
PDF, or a phone's photo of the signed sheet (JPEG or PNG, maybe turned, maybe at an angle).
Pure: bytes in, a `ScanRead` out; no database.

A scan is a file from outside, so it comes in through `media.prepare_bytes`, the one intake:
programs, empty files and files over its size limit are refused there, and a JPEG or PNG is
checked there (Pillow's decompression-bomb limit before any decoding, then a whole decode) before
this module decodes it again at full resolution for the reader. What `media` prepared is
returned with the result, so the caller stores exactly that. Anything that is not a PDF, JPEG
or PNG by its bytes is refused; so is a PDF that PDFium cannot open or that needs a password (a
PDF merely restricted by an owner password opens without one, and is read).

A PDF's first `MAX_PAGES` pages are rendered with PDFium (pypdfium2) at `RENDER_DPI`, in grey,
within `MAX_RENDER_PIXELS` a page (a poster-sized page is rendered coarser, never larger). The
reader is zxing-cpp, restricted to QR codes. It finds codes turned by any multiple of 90° and,
measured at 150 dpi, at any angle up to 42° (JPEG quality 70), and on a phone's photo of the
sheet (12 MP, keystoned, 15-20° off). Where it fails, two copies are tried, measured on the
tests' sheets (tests/core/test_scans.py):
- enlarged 2x (bicubic), for small pictures (JPEG, PNG): at 100 dpi a code turned 30-45° is
  missed as scanned, at 75 dpi one turned 20-45°, and both are read enlarged. A PDF's page needs
  no such copy: rendering it at 200 dpi enlarges a 75 dpi scan already (measured: read as is);
- sharpened and stretched to full contrast (unsharp mask, then autocontrast): a dim, soft phone
  photo (a paper that is grey against grey, slightly out of focus) that the reader misses as is.
The copies are tried only where no page gave a code of ours as scanned, so a good scan costs one
reading a page; a scan without any code costs three.

Several codes: every code of ours found is returned in `codes`, in the order found (page by
page), each once; `code` is the first. Codes of other programs (a supplier's label, a WeChat
code) are ignored. A readable file without a code of ours is no error: `code` is None, and the
caller attaches it by hand. A code that says it is ours but cannot be read (damaged, or printed
by a newer version) leaves `problem`, the sentence to show.

PDFium is not thread-safe: every call into it holds `_PDFIUM`, so two scans read at once (two
windows, two background tasks) take turns there.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import pypdfium2
import zxingcpp
from PIL import Image, ImageFilter, ImageOps

from qa_desktop.core import media
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.media import MediaRefused, PreparedMedia
from qa_desktop.core.printcode import ForeignCode, PrintCode, PrintCodeError, decode

CONTEXT = "Scans"

MAX_PAGES = 10  # a sign-off sheet is one or two pages; a longer PDF is read no further
RENDER_DPI = 200
MIN_LONG_SIDE = 1600  # pixels: a page smaller than about A5 is rendered finer
MAX_RENDER_PIXELS = 16_000_000  # an A3 page at 200 dpi is 7.8 million
ENLARGE_BELOW = 4_000_000  # pixels: smaller images are also read enlarged 2x (16 MP at most)
PDF_MAGIC = b"%PDF-"
PDF_HEADER_WITHIN = 1024  # PDF readers accept the header anywhere in the first kilobyte
TURN_NOTED = 2  # degrees: a code turned more than this is noted

_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class ScanRead:
    """What a scan says it is."""

    code: PrintCode | None  # None when no QA Desktop code could be read
    pages: int  # pages in the file (1 for a photo)
    page: int | None  # the page `code` was found on (1-based)
    note: str  # how it was found, or why nothing was: for the log (English)
    codes: tuple[PrintCode, ...] = ()  # every distinct code of ours, in order; `code` is first
    problem: str | None = None  # a translated sentence: a code of ours that could not be read
    prepared: PreparedMedia | None = field(default=None, repr=False)  # as media.py took it


@dataclass
class _Findings:
    """What the reader saw so far, page by page."""

    codes: list[tuple[int, PrintCode, int, str]] = field(default_factory=list)  # page, code, °, how
    foreign: set[str] = field(default_factory=set)  # texts of other programs' QR codes
    problem: str | None = None

    def add(self, page: int, barcode: zxingcpp.Barcode, how: str, lang: str | None) -> None:
        try:
            code = decode(barcode.text, lang)
        except ForeignCode:
            self.foreign.add(barcode.text)
            return
        except PrintCodeError as exc:
            self.problem = self.problem or str(exc)
            return
        if all(code != seen for _, seen, _, _ in self.codes):
            self.codes.append((page, code, barcode.orientation, how))


def read_scan(data: bytes, filename: str, lang: str | None = None) -> ScanRead:
    """Take a scan through media.py's intake and read the QR code on it. Raises MediaRefused
    (one sentence naming the file) for a file that is not taken; a file without a code of ours
    is not an error (`code` is None)."""
    prepared = media.prepare_bytes(data, filename, lang)  # every check of the intake, first
    name = prepared.filename
    if prepared.kind == "image":
        photo = _photo(data)
        found, pages = _read_pages([lambda: photo], lang, enlarge=True), 1
    elif PDF_MAGIC in data[:PDF_HEADER_WITHIN]:
        found, pages = _read_pdf(data, name, lang)
    else:
        raise _refused(_NOT_A_SCAN, lang, name)
    return _result(found, pages, prepared)


# ----- reading -----------------------------------------------------------------------------
def _read_pages(
    pages: Sequence[Callable[[], Image.Image]], lang: str | None, *, enlarge: bool
) -> _Findings:
    """Each page (a function giving its image) as scanned; then, where none gave a code of
    ours, each page's copies (`enlarge`: an enlarged one too, for small pictures)."""
    found = _Findings()
    for number, render in enumerate(pages, 1):
        _read(render(), number, "", found, lang)
    if found.codes:
        return found
    for number, render in enumerate(pages, 1):
        for how, copy in _copies(render(), enlarge):
            _read(copy, number, how, found, lang)
            if found.codes:
                return found
    return found


def _read(image: Image.Image, page: int, how: str, found: _Findings, lang: str | None) -> None:
    for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        found.add(page, barcode, how, lang)


def _copies(image: Image.Image, enlarge: bool) -> Iterator[tuple[str, Image.Image]]:
    """The copies tried where the scan as it is gave nothing; made one at a time."""
    if enlarge and image.width * image.height <= ENLARGE_BELOW:
        yield (
            "enlarged",
            image.resize((image.width * 2, image.height * 2), Image.Resampling.BICUBIC),
        )
    stretched = ImageOps.autocontrast(image, cutoff=1)  # before sharpening: measured better
    yield "sharpened", stretched.filter(ImageFilter.UnsharpMask(radius=4, percent=200, threshold=2))


def _photo(data: bytes) -> Image.Image:
    """The photo at full resolution, in grey, turned as its EXIF says. media.prepare_bytes has
    accepted these bytes (format, size, pixel limit, a whole decode), so this cannot fail."""
    image = Image.open(io.BytesIO(data), formats=list(media.IMAGE_MIME))
    if image.width * image.height > media.pixel_limit():  # media refused it already; never here
        raise AssertionError("read_scan decodes only what media.prepare_bytes accepted")
    image.draft("L", image.size)  # a JPEG decodes straight to grey, at full size
    # as media shows it: 16-bit scaled down, not clipped; transparency on white, not black
    return media.displayable(ImageOps.exif_transpose(image)).convert("L")


# ----- PDF ---------------------------------------------------------------------------------
def _read_pdf(data: bytes, name: str, lang: str | None) -> tuple[_Findings, int]:
    with _PDFIUM:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            if exc.err_code in (pypdfium2.raw.FPDF_ERR_PASSWORD, pypdfium2.raw.FPDF_ERR_SECURITY):
                raise _refused(_PASSWORD, lang, name) from None
            raise _refused(_DAMAGED_PDF, lang, name) from None
        try:
            pages = len(document)
            renders = [_page_render(document, index) for index in range(min(pages, MAX_PAGES))]
            try:
                return _read_pages(renders, lang, enlarge=False), pages
            except pypdfium2.PdfiumError:
                raise _refused(_DAMAGED_PDF, lang, name) from None
        finally:
            document.close()


def _page_render(document: pypdfium2.PdfDocument, index: int) -> Callable[[], Image.Image]:
    """Page `index` rendered on demand: the pages are rendered again for the second round
    rather than all held in memory."""

    def render() -> Image.Image:
        page = document[index]
        try:
            width, height = page.get_size()  # points (1/72 inch)
            scale = max(RENDER_DPI / 72, MIN_LONG_SIDE / max(width, height, 1))
            scale = min(scale, (MAX_RENDER_PIXELS / max(width * height, 1)) ** 0.5)
            return page.render(scale=scale, grayscale=True).to_pil().convert("L")
        finally:
            page.close()

    return render


# ----- the result --------------------------------------------------------------------------
def _result(found: _Findings, pages: int, prepared: PreparedMedia) -> ScanRead:
    codes = tuple(code for _, code, _, _ in found.codes)
    if not codes:
        return ScanRead(None, pages, None, _nothing_note(found, pages), (), found.problem, prepared)
    page, code, turned, how = found.codes[0]
    note = f"found on page {page} of {pages}"
    turned = turned % 360
    if min(turned, 360 - turned) > TURN_NOTED:
        note += f", turned {turned}°"
    if how:
        note += f", {how}"
    if len(codes) > 1:
        note += f"; {len(codes)} different QA Desktop codes in the file"
    return ScanRead(code, pages, page, note, codes, found.problem, prepared)


def _nothing_note(found: _Findings, pages: int) -> str:
    read = min(pages, MAX_PAGES)
    note = f"no QA Desktop code on {read} page{'s' if read != 1 else ''}"
    if pages > read:
        note += f" (the first {read} of {pages} read)"
    if found.foreign:
        note += f"; {len(found.foreign)} QR code(s) of other programs ignored"
    if found.problem:
        note += "; a QA Desktop code could not be read"
    return note


# ----- words -------------------------------------------------------------------------------
_NOT_A_SCAN = QT_TRANSLATE_NOOP(
    "Scans", "{file} is not a PDF, JPEG or PNG file, so it cannot be read as a scan."
)
_DAMAGED_PDF = QT_TRANSLATE_NOOP(
    "Scans", "{file} is a damaged PDF that cannot be opened: scan the sheet again."
)
_PASSWORD = QT_TRANSLATE_NOOP(
    "Scans", "{file} is protected by a password: save the scan again without one."
)


def _refused(message: str, lang: str | None, name: str) -> MediaRefused:
    return MediaRefused(translate(CONTEXT, message, lang).format(file=name))
