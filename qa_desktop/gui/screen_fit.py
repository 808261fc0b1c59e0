"""Windows that fit the screen they open on, and open again at the size the user left them.

The department's PCs and laptops are often 1366 × 768 at 100 % or 125 % scaling: with the
taskbar that leaves 1366 × 728 pixels, 1093 × 582 at 125 %. A window asks for its preferred
size (or the one it was closed at); it gets at most the screen's available geometry less the
title bar and borders, and is placed inside it. Dialogs scroll or split inside that size.

Sizes are kept per window in the user's settings (`window_sizes`), in logical pixels, with
whether the window was maximised; a size saved on a larger screen shrinks to this one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from qa_desktop.core.settings import UserSettings

SETTING = "window_sizes"
# A Windows title bar and borders in logical pixels (the same at every scaling), used before
# the window system has told us its real frame.
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)


def fit_to_screen(
    window: QWidget, preferred: QSize, user: UserSettings | None = None, key: str = ""
) -> None:
    """Size and place `window` on its screen; remember its size under `key` when it closes."""
    saved = _saved(user, key)
    size = QSize(saved["width"], saved["height"]) if saved else preferred
    screen = _screen_of(window).availableGeometry()
    frame = _frame(window)
    window.resize(size.boundedTo(screen.marginsRemoved(frame).size()))
    # move() places the frame: the title bar and borders go inside the screen too.
    outer = window.size().grownBy(frame)
    window.move(_inside(screen, outer, window.parentWidget()))
    if saved and saved.get("maximized"):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    if user is not None and key:
        window.installEventFilter(_Remember(window, user, key))


def _screen_of(window: QWidget) -> QScreen:
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen()
    return screen or QGuiApplication.primaryScreen()


def _frame(window: QWidget) -> QMargins:
    """The real frame once the window system has drawn one, else the allowance."""
    if not window.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
        return FRAME_ALLOWANCE  # no window yet (nor its QWindow type, which a start-up skips)
    handle = window.windowHandle()
    margins = handle.frameMargins() if handle is not None else QMargins()
    if margins.isNull():
        return FRAME_ALLOWANCE
    return QMargins(
        max(margins.left(), FRAME_ALLOWANCE.left()),
        max(margins.top(), FRAME_ALLOWANCE.top()),
        max(margins.right(), FRAME_ALLOWANCE.right()),
        max(margins.bottom(), FRAME_ALLOWANCE.bottom()),
    )


def _inside(room: QRect, size: QSize, parent: QWidget | None) -> QPoint:
    """Where a frame of `size` goes: centred over the parent (or the screen), then moved
    wholly into the room."""
    centre = parent.frameGeometry().center() if parent is not None else room.center()
    x = min(max(centre.x() - size.width() // 2, room.left()), room.right() + 1 - size.width())
    y = min(max(centre.y() - size.height() // 2, room.top()), room.bottom() + 1 - size.height())
    return QPoint(max(x, room.left()), max(y, room.top()))


def _saved(user: UserSettings | None, key: str) -> dict | None:
    if user is None or not key:
        return None
    entry = (user.get(SETTING) or {}).get(key)
    if not isinstance(entry, dict):
        return None
    try:
        width, height = int(entry["width"]), int(entry["height"])
    except (KeyError, TypeError, ValueError):
        return None  # a damaged entry: the preferred size, not a crash
    if width <= 0 or height <= 0:
        return None
    return {"width": width, "height": height, "maximized": bool(entry.get("maximized"))}


class _Remember(QObject):
    """Writes the window's size to the user's settings when it is hidden (closed, or a
    dialog's done())."""

    def __init__(self, window: QWidget, user: UserSettings, key: str) -> None:
        super().__init__(window)
        self._user = user
        self._key = key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            self._store(watched)
        return False

    def _store(self, window: QWidget) -> None:
        maximized = window.isMaximized()
        size = window.normalGeometry().size() if maximized else window.size()
        if size.isEmpty():
            return
        sizes = dict(self._user.get(SETTING) or {})
        entry = {"width": size.width(), "height": size.height(), "maximized": maximized}
        if sizes.get(self._key) != entry:
            sizes[self._key] = entry
            self._user.set(SETTING, sizes)


def fit_height(dialog: QWidget) -> None:
    """As tall as what the dialog shows now needs at its width (a row shown or hidden, a
    sentence said or gone): a fixed height cut wrapped sentences off at 125 %."""
    layout = dialog.layout()
    layout.activate()
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(dialog.width())
    else:
        height = layout.totalSizeHint().height()
    dialog.resize(dialog.width(), max(height, layout.totalMinimumSize().height()))
