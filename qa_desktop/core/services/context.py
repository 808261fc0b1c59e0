"""The one place every write goes through: a transaction with an actor, a clock and an audit."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import peewee

from qa_desktop.core import faults
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.models import AuditEntry, Travelling, database_proxy


@dataclass(frozen=True)
class Actor:
    """Who is acting. One local user until accounts exist (ROADMAP step 2)."""

    user_id: str
    display_name: str = ""

    @property
    def name(self) -> str:
        return self.display_name or self.user_id


LOCAL_USER = Actor("local", "Local user")


@dataclass
class Unit:
    actor: Actor
    clock: Clock

    def stamp(self, record: Travelling, *, new: bool) -> None:
        now = to_storage(self.clock())
        if new:
            record.created_at = now
            record.created_by = self.actor.user_id
            record.revision = 1
        else:
            record.revision = (record.revision or 0) + 1
        record.updated_at = now
        record.updated_by = self.actor.user_id

    def audit(self, action: str, record: Travelling, detail: dict[str, Any] | None = None) -> None:
        self.audit_key(action, record._meta.table_name, str(record.uuid), detail)

    def audit_key(
        self, action: str, table: str, key: str, detail: dict[str, Any] | None = None
    ) -> None:
        """Audit a record that has a key but no uuid (a department setting)."""
        AuditEntry.create(
            at=to_storage(self.clock()),
            actor=self.actor.user_id,
            action=action,
            table=table,
            record_uuid=key,
            detail=json.dumps(detail or {}, ensure_ascii=False, default=str, sort_keys=True),
        )


@contextmanager
def write(actor: Actor, clock: Clock = utc_now) -> Iterator[Unit]:
    """One IMMEDIATE transaction: all of it lands, or none of it.

    A fault that is not the user's (the file busy past the timeout, the disk full, a damaged
    page found while saving) leaves here as one sentence (core/faults.py), never as SQLite's
    exception: every screen and command shows it as it shows a refused input."""
    try:
        with database_proxy.atomic():
            yield Unit(actor, clock)
    except (peewee.PeeweeException, sqlite3.Error, OSError) as exc:
        fault = faults.explain(exc)
        if fault is None or fault is exc:
            raise
        raise fault from exc
