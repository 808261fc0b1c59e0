"""A signature drawn from its strokes (core/signature_render.py, reports/signature_flowable.py):
a PNG with ink where the strokes run and nowhere else, an SVG that parses, and a PDF whose ink
is vector paths inside their box, read back with poppler."""

from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest
from pdfs import needs_poppler, run, text_of
from PIL import Image

from qa_desktop.core.signature_render import INK, pen_width, to_png, to_svg
from qa_desktop.core.signature_strokes import Stroke, fit, normalise, svg_path

SVG = "{http://www.w3.org/2000/svg}"


def handwriting() -> list[Stroke]:
    """A wave with a loop over it and a dot, drawn on a 600 × 200 pad, normalised."""
    wave = [
        (60 + 8 * i, 100 + 50 * math.sin(i / 4), 20 * i, 0.3 + 0.6 * (i % 7) / 6) for i in range(60)
    ]
    loop = [
        (200 + 30 * math.cos(a / 5), 80 + 30 * math.sin(a / 5), 1300 + 20 * a, 0.5)
        for a in range(32)
    ]
    dot = [(560, 40, 2100, 0.5)]
    return normalise([Stroke(tuple(wave)), Stroke(tuple(loop)), Stroke(tuple(dot))], 600, 200)


def segments(strokes: list[Stroke], width: float, height: float) -> list[tuple[float, ...]]:
    """Each stroke's segments as (x0, y0, x1, y1) fitted into the box (signature_strokes.fit)."""
    scale, dx, dy = fit(strokes, width, height)
    out = []
    for stroke in strokes:
        placed = [(x * scale + dx, y * scale + dy) for x, y, _, _ in stroke.points]
        out += [(*a, *b) for a, b in zip(placed, placed[1:] or placed, strict=False)]
    return out


