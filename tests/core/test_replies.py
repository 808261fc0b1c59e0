"""What was sent to the customer: issued 8D revisions A, B … kept byte for byte under their hash,
answers and interim reports, and the workflow's question whether the reply was sent."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta

import pytest
from conftest import ENGINEER, SHANGHAI, example_draft
from eightd_scenarios import Case, example_case
from pdfs import needs_poppler, run

from qa_desktop.core import media
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import AuditEntry, CustomerReply, Media
from qa_desktop.core.services import replies
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor

SALES = Actor("zhao", "赵经理")


class Ticking:
    def __init__(self) -> None:
        self.at = datetime(2026, 3, 20, 9, 0, tzinfo=SHANGHAI)

    def __call__(self) -> datetime:
        return self.at

    def later(self, hours: float = 1) -> Ticking:
        self.at += timedelta(hours=hours)
        return self


@pytest.fixture
def case(db) -> Case:
    return example_case(planted=False, photos=2)


@pytest.mark.parametrize(
    ("number", "letter"),
    [(1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (28, "AB"), (52, "AZ"), (53, "BA"),
     (702, "ZZ"), (703, "AAA")],
)  # fmt: skip
def test_revision_letters_run_a_to_z_then_aa(number: int, letter: str) -> None:
    assert replies.revision_letter(number) == letter
    assert replies.revision_number(letter) == number


def test_revision_letters_round_trip_and_refuse_nonsense() -> None:
    assert all(replies.revision_number(replies.revision_letter(n)) == n for n in range(1, 3000))
    for bad in (0, -1, True, "A"):
        with pytest.raises(ValueError):
            replies.revision_letter(bad)  # type: ignore[arg-type]
    for bad in ("", "a", "A1", "Ä", " A"):
        with pytest.raises(ValueError):
            replies.revision_number(bad)


@needs_poppler
def test_issued_revisions_are_kept_byte_for_byte(case: Case, tmp_path) -> None:
    clock = Ticking()
    first = replies.issue_8d(case.id, "张经理 (客户)", "email", "zh_CN", ENGINEER, clock)
    a = first.reply
    assert (a.kind, a.revision, a.sent_to, a.channel, a.lang) == (
        "8d",
        "A",
        "张经理 (客户)",
        "email",
        "zh_CN",
    )
    data = replies.reply_document(a.id)
    assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == a.content_hash
    assert a.document_id == a.content_hash and first.export.unprinted == ()
    stored_a = CustomerReply.select().where(CustomerReply.id == a.id).dicts().get()
    second = replies.issue_8d(case.id, "张经理", "fax", "en", ENGINEER, clock.later(), "更正单位")
    assert second.reply.revision == "B" and replies.next_revision(case.id) == "C"
    assert CustomerReply.select().where(CustomerReply.id == a.id).dicts().get() == stored_a
    assert replies.reply_document(a.id) == data  # A is still what was sent
    for reply, words in ((a, "版本 A"), (second.reply, "Revision B")):
        pdf = tmp_path / f"{reply.revision}.pdf"
        pdf.write_bytes(replies.reply_document(reply.id))
        assert words in run("pdftotext", "-enc", "UTF-8", pdf, "-")
    assert [r.revision for r in replies.replies_of(case.id)] == ["A", "B"]
    sends = AuditEntry.select().where(AuditEntry.action == "send")
    assert [e.actor for e in sends] == ["wang", "wang"] and a.content_hash in sends[0].detail
    from qa_desktop.paths import scratch_dir

    assert not list(scratch_dir().iterdir())  # the rendered copies are gone


def test_an_8d_with_nothing_in_it_is_not_issued(db) -> None:
    empty = register_complaint(example_draft(), ENGINEER)
    with pytest.raises(UserError) as refused:
        replies.issue_8d(empty.id, "张经理", "email", "en", ENGINEER, Ticking())
    assert "has nothing in its 8D yet" in str(refused.value)
    assert CustomerReply.select().count() == 0 and Media.select().count() == 0


@pytest.mark.parametrize(
    ("sent_to", "channel", "words"),
    [("  ", "email", "to whom"), ("x" * 201, "email", "200 characters"),
     ("张经理", "pigeon", "Choose how the reply was sent: Phone")],
)  # fmt: skip
def test_a_reply_says_to_whom_and_how(db, sent_to: str, channel: str, words: str) -> None:
    complaint = register_complaint(example_draft(), ENGINEER)
    with pytest.raises(UserError) as refused:
        replies.record_interim(complaint.id, sent_to, channel, "初步原因", ENGINEER, Ticking())
    assert words in str(refused.value)
    assert CustomerReply.select().count() == 0


def test_only_who_may_edit_records_a_reply(db) -> None:
    from conftest import add_test_accounts

    add_test_accounts((SALES, "sales"))
    complaint = register_complaint(example_draft(), ENGINEER)
    with pytest.raises(UserError) as refused:
        replies.record_answer(complaint.id, "张经理", "phone", "不成立的理由", SALES, Ticking())
    assert "may not do this" in str(refused.value)


def test_the_reply_is_sent_when_an_8d_or_an_answer_went_out(db) -> None:
    complaint = register_complaint(example_draft(), ENGINEER)
    clock = Ticking()
    assert not replies.reply_sent(complaint.id)
    with pytest.raises(UserError):
        replies.record_answer(complaint.id, "张经理", "phone", " ", ENGINEER, clock)
    replies.record_interim(complaint.id, "张经理", "phone", "8 小时内初步回复", ENGINEER, clock)
    assert not replies.reply_sent(complaint.id)  # an interim report is not the reply
    letter = media.prepare_bytes(b"%PDF-1.4\n% the answer\n", "answer.pdf")
    answer = replies.record_answer(complaint.id, "张经理", "letter", "经检验产品符合标准",
                                   ENGINEER, clock.later(2), letter)  # fmt: skip
    assert answer.revision == "" and answer.content_hash == letter.sha256
    assert replies.reply_document(answer.id) == b"%PDF-1.4\n% the answer\n"
    assert replies.reply_sent(complaint.id)
    assert replies.reply_sent(complaint.id, since=clock.at)
    assert not replies.reply_sent(complaint.id, since=clock.at + timedelta(minutes=1))
    assert [r.kind for r in replies.replies_of(complaint.id)] == ["interim", "answer"]
    interim = replies.replies_of(complaint.id)[0]
    with pytest.raises(UserError) as none:
        replies.reply_document(interim.id)
    assert "without a document" in str(none.value)


def test_a_stored_document_changed_behind_the_programs_back_is_refused(db, db_path) -> None:
    complaint = register_complaint(example_draft(), ENGINEER)
    letter = media.prepare_bytes(b"%PDF-1.4\n% the answer\n", "answer.pdf")
    answer = replies.record_answer(complaint.id, "张经理", "letter", "不成立", ENGINEER,
                                   Ticking(), letter)  # fmt: skip
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE media SET data = ? WHERE sha256 = ?", (b"%PDF forged", letter.sha256))
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as damaged:
        replies.reply_document(answer.id)
    assert "no longer matches the hash" in str(damaged.value)
