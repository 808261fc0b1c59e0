"""`qa-desktop pack export|import` and `export visit|confirmation` run as a user runs them, with
every bad argument and fault: one sentence on stderr, a non-zero exit, nothing written."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import ENGINEER, PASSWORD, example_draft
from test_cli import assert_one_line_error
from visit_scenarios import FIELD, clock, plan_factory_visit, use

from qa_desktop.core.db import close_database
from qa_desktop.core.exchange.pack_export import export_outbound
from qa_desktop.core.models import database_proxy
from qa_desktop.core.services.complaints import register_complaint


def run(*args, data: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QA_DESKTOP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen",
           "QA_DESKTOP_PASSWORD": PASSWORD, **(env or {})}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "qa_desktop", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)  # fmt: skip


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """The file made read-only; for root (whom permissions do not stop) made immutable."""
    path.chmod(stat.S_IRUSR)
    immutable = False
    try:
        if os.access(path, os.W_OK):
            immutable = subprocess.run(["chattr", "+i", path], capture_output=True).returncode == 0
            if not immutable or os.access(path, os.W_OK):
                pytest.skip("no way to make a file read-only for this user")
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", path], check=True)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def _close() -> None:
    if database_proxy.obj is not None:
        close_database(database_proxy.obj)


def _tables(path: Path) -> dict[str, int]:
    """Every table's row count: what 'nothing written' is checked against."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


@pytest.fixture
def factory(db, db_path, tmp_path):
    """The factory's file with the example case, its visit for zhou, and a case without one;
    closed, as a second program finds it. (path, case with a visit, case without)"""
    case_no = plan_factory_visit()
    bare = register_complaint(example_draft(), ENGINEER).case_no
    _close()
    return db_path, case_no, bare


def _pack(factory, tmp_path) -> Path:
    path, case_no, _ = factory
    use(path)
    out = tmp_path / "out.qavisit"
    export_outbound(out, [case_no], FIELD.user_id, ENGINEER, PASSWORD, clock)
    _close()
    return out


def _refused(*args, data: Path, says: str, env: dict[str, str] | None = None) -> str:
    result = run(*args, data=data, env=env)
    message = assert_one_line_error(result)
    assert says in message, (args, message)
    assert result.returncode != 70, message  # 70: a bug's exit, with a crash report
    return message


# ----- pack export -------------------------------------------------------------------------------
def test_pack_export_refuses_every_bad_argument(factory, tmp_path):
    path, case_no, bare = factory
    data, out = tmp_path / "data", tmp_path / "p.qavisit"
    before = _tables(path)
    common = ("pack", "export", "--db", path, "--out", out)
    cases = {
        ("--case", "CC-1999-0001", "--for", "zhou", "--user", "wang"): "no complaint CC-1999-0001",
        ("--case", bare, "--for", "zhou", "--user", "wang"): "has no open visit assigned to zhou",
        ("--case", case_no, "--user", "wang"): "--for USER",
        ("--case", case_no, "--for", "nobody", "--user", "wang"): "nobody",
        ("--case", case_no, "--for", "zhou"): "--user ID",
        ("--case", case_no, "--for", "zhou", "--user", "nobody"): "",
        ("--case", case_no, "--for", "zhou", "--user", "zhou"): "may not export visit packs",
        ("--user", "wang",): "did not come from a visit pack",
        ("--user", "zhou",): "did not come from a visit pack",
    }  # fmt: skip
    for extra, says in cases.items():
        _refused(*common, *extra, data=data, says=says)
        assert not out.exists(), extra
    assert _tables(path) == before


def test_pack_export_refuses_bad_targets_before_the_password(factory, tmp_path):
    path, case_no, _ = factory
    data = tmp_path / "data"
    folder = tmp_path / "folder.qavisit"
    folder.mkdir()
    targets = {
        tmp_path / "missing" / "p.qavisit": "does not exist",
        path: "ends in .qavisit",
        folder: "is a folder",
        tmp_path / "p.zip": "ends in .qavisit",
    }
    hard = tmp_path / "db.qavisit"
    os.link(path, hard)
    targets[hard] = "never replaces a database"
    before = _tables(path)
    for target, says in targets.items():
        _refused("pack", "export", "--db", path, "--case", case_no, "--for", "zhou",
                 "--user", "wang", "--out", target, data=data, says=says,
                 env={"QA_DESKTOP_PASSWORD": "wrong"})  # fmt: skip
    assert _tables(path) == before  # not even a counted wrong password: refused before it


