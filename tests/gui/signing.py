"""Signing on the pad in a test: a timer whose time the test sets, and a hand that draws with the
mouse, a pen (tablet events with pressure) or a finger (touch events), as Qt delivers them."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

LEFT = Qt.MouseButton.LeftButton


class SteppingTimer:
    """QElapsedTimer's part the pad uses; every reading is `step` ms later than the last."""

    def __init__(self, step: int = 25) -> None:
        self.step, self.now, self.starts = step, 0, 0

    def start(self) -> None:
        self.now, self.starts = -self.step, self.starts + 1

    def elapsed(self) -> int:
        self.now += self.step
        return self.now


def wave(widget: QWidget, points: int = 24, top: float = 0.3, bottom: float = 0.7) -> list[QPoint]:
    """A hand-written-looking wave across most of the widget, in its pixels."""
    w, h = widget.width(), widget.height()
    mid, amp = h * (top + bottom) / 2, h * (bottom - top) / 2
    return [
        QPoint(round(w * (0.1 + 0.8 * i / (points - 1))), round(mid + amp * math.sin(i / 2)))
        for i in range(points)
    ]


def drag(widget: QWidget, points: list[QPoint]) -> None:
    """Press at the first point, move through the rest, release at the last (the mouse)."""
    QTest.mousePress(widget, LEFT, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, LEFT, Qt.KeyboardModifier.NoModifier, points[-1])


def pen() -> QPointingDevice:
    return QPointingDevice(
        "test pen", 7, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 2,
    )  # fmt: skip


def pen_stroke(
    widget: QWidget, points: list[QPoint], pressures: list[float], device: QPointingDevice
) -> None:
    """Tablet press, moves and release with these pressures (the release reads 0)."""
    kinds = [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * (len(points) - 1)
    for kind, point, pressure in zip(kinds, points, pressures, strict=True):
        _tablet(widget, device, kind, QPointF(point), pressure, LEFT)
    _tablet(widget, device, QEvent.Type.TabletRelease, QPointF(points[-1]), 0.0, LEFT)


def _tablet(widget, device, kind, at: QPointF, pressure: float, button) -> None:  # type: ignore[no-untyped-def]
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else button
    event = QTabletEvent(
        kind, device, at, QPointF(widget.mapToGlobal(at)), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
        Qt.KeyboardModifier.NoModifier, button, held,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def touch_stroke(widget: QWidget, points: list[QPoint]) -> None:
    """One finger down at the first point, through the rest, lifted at the last."""
    device = QTest.createTouchDevice()
    QTest.touchEvent(widget, device).press(0, points[0], widget).commit()
    for point in points[1:]:
        QTest.touchEvent(widget, device).move(0, point, widget).commit()
    QTest.touchEvent(widget, device).release(0, points[-1], widget).commit()
