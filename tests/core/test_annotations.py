"""Marks on a site-visit photo: stored as canonical JSON, drawn into an annotated copy that is a
new photo, while the original stays exactly as it came."""

from __future__ import annotations

import hashlib
import io
import json
import math
from pathlib import Path

import pytest
from PIL import Image
from test_media import png_bytes

from qa_desktop.core import annotations, media
from qa_desktop.core.annotations import (
    MAX_MARKS,
    MAX_TEXT,
    Arrow,
    Circle,
    Label,
    annotate,
    label_origin,
    marks_from_json,
    marks_to_json,
    style_for,
)
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import set_language
from qa_desktop.core.media import MediaRefused

GREY = (90, 92, 96)  # dark steel
MARKS = [
    Arrow(0.1234567, 0.2, 0.5, 0.55),
    Circle(0.8, 0.9, 0.6, 0.7),  # dragged from bottom right to top left
    Label(0.05, 0.9, "划伤 S24A0817-05"),
]


def jpeg(size=(800, 600), colour=GREY, orientation: int | None = None) -> bytes:
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if orientation:
        exif[media.ORIENTATION] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


def opened(data: bytes | None) -> Image.Image:
    assert data is not None
    return Image.open(io.BytesIO(data)).convert("RGB")


def is_red(pixel) -> bool:
    r, g, b = pixel
    return r > 200 and g < 110 and b < 110


def pixels(image: Image.Image) -> list[tuple[int, int, int]]:
    data = image.convert("RGB").tobytes()
    return [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]


def red_count(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return sum(1 for pixel in pixels(image.crop(box)) if is_red(pixel))


# ----- the marks' JSON ---------------------------------------------------------------------------
def test_marks_go_to_json_and_back_unchanged():
    text = marks_to_json(MARKS)
    assert marks_from_json(text) == MARKS
    assert marks_to_json(marks_from_json(text)) == text, "one text for the same marks"
    payload = json.loads(text)
    assert payload["version"] == 1
    assert payload["marks"][0] == {"kind": "arrow", "x1": 0.1235, "y1": 0.2, "x2": 0.5, "y2": 0.55}
    assert "划伤" in text and " " not in text.replace("划伤 S24", ""), "compact, text as itself"
    assert text.index('"kind"') < text.index('"x1"'), "keys sorted"


def test_coordinates_are_kept_to_a_ten_thousandth():
    assert Arrow(0.12344, 0, 1, 1) == Arrow(0.1234, 0.0, 1.0, 1.0)
    assert marks_to_json([Arrow(1, 0, 0, 1)]) == marks_to_json([Arrow(1.0, 0.0, 0.0, 1.0)])


def test_an_empty_list_of_marks_is_marks_too():
    assert marks_from_json(marks_to_json([])) == []


def refusal(text: str) -> str:
    with pytest.raises(UserError) as caught:
        marks_from_json(text)
    return str(caught.value)


def stored(*marks: dict) -> str:
    return json.dumps({"version": 1, "marks": list(marks)})


ARROW = {"kind": "arrow", "x1": 0.1, "y1": 0.1, "x2": 0.5, "y2": 0.5}
UNREADABLE = "The marks on this photo are not in a form QA Desktop reads; they were not taken."


def test_an_unknown_kind_is_refused_by_name():
    assert refusal(stored({**ARROW, "kind": "smiley"})) == (
        "A mark of the kind “smiley” is unknown: marks are arrows, circles and texts."
    )


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_numbers_that_are_not_finite_are_refused(value):
    text = stored(ARROW).replace('"x1": 0.1', f'"x1": {value}')
    assert value in text
    assert refusal(text) == UNREADABLE


@pytest.mark.parametrize("value", [1.5, -0.01, 2])
def test_a_mark_off_the_photo_is_refused(value):
    assert refusal(stored({**ARROW, "y2": value})) == (
        f"A mark lies off the photo (y2 is {value}): marks are placed on the photo."
    )


@pytest.mark.parametrize(
    "mark",
    [
        {**ARROW, "x1": True},  # a boolean is no coordinate
        {**ARROW, "x1": "0.1"},
        {key: value for key, value in ARROW.items() if key != "y2"},
        {**ARROW, "colour": "blue"},  # the look is fixed
        {"kind": "label", "x": 0.1, "y": 0.1, "text": 42},
        ["arrow", 0.1, 0.1, 0.5, 0.5],
    ],
)
def test_a_mark_of_another_form_is_refused(mark):
    assert refusal(stored(mark)) == UNREADABLE


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        json.dumps({"version": 2, "marks": []}),  # a newer form
        json.dumps({"version": 1, "marks": [], "by": "someone"}),
        json.dumps({"version": 1, "marks": {}}),
        " " * (annotations.MAX_JSON + 1),
    ],
)
def test_text_that_is_not_marks_is_refused(text):
    assert refusal(text) == UNREADABLE


