"""What was sent to the customer (table CustomerReply): issued 8D report revisions, the tactful
answer to an invalid complaint, interim reports.

Issuing an 8D renders the customer's report with the next revision letter (A, B … Z, AA …),
keeps the PDF's bytes in the media table under their sha256 and records who sent it, when, to
whom and how, all in one transaction under the write lock (two people issuing at once get B
and C, never two Bs). A reply is never changed afterwards: nothing here updates one, and a
correction is the next revision. The workflow reads "a reply of kind 8d or answer exists" as
the reply sent (`reply_sent`).

Issued to a file as well (`qa-desktop export 8d --issue --out`), the revision is recorded only if
the file is written, and the file stays only if the revision is recorded: the file is moved into
place as the transaction's last step (a write that fails records nothing), and taken away again
if the transaction then cannot commit (so no revision is on record that nobody received, and no
file was sent that the record lacks)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.files import atomic_output, check_target
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, check_language
from qa_desktop.core.media import PreparedMedia, prepare_bytes
from qa_desktop.core.models import Complaint, CustomerReply, EightD, Media
from qa_desktop.core.services import case_clocks
from qa_desktop.core.services.attachments import store_media
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.eightd_view import stored_content
from qa_desktop.core.text import single_spaced, written
from qa_desktop.core.vocab import Action, Channel, ReplyKind

if TYPE_CHECKING:
    from qa_desktop.core.reports.pdf_result import PdfExport

CONTEXT = "Replies"
MAX_RECIPIENT = 200
MAX_SUMMARY = 4000
TABLE = "customer_reply"
NO_CASE = QT_TRANSLATE_NOOP("Replies", "There is no such complaint (it was removed).")
NO_8D = QT_TRANSLATE_NOOP(
    "Replies", "{case} has nothing in its 8D yet: fill it in before issuing the report."
)
NO_RECIPIENT = QT_TRANSLATE_NOOP("Replies", "Say to whom the reply was sent.")
LONG_RECIPIENT = QT_TRANSLATE_NOOP("Replies", "Name the recipient in at most {limit} characters.")
BAD_CHANNEL = QT_TRANSLATE_NOOP("Replies", "Choose how the reply was sent: {choices}.")
NO_SUMMARY = QT_TRANSLATE_NOOP("Replies", "Say in a sentence what the reply told the customer.")
LONG_SUMMARY = QT_TRANSLATE_NOOP("Replies", "Keep the summary to at most {limit} characters.")
NO_REPLY = QT_TRANSLATE_NOOP("Replies", "There is no such reply (it was removed).")
NO_DOCUMENT = QT_TRANSLATE_NOOP("Replies", "This reply to {case} was sent without a document.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Replies",
    "The stored document of this reply to {case} no longer matches the hash recorded when it "
    "was sent: restore the database from a backup.",
)
SENT = (ReplyKind.EIGHT_D.value, ReplyKind.ANSWER.value)


@dataclass(frozen=True)
class Issued:
    """An issued 8D revision, and the characters no font could print in it (the PDF as sent
    shows a replacement mark for each: whoever sent it must know)."""

    reply: CustomerReply
    export: PdfExport


# ----- revision letters --------------------------------------------------------------------------
def revision_letter(number: int) -> str:
    """1 → A, 26 → Z, 27 → AA, 28 → AB … (as spreadsheet columns are lettered)."""
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(f"no revision {number!r}")
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def revision_number(letter: str) -> int:
    """A → 1 … AA → 27: the inverse of revision_letter."""
    if not letter or not letter.isascii() or not letter.isalpha() or not letter.isupper():
        raise ValueError(f"no revision {letter!r}")
    number = 0
    for char in letter:
        number = number * 26 + ord(char) - ord("A") + 1
    return number


def next_revision(complaint_id: int) -> str:
    """The letter the next issued 8D of the complaint gets."""
    issued = CustomerReply.select(CustomerReply.revision).where(
        (CustomerReply.complaint == complaint_id) & (CustomerReply.kind == ReplyKind.EIGHT_D.value)
    )
    numbers = [revision_number(r.revision) for r in issued if r.revision]
    return revision_letter(max(numbers, default=0) + 1)


# ----- sending -----------------------------------------------------------------------------------
def issue_8d(
    complaint_id: int,
    sent_to: str,
    channel: str,
    lang: str,
    actor: Actor,
    clock: Clock = utc_now,
    summary: str = "",
    out: Path | None = None,
) -> Issued:
    """The customer's 8D report rendered as the next revision and recorded as sent; with `out`,
    also written there byte for byte as stored, all or nothing (the module's docstring)."""
    lang = check_language(lang)
    sent_to, channel, summary = _checked(sent_to, channel, summary, required=False)
    target = check_target(out) if out is not None else None  # refused before any work
    placed = False
    try:
        with write(actor, clock, needs=Action.EDIT) as unit:
            complaint = _complaint(complaint_id)
            refuse_closed(complaint)
            if not stored_content(EightD.get_or_none(EightD.complaint == complaint)).filled():
                raise translated(CONTEXT, NO_8D, case=complaint.case_no)
            revision = next_revision(complaint.id)
            data, export = _render(complaint, revision, lang, unit.clock)
            prepared = prepare_bytes(data, f"{complaint.case_no}-8D-{revision}.pdf")
            reply = _reply(unit, complaint, ReplyKind.EIGHT_D, sent_to, channel, summary, prepared)
            reply.revision, reply.lang = revision, lang
            reply.save(force_insert=True)
            _audit(unit, complaint, reply)
            if target is not None:  # the last step before the commit
                with atomic_output(target) as temp:
                    temp.write_bytes(prepared.data)
                placed = True
            return Issued(reply, export)
    except BaseException:
        if placed and target is not None:  # written, then the record did not commit
            target.unlink(missing_ok=True)
        raise


def record_answer(
    complaint_id: int,
    sent_to: str,
    channel: str,
    summary: str,
    actor: Actor,
    clock: Clock = utc_now,
    document: PreparedMedia | None = None,
) -> CustomerReply:
    """A written answer to the customer, as sent (with the letter, when there is one): the
    tactful answer to an invalid complaint, or a valid complaint's reply without an 8D report."""
    return _record(
        ReplyKind.ANSWER, complaint_id, sent_to, channel, summary, actor, clock, document
    )


def record_interim(
    complaint_id: int,
    sent_to: str,
    channel: str,
    summary: str,
    actor: Actor,
    clock: Clock = utc_now,
    document: PreparedMedia | None = None,
) -> CustomerReply:
    """An interim report to the customer (the 8-hour clock), as sent."""
    return _record(
        ReplyKind.INTERIM, complaint_id, sent_to, channel, summary, actor, clock, document
    )


def _record(kind, complaint_id, sent_to, channel, summary, actor, clock, document):
    sent_to, channel, summary = _checked(sent_to, channel, summary, required=True)
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = _complaint(complaint_id)
        refuse_closed(complaint)
        reply = _reply(unit, complaint, kind, sent_to, channel, summary, document)
        reply.save(force_insert=True)
        _audit(unit, complaint, reply)
        return reply


# ----- reading -----------------------------------------------------------------------------------
def replies_of(complaint_id: int) -> list[CustomerReply]:
    """Everything sent to the customer on the complaint, oldest first."""
    return list(
        CustomerReply.select()
        .where(CustomerReply.complaint == complaint_id)
        .order_by(CustomerReply.sent_at, CustomerReply.id)
    )


def reply_sent(complaint_id: int, since: datetime | None = None) -> bool:
    """An 8D report or the answer to an invalid complaint was sent (at or after `since`, an
    aware instant, when given: a reopened case needs a new reply)."""
    query = CustomerReply.select().where(
        (CustomerReply.complaint == complaint_id) & CustomerReply.kind.in_(SENT)
    )
    if since is not None:
        query = query.where(CustomerReply.sent_at >= to_storage(since))
    return query.exists()


def reply_document(reply_id: int) -> bytes:
    """The document exactly as it was sent, byte for byte (checked against its recorded hash)."""
    reply = CustomerReply.get_or_none(CustomerReply.id == reply_id)
    if reply is None:
        raise translated(CONTEXT, NO_REPLY)
    case = reply.complaint.case_no
    if reply.document_id is None:
        raise translated(CONTEXT, NO_DOCUMENT, case=case)
    row = Media.select(Media.data).where(Media.sha256 == reply.document_id).first()
    data = bytes(row.data) if row is not None else b""
    if hashlib.sha256(data).hexdigest() != reply.content_hash:
        raise translated(CONTEXT, DAMAGED, case=case)
    return data


# ----- inside ------------------------------------------------------------------------------------
def _render(complaint: Complaint, revision: str, lang: str, clock: Clock):
    """The report's bytes, written in this process's scratch folder and read back."""
    from qa_desktop.core.services.eightd_sheet import write_eightd_report
    from qa_desktop.paths import scratch_dir

    issued_on = clock().astimezone(settings.department_zone()).date()
    out = scratch_dir() / f"8d-{complaint.id}-{revision}-{os.getpid()}.pdf"
    try:
        export = write_eightd_report(complaint.id, out, lang, revision, issued_on, clock)
        return out.read_bytes(), export
    finally:
        out.unlink(missing_ok=True)


def _reply(unit: Unit, complaint: Complaint, kind: ReplyKind, sent_to: str, channel: str,
           summary: str, document: PreparedMedia | None) -> CustomerReply:  # fmt: skip
    reply = CustomerReply(
        complaint=complaint,
        kind=kind.value,
        sent_to=sent_to,
        channel=channel,
        sent_at=to_storage(unit.clock()),
        sent_by=unit.actor.user_id,
        summary=summary,
    )
    if document is not None:
        reply.document = store_media(unit, document)
        reply.content_hash = document.sha256
    return reply


def _audit(unit: Unit, complaint: Complaint, reply: CustomerReply) -> None:
    detail = {
        "kind": reply.kind,
        "revision": reply.revision,
        "sent_to": reply.sent_to,
        "channel": reply.channel,
        "content_sha256": reply.content_hash,
    }
    unit.audit_key("send", TABLE, str(complaint.uuid), detail)
    # The report (or the answer to an invalid complaint) and an interim report meet the clocks
    # the department's rules say they meet.
    event = "interim_sent" if reply.kind == ReplyKind.INTERIM else "report_sent"
    case_clocks.meet_event(unit, complaint, event, unit.clock())


def _checked(sent_to: str, channel: str, summary: str, *, required: bool) -> tuple[str, str, str]:
    sent_to, summary = single_spaced(sent_to), written(summary)
    if not sent_to:
        raise translated(CONTEXT, NO_RECIPIENT)
    if len(sent_to) > MAX_RECIPIENT:
        raise translated(CONTEXT, LONG_RECIPIENT, limit=MAX_RECIPIENT)
    if channel not in {c.value for c in Channel}:
        choices = ", ".join(label for _code, label in Channel.choices())
        raise translated(CONTEXT, BAD_CHANNEL, choices=choices)
    if required and not summary:
        raise translated(CONTEXT, NO_SUMMARY)
    if len(summary) > MAX_SUMMARY:
        raise translated(CONTEXT, LONG_SUMMARY, limit=MAX_SUMMARY)
    return sent_to, channel, summary


def _complaint(complaint_id: int) -> Complaint:
    found = Complaint.get_or_none(Complaint.id == complaint_id)
    if found is None:
        raise translated(CONTEXT, NO_CASE)
    return found
