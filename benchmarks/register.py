"""Register performance at 100,000 complaints, each figure beside a baseline from the same run.

    .venv/bin/python benchmarks/register.py [--complaints 100000] [--repeat 7] [--db FILE]
                                            [--starts N] [--cold-start-only] [--compare TREE]

Prints a table of medians and ends with `RESULT {json}`. Budgets (issue 2): first screen <= 150 ms,
a search keystroke <= 50 ms, each at most 2x the same SQL run through raw sqlite3; cold start to the
register's first paint <= 1.3x a bare QApplication + QTableView doing the same visible work (issue
12; benchmarks/cold_start.py), the bare QApplication + QMainWindow figure kept beside it. The demo
data is indexed by the same indexer as a complaint saved in the window (core/search.py), so the
searches measure what users get. `--db FILE` keeps the database: built there if it is missing,
reused as it is otherwise (a 100,000-complaint file takes a while to build). The cold start is
ours signed in (to the register), ours to the sign-in dialog, ours with the page check skipped in
the child (a what-if: what the check costs), the two baselines, and with `--compare TREE` the
window of another source tree (`git worktree add --detach /tmp/before <commit>`), all turn about.
The first screen's figure is the model's whole work for 40 rows of 14 cells; its baseline, the
SQL alone.

The columns real registers keep (issue 12) sort and filter beside the same SQL through raw
sqlite3, as the others do: due, close date, days open (counted in SQL), approved amount; the
filters late, due today, responsible department and repeat, on the demo's own clocks.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Measure the tree this file is in (a worktree), not whichever copy is installed in the venv.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cold_start import BARE_QT, SCREEN_ROWS, interleaved_starts, printed_ms, same_work_args
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qa_desktop.core import register, register_filters, search
from qa_desktop.core.db import open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.register import RegisterQuery
from qa_desktop.gui.register_model import PAGE_SIZE, RegisterTableModel

ROOT = Path(__file__).resolve().parents[1]
DEMO_USER = "wang"  # the demo's QA engineer: the window opens on the register, signed in


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm the page cache: every figure is a warm-cache figure, ours and the baseline's
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def interleaved_ms(
    ours: Callable[[], object], raw: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of ours and the baseline, run turn about, so that the shared machine's load
    falls on both alike (timed back to back, one block could land in a busy second)."""
    ours(), raw()  # warm caches for both
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, bucket in ((ours, times[0]), (raw, times[1])):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def first_screen(model: RegisterTableModel) -> None:
    for row in range(min(SCREEN_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))


def raw_screen(conn: sqlite3.Connection, query: RegisterQuery, whole: bool = False) -> None:
    """The same SQL the register runs, through raw sqlite3, then the first page of rows: for a
    new query without a search, the count and the first page's ids (`register.head`); for a
    search or a sort (`whole`), every id in order."""
    if whole or query.text:
        sql, params = register.ids_sql(query)
        page = [row[0] for row in conn.execute(sql, params)][:PAGE_SIZE]
    else:
        conn.execute("BEGIN")
        sql, params = register.ids_sql(query, PAGE_SIZE)
        page = [row[0] for row in conn.execute(sql, params)]
        count_sql, count_params = register.count_sql(query)
        conn.execute(count_sql, count_params).fetchone()
        conn.execute("COMMIT")
    select = register.select_sql((column.select for column in register.COLUMNS), "en")
    marks = ", ".join("?" for _ in page)
    conn.execute(
        f"SELECT c.id, {select}{register.ROWS_FROM} WHERE c.id IN ({marks})", page
    ).fetchall()


# The specification: an existing column with no index of its own, for comparison.
NEW_SORTS = ("due_at", "closed_at", "days_open", "approved", "specification")
NEW_FILTERS = {
    "filter_late": RegisterQuery(due="late"),
    "filter_due_today": RegisterQuery(due="today"),
    "filter_department": RegisterQuery(responsible_department="精整车间"),
    "filter_repeat": RegisterQuery(repeat=False),
}


