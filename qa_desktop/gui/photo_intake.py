"""Site-visit photos coming in: chosen files, or whole folders (a camera card's DCIM), prepared by
core.media in a background Task with a progress dialog and Cancel.

A batch lands whole or not at all: the photos join the strip only when every file has been
read, so nobody sees half a batch, and Cancel adds none. What was left out is said once, in one
summary message, a sentence per file (its name and why): files media refuses (broken,
truncated, a program, the bomb limit), files that are no photo, and photos already on the strip
or twice in the batch (the same bytes, whatever their names).

A folder is searched through, subfolders too, for JPEG and PNG files by their names, sorted as a
person reads them (IMG_2 before IMG_10); hidden and system files and folders are passed over
(a Mac's ._IMG_0001.JPG, Windows' System Volume Information), and so are the videos and other
files a camera card holds, which are counted in the summary. A batch holds at most MAX_BATCH
photos: each is held in memory until the visit is saved (a phone photo is 3-8 MB).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from qa_desktop.core.i18n import current_language
from qa_desktop.core.media import IMAGE_SUFFIXES, IntakeResult, PreparedMedia, prepare_files
from qa_desktop.gui.tasks import Task

MAX_BATCH = 100
PROGRESS_AFTER_MS = 300  # a batch of two photos needs no progress dialog flashing up
HIDDEN_ATTRIBUTES = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2) | getattr(
    stat, "FILE_ATTRIBUTE_SYSTEM", 4
)
SYSTEM_FOLDERS = frozenset({"$recycle.bin", "system volume information", "__macosx"})
_DIGITS = re.compile(r"(\d+)")


@dataclass
class Collected:
    """The files a choice or a drop stands for, and what the folders held besides photos."""

    files: list[Path] = field(default_factory=list)
    other_files: int = 0  # in folders: videos, camera sidecar files, documents
    unreadable: list[Path] = field(default_factory=list)  # folders that could not be listed


def collect(paths: Iterable[Path]) -> Collected:
    """Files as given; folders searched through for photos. No file is read here."""
    found = Collected()
    for path in paths:
        if path.is_dir():
            _collect_folder(path, found)
        elif path.is_file():
            found.files.append(path)
    found.files = list(dict.fromkeys(found.files))  # a file chosen and in a folder: once
    return found


def _collect_folder(folder: Path, found: Collected) -> None:
    photos: list[Path] = []
    for root, folders, files in os.walk(folder, onerror=lambda e: _unreadable(e, found)):
        here = Path(root)
        folders[:] = [name for name in folders if not _hidden(here / name)]
        for name in files:
            path = here / name
            if _hidden(path):
                continue
            if path.suffix.lower() in IMAGE_SUFFIXES:
                photos.append(path)
            else:
                found.other_files += 1
    found.files.extend(sorted(photos, key=lambda p: _reading_order(p.relative_to(folder))))


def _unreadable(error: OSError, found: Collected) -> None:
    if error.filename:
        found.unreadable.append(Path(error.filename))


def _hidden(path: Path) -> bool:
    """A dot file (Mac and Linux), a file Windows marks hidden or system, a system folder."""
    if path.name.startswith(".") or path.name.casefold() in SYSTEM_FOLDERS:
        return True
    try:
        attributes = getattr(path.lstat(), "st_file_attributes", 0)  # Windows only
    except OSError:
        return True  # gone or unreadable: nothing to take
    return bool(attributes & HIDDEN_ATTRIBUTES)


def _reading_order(path: Path) -> list[tuple[int, int | str]]:
    """Folder by folder, numbers by their value: IMG_2.JPG before IMG_10.JPG."""
    key: list[tuple[int, int | str]] = []
    for part in path.parts:
        for piece in _DIGITS.split(part.casefold()):
            if piece:
                key.append((0, int(piece)) if piece.isdigit() else (1, piece))
        key.append((2, ""))  # the end of a folder's name sorts before anything in it
    return key


class PhotoIntake(QObject):
    """Runs one batch at a time for a strip; `photos_ready` gives the photos to add."""

    photos_ready = Signal(list)  # list[PreparedMedia], in the batch's order; never empty
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget, known: Callable[[], dict[str, str]]) -> None:
        """`known()`: sha256 -> file name of the photos already on the strip."""
        super().__init__(parent)
        self._parent = parent
        self._known = known
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._notes: list[str] = []
        self.last_summary = ""  # what the last batch said (tests read it)
        self.summary_box: QMessageBox | None = None

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    def start(self, paths: Iterable[Path]) -> bool:
        """Search the folders and prepare the photos in the background; False if there was
        nothing to prepare (what was wrong is said)."""
        if self.is_busy():
            return False
        found = collect(paths)
        self._notes = self._folder_notes(found)
        if len(found.files) > MAX_BATCH:
            text = self.tr("That is %1 files: add at most %2 photos at a time, this visit's.")
            self._say([text.replace("%1", str(len(found.files))).replace("%2", str(MAX_BATCH))])
            return False
        if not found.files:
            self._say(self._notes or [self.tr("There is no photo there to add.")])
            return False
        self._run(found.files)
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def stop(self) -> None:
        """Stop a running batch and wait for it (the screen is closing)."""
        if self.is_busy():
            self._task.cancel()
            self._task.wait()

    # ----- the batch -------------------------------------------------------------------------------
    def _run(self, files: list[Path]) -> None:
        lang = current_language()

        def work(progress, cancelled) -> IntakeResult:
            return prepare_files(files, progress, cancelled, lang)

        task = Task(work, self)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._prepared)
        task.failed.connect(lambda text: self._say([*self._notes, text]))
        task.cancelled.connect(
            lambda: self._say([self.tr("Adding photos was stopped; none of them was added.")])
        )
        task.finished.connect(self._ended)
        self._task = task
        self._progress = self._progress_dialog(len(files))
        self.busy_changed.emit(True)
        task.start()

    def _progress_dialog(self, total: int) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Preparing photos…"), self.tr("Cancel"), 0, total, self._parent
        )
        dialog.setWindowTitle(self.tr("Adding photos"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            text = self.tr("Preparing photo %1 of %2…")
            self._progress.setLabelText(
                text.replace("%1", str(min(done + 1, total))).replace("%2", str(total))
            )
            self._progress.setValue(done)

    def _prepared(self, result: IntakeResult) -> None:
        notes = [*self._notes, *result.refused]
        known = dict(self._known())
        photos: list[PreparedMedia] = []
        for item in result.prepared:
            if item.kind != "image":
                text = self.tr("%1 is not a photo (JPEG or PNG); only photos are taken here.")
                notes.append(text.replace("%1", item.filename))
            elif item.sha256 in known:
                text = self.tr("%1 is the same photo as %2; it was not added again.")
                notes.append(text.replace("%1", item.filename).replace("%2", known[item.sha256]))
            else:
                known[item.sha256] = item.filename
                photos.append(item)
        self._close_progress()
        if photos:
            self.photos_ready.emit(photos)
        self._say(notes)

    def _ended(self) -> None:
        self._close_progress()
        self.busy_changed.emit(False)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    # ----- what is said ------------------------------------------------------------------------------
    def _folder_notes(self, found: Collected) -> list[str]:
        notes = []
        if found.other_files == 1:
            notes.append(
                self.tr(
                    "1 other file in the folder (a video, a document) was passed over: only "
                    "JPEG and PNG photos are taken."
                )
            )
        elif found.other_files:
            text = self.tr(
                "%n other files in the folder (videos, documents) were passed over: only "
                "JPEG and PNG photos are taken.",
                "",
                found.other_files,
            )
            notes.append(text)
        for folder in found.unreadable:
            notes.append(self.tr("The folder %1 could not be read.").replace("%1", str(folder)))
        return notes

    def _say(self, notes: list[str]) -> None:
        """One message for the whole batch, or none when everything was taken."""
        self.last_summary = "\n".join(notes)
        if not notes:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Adding photos"),
            self.tr("Some files were not added:") if len(notes) > 1 else notes[0],
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        if len(notes) > 1:
            box.setInformativeText("\n".join(f"• {note}" for note in notes))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()  # not exec(): the window keeps running (and tests with it)
        self.summary_box = box
