"""`qa-desktop verify`: is the record of who decided what the one the application wrote?

Checked, in order, each stopping at the first failure with one sentence that names it:
the audit trail's hash chain; the department key against the one this PC remembers; every
user key's certificate; every signature (core/verify_signatures.py); every document sent to
the customer, each issued 8D revision's PDF first of all, against the SHA-256 recorded when it
was sent (core/verify_replies.py).
The file is read with plain SQL, read-only, so verifying a copy changes nothing in it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from qa_desktop.core import signing
from qa_desktop.core.audit_chain import GENESIS, Link, entry_hash
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Verify"
CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "Verify",
    "Audit entry {id} ({action} by {actor} at {at}) was changed, removed or inserted outside "
    "QA Desktop: its hash does not follow from the entry before it.",
)
HASH_CHANGED = QT_TRANSLATE_NOOP(
    "Verify", "Audit entry {id} ({action} by {actor} at {at}) was changed outside QA Desktop."
)
DEPARTMENT_CHANGED = QT_TRANSLATE_NOOP(
    "Verify",
    "The department key of this database is not the one this PC saw before (was {known}, is "
    "{now}): the keys in the file were replaced.",
)
NO_DEPARTMENT_KEY = QT_TRANSLATE_NOOP(
    "Verify", "The database has accounts but no department key: it was removed outside QA Desktop."
)
BAD_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Verify",
    "The signing key {key} of {user} is not certified by the department key: it was replaced or "
    "added outside QA Desktop.",
)

Progress = Callable[[int, int], None]


@dataclass
class Report:
    entries: int = 0
    keys: int = 0
    signatures: int = 0
    confirmations: int = 0  # the customers' signed quantity confirmations
    documents: int = 0  # what was sent to the customer: issued 8D reports, letters
    department_fingerprint: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_file(
    conn: sqlite3.Connection,
    known_fingerprint: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """Verify an open (read-only) connection, with the models bound to the same file; the
    first failure is reported."""
    report = Report()
    checks = (_chain, _department_key, _certificates, _signatures, _confirmations, _replies)
    for check in checks:
        problem = check(conn, report, known_fingerprint, progress)
        if problem:
            report.problems.append(problem)
            break
    return report


def _signatures(_conn, report: Report, _known, _progress) -> str:
    """Through the models (bound to the same file): a signature's content is the record's
    canonical data, which only the models rebuild."""
    from qa_desktop.core.services.signatures import payload
    from qa_desktop.core.verify_signatures import check_signatures

    report.signatures, problem = check_signatures(payload)
    return problem


def _confirmations(_conn, report: Report, _known, _progress) -> str:
    from qa_desktop.core.verify_signatures import check_confirmations

    report.confirmations, problem = check_confirmations()
    return problem


def _replies(conn, report: Report, _known, _progress) -> str:
    from qa_desktop.core.verify_replies import check_replies

    report.documents, problem = check_replies(conn)
    return problem


def _chain(conn, report: Report, _known, progress: Progress | None) -> str:
    total = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    prev = GENESIS
    for count, row in enumerate(_entries(conn), start=1):
        *fields, prev_hash, stored = row
        link = Link(*fields)
        if prev_hash != prev:
            return _say(CHAIN_BROKEN, link)
        digest = entry_hash(prev, link)
        if digest != stored:
            return _say(HASH_CHANGED, link)
        prev = digest
        report.entries = count
        if progress and count % 20_000 == 0:
            progress(count, total)
    return ""


def _entries(conn: sqlite3.Connection) -> Iterator[tuple]:
    cursor = conn.execute(
        'SELECT id, "at", actor, action, "table", record_uuid, detail, reason, prev_hash, '
        "entry_hash FROM audit_entry ORDER BY id"
    )
    while rows := cursor.fetchmany(5000):
        yield from rows


def _say(message: str, link: Link) -> str:
    return str(
        translated(CONTEXT, message, id=link.id, action=link.action, actor=link.actor, at=link.at)
    )


def _department_key(conn, report: Report, known: str | None, _progress) -> str:
    row = conn.execute("SELECT public_key FROM department_key ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        has_users = conn.execute("SELECT count(*) FROM user_account").fetchone()[0]
        return str(translated(CONTEXT, NO_DEPARTMENT_KEY)) if has_users else ""
    report.department_fingerprint = signing.fingerprint(bytes(row[0]))
    if known and known != report.department_fingerprint:
        return str(
            translated(CONTEXT, DEPARTMENT_CHANGED, known=known, now=report.department_fingerprint)
        )
    return ""


def _certificates(conn, report: Report, _known, _progress) -> str:
    # A field laptop's keys are certified by the factory's database (its visit pack's).
    database = _meta(conn, "department_database") or _meta(conn, "database_uuid")
    departments = {
        key_id: bytes(public)
        for key_id, public in conn.execute("SELECT id, public_key FROM department_key")
    }
    rows = conn.execute(
        "SELECT k.key_id, u.user_id, k.public_key, k.issued_at, k.certificate, k.department_key_id"
        " FROM signing_key k JOIN user_account u ON u.id = k.user_id ORDER BY k.id"
    )
    for key_id, user_id, public, issued_at, certificate, department_id in rows:
        cert = signing.Certificate(
            database=database,
            user_id=user_id,
            key_id=str(key_id),
            public_key=bytes(public),
            issued_at=issued_at,
            signature=bytes(certificate),
        )
        department = departments.get(department_id)
        if department is None or not signing.check_certificate(department, cert):
            return str(translated(CONTEXT, BAD_CERTIFICATE, key=str(key_id)[:8], user=user_id))
        report.keys += 1
    return ""


def _meta(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else ""
