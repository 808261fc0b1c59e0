"""Photos as a site visit brings them back, for the photo strip and viewer tests: made with
Pillow, written to disk or prepared through core.media as intake prepares them."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

from qa_desktop.core import media
from qa_desktop.core.media import PreparedMedia

STEEL = (96, 98, 104)


def steel_photo(size: tuple[int, int] = (800, 600), seed: int = 0, fmt: str = "JPEG",
                orientation: int | None = None) -> bytes:  # fmt: skip
    """Grey steel with a few light scratches; `seed` makes photos of different bytes."""
    image = Image.new("RGB", size, STEEL)
    draw = ImageDraw.Draw(image)
    width, height = size
    for i in range(3):
        x = (seed * 53 + i * 97) % width
        draw.line([(x, height // 5), (x + 30, height * 4 // 5)], fill=(210, 212, 216), width=3)
    out = io.BytesIO()
    if fmt == "JPEG":
        exif = Image.Exif()
        if orientation:
            exif[media.ORIENTATION] = orientation
        image.save(out, "JPEG", quality=90, exif=exif.tobytes())
    else:
        image.save(out, fmt)
    return out.getvalue()


def write_photo(path: Path, **options) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(steel_photo(**options))
    return path


def prepared_photo(name: str = "IMG_0042.JPG", **options) -> PreparedMedia:
    return media.prepare_bytes(steel_photo(**options), name)
