"""Visit packs in the main window's File menu: open one (import, off the GUI thread, with
progress), export one, and the conflicts a return pack left for a choice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from qa_desktop import APP_NAME
from qa_desktop.core.clock import Clock
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.tasks import Task

if TYPE_CHECKING:
    from qa_desktop.core.exchange.pack_import import Imported
    from qa_desktop.gui.forms.ui_main_window import Ui_MainWindow


class PackMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        selected_case: Callable[[], str],
        refresh: Callable[[], None],
        *,
        actor: Actor,
        clock: Clock,
        user: UserSettings,
    ) -> None:
        super().__init__(window)
        self.window, self.selected_case, self.refresh = window, selected_case, refresh
        self.actor, self.clock, self.user = actor, clock, user
        self.task: Task | None = None
        self.open_action = QAction(window)
        self.export_action = QAction(window)
        self.conflicts_action = QAction(window)
        self.open_action.triggered.connect(lambda: self.open_pack())
        self.export_action.triggered.connect(self.export_pack)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        menu = ui.menu_file
        first = menu.insertSeparator(ui.action_quit)
        for action in (self.open_action, self.export_action, self.conflicts_action):
            menu.insertAction(first, action)
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' texts; the conflicts' count is the window's to ask (`count_conflicts`)."""
        self.open_action.setText(self.tr("Open &visit pack…"))
        self.export_action.setText(self.tr("E&xport visit pack…"))

    def count_conflicts(self) -> None:
        from qa_desktop.core.services.conflicts import open_count

        waiting = open_count()
        self.conflicts_action.setText(self.tr("Visit pack &conflicts (%n)…", "", waiting))
        self.conflicts_action.setEnabled(waiting > 0)

    # ----- import ---------------------------------------------------------------------------
    def open_pack(self, path: Path | None = None) -> None:
        if self.task is not None:
            return
        if path is None:
            from qa_desktop.core.exchange.pack_format import SUFFIX  # not at start-up

            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open a visit pack"), str(Path.home()),
                self.tr("Visit packs (*%1)").replace("%1", SUFFIX),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        self.task = import_in_task(self.window, path, self.actor, self.clock, self._imported)
        self.task.finished.connect(self._ended)

    def _imported(self, done: Imported) -> None:
        self.refresh()
        self.count_conflicts()
        QMessageBox.information(self.window, APP_NAME, self.summary(done))
        if done.conflicts:
            self.show_conflicts()

    def _ended(self) -> None:
        self.task = None

    def summary(self, done: Imported) -> str:
        """What an import did, in a sentence or two."""
        if done.already:
            return self.tr("This visit pack was imported before; nothing changed.")
        text = self.tr("Visit pack imported (%1): %2 new, %3 merged, %4 unchanged records.")
        text = (
            text.replace("%1", ", ".join(done.cases))
            .replace("%2", str(done.created))
            .replace("%3", str(done.merged))
            .replace("%4", str(done.unchanged))
        )
        if done.conflicts:
            waiting = self.tr(
                "%n field(s) changed at both ends wait for your choice.", "", done.conflicts
            )
            text += " " + waiting
        return text

    # ----- export and conflicts --------------------------------------------------------------
    def export_pack(self) -> None:
        from qa_desktop.gui.pack_export_dialog import PackExportDialog

        dialog = PackExportDialog(
            self.actor, self.window, case_no=self.selected_case(), clock=self.clock
        )
        if dialog.exec() and dialog.exported is not None:
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr("The visit pack was written to %1.").replace(
                    "%1", str(dialog.exported.path)
                ),
            )

    def show_conflicts(self) -> None:
        from qa_desktop.gui.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.actor, self.window, self.user, clock=self.clock).exec()
        self.count_conflicts()
        self.refresh()


def import_in_task(
    parent: QWidget,
    path: Path,
    actor: Actor | None,
    clock: Clock,
    on_done: Callable[[Imported], None],
) -> Task:
    """Import `path` in a Task with a progress dialog; a refusal is said in one sentence."""
    from qa_desktop.core.exchange.pack_import import import_pack

    def work(progress, cancelled):
        return import_pack(path, actor, clock, progress, cancelled)

    task = Task(work, parent)
    dialog = QProgressDialog(
        QCoreApplication.translate("PackMenu", "Importing %1…").replace("%1", path.name),
        QCoreApplication.translate("PackMenu", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(task.cancel)
    task.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    task.succeeded.connect(on_done)
    task.failed.connect(lambda message: QMessageBox.warning(parent, APP_NAME, message))
    task.finished.connect(dialog.close)
    task.start()
    return task
