"""The photo viewer's canvas: the photo zoomed and panned, and the marks drawn over it live.

Marks are kept as core.annotations marks, in fractions of the photo, and drawn with the core's
geometry for the photo's size on screen, so zooming, panning or resizing the window never moves
them and they look as they will in the annotated copy. Drawing works with a mouse, a pen or a
finger: Qt turns pen and touch into mouse events; two fingers pinch to zoom.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QPinchGesture, QSizePolicy, QWidget

from qa_desktop.core.annotations import (
    Arrow,
    Circle,
    Label,
    Mark,
    check_count,
)
from qa_desktop.core.errors import UserError
from qa_desktop.gui.photo_marks import paint_marks

ZOOM_STEP = 1.25
MAX_ZOOM = 8.0  # eight screen pixels per pixel of the print copy
MIN_DRAG_PX = 8  # shorter drags are taps, not arrows or circles
BACKGROUND = QColor(48, 48, 48)  # neutral and dark: the photo's own colours stand out


class Tool(Enum):
    ARROW = "arrow"
    CIRCLE = "circle"
    TEXT = "text"


class PhotoCanvas(QWidget):
    zoom_changed = Signal(float)  # logical pixels per photo pixel
    marks_changed = Signal()
    refused = Signal(str)  # a mark that could not be made, in one sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._scale = 1.0
        self._fit = True
        self._offset = QPointF()  # the photo's top left corner on the canvas
        self._marks: list[Mark] = []
        self._history: list[list[Mark]] = []
        self._marks_visible = True
        self._marking = False
        self._tool = Tool.ARROW
        self._label_text = ""
        self._press: QPointF | None = None  # where a drag began (canvas coordinates)
        self._panning = False
        self._pan_offset = QPointF()
        self._preview: Mark | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAutoFillBackground(False)
        # Touch events for the pinch; a single finger's events go unaccepted, and Qt turns
        # them into mouse events, as it does a pen's.
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._set_cursor()

    # ----- the photo and its marks --------------------------------------------------------------
    def set_photo(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self.fit()

    def photo_size(self) -> QSize:
        return self._pixmap.size()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = list(marks)
        self._history.clear()
        self.update()

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> None:
        if self._history:
            self._marks = self._history.pop()
            self.marks_changed.emit()
            self.update()

    def clear_marks(self) -> None:
        if self._marks:
            self._change([])

    def set_marks_visible(self, visible: bool) -> None:
        self._marks_visible = visible
        self.update()

    def set_marking(self, marking: bool) -> None:
        self._marking = marking
        self._preview = None
        self._set_cursor()

    def set_tool(self, tool: Tool) -> None:
        self._tool = tool

    def set_label_text(self, text: str) -> None:
        self._label_text = text

    # ----- zoom ------------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self._scale

    def fit_scale(self) -> float:
        if self._pixmap.isNull():
            return 1.0
        return min(self.width() / self._pixmap.width(), self.height() / self._pixmap.height())

    def fit(self) -> None:
        self._fit = True
        self._place(self.fit_scale(), None)

    def actual_size(self) -> None:
        """One pixel of the print copy on one pixel of the screen (at 125 % scaling, that is
        0.8 of a logical pixel)."""
        self.set_zoom(1.0 / self.devicePixelRatioF())

    def zoom_percent(self) -> int:
        """The zoom as a person reads it: photo pixels to screen pixels."""
        return round(self._scale * self.devicePixelRatioF() * 100)

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        self.set_zoom(self._scale * factor, around)

    def set_zoom(self, scale: float, around: QPointF | None = None) -> None:
        """Zoom keeping the photo's point under `around` (the centre by default) in place."""
        self._fit = False
        low = min(self.fit_scale(), 1.0 / self.devicePixelRatioF())
        self._place(min(max(scale, low), MAX_ZOOM), around)

    def image_rect(self) -> QRectF:
        """Where the photo lies on the canvas."""
        return QRectF(
            self._offset,
            QSize(self._pixmap.width(), self._pixmap.height()).toSizeF() * self._scale,
        )

    def to_photo(self, point: QPointF) -> tuple[float, float]:
        """A canvas point as fractions of the photo, kept on the photo."""
        rect = self.image_rect()
        if rect.isEmpty():
            return 0.0, 0.0
        x = (point.x() - rect.x()) / rect.width()
        y = (point.y() - rect.y()) / rect.height()
        return min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)

    def from_photo(self, x: float, y: float) -> QPointF:
        rect = self.image_rect()
        return QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())

    def _place(self, scale: float, around: QPointF | None) -> None:
        centre = QPointF(self.width() / 2, self.height() / 2)
        anchor = around if around is not None else centre
        photo_point = (anchor - self._offset) / self._scale if self._scale else QPointF()
        self._scale = scale
        self._offset = anchor - photo_point * scale
        self._keep_in_view()
        self.update()
        self.zoom_changed.emit(self._scale)

    def _keep_in_view(self) -> None:
        """A photo smaller than the canvas is centred; a larger one leaves no empty edge."""
        size = self.image_rect().size()
        x, y = self._offset.x(), self._offset.y()
        if size.width() <= self.width():
            x = (self.width() - size.width()) / 2
        else:
            x = min(max(x, self.width() - size.width()), 0.0)
        if size.height() <= self.height():
            y = (self.height() - size.height()) / 2
        else:
            y = min(max(y, self.height() - size.height()), 0.0)
        self._offset = QPointF(x, y)

    # ----- events ----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._fit:
            self._place(self.fit_scale(), None)
            return
        old = event.oldSize()
        if old.isValid():  # the photo's point at the old centre stays at the centre
            shift = QPointF(
                event.size().width() - old.width(), event.size().height() - old.height()
            )
            self._offset += shift / 2
        self._place(max(self._scale, min(self.fit_scale(), 1.0)), None)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_1:
            self.actual_size()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self._press = self._preview = None  # two fingers zoom; they draw nothing
                centre = self.mapFromGlobal(pinch.centerPoint().toPoint()).toPointF()
                self.zoom_by(pinch.scaleFactor(), centre)
                event.accept()
                return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        self._panning = not (self._drawing() and event.button() == Qt.MouseButton.LeftButton)
        self._pan_offset = QPointF(self._offset)
        if self._panning:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        if self._panning:
            self._offset = self._pan_offset + (event.position() - self._press)
            self._keep_in_view()
        else:
            self._preview = self._shape(self._press, event.position())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        self._preview = None
        if press is not None and not self._panning:
            self._finish_mark(press, event.position())
        self._panning = False
        self._set_cursor()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._pixmap.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = self.image_rect()
        shown = target.intersected(QRectF(self.rect()))
        source = QRectF(
            (shown.x() - target.x()) / self._scale,
            (shown.y() - target.y()) / self._scale,
            shown.width() / self._scale,
            shown.height() / self._scale,
        )
        painter.drawPixmap(shown, self._pixmap, source)  # only what is on screen is scaled
        if self._marks_visible:
            marks = self._marks + ([self._preview] if self._preview else [])
            paint_marks(painter, marks, target)
        painter.end()

    # ----- making marks ------------------------------------------------------------------------------
    def _drawing(self) -> bool:
        return self._marking and self._marks_visible and not self._pixmap.isNull()

    def _shape(self, start: QPointF, end: QPointF) -> Mark | None:
        x1, y1 = self.to_photo(start)
        x2, y2 = self.to_photo(end)
        if self._tool == Tool.ARROW:
            return Arrow(x1, y1, x2, y2)
        if self._tool == Tool.CIRCLE:
            return Circle(x1, y1, x2, y2)
        return None

    def _finish_mark(self, start: QPointF, end: QPointF) -> None:
        if self._tool == Tool.TEXT:
            x, y = self.to_photo(end)
            try:
                self._change([*self._marks, Label(x, y, self._label_text)])
            except UserError as exc:
                self.refused.emit(str(exc))
            return
        moved = end - start
        if max(abs(moved.x()), abs(moved.y())) < MIN_DRAG_PX:
            return
        mark = self._shape(start, end)
        if mark is not None:
            self._change([*self._marks, mark])

    def _change(self, marks: list[Mark]) -> None:
        try:
            check_count(marks)
        except UserError as exc:
            self.refused.emit(str(exc))
            return
        self._history.append(self._marks)
        self._marks = marks
        self.marks_changed.emit()
        self.update()

    def _set_cursor(self) -> None:
        shape = Qt.CursorShape.CrossCursor if self._drawing() else Qt.CursorShape.OpenHandCursor
        self.setCursor(shape)
