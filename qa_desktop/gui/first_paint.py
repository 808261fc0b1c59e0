"""Run something once the application's first window has been painted.

A zero timer set after show() fires before the window is painted (Qt paints on a later turn of
the event loop: measured), so a cold-start mark taken there leaves out the paint, and with it the
rows the register reads to paint its first screen. This waits for the first paint event, then
for the end of that paint pass (a zero timer set from inside it), every widget of the window
drawn by then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


class _FirstPaint(QObject):
    def __init__(self, app: QCoreApplication, callback: Callable[[], None]) -> None:
        super().__init__(app)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after the whole paint pass
            self.deleteLater()
        return False


def after_first_paint(app: QCoreApplication, callback: Callable[[], None]) -> None:
    """Call `callback` once, after the next paint of any widget (the first window's, at start)."""
    app.installEventFilter(_FirstPaint(app, callback))
