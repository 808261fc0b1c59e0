"""The main window's way into a case's life: File → Case file… opens the selected complaint's case
window (one per complaint; asking again brings it forward), and the register is refreshed when a
case window saves something."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from qa_desktop import APP_NAME
from qa_desktop.core.clock import Clock
from qa_desktop.core.errors import UserError
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings

if TYPE_CHECKING:  # the case screens load on first use, not at start-up
    from qa_desktop.gui.case_window import CaseWindow
    from qa_desktop.gui.forms.ui_main_window import Ui_MainWindow


class CaseMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        selected: Callable[[], int | None],
        refresh: Callable[[int], None],
        *,
        actor: Actor,
        clock: Clock,
        user: UserSettings,
    ) -> None:
        super().__init__(window)
        self.window, self.selected, self.refresh = window, selected, refresh
        self.actor, self.clock, self.user = actor, clock, user
        self.windows: dict[int, CaseWindow] = {}
        ui.action_case.triggered.connect(lambda: self.open_case())

    def case_window(self, complaint_id: int) -> CaseWindow:
        from qa_desktop.gui.case_window import CaseWindow

        return CaseWindow(
            self.window, complaint_id, actor=self.actor, clock=self.clock, user=self.user
        )

    def open_case(self, complaint_id: int | None = None) -> CaseWindow | None:
        complaint_id = complaint_id if complaint_id is not None else self.selected()
        if complaint_id is None:
            QMessageBox.information(
                self.window, APP_NAME, self.tr("Select a complaint in the register first.")
            )
            return None
        window = self.windows.get(complaint_id)
        if window is None:
            try:
                window = self.case_window(complaint_id)
            except UserError as exc:  # removed meanwhile, or the file cannot be read
                QMessageBox.warning(self.window, APP_NAME, str(exc))
                return None
            window.saved.connect(self.refresh)
            window.finished.connect(lambda _=0, cid=complaint_id: self.windows.pop(cid, None))
            self.windows[complaint_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window
