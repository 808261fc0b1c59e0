"""Demo attachments: defect photos drawn with Pillow and the customer's complaint e-mail.

Deterministic for a seed (Python's seeded random and Pillow's resampling and JPEG encoder give the
same bytes every time, so the same hashes). Small and few: a demo of 100,000 complaints shares
these few files by hash, and they are made in well under a second.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from email.message import EmailMessage

from PIL import Image, ImageDraw, ImageFilter

from qa_desktop.core.media import PreparedMedia, prepare_bytes

SIZE = (640, 480)  # small: a demo stays fast, and still shows a defect on screen and on paper


@dataclass(frozen=True)
class DemoFile:
    media: PreparedMedia
    caption_zh: str
    caption_en: str


def demo_photos(rng: random.Random) -> dict[str, DemoFile]:
    """A defect photo per defect code it shows, on brushed stainless steel."""
    drawings = {
        "scratch": (_scratch, "沿轧制方向的划伤", "Scratch along the rolling direction"),
        "pit": (_pits, "抛光后可见的麻点", "Pits visible after polishing"),
        "edge_crack": (_edge_crack, "开卷后边部裂口", "Edge crack after uncoiling"),
    }
    photos = {}
    for code, (draw, zh, en) in drawings.items():
        image = _brushed_steel(rng)
        draw(image, rng)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=85)
        photos[code] = DemoFile(prepare_bytes(out.getvalue(), f"{code}-photo.jpg"), zh, en)
    return photos


def demo_letters() -> dict[str, DemoFile]:
    """The customer's complaint e-mail, per market (domestic in Chinese, export in English)."""
    return {
        "domestic": DemoFile(
            prepare_bytes(_email("质量投诉：冷轧不锈钢卷表面划伤", _LETTER_ZH), "客户投诉邮件.eml"),
            "客户投诉邮件",
            "The customer's complaint e-mail",
        ),
        "export": DemoFile(
            prepare_bytes(
                _email("Quality complaint: surface defects", _LETTER_EN), "complaint.eml"
            ),
            "客户投诉邮件",
            "The customer's complaint e-mail",
        ),
    }


# ----- drawing --------------------------------------------------------------------------------
def _brushed_steel(rng: random.Random) -> Image.Image:
    """Grey grain drawn long along the rolling direction, lit unevenly, slightly cold."""
    height = SIZE[1]
    noise = Image.frombytes("L", (32, height), rng.randbytes(32 * height))
    grain = noise.resize(SIZE, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(0.7))
    light = Image.linear_gradient("L").rotate(-90).resize(SIZE)
    steel = Image.blend(
        grain.point(lambda v: 140 + v * 70 // 255), light.point(lambda v: 110 + v // 3), 0.3
    )
    return Image.merge("RGB", (steel, steel, steel.point(lambda v: min(255, v + 8))))


def _scratch(image: Image.Image, rng: random.Random) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    y = rng.randint(height // 3, 2 * height // 3)
    start, end = (
        (rng.randint(20, 120), y),
        (rng.randint(width - 160, width - 20), y + rng.randint(-30, 30)),
    )
    draw.line((start, end), fill=(70, 72, 76), width=4)  # the groove
    draw.line(((start[0], start[1] - 3), (end[0], end[1] - 3)), fill=(225, 228, 232), width=1)


def _pits(image: Image.Image, rng: random.Random) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for _ in range(60):
        x, y, r = rng.randint(40, width - 40), rng.randint(40, height - 40), rng.randint(1, 4)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(60, 60, 64))


def _edge_crack(image: Image.Image, rng: random.Random) -> None:
    draw = ImageDraw.Draw(image)
    height = image.size[1]
    x, y = 0, rng.randint(height // 4, 3 * height // 4)
    points = [(x, y)]
    for _ in range(8):
        x += rng.randint(10, 25)
        y += rng.randint(-8, 8)
        points.append((x, y))
    draw.line(points, fill=(35, 35, 38), width=3)
    draw.rectangle((0, 0, 6, height), fill=(90, 92, 96))  # the coil's edge


# ----- the letter -----------------------------------------------------------------------------
_LETTER_ZH = (
    "您好：\n\n我司近期收到的贵司冷轧不锈钢卷（304 2B）在深冲水槽时发现表面划伤，"
    "不良品已隔离。附上现场照片，请尽快派人确认并给出处理意见。\n\n此致\n品质部"
)
_LETTER_EN = (
    "Dear Sir or Madam,\n\nThe cold-rolled stainless coils of your last shipment show surface "
    "defects found during forming. The affected material is on hold. Please send someone to "
    "confirm and let us know your proposal.\n\nBest regards,\nQuality Department"
)


def _email(subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "quality@customer.example"
    message["To"] = "qa@mill.example"
    message["Subject"] = subject
    message["Date"] = "Mon, 02 Nov 2026 09:12:00 +0800"  # fixed: the same bytes every time
    message.set_content(body)
    return message.as_bytes()


def drawn_sheet(title: str, rows: int) -> bytes:
    """A photographed A4 sheet with ruled rows and a signature's stroke, drawn (PNG): what the
    demo's paper signatures were scanned from."""
    image = Image.new("L", (1240, 1754), 250)
    pen = ImageDraw.Draw(image)
    pen.rectangle((80, 80, 1160, 1674), outline=40, width=3)
    pen.text((120, 120), title, fill=20)
    for row in range(rows):
        pen.line((120, 260 + row * 60, 1120, 260 + row * 60), fill=150, width=2)
    pen.line((700, 1500, 1100, 1460), fill=10, width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
