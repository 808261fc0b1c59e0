"""A complaint's attachments: the letter, the e-mail, the customer's photos (core/media.py makes
them). Every write goes through `write()`; the file's bytes are stored once per content hash.

Attaching the same file (the same bytes, whatever its name) twice to one complaint is ignored:
a batch dropped onto the form may hold a file attached before, and the rest of it still lands.
The form says which files it left out; the unique index (complaint, media) is the last guard.
Lists read the thumbnail, never the file: `media_data()` reads one file when it is opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peewee import IntegrityError, fn

from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import FieldError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import Attachment, Complaint, Media, database_proxy
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.text import clean_line
from qa_desktop.core.vocab import Action

if TYPE_CHECKING:  # Pillow loads with intake, not with every save (qa-desktop check, the CLI)
    from qa_desktop.core.media import PreparedMedia

CONTEXT = "Attachments"
FIELD = "attachments"  # the form's error field for the list
MAX_CAPTION = 500


@dataclass(frozen=True)
class NewAttachment:
    """A prepared file and its caption, not yet written (held by a form until Save)."""

    media: PreparedMedia
    caption: str = ""


@dataclass
class AttachmentChanges:
    """What a form changed in a complaint's attachments, written with the complaint's save."""

    added: list[NewAttachment] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)  # attachment ids
    captions: dict[int, str] = field(default_factory=dict)  # attachment id -> caption

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.captions)


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment as a list shows it: the thumbnail, never the file itself."""

    id: int
    filename: str
    caption: str
    position: int
    sha256: str
    kind: str  # "image" or "file"
    mime: str
    size: int
    width: int | None
    height: int | None
    thumbnail: bytes | None


# ----- reading -------------------------------------------------------------------------------------
def attachments_of(complaint_id: int) -> list[AttachmentInfo]:
    query = (
        Attachment.select(
            Attachment.id, Attachment.filename, Attachment.caption, Attachment.position,
            Media.sha256, Media.kind, Media.mime, Media.size, Media.width, Media.height,
            Media.thumbnail,
        )
        .join(Media)
        .where(Attachment.complaint == complaint_id)
        .order_by(Attachment.position, Attachment.id)
        .tuples()
    )  # fmt: skip
    return [AttachmentInfo(*row) for row in query]


def media_data(sha256: str) -> bytes:
    """The original file, byte for byte (to open or save it)."""
    data = Media.select(Media.data).where(Media.sha256 == sha256).scalar()
    if data is None:
        raise translated(
            CONTEXT, QT_TRANSLATE_NOOP("Attachments", "This file is no longer stored.")
        )
    return bytes(data)


# ----- checking --------------------------------------------------------------------------------------
def check_changes(changes: AttachmentChanges, lang: str | None = None) -> list[FieldError]:
    """Problems with the captions (the files themselves were checked at intake)."""
    errors = []
    captions = [(new.media.filename, new.caption) for new in changes.added]
    if changes.captions:
        names = dict(
            Attachment.select(Attachment.id, Attachment.filename)
            .where(Attachment.id.in_(list(changes.captions)))
            .tuples()
        )
        captions += [(names.get(key, "?"), text) for key, text in changes.captions.items()]
    for name, caption in captions:
        if len(clean_line(caption).strip()) > MAX_CAPTION:
            message = translate(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Attachments", "The caption of {file} is longer than {n} characters."
                ),
                lang,
            )
            errors.append(FieldError(FIELD, message.format(file=name, n=MAX_CAPTION)))
    return errors


# ----- writing, inside a complaint's save ---------------------------------------------------------
def apply_changes(unit: Unit, complaint: Complaint, changes: AttachmentChanges) -> None:
    """Removals, captions, then additions: a file removed and added again in one save lands."""
    for attachment_id in changes.removed:
        attachment = _own(complaint, attachment_id)
        if attachment is not None:
            _remove(unit, attachment)
    for attachment_id, caption in changes.captions.items():
        attachment = _own(complaint, attachment_id)
        if attachment is not None:
            _caption(unit, attachment, caption)
    _add(unit, complaint, changes.added)


def store_media(unit: Unit, prepared: PreparedMedia) -> str:
    """Keep a prepared file once by its hash (a second copy is not written); its key."""
    Media.insert(
        sha256=prepared.sha256,
        kind=prepared.kind,
        mime=prepared.mime,
        size=prepared.size,
        width=prepared.width,
        height=prepared.height,
        data=prepared.data,
        thumbnail=prepared.thumbnail,
        print_copy=prepared.print_copy,
        created_at=to_storage(unit.clock()),
        created_by=unit.actor.user_id,
    ).on_conflict_ignore().execute()
    return prepared.sha256