def measure_new_columns(
    db, conn: sqlite3.Connection, model: RegisterTableModel, repeat: int
) -> dict[str, float]:
    """The issue-12 columns' sorts (each run flips the order, as a header click does) and
    filters, each beside the same SQL through raw sqlite3 (module docstring)."""
    figures: dict[str, float] = {}

    def pair(name: str, ours: Callable[[], object], raw: Callable[[], object]) -> None:
        ours_ms, raw_ms = interleaved_ms(ours, raw, repeat)
        figures[f"{name}_ms"], figures[f"{name}_raw_ms"] = ours_ms, raw_ms
        figures[f"{name}_ratio"] = ours_ms / raw_ms

    for key in NEW_SORTS:
        column = register.COLUMN_KEYS.index(key)
        flips = {"ours": False, "raw": False}

        def ours(column: int = column, flips: dict[str, bool] = flips) -> None:
            flips["ours"] = not flips["ours"]
            up = Qt.SortOrder.AscendingOrder if flips["ours"] else Qt.SortOrder.DescendingOrder
            model.sort(column, up)
            first_screen(model)

        def raw(key: str = key, flips: dict[str, bool] = flips) -> None:
            flips["raw"] = not flips["raw"]
            raw_screen(conn, RegisterQuery(sort_key=key, descending=not flips["raw"]))

        pair(f"sort_{key}", ours, raw)
    model.sort(register.COLUMN_KEYS.index("received_at"), Qt.SortOrder.DescendingOrder)
    for name, query in NEW_FILTERS.items():
        figures[f"results_{name}"] = len(register.ids(db, query))

        def filtered(query: RegisterQuery = query) -> None:
            model.set_query(query)
            first_screen(model)

        pair(name, filtered, lambda query=query: raw_screen(conn, query))
    return figures


