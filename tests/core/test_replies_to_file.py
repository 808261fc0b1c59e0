"""An 8D revision issued to a file (`export 8d --issue --out`) is all or nothing: the file is
written in the revision's transaction, so a file that cannot be written records no revision, and
a revision that cannot be recorded leaves no file."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from conftest import ENGINEER, SHANGHAI
from eightd_scenarios import Case, example_case
from folders import can_lock_folders, lock_folder

from qa_desktop.core.errors import UserError
from qa_desktop.core.models import AuditEntry, CustomerReply, Media, database_proxy
from qa_desktop.core.services import replies

AT = datetime(2026, 3, 20, 9, 0, tzinfo=SHANGHAI)


@pytest.fixture
def case(db) -> Case:
    return example_case(planted=False, photos=1)


def recorded() -> tuple[int, int, int]:
    return CustomerReply.select().count(), Media.select().count(), AuditEntry.select().count()


def issue(case: Case, out: Path) -> replies.Issued:
    return replies.issue_8d(case.id, "张经理", "email", "zh_CN", ENGINEER, lambda: AT, out=out)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the report goes (the database is in tmp_path itself)."""
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


def test_the_file_is_the_revision_as_stored(case: Case, folder: Path) -> None:
    issued = issue(case, folder / "8d.pdf")
    assert (folder / "8d.pdf").read_bytes() == replies.reply_document(issued.reply.id)
    assert [p.name for p in folder.iterdir()] == ["8d.pdf"]  # no .part left beside it


def test_a_folder_gone_read_only_while_the_report_was_made_records_nothing(
    case: Case, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    can_lock_folders(tmp_path / "probe")
    render, undo = replies._render, []

    def render_then_lock(*args, **kwargs):
        made = render(*args, **kwargs)
        undo.append(lock_folder(folder))  # after the target was checked, before it is written
        return made

    monkeypatch.setattr(replies, "_render", render_then_lock)
    before = recorded()
    try:
        with pytest.raises(UserError) as refused:
            issue(case, folder / "8d.pdf")
    finally:
        for unlock in undo:
            unlock()
    assert "read-only" in str(refused.value) and "\n" not in str(refused.value)
    assert recorded() == before and list(folder.iterdir()) == []
    assert replies.next_revision(case.id) == "A"  # A is still to be issued


def test_a_revision_that_cannot_be_committed_leaves_no_file(
    case: Case, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = database_proxy.obj
    commit = db.commit
    seen: list[bool] = []

    def failing_commit() -> None:
        seen.append(out.exists())  # the file is in place when the record is committed
        raise sqlite3.OperationalError("disk I/O error")

    out = folder / "8d.pdf"
    before = recorded()
    monkeypatch.setattr(db, "commit", failing_commit)
    with pytest.raises(UserError):
        issue(case, out)
    monkeypatch.setattr(db, "commit", commit)
    assert seen == [True]
    assert not out.exists() and list(folder.iterdir()) == []
    assert recorded() == before
