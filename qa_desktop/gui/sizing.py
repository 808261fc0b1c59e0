"""Window sizes from the screen a window opens on: factory PCs often have 1366 × 768 screens,
at 100 % or 125 % scaling (1093 × 614 logical pixels), so a size that suits a large monitor
must shrink to what is available there."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 0.92  # of the available area: the window's frame and title bar need the rest


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or to what the screen has room for if that is less."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (a test platform without one): keep the request
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    window.resize(min(width, int(room.width() * SHARE)), min(height, int(room.height() * SHARE)))