def test_a_wrong_password_is_counted_and_locks_at_the_limit(factory, tmp_path):
    path, case_no, _ = factory
    data, out = tmp_path / "data", tmp_path / "p.qavisit"
    args = ("pack", "export", "--db", path, "--case", case_no, "--for", "zhou", "--user",
            "wang", "--out", out)  # fmt: skip
    wrong = {"QA_DESKTOP_PASSWORD": "not-the-password"}
    messages = [_refused(*args, data=data, says="", env=wrong) for _ in range(5)]
    assert "locked" in messages[-1], messages
    assert all("password" in m.lower() for m in messages), messages
    _refused(*args, data=data, says="locked")  # now even the right one is refused
    assert not out.exists()


def test_a_field_user_may_not_export_an_outbound_pack_even_for_themselves(factory, tmp_path):
    path, case_no, _ = factory
    _refused("pack", "export", "--db", path, "--case", case_no, "--for", "zhou", "--user", "zhou",
             "--out", tmp_path / "p.qavisit", data=tmp_path / "data",
             says="may not export visit packs")  # fmt: skip


# ----- pack import ------------------------------------------------------------------------------
def test_pack_import_refuses_what_is_not_a_pack_and_creates_no_database(factory, tmp_path):
    data = tmp_path / "data"
    fifo = tmp_path / "pipe.qavisit"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.qavisit"
    folder.mkdir()
    text = tmp_path / "notes.qavisit"
    text.write_text("not a pack")
    bad = {
        tmp_path / "missing.qavisit": "does not exist",
        folder: "is not a visit pack",
        fifo: "is not a visit pack",
        text: "",
    }
    for pack, says in bad.items():
        laptop = tmp_path / "new-laptop.sqlite"
        _refused("pack", "import", pack, "--db", laptop, data=data, says=says)
        assert not laptop.exists(), f"{pack.name}: a database was made for a pack that is not one"
        assert not [p for p in tmp_path.iterdir() if "new-laptop" in p.name], pack


def test_pack_import_into_a_read_only_busy_or_missing_database(factory, tmp_path):
    path, _, _ = factory
    out = _pack(factory, tmp_path)
    data = tmp_path / "data"
    laptop = tmp_path / "laptop.sqlite"
    assert run("pack", "import", out, "--db", laptop, data=data).returncode == 0
    before = _tables(laptop)
    with read_only(laptop):
        _refused("pack", "import", out, "--db", laptop, "--user", "zhou", data=data,
                 says="read-only")  # fmt: skip
    locker = sqlite3.connect(laptop, isolation_level=None, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        _refused("pack", "import", out, "--db", laptop, "--user", "zhou", data=data, says="locked")
    finally:
        locker.rollback()
        locker.close()
    assert _tables(laptop) == before
    _refused("pack", "import", out, "--db", tmp_path / "none" / "l.sqlite", data=data,
             says="does not exist")  # fmt: skip
    _refused("pack", "import", out, "--db", path, "--user", "wang", data=data,
             says="made from this very database")  # fmt: skip


def test_pack_import_at_the_factory_needs_a_user_and_the_right_password(factory, tmp_path):
    path, _, _ = factory
    out = _pack(factory, tmp_path)
    data = tmp_path / "data"
    before = _tables(path)
    _refused("pack", "import", out, "--db", path, data=data, says="--user ID")
    _refused("pack", "import", out, "--db", path, "--user", "wang", data=data,
             env={"QA_DESKTOP_PASSWORD": "wrong"}, says="password")  # fmt: skip
    counted = ("audit_entry", "user_account")  # the wrong password, counted and audited
    after = _tables(path)
    assert {k: v for k, v in after.items() if k not in counted} == {
        k: v for k, v in before.items() if k not in counted
    }


# ----- export visit | confirmation -----------------------------------------------------------------
@pytest.mark.parametrize("kind", ["visit", "confirmation"])
def test_export_of_a_visit_refuses_every_bad_argument(factory, tmp_path, kind):
    path, case_no, bare = factory
    data, out = tmp_path / "data", tmp_path / "v.pdf"
    cases = {
        ("CC-1999-0001",): "There is no complaint CC-1999-0001",
        (bare,): "has no site visit.",
        (case_no, "--visit", "0"): "has no site visit 0",
        (case_no, "--visit", "-1"): "has no site visit -1",
        (case_no, "--visit", "999"): "has no site visit 999",
    }
    for extra, says in cases.items():
        _refused("export", kind, *extra, "--db", path, "--out", out, data=data, says=says)
        assert not out.exists()
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    targets = {
        tmp_path / "missing" / "v.pdf": "does not exist",
        folder: "is a folder",
        path: "ends in .pdf",
    }
    for target, says in targets.items():
        _refused("export", kind, case_no, "--db", path, "--out", target, data=data, says=says)


def test_export_visit_on_a_busy_or_read_only_database(factory, tmp_path):
    path, case_no, _ = factory
    data, out = tmp_path / "data", tmp_path / "v.pdf"
    locker = sqlite3.connect(path, isolation_level=None, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        _refused("export", "visit", case_no, "--db", path, "--out", out, data=data, says="locked")
    finally:
        locker.rollback()
        locker.close()
    with read_only(path):
        _refused("export", "visit", case_no, "--db", path, "--out", out, data=data,
                 says="read-only")  # fmt: skip
    assert not out.exists()


# ----- a full disk -----------------------------------------------------------------------------------
def _run_on_a_full_disk(*args, data: Path, room: int) -> subprocess.CompletedProcess:
    """The command with no file allowed past `room` bytes (RLIMIT_FSIZE): every write beyond
    fails as on a full disk (EFBIG), for the database and the export alike."""
    import resource
    import signal

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))

    env = {**os.environ, "QA_DESKTOP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen",
           "QA_DESKTOP_PASSWORD": PASSWORD}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "qa_desktop", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120, check=False,
                          preexec_fn=limit)  # fmt: skip


