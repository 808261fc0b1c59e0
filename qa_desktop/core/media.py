"""Intake of files: the complaint's letter and photos today, site-visit photos and signature scans
later (ROADMAP steps 2 and 3). Pure: reads files, never the database.

A file becomes a `PreparedMedia`: the original bytes exactly as they came, their sha256 (the key
they are stored under, once, in the database file), and for a photo a thumbnail and a print copy.

Photos are decoded only when they are JPEG or PNG, by what their bytes say, not their name: phones,
cameras, WeChat and e-mail clients deliver JPEG, screenshots come as PNG, and ReportLab prints both.
Every other decoder Pillow has (TIFF, GIF, BMP, WebP, PSD, …) is more code a hostile file could
reach, so other files, pictures in other formats included (a TIFF fax, an iPhone's HEIC), are kept
as they came, opened with the PC's own viewer, never decoded here. A photo must decode whole:
- larger than Pillow's decompression-bomb limit (`Image.MAX_IMAGE_PIXELS`, 89 million pixels,
  never raised here) is refused before decoding; the range where Pillow only warns is refused by
  our own check (a warnings filter is process-wide and not thread-safe; intake runs in a thread);
- truncated or broken files are refused (`LOAD_TRUNCATED_IMAGES` stays off): never a half-grey
  photo in a complaint;
- EXIF orientation is applied once, to the thumbnail and the print copy; the original is kept
  byte for byte (it is what was received, and what its hash is of);
- CMYK, 16-bit and transparent images are converted to 8-bit RGB for display and print.
A file named as a JPEG or PNG that is not one is refused: the name lies, or the file is damaged.
Programs (.exe, .bat, …) are refused: "Open" would run them.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps

from qa_desktop.core.errors import Cancelled, UserError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.text import clean_line

CONTEXT = "Media"

# An e-mail system's usual limit per message; a phone photo is 2-8 MB, a scanned letter less.
MAX_BYTES = 25 * 1024 * 1024
THUMBNAIL_PX = 256  # long side, for lists
PRINT_PX = 1600  # long side, sharp on an A4 page at about 200 dpi
JPEG_QUALITY = 85
MAX_NAME = 200  # characters of a kept file name (the extension is kept)
PILLOW_PIXEL_LIMIT = 1024 * 1024 * 1024 // 4 // 3  # Pillow's default MAX_IMAGE_PIXELS
ORIENTATION = 0x0112  # the EXIF tag
TURNED = frozenset({5, 6, 7, 8})  # orientations that swap width and height

# What the bytes start with -> Pillow's format name; only these are decoded.
SIGNATURES = {b"\xff\xd8\xff": "JPEG", b"\x89PNG\r\n\x1a\n": "PNG"}
IMAGE_MIME = {"JPEG": "image/jpeg", "PNG": "image/png"}
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".jfif", ".png"})
# Opening one of these with the system's viewer would run it.
PROGRAM_SUFFIXES = frozenset(
    {".exe", ".com", ".bat", ".cmd", ".msi", ".scr", ".pif", ".cpl", ".lnk", ".ps1", ".vbs",
     ".vbe", ".js", ".jse", ".wsf", ".wsh", ".hta", ".jar", ".reg", ".sh", ".appimage"}
)  # fmt: skip
EXTRA_MIME = {".eml": "message/rfc822", ".msg": "application/vnd.ms-outlook"}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PreparedMedia:
    """A file ready to be stored: the original and, for a photo, what is shown and printed."""

    filename: str
    data: bytes = field(repr=False)  # the original, byte for byte
    sha256: str
    kind: str  # "image" or "file"
    mime: str
    width: int | None = None  # as shown: orientation applied
    height: int | None = None
    thumbnail: bytes | None = field(default=None, repr=False)  # JPEG
    print_copy: bytes | None = field(default=None, repr=False)  # JPEG

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class IntakeResult:
    """What a batch of files gave: the prepared ones, and one sentence per file refused."""

    prepared: list[PreparedMedia] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


class MediaRefused(UserError):
    """A file that is not taken, with the one sentence that names it and says why."""


def prepare_file(path: Path, lang: str | None = None) -> PreparedMedia:
    """Read and check one file; raises MediaRefused with a sentence naming it."""
    from qa_desktop.core.files import read_file

    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refused(_TOO_LARGE, lang, name, limit=_LIMIT_MB)
        data = read_file(path, MAX_BYTES)  # a file still growing cannot slip past the cap
    except OSError as exc:
        raise _refused(_UNREADABLE, lang, name, reason=exc.strerror or exc) from None
    return prepare_bytes(data, name, lang)


def prepare_bytes(data: bytes, filename: str, lang: str | None = None) -> PreparedMedia:
    """Check one file's bytes; raises MediaRefused with a sentence naming it."""
    name = kept_name(filename)
    suffix = Path(name).suffix.lower()
    if suffix in PROGRAM_SUFFIXES:
        raise _refused(_PROGRAM, lang, name)
    if not data:
        raise _refused(_EMPTY, lang, name)
    if len(data) > MAX_BYTES:
        raise _refused(_TOO_LARGE, lang, name, limit=_LIMIT_MB)
    digest = hashlib.sha256(data).hexdigest()
    image_format = _picture_format(data)
    if image_format is None:
        if suffix in IMAGE_SUFFIXES:
            raise _refused(_NOT_A_PICTURE, lang, name)
        return PreparedMedia(name, data, digest, "file", _mime(name))
    return _prepare_image(data, name, digest, image_format, lang)


