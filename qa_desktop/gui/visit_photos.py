"""The visit window's photos: the photo strip (gui/photo_strip.py) in the window's photos area,
between the strip's photos and the visit's PhotoDrafts.

Stored photos are listed without their originals (thumbnails and print copies only: a visit of
50 photos is hundreds of MB); the viewer reads an original when the defect is marked on it. A
photo taken in, or an annotated copy made, is stored by its hash at once, off the GUI thread
(visit_record.store_photos), so an autosaved draft can name it and a crash loses nothing."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from qa_desktop.core.annotations import marks_from_json, marks_to_json
from qa_desktop.core.checklists import ChecklistTemplate
from qa_desktop.core.i18n import current_language
from qa_desktop.core.media import PreparedMedia
from qa_desktop.core.models import Media
from qa_desktop.core.services import visit_record
from qa_desktop.core.services.context import Actor
from qa_desktop.core.visit_content import PhotoDraft
from qa_desktop.gui.photo_strip import VISIT, PhotoStrip, StripPhoto
from qa_desktop.gui.tasks import Task

COIL, ITEM = "coil:", "item:"  # target keys: a coil line by its number, a checklist item by key


class VisitPhotos(QObject):
    changed = Signal()
    failed = Signal(str)  # a photo could not be stored: the sentence

    def __init__(self, area: QWidget, template: ChecklistTemplate, actor: Actor) -> None:
        super().__init__(area)
        self.template, self.actor = template, actor
        self.strip = PhotoStrip(area)
        area.layout().addWidget(self.strip)
        self._stored: set[str] = set()
        self._task: Task | None = None
        self.strip.changed.connect(self._strip_changed)

    # ----- between the strip and the visit ----------------------------------------------------
    def drafts(self) -> list[PhotoDraft]:
        return [_draft(photo) for photo in self.strip.photos()]

    def show(self, drafts: list[PhotoDraft]) -> None:
        known = _stored_media({d.sha256 for d in drafts} | {d.annotated_sha256 for d in drafts})
        self._stored |= set(known)
        photos = [_photo(d, known) for d in drafts if d.sha256 in known]
        self.strip.blockSignals(True)
        try:
            self.strip.set_photos(photos)
        finally:
            self.strip.blockSignals(False)

    def set_coils(self, coil_nos: list[str]) -> None:
        lang = current_language()
        targets = [(COIL + no, no) for no in coil_nos if no]
        targets += [(ITEM + item.key, item.label(lang)) for item in self.template.items]
        self.strip.set_targets(targets)

    def set_read_only(self, read_only: bool) -> None:
        self.strip.setEnabled(not read_only)

    def wait(self) -> None:
        """Before a save: photos taken in are stored first (the save names them)."""
        if self._task is not None:
            self._task.wait()

    def is_busy(self) -> bool:
        return self.strip.is_busy() or self._task is not None

    # ----- storing photos as they come ---------------------------------------------------------
    def _strip_changed(self) -> None:
        self._store_new()
        self.changed.emit()

    def _store_new(self) -> None:
        if self._task is not None:
            return
        new = [m for m in self._media() if m.data and m.sha256 not in self._stored]
        if not new:
            return
        actor = self.actor

        def work(progress, cancelled):
            return visit_record.store_photos(new, actor)

        self._task = Task(work, self)
        self._task.succeeded.connect(lambda keys: self._stored.update(keys))
        self._task.failed.connect(self.failed.emit)
        self._task.finished.connect(self._stored_done)
        self._task.start()

    def _stored_done(self) -> None:
        self._task = None
        self._store_new()  # what came while this batch was written

    def _media(self) -> list[PreparedMedia]:
        found = []
        for photo in self.strip.photos():
            found.append(photo.media)
            if photo.annotated is not None:
                found.append(photo.annotated)
        return found


def _draft(photo: StripPhoto) -> PhotoDraft:
    target = photo.target or VISIT
    return PhotoDraft(
        sha256=photo.media.sha256,
        filename=photo.filename,
        caption=photo.caption,
        coil_no=target[len(COIL) :] if target.startswith(COIL) else "",
        item_key=target[len(ITEM) :] if target.startswith(ITEM) else "",
        annotated_sha256=photo.annotated.sha256 if photo.annotated is not None else "",
        marks=marks_to_json(photo.marks) if photo.annotated is not None and photo.marks else "",
    )


def _photo(draft: PhotoDraft, known: dict[str, PreparedMedia]) -> StripPhoto:
    if draft.coil_no:
        target = COIL + draft.coil_no
    elif draft.item_key:
        target = ITEM + draft.item_key
    else:
        target = VISIT
    annotated = known.get(draft.annotated_sha256) if draft.annotated_sha256 else None
    marks = marks_from_json(draft.marks) if draft.marks and annotated is not None else []
    return StripPhoto(known[draft.sha256], draft.filename, draft.caption, target, annotated, marks)


def _stored_media(keys: set[str]) -> dict[str, PreparedMedia]:
    """The stored files, as the strip lists them: everything but the original's bytes."""
    rows = Media.select(
        Media.sha256, Media.kind, Media.mime, Media.width, Media.height, Media.thumbnail,
        Media.print_copy,
    ).where(Media.sha256.in_([k for k in keys if k]))  # fmt: skip
    return {
        row.sha256: PreparedMedia(
            filename=row.sha256[:12],
            data=b"",
            sha256=row.sha256,
            kind=row.kind,
            mime=row.mime,
            width=row.width,
            height=row.height,
            thumbnail=bytes(row.thumbnail) if row.thumbnail is not None else None,
            print_copy=bytes(row.print_copy) if row.print_copy is not None else None,
        )
        for row in rows
    }