def distance(px: float, py: float, seg: tuple[float, ...]) -> float:
    x0, y0, x1, y1 = seg
    dx, dy = x1 - x0, y1 - y0
    along = 0.0 if dx == dy == 0 else ((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy)
    along = min(max(along, 0.0), 1.0)
    return math.dist((px, py), (x0 + along * dx, y0 + along * dy))


def inked(picture: Image.Image, threshold: int = 160) -> set[tuple[int, int]]:
    grey = picture.convert("L")
    w, h = grey.size
    data = grey.load()
    return {(x, y) for y in range(h) for x in range(w) if data[x, y] < threshold}


# ----- PNG -----------------------------------------------------------------------------------
def test_the_png_has_ink_along_the_strokes_and_nowhere_else() -> None:
    strokes = handwriting()
    picture = Image.open(io.BytesIO(to_png(strokes, 600, 240)))
    assert (picture.format, picture.size, picture.mode) == ("PNG", (600, 240), "RGB")
    dark = inked(picture)
    assert len(dark) > 1000
    lines = segments(strokes, 600, 240)
    widest = pen_width(1.0, 600)  # the widest pen a 600 px box gets
    stray = [p for p in dark if min(distance(p[0] + 0.5, p[1] + 0.5, s) for s in lines) > widest]
    assert stray == [], "ink where no stroke runs"
    for seg in lines[::5]:  # and ink where they do
        middle = ((seg[0] + seg[2]) / 2, (seg[1] + seg[3]) / 2)
        near = [
            (round(middle[0]) + i, round(middle[1]) + j) for i in (-1, 0, 1) for j in (-1, 0, 1)
        ]
        assert any(p in dark for p in near), f"no ink at {middle}"
    assert picture.getpixel((2, 2)) == (255, 255, 255)  # white paper
    darkest = min(dark, key=lambda p: sum(picture.getpixel(p)))
    assert picture.getpixel(darkest) == pytest.approx(INK, abs=12)  # the ink's own colour


def test_the_png_pen_follows_the_pressure() -> None:
    def line(pressure: float, y: float) -> Stroke:
        return Stroke(tuple((0.1 + 0.04 * i, y, 40 * i, pressure) for i in range(21)))

    picture = Image.open(io.BytesIO(to_png([line(0.1, 0.1), line(0.9, 0.3)], 800, 400)))
    dark = inked(picture, 200)
    column = 400  # across both lines, halfway along
    rows = sorted(y for x, y in dark if x == column)
    light, heavy = [y for y in rows if y < 200], [y for y in rows if y >= 200]
    assert light and heavy and len(heavy) >= 2 * len(light)


def test_an_empty_signature_is_white_and_a_box_needs_a_size() -> None:
    picture = Image.open(io.BytesIO(to_png([], 120, 40)))
    assert picture.getextrema() == ((255, 255), (255, 255), (255, 255))
    with pytest.raises(ValueError):
        to_png(handwriting(), 0, 40)


# ----- SVG -----------------------------------------------------------------------------------
def test_the_svg_is_a_document_with_the_strokes_path() -> None:
    strokes = handwriting()
    root = ET.fromstring(to_svg(strokes, 300, 100))
    assert root.tag == f"{SVG}svg"
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == (
        "300",
        "100",
        "0 0 300 100",
    )
    (path,) = root.iter(f"{SVG}path")
    assert path.get("d") == svg_path(strokes, 300, 100)
    assert path.get("fill") == "none" and float(path.get("stroke-width")) > 0
    empty = ET.fromstring(to_svg([], 300, 100))
    assert list(empty.iter(f"{SVG}path")) == []


# ----- PDF -----------------------------------------------------------------------------------
BOX = (150.0, 500.0, 240.0, 80.0)  # x, y, w, h of the ink's box on the page, in points
CAPTION = ("张伟", "采购经理", "2026-03-10 14:05 (Asia/Shanghai)")


def signed_page(out: Path, strokes: list[Stroke]) -> tuple[float, float, float, float]:
    """An A4 page with the flowable placed so its ink box is BOX; returns the block's frame."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from qa_desktop.core.reports.signature_flowable import SignatureFlowable, signature_caption

    canvas = Canvas(str(out), pagesize=A4)
    x, y, w, h = BOX
    block = SignatureFlowable(strokes, w, h, caption=signature_caption(*CAPTION))
    _, full = block.wrap(w, 800)
    block.drawOn(canvas, x, y + h - full)  # the caption hangs below the box
    canvas.showPage()
    canvas.save()
    assert block.unprinted == ""
    return x, y + h - full, w, full


def content_streams(pdf: Path) -> list[bytes]:
    data = pdf.read_bytes()
    out = []
    for match in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", data, re.DOTALL):
        end = data.index(b"endstream", match.end())
        raw = data[match.end() : end]
        out.append(zlib.decompress(raw) if b"/FlateDecode" in match.group(1) else raw)
    return out


@needs_poppler
def test_the_pdf_draws_vector_paths_inside_the_box(tmp_path: Path) -> None:
    pdf = tmp_path / "signed.pdf"
    strokes = handwriting()
    signed_page(pdf, strokes)
    data = pdf.read_bytes()
    assert not re.search(rb"/Subtype\s*/Image", data) and b"/XObject" not in data  # no picture
    assert run("pdfimages", "-list", pdf).splitlines()[2:] == []
    page = b"\n".join(s for s in content_streams(pdf) if b" l" in s)
    moves = re.findall(rb"[\d.]+ [\d.]+ m\b", page)
    lines = re.findall(rb"[\d.]+ [\d.]+ l\b", page)
    assert len(moves) >= len(strokes) and len(lines) >= sum(len(s.points) - 1 for s in strokes)
    assert re.search(rb"\bS\b", page)  # stroked
    assert "张伟 — 采购经理 — 2026-03-10 14:05 (Asia/Shanghai)" in text_of(pdf)

    run("pdftoppm", "-r", "144", "-png", "-singlefile", pdf, tmp_path / "page")
    picture = Image.open(tmp_path / "page.png").convert("RGB")
    zoom = 144 / 72
    x, y, w, h = BOX
    top = picture.height - (y + h) * zoom  # the page's y runs up, the picture's down
    inside = (x * zoom, top, (x + w) * zoom, top + h * zoom)
    bluish = [
        (px, py)
        for py in range(picture.height)
        for px in range(picture.width)
        if (c := picture.getpixel((px, py)))[2] - c[0] > 20 and c[0] < 150
    ]
    assert len(bluish) > 300
    outside = [
        p for p in bluish if not (inside[0] < p[0] < inside[2] and inside[1] < p[1] < inside[3])
    ]
    assert outside == [], "ink outside its box"
    xs = [p[0] for p in bluish]
    assert (max(xs) - min(xs)) > 0.8 * w * zoom  # fitted: the ink fills the box's width


def test_the_pdf_helper_and_renderer_load_lazily() -> None:
    """Rendering geometry loads neither Pillow nor ReportLab; the flowable loads on its own."""
    code = """
import json, sys
import qa_desktop.core.signature_render
before = sorted({m.split(".")[0] for m in sys.modules} & {"PIL", "reportlab", "PySide6"})
import qa_desktop.core.reports.signature_flowable
print(json.dumps([before, "reportlab" in sys.modules]))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [[], True]
