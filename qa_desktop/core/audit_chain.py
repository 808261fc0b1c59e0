"""The audit trail's hash chain, as pure functions over an entry's stored fields.

Each entry's hash covers its own fields and the hash of the entry before it, so the trail can
only be verified whole: an entry edited, removed or inserted outside the application changes
every hash from that point on. The first entry follows GENESIS."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

GENESIS = "0" * 64


@dataclass(frozen=True)
class Link:
    """An entry as the chain sees it: exactly the stored values, in storage form."""

    id: int
    at: str  # the stored UTC instant, ISO text as SQLite holds it
    actor: str
    action: str
    table: str
    record_uuid: str
    detail: str
    reason: str


def stored_instant(at: datetime | str) -> str:
    """The instant as the database stores it (Peewee writes `str(datetime)`), so a hash made
    at write time and one made from the row read back agree."""
    return at if isinstance(at, str) else str(at)


def entry_hash(prev_hash: str, link: Link) -> str:
    fields = [
        link.id,
        link.at,
        link.actor,
        link.action,
        link.table,
        link.record_uuid,
        link.detail,
        link.reason,
    ]
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()
