"""Importing a field laptop's return pack of 50 photos at the factory, beside a plain unzip with
SHA-256 of the same pack in the same run; then the site-visit report with 12 photos beside raw
ReportLab drawing the same images (benchmarks/visit_pdf.py, whose docstring says how).

    .venv/bin/python benchmarks/visit_pack.py [--repeats 5] [--photos 50]

Prints each figure beside its same-run baseline and ends with `RESULT {json}`.

Set up once, before timing (a minute: 50 12-megapixel photos go through the intake):
a demo factory database (20 cases, its people), the outbound pack of a planned visit for the
field user, the laptop's database made by importing it, the visit filled there with the
photos (4000 x 3000 JPEGs, quality 85, noise and shapes so they do not compress), the coil
lines, the checklist and the customer's signature, and the return pack. Ours:
`pack_import.import_pack` of the return pack into a fresh copy of the factory's file, all of
it (opening and checking the container, reading and checking every member's sum, the merge, the
confirmation's verification, the commit). Baseline: `zipfile` reading every member of the same
pack into memory and `hashlib.sha256` over each; and, as the floor of any import that keeps
what it reads, the same followed by raw sqlite3 writing every member into a copy of the
factory's file in one WAL transaction. Interleaved, `--repeats` times; medians.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

PHOTO_SIZE = (4000, 3000)
PASSWORD = "qa-demo-2026"


def photo(seed: int) -> bytes:
    """A 12 MP photo that does not compress: noise under a few bright shapes."""
    rng = random.Random(seed)
    image = Image.effect_noise(PHOTO_SIZE, 40 + seed % 20).convert("RGB")
    pen = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(3600), rng.randrange(2600)
        pen.ellipse((x, y, x + 400, y + 300), outline=(255, 40, 40), width=12)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def setup(folder: Path, photos: int) -> tuple[Path, Path]:
    """The factory's file (closed) and the laptop's return pack."""
    from qa_desktop.core.db import close_database, open_database
    from qa_desktop.core.demo import load_demo
    from qa_desktop.core.exchange.pack_export import export_outbound, export_return
    from qa_desktop.core.exchange.pack_import import import_pack
    from qa_desktop.core.media import prepare_bytes
    from qa_desktop.core.models import Visit
    from qa_desktop.core.services import accounts, visit_record
    from qa_desktop.core.services.context import Actor
    from qa_desktop.core.visit_content import PhotoDraft, VisitContent

    factory, laptop = folder / "factory.sqlite", folder / "laptop.sqlite"
    db = open_database(factory)
    load_demo(db, 20, seed=5)
    visit = Visit.select().where((Visit.state == "planned") & (Visit.assignee == "zhou")).first()
    out = folder / "out.qavisit"
    engineer = Actor("wang", "王工")
    export_outbound(out, [visit.complaint.case_no], "zhou", engineer, PASSWORD)
    close_database(db)

    db = open_database(laptop)
    import_pack(out, None)
    field = accounts.sign_in("zhou", PASSWORD).actor
    visit = Visit.get()
    started = time.perf_counter()
    prepared = [prepare_bytes(photo(n), f"IMG_{n:04d}.JPG") for n in range(photos)]
    print(f"setup: {photos} photos taken in in {time.perf_counter() - started:.1f} s", flush=True)
    visit_record.store_photos(prepared, field)
    lines = visit_record.starting_lines(visit)
    counted = [
        line.__class__(**{**line.__dict__, "used": "180", "unused": "32",
                          "defective_used": "23", "defective_unused": "4"})
        for line in lines
    ]  # fmt: skip
    shots = [PhotoDraft(p.sha256, p.filename, f"划伤 {n}", item_key="defect_photos")
             for n, p in enumerate(prepared)]  # fmt: skip
    content = VisitContent({"defect_source": "our_material"}, "现场发现", counted, shots)
    visit_record.save_visit(str(visit.uuid), visit.revision, content, field)
    back = folder / "back.qavisit"
    export_return(back, field, PASSWORD)
    close_database(db)
    print(f"setup: return pack {back.stat().st_size / 1e6:.0f} MB", flush=True)
    return factory, back


def ours(factory: Path, back: Path, folder: Path, turn: int) -> float:
    from qa_desktop.core.db import close_database, open_database
    from qa_desktop.core.exchange.pack_import import import_pack
    from qa_desktop.core.services.context import Actor

    copy = folder / f"factory-{turn}.sqlite"
    shutil.copyfile(factory, copy)
    db = open_database(copy)
    started = time.perf_counter()
    done = import_pack(back, Actor("wang", "王工"))
    elapsed = time.perf_counter() - started
    assert done.created >= 1 and not done.conflicts, done
    close_database(db)
    copy.unlink()
    return elapsed


def baseline(back: Path) -> float:
    started = time.perf_counter()
    with zipfile.ZipFile(back) as archive:
        for info in archive.infolist():
            hashlib.sha256(archive.read(info)).hexdigest()
    return time.perf_counter() - started


def raw_sqlite(back: Path, folder: Path, turn: int) -> float:
    """The same bytes, unzipped, hashed and written by raw sqlite3 into a copy of the factory's
    file in one transaction (WAL, as ours): what any durable import must at least pay."""
    import sqlite3

    copy = folder / f"raw-{turn}.sqlite"
    shutil.copyfile(folder / "factory.sqlite", copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("CREATE TABLE bench_blob (name TEXT PRIMARY KEY, sha TEXT, data BLOB)")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    with zipfile.ZipFile(back) as archive:
        for info in archive.infolist():
            data = archive.read(info)
            sha = hashlib.sha256(data).hexdigest()
            conn.execute("INSERT INTO bench_blob VALUES (?, ?, ?)", (info.filename, sha, data))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    copy.unlink()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--pdf-photos", type=int, default=12, help="photos in the visit report")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qa-bench-pack-"))
    os.environ["QA_DESKTOP_DATA_DIR"] = str(folder / "data")
    try:
        factory, back = setup(folder, args.photos)
        samples: dict[str, list[float]] = {"import": [], "unzip_sha256": [], "raw_sqlite": []}
        for turn in range(args.repeats):
            samples["import"].append(ours(factory, back, folder, turn))
            samples["unzip_sha256"].append(baseline(back))
            samples["raw_sqlite"].append(raw_sqlite(back, folder, turn))
            print(f"  round {turn + 1}: import {samples['import'][-1] * 1000:.0f} ms, "
                  f"unzip+sha256 {samples['unzip_sha256'][-1] * 1000:.0f} ms, "
                  f"+ raw sqlite3 write {samples['raw_sqlite'][-1] * 1000:.0f} ms", flush=True)  # fmt: skip
        figures = {f"{k}_ms": statistics.median(v) * 1000 for k, v in samples.items()}
        figures["ratio"] = figures["import_ms"] / figures["unzip_sha256_ms"]
        figures["ratio_raw_sqlite"] = figures["import_ms"] / figures["raw_sqlite_ms"]
        figures["pack_mb"] = back.stat().st_size / 1e6
        figures["photos"] = args.photos
        print(f"{'figure':34} {'ours':>10} {'baseline':>10} {'ratio':>7}")
        print(
            f"{'return pack import (median)':34} {figures['import_ms']:8.0f}ms "
            f"{figures['unzip_sha256_ms']:8.0f}ms {figures['ratio']:6.2f}x  (target <= 1.5x)"
        )
        print(f"{'  beside unzip+sha256+sqlite3 write':34} {figures['import_ms']:8.0f}ms "
              f"{figures['raw_sqlite_ms']:8.0f}ms {figures['ratio_raw_sqlite']:6.2f}x")  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    # The site-visit report of the target: benchmarks/visit_pdf.py, in the same run.
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import visit_pdf

    pdf = visit_pdf.measure(args.repeats, args.pdf_photos)
    print(f"{'site-visit report PDF (median)':34} {pdf['visit_pdf_s'] * 1000:8.0f}ms "
          f"{pdf['raw_reportlab_s'] * 1000:8.0f}ms {pdf['ratio']:6.2f}x  "
          f"({args.pdf_photos} photos, raw ReportLab; target <= 1 s)")  # fmt: skip
    figures |= {f"report_{k}": v for k, v in pdf.items()}
    print("RESULT " + json.dumps({k: round(v, 3) for k, v in figures.items()}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