def attach_one(unit: Unit, complaint: Complaint, prepared: PreparedMedia, caption: str) -> bool:
    """One file attached at the end of the complaint's list (a returned scan, say); False when
    the complaint holds those bytes already."""
    store_media(unit, prepared)
    if Attachment.get_or_none(
        (Attachment.complaint == complaint) & (Attachment.media == prepared.sha256)
    ):
        return False
    last = Attachment.select().where(Attachment.complaint == complaint).count()
    attachment = Attachment(
        complaint=complaint,
        media=prepared.sha256,
        position=last,
        filename=prepared.filename,
        caption=caption,
    )
    unit.stamp(attachment, new=True)
    attachment.save(force_insert=True)
    unit.audit("create", attachment, {"filename": prepared.filename, "caption": caption})
    return True


# ----- writing, on their own -----------------------------------------------------------------------
def add_attachments(
    complaint_id: int,
    added: list[NewAttachment],
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> list[int]:
    """Attach prepared files to a stored complaint; the ids of those attached (duplicates skipped)."""
    return _change(complaint_id, AttachmentChanges(added=added), actor, clock, lang)


def remove_attachment(
    complaint_id: int, attachment_id: int, actor: Actor, clock: Clock = utc_now
) -> None:
    _change(complaint_id, AttachmentChanges(removed=[attachment_id]), actor, clock, None)


def set_caption(
    complaint_id: int,
    attachment_id: int,
    caption: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> None:
    changes = AttachmentChanges(captions={attachment_id: caption})
    _change(complaint_id, changes, actor, clock, lang)


def _change(
    complaint_id: int, changes: AttachmentChanges, actor: Actor, clock: Clock, lang: str | None
) -> list[int]:
    errors = check_changes(changes, lang)
    if errors:
        raise ValidationError(errors)
    from qa_desktop.core.services.complaints import stored_complaint  # it imports this module

    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = stored_complaint(complaint_id, lang)
        refuse_closed(complaint, lang)
        before = {a.id for a in complaint.attachments.select(Attachment.id)}
        apply_changes(unit, complaint, changes)
        # The attachments are part of the complaint: a form opened before sees that it changed.
        unit.stamp(complaint, new=False)
        complaint.save()
        return [a.id for a in complaint.attachments.select(Attachment.id) if a.id not in before]


def _own(complaint: Complaint, attachment_id: int) -> Attachment | None:
    """The complaint's attachment with this id (one removed meanwhile is gone already)."""
    return Attachment.get_or_none(
        (Attachment.id == attachment_id) & (Attachment.complaint == complaint)
    )


def _add(unit: Unit, complaint: Complaint, added: list[NewAttachment]) -> None:
    attached = {
        sha for (sha,) in Attachment.select(Attachment.media).where(Attachment.complaint == complaint).tuples()
    }  # fmt: skip
    last = (
        Attachment.select(fn.MAX(Attachment.position))
        .where(Attachment.complaint == complaint)
        .scalar()
    )
    position = -1 if last is None else last
    for new in added:
        if new.media.sha256 in attached:
            continue  # the same file twice: ignored (module docstring)
        attached.add(store_media(unit, new.media))
        position += 1
        attachment = Attachment(
            complaint=complaint,
            media=new.media.sha256,
            position=position,
            filename=new.media.filename,
            caption=clean_line(new.caption).strip(),
        )
        unit.stamp(attachment, new=True)
        attachment.save(force_insert=True)
        unit.audit(
            "attach",
            attachment,
            {"case_no": complaint.case_no, "file": attachment.filename,
             "sha256": new.media.sha256, "size": new.media.size},
        )  # fmt: skip


def _remove(unit: Unit, attachment: Attachment) -> None:
    sha = attachment.media_id
    unit.audit("detach", attachment, {"file": attachment.filename, "sha256": sha})
    attachment.delete_instance()
    # Stored once per hash: the file goes when nothing refers to it any more. Other records
    # keep files too (site-visit photos, an action's evidence, a reply sent), each by a
    # RESTRICT key: where one still does, the delete is refused and the file stays.
    if not Attachment.select().where(Attachment.media == sha).exists():
        try:
            with database_proxy.atomic():  # a savepoint: the refusal undoes only this
                Media.delete().where(Media.sha256 == sha).execute()
        except IntegrityError:
            pass


def _caption(unit: Unit, attachment: Attachment, caption: str) -> None:
    caption = clean_line(caption).strip()
    if caption == attachment.caption:
        return
    unit.audit("caption", attachment, {"caption": [attachment.caption, caption]})
    attachment.caption = caption
    unit.stamp(attachment, new=False)
    attachment.save()