SHM = 32 * 1024  # SQLite's shared-memory file: the one file a reading command must grow
ROOM = SHM + 1024


def _noisy_photo_at_the_factory(path: Path) -> None:
    """A photo of noise on the visit (it compresses badly: the printouts and packs that hold
    it are far larger than ROOM)."""
    import io
    import random

    from PIL import Image

    from qa_desktop.core import media
    from qa_desktop.core.models import Visit
    from qa_desktop.core.services import visit_record
    from qa_desktop.core.visit_content import PhotoDraft, VisitContent

    use(path)
    noise = Image.frombytes("RGB", (400, 300), random.Random(5).randbytes(400 * 300 * 3))
    data = io.BytesIO()
    noise.save(data, "JPEG", quality=95)
    prepared = media.prepare_bytes(data.getvalue(), "noise.jpg")
    (sha,) = visit_record.store_photos([prepared], ENGINEER, clock)
    visit = Visit.get()
    content = VisitContent({}, "", (), [PhotoDraft(sha, "noise.jpg", "噪点")])
    visit_record.save_visit(str(visit.uuid), visit.revision, content, ENGINEER, clock)
    _close()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_an_export_to_a_full_disk_is_one_sentence_and_leaves_no_file(factory, tmp_path):
    path, case_no, _ = factory
    _noisy_photo_at_the_factory(path)
    data = tmp_path / "data"
    out = tmp_path / "report.pdf"
    result = _run_on_a_full_disk("export", "visit", case_no, "--db", path, "--out", out,
                                 data=data, room=ROOM)  # fmt: skip
    message = assert_one_line_error(result)
    assert "no room for report.pdf" in message and result.returncode != 70, message
    assert not [p for p in tmp_path.iterdir() if "report" in p.name]
    pack = tmp_path / "p.qavisit"
    result = _run_on_a_full_disk("pack", "export", "--db", path, "--case", case_no, "--for",
                                 "zhou", "--user", "wang", "--out", pack, data=data,
                                 room=ROOM)  # fmt: skip
    message = assert_one_line_error(result)
    assert "no room for p.qavisit" in message, message
    assert not [p for p in tmp_path.iterdir() if "p.qavisit" in p.name]


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_pack_import_on_a_full_disk_is_one_sentence_and_writes_nothing(factory, tmp_path):
    from visit_scenarios import visit_on_laptop

    path, _, _ = factory
    out = _pack(factory, tmp_path)
    back = visit_on_laptop(tmp_path / "laptop.sqlite", out, tmp_path)
    _close()
    data = tmp_path / "data"
    before = _tables(path)
    result = _run_on_a_full_disk("pack", "import", back, "--db", path, "--user", "wang",
                                 data=data, room=ROOM)  # fmt: skip
    message = assert_one_line_error(result)
    assert result.returncode != 70, message
    assert "Nothing was saved" in message, message
    assert _tables(path) == before
    first = tmp_path / "first-laptop.sqlite"  # a laptop's first import: no file left at all
    result = _run_on_a_full_disk("pack", "import", out, "--db", first, data=data, room=ROOM)
    assert result.returncode not in (0, 70), result.stderr
    assert not [p for p in tmp_path.iterdir() if "first-laptop" in p.name]


def test_what_was_typed_is_repeated_on_one_line_without_escape_sequences(factory, tmp_path):
    path, _, _ = factory
    data = tmp_path / "data"
    typed = "CC-2026\n0001\x1b[31m"
    result = run("export", "visit", typed, "--db", path, "--out", tmp_path / "v.pdf", data=data)
    message = assert_one_line_error(result)
    assert "\x1b" not in result.stderr and "There is no complaint CC-2026 0001[31m" in message
    result = run("pack", "export", "--db", path, "--case", typed, "--for", "zh\nou", "--user",
                 "wang", "--out", tmp_path / "p.qavisit", data=data)  # fmt: skip
    assert "\x1b" not in assert_one_line_error(result)