def measure(db_path: Path, repeat: int) -> dict[str, float]:
    db = open_database(db_path)
    conn = sqlite3.connect(str(db_path))
    received = register.COLUMN_KEYS.index("received_at")
    figures: dict[str, float] = {}

    def pair(name: str, ours: Callable[[], object], raw: Callable[[], object]) -> None:
        ours_ms, raw_ms = interleaved_ms(ours, raw, repeat)
        figures[f"{name}_ms"], figures[f"{name}_raw_ms"] = ours_ms, raw_ms
        figures[f"{name}_ratio"] = ours_ms / raw_ms

    pair(
        "open_first_screen",
        lambda: first_screen(RegisterTableModel(db, RegisterQuery())),
        lambda: raw_screen(conn, RegisterQuery()),
    )
    model = RegisterTableModel(db, RegisterQuery())

    # Each call flips the order (a click on the header), so every run really re-sorts: asking
    # the model for the order it already has does nothing, and must not be what we time.
    flips = {"ours": False, "raw": False}

    def sort_ours() -> None:
        flips["ours"] = not flips["ours"]
        order = Qt.SortOrder.AscendingOrder if flips["ours"] else Qt.SortOrder.DescendingOrder
        model.sort(received, order)
        first_screen(model)

    def sort_raw() -> None:
        flips["raw"] = not flips["raw"]
        raw_screen(conn, RegisterQuery(descending=not flips["raw"]), whole=True)

    pair("sort_received", sort_ours, sort_raw)
    # Customers sort by their stored pinyin key (a join on customer, as sorting by name did).
    customer = register.COLUMN_KEYS.index("customer")
    by_customer = {"ours": False, "raw": False}

    def sort_customer_ours() -> None:
        by_customer["ours"] = not by_customer["ours"]
        ascending = by_customer["ours"]
        model.sort(
            customer, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        )
        first_screen(model)

    def sort_customer_raw() -> None:
        by_customer["raw"] = not by_customer["raw"]
        query = RegisterQuery(sort_key="customer", descending=not by_customer["raw"])
        raw_screen(conn, query, whole=True)

    pair("sort_customer", sort_customer_ours, sort_customer_raw)
    figures.update(measure_new_columns(db, conn, model, repeat))
    model.sort(received, Qt.SortOrder.DescendingOrder)
    for label, word in (("search_trigram", "S24A"), ("search_cjk2", "划伤")):
        query = RegisterQuery(severities=("serious",), text=word)

        def search_ours(query: RegisterQuery = query) -> None:
            model.set_query(query)
            first_screen(model)

        pair(label, search_ours, lambda query=query: raw_screen(conn, query))
    figures["results_search_trigram"] = len(
        register.ids(db, RegisterQuery(severities=("serious",), text="S24A"))
    )
    figures["results_search_cjk2"] = len(
        register.ids(db, RegisterQuery(severities=("serious",), text="划伤"))
    )

    # The owner and product combos: DISTINCT on their indexes, then pinyin order in Python.
    pair(
        "owner_product_lists",
        lambda: (register_filters.owners(db), register_filters.products(db)),
        lambda: [
            conn.execute(f"SELECT DISTINCT {c} FROM complaint WHERE {c} != ''").fetchall()
            for c in ("owner", "product")
        ],
    )
    # Re-indexing after a save: one complaint through the one indexer (inside a transaction
    # that is rolled back, so the database stays as the other figures measured it).
    figures["reindex_one_ms"] = median_ms(lambda: _reindex_rolled_back(db, [50_000]), repeat)
    figures["reindex_1000_ms"] = median_ms(
        lambda: _reindex_rolled_back(db, range(1, 1001)), max(3, repeat // 2)
    )

    from qa_desktop.core.reports.complaint_pdf import export_complaint_pdf
    from qa_desktop.core.services.complaints import get_complaint

    complaint = get_complaint(1)
    out = db_path.with_name("form.pdf")
    figures["pdf_export_ms"] = median_ms(
        lambda: export_complaint_pdf(complaint, out, lang="zh_CN"), repeat
    )
    figures["pdf_raw_reportlab_ms"] = median_ms(
        lambda: raw_reportlab(db_path.with_name("raw.pdf")), repeat
    )
    figures["pdf_ratio"] = figures["pdf_export_ms"] / figures["pdf_raw_reportlab_ms"]
    conn.close()
    return figures


def _reindex_rolled_back(db, ids) -> None:
    with db.atomic() as transaction:
        search.reindex(ids, db)
        transaction.rollback()


def raw_reportlab(out: Path) -> None:
    """Baseline: one A4 page in the same embedded CJK font, straight through ReportLab's canvas."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from qa_desktop.core.reports.fonts import register_fonts

    font = register_fonts()
    page = canvas.Canvas(str(out), pagesize=A4)
    page.setFont(font, 12)
    for line in range(40):
        page.drawString(
            60, 780 - line * 18, f"客户投诉处理单 {line} 佛山某不锈钢制品厂 S24A0817-03 划伤"
        )
    page.save()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", type=Path, help="keep the database here (reused if it exists)")
    parser.add_argument("--starts", type=int, help="cold starts of each program (default: repeat)")
    parser.add_argument(
        "--cold-start-only", action="store_true", help="only the cold-start figures"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="TREE",
        help="also start the window of another source tree (e.g. a worktree of an earlier "
        "commit), turn about with the others: before/after under the same load",
    )
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as folder:
        db_path = args.db or Path(folder) / "register.sqlite"
        figures: dict[str, float] = {"complaints": args.complaints}
        if not db_path.exists():
            start = time.perf_counter()
            load_demo(open_database(db_path), args.complaints, seed=1)
            figures["demo_load_s"] = time.perf_counter() - start
        else:
            figures["complaints"] = _count(db_path)
            open_database(db_path)  # the same-work SQL reads the department's settings
        if not args.cold_start_only:
            figures.update(measure(db_path, args.repeat))
        starts = args.starts or args.repeat
        figures.update(cold_starts(db_path, Path(folder), starts, args.compare))
    report(figures)
    return 0


def _count(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM complaint").fetchone()[0]


def cold_starts(
    db_path: Path, data_dir: Path, starts: int, compare: Path | None = None
) -> dict[str, float]:
    """Ours to the register's first paint (signed in as the demo's engineer by the environment,
    as a smoke test does: the sign-in dialog would be the first window otherwise), ours to the
    sign-in dialog, and the two baselines, turn about (benchmarks/cold_start.py)."""
    lang = "zh_CN"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QA_DESKTOP_QUIT_AFTER_SHOW": "1",
           "QA_DESKTOP_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}  # fmt: skip
    # A user's copy runs from compiled bytecode: let the warm-up start write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    window = ["--db", str(db_path), "--lang", lang]
    ours = [sys.executable, "-m", "qa_desktop", *window]
    signed_in = [sys.executable, "-c", signed_in_script(), *window]
    programs = {
        "cold_start": signed_in,
        "cold_start_sign_in": ours,
        "cold_start_same_work": same_work_args(sys.executable, db_path, lang),
        "cold_start_bare_qt": [sys.executable, "-c", BARE_QT],
    }
    # What ours would cost if the page check cost nothing (the child skips it: a what-if for
    # the figures, which the app itself never does).
    no_check = [sys.executable, "-c", signed_in_script(without_check=True), *window]
    programs["cold_start_without_check"] = no_check
    if compare is not None:  # that tree's qa_desktop first on the path
        programs["cold_start_compare"] = [sys.executable, "-c", signed_in_script(compare), *window]
    times, outputs = interleaved_starts(programs, env, starts)
    ours = [
        n for n in programs if n in ("cold_start", "cold_start_compare", "cold_start_without_check")
    ]
    if any("page 0" not in out for name in ours for out in outputs[name]) or any(
        "painted 0" in out for out in outputs["cold_start_same_work"]
    ):
        raise SystemExit("a first paint did not show its rows before its mark")
    figures = {f"{name}_ms": statistics.median(ms) for name, ms in times.items()}
    for name in ours:  # how long the open waited for the page check, each start
        waits = [printed_ms(out, "check-wait-ms") for out in outputs[name][1:]]
        figures[f"{name}_check_wait_ms"] = statistics.median(waits)
        if name == "cold_start_compare":  # a tree that checks before it opens: all of the check
            figures[f"{name}_less_check_wait_ms"] = statistics.median(
                total - wait for total, wait in zip(times[name], waits, strict=True)
            )
    # The fastest start of each beside the medians: on a shared machine, what the program
    # itself costs when nothing else got in its way.
    figures.update({f"{name}_min_ms": min(ms) for name, ms in times.items()})
    figures["cold_start_ratio"] = figures["cold_start_ms"] / figures["cold_start_bare_qt_ms"]
    figures["cold_start_same_work_ratio"] = (
        figures["cold_start_ms"] / figures["cold_start_same_work_ms"]
    )
    figures["cold_start_without_check_ratio"] = (
        figures["cold_start_without_check_ms"] / figures["cold_start_same_work_ms"]
    )
    if compare is not None:
        figures["cold_start_compare_ratio"] = (
            figures["cold_start_compare_ms"] / figures["cold_start_same_work_ms"]
        )
    figures["cold_start_starts"] = starts
    figures["sign_in_check_ms"] = _sign_in_check_ms(db_path, starts)
    return figures


# The window signed in by QA_DESKTOP_USER/PASSWORD. It also prints `page N` when the register
# reads a page (the first page must be read before the mark) and `check-wait-ms` (how long the
# open waited for the page check: all of it in a tree that checks before it opens, what is left
# of it in one that checks on a thread). The patches are applied as the modules load, so the
# child imports what the app imports, in the same order.
SIGNED_IN = """\
import os, sys, time
from importlib.machinery import PathFinder
os.environ["QA_DESKTOP_USER"], os.environ["QA_DESKTOP_PASSWORD"] = <user>, <password>


