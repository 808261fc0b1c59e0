"""The complaint form's attachments (附件): the letter or e-mail, the customer's photos.

Files come by Add files… or by dropping them onto the section; core.media checks and prepares
them in a background task (large files take a while), with progress and a Stop button. Until the
form is saved nothing is written: new files are held in memory as `PreparedMedia`, removals and
caption edits as a list, and the form hands all of it (`changes()`) to the complaint's save, so
Cancel writes nothing and Save writes the complaint and its files in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeData, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFileIconProvider,
    QGroupBox,
    QHeaderView,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop import paths
from qa_desktop.core.i18n import current_language
from qa_desktop.core.media import IntakeResult, PreparedMedia, prepare_files
from qa_desktop.core.services.attachments import (
    AttachmentChanges,
    AttachmentInfo,
    NewAttachment,
    attachments_of,
    media_data,
)
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_attachments_panel import Ui_AttachmentsPanel
from qa_desktop.gui.tasks import Task

FILE_COLUMN, CAPTION_COLUMN, SIZE_COLUMN = range(3)
ROW_HEIGHT = 72  # a 64 px thumbnail and some air
UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*]')  # not allowed in Windows file names


@dataclass
class _Row:
    """One attachment in the list: stored (`attachment_id`) or new (`prepared`, in memory)."""

    filename: str
    caption: str
    sha256: str
    kind: str
    size: int
    thumbnail: bytes | None
    attachment_id: int | None = None
    prepared: PreparedMedia | None = None

    @classmethod
    def stored(cls, info: AttachmentInfo) -> _Row:
        return cls(info.filename, info.caption, info.sha256, info.kind, info.size,
                   info.thumbnail, attachment_id=info.id)  # fmt: skip

    @classmethod
    def new(cls, media: PreparedMedia) -> _Row:
        return cls(media.filename, "", media.sha256, media.kind, media.size, media.thumbnail,
                   prepared=media)  # fmt: skip


class AttachmentsPanel(QGroupBox):
    """The list of a complaint's attachments as it will be saved."""

    changed = Signal()  # the list or a caption changed
    busy_changed = Signal(bool)  # files are being prepared (the form holds its Save meanwhile)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttachmentsPanel()
        self.ui.setupUi(self)
        self._rows: list[_Row] = []
        self._removed: list[int] = []
        self._stored_captions: dict[int, str] = {}
        self._task: Task | None = None
        self._quiet = False
        self._read_only = False
        self._setup()

    # ----- what the form uses ------------------------------------------------------------------
    def load(self, complaint_id: int) -> None:
        infos = attachments_of(complaint_id)
        self._rows = [_Row.stored(info) for info in infos]
        self._stored_captions = {info.id: info.caption for info in infos}
        self._removed = []
        self._show_rows()

    def changes(self) -> AttachmentChanges:
        captions = {
            row.attachment_id: row.caption
            for row in self._rows
            if row.attachment_id is not None
            and row.caption != self._stored_captions.get(row.attachment_id)
        }
        added = [NewAttachment(row.prepared, row.caption) for row in self._rows if row.prepared]
        return AttachmentChanges(added=added, removed=list(self._removed), captions=captions)

    def is_modified(self) -> bool:
        return bool(self.changes())

    def set_read_only(self, read_only: bool) -> None:
        """The files listed and opened, none added, removed or captioned (the form is read only)."""
        self._read_only = read_only
        for widget in (self.ui.add_files, self.ui.remove_files, self.ui.drop_hint):
            widget.setVisible(not read_only)
        self.setAcceptDrops(not read_only)
        none = QAbstractItemView.EditTrigger.NoEditTriggers
        self.ui.files.setEditTriggers(none if read_only else self._edit_triggers)

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    def add_paths(self, paths: list[Path]) -> None:
        """Check and prepare files in the background; they join the list when ready."""
        if not paths or self.is_busy() or self._read_only:
            return
        lang = current_language()

        def work(progress, cancelled) -> IntakeResult:
            return prepare_files(paths, progress, cancelled, lang)

        task = Task(work, self)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._prepared)
        task.failed.connect(self._say)
        task.cancelled.connect(
            lambda: self._say(self.tr("Adding files was stopped; none of them was added."))
        )
        task.finished.connect(self._idle)
        self._task = task
        self.ui.intake_progress.setRange(0, len(paths))
        self.ui.intake_progress.setValue(0)
        self._set_busy(True)
        task.start()

    def stop(self) -> None:
        """Stop a running intake and wait for it (the form is closing)."""
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()

    def ask_open_paths(self) -> list[Path]:
        """The files to add; tests replace this to avoid the modal dialog."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        filters = ";;".join(
            (
                self.tr("Photos and documents")
                + " (*.jpg *.jpeg *.png *.pdf *.eml *.msg *.doc *.docx *.xls *.xlsx *.txt)",
                self.tr("All files") + " (*)",
            )
        )
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"), folder, filters)
        return [Path(name) for name in chosen]

    def open_row(self, row: int) -> Path | None:
        """Open a temporary copy with this PC's viewer; the copy, or None if none was written.

        The copy is not deleted when the form closes: the viewer may still be reading it."""
        item = self._rows[row]
        data = item.prepared.data if item.prepared else media_data(item.sha256)
        name = UNSAFE_IN_NAMES.sub("_", item.filename)
        path = paths.opened_dir() / item.sha256[:16] / name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as exc:
            text = self.tr("A copy of %1 could not be written to %2 (%3).")
            self._say(text.replace("%1", item.filename).replace("%2", str(path.parent))
                      .replace("%3", exc.strerror or str(exc)))  # fmt: skip
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            text = self.tr("No program on this PC opens %1; the copy is at %2")
            self._say(text.replace("%1", item.filename).replace("%2", str(path)))
        return path

    # ----- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # ----- building ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        header = ui.files.horizontalHeader()
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CAPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(FILE_COLUMN, 300)
        ui.files.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        ui.files.verticalHeader().hide()
        ui.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._edit_triggers = ui.files.editTriggers()  # the caption's, as the form sets them
        ui.intake_progress.hide()
        ui.cancel_intake.hide()
        show_message(ui.attachments_error, "")
        ui.add_files.clicked.connect(lambda: self.add_paths(self.ask_open_paths()))
        ui.open_file.clicked.connect(self._open_selected)
        ui.remove_files.clicked.connect(self._remove_selected)
        ui.cancel_intake.clicked.connect(lambda: self._task.cancel() if self._task else None)
        ui.files.itemChanged.connect(self._caption_edited)
        ui.files.itemDoubleClicked.connect(self._double_clicked)
        ui.files.itemSelectionChanged.connect(self._enable_buttons)
        self._enable_buttons()

    def _show_rows(self) -> None:
        table = self.ui.files
        self._quiet = True
        try:
            table.setRowCount(0)
            icons = QFileIconProvider()
            plain_file = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            for index, row in enumerate(self._rows):
                table.insertRow(index)
                name = QTableWidgetItem(_icon(row, icons, plain_file), row.filename)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                name.setToolTip(row.filename)
                size = QTableWidgetItem(_size_text(row.size))
                size.setFlags(size.flags() & ~Qt.ItemFlag.ItemIsEditable)
                size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(index, FILE_COLUMN, name)
                table.setItem(index, CAPTION_COLUMN, QTableWidgetItem(row.caption))
                table.setItem(index, SIZE_COLUMN, size)
        finally:
            self._quiet = False
        self._enable_buttons()

    # ----- acting --------------------------------------------------------------------------------
    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.ui.files.selectedIndexes()}
        if not rows and self.ui.files.currentRow() >= 0:
            rows.add(self.ui.files.currentRow())
        return sorted(rows)

    def _open_selected(self) -> None:
        for row in self._selected_rows():
            self.open_row(row)

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        if item.column() != CAPTION_COLUMN:  # the caption opens its editor instead
            self.open_row(item.row())

    def _remove_selected(self) -> None:
        for row in reversed(self._selected_rows()):
            removed = self._rows.pop(row)
            if removed.attachment_id is not None:
                self._removed.append(removed.attachment_id)
        self._show_rows()
        self.changed.emit()

    def _caption_edited(self, item: QTableWidgetItem) -> None:
        if self._quiet or item.column() != CAPTION_COLUMN:
            return
        self._rows[item.row()].caption = item.text()
        self.changed.emit()

    def _prepared(self, result: IntakeResult) -> None:
        """Files ready: into the list, except those attached already; say what was left out."""
        notes = list(result.refused)
        for media in result.prepared:
            same = next((row for row in self._rows if row.sha256 == media.sha256), None)
            if same is not None:
                text = self.tr("%1 is already attached (as %2); it was not added again.")
                notes.append(text.replace("%1", media.filename).replace("%2", same.filename))
                continue
            self._rows.append(_Row.new(media))
        self._show_rows()
        self.changed.emit()  # first: the form clears the section's old sentence on a change
        self._say("\n".join(notes))

    def _progressed(self, done: int, total: int) -> None:
        self.ui.intake_progress.setRange(0, max(total, 1))
        self.ui.intake_progress.setValue(done)

    def _idle(self) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.ui.intake_progress.setVisible(busy)
        self.ui.cancel_intake.setVisible(busy)
        self.ui.add_files.setEnabled(not busy)
        self.setAcceptDrops(not busy)
        self.busy_changed.emit(busy)

    def _enable_buttons(self) -> None:
        chosen = bool(self._selected_rows())
        self.ui.open_file.setEnabled(chosen)
        self.ui.remove_files.setEnabled(chosen)

    def _say(self, text: str) -> None:
        show_message(self.ui.attachments_error, text)


def _local_files(mime: QMimeData) -> list[Path]:
    """The dropped files (not folders, not web links)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def _icon(row: _Row, icons: QFileIconProvider, fallback: QIcon) -> QIcon:
    """The photo's thumbnail; else the system's icon for the file's kind, or a plain file."""
    if row.thumbnail:
        pixmap = QPixmap()
        if pixmap.loadFromData(row.thumbnail):
            return QIcon(pixmap)
    icon = icons.icon(QFileInfo(row.filename))
    return fallback if icon.isNull() else icon


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"
