"""The site-visit report with twelve 12-megapixel photos, beside raw ReportLab drawing the same
images, in the same run.

    .venv/bin/python benchmarks/visit_pdf.py [--repeats 5] [--photos 12]

Prints each figure beside its same-run baseline and ends with `RESULT {json}`. Target: ours at
most 1 s.

The visit: a demo database (20 complaints), one more visit planned on its newest case, filled
by the field user through the services with three coil lines, the checklist and `--photos`
photos of 4000 x 3000 pixels (made with Pillow: a gradient, shapes and noise, JPEG quality 90,
2-5 MB each, a third of them taken upright: EXIF orientation 6), taken in through
media.prepare_bytes and visit_record.store_photos as the window does, so each has its print
copy (1600 px); then confirmed by the customer on screen. Made once, before timing.

Ours: `reports.exports.write_visit_report` (what `qa-desktop export visit` runs), everything
included: the visit read from the database with its photos' print copies, the checklist, the
layout, the fonts, the file written whole. Baseline: a ReportLab canvas drawing the same print
copies (read from the database before timing), two to an A4 page at the report's size, saved
to a file in the same folder; no text. Both with rl_config.useA85 = 0 (ReportLab's default
ASCII85 encoding of images is pure Python). Runs interleaved, ours then the baseline,
`--repeats` times after one warm-up each (fonts registered, modules imported); medians.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

PHOTO_SIZE = (4000, 3000)


def photo(seed: int) -> bytes:
    """A 12 MP JPEG (quality 90) that compresses like a photo: gradient, shapes, noise."""
    rng = random.Random(seed)
    width, height = PHOTO_SIZE
    base = Image.linear_gradient("L").resize(PHOTO_SIZE).point(lambda v: 60 + v // 2)
    noise = Image.effect_noise(PHOTO_SIZE, 18 + seed % 5)
    image = Image.merge("RGB", (base, Image.blend(base, noise, 0.35), noise))
    pen = ImageDraw.Draw(image)
    for _ in range(25):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(40, 400)
        colour = tuple(rng.randrange(256) for _ in range(3))
        pen.ellipse((x - r, y - r, x + r, y + r), outline=colour, width=rng.randrange(4, 30))
    pen.line((0, rng.randrange(height), width, rng.randrange(height)), fill=(20, 20, 20), width=9)
    exif = Image.Exif()
    if seed % 3 == 0:
        exif[0x0112] = 6  # held upright: shown portrait
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def make_visit(folder: Path, count: int):
    from qa_desktop.core import media, passwords
    from qa_desktop.core.db import open_database
    from qa_desktop.core.demo import load_demo
    from qa_desktop.core.demo_accounts import DEMO_PASSWORD
    from qa_desktop.core.demo_visits import demo_strokes
    from qa_desktop.core.models import Complaint, Visit
    from qa_desktop.core.services import confirmations, visit_record, visits
    from qa_desktop.core.services.context import Actor
    from qa_desktop.core.visit_content import PhotoDraft, VisitContent

    passwords.COST = passwords.FAST_TEST_COST  # signing in is not what is measured
    db = open_database(folder / "bench.sqlite", create=True)
    load_demo(db, 20)
    engineer, field = Actor("wang", "王工"), Actor("zhou", "周工")
    case = Complaint.select().order_by(Complaint.received_at.desc()).first()
    now = datetime.now(UTC)
    plan = replace(
        visits.default_plan(case.case_no, field.user_id), appointment=now + timedelta(days=2)
    )
    visit = visits.plan_visit(case.case_no, plan, engineer).visit
    made = time.perf_counter()
    raw = [photo(seed) for seed in range(count)]
    prepared = [media.prepare_bytes(data, f"IMG_{n:04d}.jpg") for n, data in enumerate(raw)]
    taken = time.perf_counter() - made
    shas = visit_record.store_photos(prepared, field)
    lines = [replace(line, used="180", unused="32", defective_used="23", defective_unused="4")
             for line in visit_record.starting_lines(visit)] or []  # fmt: skip
    photos = [PhotoDraft(sha, p.filename, f"划伤 {n + 1}", item_key="defect_photos")
              for n, (sha, p) in enumerate(zip(shas, prepared, strict=True))]  # fmt: skip
    answers = {"defect_source": "our_material", "visible_before_processing": "yes"}
    content = VisitContent(answers, "划伤沿轧制方向，间距约 1.2 m。", lines, photos)
    visit = visit_record.save_visit(str(visit.uuid), visit.revision, content, field).visit
    if lines:
        fresh = Visit.get_by_id(visit.id)
        confirmations.confirm_on_screen(str(fresh.uuid), fresh.revision, "刘建国", "生产部主管",
                                        demo_strokes(7), DEMO_PASSWORD, field)  # fmt: skip
    sizes = [len(data) for data in raw]
    print(f"  {count} photos {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]}, {min(sizes) / 1e6:.1f}-"
          f"{max(sizes) / 1e6:.1f} MB each; intake {taken:.1f} s (made and prepared)")  # fmt: skip
    return db, Visit.get_by_id(visit.id)


def print_copies(visit) -> list[bytes]:
    from qa_desktop.core.models import Media, VisitPhoto

    rows = visit.photos.order_by(VisitPhoto.position)
    return [bytes(Media.get_by_id(row.media_id).print_copy) for row in rows]


def raw_reportlab(images: list[bytes], out: Path) -> None:
    """The same print copies, two to an A4 page at the report's photo size."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0
    canvas = Canvas(str(out), pagesize=A4)
    width, top = 88 * mm, A4[1] - 30 * mm
    for n, data in enumerate(images):
        picture = ImageReader(io.BytesIO(data))
        w, h = picture.getSize()
        scale = min(width / w, 68 * mm / h)
        x = 15 * mm + (n % 2) * (width + 4 * mm)
        canvas.drawImage(picture, x, top - h * scale, w * scale, h * scale)
        if n % 4 == 3:
            canvas.showPage()
            top = A4[1] - 30 * mm
        elif n % 2 == 1:
            top -= 80 * mm
    canvas.save()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(repeats: int, count: int) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="qa-visit-pdf-"))
    os.environ["QA_DESKTOP_DATA_DIR"] = str(folder / "data")  # never the user's own
    try:
        return _measure(folder, repeats, count)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _measure(folder: Path, repeats: int, count: int) -> dict[str, float]:
    from reportlab import rl_config

    from qa_desktop.core.reports.exports import write_visit_report

    db, visit = make_visit(folder, count)
    images = print_copies(visit)
    ours_out, raw_out = folder / "report.pdf", folder / "raw.pdf"

    def ours() -> object:
        return write_visit_report(visit, ours_out, "zh_CN")

    def baseline() -> object:
        return raw_reportlab(images, raw_out)

    ours(), baseline()  # warm-up: modules, fonts
    assert rl_config.useA85 == 0
    samples: dict[str, list[float]] = {"ours": [], "raw": []}
    for turn in range(repeats):
        samples["ours"].append(timed(ours))
        samples["raw"].append(timed(baseline))
        print(f"  round {turn + 1}: ours {samples['ours'][-1] * 1000:.0f} ms, "
              f"raw ReportLab {samples['raw'][-1] * 1000:.0f} ms")  # fmt: skip
    figures = {
        "visit_pdf_s": statistics.median(samples["ours"]),
        "raw_reportlab_s": statistics.median(samples["raw"]),
        "photos": float(count),
        "visit_pdf_mb": ours_out.stat().st_size / 1e6,
        "raw_pdf_mb": raw_out.stat().st_size / 1e6,
        "print_copies_mb": sum(map(len, images)) / 1e6,
    }
    figures["ratio"] = figures["visit_pdf_s"] / figures["raw_reportlab_s"]
    from qa_desktop.core.db import close_database

    close_database(db)
    return figures


def report(figures: dict[str, float]) -> None:
    print(f"{'figure':40} {'ours':>9} {'baseline':>9} {'ratio':>7}")
    label = f"site-visit report, {figures['photos']:.0f} photos"
    print(f"{label:40} "
          f"{figures['visit_pdf_s'] * 1000:7.0f}ms {figures['raw_reportlab_s'] * 1000:7.0f}ms "
          f"{figures['ratio']:6.2f}x  (raw ReportLab drawing the same print copies)")  # fmt: skip
    print(f"  files: ours {figures['visit_pdf_mb']:.1f} MB, raw {figures['raw_pdf_mb']:.1f} MB; "
          f"the print copies {figures['print_copies_mb']:.1f} MB; target: ours <= 1 s")  # fmt: skip
    print("RESULT " + json.dumps({k: round(v, 3) for k, v in figures.items()}, sort_keys=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--photos", type=int, default=12)
    args = parser.parse_args()
    report(measure(args.repeats, args.photos))
    return 0


if __name__ == "__main__":
    sys.exit(main())
