"""A site-visit photo large (ui/photo_viewer.ui): zoom and pan, and marking the defect.

It shows the photo's print copy with its marks drawn live over it (gui/photo_canvas.py); "Show
original" takes the marks away to look at the photo as it was taken. Save turns the marks into
the annotated copy with core.annotations.annotate, from the original's every pixel, in a
background Task (a 12-megapixel photo takes about 0.3 s): `marks()` and `annotated()` are then
what the strip keeps. The original is never changed; unmarked, a photo has no annotated copy.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from qa_desktop.core.annotations import MAX_TEXT, Mark, annotate
from qa_desktop.core.i18n import current_language
from qa_desktop.core.media import PreparedMedia
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_photo_viewer import Ui_PhotoViewerForm
from qa_desktop.gui.photo_canvas import ZOOM_STEP, Tool
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.tasks import Task

PREFERRED = QSize(1200, 820)  # more than a laptop has: the screen bounds it
TOUCH_PX = 34  # buttons a fingertip can hit


class PhotoViewer(QDialog):
    """`open()` or `exec()`; once accepted, `marks()` and `annotated()` are the photo's."""

    def __init__(
        self,
        media: PreparedMedia,
        marks: list[Mark] | None = None,
        annotated: PreparedMedia | None = None,
        parent: QWidget | None = None,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PhotoViewerForm()
        self.ui.setupUi(self)
        self._media = media
        self._saved_marks = list(marks or [])
        self._annotated = annotated if self._saved_marks else None
        self._task: Task | None = None
        self._busy = False
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._setup()
        self.canvas.set_photo(_pixmap(media))
        self.canvas.set_marks(self._saved_marks)
        self._update_buttons()
        fit_to_screen(self, PREFERRED, user, "photo_viewer")

    @property
    def canvas(self):
        return self.ui.canvas

    @property
    def save_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    def marks(self) -> list[Mark]:
        return self.canvas.marks()

    def annotated(self) -> PreparedMedia | None:
        """The annotated copy of the marks saved (None when the photo has no marks)."""
        return self._annotated

    def is_modified(self) -> bool:
        return self.canvas.marks() != self._saved_marks

    def is_busy(self) -> bool:
        return self._busy

    # ----- building ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        for button in self.findChildren(QToolButton):
            button.setMinimumSize(TOUCH_PX, TOUCH_PX)
        ui.label_text.setMinimumHeight(TOUCH_PX)
        ui.label_text.setMaxLength(MAX_TEXT)
        ui.zoom_in.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        ui.zoom_out.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        ui.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        ui.zoom_in.clicked.connect(lambda: self.canvas.zoom_by(ZOOM_STEP))
        ui.zoom_out.clicked.connect(lambda: self.canvas.zoom_by(1 / ZOOM_STEP))
        ui.fit.clicked.connect(self.canvas.fit)
        ui.actual_size.clicked.connect(self.canvas.actual_size)
        ui.show_original.toggled.connect(self._show_original)
        ui.mark.toggled.connect(self._marking)
        for button, tool in (
            (ui.arrow_tool, Tool.ARROW),
            (ui.circle_tool, Tool.CIRCLE),
            (ui.text_tool, Tool.TEXT),
        ):
            button.toggled.connect(lambda on, tool=tool: on and self._choose(tool))
        ui.label_text.textChanged.connect(self.canvas.set_label_text)
        ui.undo.clicked.connect(self.canvas.undo)
        ui.clear_marks.clicked.connect(self.canvas.clear_marks)
        self.canvas.marks_changed.connect(self._marks_changed)
        self.canvas.zoom_changed.connect(self._zoomed)
        self.canvas.refused.connect(self._say)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        show_message(ui.message, "")
        self._zoomed(0.0)

    # ----- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        """Keep the marks: unchanged, or none, at once; else make the annotated copy first."""
        if self.is_busy():
            return
        marks = self.canvas.marks()
        if not self.is_modified() or not marks:
            self._annotated = self._annotated if marks else None
            self.accept()
            return
        data, name, lang = self._media.data, self._media.filename, current_language()
        sha256 = self._media.sha256

        def work(progress, cancelled) -> PreparedMedia:
            # A stored photo is listed without its original (a visit of 50 photos would hold
            # hundreds of MB); the original is read here, off the GUI thread, when it is marked.
            if not data:
                from qa_desktop.core.services.attachments import media_data

                return annotate(media_data(sha256), marks, name, lang)
            return annotate(data, marks, name, lang)

        task = Task(work, self)
        task.succeeded.connect(self._made)
        task.failed.connect(self._not_made)
        task.finished.connect(lambda: self._set_busy(False))
        self._task = task
        self._set_busy(True)
        self._say(self.tr("Making the marked copy of the photo…"))
        task.start()

    def _made(self, annotated: PreparedMedia) -> None:
        self._set_busy(False)  # before the dialog closes: the cursor is the window's again
        self._annotated = annotated
        self._saved_marks = self.canvas.marks()
        self._say("")
        self.accept()

    def _not_made(self, text: str) -> None:
        self._set_busy(False)
        self._say(text)

    def reject(self) -> None:
        if self.is_busy():
            return  # the copy is being made: under a second
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Close the photo and lose the marks you made?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
            return
        super().closeEvent(event)

    # ----- acting --------------------------------------------------------------------------------
    def _marking(self, on: bool) -> None:
        if on and self.ui.show_original.isChecked():
            self.ui.show_original.setChecked(False)  # marks are made where they are seen
        self.canvas.set_marking(on)
        self._update_buttons()

    def _choose(self, tool: Tool) -> None:
        self.canvas.set_tool(tool)
        if not self.ui.mark.isChecked():
            self.ui.mark.setChecked(True)
        self._update_buttons()
        if tool == Tool.TEXT:
            self.ui.label_text.setFocus()

    def _show_original(self, original: bool) -> None:
        self.canvas.set_marks_visible(not original)
        if original and self.ui.mark.isChecked():
            self.ui.mark.setChecked(False)
        self._update_buttons()

    def _marks_changed(self) -> None:
        self._say("")
        self._update_buttons()

    def _zoomed(self, _scale: float) -> None:
        self.ui.zoom_level.setText(f"{self.canvas.zoom_percent()} %")

    def _update_buttons(self) -> None:
        ui = self.ui
        busy = self.is_busy()
        marking = ui.mark.isChecked()
        ui.label_text.setEnabled(marking and ui.text_tool.isChecked() and not busy)
        ui.undo.setEnabled(self.canvas.can_undo() and not busy)
        ui.clear_marks.setEnabled(bool(self.canvas.marks()) and not busy)
        ui.mark.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        self.canvas.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        self._update_buttons()

    def _say(self, text: str) -> None:
        show_message(self.ui.message, text)


def _pixmap(media: PreparedMedia) -> QPixmap:
    """The print copy (1600 px, upright): sharp at full screen, light to zoom."""
    pixmap = QPixmap()
    for data in (media.print_copy, media.thumbnail):
        if data and pixmap.loadFromData(data):
            break
    return pixmap
