"""The demo's 8Ds: one at every step, issued revisions A (and B on one case), a step reopened
by a change, all signed so that `verify` passes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.models import Complaint, CustomerReply, EightD, EightDStep
from qa_desktop.core.services import eightd, replies
from qa_desktop.core.verify import verify_file
from qa_desktop.core.vocab import ReplyKind, Status

ANCHOR = date(2026, 11, 1)


@pytest.fixture
def demo(db_path: Path):
    database = open_database(db_path)
    load_demo(database, 150, seed=3, anchor=ANCHOR)
    yield database
    close_database(database)


def _views() -> dict[str, eightd.EightDView]:
    cases = {s.complaint_id for s in EightDStep.select()} | {
        e.complaint_id for e in EightD.select()
    }
    return {Complaint.get_by_id(c).case_no: eightd.read_8d(c) for c in sorted(cases)}


def test_the_demo_holds_an_8d_at_every_step(demo) -> None:
    views = _views()
    assert len(views) == 6
    completed = {case: [s.step for s in v.steps if s.completed] for case, v in views.items()}
    shapes = sorted(completed.values(), key=len)
    assert shapes[0] == []  # planned only: owners and target dates, nothing filled in
    planned = next(v for v in views.values() if not v.content.filled())
    assert planned.revision == 0 and any(s.overdue(ANCHOR) for s in planned.steps)
    assert [0, 1] in shapes  # D0–D2 filled, D0 and D1 completed
    assert [0, 1, 2, 3, 4] in shapes  # D4 done
    assert sum(shape == list(range(9)) for shape in shapes) == 2  # everything completed
    reopened = [v for v in views.values() if v.step(4).reopened]
    assert len(reopened) == 1 and reopened[0].step(4).reopen_reason == eightd.CHANGED
    assert all(not v.changed_since(n) for v in views.values() for n in range(9))


def test_issued_revisions_a_and_b_are_kept_as_sent(demo) -> None:
    issued = {}
    eightds = CustomerReply.select().where(CustomerReply.kind == ReplyKind.EIGHT_D.value)
    for reply in eightds.order_by(CustomerReply.id):
        issued.setdefault(reply.complaint.case_no, []).append(reply.revision)
        assert replies.reply_document(reply.id).startswith(b"%PDF")
    assert sorted(issued.values()) == [["A"], ["A", "B"]]
    for case_no in issued:
        complaint = Complaint.get(Complaint.case_no == case_no)
        assert replies.reply_sent(complaint.id)
        assert complaint.status in {
            Status.REPLIED.value,
            Status.FOLLOW_UP.value,
            Status.CLOSED.value,
        }


def test_the_demos_signatures_verify(demo) -> None:
    report = verify_file(demo.connection())
    assert report.ok, report.problems
    assert report.signatures > 9 + 9 + 5 + 5 + 2
