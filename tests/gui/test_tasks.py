"""gui.tasks: work in a worker process behind the same signals as a thread task."""

from __future__ import annotations

import sqlite3
import time
from functools import partial
from pathlib import Path

import jobs
import pytest

from qa_desktop import paths
from qa_desktop.core import faults
from qa_desktop.core.files import remove_stale_parts
from qa_desktop.gui.tasks import KILL_AFTER_MS, Task


@pytest.fixture
def record(qtbot):
    """Start a task and record what it says, in order."""
    tasks = []

    def start(work, in_process: bool = True) -> tuple[Task, list[tuple]]:
        task = Task(work, in_process=in_process)
        said: list[tuple] = []
        task.progressed.connect(lambda done, total: said.append(("progressed", done, total)))
        task.succeeded.connect(lambda result: said.append(("succeeded", result)))
        task.failed.connect(lambda text: said.append(("failed", text)))
        task.cancelled.connect(lambda: said.append(("cancelled",)))
        task.finished.connect(lambda: said.append(("finished",)))
        task.start()
        tasks.append(task)
        return task, said

    yield start
    for task in tasks:
        task.cancel()
        task.wait()


def until_finished(qtbot, task: Task, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not task.is_running(), timeout=timeout)


@pytest.mark.parametrize("in_process", [True, False], ids=["process", "thread"])
def test_the_same_signals_in_a_process_as_in_a_thread(qtbot, record, db, in_process: bool) -> None:
    task, said = record(partial(jobs.count_to, 3), in_process)
    until_finished(qtbot, task)
    assert said[:3] == [("progressed", i, 3) for i in (1, 2, 3)]
    assert [s[0] for s in said[3:]] == ["succeeded", "finished"]
    assert said[3][1].startswith("counted to 3")


@pytest.mark.parametrize(
    ("work", "sentence"),
    [
        (jobs.refuse, "The folder X: is read-only."),
        (jobs.crash, "ValueError: a bug"),
        (jobs.vanish, "The background task stopped unexpectedly (exit code 3)."),
    ],
    ids=["user error", "bug", "died"],
)
def test_a_failure_in_the_process_is_one_sentence(qtbot, record, work, sentence: str) -> None:
    task, said = record(work)
    until_finished(qtbot, task)
    assert said == [("failed", sentence), ("finished",)]


def test_cancel_stops_the_process_at_its_next_check(qtbot, record) -> None:
    task, said = record(partial(jobs.count_to, 10**9))
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    task.cancel()
    until_finished(qtbot, task, timeout=KILL_AFTER_MS // 2)  # honoured, not killed
    assert said[-2:] == [("cancelled",), ("finished",)]


def test_a_process_that_ignores_cancel_is_killed_and_its_leftovers_go(
    qtbot, record, tmp_path: Path
) -> None:
    target = tmp_path / "out.xlsx"
    task, said = record(partial(jobs.hold_files_and_ignore_cancel, target))
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    assert [p for p in paths.scratch_root().rglob("*") if p.is_file()]
    started = time.monotonic()
    task.cancel()
    until_finished(qtbot, task, timeout=KILL_AFTER_MS + 5000)
    assert time.monotonic() - started >= KILL_AFTER_MS / 1000 * 0.9  # given its chance first
    assert said[-2:] == [("cancelled",), ("finished",)]
    assert [p for p in paths.scratch_root().rglob("*") if p.is_file()] == []
    assert len(remove_stale_parts(target)) == 1 and list(tmp_path.iterdir()) == [tmp_path / "data"]


def _locked(progress, cancelled):
    raise sqlite3.OperationalError("database is locked")


@pytest.mark.parametrize("in_process", [True, False], ids=["process", "thread"])
def test_a_database_fault_in_a_task_is_the_services_sentence(qtbot, record, in_process) -> None:
    """Printing or loading the demo while another program writes: the sentence every save
    gives, not "OperationalError: database is locked"."""
    task, said = record(_locked, in_process)
    until_finished(qtbot, task)
    assert said == [
        ("failed", faults.explain(sqlite3.OperationalError("locked")).args[0]),
        ("finished",),
    ]
    assert said[0][1].startswith("The database is busy")
