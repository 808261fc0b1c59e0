"""Autosaved drafts of visit screens: what was on screen, kept every few seconds and on close.

A draft is not a record: it is never audited and never travels, and a save of the visit
removes it (visit_record.save_visit). After a crash or a dead battery the next start finds the
user's drafts and offers to recover them. Each save is one short transaction (the write lock
held for a few milliseconds), so autosaving never queues behind a long write for long."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from qa_desktop.core.clock import Clock, from_storage, to_storage, utc_now
from qa_desktop.core.models import Visit, VisitDraft
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.visit_content import VisitContent, content_from_json, content_to_json


@dataclass(frozen=True)
class Draft:
    visit_uuid: str
    saved_at: datetime  # aware UTC
    based_on: int  # the visit's revision the screen had opened
    content: VisitContent


def save_draft(
    visit_uuid: str, based_on: int, content: VisitContent, actor: Actor, clock: Clock = utc_now
) -> None:
    body = json.dumps({"based_on": based_on, "content": content_to_json(content)})
    with write(actor, clock) as unit:
        VisitDraft.replace(
            visit_uuid=str(visit_uuid),
            user_id=actor.user_id,
            saved_at=to_storage(unit.clock()),
            body=body,
        ).execute()


def drafts_of(user_id: str) -> list[Draft]:
    """The user's drafts whose visit still exists; a damaged one is skipped."""
    found = []
    known = {str(v.uuid) for v in Visit.select(Visit.uuid)}
    for row in (
        VisitDraft.select().where(VisitDraft.user_id == user_id).order_by(VisitDraft.saved_at)
    ):
        draft = _draft(row)
        if draft is not None and draft.visit_uuid in known:
            found.append(draft)
    return found


def draft_for(visit_uuid: str, user_id: str) -> Draft | None:
    row = VisitDraft.get_or_none(
        (VisitDraft.visit_uuid == str(visit_uuid)) & (VisitDraft.user_id == user_id)
    )
    return None if row is None else _draft(row)


def discard_draft(visit_uuid: str, actor: Actor, clock: Clock = utc_now) -> None:
    with write(actor, clock):
        VisitDraft.delete().where(
            (VisitDraft.visit_uuid == str(visit_uuid)) & (VisitDraft.user_id == actor.user_id)
        ).execute()


def _draft(row: VisitDraft) -> Draft | None:
    try:
        body = json.loads(row.body)
        content = content_from_json(body["content"])
        return Draft(row.visit_uuid, from_storage(row.saved_at), int(body["based_on"]), content)
    except (ValueError, KeyError, TypeError):
        return None