def test_too_many_marks_are_refused_both_ways():
    many = [ARROW] * (MAX_MARKS + 1)
    assert refusal(stored(*many)) == f"A photo holds at most {MAX_MARKS} marks."
    with pytest.raises(UserError, match="at most"):
        marks_to_json([Arrow(0, 0, 1, 1)] * (MAX_MARKS + 1))
    assert len(marks_from_json(stored(*[ARROW] * MAX_MARKS))) == MAX_MARKS


def test_a_text_mark_is_cleaned_and_kept_short():
    assert Label(0.1, 0.1, "  划伤\x00\n卷 -05 ").text == "划伤 卷 -05"
    assert len(Label(0, 0, "字" * MAX_TEXT).text) == MAX_TEXT
    with pytest.raises(UserError) as caught:
        Label(0, 0, "字" * (MAX_TEXT + 1))
    assert str(caught.value) == (
        f"A text mark holds at most {MAX_TEXT} characters: write the rest in the photo's caption."
    )
    with pytest.raises(UserError, match="needs a text"):
        Label(0.5, 0.5, " \t\x07 ")


def test_refusals_and_the_copys_name_are_translated():
    set_language("zh_CN")  # the test's isolation sets English back
    with pytest.raises(UserError) as caught:
        marks_from_json(stored({**ARROW, "kind": "smiley"}))
    assert "smiley" in str(caught.value) and "未知" in str(caught.value)
    assert annotations.annotated_name("IMG_0042.JPG") == "IMG_0042（已标注）.jpg"


# ----- the annotated copy ----------------------------------------------------------------------------
def test_the_original_is_untouched_and_the_copy_is_a_new_photo(tmp_path):
    path = tmp_path / "IMG_0042.JPG"
    path.write_bytes(jpeg())
    original = media.prepare_file(path)
    copy = annotate(original.data, MARKS, original.filename)

    assert path.read_bytes() == original.data
    assert hashlib.sha256(original.data).hexdigest() == original.sha256, "the original as it came"
    assert copy.sha256 == hashlib.sha256(copy.data).hexdigest() != original.sha256
    assert (copy.kind, copy.mime, copy.filename) == ("image", "image/jpeg", "IMG_0042 (marked).jpg")
    assert (copy.width, copy.height) == (800, 600), "every pixel of the original"
    assert opened(copy.data).size == (800, 600)
    assert max(opened(copy.thumbnail).size) == media.THUMBNAIL_PX
    assert opened(copy.print_copy).size == (800, 600), "never enlarged"
    # The copy is a photo intake takes like any other.
    assert media.prepare_bytes(copy.data, copy.filename).sha256 == copy.sha256