def timed(owner, name):
    real = getattr(owner, name)
    def waited(*args, **kwargs):
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            print(f"check-wait-ms {(time.perf_counter() - start) * 1000:.1f}", flush=True)
    setattr(owner, name, waited)


def trace_pages(module):
    load = module.RegisterTableModel._load
    def traced(self, number):
        page = load(self, number)
        print(f"page {number}", flush=True)
        return page
    module.RegisterTableModel._load = traced


def no_page_check(module):  # a what-if, for the figures only: the page check costing nothing
    def init(self, path, busy_seconds=5.0, begin_now=True):
        self.path = module.Path(path).expanduser().resolve()
    module.PageCheck.__init__ = init
    module.PageCheck.passed = lambda self, path: True
    module.PageCheck.finished = lambda self: True
    module.PageCheck.begin = lambda self: None


PATCHES = {
    "qa_desktop.gui.register_model": trace_pages,
    "qa_desktop.core.page_check": lambda module: (
        <without check> and no_page_check(module), timed(module.PageCheck, "passed")
    ),
    "qa_desktop.core.db_file": lambda module: timed(module, "quick_check"),  # the open's own
}


class Patch:  # a meta path finder (not importlib.abc's: that import alone costs ~10 ms)
    def find_spec(self, name, path, target=None):
        patch = PATCHES.pop(name, None)
        if patch is None:
            return None
        spec = PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            patch(module)
        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, Patch())
