"""D2's photos, NOK and OK, chosen from the case's own: the complaint's pictures and the site
visits' photos (the marked copy where the defect was marked), which flow in from the case facts.
Each is a thumbnail with a tick (chosen for this list) and its caption under it, which can be
changed (double-click). Only thumbnails are read: an original may be 12 MP."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from qa_desktop.core.eightd.facts import CaseFacts
from qa_desktop.core.eightd.fields import FieldSpec, Kind
from qa_desktop.core.models import Media
from qa_desktop.gui.eightd_fields import FieldEditor
from qa_desktop.gui.photo_cells import thumbnail_icon

ICON = QSize(96, 96)
CELL = QSize(132, 136)
SHA_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PhotoChoice:
    sha256: str  # the media printed (a marked copy where there is one)
    thumbnail: bytes | None
    caption: str  # what the photo says where it was taken in
    origin: str  # "Site visit 1 · IMG_0042.JPG", "Complaint · scratch.jpg"


def case_photos(
    facts: CaseFacts, also: set[str] | frozenset[str] = frozenset()
) -> list[PhotoChoice]:
    """The case's photos in order (attachments, then each visit's), and the photos in `also`
    (what the 8D names) that are no longer among them, last."""
    complaint = QCoreApplication.translate("EightDPhotos", "Complaint")
    found: list[tuple[str, str, str]] = []
    for photo in facts.attachments:
        found.append((photo.sha256, photo.caption, f"{complaint} · {photo.filename}"))
    for visit in facts.visits:
        where = QCoreApplication.translate("EightDPhotos", "Site visit %1")
        where = where.replace("%1", str(visit.number))
        for photo in visit.photos:
            found.append((photo.sha256, photo.caption, f"{where} · {photo.filename}"))
    known = {sha for sha, _c, _o in found}
    gone = QCoreApplication.translate("EightDPhotos", "Not among the case's photos now")
    found += [(sha, "", gone) for sha in sorted(also - known)]
    shas = list(dict.fromkeys(sha for sha, _c, _o in found))
    thumbs = dict(
        Media.select(Media.sha256, Media.thumbnail).where(Media.sha256.in_(shas)).tuples()
    )
    seen: set[str] = set()
    choices = []
    for sha, caption, origin in found:
        if sha in seen:
            continue
        seen.add(sha)
        thumb = thumbs.get(sha)
        choices.append(PhotoChoice(sha, bytes(thumb) if thumb else None, caption, origin))
    return choices


class PhotosField(FieldEditor):
    """A strip of the case's photos; the ticked ones, with their captions, are the value."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.photo_key = next(c.key for c in spec.columns if c.kind is Kind.PHOTO)
        self.caption_key = next((c.key for c in spec.columns if c.kind is Kind.LINE), "")
        self.strip = QListWidget(self)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setIconSize(ICON)
        self.strip.setGridSize(CELL)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setWordWrap(True)
        self.strip.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.strip.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        bar = self.strip.horizontalScrollBar().sizeHint().height()
        self.strip.setFixedHeight(CELL.height() + bar + 2 * self.strip.frameWidth() + 4)
        self.strip.itemChanged.connect(lambda _item: self.edited.emit())
        self.layout_.addWidget(self.strip)
        self._read_only = False
        self._choices: list[PhotoChoice] = []

    def set_photos(self, choices: list[PhotoChoice]) -> None:
        """The photos to choose from (what is ticked and captioned stays)."""
        kept = {row[self.photo_key]: row.get(self.caption_key, "") for row in self.value()}
        self._choices = choices
        self._show(kept)

    def _show(self, ticked: dict[str, str]) -> None:
        with QSignalBlocker(self.strip):
            self.strip.clear()
            for choice in self._choices:
                chosen = choice.sha256 in ticked
                item = QListWidgetItem(thumbnail_icon(choice.thumbnail), "")
                item.setText(ticked[choice.sha256] if chosen else choice.caption)
                item.setData(SHA_ROLE, choice.sha256)
                item.setToolTip(choice.origin)
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                self.strip.addItem(item)
        self._apply_read_only()
        if not self._choices:
            self.strip.setToolTip(self.tr("The case has no photos yet: attach them to the "
                                          "complaint or take them on a site visit."))  # fmt: skip

    def value(self) -> tuple[dict[str, str], ...]:
        rows = []
        for index in range(self.strip.count()):
            item = self.strip.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                row = {self.photo_key: item.data(SHA_ROLE)}
                if self.caption_key:
                    row[self.caption_key] = item.text()
                rows.append(row)
        return tuple(rows)

    def set_value(self, value: object) -> None:
        rows = value if isinstance(value, (list, tuple)) else ()
        self._show({row.get(self.photo_key, ""): row.get(self.caption_key, "") for row in rows})

    def tick(self, sha256: str, caption: str | None = None, ticked: bool = True) -> None:
        """Choose (or leave out) the photo `sha256`, as a click on its box does."""
        for index in range(self.strip.count()):
            item = self.strip.item(index)
            if item.data(SHA_ROLE) == sha256:
                if caption is not None:
                    item.setText(caption)
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        with QSignalBlocker(self.strip):
            for index in range(self.strip.count()):
                item = self.strip.item(index)
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                if self._read_only:
                    flags &= ~(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                item.setFlags(flags)

    def mark(self, row: int | None, column: str | None) -> None:
        self.strip.setStyleSheet("QListWidget { border: 2px solid #b3261e; }")

    def clear_marks(self) -> None:
        self.strip.setStyleSheet("")

    def focus_widget(self) -> QWidget:
        return self.strip
