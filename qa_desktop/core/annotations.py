"""Marking the defect on a site-visit photo: arrows, circles and short texts, and the annotated
copy they make. Pure: no Qt, no database.

Marks are data, not pixels: each one's coordinates are fractions (0..1) of the width and height
of the photo as shown (EXIF orientation applied), so the same marks sit on the same spot of the
thumbnail, the print copy, the full original and a zoomed viewer. Their look is fixed, not
chosen: bright red with a thin white outline (it shows on dark steel and on a white coating
alike), the line width and the text size a fixed share of the photo's long side. The geometry
is computed here once (`style_for`, `arrow_outline`, `circle_box`, `label_origin`) so the
viewer's live overlay and the annotated copy drawn here put every mark in the same place.

`annotate` never touches the original: it decodes it through core.media (the same refusals,
the bomb limit, orientation applied once), draws the marks on every pixel of it and returns a
new JPEG as a new `PreparedMedia` (its own sha256, thumbnail and print copy): the annotated copy.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from qa_desktop.core import media
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.media import PreparedMedia
from qa_desktop.core.text import single_spaced

CONTEXT = "Annotations"
FORMAT_VERSION = 1
MAX_MARKS = 50  # a photo with more marks than this shows nothing any more
MAX_TEXT = 40  # characters of a text mark: a word or two; the caption says the rest
MAX_JSON = 20_000  # characters of stored marks (50 marks of 40 characters fit easily)
DIGITS = 4  # a ten-thousandth of the photo: under half a pixel of a 12-megapixel original

RED = (255, 30, 30)  # bright, not dark red: it must stand out on grey steel
WHITE = (255, 255, 255)
LINE_SHARE = 0.006  # of the long side: 10 px on a 1600 px print copy, 24 px on a 4000 px photo
OUTLINE_SHARE = 0.35  # of the line width, on each side
TEXT_SHARE = 0.04  # of the long side: the text's pixel size
HEAD_LENGTH, HEAD_HALF_WIDTH = 5.0, 3.0  # the arrow's head, in line widths
ANNOTATED_QUALITY = 90  # the annotated copy is a photo people zoom into: little loss


# ----- the marks -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Arrow:
    """From the tail (x1, y1) to the tip (x2, y2), which points at the defect."""

    x1: float
    y1: float
    x2: float
    y2: float

    def __post_init__(self) -> None:
        _check_numbers(self)


@dataclass(frozen=True)
class Circle:
    """The ellipse inside the box from (x1, y1) to (x2, y2): a round defect is a circle on
    screen, and the box is what the person dragged."""

    x1: float
    y1: float
    x2: float
    y2: float

    def __post_init__(self) -> None:
        _check_numbers(self)


@dataclass(frozen=True)
class Label:
    """A short text starting at (x, y): its left end, halfway up the letters."""

    x: float
    y: float
    text: str

    def __post_init__(self) -> None:
        _check_numbers(self)
        text = single_spaced(self.text)
        if not text:
            raise translated(CONTEXT, _TEXT_EMPTY)
        if len(text) > MAX_TEXT:
            raise translated(CONTEXT, _TEXT_TOO_LONG, n=MAX_TEXT)
        object.__setattr__(self, "text", text)


Mark = Arrow | Circle | Label
KINDS: dict[str, type[Arrow] | type[Circle] | type[Label]] = {
    "arrow": Arrow,
    "circle": Circle,
    "label": Label,
}


def kind_of(mark: Mark) -> str:
    return next(name for name, cls in KINDS.items() if isinstance(mark, cls))


def _check_numbers(mark: Mark) -> None:
    """Every coordinate a finite number on the photo (0..1), kept to DIGITS decimals so that a
    mark read back from its JSON is equal to the mark written."""
    for item in fields(mark):
        if item.name == "text":
            continue
        value = getattr(mark, item.name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise translated(CONTEXT, _NOT_MARKS)
        if not math.isfinite(value):
            raise translated(CONTEXT, _NOT_MARKS)
        if not 0 <= value <= 1:
            raise translated(CONTEXT, _OUTSIDE, name=item.name, value=value)
        object.__setattr__(mark, item.name, round(float(value), DIGITS))


# ----- JSON ------------------------------------------------------------------------------------
def marks_to_json(marks: Sequence[Mark]) -> str:
    """The one canonical text of a photo's marks: keys sorted, no spaces, text as itself."""
    check_count(marks)
    payload = {"marks": [_mark_dict(mark) for mark in marks], "version": FORMAT_VERSION}
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def marks_from_json(text: str) -> list[Mark]:
    """The marks of a stored text; a UserError for anything that is not marks of this form:
    an unknown kind, a missing or extra field, a number that is not finite or not on the photo."""
    if not isinstance(text, str) or len(text) > MAX_JSON:
        raise translated(CONTEXT, _NOT_MARKS)
    try:
        payload = json.loads(text, parse_constant=_refuse_constant)
    except ValueError:
        raise translated(CONTEXT, _NOT_MARKS) from None
    if not isinstance(payload, dict) or set(payload) != {"marks", "version"}:
        raise translated(CONTEXT, _NOT_MARKS)
    if payload["version"] != FORMAT_VERSION or not isinstance(payload["marks"], list):
        raise translated(CONTEXT, _NOT_MARKS)
    check_count(payload["marks"])
    return [_mark_from(item) for item in payload["marks"]]


