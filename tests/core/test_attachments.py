"""Attachments written with the complaint, on their own, once per file, audited; lists without files."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from conftest import SHANGHAI, example_draft
from peewee import SqliteDatabase
from PIL import Image

from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.media import PreparedMedia, prepare_bytes
from qa_desktop.core.models import Attachment, AuditEntry, Complaint, Media
from qa_desktop.core.services.attachments import (
    AttachmentChanges,
    NewAttachment,
    add_attachments,
    attachments_of,
    media_data,
    remove_attachment,
    set_caption,
)
from qa_desktop.core.services.complaints import register_complaint, update_complaint
from qa_desktop.core.services.context import Actor

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 6, 15, 16, 30, tzinfo=SHANGHAI)
WANG = Actor("qa.wang", "王工")


def clock() -> datetime:
    return NOW


def photo(name: str = "划伤.jpg", colour=(150, 150, 155)) -> PreparedMedia:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(out, "JPEG")
    return prepare_bytes(out.getvalue(), name)


def letter(name: str = "投诉函.pdf", text: bytes = b"%PDF-1.4 complaint letter") -> PreparedMedia:
    return prepare_bytes(text, name)


def register(*files: PreparedMedia, **changes) -> Complaint:
    changes.setdefault("received_at", RECEIVED)
    added = [NewAttachment(f, caption=f"caption of {f.filename}") for f in files]
    return register_complaint(
        example_draft(**changes), WANG, clock, attachments=AttachmentChanges(added=added)
    )


def actions() -> list[str]:
    return [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]


def test_a_new_complaint_is_written_with_its_attachments(db: SqliteDatabase) -> None:
    picture, pdf = photo(), letter()
    complaint = register(picture, pdf)

    shown = attachments_of(complaint.id)
    assert [(a.filename, a.caption, a.position, a.kind) for a in shown] == [
        ("划伤.jpg", "caption of 划伤.jpg", 0, "image"),
        ("投诉函.pdf", "caption of 投诉函.pdf", 1, "file"),
    ]
    assert shown[0].thumbnail and shown[1].thumbnail is None
    assert media_data(picture.sha256) == picture.data, "byte for byte"
    stored = Media.get_by_id(picture.sha256)
    assert (stored.created_by, stored.created_at) == ("qa.wang", NOW.replace(tzinfo=None))
    assert bytes(stored.print_copy) == picture.print_copy
    attachment = Attachment.get(Attachment.filename == "划伤.jpg")
    assert (attachment.created_by, attachment.revision) == ("qa.wang", 1)
    assert actions()[-3:] == ["create", "attach", "attach"]  # the customer, the complaint, …
    detail = json.loads(AuditEntry.select().order_by(AuditEntry.id.desc()).first().detail)
    assert detail["file"] == "投诉函.pdf" and detail["case_no"] == complaint.case_no


def test_a_refused_complaint_writes_no_file(db: SqliteDatabase) -> None:
    with pytest.raises(ValidationError):
        register(photo(), customer_name="")
    assert Media.select().count() == 0 and Attachment.select().count() == 0


def test_the_same_file_twice_is_ignored_and_stored_once(db: SqliteDatabase) -> None:
    picture = photo()
    renamed = prepare_bytes(picture.data, "copy of the photo.jpg")
    complaint = register(picture, renamed)
    assert [a.filename for a in attachments_of(complaint.id)] == ["划伤.jpg"]
    assert add_attachments(complaint.id, [NewAttachment(picture)], WANG, clock) == []

    other = register(picture)
    assert len(attachments_of(other.id)) == 1
    assert Media.select().count() == 1, "one copy of the bytes for both complaints"


def test_attachments_added_later_come_after_the_others(db: SqliteDatabase) -> None:
    complaint = register(photo())
    added = add_attachments(complaint.id, [NewAttachment(letter())], WANG, clock)
    assert len(added) == 1
    assert [a.position for a in attachments_of(complaint.id)] == [0, 1]
    assert Complaint.get_by_id(complaint.id).revision == 2, "a form opened before sees it"


def test_removing_the_last_use_of_a_file_removes_the_file(db: SqliteDatabase) -> None:
    shared, own = photo(), letter()
    first = register(shared, own)
    second = register(shared)
    ids = {a.filename: a.id for a in attachments_of(first.id)}

    remove_attachment(first.id, ids["划伤.jpg"], WANG, clock)
    remove_attachment(first.id, ids["投诉函.pdf"], WANG, clock)

    assert attachments_of(first.id) == []
    assert Media.get_or_none(Media.sha256 == shared.sha256) is not None, "still used by another"
    assert Media.get_or_none(Media.sha256 == own.sha256) is None
    assert len(attachments_of(second.id)) == 1
    assert actions().count("detach") == 2
    with pytest.raises(UserError, match="no longer stored"):
        media_data(own.sha256)


def test_a_caption_is_cleaned_audited_and_limited(db: SqliteDatabase) -> None:
    complaint = register(photo())
    (attachment,) = attachments_of(complaint.id)
    set_caption(complaint.id, attachment.id, "  卷 -05 边部\t划伤\x00 ", WANG, clock)
    assert attachments_of(complaint.id)[0].caption == "卷 -05 边部 划伤"
    assert actions()[-1] == "caption"
    with pytest.raises(ValidationError) as caught:
        set_caption(complaint.id, attachment.id, "x" * 501, WANG, clock)
    assert caught.value.errors[0].field == "attachments"
    assert "划伤.jpg" in caught.value.errors[0].message


def test_an_edit_saves_its_attachment_changes_in_the_same_transaction(db: SqliteDatabase) -> None:
    complaint = register(photo(), letter())
    ids = {a.filename: a.id for a in attachments_of(complaint.id)}
    changes = AttachmentChanges(
        added=[NewAttachment(photo("second.jpg", colour=(10, 200, 10)), "new")],
        removed=[ids["投诉函.pdf"]],
        captions={ids["划伤.jpg"]: "changed"},
    )
    update_complaint(complaint.id, example_draft(received_at=RECEIVED), 1, WANG, clock,
                     attachments=changes)  # fmt: skip
    assert [(a.filename, a.caption) for a in attachments_of(complaint.id)] == [
        ("划伤.jpg", "changed"),
        ("second.jpg", "new"),
    ]


def test_an_edit_refused_for_its_revision_changes_no_attachment(db: SqliteDatabase) -> None:
    complaint = register(photo())
    (attachment,) = attachments_of(complaint.id)
    changes = AttachmentChanges(added=[NewAttachment(letter())], removed=[attachment.id])
    with pytest.raises(UserError, match="after you opened it"):
        update_complaint(complaint.id, example_draft(received_at=RECEIVED), 7, WANG, clock,
                         attachments=changes)  # fmt: skip
    assert [a.filename for a in attachments_of(complaint.id)] == ["划伤.jpg"]
    assert Media.select().count() == 1


def test_listing_attachments_never_reads_the_files(db: SqliteDatabase) -> None:
    complaint = register(photo(), letter())
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        attachments_of(complaint.id)
    finally:
        db.connection().set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects and all('"data"' not in s and '"print_copy"' not in s for s in selects)
