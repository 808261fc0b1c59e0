"""Intake of files from real files on disk: what is kept, made and refused, and why."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from qa_desktop.core import media
from qa_desktop.core.errors import Cancelled
from qa_desktop.core.media import MAX_BYTES, MediaRefused, prepare_file, prepare_files

RED, BLUE = (220, 20, 20), (20, 20, 220)


def png_bytes(width: int, height: int, bit_depth: int, colour_type: int, raw: bytes) -> bytes:
    """A PNG written chunk by chunk: lets a test claim any size in the header."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def two_colour_jpeg(path: Path, orientation: int | None = None, size=(400, 200)) -> Path:
    """Left half red, right half blue, as stored; an EXIF orientation if given."""
    image = Image.new("RGB", size, BLUE)
    image.paste(RED, (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def decoded(jpeg: bytes | None) -> Image.Image:
    assert jpeg is not None
    image = Image.open(io.BytesIO(jpeg))
    assert image.format == "JPEG"
    return image


def near(pixel, colour, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


# ----- photos that are taken -------------------------------------------------------------------
def test_exif_orientation_6_is_applied_to_copies_and_the_original_kept(tmp_path):
    path = two_colour_jpeg(tmp_path / "手机照片.jpg", orientation=6)
    prepared = prepare_file(path)

    original = path.read_bytes()
    assert prepared.data == original, "the original is kept byte for byte"
    assert prepared.sha256 == hashlib.sha256(original).hexdigest()
    assert (prepared.kind, prepared.mime, prepared.filename) == (
        "image",
        "image/jpeg",
        "手机照片.jpg",
    )
    assert (prepared.width, prepared.height) == (200, 400), "as shown: turned upright"
    for copy in (prepared.thumbnail, prepared.print_copy):
        image = decoded(copy).convert("RGB")
        assert image.height > image.width
        # Orientation 6 is shown turned 90° clockwise: the stored left (red) becomes the top.
        assert near(image.getpixel((image.width // 2, 5)), RED)
        assert near(image.getpixel((image.width // 2, image.height - 5)), BLUE)
        assert not decoded(copy).getexif().get(0x0112), "the copies are upright, no tag"


def test_a_cmyk_jpeg_is_converted_for_display(tmp_path):
    path = tmp_path / "scan.jpg"
    Image.new("CMYK", (120, 80), (0, 255, 255, 0)).save(path, "JPEG", quality=95)  # red ink
    prepared = prepare_file(path)
    thumb = decoded(prepared.thumbnail)
    assert thumb.mode == "RGB"
    assert near(thumb.getpixel((60, 40)), (255, 0, 0), tolerance=60)
    assert prepared.data == path.read_bytes()


def test_a_16_bit_png_is_scaled_not_clipped_to_white(tmp_path):
    path = tmp_path / "microscope.png"
    grey = Image.new("I;16", (256, 64))
    grey.putdata([x * 256 for _ in range(64) for x in range(256)])  # a ramp over 0..65280
    grey.save(path, "PNG")
    assert Image.open(path).mode == "I;16"
    thumb = decoded(prepare_file(path).thumbnail).convert("L")
    assert thumb.getpixel((5, 32)) < 30, "dark stays dark"
    assert 100 < thumb.getpixel((128, 32)) < 160, "the middle of the ramp is mid grey"
    assert thumb.getpixel((250, 32)) > 220


def test_a_transparent_png_is_shown_on_white(tmp_path):
    path = tmp_path / "screenshot.png"
    image = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
    image.paste((0, 0, 200, 255), (20, 20, 30, 30))
    image.save(path)
    thumb = decoded(prepare_file(path).thumbnail)
    assert near(thumb.getpixel((2, 2)), (255, 255, 255), tolerance=5)
    assert near(thumb.getpixel((25, 25)), (0, 0, 200))


def test_a_large_photo_gets_a_thumbnail_and_a_print_copy_of_their_sizes(tmp_path):
    path = two_colour_jpeg(tmp_path / "big.jpg", size=(3200, 2400))
    prepared = prepare_file(path)
    assert (prepared.width, prepared.height) == (3200, 2400)
    assert max(decoded(prepared.thumbnail).size) == media.THUMBNAIL_PX
    assert max(decoded(prepared.print_copy).size) == media.PRINT_PX


def test_small_photos_are_never_enlarged(tmp_path):
    prepared = prepare_file(two_colour_jpeg(tmp_path / "small.jpg", size=(120, 90)))
    assert decoded(prepared.print_copy).size == (120, 90)


# ----- other files are kept as they came ---------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "mime"),
    [
        ("投诉函.pdf", "application/pdf"),
        ("complaint.eml", "message/rfc822"),
        ("complaint.msg", "application/vnd.ms-outlook"),
        ("quantities.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("fax.tif", "image/tiff"),  # a picture in another format: kept, never decoded
    ],
)
def test_other_files_are_kept_as_they_came(tmp_path, name, mime):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 or whatever the file holds\n" * 10)
    prepared = prepare_file(path)
    assert (prepared.kind, prepared.mime) == ("file", mime)
    assert prepared.data == path.read_bytes()
    assert prepared.thumbnail is None and prepared.print_copy is None and prepared.width is None


def test_a_photo_is_known_by_its_bytes_not_its_name(tmp_path):
    path = two_colour_jpeg(tmp_path / "photo.dat")
    assert prepare_file(path).kind == "image"


# ----- refusals: one sentence that names the file --------------------------------------------------
def refusal(path: Path, lang: str | None = None) -> str:
    with pytest.raises(MediaRefused) as caught:
        prepare_file(path, lang)
    return str(caught.value)


def test_a_truncated_jpeg_is_refused_never_half_grey(tmp_path):
    whole = two_colour_jpeg(tmp_path / "whole.jpg", size=(800, 600)).read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) // 2])
    assert refusal(path) == (
        "cut.jpg is incomplete (cut off while copying or sending); copy it again from its source."
    )


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(png_bytes(100_000, 100_000, 8, 2, b""))  # 57 bytes claiming 10^10 pixels
    assert refusal(path) == (
        "bomb.png claims to be a picture far larger than any photo: it is refused as possibly harmful."
    )


def test_what_pillow_only_warns_about_is_refused_too(tmp_path, monkeypatch):
    path = tmp_path / "warning.png"
    path.write_bytes(png_bytes(10_000, 10_000, 8, 2, b""))  # 10^8: over the limit, under twice it
    with pytest.warns(Image.DecompressionBombWarning):  # Pillow only warns here
        assert "claims to be a picture far larger" in refusal(path)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)  # someone switched Pillow's check off
    assert "claims to be a picture far larger" in refusal(path), "intake keeps the limit"


def test_importing_media_leaves_pillows_limit_as_it_is():
    assert Image.MAX_IMAGE_PIXELS == media.PILLOW_PIXEL_LIMIT == 89_478_485


def test_a_file_named_jpg_that_is_no_picture_is_refused(tmp_path):
    path = tmp_path / "IMG_0042.jpg"
    path.write_text("<html>this is a web page saved with the wrong name</html>")
    assert refusal(path) == (
        "IMG_0042.jpg is not a JPEG or PNG picture, or it is damaged: it cannot be shown."
    )


def test_a_broken_png_is_refused(tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(png_bytes(64, 64, 8, 2, b"\x00" * 100))  # rows missing
    assert "broken.png" in refusal(path)


def test_a_file_over_the_cap_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "video.mp4"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    assert refusal(path) == (
        "video.mp4 is larger than the 25 MB a file may have: attach a smaller copy."
    )


def test_empty_files_and_programs_are_refused(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "invoice.exe").write_bytes(b"MZ\x90\x00")
    assert refusal(tmp_path / "empty.pdf") == "empty.pdf is empty: there is nothing to attach."
    assert refusal(tmp_path / "invoice.exe").startswith("invoice.exe is a program")


def test_refusals_are_translated(tmp_path):
    path = tmp_path / "照片.jpg"
    path.write_text("not a photo")
    sentence = refusal(path, "zh_CN")
    assert sentence == "照片.jpg 不是 JPEG 或 PNG 图片，或者已损坏，无法显示。"


# ----- a batch -------------------------------------------------------------------------------------
def test_a_batch_takes_the_good_files_and_names_the_bad(tmp_path):
    good = two_colour_jpeg(tmp_path / "good.jpg")
    bad = tmp_path / "bad.jpg"
    bad.write_text("nope")
    reports: list[tuple[int, int]] = []
    result = prepare_files([good, bad], progress=lambda d, t: reports.append((d, t)))
    assert [p.filename for p in result.prepared] == ["good.jpg"]
    assert len(result.refused) == 1 and result.refused[0].startswith("bad.jpg")
    assert reports[-1] == (2, 2)


def test_a_cancelled_batch_stops(tmp_path):
    good = two_colour_jpeg(tmp_path / "good.jpg")
    with pytest.raises(Cancelled):
        prepare_files([good, good], cancelled=lambda: True)


def test_kept_names_lose_folders_and_control_characters():
    assert media.kept_name("C:\\Users\\wang\\Desktop\\划伤\x00.jpg") == "划伤.jpg"
    long = media.kept_name("x" * 300 + ".pdf")
    assert len(long) == media.MAX_NAME and long.endswith(".pdf")
