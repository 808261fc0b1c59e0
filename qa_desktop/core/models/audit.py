"""The audit trail: who changed what, written in the same transaction as the change."""

from __future__ import annotations

from peewee import CharField, DateTimeField, IntegerField, TextField

from qa_desktop.core.models.base import BaseModel


class AuditEntry(BaseModel):
    """One change, append-only and chained: `entry_hash` covers this entry's fields and the hash
    of the entry before it (core/audit_chain.py), so an entry edited, removed or inserted
    outside the application breaks the chain at that point, and a signature that pins the head
    of the chain (ROADMAP step 2) catches the end of the trail cut off."""

    id = IntegerField(primary_key=True)  # given under the write lock: the chain's order
    at = DateTimeField()
    actor = CharField()
    action = CharField()
    table = CharField()
    record_uuid = CharField(index=True)
    detail = TextField(default="")
    reason = TextField(default="")  # required where the change needs one (voiding, the matrix)
    prev_hash = CharField(default="")
    entry_hash = CharField(default="")
