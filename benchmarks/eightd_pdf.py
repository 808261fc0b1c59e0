"""The customer's 8D report with six 12-megapixel photos, beside raw ReportLab drawing the same
text and the same images, in the same run.

    .venv/bin/python benchmarks/eightd_pdf.py [--repeats 5] [--photos 6]

Prints each figure beside its same-run baseline and ends with `RESULT {json}`.

The case: a demo database (20 complaints); on its newest case a full 8D saved through the
services (D0–D8, the team, 5W2H, is / is-not, root causes, documents, roll-out) with `--photos`
photos of 4000 x 3000 pixels in D2 (made as benchmarks/visit_pdf.py makes them, taken in
through media.prepare_bytes and visit_record.store_photos, so each has its 1600 px print copy),
and D0–D4 completed with the engineer's signature. Made once, before timing.

Ours: `services.eightd_sheet.write_eightd_report` (what `qa-desktop export 8d` runs),
everything included: the 8D, its steps and the case facts read from the database, the photos'
print copies, the layout, the fonts, the file written whole. Baseline: a ReportLab canvas in
the same bundled font drawing the same text (our PDF's text, read once before timing with
PDFium, line by line at the report's size) and the same print copies at the report's photo
size, on as many A4 pages; no tables, no line breaking, no font chain. Both with
rl_config.useA85 = 0. Runs interleaved, ours then the baseline, `--repeats` times after one
warm-up each (fonts registered, modules imported); medians.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from visit_pdf import PHOTO_SIZE, photo  # the same synthetic 12 MP photos


def make_case(folder: Path, count: int) -> tuple[object, int]:
    from qa_desktop.core import media, passwords
    from qa_desktop.core.db import open_database
    from qa_desktop.core.demo import load_demo
    from qa_desktop.core.demo_accounts import DEMO_PASSWORD
    from qa_desktop.core.eightd import content_from_data
    from qa_desktop.core.models import Complaint
    from qa_desktop.core.services import eightd, visit_record
    from qa_desktop.core.services.context import Actor

    passwords.COST = passwords.FAST_TEST_COST  # signing in is not what is measured
    db = open_database(folder / "bench.sqlite", create=True)
    load_demo(db, 20)
    engineer = Actor("wang", "王工")
    case = Complaint.select().order_by(Complaint.received_at.desc()).first()
    prepared = [media.prepare_bytes(photo(seed), f"IMG_{seed:04d}.jpg") for seed in range(count)]
    shas = visit_record.store_photos(prepared, engineer)
    data = _content(shas)
    eightd.save_8d(case.id, content_from_data(data), eightd.read_8d(case.id).revision, engineer)
    for number in range(5):
        revision = eightd.read_8d(case.id).revision
        eightd.complete_step(case.id, number, revision, DEMO_PASSWORD, engineer)
    print(f"  {count} photos {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} in D2 of {case.case_no}")
    return db, case.id


def _content(shas: list[str]) -> dict:
    text = "导辊表面粘附硬质颗粒，在带钢表面压出连续划伤 / hard particles on a guide roll"
    return {
        "d0": {"emergency_response": "当日停止发货并通知客户；冻结同批库存", "full_8d_needed": True},
        "d1": {"champion": "刘总", "leader": "王工",
               "members": [{"name": f"成员 {n}", "department": "品保部", "role": "分析"}
                           for n in range(6)]},
        "d2": {"what": text, "where": "客户冲压车间", "when": "2026-03-08", "who": "来料检验",
               "why": "影响外观", "how": "目视", "how_many": "212 件",
               "is_is_not": [{"aspect": f"方面 {n}", "is": "是", "is_not": "不是"} for n in range(4)],
               "photos_nok": [{"photo": s, "caption": f"划伤 {n}"} for n, s in enumerate(shas[:-1])],
               "photos_ok": [{"photo": shas[-1], "caption": "良品"}]},
        "d3": {"effectiveness": 100, "summary": "库存、在途全部冻结并逐卷挑选"},
        "d4": {"occurrence_root_cause": text, "occurrence_verification": "模拟再现实验",
               "escape_root_cause": "在线表面检测未覆盖带钢边部", "escape_verification": "复核"},
        "d5": {"occurrence_effect": 90, "escape_effect": 85, "summary": "每班清洁导辊"},
        "d6": {"validation": "连续 30 卷无划伤", "verified_by": "陈主管", "verified_on": "2026-03-20"},
        "d7": {"summary": "纳入点检",
               "documents": [{"kind": "fmea", "title": "PFMEA", "number": f"QP-{n}", "revision": "C"}
                             for n in range(3)],
               "rollout": [{"target": f"{n} 号线", "action": "同样点检", "owner": "生产部"}
                           for n in range(3)]},
        "d8": {"closed_on": "2026-04-01", "summary": "客户确认关闭", "recognition": "感谢团队"},
    }  # fmt: skip


def page_lines(pdf: Path) -> list[list[str]]:
    """Our PDF's text, page by page, line by line (PDFium)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = []
        for page in document:
            text = page.get_textpage().get_text_range()
            pages.append([line for line in text.splitlines() if line.strip()])
        return pages
    finally:
        document.close()


