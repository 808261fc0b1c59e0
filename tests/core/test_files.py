"""Files appear whole or not at all and never over a database; what a killed process left is
found by its owner's PID."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ENGINEER, example_draft

from qa_desktop import paths
from qa_desktop.core import files
from qa_desktop.core.errors import UserError
from qa_desktop.core.files import (
    STALE_AFTER_SECONDS,
    atomic_output,
    check_target,
    process_alive,
    remove_stale_parts,
    remove_stale_scratch,
)
from qa_desktop.core.services.complaints import register_complaint


@pytest.fixture
def gone_pid() -> int:
    """The PID of a process that has ended and been reaped."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def live_pid():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def make_old(path: Path) -> None:
    old = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(path, (old, old))


def test_the_part_beside_the_target_names_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    with atomic_output(target) as temp:
        assert temp.parent == tmp_path  # the same file system: os.replace stays atomic
        assert temp.name.startswith(f".register.xlsx.{os.getpid()}.")
        assert temp.name.endswith(".part")
        temp.write_bytes(b"done")
    assert target.read_bytes() == b"done"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]


def test_a_dead_owners_part_is_removed_a_live_ones_kept(
    tmp_path: Path, gone_pid: int, live_pid: int
) -> None:
    dead = tmp_path / f".register.xlsx.{gone_pid}.abcd1234.part"
    live = tmp_path / f".register.xlsx.{live_pid}.abcd1234.part"
    ours = tmp_path / f".register.xlsx.{os.getpid()}.abcd1234.part"
    other_target = tmp_path / f".other.xlsx.{gone_pid}.abcd1234.part"
    unknown_owner = tmp_path / ".register.xlsx.k2j4h5g6.part"  # named before owners were
    for path in (dead, live, ours, other_target, unknown_owner):
        path.write_bytes(b"")

    assert remove_stale_parts(tmp_path / "register.xlsx") == [dead]

    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (live, ours, other_target, unknown_owner)
    )


def test_an_old_part_goes_whoever_seems_to_own_it(tmp_path: Path, live_pid: int) -> None:
    """A PID can be reused by another program: past the age limit, the part goes anyway."""
    reused = tmp_path / f".register.xlsx.{live_pid}.abcd1234.part"
    unknown_owner = tmp_path / ".register.xlsx.k2j4h5g6.part"
    for path in (reused, unknown_owner):
        path.write_bytes(b"")
        make_old(path)
    assert sorted(remove_stale_parts(tmp_path / "register.xlsx")) == sorted([reused, unknown_owner])


def test_an_export_removes_what_a_killed_one_left_beside_its_target(
    tmp_path: Path, gone_pid: int
) -> None:
    left = tmp_path / f".register.xlsx.{gone_pid}.abcd1234.part"
    left.write_bytes(b"")
    with atomic_output(tmp_path / "register.xlsx") as temp:
        temp.write_bytes(b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]


def test_scratch_folders_of_gone_processes_are_removed(gone_pid: int, live_pid: int) -> None:
    ours = paths.scratch_dir()
    (ours / "rows.xml").write_bytes(b"<row/>")
    root = paths.scratch_root()
    assert ours.parent == root and ours.name.startswith(f"{os.getpid()}-")
    dead = root / f"{gone_pid}-0badf00d"
    live = root / f"{live_pid}-0badf00d"
    reused = root / f"{live_pid}-feedbeef"
    for folder in (dead, live, reused):
        folder.mkdir()
        (folder / "sheet.xml").write_bytes(b"<worksheet/>")
    make_old(reused / "sheet.xml")
    make_old(reused)

    assert sorted(remove_stale_scratch()) == sorted([dead, reused])

    assert sorted(p.name for p in root.iterdir()) == sorted([ours.name, live.name])
    assert (ours / "rows.xml").exists()


def test_the_scratch_folder_follows_the_data_folder_override(tmp_path: Path) -> None:
    assert paths.scratch_root() == Path(os.environ[paths.DATA_DIR_ENV]) / "scratch"
    assert paths.scratch_dir().is_dir()


def test_process_alive(gone_pid: int, live_pid: int) -> None:
    assert process_alive(os.getpid())
    assert process_alive(live_pid)
    assert not process_alive(gone_pid)
    assert not process_alive(0) and not process_alive(-1)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="zombies as Linux shows them")
def test_a_killed_child_not_yet_reaped_counts_as_gone() -> None:
    """Its parent has not called wait() yet, so the PID still answers signal 0."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        child.kill()
        deadline = time.monotonic() + 10
        while Path(f"/proc/{child.pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        os.kill(child.pid, 0)  # still there, as a zombie
        assert not files.process_alive(child.pid)
    finally:
        child.wait()


def test_no_kind_of_database_file_is_ever_a_target(db, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    backup = tmp_path / "qa.before-upgrade-v1-20261101T000000Z.sqlite"
    shutil.copyfile(db_path, backup)
    register_complaint(
        example_draft(), actor=ENGINEER
    )  # the write-ahead log now has frames, and its header
    wal_copy = tmp_path / "journal.bin"
    shutil.copyfile(db_path.with_name(db_path.name + "-wal"), wal_copy)
    assert wal_copy.stat().st_size > 0
    (tmp_path / "link").symlink_to(db_path)
    os.link(db_path, tmp_path / "hard")
    targets = [db_path, db_path.with_name(db_path.name + "-wal"),
               db_path.with_name(db_path.name + "-shm"),
               db_path.with_name(db_path.name + "-journal"),  # open: protected though absent
               other, other.with_name("notes.db-shm"), backup, wal_copy, tmp_path / "link",
               tmp_path / "hard"]  # fmt: skip
    for target in targets:
        with pytest.raises(UserError, match="never replaces a database"):
            check_target(target)
        with pytest.raises(UserError), atomic_output(target) as temp:
            temp.write_bytes(b"never")
    assert not list(tmp_path.glob("*.part"))


def test_an_ordinary_file_may_be_replaced(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"an old export")
    with atomic_output(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert check_target(target, ".xlsx") == target.resolve()
    with pytest.raises(UserError, match=r"ends in \.pdf"):
        check_target(target, ".pdf")


def test_copies_opened_in_a_viewer_go_after_a_day(tmp_path: Path) -> None:
    old, new = paths.opened_dir() / "a1", paths.opened_dir() / "b2"
    for folder in (old, new):
        folder.mkdir(parents=True)
        (folder / "letter.pdf").write_bytes(b"%PDF")
    day_ago = time.time() - 25 * 3600
    for path in (old / "letter.pdf", old):
        os.utime(path, (day_ago, day_ago))
    files.remove_old_opened()
    assert not old.exists() and (new / "letter.pdf").exists()
    assert paths.opened_dir().is_relative_to(tmp_path), "ours, not the system's temp folder"