def _mark_dict(mark: Mark) -> dict[str, Any]:
    return {"kind": kind_of(mark), **{f.name: getattr(mark, f.name) for f in fields(mark)}}


def _mark_from(item: object) -> Mark:
    if not isinstance(item, dict) or not isinstance(item.get("kind"), str):
        raise translated(CONTEXT, _NOT_MARKS)
    cls = KINDS.get(item["kind"])
    if cls is None:
        raise translated(CONTEXT, _UNKNOWN_KIND, kind=str(item["kind"])[:40])
    names = {f.name for f in fields(cls)}
    values = {key: value for key, value in item.items() if key != "kind"}
    if set(values) != names:
        raise translated(CONTEXT, _NOT_MARKS)
    if cls is Label and not isinstance(values["text"], str):
        raise translated(CONTEXT, _NOT_MARKS)
    return cls(**values)


def _refuse_constant(name: str) -> float:
    """json reads NaN and Infinity by default; stored marks never hold them."""
    raise translated(CONTEXT, _NOT_MARKS)


def check_count(marks: Sequence[object]) -> None:
    """A UserError when there are more marks than a photo holds."""
    if len(marks) > MAX_MARKS:
        raise translated(CONTEXT, _TOO_MANY, n=MAX_MARKS)


# ----- geometry, shared by the viewer's overlay and the annotated copy ----------------------------
@dataclass(frozen=True)
class Style:
    """A mark's sizes in pixels on a picture of a given size."""

    line: float
    outline: float
    text_px: float


def style_for(width: float, height: float) -> Style:
    long_side = max(width, height, 1.0)
    line = max(2.0, long_side * LINE_SHARE)
    return Style(line, max(1.0, line * OUTLINE_SHARE), max(10.0, long_side * TEXT_SHARE))


Point = tuple[float, float]


def arrow_outline(arrow: Arrow, width: float, height: float, style: Style) -> list[Point]:
    """The arrow as one polygon in pixels (shaft and head), filled red and outlined white."""
    x1, y1, x2, y2 = arrow.x1 * width, arrow.y1 * height, arrow.x2 * width, arrow.y2 * height
    length = math.hypot(x2 - x1, y2 - y1)
    if length < 1e-6:
        return []
    ux, uy = (x2 - x1) / length, (y2 - y1) / length  # along the arrow
    nx, ny = -uy, ux  # across it
    head = min(style.line * HEAD_LENGTH, length)  # a short arrow is all head
    half = style.line * HEAD_HALF_WIDTH * head / (style.line * HEAD_LENGTH)
    shaft = style.line / 2
    bx, by = x2 - ux * head, y2 - uy * head  # where the head starts
    return [
        (x1 + nx * shaft, y1 + ny * shaft),
        (bx + nx * shaft, by + ny * shaft),
        (bx + nx * half, by + ny * half),
        (x2, y2),
        (bx - nx * half, by - ny * half),
        (bx - nx * shaft, by - ny * shaft),
        (x1 - nx * shaft, y1 - ny * shaft),
    ]


def circle_box(circle: Circle, width: float, height: float) -> tuple[float, float, float, float]:
    """The ellipse's box in pixels, left < right and top < bottom whichever way it was dragged;
    the line is centred on the ellipse."""
    left, right = sorted((circle.x1 * width, circle.x2 * width))
    top, bottom = sorted((circle.y1 * height, circle.y2 * height))
    return left, top, right, bottom


