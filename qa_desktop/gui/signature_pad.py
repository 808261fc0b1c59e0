"""The customer's on-screen signature pad: mouse, pen (with its pressure) or touch.

Every point is normalised the moment it arrives (signature_strokes.normalise, by the pad's
longer side), so the pad holds the signed artefact itself and never pixels: resizing the pad
while or after signing scales the ink with one scale, it never clears or stretches it. One
stroke is one press to release; a point is (x, y, t_ms, pressure), its time from a
QElapsedTimer started at the signature's first point, its pressure the pen's (0.5 where the
device gives none: a mouse, most touch screens).

Qt turns an unaccepted pen or touch event into a mouse event; the pad accepts both, and ignores
mouse events made from them, so one movement never draws twice.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from qa_desktop.core.signature_render import INK, ink_runs
from qa_desktop.core.signature_strokes import Point, Stroke, check_signature, normalise

NO_PRESSURE = 0.5  # what a device that measures no pressure draws with
MINIMUM = QSize(480, 180)  # logical pixels: fits a 1366 × 768 laptop's dialog at 125 %
PREFERRED = QSize(640, 240)
BASELINE = 0.75  # of the height: where the signer's line runs
EDGE = 0.05  # of the width: the baseline's free ends
FIT_ROOM = 0.02  # normalised: left free beside ink shrunk to fit (the pen's width and more)
PAPER, RULE, HINT = QColor("#ffffff"), QColor("#9e9e9e"), QColor("#b8b8b8")
FOCUS = QColor("#3d6fb6")
INK_COLOUR = QColor(*INK)
MOUSE, PEN, TOUCH = "mouse", "pen", "touch"
SYNTHESISED_FROM = (QInputDevice.DeviceType.TouchScreen, QInputDevice.DeviceType.Stylus)


class Timer(Protocol):
    """What the pad needs of QElapsedTimer (a test gives one whose time it sets)."""

    def start(self) -> None: ...
    def elapsed(self) -> int: ...


class SignaturePad(QWidget):
    """Draw a signature; `strokes()` is it, normalised. `changed` is sent when a stroke starts
    or ends and when the pad is cleared or given strokes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, timer: Timer | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing: list[Point] | None = None  # the stroke the pen is drawing now
        self._device = ""  # which device draws it (MOUSE, PEN, TOUCH)
        self._touch_id = -1
        self._timer: Timer = timer or QElapsedTimer()
        self._timing = False  # the timer runs from the signature's first point
        self._time_offset = 0  # after set_strokes: new points continue the stored times
        self._extent = (0.0, 0.0)  # the ink's largest x and y, normalised
        self._read_only = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(MINIMUM)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))

    # ----- what callers use ------------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        """The signature so far, normalised (a stroke being drawn included)."""
        if self._drawing:
            return [*self._strokes, Stroke(tuple(self._drawing))]
        return list(self._strokes)

    def accepted_strokes(self) -> list[Stroke]:
        """The strokes, or the UserError of check_signature for a scribble too short."""
        strokes = self.strokes()
        check_signature(strokes)
        return strokes

    def is_empty(self) -> bool:
        return not self._strokes and not self._drawing

    def clear(self) -> None:
        self._strokes, self._drawing, self._device = [], None, ""
        self._timing, self._time_offset, self._extent = False, 0, (0.0, 0.0)
        self.update()
        self.changed.emit()

    def set_strokes(self, strokes: list[Stroke]) -> None:
        """Show these (normalised) strokes, e.g. a stored signature with set_read_only(True)."""
        self._strokes = [s for s in strokes if s.points]
        self._drawing, self._device, self._timing = None, "", False
        times = [p[2] for s in self._strokes for p in s.points]
        self._time_offset = max(times, default=0)
        self._extent = _extent(self._strokes)
        self.update()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self._finish()
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.update()

    def is_read_only(self) -> bool:
        return self._read_only

    def use_timer(self, timer: Timer) -> None:
        """Time the points with this timer from the next signature on (a test sets its time)."""
        self._timer, self._timing = timer, False

    def sizeHint(self) -> QSize:
        return PREFERRED

    def minimumSizeHint(self) -> QSize:
        return MINIMUM

    # ----- scale -----------------------------------------------------------------------------
    def scale(self) -> float:
        """Pixels per normalised unit: the longer side, unless ink drawn on a pad of another
        shape would then leave this one (a pad turned upright, made flatter): then the ink is
        shrunk until it fits with FIT_ROOM to spare. A point drawn here is clamped to the pad,
        so it never makes the ink leave it and the scale stays put while signing."""
        side = float(max(self.width(), self.height(), 1))
        for reach, room in zip(self._extent, (self.width(), self.height()), strict=True):
            if reach * side > room + 1:  # a pixel's grace: the grid rounds an edge point out
                side = room / (reach + FIT_ROOM)
        return side

    # ----- input -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._takes(event, MOUSE):
            event.ignore()
            return
        self._begin(MOUSE, event.position(), NO_PRESSURE)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._device == MOUSE and event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position(), NO_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._device == MOUSE and event.button() == Qt.MouseButton.LeftButton:
            self._add(event.position(), NO_PRESSURE)
            self._finish()

    def tabletEvent(self, event: QTabletEvent) -> None:
        if self._read_only:
            event.ignore()
            return
        event.accept()  # no mouse event made from it
        device = event.pointingDevice()
        measures = device is not None and bool(
            device.capabilities() & QInputDevice.Capability.Pressure
        )
        pressure = event.pressure() if measures else NO_PRESSURE
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._device in ("", PEN):
            self._begin(PEN, event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._device == PEN:
            self._add(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease and self._device == PEN:
            self._finish()  # the lifted pen reads 0: its last point is the last move's

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            if not self._read_only:
                self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger draws: the first to touch; others on the pad are ignored."""
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._finish()
            return
        device = event.pointingDevice()
        measures = device is not None and bool(
            device.capabilities() & QInputDevice.Capability.Pressure
        )
        for point in event.points():
            pressure = point.pressure() if measures else NO_PRESSURE
            if kind == QEvent.Type.TouchBegin and self._device in ("", TOUCH):
                self._touch_id = point.id()
                self._begin(TOUCH, point.position(), pressure)
                return
            if self._device == TOUCH and point.id() == self._touch_id:
                if point.state() == QEventPoint.State.Released:
                    self._finish()
                else:
                    self._add(point.position(), pressure)
        if kind == QEvent.Type.TouchEnd:
            self._finish()

    def _takes(self, event: QMouseEvent, device: str) -> bool:
        """A mouse press that is the mouse's: not read-only, no other device drawing, and not
        made by Qt from a pen or finger (those arrive, and draw, as themselves)."""
        made = event.device() is not None and event.device().type() in SYNTHESISED_FROM
        return not self._read_only and not made and self._device in ("", device)

    # ----- strokes ---------------------------------------------------------------------------
    def _begin(self, device: str, position: QPointF, pressure: float) -> None:
        self._finish()
        self._device, self._drawing = device, []
        self._add(position, pressure)
        self.changed.emit()

    def _add(self, position: QPointF, pressure: float) -> None:
        if self._drawing is None:
            return
        point = self._normalised(position, pressure)
        if self._drawing and self._drawing[-1][:2] == point[:2]:
            return  # the pen has not moved a grid step
        self._drawing.append(point)
        self._extent = (max(self._extent[0], point[0]), max(self._extent[1], point[1]))
        self.update()

    def _finish(self) -> None:
        if self._drawing is None:
            return
        if self._drawing:
            self._strokes.append(Stroke(tuple(self._drawing)))
        self._drawing, self._device, self._touch_id = None, "", -1
        self.update()
        self.changed.emit()

    def _normalised(self, position: QPointF, pressure: float) -> Point:
        """A point at once in the pad's units: clamped to the pad, divided by the scale."""
        x = min(max(position.x(), 0.0), float(self.width()))
        y = min(max(position.y(), 0.0), float(self.height()))
        side = self.scale()
        (nx, ny, _, np_), *_ = normalise([Stroke(((x, y, 0, pressure),))], side, side)[0].points
        return (nx, ny, self._now(), np_)

    def _now(self) -> int:
        if not self._timing:
            self._timer.start()
            self._timing = True
        return self._time_offset + int(self._timer.elapsed())

    # ----- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        self._paint_frame(painter)
        if self.is_empty() and not self._read_only:
            self._paint_hint(painter)
        self._paint_ink(painter)
        painter.end()

    def _paint_frame(self, painter: QPainter) -> None:
        focused = self.hasFocus() and not self._read_only
        painter.setPen(QPen(FOCUS if focused else RULE, 2 if focused else 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if self._read_only:
            return
        w, y = self.width(), self.height() * BASELINE
        painter.setPen(QPen(RULE, 1))
        painter.drawLine(QPointF(w * EDGE, y), QPointF(w * (1 - EDGE), y))
        mark = min(10.0, self.height() * 0.05)  # the "×" a signer puts the pen by
        left = w * EDGE
        painter.drawLine(QPointF(left, y - 4 - 2 * mark), QPointF(left + mark, y - 4 - mark))
        painter.drawLine(QPointF(left, y - 4 - mark), QPointF(left + mark, y - 4 - 2 * mark))

    def _paint_hint(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        painter.setPen(HINT)
        room = QRectF(0, 0, self.width(), self.height() * BASELINE - 6)
        painter.drawText(room, Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))

    def _paint_ink(self, painter: QPainter) -> None:
        side = self.scale()
        for run in ink_runs(self.strokes(), side, 0.0, 0.0, side):
            pen = QPen(INK_COLOUR, max(run.width, 1.0))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            points = [QPointF(x, y) for x, y in run.points]
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPolyline(points)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.update()
        super().focusOutEvent(event)


def _extent(strokes: list[Stroke]) -> tuple[float, float]:
    points = [p for s in strokes for p in s.points]
    return (max((p[0] for p in points), default=0.0), max((p[1] for p in points), default=0.0))
