"""A record's audit trail as people read it: when, who, what, old → new, and why."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from qa_desktop.core.models import AuditEntry, Proposal, Signature, SigningKey, UserAccount
from qa_desktop.core.services.context import BEFORE_ACCOUNTS, SYSTEM


@dataclass(frozen=True)
class HistoryRow:
    at: datetime  # UTC, aware
    actor: str  # the name shown
    action: str
    changes: str  # "field: old → new; …" or the entry's detail in words
    reason: str


def history(record_uuids: Iterable[str]) -> list[HistoryRow]:
    """Every entry about these records, oldest first."""
    keys = list(record_uuids)
    names = _names()
    query = AuditEntry.select().where(AuditEntry.record_uuid.in_(keys)).order_by(AuditEntry.id)
    return [
        HistoryRow(
            entry.at.replace(tzinfo=UTC),
            names.get(entry.actor, entry.actor),
            entry.action,
            _changes(entry.detail),
            entry.reason,
        )
        for entry in query
    ]


def complaint_history(complaint) -> list[HistoryRow]:
    """The complaint's trail with its proposals' and their signatures'."""
    keys = [str(complaint.uuid)]
    for proposal in Proposal.select().where(Proposal.complaint == complaint):
        keys.append(str(proposal.uuid))
        keys += [
            s.uuid for s in Signature.select().where(Signature.record_uuid == str(proposal.uuid))
        ]
    return history(keys)


def account_history(user_id: str) -> list[HistoryRow]:
    """An account's trail: its own entries and its signing keys' (a reset issues a new key)."""
    account = UserAccount.get(UserAccount.user_id == user_id)
    keys = [k.key_id for k in SigningKey.select().where(SigningKey.user == account)]
    return history([str(account.uuid), *keys])


def _names() -> dict[str, str]:
    names = {a.user_id: a.display_name for a in UserAccount.select()}
    names.setdefault(BEFORE_ACCOUNTS.user_id, BEFORE_ACCOUNTS.display_name)
    names.setdefault(SYSTEM.user_id, SYSTEM.display_name)
    return names


def _changes(detail: str) -> str:
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return str(data)
    parts = []
    for key, value in sorted(data.items()):
        if isinstance(value, list) and len(value) == 2:
            parts.append(f"{key}: {_text(value[0])} → {_text(value[1])}")
        else:
            parts.append(f"{key}: {_text(value)}")
    return "; ".join(parts)


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)