def print_copies(shas: list[str]) -> list[bytes]:
    from qa_desktop.core.models import Media

    return [bytes(Media.get_by_id(sha).print_copy) for sha in shas]


def raw_reportlab(pages: list[list[str]], images: list[bytes], out: Path) -> None:
    """The same text lines and print copies on as many A4 pages, at the report's sizes."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from qa_desktop.core.reports.fonts import register_fonts

    rl_config.useA85 = 0
    font = register_fonts()
    canvas = Canvas(str(out), pagesize=A4)
    pending = list(images)
    for lines in pages:
        canvas.setFont(font, 8.5)
        y = A4[1] - 20 * mm
        for line in lines:
            canvas.drawString(15 * mm, y, line)
            y = max(y - 11.5, 15 * mm)
        for column in range(2):  # the report puts up to two photos on a page with text
            if pending:
                picture = ImageReader(io.BytesIO(pending.pop(0)))
                w, h = picture.getSize()
                scale = min(88 * mm / w, 64 * mm / h)
                canvas.drawImage(picture, 15 * mm + column * 92 * mm, 40 * mm, w * scale,
                                 h * scale)  # fmt: skip
        canvas.showPage()
    canvas.save()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(repeats: int, count: int) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="qa-8d-pdf-"))
    os.environ["QA_DESKTOP_DATA_DIR"] = str(folder / "data")  # never the user's own
    try:
        return _measure(folder, repeats, count)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _measure(folder: Path, repeats: int, count: int) -> dict[str, float]:
    from reportlab import rl_config

    from qa_desktop.core.db import close_database
    from qa_desktop.core.services import eightd
    from qa_desktop.core.services.eightd_sheet import write_eightd_report

    db, case_id = make_case(folder, count)
    ours_out, raw_out = folder / "8d.pdf", folder / "raw.pdf"

    def ours() -> object:
        return write_eightd_report(case_id, ours_out, "zh_CN", "A")

    ours()  # warm-up, and the text the baseline draws
    content = eightd.read_8d(case_id).content
    shas = [row["photo"] for key in ("photos_nok", "photos_ok") for row in content.value(2, key)]
    pages, images = page_lines(ours_out), print_copies(shas)

    def baseline() -> object:
        return raw_reportlab(pages, images, raw_out)

    baseline()
    assert rl_config.useA85 == 0
    samples: dict[str, list[float]] = {"ours": [], "raw": []}
    for turn in range(repeats):
        samples["ours"].append(timed(ours))
        samples["raw"].append(timed(baseline))
        print(f"  round {turn + 1}: ours {samples['ours'][-1] * 1000:.0f} ms, "
              f"raw ReportLab {samples['raw'][-1] * 1000:.0f} ms")  # fmt: skip
    figures = {
        "eightd_pdf_s": statistics.median(samples["ours"]),
        "raw_reportlab_s": statistics.median(samples["raw"]),
        "photos": float(count),
        "pages": float(len(pages)),
        "text_lines": float(sum(map(len, pages))),
        "eightd_pdf_mb": ours_out.stat().st_size / 1e6,
        "raw_pdf_mb": raw_out.stat().st_size / 1e6,
    }
    figures["ratio"] = figures["eightd_pdf_s"] / figures["raw_reportlab_s"]
    close_database(db)
    return figures


def report(figures: dict[str, float]) -> None:
    print(f"{'figure':40} {'ours':>9} {'baseline':>9} {'ratio':>7}")
    label = f"8D report, {figures['photos']:.0f} photos, {figures['pages']:.0f} pages"
    print(f"{label:40} "
          f"{figures['eightd_pdf_s'] * 1000:7.0f}ms {figures['raw_reportlab_s'] * 1000:7.0f}ms "
          f"{figures['ratio']:6.2f}x  (raw ReportLab: the same text lines and print copies)")  # fmt: skip
    print(f"  files: ours {figures['eightd_pdf_mb']:.1f} MB, raw {figures['raw_pdf_mb']:.1f} MB; "
          f"{figures['text_lines']:.0f} lines of text")  # fmt: skip
    print("RESULT " + json.dumps({k: round(v, 3) for k, v in figures.items()}, sort_keys=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--photos", type=int, default=6)
    args = parser.parse_args()
    report(measure(args.repeats, args.photos))
    return 0


if __name__ == "__main__":
    sys.exit(main())
