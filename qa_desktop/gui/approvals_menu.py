"""The main window's Approvals menu: a complaint's handling proposals and history, the authority
matrix, and what awaits the signed-in user's signature (also counted in the status bar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton

from qa_desktop import APP_NAME
from qa_desktop.core import i18n
from qa_desktop.core.clock import Clock
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import Complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings

if TYPE_CHECKING:  # the dialogs load on first use, not at start-up
    from qa_desktop.core.services.scans import ScanOutcome
    from qa_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from qa_desktop.gui.matrix_dialog import MatrixDialog
    from qa_desktop.gui.proposals_dialog import ProposalsDialog


SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def _scans(mime: QMimeData) -> list[Path]:
    """The dropped local files that may be scans (media.py judges them once read)."""
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in files if path.suffix.lower() in SCAN_SUFFIXES]


class ApprovalsMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        selected: Callable[[], int | None],
        *,
        actor: Actor,
        clock: Clock,
        user: UserSettings,
    ) -> None:
        super().__init__(window)
        self.window, self.ui, self.selected = window, ui, selected
        self.actor, self.clock, self.user = actor, clock, user
        self.awaiting_button = QPushButton(window)  # the count, in view; a click lists them
        self.awaiting_button.setFlat(True)
        self.awaiting_button.setObjectName("awaiting")
        self.awaiting_button.clicked.connect(self._show_awaiting_menu)
        ui.statusbar.addPermanentWidget(self.awaiting_button)
        ui.action_proposals.triggered.connect(lambda: self.open_proposals())
        ui.action_history.triggered.connect(self.show_history)
        ui.action_attach_scan.triggered.connect(lambda: self.attach_scan())
        ui.action_matrix.triggered.connect(lambda: self.matrix_dialog().exec())
        ui.menu_awaiting.aboutToShow.connect(self._fill_awaiting)
        window.setAcceptDrops(True)  # a scan dropped on the window is attached by its QR code
        window.installEventFilter(self)

    # ----- the dialogs ----------------------------------------------------------------------
    def proposals_dialog(self, complaint_id: int) -> ProposalsDialog:
        from qa_desktop.gui.proposals_dialog import ProposalsDialog

        return ProposalsDialog(
            self.window, complaint_id, actor=self.actor, clock=self.clock, user=self.user
        )

    def matrix_dialog(self) -> MatrixDialog:
        from qa_desktop.gui.matrix_dialog import MatrixDialog

        return MatrixDialog(self.window, actor=self.actor, clock=self.clock, user=self.user)

    def open_proposals(self, complaint_id: int | None = None, proposal_id: int | None = None):
        complaint_id = complaint_id if complaint_id is not None else self.selected()
        if complaint_id is None:
            return None
        dialog = self.proposals_dialog(complaint_id)
        if proposal_id is not None:
            dialog.select_proposal(proposal_id)
        dialog.exec()
        self.refresh()
        return dialog

    def show_history(self) -> None:
        from qa_desktop.core.history import complaint_history
        from qa_desktop.gui.history_dialog import HistoryDialog

        complaint_id = self.selected()
        if complaint_id is None:
            return
        complaint = Complaint.get_by_id(complaint_id)
        HistoryDialog(
            complaint_history(complaint), complaint.case_no, self.window, self.user
        ).exec()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is not self.window or kind not in DROP_EVENTS:
            return False
        scans = _scans(event.mimeData())
        if not scans:
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            if len(scans) > 1:
                QMessageBox.information(self.window, APP_NAME, self.tr("Drop one scan at a time."))
            else:
                self.attach_scan(scans[0])
        return True

    # ----- a signed sheet coming back -------------------------------------------------------
    def attach_scan(self, path: Path | None = None) -> None:
        """Choose the scan, read its QR code off the GUI thread, attach it where it says; one
        without a readable code goes to the selected case if the person says so."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Attach a signed sheet's scan"),
                "",
                self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            data = path.read_bytes()
        except OSError as exc:
            QMessageBox.warning(self.window, APP_NAME, f"{path}: {exc.strerror or exc}.")
            return
        actor, clock, lang = self.actor, self.clock, i18n.current_language()

        def work(progress, cancelled) -> ScanOutcome | None:
            from qa_desktop.core.services.scans import attach_scan

            try:
                return attach_scan(data, path.name, actor, None, clock, lang)
            except UserError as exc:
                if "--case" not in str(exc):  # not the "no code" sentence: a real refusal
                    raise
                return None

        self.window.run_task(
            work,
            self.tr("Reading %1…").replace("%1", path.name),
            lambda outcome: self._scan_attached(outcome, data, path.name),
        )

    def _scan_attached(self, outcome, data: bytes, name: str) -> None:
        if outcome is not None:
            QMessageBox.information(self.window, APP_NAME, outcome.message)
            return
        complaint_id = self.selected()
        if complaint_id is None:
            QMessageBox.warning(
                self.window,
                APP_NAME,
                self.tr(
                    "No code could be read on %1; select its case and attach it again."
                ).replace("%1", name),
            )
            return
        case_no = Complaint.get_by_id(complaint_id).case_no
        question = self.tr("No code could be read on %1. Attach it to %2, the selected case?")
        answer = QMessageBox.question(
            self.window, APP_NAME, question.replace("%1", name).replace("%2", case_no)
        )
        if answer == QMessageBox.StandardButton.Yes:
            from qa_desktop.core.services.scans import attach_scan

            try:
                done = attach_scan(data, name, self.actor, case_no, self.clock)
            except UserError as exc:
                QMessageBox.warning(self.window, APP_NAME, str(exc))
                return
            QMessageBox.information(self.window, APP_NAME, done.message)

    # ----- awaiting my signature ------------------------------------------------------------
    def awaiting(self):
        from qa_desktop.core.services.signatures import awaiting

        return awaiting(self.actor)

    def refresh(self) -> None:
        count = len(self.awaiting())
        self.awaiting_button.setText(self.tr("Awaiting my signature: %n", "", count))
        self.awaiting_button.setVisible(count > 0)

    def _fill_awaiting(self) -> None:
        menu = self.ui.menu_awaiting
        menu.clear()
        waiting = self.awaiting()
        if not waiting:
            menu.addAction(self.tr("Nothing awaits your signature")).setEnabled(False)
        for proposal, step in waiting:
            text = self.tr("%1 — proposal %2 (step %3)")
            text = text.replace("%1", proposal.complaint.case_no)
            text = text.replace("%2", str(proposal.number)).replace("%3", str(step.order))
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _=False, p=proposal: self.open_proposals(p.complaint_id, p.id)
            )

    def _show_awaiting_menu(self) -> None:
        # aboutToShow fills it: the list is read once per showing
        self.ui.menu_awaiting.popup(
            self.awaiting_button.mapToGlobal(self.awaiting_button.rect().topLeft())
        )
