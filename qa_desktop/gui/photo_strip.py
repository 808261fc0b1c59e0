"""The site visit's photos as a strip of thumbnails (ui/photo_strip.ui): add files or a folder,
drop them, caption each, attach each to a coil line or checklist item, view and mark one.

The strip works on photos in memory (`StripPhoto`); the visit screen gives it its photos and
the targets photos can be attached to, and reads them back when it saves. Intake runs in the
background (gui/photo_intake.py), which has made each photo's thumbnail already: the strip only
shows them, so fifty photos appear at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, QStandardPaths, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidgetItem,
    QWidget,
)

from qa_desktop.core.annotations import Mark
from qa_desktop.core.media import PreparedMedia
from qa_desktop.core.services.attachments import MAX_CAPTION
from qa_desktop.gui.forms.ui_photo_strip import Ui_PhotoStrip
from qa_desktop.gui.photo_cells import (
    CAPTIONED_ROLE,
    CELL,
    ICON_PX,
    MARKED_ROLE,
    TARGET_ROLE,
    PhotoCell,
    thumbnail_icon,
)
from qa_desktop.gui.photo_intake import PhotoIntake

VISIT = ""  # the target key of a photo of the visit as a whole


@dataclass
class StripPhoto:
    """One photo of the visit: the original as received, what the person wrote about it, and
    the annotated copy once they marked the defect (`marks` made it)."""

    media: PreparedMedia
    filename: str
    caption: str = ""
    target: str = VISIT  # a key the visit screen gave in set_targets(), "" for the visit
    annotated: PreparedMedia | None = None
    marks: list[Mark] = field(default_factory=list)

    @property
    def shown(self) -> PreparedMedia:
        """What lists and prints show: the annotated copy if there is one."""
        return self.annotated or self.media


class PhotoStrip(QWidget):
    """`photos()` as they will be saved; `changed` on every addition, removal and edit."""

    changed = Signal()
    busy_changed = Signal(bool)  # photos are being prepared (the screen holds its Save)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PhotoStrip()
        self.ui.setupUi(self)
        self._photos: list[StripPhoto] = []
        self._targets: list[tuple[str, str]] = []
        self._quiet = False
        self.intake = PhotoIntake(self, self._known)
        self.intake.photos_ready.connect(self._add_prepared)
        self.intake.busy_changed.connect(self._set_busy)
        self.viewer = None  # the open viewer, if any (gui.photo_viewer.PhotoViewer)
        self._setup()

    # ----- what the visit screen uses --------------------------------------------------------------
    def photos(self) -> list[StripPhoto]:
        return list(self._photos)

    def set_photos(self, photos: Sequence[StripPhoto]) -> None:
        self._photos = list(photos)
        self._drop_unknown_targets()
        self._show_photos()

    def set_targets(self, targets: Sequence[tuple[str, str]]) -> None:
        """What a photo can be attached to, as (key, label): coil lines, checklist items. A
        photo attached to a key no longer given is attached to the visit again."""
        self._targets = [(key, label) for key, label in targets if key != VISIT]
        combo = self.ui.target
        self._quiet = True
        try:
            combo.clear()
            combo.addItem(self.tr("The visit as a whole"), VISIT)
            for key, label in self._targets:
                combo.addItem(label, key)
        finally:
            self._quiet = False
        if self._drop_unknown_targets():
            self.changed.emit()
        self._show_photos()

    def add_paths(self, paths: Sequence[Path]) -> bool:
        """Files and folders to add, prepared in the background; False if none was started."""
        return bool(paths) and self.intake.start(paths)

    def is_busy(self) -> bool:
        return self.intake.is_busy()

    def stop(self) -> None:
        self.intake.stop()

    def ask_open_paths(self) -> list[Path]:
        """The files to add (tests replace this and ask_folder to avoid the modal dialog)."""
        filters = ";;".join(
            (
                self.tr("Photos") + " (*.jpg *.jpeg *.jpe *.jfif *.png)",
                self.tr("All files") + " (*)",
            )
        )
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), _pictures_folder(), filters
        )
        return [Path(name) for name in chosen]

    def ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Add every photo in a folder"), _pictures_folder()
        )
        return Path(chosen) if chosen else None

    def open_viewer(self, row: int):
        """The photo in the viewer (window-modal); its marks come back when it is saved."""
        from qa_desktop.gui.photo_viewer import PhotoViewer

        photo = self._photos[row]
        viewer = PhotoViewer(photo.media, photo.marks, photo.annotated, self)
        viewer.setWindowTitle(photo.caption or photo.filename)
        viewer.accepted.connect(lambda: self._marked(photo, viewer))
        viewer.finished.connect(lambda _result: setattr(self, "viewer", None))
        self.viewer = viewer
        viewer.open()
        return viewer

    def selected_rows(self) -> list[int]:
        return sorted(self.ui.photos.row(item) for item in self.ui.photos.selectedItems())

    # ----- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped(event.mimeData()) and not self.is_busy():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped(event.mimeData()) and not self.is_busy():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped(event.mimeData())
        if paths and not self.is_busy():
            event.acceptProposedAction()
            self.add_paths(paths)

    # ----- building ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        ui.photos.setIconSize(QSize(ICON_PX, ICON_PX))
        ui.photos.setItemDelegate(PhotoCell(ui.photos))
        ui.caption.setMaxLength(MAX_CAPTION)
        ui.add_files.clicked.connect(lambda: self.add_paths(self.ask_open_paths()))
        ui.add_folder.clicked.connect(self._add_folder)
        ui.remove_photos.clicked.connect(self._remove_selected)
        ui.photos.itemSelectionChanged.connect(self._selection_changed)
        ui.photos.itemActivated.connect(lambda item: self.open_viewer(ui.photos.row(item)))
        ui.caption.textEdited.connect(self._caption_edited)
        ui.target.currentIndexChanged.connect(self._target_chosen)
        self.set_targets([])

    def _show_photos(self) -> None:
        """Rebuild the items (after an addition, removal or a new annotated copy), keeping the
        selection and the scroll position."""
        view = self.ui.photos
        selected = set(self.selected_rows())
        scrolled = view.horizontalScrollBar().value()
        self._quiet = True
        try:
            view.clear()
            for row, photo in enumerate(self._photos):
                item = QListWidgetItem(thumbnail_icon(photo.shown.thumbnail, bool(photo.marks)), "")
                view.addItem(item)
                self._describe(item, photo)
                item.setSelected(row in selected)
        finally:
            self._quiet = False
        view.horizontalScrollBar().setValue(scrolled)
        self._selection_changed()

    def _describe(self, item: QListWidgetItem, photo: StripPhoto) -> None:
        """The caption under the thumbnail (the file's name, greyed, until there is one) and
        what the photo is attached to."""
        target = self._target_label(photo.target)
        item.setText(photo.caption or photo.filename)
        item.setData(TARGET_ROLE, target if photo.target else "")
        item.setSizeHint(CELL)
        item.setData(CAPTIONED_ROLE, bool(photo.caption))
        item.setData(MARKED_ROLE, bool(photo.marks))
        tip = [photo.filename, photo.caption, self.tr("Attached to: %1").replace("%1", target)]
        if photo.annotated is not None:
            tip.append(self.tr("Marked: its annotated copy is shown"))
        item.setToolTip("\n".join(line for line in tip if line))

    def _target_label(self, key: str) -> str:
        if key == VISIT:
            return self.tr("The visit as a whole")
        return next((label for k, label in self._targets if k == key), key)

    # ----- acting --------------------------------------------------------------------------------
    def _known(self) -> dict[str, str]:
        return {photo.media.sha256: photo.filename for photo in self._photos}

    def _add_prepared(self, prepared: list[PreparedMedia]) -> None:
        first = len(self._photos)
        self._photos += [StripPhoto(media, media.filename) for media in prepared]
        self._show_photos()
        view = self.ui.photos
        view.clearSelection()
        view.setCurrentRow(first)  # the first new photo, ready for its caption
        view.scrollToItem(view.item(first))
        self.changed.emit()

    def _add_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.add_paths([folder])

    def _remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        for row in reversed(rows):
            del self._photos[row]
        self._show_photos()
        self.changed.emit()

    def _selection_changed(self) -> None:
        if self._quiet:
            return
        rows = self.selected_rows()
        one = self._photos[rows[0]] if len(rows) == 1 else None
        ui = self.ui
        ui.remove_photos.setEnabled(bool(rows))
        for widget in (ui.caption, ui.target, ui.caption_label, ui.target_label):
            widget.setEnabled(one is not None)
        self._quiet = True
        try:
            ui.caption.setText(one.caption if one else "")
            index = ui.target.findData(one.target) if one else 0
            ui.target.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False

    def _current(self) -> tuple[int, StripPhoto] | None:
        rows = self.selected_rows()
        return (rows[0], self._photos[rows[0]]) if len(rows) == 1 else None

    def _caption_edited(self, text: str) -> None:
        current = self._current()
        if self._quiet or current is None:
            return
        row, photo = current
        photo.caption = text
        self._describe(self.ui.photos.item(row), photo)
        self.changed.emit()

    def _target_chosen(self, index: int) -> None:
        current = self._current()
        if self._quiet or current is None or index < 0:
            return
        row, photo = current
        photo.target = self.ui.target.itemData(index)
        self._describe(self.ui.photos.item(row), photo)
        self.changed.emit()

    def _drop_unknown_targets(self) -> bool:
        keys = {key for key, _label in self._targets}
        dropped = False
        for photo in self._photos:
            if photo.target != VISIT and photo.target not in keys:
                photo.target = VISIT
                dropped = True
        return dropped

    def _marked(self, photo: StripPhoto, viewer) -> None:
        marks, annotated = viewer.marks(), viewer.annotated()
        if marks == photo.marks and annotated is photo.annotated:
            return
        photo.marks, photo.annotated = marks, annotated
        if photo in self._photos:
            self._show_photos()
            self.changed.emit()

    def _set_busy(self, busy: bool) -> None:
        self.ui.add_files.setEnabled(not busy)
        self.ui.add_folder.setEnabled(not busy)
        self.setAcceptDrops(not busy)
        self.busy_changed.emit(busy)


def _dropped(mime: QMimeData) -> list[Path]:
    """The dropped files and folders on this PC (not web links)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file() or path.is_dir()]


def _pictures_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
