"""The main window's "overdue actions" at 100,000 complaints, beside raw sqlite3 running the same
SELECT in the same run.

    .venv/bin/python benchmarks/overdue_actions.py [--complaints 100000] [--repeat 7]

Every complaint gets three actions (services/actions.py's table, written by executemany): a
closed case's are verified; an open case's are one open (due from sixty days ago to thirty
ahead), one done and one verified. One open action in ten was sent back once (an audit entry with
its reason, which the lists read). Prints the query plans, the medians, and `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from qa_desktop.core.db import open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.services import action_lists
from qa_desktop.core.services.action_lists import CaseAction, Complaint

ANCHOR = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
COLUMNS = (
    "uuid", "created_at", "updated_at", "created_by", "updated_by", "revision", "complaint_id",
    "number", "kind", "cause", "description", "owner", "department", "due_date", "state",
    "expected_effect", "date_code_from", "quantity", "done_at", "done_note", "verified_at",
    "verified_by", "verification_note", "internal_note",
)  # fmt: skip


def fill_actions(db, rng: random.Random) -> int:
    db.execute_sql("DELETE FROM action_evidence")  # the demo's own few: these replace them
    db.execute_sql("DELETE FROM case_action")
    cases = db.execute_sql("SELECT id, status, received_at FROM complaint").fetchall()
    rows, rejects, now = [], [], NOW.replace(tzinfo=None)
    for complaint_id, status, _received in cases:
        states = ("verified",) * 3 if status == "closed" else ("open", "done", "verified")
        for number, state in enumerate(states, start=1):
            key = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            due = ANCHOR + timedelta(days=rng.randint(-60, 30))
            rows.append((
                key, now, now, "wang", "wang", 1, complaint_id, number,
                rng.choice(("containment", "corrective", "preventive")), "",
                "更换工作辊，辊面检查每班一次", rng.choice(("zhou", "wang", "chen")), "冷轧车间",
                due, state, 90, "", "", None, "", None, "", "", "",
            ))  # fmt: skip
            if state == "open" and rng.random() < 0.1:
                rejects.append(
                    (now, "chen", "reject", "case_action", key, "{}", "记录缺签字", "", "")
                )
    cursor = db.cursor()
    cursor.executemany(
        f"INSERT INTO case_action ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        rows,
    )
    cursor.executemany(
        'INSERT INTO audit_entry ("at", actor, action, "table", record_uuid, detail, reason, '
        "prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # unchained: timing only
        rejects,
    )
    return len(rows)


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def interleaved_ms(
    ours: Callable[[], object], raw: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of ours and the baseline run turn about, so the shared machine's load falls on
    both alike."""
    ours(), raw()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, bucket in ((ours, times[0]), (raw, times[1])):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(path)
        start = time.perf_counter()
        load_demo(db, args.complaints, seed=1, anchor=ANCHOR)
        with db.atomic():
            count = fill_actions(db, random.Random(7))
        print(
            f"{args.complaints} complaints, {count} actions in {time.perf_counter() - start:.0f} s"
        )
        today = action_lists.department_today(NOW)
        query = action_lists._open(None).where(CaseAction.due_date < today)
        query = query.order_by(CaseAction.due_date, Complaint.case_no, CaseAction.number)
        sql, params = query.sql()
        for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params):
            print("plan:", row[3])
        raw = sqlite3.connect(path)
        found = len(action_lists.overdue(NOW))
        soon = len(action_lists.due_within(NOW, 7))
        ours, baseline = interleaved_ms(
            lambda: action_lists.overdue(NOW),
            lambda: raw.execute(sql, params).fetchall(),
            args.repeat,
        )
        figures = {
            "overdue_rows": found,
            "due_within_7_rows": soon,
            "overdue_ms": ours,
            "overdue_raw_select_ms": baseline,
            "overdue_of_one_owner_ms": median_ms(
                lambda: action_lists.overdue(NOW, owner="zhou"), args.repeat
            ),
            "due_within_7_ms": median_ms(lambda: action_lists.due_within(NOW, 7), args.repeat),
        }
        raw.close()
        db.close()
    for name, value in figures.items():
        print(f"{name:>26}: {value:.1f}" if isinstance(value, float) else f"{name:>26}: {value}")
    print("RESULT " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