def prepare_files(
    paths: Iterable[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    lang: str | None = None,
) -> IntakeResult:
    """A batch (the files dropped or chosen at once): each file taken or refused on its own.
    Runs in a background task: reports progress per file and stops when cancelled."""
    paths = list(paths)
    result = IntakeResult()
    for done, path in enumerate(paths):
        if cancelled():
            raise Cancelled
        if progress:
            progress(done, len(paths))
        try:
            result.prepared.append(prepare_file(path, lang))
        except MediaRefused as exc:
            result.refused.append(str(exc))
    if progress:
        progress(len(paths), len(paths))
    return result


def kept_name(filename: str) -> str:
    """The name a file is kept under: no folders, no control characters, not overly long."""
    name = clean_line(filename.replace("\\", "/").rsplit("/", 1)[-1]).strip() or "file"
    if len(name) > MAX_NAME:
        suffix = Path(name).suffix[:20]
        name = name[: MAX_NAME - len(suffix)] + suffix
    return name


def pixel_limit() -> int:
    """Pillow's decompression-bomb limit, and never more: if anything in the process raised or
    removed Pillow's global, intake still refuses what the default refuses."""
    return min(Image.MAX_IMAGE_PIXELS or PILLOW_PIXEL_LIMIT, PILLOW_PIXEL_LIMIT)


# ----- photos ---------------------------------------------------------------------------------
def open_photo(
    data: bytes, filename: str, lang: str | None = None, *, draft_px: int | None = PRINT_PX
) -> Image.Image:
    """A JPEG or PNG as it is shown: refused as intake refuses it (size, format by its bytes,
    the bomb limit, a truncated file), decoded whole, EXIF orientation applied once, 8-bit RGB.

    `draft_px` lets a JPEG decode at a smaller scale still at least that long side (what intake's
    copies need); None decodes every pixel (an annotated copy keeps the original's detail)."""
    name = kept_name(filename)
    if not data:
        raise _refused(_EMPTY, lang, name)
    if len(data) > MAX_BYTES:
        raise _refused(_TOO_LARGE, lang, name, limit=_LIMIT_MB)
    image_format = _picture_format(data)
    if image_format is None:
        raise _refused(_NOT_A_PICTURE, lang, name)
    return _decode(data, name, image_format, lang, draft_px)[0]


def _picture_format(data: bytes) -> str | None:
    return next((fmt for magic, fmt in SIGNATURES.items() if data.startswith(magic)), None)


def _prepare_image(
    data: bytes, name: str, digest: str, image_format: str, lang: str | None
) -> PreparedMedia:
    shown, (width, height) = _decode(data, name, image_format, lang, PRINT_PX)
    return PreparedMedia(
        filename=name,
        data=data,
        sha256=digest,
        kind="image",
        mime=IMAGE_MIME[image_format],
        width=width,
        height=height,
        thumbnail=jpeg_copy(shown, THUMBNAIL_PX),
        print_copy=jpeg_copy(shown, PRINT_PX),
    )


def _decode(
    data: bytes, name: str, image_format: str, lang: str | None, draft_px: int | None
) -> tuple[Image.Image, tuple[int, int]]:
    """The image as shown and its full size as shown (orientation applied)."""
    try:
        image = Image.open(io.BytesIO(data), formats=[image_format])
        width, height = image.size
        if width * height > pixel_limit():
            raise _refused(_TOO_MANY_PIXELS, lang, name)
        if image.getexif().get(ORIENTATION) in TURNED:
            width, height = height, width  # as shown
        if image_format == "JPEG" and draft_px:
            image.draft("RGB", (draft_px, draft_px))  # decode at a scale still >= draft_px
        image.load()  # the whole image, or an error: a truncated file does not pass
        shown = displayable(ImageOps.exif_transpose(image))
    except MediaRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refused(_TOO_MANY_PIXELS, lang, name) from None
    except OSError as exc:
        message = _TRUNCATED if "truncated" in str(exc) else _NOT_A_PICTURE
        raise _refused(message, lang, name) from None
    except Exception:  # Pillow's decoders raise many kinds on bad input; each is a refusal
        raise _refused(_NOT_A_PICTURE, lang, name) from None
    return shown, (width, height)


def displayable(image: Image.Image) -> Image.Image:
    """8-bit RGB: CMYK converted, 16-bit scaled down (not clipped to white), alpha on white."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit grey: 0..65535 -> 0..255. A plain convert("L") would clip nearly all to white.
        high = 65535 if image.mode.startswith("I;16") else max(image.getextrema()[1], 1)
        image = image.convert("I").point(lambda v: v * (255 / high)).convert("L")
    elif image.mode == "F":
        image = image.convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def jpeg_copy(image: Image.Image, long_side: int) -> bytes:
    """A JPEG of the image shrunk to fit `long_side` (never enlarged): thumbnails, print copies."""
    copy = image.copy()
    copy.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)  # only ever shrinks
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


# ----- words ----------------------------------------------------------------------------------
_LIMIT_MB = MAX_BYTES // (1024 * 1024)
_EMPTY = QT_TRANSLATE_NOOP("Media", "{file} is empty: there is nothing to attach.")
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Media", "{file} is larger than the {limit} MB a file may have: attach a smaller copy."
)
_UNREADABLE = QT_TRANSLATE_NOOP("Media", "{file} cannot be read ({reason}).")
_PROGRAM = QT_TRANSLATE_NOOP(
    "Media", "{file} is a program, and programs are never attached: opening it would run it."
)
_NOT_A_PICTURE = QT_TRANSLATE_NOOP(
    "Media", "{file} is not a JPEG or PNG picture, or it is damaged: it cannot be shown."
)
_TRUNCATED = QT_TRANSLATE_NOOP(
    "Media",
    "{file} is incomplete (cut off while copying or sending); copy it again from its source.",
)
_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Media",
    "{file} claims to be a picture far larger than any photo: it is refused as possibly harmful.",
)


def _refused(message: str, lang: str | None, name: str, **values: object) -> MediaRefused:
    return MediaRefused(translate(CONTEXT, message, lang).format(file=name, **values))


def _mime(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return (
        EXTRA_MIME.get(suffix)
        or mimetypes.guess_type(name, strict=False)[0]
        or "application/octet-stream"
    )
