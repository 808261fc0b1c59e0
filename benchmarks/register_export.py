"""The register export beside raw openpyxl, and the window while an export runs.

    .venv/bin/python benchmarks/register_export.py [--complaints 100000] [--pairs 3]
        [--export-in process|thread|both] [--searches 12] [--db FILE]

Prints each figure beside its same-run baseline and ends with `RESULT {json}`.

1. The export (budget: at most 1.2x the baseline). Ours: `register_xlsx.export_register` of the
   whole register (zh_CN) from the database: the ids, one SQL query per 1,000 rows, conversion,
   the styled workbook (header style, wrapped and date styles, frozen and filtered header, print
   setup, row heights) written to a file. Baseline: openpyxl's write-only workbook appending the
   same cell values for the same rows, with the same Python types (str, int/float, datetime,
   date; None for an empty cell), prefetched in memory before timing (no database), with no
   styling beyond what openpyxl adds itself (its default date formats), saved to a file in the
   same folder. The prefetched rows are moved out of the garbage collector's sight
   (gc.freeze), so that neither side pays for traversing them. Runs interleaved, ours then the
   baseline, `--pairs` times; medians.

2. The window during an export (budget: a search at most 2x idle). A search keystroke in the
   real RegisterView over the same database: set the search text, run the filter (what the
   debounce timer does 250 ms after typing stops) and fetch the first screen of rows (40 rows x
   14 columns through the model, as the table paints them), while an export of the whole
   register runs through gui.tasks.Task, versus the same search when no export runs. Two
   searches: a coil prefix (trigram index) and a two-character Chinese term (a substring scan),
   each alternating between two terms so that every sample runs a new query. Also a wheel step:
   scroll the table by three rows and repaint it synchronously (new rows fetched as needed). With
   `--export-in thread` the export runs in a QThread, as it did before the worker process.
   Samples while exporting are taken once its first progress report has arrived (rows are
   being written) and end with the export; the idle samples follow, as many, right after.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREEN_ROWS = 40
# Two searches a user types: a coil prefix (trigram index) and a two-character Chinese defect
# (a substring scan); each alternates between two terms so that every sample runs a new query.
SEARCHES = {"search": ("S24A", "S23A"), "search_cjk": ("划伤", "毛刺")}
GAP_SECONDS = 0.1  # between samples, events are processed (progress, the task's polling)


def prefetched_rows(db, lang: str) -> list[list[object]]:
    """The export's cell values as plain Python values, the baseline's input."""
    from qa_desktop.core import register, settings
    from qa_desktop.core.register import RegisterQuery
    from qa_desktop.core.reports import register_xlsx

    zone = settings.department_zone(db)
    convert = [register_xlsx._converter(column, lang, zone) for column in register_xlsx.COLUMNS]
    wanted = register.ids(db, RegisterQuery())
    return [
        [to_value(value) for to_value, value in zip(convert, record, strict=True)]
        for chunk in register_xlsx.fetch_chunks(db, wanted, lang)
        for record in chunk
    ]


def raw_openpyxl(rows: list[list[object]], header: list[str], out: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("register")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(out)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure_export(db, folder: Path, pairs: int) -> dict[str, float]:
    from qa_desktop.core.i18n import translate
    from qa_desktop.core.register import RegisterQuery
    from qa_desktop.core.reports import register_xlsx

    lang = "zh_CN"
    rows = prefetched_rows(db, lang)
    header = [translate("RegisterXlsx", c.title, lang) for c in register_xlsx.COLUMNS]
    gc.collect()
    gc.freeze()
    ours, baseline = [], []
    for turn in range(pairs):
        ours.append(
            timed(lambda: register_xlsx.export_register(db, RegisterQuery(), folder / "o.xlsx"))
        )
        baseline.append(timed(lambda: raw_openpyxl(rows, header, folder / "b.xlsx")))
        print(f"  export pair {turn + 1}: ours {ours[-1]:.2f} s, baseline {baseline[-1]:.2f} s")
    gc.unfreeze()
    figures = {
        "export_s": statistics.median(ours),
        "export_raw_openpyxl_s": statistics.median(baseline),
        "export_mb": (folder / "o.xlsx").stat().st_size / 1e6,
        "export_rows": len(rows),
    }
    figures["export_ratio"] = figures["export_s"] / figures["export_raw_openpyxl_s"]
    return figures


class Window:
    """The register screen over the database, shown offscreen, with a search and a wheel step."""

    def __init__(self, db) -> None:
        from qa_desktop.gui.register_view import RegisterView

        self.view = RegisterView(db)
        self.view.resize(1400, 860)
        self.view.show()
        self.turn = 0

    def search(self, terms: tuple[str, str]) -> None:
        self.turn += 1
        self.view.ui.searchEdit.setText(terms[self.turn % 2])
        self.view._apply_filters()  # what the debounce timer runs
        model = self.view.model
        for row in range(min(SCREEN_ROWS, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    def wheel_step(self) -> None:
        table = self.view.ui.table
        bar = table.verticalScrollBar()
        bar.setValue(bar.value() + 3 if bar.value() + 3 <= bar.maximum() else 0)
        table.viewport().repaint()


def export_task(mode: str, db_path: Path, out: Path):
    from qa_desktop.core.register import RegisterQuery
    from qa_desktop.gui.tasks import Task

    if mode == "process":
        from qa_desktop.core.reports.exports import export_register_file

        return Task(
            partial(export_register_file, db_path, RegisterQuery(), out, "zh_CN"), None, True
        )

    def work(progress, cancelled):  # what the window ran before the worker process
        from qa_desktop.core.models import database_proxy
        from qa_desktop.core.reports.register_xlsx import export_register

        export_register(database_proxy, RegisterQuery(), out, "zh_CN", progress, cancelled)

    return Task(work)


def _note(into: list[int], done: int, total: int) -> None:
    into.append(done)


def pause(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def measure_window(db, db_path: Path, folder: Path, mode: str, samples: int, app) -> dict:
    window = Window(db)
    actions: dict[str, Callable[[], object]] = {
        name: partial(window.search, terms) for name, terms in SEARCHES.items()
    }
    actions["wheel"] = window.wheel_step
    for _ in range(3):  # warm: the page cache, the model's first pages, the fonts
        for action in actions.values():
            action()
    busy: dict[str, list[float]] = {name: [] for name in actions}
    idle: dict[str, list[float]] = {name: [] for name in actions}
    exports = []
    while len(busy["search"]) < samples:
        task = export_task(mode, db_path, folder / f"window-{mode}.xlsx")
        progressed: list[int] = []
        task.progressed.connect(partial(_note, progressed))
        started = time.perf_counter()
        task.start()
        while not progressed and task.is_running():
            pause(app, 0.02)
        taken = 0
        while task.is_running() and len(busy["search"]) < samples:
            for name, action in actions.items():
                busy[name].append(timed(action))
            taken += 1
            pause(app, GAP_SECONDS)
        while task.is_running():
            pause(app, 0.05)
        exports.append(time.perf_counter() - started)
        for _ in range(taken):
            for name, action in actions.items():
                idle[name].append(timed(action))
            pause(app, GAP_SECONDS)
        if taken == 0:
            raise SystemExit("the export ended before a sample could be taken: use more complaints")
    figures = {}
    for name in actions:
        figures[f"{name}_during_export_{mode}_ms"] = statistics.median(busy[name]) * 1000
        figures[f"{name}_idle_{mode}_ms"] = statistics.median(idle[name]) * 1000
        figures[f"{name}_{mode}_ratio"] = (
            figures[f"{name}_during_export_{mode}_ms"] / figures[f"{name}_idle_{mode}_ms"]
        )
    figures[f"samples_{mode}"] = len(busy["search"])
    figures[f"window_export_{mode}_s"] = statistics.median(exports)
    window.view.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--pairs", type=int, default=3, help="interleaved export pairs")
    parser.add_argument("--export-in", choices=("process", "thread", "both"), default="process")
    parser.add_argument("--searches", type=int, default=12, help="samples during exports")
    parser.add_argument("--db", type=Path, help="an existing demo database (else one is made)")
    parser.add_argument("--skip-export", action="store_true", help="only the window's figures")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from qa_desktop.core.db import open_database
    from qa_desktop.core.demo import load_demo

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="qa-bench-export-"))
    os.environ["QA_DESKTOP_DATA_DIR"] = str(folder / "data")  # the scratch folder, too
    try:
        db_path = folder / "register.sqlite"
        if args.db:
            shutil.copyfile(args.db, db_path)
            db = open_database(db_path)
        else:
            db = open_database(db_path)
            load_demo(db, args.complaints, seed=1)
        figures: dict[str, float] = {}
        if not args.skip_export:
            figures.update(measure_export(db, folder, args.pairs))
        modes = ("thread", "process") if args.export_in == "both" else (args.export_in,)
        for mode in modes:
            figures.update(measure_window(db, db_path, folder, mode, args.searches, app))
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report(figures, modes)
    return 0


def report(figures: dict[str, float], modes: tuple[str, ...]) -> None:
    print(f"{'figure':34} {'ours':>10} {'baseline':>10} {'ratio':>7}")
    if "export_s" in figures:
        rows = int(figures["export_rows"])
        print(f"{f'export, {rows:,} complaints':34} {figures['export_s']:9.2f}s "
              f"{figures['export_raw_openpyxl_s']:9.2f}s {figures['export_ratio']:6.2f}x  "
              f"(raw openpyxl write-only, same values; {figures['export_mb']:.0f} MB)")  # fmt: skip
    for mode in modes:
        labels = (("search", "search S24A"), ("search_cjk", "search 划伤"), ("wheel", "wheel step"))
        for name, label in labels:
            print(f"{f'{label}, export in {mode}':34} "
                  f"{figures[f'{name}_during_export_{mode}_ms']:8.1f}ms "
                  f"{figures[f'{name}_idle_{mode}_ms']:8.1f}ms "
                  f"{figures[f'{name}_{mode}_ratio']:6.2f}x  (same, no export running)")  # fmt: skip
        print(
            f"  {figures[f'samples_{mode}']:.0f} samples each; the export took a median "
            f"{figures[f'window_export_{mode}_s']:.1f} s from the window ({mode})"
        )
    print("RESULT " + json.dumps({k: round(v, 3) for k, v in figures.items()}, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