from qa_desktop.cli import main
sys.argv[0] = "qa-desktop"
sys.exit(main(sys.argv[1:]))
"""


def signed_in_script(tree: Path | None = None, without_check: bool = False) -> str:
    from qa_desktop.core.demo_accounts import DEMO_PASSWORD

    script = SIGNED_IN.replace("<user>", repr(DEMO_USER)).replace("<password>", repr(DEMO_PASSWORD))
    script = script.replace("<without check>", repr(without_check))
    if tree is None:
        return script
    return f"import sys; sys.path.insert(0, {str(tree.resolve())!r})\n" + script


def _sign_in_check_ms(db_path: Path, repeat: int) -> float:
    """The password check a sign-in runs (Argon2id, slow by design), in this process."""
    from qa_desktop.core.demo_accounts import DEMO_PASSWORD
    from qa_desktop.core.models import UserAccount
    from qa_desktop.core.password_check import verify_password

    open_database(db_path)
    stored = UserAccount.get(UserAccount.user_id == DEMO_USER).password_hash
    return median_ms(lambda: verify_password(stored, DEMO_PASSWORD), repeat)


def report(figures: dict[str, float]) -> None:
    print(f"{'figure':28} {'ours':>10} {'baseline':>10} {'ratio':>7}")
    if "pdf_ratio" in figures:  # not with --cold-start-only
        report_in_process(figures)
    for name, baseline in (("same_work", "QApplication + QTableView, 40 rows, raw sqlite3"),
                           ("bare_qt", "bare QApplication + QMainWindow")):  # fmt: skip
        ratio = figures["cold_start_ratio" if name == "bare_qt" else f"cold_start_{name}_ratio"]
        print(f"{'cold_start':28} {figures['cold_start_ms']:8.1f}ms "
              f"{figures[f'cold_start_{name}_ms']:8.1f}ms {ratio:6.2f}x  ({baseline})")  # fmt: skip
    fastest = " / ".join(f"{figures[f'cold_start{name}_min_ms']:.0f}"
                         for name in ("", "_same_work", "_bare_qt"))  # fmt: skip
    print(f"fastest starts: ours / same work / bare Qt {fastest} ms")
    print(f"{'cold_start, no page check':28} {figures['cold_start_without_check_ms']:8.1f}ms "
          f"{figures['cold_start_same_work_ms']:8.1f}ms "
          f"{figures['cold_start_without_check_ratio']:6.2f}x  (what-if: ours with the check "
          "skipped in the child; same work)")  # fmt: skip
    print(f"ours: the first paint waited {figures['cold_start_check_wait_ms']:.0f} ms for the page "
          "check (begun on its thread after the first paint, its verdict awaited by the first write; "
          "median per start)")  # fmt: skip
    if "cold_start_compare_less_check_wait_ms" in figures:
        less = figures["cold_start_compare_less_check_wait_ms"]
        print(f"--compare tree: the open waited {figures['cold_start_compare_check_wait_ms']:.0f} ms "
              f"for the page check; less that wait, {less:.0f} ms, "
              f"{less / figures['cold_start_same_work_ms']:.2f}x the same work")  # fmt: skip
    if "cold_start_compare_ms" in figures:
        print(f"{'cold_start (--compare tree)':28} {figures['cold_start_compare_ms']:8.1f}ms "
              f"{figures['cold_start_same_work_ms']:8.1f}ms "
              f"{figures['cold_start_compare_ratio']:6.2f}x  (same work; fastest "
              f"{figures['cold_start_compare_min_ms']:.0f} ms)")  # fmt: skip
    print(f"cold start to the sign-in dialog {figures['cold_start_sign_in_ms']:.0f} ms; the "
          f"sign-in's password check {figures['sign_in_check_ms']:.0f} ms; medians of "
          f"{figures['cold_start_starts']:.0f} starts each")  # fmt: skip
    print(f"{figures['complaints']:.0f} complaints" + (
        f", demo load {figures['demo_load_s']:.1f} s" if "demo_load_s" in figures else ""))  # fmt: skip
    print("RESULT " + json.dumps({k: round(v, 2) for k, v in figures.items()}, sort_keys=True))


def report_in_process(figures: dict[str, float]) -> None:
    for name in ("open_first_screen", "sort_received", "sort_customer", "search_trigram",
                 "search_cjk2", "owner_product_lists"):  # fmt: skip
        print(f"{name:28} {figures[name + '_ms']:8.1f}ms {figures[name + '_raw_ms']:8.1f}ms "
              f"{figures[name + '_ratio']:6.2f}x  (raw sqlite3)")  # fmt: skip
    for name in (*(f"sort_{key}" for key in NEW_SORTS), *NEW_FILTERS):
        print(f"{name:28} {figures[name + '_ms']:8.1f}ms {figures[name + '_raw_ms']:8.1f}ms "
              f"{figures[name + '_ratio']:6.2f}x  (raw sqlite3)")  # fmt: skip
    print("filter results: " + ", ".join(
        f"{name.removeprefix('filter_')} {figures['results_' + name]:.0f}" for name in NEW_FILTERS
    ))  # fmt: skip
    print(f"{'pdf_export':28} {figures['pdf_export_ms']:8.1f}ms {figures['pdf_raw_reportlab_ms']:8.1f}ms "
          f"{figures['pdf_ratio']:6.2f}x  (raw ReportLab page)")  # fmt: skip
    print(f"search results: S24A {figures['results_search_trigram']:.0f}, "
          f"划伤 {figures['results_search_cjk2']:.0f}")  # fmt: skip
    print(f"re-index one complaint {figures['reindex_one_ms']:.1f} ms, 1,000 complaints "
          f"{figures['reindex_1000_ms']:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
