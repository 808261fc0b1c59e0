"""What opening the database costs at 100,000 complaints, now that start-up refuses a damaged file.

    .venv/bin/python benchmarks/open.py [--complaints 100000] [--repeat 11]

Figures, each beside a baseline from the same run, turn about (ours, baseline, ours, …), medians:
- `open_database` (inspect, quick_check of every page, write-lock probe) beside raw sqlite3
  opening the same file and taking the write lock once: what start-up pays over the bare minimum;
- SQLite's `PRAGMA quick_check` alone, through raw sqlite3: the part of that which is the check;
- the same open with the page check skipped (`inspect_file(check_pages=False)` path), so the
  check's share of the open is the difference of two figures measured the same way.
Warm page cache (the file was just read), as on a PC that opened it a minute ago. Where this
process may drop the page cache (root on Linux), the first two are also measured cold: the
whole file is read from the disk, as at the first start of the day. Ends with `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from qa_desktop.core import db as db_module
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo


def interleaved_ms(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    for fn in fns.values():
        fn()  # warm the page cache for every one of them
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def cold_ms(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Medians with the page cache dropped before every call; {} where that is not allowed."""
    try:
        DROP_CACHES.write_text("3")
    except OSError:
        return {}
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(max(3, repeat // 3)):
        for name, fn in fns.items():
            DROP_CACHES.write_text("3")
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.sqlite"
        started = time.perf_counter()
        close_database(load_demo_into(path, args.complaints))
        print(f"demo data: {args.complaints} complaints in {time.perf_counter() - started:.1f} s")
        size_mb = path.stat().st_size / 1e6

        def ours() -> None:
            close_database(open_database(path, create=False))

        def ours_unchecked() -> None:
            real = db_module.inspect_file
            with mock.patch.object(
                db_module,
                "inspect_file",
                lambda p, busy, check_pages=False: real(p, busy, check_pages=False),
            ):
                close_database(open_database(path, create=False))

        def raw_open() -> None:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            conn.close()

        def raw_quick_check() -> None:
            conn = sqlite3.connect(path)
            assert conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
            conn.close()

        figures = interleaved_ms(
            {
                "open_database": ours,
                "open without the page check": ours_unchecked,
                "raw sqlite3 open + write lock": raw_open,
                "raw PRAGMA quick_check": raw_quick_check,
            },
            args.repeat,
        )
        figures.update(
            cold_ms(
                {"open_database (cold)": ours, "raw PRAGMA quick_check (cold)": raw_quick_check},
                args.repeat,
            )
        )
    figures["file MB"] = size_mb
    width = max(map(len, figures))
    print(f"{args.complaints} complaints, {size_mb:.0f} MB, medians of {args.repeat}:")
    for name, value in figures.items():
        print(f"  {name:<{width}}  {value:8.1f}" + ("" if name == "file MB" else " ms"))
    check = figures["open_database"] - figures["open without the page check"]
    print(f"  the page check's share of the open: {check:.1f} ms")
    print("RESULT " + json.dumps({"complaints": args.complaints, **figures}, sort_keys=True))
    return 0


def load_demo_into(path: Path, complaints: int):
    database = open_database(path)
    load_demo(database, complaints, seed=1)
    return database


if __name__ == "__main__":
    sys.exit(main())
