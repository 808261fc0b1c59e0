"""`verify`'s check of what was sent to the customer: every reply kept with its document (each
issued 8D revision's PDF, an answer's or an interim report's letter) must still be the bytes
that were sent.

A reply keeps the SHA-256 of its document, and the audit trail's "send" entry (whose chain the
first check verified) recorded it too when it was sent. The stored bytes must hash to the
reply's SHA-256, and that must be the one the trail recorded for the reply (its case, kind and
revision), so a document changed behind the application's back is found even where its
recorded hash was changed with it. Plain SQL, read one document at a time."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict

from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.vocab import ReplyKind

CONTEXT = "Verify"
REPLY_TABLE = "customer_reply"  # services/replies.py audits a reply under this table name
REPORT_CHANGED = QT_TRANSLATE_NOOP(
    "Verify",
    "The stored 8D report of {case}, revision {revision}, is not the one issued: its bytes no "
    "longer match the SHA-256 recorded when it was sent.",
)
DOCUMENT_CHANGED = QT_TRANSLATE_NOOP(
    "Verify",
    "The stored document of a reply on {case} ({kind}, sent at {at}) is not the one sent: its "
    "bytes no longer match the SHA-256 recorded when it was sent.",
)

Key = tuple[str, str, str]  # the complaint's uuid (hex), the reply's kind, its revision


def check_replies(conn: sqlite3.Connection) -> tuple[int, str]:
    """(how many documents were checked, the first problem or "")."""
    recorded = _recorded(conn)
    rows = conn.execute(
        "SELECT c.case_no, c.uuid, r.kind, r.revision, r.sent_at, r.content_hash, m.data"
        " FROM customer_reply r JOIN complaint c ON c.id = r.complaint_id"
        " LEFT JOIN media m ON m.sha256 = r.document_id"
        " WHERE r.document_id IS NOT NULL ORDER BY r.id"
    )
    checked = 0
    for case_no, complaint_uuid, kind, revision, sent_at, content_hash, data in rows:
        digest = hashlib.sha256(bytes(data or b"")).hexdigest()
        audited = recorded.get((_hex(complaint_uuid), kind, revision or ""), set())
        if digest != content_hash or (audited and content_hash not in audited):
            return checked, _changed(case_no, kind, revision, sent_at)
        checked += 1
    return checked, ""


def _recorded(conn: sqlite3.Connection) -> dict[Key, set[str]]:
    """The SHA-256 each "send" entry of the trail recorded, by the reply it was written for."""
    found: dict[Key, set[str]] = defaultdict(set)
    entries = conn.execute(
        'SELECT record_uuid, detail FROM audit_entry WHERE action = ? AND "table" = ?',
        ("send", REPLY_TABLE),
    )
    for record_uuid, detail in entries:
        try:
            sent = json.loads(detail or "{}")
        except ValueError:
            continue  # not a reply's entry as this version writes it: nothing to compare
        if isinstance(sent, dict) and sent.get("content_sha256"):
            key = (_hex(record_uuid), str(sent.get("kind", "")), str(sent.get("revision") or ""))
            found[key].add(str(sent["content_sha256"]))
    return found


def _hex(value: str | None) -> str:
    """A uuid as the complaint table stores it (32 hex digits), from either spelling."""
    return (value or "").replace("-", "").lower()


def _changed(case_no: str, kind: str, revision: str | None, sent_at: object) -> str:
    if kind == ReplyKind.EIGHT_D.value:
        return str(translated(CONTEXT, REPORT_CHANGED, case=case_no, revision=revision or "?"))
    label = ReplyKind(kind).label() if kind in {k.value for k in ReplyKind} else kind
    return str(translated(CONTEXT, DOCUMENT_CHANGED, kind=label, case=case_no, at=sent_at))