def test_the_arrow_is_red_ink_where_it_lies():
    copy = opened(annotate(jpeg(), [Arrow(0.1, 0.5, 0.9, 0.5)]).data)
    width, height = copy.size
    for x in (0.2, 0.5, 0.8):
        assert is_red(copy.getpixel((int(x * width), height // 2))), x
    assert not is_red(copy.getpixel((width // 2, height // 4))), "nothing elsewhere"
    assert not is_red(copy.getpixel((int(0.05 * width), height // 2))), "nothing before the tail"
    line = style_for(width, height).line
    edge = copy.getpixel((width // 2, round(height / 2 + line / 2 + 1)))
    assert min(edge) > 170, f"the white outline beside the line: {edge}"


def test_a_circle_is_drawn_round_its_box_and_empty_inside():
    copy = opened(annotate(jpeg(), [Circle(0.25, 0.25, 0.75, 0.75)]).data)
    width, height = copy.size
    assert is_red(copy.getpixel((width // 2, height // 4))), "top of the ellipse"
    assert is_red(copy.getpixel((width // 4, height // 2))), "its left"
    assert not is_red(copy.getpixel((width // 2, height // 2))), "the defect itself stays visible"


def test_an_exif_rotated_photo_is_marked_upright():
    """Stored 400 × 200 with orientation 6: shown 200 × 400. The marks are placed on the photo as
    shown; a horizontal arrow there would be vertical had it been drawn before turning."""
    data = jpeg((400, 200), orientation=6)
    copy = annotate(data, [Arrow(0.25, 0.25, 0.75, 0.25)])
    image = opened(copy.data)
    assert image.size == (200, 400) == (copy.width, copy.height)
    assert not Image.open(io.BytesIO(copy.data)).getexif().get(media.ORIENTATION), "no tag"
    assert all(is_red(image.getpixel((x, 100))) for x in (60, 100, 130))
    assert not is_red(image.getpixel((150, 200))), "not where the unturned arrow would be"
    assert opened(copy.print_copy).size == (200, 400)


def test_the_orientation_is_applied_once():
    """A stored image red on its left, orientation 6: red is at the top once turned, as intake
    shows it; turning twice would put it at the bottom."""
    image = Image.new("RGB", (400, 200), (20, 20, 220))
    image.paste((20, 200, 20), (0, 0, 200, 200))
    exif = Image.Exif()
    exif[media.ORIENTATION] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif.tobytes())
    copy = opened(annotate(out.getvalue(), []).data)
    shown = opened(media.prepare_bytes(out.getvalue(), "x.jpg").print_copy)
    for picture in (copy, shown):
        top, bottom = picture.getpixel((100, 20)), picture.getpixel((100, 380))
        assert top[1] > 150 and bottom[2] > 150, (top, bottom)


def test_a_chinese_label_is_drawn_in_chinese():
    """Ink where the label is; and two different Chinese words give different ink (a missing
    font would draw the same boxes for both)."""

    def ink(text: str) -> Image.Image:
        return opened(annotate(jpeg(), [Label(0.1, 0.5, text)]).data)

    scratch, dent = ink("划伤"), ink("压痕")
    width, height = scratch.size
    text_px = round(style_for(width, height).text_px)
    box = (
        int(0.1 * width),
        height // 2 - text_px,
        int(0.1 * width) + 3 * text_px,
        height // 2 + text_px,
    )
    assert red_count(scratch, box) > 200, "the label's ink"
    assert red_count(scratch, (0, 0, width, height // 4)) == 0, "no ink elsewhere"
    difference = sum(
        1
        for a, b in zip(pixels(scratch.crop(box)), pixels(dent.crop(box)), strict=True)
        if is_red(a) != is_red(b)
    )
    assert difference > 100, "other characters, other glyphs"


def test_a_label_at_the_right_edge_is_moved_inside():
    image = opened(annotate(jpeg(), [Label(0.99, 0.5, "右边缘的标注文字")]).data)
    width, height = image.size
    style = style_for(width, height)
    text_width = annotations.label_font(round(style.text_px)).getlength("右边缘的标注文字")
    x, _y = label_origin(Label(0.99, 0.5, "右边缘的标注文字"), width, height, text_width, style)
    assert x + text_width <= width
    assert red_count(image, (int(x), 0, int(x + text_width / 2), height)) > 100, "it reads whole"


def test_style_scales_with_the_photo():
    small, large = style_for(1600, 1200), style_for(4000, 3000)
    assert math.isclose(large.line / small.line, 2.5) and large.text_px > small.text_px


# ----- refusals: media's sentences --------------------------------------------------------------------
def media_sentence(data: bytes, name: str) -> str:
    with pytest.raises(MediaRefused) as caught:
        media.prepare_bytes(data, name)
    return str(caught.value)


def test_a_truncated_original_is_refused_as_intake_refuses_it():
    whole = jpeg((800, 600))
    cut = whole[: len(whole) // 2]
    with pytest.raises(MediaRefused) as caught:
        annotate(cut, MARKS, "cut.jpg")
    assert str(caught.value) == media_sentence(cut, "cut.jpg")
    assert "incomplete" in str(caught.value)


def test_a_bomb_is_refused_before_decoding():
    bomb = png_bytes(100_000, 100_000, 8, 2, b"")
    with pytest.raises(MediaRefused) as caught:
        annotate(bomb, MARKS, "bomb.png")
    assert str(caught.value) == media_sentence(bomb, "bomb.png")
    assert "far larger than any photo" in str(caught.value)


def test_what_is_no_photo_is_refused(tmp_path: Path):
    with pytest.raises(MediaRefused, match="not a JPEG or PNG"):
        annotate(b"%PDF-1.4 a letter", MARKS, "letter.pdf")
    with pytest.raises(MediaRefused, match="is empty"):
        annotate(b"", MARKS, "empty.jpg")
