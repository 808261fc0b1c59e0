"""Work in a worker process: messages, endings as one sentence, cancel, kill, leftovers."""

from __future__ import annotations

import os
import time
from datetime import date
from functools import partial
from pathlib import Path

import jobs
import pytest
from conftest import ENGINEER
from openpyxl import load_workbook

from qa_desktop import paths
from qa_desktop.core import worker
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.errors import UserError
from qa_desktop.core.files import remove_stale_parts
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.reports.register_xlsx import export_register
from qa_desktop.core.worker import Worker

TIMEOUT = 60


def wait_for(worker_: Worker, kind: str) -> list[worker.Message]:
    said: list[worker.Message] = []
    deadline = time.monotonic() + TIMEOUT
    while not any(message[0] == kind for message in said):
        assert time.monotonic() < deadline, said
        said += worker_.messages()
        time.sleep(0.02)
    return said


def test_progress_then_the_result_from_another_process() -> None:
    running = Worker(partial(jobs.count_to, 3), "en")
    said = wait_for(running, worker.SUCCEEDED)
    running.close()
    assert said[:-1] == [(worker.PROGRESS, i, 3) for i in (1, 2, 3)]
    kind, result = said[-1]
    assert kind == worker.SUCCEEDED
    assert result.startswith("counted to 3 in ") and result != f"counted to 3 in {os.getpid()}"


@pytest.mark.parametrize(
    ("work", "sentence"),
    [
        (jobs.refuse, "The folder X: is read-only."),
        (jobs.crash, "ValueError: a bug"),  # the first line; the traceback went to stderr
    ],
)
def test_a_failure_comes_back_as_one_sentence(work, sentence: str) -> None:
    with pytest.raises(UserError) as raised:
        worker.run(work, "en")
    assert str(raised.value) == sentence


def test_a_child_that_vanishes_is_reported() -> None:
    running = Worker(jobs.vanish, "en")
    said = wait_for(running, worker.FAILED)
    running.close()
    assert said == [(worker.FAILED, "The background task stopped unexpectedly (exit code 3).")]


def test_cancel_is_honoured_at_the_next_check() -> None:
    running = Worker(partial(jobs.count_to, 10**9), "en")
    wait_for(running, worker.PROGRESS)
    running.cancel()
    said = wait_for(running, worker.CANCELLED)
    running.close()
    assert said[-1] == (worker.CANCELLED,)


def test_kill_stops_a_child_that_ignores_cancel_and_removes_its_scratch(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    running = Worker(partial(jobs.hold_files_and_ignore_cancel, target), "en")
    wait_for(running, worker.PROGRESS)
    pid = running.process.pid
    assert [p.name for p in paths.scratch_root().iterdir() if p.name.startswith(f"{pid}-")]
    running.cancel()
    time.sleep(0.3)
    assert running.is_alive()  # it does not check

    running.kill()

    assert running.messages() == [(worker.CANCELLED,)]
    running.close()
    assert not [p for p in paths.scratch_root().iterdir() if p.name.startswith(f"{pid}-")]
    # What it left beside the target is for the caller, who knows the target, to remove.
    (part,) = tmp_path.glob(f".out.xlsx.{pid}.*.part")
    assert remove_stale_parts(target) == [part]


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    load_demo(db, 1500, seed=3, anchor=date(2026, 11, 1), actor=ENGINEER)
    close_database(db)
    return path


def test_an_export_killed_mid_way_leaves_what_the_next_export_removes(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temp))  # the child's tempfile.gettempdir()
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "register.xlsx"
    running = Worker(partial(jobs.export_then_stall, demo_path, target), "en")
    assert wait_for(running, worker.PROGRESS)[-1] == (worker.PROGRESS, 1000, 1500)
    pid = running.process.pid

    running.process.kill()  # SIGKILL: no finally, no atexit
    running.process.join(TIMEOUT)

    part = [p.name for p in folder.iterdir()]
    assert len(part) == 1 and part[0].startswith(f".register.xlsx.{pid}.")
    (scratch,) = [p for p in paths.scratch_root().iterdir() if p.name.startswith(f"{pid}-")]
    streams = sorted(p.name.split("-")[0] for p in scratch.iterdir())
    assert streams == ["rows", "sheet"]
    assert next(scratch.glob("rows-*")).stat().st_size > 0  # the first thousand rows
    assert list(system_temp.iterdir()) == []  # nothing of ours in the system's folder
    running.close()

    db = open_database(demo_path)
    try:
        assert export_register(db, RegisterQuery(), target, lang="en") == 1500
    finally:
        close_database(db)

    assert [p.name for p in folder.iterdir()] == ["register.xlsx"]
    assert not scratch.exists()
    book = load_workbook(target, read_only=True)
    assert sum(1 for _ in book.active.iter_rows()) == 1501
    book.close()
