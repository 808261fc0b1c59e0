"""Run something once a window has been painted.

A zero timer set after show() fires before the window is painted (Qt paints on a later turn of
the event loop: measured), so a cold-start mark taken there leaves out the paint, and with it the
rows the register reads to paint its first screen. This waits for the window's paint event, then
for the end of that paint pass (a zero timer set from inside it), every widget of the window
drawn by then. Watch the window itself where it exists: a filter on the whole application sees
every event of every widget, and Python pays for each new kind (gui/idle_lock.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    def __init__(
        self, watched: QObject, callback: Callable[[], None], at_latest_ms: int | None
    ) -> None:
        super().__init__(watched)
        self._watched = watched
        self._callback: Callable[[], None] | None = callback
        if at_latest_ms is not None:  # a window never painted (minimised, off screen)
            QTimer.singleShot(at_latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the whole paint pass
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._watched.removeEventFilter(self)
        callback()
        self.deleteLater()


def after_first_paint(
    watched: QObject, callback: Callable[[], None], at_latest_ms: int | None = None
) -> None:
    """Call `callback` once, after the next paint of the window `watched` (or, given the
    application, of any widget: the first window's, when it does not exist yet), or after
    `at_latest_ms` if that comes first."""
    watched.installEventFilter(_FirstPaint(watched, callback, at_latest_ms))
