"""The one place every write goes through: a transaction with an actor, a clock and an audit."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import peewee

from qa_desktop.core import authority, faults
from qa_desktop.core.actor import Actor
from qa_desktop.core.audit_chain import GENESIS, Link, entry_hash, stored_instant
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import AuditEntry, Travelling, UserAccount, database_proxy
from qa_desktop.core.vocab import Action

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Authority",
    "{user} may not do this: the authority matrix does not give {action} to their roles.",
)
NO_ACCOUNT = QT_TRANSLATE_NOOP(
    "Accounts", "{user} is not an active account here; sign in with your own user id."
)


# What the file did by itself (an upgrade step), and what was written before accounts existed:
# schema v1 and v2 stamped every change "local" (the trail keeps it, shown under this name).
SYSTEM = Actor("system", "QA Desktop")
BEFORE_ACCOUNTS = Actor("local", "local user (before accounts)")


@dataclass
class Unit:
    actor: Actor
    clock: Clock
    _head: tuple[int, str] | None = field(default=None, repr=False)
    _roles: frozenset[str] | None = field(default=None, repr=False)

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

    def audit(
        self,
        action: str,
        record: Travelling,
        detail: dict[str, Any] | None = None,
        reason: str = "",
    ) -> None:
        self.audit_key(action, record._meta.table_name, str(record.uuid), detail, reason)

    def audit_key(
        self,
        action: str,
        table: str,
        key: str,
        detail: dict[str, Any] | None = None,
        reason: str = "",
    ) -> None:
        """Audit a record by its key (a uuid, or a setting's key), chained to the entry before."""
        self.audit_keys(action, table, [key], detail, reason)

    def audit_keys(
        self,
        action: str,
        table: str,
        keys: Iterable[str],
        detail: dict[str, Any] | None = None,
        reason: str = "",
    ) -> None:
        """The same change to many records (a merge moving complaints), one entry each."""
        at = to_storage(self.clock())
        text = json.dumps(detail or {}, ensure_ascii=False, default=str, sort_keys=True)
        last_id, last_hash = self.chain_head()
        rows = []
        for key in keys:
            link = Link(
                last_id + 1,
                stored_instant(at),
                self.actor.user_id,
                action,
                table,
                key,
                text,
                reason,
            )
            digest = entry_hash(last_hash, link)
            rows.append(_row(link, at, last_hash, digest))
            last_id, last_hash = link.id, digest
        if rows:
            AuditEntry.insert_many(rows).execute()
        self._head = (last_id, last_hash)

    def roles(self) -> frozenset[str]:
        """The actor's roles, read once per transaction."""
        if self._roles is None:
            from qa_desktop.core.models import Role, UserRole

            query = (
                Role.select(Role.code)
                .join(UserRole)
                .join(UserAccount)
                .where((UserAccount.user_id == self.actor.user_id) & Role.active)
            )
            self._roles = frozenset(role.code for role in query)
        return self._roles

    def require(self, *actions: Action) -> None:
        """Refuse, in one sentence, unless the matrix in force gives the actor one of `actions`."""
        from qa_desktop.core.services.matrix import matrix

        rules = matrix()
        if not any(authority.may(rules, self.roles(), action) for action in actions):
            raise translated(
                "Authority", NOT_ALLOWED, user=self.actor.name, action=actions[0].label()
            )

    def chain_head(self) -> tuple[int, str]:
        """The last entry's id and hash, read once per transaction (the write lock is held)."""
        if self._head is None:
            self._head = current_head()
        return self._head


def current_head() -> tuple[int, str]:
    row = (
        AuditEntry.select(AuditEntry.id, AuditEntry.entry_hash)
        .order_by(AuditEntry.id.desc())
        .limit(1)
        .tuples()
        .first()
    )
    return (0, GENESIS) if row is None else (row[0], row[1])


def _row(link: Link, at: Any, prev_hash: str, digest: str) -> dict[str, Any]:
    return {
        "id": link.id,
        "at": at,
        "actor": link.actor,
        "action": link.action,
        "table": link.table,
        "record_uuid": link.record_uuid,
        "detail": link.detail,
        "reason": link.reason,
        "prev_hash": prev_hash,
        "entry_hash": digest,
    }


@contextmanager
def write(
    actor: Actor,
    clock: Clock = utc_now,
    *,
    account: bool = True,
    needs: Action | tuple[Action, ...] = (),
) -> Iterator[Unit]:
    """One IMMEDIATE transaction: all of it lands, or none of it.

    The actor must be an active account (`account=False` only where none can be yet: the first
    administrator, a sign-in being counted, an upgrade) whose roles the authority matrix gives
    one of the actions the service `needs`: a rule of core, whoever calls the service. A fault that is not the user's (the
    file busy past the timeout, the disk full, a damaged page found while saving) leaves here
    as one sentence (core/faults.py), never as SQLite's exception: every screen and command
    shows it as it shows a refused input."""
    try:
        with database_proxy.atomic():
            if account:
                active_account(actor)
            unit = Unit(actor, clock)
            wanted = needs if isinstance(needs, tuple) else (needs,)
            if wanted:
                unit.require(*wanted)
            yield unit
    except (peewee.PeeweeException, sqlite3.Error, OSError) as exc:
        fault = faults.explain(exc)
        if fault is None or fault is exc:
            raise
        raise fault from exc


def active_account(actor: Actor) -> UserAccount:
    account = UserAccount.get_or_none(
        (UserAccount.user_id == actor.user_id) & UserAccount.active & ~UserAccount.locked
    )
    if account is None:
        raise translated("Accounts", NO_ACCOUNT, user=actor.user_id)
    return account