def label_origin(
    label: Label, width: float, height: float, text_width: float, style: Style
) -> Point:
    """Where the text's left end and middle go in pixels: moved inside the picture if it would
    run off an edge (a label placed near the right edge still reads whole)."""
    margin = style.outline * 2
    x = min(label.x * width, width - text_width - margin)
    y = min(max(label.y * height, style.text_px / 2 + margin), height - style.text_px / 2 - margin)
    return max(x, margin), y


# ----- the annotated copy ---------------------------------------------------------------------------
def annotate(
    original: bytes, marks: Sequence[Mark], filename: str = "photo.jpg", lang: str | None = None
) -> PreparedMedia:
    """A new photo: the original upright, at its full size, with the marks drawn; a JPEG with
    its own sha256, thumbnail and print copy. Refuses what intake refuses, in its sentences."""
    check_count(marks)
    image = media.open_photo(original, filename, lang, draft_px=None)
    draw_marks(image, marks)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=ANNOTATED_QUALITY)
    data = out.getvalue()
    return PreparedMedia(
        filename=annotated_name(filename, lang),
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        kind="image",
        mime="image/jpeg",
        width=image.width,
        height=image.height,
        thumbnail=media.jpeg_copy(image, media.THUMBNAIL_PX),
        print_copy=media.jpeg_copy(image, media.PRINT_PX),
    )


def draw_marks(image: Image.Image, marks: Iterable[Mark]) -> None:
    """Draw the marks onto an RGB image in place, in order (a later mark lies on top)."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    style = style_for(width, height)
    for mark in marks:
        if isinstance(mark, Arrow):
            _draw_arrow(draw, arrow_outline(mark, width, height, style), style)
        elif isinstance(mark, Circle):
            _draw_circle(draw, circle_box(mark, width, height), style)
        else:
            _draw_label(draw, mark, width, height, style)


def annotated_name(filename: str, lang: str | None = None) -> str:
    stem = Path(media.kept_name(filename)).stem
    return media.kept_name(translate(CONTEXT, _MARKED_NAME, lang).format(name=stem) + ".jpg")


def _draw_arrow(draw: ImageDraw.ImageDraw, outline: list[Point], style: Style) -> None:
    if not outline:
        return
    edge = max(1, round(style.outline * 2))  # centred on the edge: the outline on each side
    draw.line([*outline, outline[0]], fill=WHITE, width=edge, joint="curve")
    draw.polygon(outline, fill=RED)


def _draw_circle(
    draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], style: Style
) -> None:
    # Pillow draws an ellipse's line inside its box: grow the box by half the line so the line
    # is centred on the ellipse, as Qt's pen is.
    for colour, width in ((WHITE, style.line + 2 * style.outline), (RED, style.line)):
        grow = width / 2
        left, top, right, bottom = box
        draw.ellipse(
            (left - grow, top - grow, right + grow, bottom + grow),
            outline=colour,
            width=max(1, round(width)),
        )


def _draw_label(
    draw: ImageDraw.ImageDraw, label: Label, width: int, height: int, style: Style
) -> None:
    font = label_font(round(style.text_px))
    x, y = label_origin(label, width, height, font.getlength(label.text), style)
    draw.text(
        (x, y), label.text, font=font, anchor="lm", fill=RED,
        stroke_width=max(1, round(style.outline)), stroke_fill=WHITE,
    )  # fmt: skip


@cache
def label_font(size: int) -> ImageFont.FreeTypeFont:
    """The bundled WenQuanYi Micro Hei (Chinese and Latin), laid out without raqm: Chinese needs
    no shaping, and the same layout on every PC."""
    from qa_desktop.paths import font_path

    return ImageFont.truetype(str(font_path()), size, index=0, layout_engine=ImageFont.Layout.BASIC)


# ----- words ----------------------------------------------------------------------------------
_NOT_MARKS = QT_TRANSLATE_NOOP(
    "Annotations",
    "The marks on this photo are not in a form QA Desktop reads; they were not taken.",
)
_UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Annotations", "A mark of the kind “{kind}” is unknown: marks are arrows, circles and texts."
)
_OUTSIDE = QT_TRANSLATE_NOOP(
    "Annotations", "A mark lies off the photo ({name} is {value}): marks are placed on the photo."
)
_TEXT_EMPTY = QT_TRANSLATE_NOOP("Annotations", "A text mark needs a text.")
_TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Annotations",
    "A text mark holds at most {n} characters: write the rest in the photo's caption.",
)
_TOO_MANY = QT_TRANSLATE_NOOP("Annotations", "A photo holds at most {n} marks.")
_MARKED_NAME = QT_TRANSLATE_NOOP("Annotations", "{name} (marked)")
