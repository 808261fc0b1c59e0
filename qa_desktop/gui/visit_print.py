"""The visit window's Print button: the site-visit report, the customer's quantity confirmation,
and the blank confirmation sheet for signing on paper (whose scan comes back through the scan
intake). Each PDF is written in a Task (twelve photos' print copies take ~0.3 s) to a place
checked as every export is, then opened in the PC's viewer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton

from qa_desktop import APP_NAME
from qa_desktop.core.errors import UserError
from qa_desktop.core.files import check_target
from qa_desktop.core.i18n import current_language
from qa_desktop.gui.tasks import Task

if TYPE_CHECKING:
    from qa_desktop.core.reports.pdf_result import PdfExport
    from qa_desktop.gui.visit_window import VisitWindow

REPORT, CONFIRMATION, BLANK = "report", "confirmation", "blank"


class PrintButton(QPushButton):
    def __init__(self, window: VisitWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.task: Task | None = None
        self.setText(self.tr("&Print"))
        self.setAutoDefault(False)
        self.setMinimumHeight(36)
        menu = QMenu(self)
        self.actions_ = {}
        for kind, text in (
            (REPORT, self.tr("Site-visit report…")),
            (CONFIRMATION, self.tr("The customer's quantity confirmation…")),
            (BLANK, self.tr("Blank confirmation sheet, to sign on paper…")),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, kind=kind: self.print(kind))
            menu.addAction(action)
            self.actions_[kind] = action
        menu.aboutToShow.connect(self._enable)
        self.setMenu(menu)

    def _enable(self) -> None:
        from qa_desktop.core.services import confirmations

        visit = self.window_.visit
        self.actions_[CONFIRMATION].setEnabled(visit.confirmations.count() > 0)
        self.actions_[BLANK].setEnabled(
            visit.coils.count() > 0 and confirmations.current(visit) is None
        )

    def print(self, kind: str, out: Path | None = None) -> Task | None:
        """Write the PDF (asking where unless `out` is given); the Task, None if not started."""
        if self.task is not None:
            return None
        visit = self.window_.visit
        out = out or self._ask(f"{visit.complaint.case_no}-{visit.number}-{kind}.pdf")
        if out is None:
            return None
        uuid, lang, clock = str(visit.uuid), current_language(), self.window_.clock

        def work(progress, cancelled) -> PdfExport:
            from qa_desktop.core.reports import exports
            from qa_desktop.core.services.visits import stored

            if kind == REPORT:
                return exports.write_visit_report(stored(uuid), out, lang, clock=clock)
            return exports.write_confirmation(
                stored(uuid), out, lang, blank=kind == BLANK, clock=clock
            )

        self.task = Task(work, self)
        self.task.succeeded.connect(self._printed)
        self.task.failed.connect(lambda message: QMessageBox.warning(self, APP_NAME, message))
        self.task.finished.connect(lambda: setattr(self, "task", None))
        self.task.start()
        return self.task

    def _ask(self, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        if not chosen:
            return None
        try:
            return check_target(
                Path(chosen if chosen.endswith(".pdf") else chosen + ".pdf"), ".pdf"
            )
        except UserError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return None

    def _printed(self, result: PdfExport) -> None:
        if result.unprinted:
            QMessageBox.warning(self, APP_NAME, result.message(current_language()))
        from qa_desktop.gui.system_viewer import open_in_system_viewer

        open_in_system_viewer(self, result.path)
