"""Cold start to the first paint in instructions, not milliseconds: ours beside the same-work
baseline, each run once under valgrind's callgrind, which counts every instruction the process
(all its threads) executes until the child prints its `shown-at` mark and ends there.

    .venv/bin/python benchmarks/cold_start_instructions.py --db FILE [--lang zh_CN] [--compare TREE]

The count barely moves between runs (±0.02 % measured) and does not care what else the machine
runs, so it tells whether a change to the start-up helps when the wall-clock medians of
benchmarks/register.py are lost in a shared machine's noise. It is not the figure the issue
asks for: time also goes to page faults, reading files and loading libraries, which ours does
more of (on 2026-12-02: 1.19x in instructions, 1.19-1.25x in time). Needs valgrind (apt-get
install valgrind); each run takes 15-30 s. Ends with `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cold_start import same_work_args
from register import ROOT, signed_in_script

from qa_desktop.core.db import open_database

# Put before a child's script: it ends the process as soon as the mark is printed, so the count
# stops at the first paint (the mark itself comes from the child's own print).
END_AT_MARK = """\
import builtins as _builtins, os as _os, sys as _sys
_print = _builtins.print
def _print_then_end(*args, **kwargs):
    _print(*args, **kwargs)
    if args and isinstance(args[0], str) and args[0].startswith("shown-at "):
        _sys.stdout.flush()
        _os._exit(0)
_builtins.print = _print_then_end
"""
COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(args: list[str], env: dict[str, str]) -> int:
    """What callgrind counted for the program `args` (a Python `-c` child), to its mark."""
    python, flag, script, *rest = args
    # A whole start first, as benchmarks/register.py's warm-up: it writes the bytecode and, as
    # it quits, the user's settings (the register's columns as left), which the next reads.
    subprocess.run(args, env=env, check=True, capture_output=True)
    child = [python, flag, END_AT_MARK + script, *rest]
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run([*valgrind, *child], env=env, capture_output=True, text=True)
    found = COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"callgrind did not count {flag} …: {done.stderr[-400:]}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", type=Path, required=True, help="a demo file (register.py builds one)"
    )
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--compare", type=Path, help="another source tree's window too")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("cold_start_instructions: valgrind is not installed here.", file=sys.stderr)
        return 2
    if not args.db.exists():
        print(f"cold_start_instructions: {args.db} does not exist.", file=sys.stderr)
        return 2
    open_database(args.db)  # the same-work SQL reads the department's settings
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QA_DESKTOP_QUIT_AFTER_SHOW": "1",
               "QA_DESKTOP_DATA_DIR": folder, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}  # fmt: skip
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # else every run compiles what changed
        window = ["--db", str(args.db), "--lang", args.lang]
        ours = instructions([sys.executable, "-c", signed_in_script(), *window], env)
        same = instructions(same_work_args(sys.executable, args.db, args.lang), env)
        figures = {"ours_instructions": ours, "same_work_instructions": same, "ratio": ours / same}
        if args.compare is not None:
            other = [sys.executable, "-c", signed_in_script(args.compare), *window]
            figures["compare_instructions"] = instructions(other, env)
            figures["compare_ratio"] = figures["compare_instructions"] / same
    print(f"ours      {ours / 1e6:8.1f} M instructions to the first paint")
    print(f"same work {same / 1e6:8.1f} M instructions (QApplication + QTableView, raw sqlite3)")
    print(f"ratio     {figures['ratio']:.3f}x")
    if "compare_ratio" in figures:
        print(f"--compare {figures['compare_instructions'] / 1e6:8.1f} M, "
              f"{figures['compare_ratio']:.3f}x the same work")  # fmt: skip
    print("RESULT " + json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
