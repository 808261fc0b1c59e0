"""`qa-desktop export 8d` run as a user runs it: the draft, the issued revision written as
stored, and every bad argument refused in one sentence with a non-zero exit and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from eightd_scenarios import example_case
from pdfs import needs_poppler, text_of
from test_cli_visits import _close, _refused, _tables, run

from qa_desktop.cli_eightd import CHANNELS
from qa_desktop.core.vocab import Channel


@pytest.fixture
def investigated(db, db_path) -> tuple[Path, str]:
    """The example case with its full 8D; the file closed, as a second program finds it."""
    case_no = example_case(planted=False, photos=2).case_no
    _close()
    return db_path, case_no


def _replies(path: Path) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT r.revision, r.sent_to, r.channel, r.content_hash, m.data FROM customer_reply r "
            "JOIN media m ON m.sha256 = r.document_id ORDER BY r.id"
        ).fetchall()
    finally:
        conn.close()


def test_the_channels_offered_are_the_vocabularys() -> None:
    assert tuple(c.value for c in Channel) == CHANNELS


@needs_poppler
def test_the_draft_is_printed_without_issuing_it(investigated, tmp_path) -> None:
    path, case_no = investigated
    before = _tables(path)
    out = tmp_path / "8d.pdf"
    result = run("export", "8d", case_no.lower(), "--db", path, "--out", out, "--lang", "en",
                 data=tmp_path / "data")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: {case_no} 8D report (draft, not issued)"
    assert "Draft: not issued to the customer" in text_of(out)
    assert _tables(path) == before


@needs_poppler
def test_issuing_records_the_revision_and_writes_it_as_stored(investigated, tmp_path) -> None:
    path, case_no = investigated
    data = tmp_path / "data"
    for letter, out in (("A", tmp_path / "a.pdf"), ("B", tmp_path / "b.pdf")):
        result = run("export", "8d", case_no, "--db", path, "--out", out, "--issue",
                     "--to", "张经理", "--channel", "fax", "--user", "wang", data=data)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert f"revision {letter}, issued to 张经理 (fax)" in result.stdout
    stored = _replies(path)
    assert [(r[0], r[1], r[2]) for r in stored] == [("A", "张经理", "fax"), ("B", "张经理", "fax")]
    assert (tmp_path / "a.pdf").read_bytes() == stored[0][4]
    assert (tmp_path / "b.pdf").read_bytes() == stored[1][4]
    assert "版本 B" in text_of(tmp_path / "b.pdf")


def test_every_bad_argument_is_one_sentence_and_writes_nothing(investigated, tmp_path) -> None:
    path, case_no = investigated
    data, out = tmp_path / "data", tmp_path / "8d.pdf"
    common = ("export", "8d", "--db", path, "--out", out)
    cases = {
        ("CC-1999-0001",): "no complaint CC-1999-0001",
        (case_no, "--issue"): "--to NAME",
        (case_no, "--to", "张经理"): "add --issue",
        (case_no, "--issue", "--to", "张经理"): "--user ID",
        (case_no, "--issue", "--to", "张经理", "--user", "zhou"): "may not do this",
        (case_no, "--issue", "--to", " ", "--user", "wang"): "--to NAME",
    }
    before = _tables(path)
    for extra, says in cases.items():
        _refused(*common, *extra, data=data, says=says)
        assert not out.exists(), extra
    after = _tables(path)
    assert after.pop("audit_entry") >= before.pop("audit_entry")  # sign-ins are audited
    after.pop("user_account"), before.pop("user_account")
    assert after == before
    assert _replies(path) == []


def test_a_bad_target_is_refused_before_any_work(investigated, tmp_path) -> None:
    path, case_no = investigated
    data = tmp_path / "data"
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    for target, says in {
        tmp_path / "8d.xlsx": "ends in .pdf",
        folder: "is a folder",
        tmp_path / "missing" / "8d.pdf": "does not exist",
        path: "ends in .pdf",
    }.items():
        _refused("export", "8d", case_no, "--db", path, "--out", target, "--issue", "--to",
                 "张经理", "--user", "wang", data=data, says=says)  # fmt: skip
    assert _replies(path) == []


def test_a_revision_whose_file_cannot_be_written_is_not_recorded(
    investigated, tmp_path, monkeypatch, capsys
) -> None:
    """The folder goes read-only while the report is made (after --out was checked): one
    sentence, a non-zero exit, no revision on record and no file; the next try issues A."""
    from conftest import PASSWORD
    from folders import can_lock_folders, lock_folder

    from qa_desktop.cli import main
    from qa_desktop.core.services import replies

    path, case_no = investigated
    can_lock_folders(tmp_path / "probe")
    folder = tmp_path / "out"
    folder.mkdir()
    render, undo = replies._render, []

    def render_then_lock(*args, **kwargs):
        made = render(*args, **kwargs)
        undo.append(lock_folder(folder))
        return made

    monkeypatch.setattr(replies, "_render", render_then_lock)
    monkeypatch.setenv("QA_DESKTOP_PASSWORD", PASSWORD)
    argv = ["export", "8d", case_no, "--db", str(path), "--out", str(folder / "8d.pdf"),
            "--issue", "--to", "张经理", "--user", "wang"]  # fmt: skip
    before = _tables(path)
    capsys.readouterr()
    try:
        code = main(argv)
    finally:
        for unlock in undo:
            unlock()
    _out, err = capsys.readouterr()
    assert code not in (0, 70), err
    assert err.count("\n") == 1 and err.startswith("qa-desktop: ") and "read-only" in err
    assert _replies(path) == [] and list(folder.iterdir()) == []
    after = _tables(path)
    assert after.pop("audit_entry") >= before.pop("audit_entry")  # the sign-in is audited
    after.pop("user_account"), before.pop("user_account")
    assert after == before
    monkeypatch.setattr(replies, "_render", render)
    assert main(argv) == 0
    assert [r[0] for r in _replies(path)] == ["A"]
    assert (folder / "8d.pdf").read_bytes() == _replies(path)[0][4]
