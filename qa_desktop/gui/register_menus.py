"""The register's menus: right-click on a row (the window's Open and Print, and Copy case
number) and on the header (show or hide each column); and File → Export register / Export
tracking table, the workbooks of the complaints it shows.

Hidden columns are part of the header's state, which the main window already keeps per user
(`RegisterView.header_state()`), so a column hidden today is still hidden tomorrow.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from qa_desktop.core import i18n
from qa_desktop.core.files import remove_stale_parts

if TYPE_CHECKING:
    from qa_desktop.gui.main_window import MainWindow

REGISTER_WORKBOOK = "register"
TRACKING_WORKBOOK = "tracking"


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


def export_workbook(window: MainWindow, kind: str) -> None:
    """The register (客户投诉登记表) or the tracking table (客户投诉处理跟踪表) of the rows the
    register shows, counted as they are shown, written in a worker process: 100,000 rows keep
    an interpreter busy for seconds, and in a thread the window would wait for that
    interpreter on every keystroke and scroll."""
    from qa_desktop.core.reports import exports  # openpyxl and the rest: in the worker only

    translate = QCoreApplication.translate
    if kind == TRACKING_WORKBOOK:
        write = exports.export_tracking_file
        title = translate("MainWindow", "Export tracking table")
        name = translate("MainWindow", "complaint-tracking-table")
    else:
        write = exports.export_register_file
        title = translate("MainWindow", "Export register")
        name = translate("MainWindow", "complaint-register")
    assert window.register is not None
    query = window.register.current_query()
    out = window.ask_save_path(title, name + ".xlsx", "Excel (*.xlsx)")
    if out is None:
        return
    work = partial(write, window.db_path, query, out, i18n.current_language())
    message = translate("MainWindow", "Exporting to %1…").replace("%1", out.name)
    task = window.run_task(work, message, window._saved, in_process=True)
    if task is not None:  # a killed worker leaves its .part beside the target
        task.finished.connect(lambda: remove_stale_parts(out))
