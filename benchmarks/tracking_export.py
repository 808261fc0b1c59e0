"""The tracking table export (客户投诉处理跟踪表) beside raw openpyxl writing the same cells.

    PYTHONPATH=. .venv/bin/python benchmarks/tracking_export.py [--complaints 100000] [--pairs 3]

Ours: `tracking_xlsx.export_tracking` of the whole register (zh_CN) from the database: the ids,
four SQL queries per 1,000 cases (the register's fields, clocks, actions, replies), conversion,
the styled workbook (header, date and wrap styles, frozen and filtered header, print setup, row
heights) written to a file. Baseline: openpyxl's write-only workbook appending the same cell
values for the same rows, with the same Python types (str, int/float, datetime; None for an
empty cell), prefetched in memory before timing (no database), with no styling beyond
openpyxl's own, saved to a file in the same folder; the prefetched rows are moved out of the
garbage collector's sight (gc.freeze). Runs interleaved, ours then the baseline, `--pairs`
times; medians. Ends with `RESULT {json}`.

The demo has no clocks, actions or replies yet (the services that keep them are other parts of
issue 12), so `case_life` adds them set-based first: every clock rule that starts on receipt
and applies to the case's market (six per case), met on time, met late or still running;
two actions on every third case in every state; an 8D report (A, and B for some) on every
closed case.
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
from pathlib import Path

CASE_LIFE = (
    # Clocks: started on receipt, due 4 h x (position + 1) later; met (on time or late) on
    # closed cases and on a third of the others; the rest still running.
    "INSERT INTO case_clock (complaint_id, rule_code, started_at, due_at, met_at, met_by,"
    " met_note, met_late)"
    " SELECT c.id, r.code, c.received_at,"
    " datetime(c.received_at, '+' || ((r.position + 1) * 4) || ' hours'),"
    " CASE WHEN c.status IN ('closed', 'answered') OR (c.id + r.position) % 3 = 0"
    "  THEN datetime(c.received_at, '+' || ((c.id * 7 + r.position) % 40) || ' hours') END,"
    " 'wang', '',"
    " (c.status IN ('closed', 'answered') OR (c.id + r.position) % 3 = 0)"
    "  AND (c.id * 7 + r.position) % 40 > (r.position + 1) * 4"
    " FROM complaint c JOIN clock_rule r"
    " ON r.starts = 'received' AND r.applies_to IN ('any', c.market)",
    # Actions: two on every third case, in every state, due a week after receipt.
    "INSERT INTO case_action (uuid, created_at, updated_at, created_by, updated_by, revision,"
    " complaint_id, number, kind, cause, description, owner, department, due_date, state,"
    " date_code_from, quantity, done_note, verified_by, verification_note, internal_note)"
    " SELECT printf('%032x', c.id * 2 + n.number), c.received_at, c.received_at, 'wang',"
    " 'wang', 1, c.id, n.number, 'corrective', 'occurrence', '调整轧辊并复检', 'li', '冷轧车间',"
    " date(c.received_at, '+7 days'),"
    " CASE (c.id + n.number) % 4 WHEN 0 THEN 'open' WHEN 1 THEN 'done' WHEN 2 THEN 'verified'"
    "  ELSE 'cancelled' END, '', '', '', '', '', ''"
    " FROM complaint c JOIN (SELECT 1 AS number UNION ALL SELECT 2) n WHERE c.id % 3 = 0",
    # Replies: revision A on every closed case, B after it on every fifth.
    "INSERT INTO customer_reply (complaint_id, kind, revision, sent_to, channel, sent_at,"
    " sent_by, summary, lang, content_hash)"
    " SELECT c.id, '8d', 'A', '张经理', 'email', datetime(c.received_at, '+2 days'), 'wang',"
    " '', 'zh_CN', '' FROM complaint c WHERE c.status = 'closed'",
    "INSERT INTO customer_reply (complaint_id, kind, revision, sent_to, channel, sent_at,"
    " sent_by, summary, lang, content_hash)"
    " SELECT c.id, '8d', 'B', '张经理', 'email', datetime(c.received_at, '+5 days'), 'wang',"
    " '', 'zh_CN', '' FROM complaint c WHERE c.status = 'closed' AND c.id % 5 = 0",
)


def case_life(db) -> dict[str, int]:
    with db.atomic():
        for sql in CASE_LIFE:
            db.execute_sql(sql)
    return {
        f"{table}_rows": db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("case_clock", "case_action", "customer_reply")
    }


def prefetched(db, lang: str) -> tuple[list[str], list[list[object]]]:
    """The header and every row's cell values as plain Python values: the baseline's input."""
    from qa_desktop.core import register, settings
    from qa_desktop.core.clock import utc_now
    from qa_desktop.core.register import RegisterQuery
    from qa_desktop.core.reports import tracking_xlsx
    from qa_desktop.core.reports.xlsx_sheet import converter, header_titles
    from qa_desktop.core.services.clock_rules import clock_rules

    zone, now = settings.department_zone(db), utc_now()
    rules = clock_rules()
    columns = tracking_xlsx.columns_for(rules, lang)
    header = header_titles(columns, tracking_xlsx.CONTEXT, lang, zone, "CNY")
    convert = [converter(column, lang, zone) for column in columns]
    wanted = register.ids(db, RegisterQuery())
    rows = [
        [to_value(value) for to_value, value in zip(convert, record, strict=True)]
        for chunk in tracking_xlsx.fetch_chunks(db, wanted, rules, lang, now, zone)
        for record in chunk
    ]
    return header, rows


def raw_openpyxl(header: list[str], rows: list[list[object]], out: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("tracking")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(out)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(db, folder: Path, pairs: int) -> dict[str, float]:
    from qa_desktop.core.register import RegisterQuery
    from qa_desktop.core.reports.tracking_xlsx import export_tracking

    lang = "zh_CN"
    header, rows = prefetched(db, lang)
    gc.collect()
    gc.freeze()
    ours, baseline = [], []
    for turn in range(pairs):
        ours.append(timed(lambda: export_tracking(db, RegisterQuery(), folder / "o.xlsx", lang)))
        baseline.append(timed(lambda: raw_openpyxl(header, rows, folder / "b.xlsx")))
        print(f"  pair {turn + 1}: ours {ours[-1]:.2f} s, baseline {baseline[-1]:.2f} s")
    gc.unfreeze()
    figures = {
        "export_s": statistics.median(ours),
        "export_raw_openpyxl_s": statistics.median(baseline),
        "export_mb": (folder / "o.xlsx").stat().st_size / 1e6,
        "export_rows": len(rows),
        "export_columns": len(header),
    }
    figures["export_ratio"] = figures["export_s"] / figures["export_raw_openpyxl_s"]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qa-bench-tracking-"))
    os.environ["QA_DESKTOP_DATA_DIR"] = str(folder / "data")  # the scratch folder, too
    try:
        from qa_desktop.core.db import open_database
        from qa_desktop.core.demo import load_demo

        db = open_database(folder / "tracking.sqlite")
        start = time.perf_counter()
        load_demo(db, args.complaints, seed=1)
        figures: dict[str, float] = {"complaints": args.complaints}
        figures["demo_load_s"] = time.perf_counter() - start
        figures.update(case_life(db))
        figures.update(measure(db, folder, args.pairs))
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    rows, columns = int(figures["export_rows"]), int(figures["export_columns"])
    print(f"tracking table, {rows:,} cases x {columns} columns ({figures['export_mb']:.0f} MB): "
          f"ours {figures['export_s']:.2f} s, raw openpyxl {figures['export_raw_openpyxl_s']:.2f} s"
          f" ({figures['export_ratio']:.2f}x)")  # fmt: skip
    print(f"with {figures['case_clock_rows']:,} clocks, {figures['case_action_rows']:,} actions, "
          f"{figures['customer_reply_rows']:,} replies")  # fmt: skip
    print("RESULT " + json.dumps({k: round(v, 3) for k, v in figures.items()}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
