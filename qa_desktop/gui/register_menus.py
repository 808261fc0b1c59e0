"""The register's right-click menus: on a row (the window's Open and Print, and Copy case
number), and on the header (show or hide each column).

Hidden columns are part of the header's state, which the main window already keeps per user
(`RegisterView.header_state()`), so a column hidden today is still hidden tomorrow.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget


def row_menu(parent: QWidget, actions: Sequence[QAction], copy: QAction) -> QMenu:
    """The window's actions on the selected complaint, then copying its number."""
    menu = _menu(parent)
    menu.addActions(list(actions))
    if actions:
        menu.addSeparator()
    menu.addAction(copy)
    return menu


def column_menu(header: QHeaderView, model: QAbstractItemModel) -> QMenu:
    """A tick per column, in the order shown; the last visible column cannot be hidden (a
    register without columns could not be right-clicked to bring them back)."""
    menu = _menu(header)
    shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        title = model.headerData(logical, Qt.Orientation.Horizontal)
        action = menu.addAction(str(title))
        action.setCheckable(True)
        action.setChecked(logical in shown)
        action.setEnabled(shown != [logical])
        action.toggled.connect(lambda on, n=logical: header.setSectionHidden(n, not on))
    return menu


def _menu(parent: QWidget) -> QMenu:
    """A menu made for one popup (a new one each right-click): gone once closed."""
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return menu
