"""Record a signature given on the printed sign-off sheet (ui/paper_signature.ui): who signed,
what they decided, the scan of the sheet, and the recorder's own password.

signatures.record_paper_signature checks the recorder's password with Argon2id twice, so it runs
in a Task with a busy cursor; a refusal (a wrong password, a signer without the authority, a
rejection without its reason) is said here in one sentence and the dialog stays open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QWidget

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.media import MediaRefused, PreparedMedia, prepare_file
from qa_desktop.core.models import Signature
from qa_desktop.core.services import accounts
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.signatures import Decision, record_paper_signature
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_paper_signature import Ui_PaperSignatureForm
from qa_desktop.gui.password_task import PasswordTaskDialog


class PaperSignatureDialog(PasswordTaskDialog):
    """`exec()` is true once the signature is stored (then `recorded` is it)."""

    def __init__(
        self,
        parent: QWidget | None,
        proposal_id: int,
        heading: str,
        *,
        actor: Actor,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PaperSignatureForm()
        self.ui.setupUi(self)
        self._proposal_id = proposal_id
        self._actor = actor
        self._clock = clock
        self.scan: PreparedMedia | None = None
        self.recorded: Signature | None = None
        self.ui.heading.setText(heading)
        self.record_button.setText(self.tr("Record"))
        show_message(self.ui.error, "")
        self._fill_signers()
        self.ui.choose_scan.clicked.connect(self.choose_scan)
        self.ui.buttons.accepted.connect(self.record)
        self.ui.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(500)

    @property
    def record_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def select_signer(self, user_id: str) -> bool:
        index = self.ui.signer.findData(user_id)
        if index >= 0:
            self.ui.signer.setCurrentIndex(index)
        return index >= 0

    def choose_scan(self) -> None:
        """Choose…: the file dialog, then the file is read and checked as any attachment is."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Scan of the signed sheet"),
            "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
        )
        if chosen:
            self.take_scan(Path(chosen))

    def take_scan(self, path: Path) -> bool:
        """Read and check the scan (a refused file is said and the previous choice is dropped)."""
        show_message(self.ui.error, "")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large photo is resized
        try:
            self.scan = prepare_file(path)  # read with the size cap, then prepare_bytes
        except MediaRefused as exc:
            self.scan = None
            show_message(self.ui.error, str(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ui.scan_name.setText(self.scan.filename if self.scan else self.tr("No file chosen"))
        return self.scan is not None

    def record(self) -> None:
        """Start recording off the GUI thread; the answer comes back as a signal."""
        if self.task is not None:
            return
        show_message(self.ui.error, "")
        if self.scan is None:
            show_message(self.ui.error, self.tr("Choose the scan of the signed sheet first."))
            return
        signer_id = self.ui.signer.currentData()
        decision = Decision(self.ui.approved.isChecked(), self.ui.comment.toPlainText())
        scan, password, proposal_id = self.scan, self.ui.password.text(), self._proposal_id
        actor, clock = self._actor, self._clock

        def work(progress, cancelled) -> Signature:
            return record_paper_signature(
                proposal_id, signer_id, decision, scan, password, actor, clock
            )

        self.run_checked(
            work, self._recorded, buttons=self.ui.buttons, error=self.ui.error,
            password=self.ui.password,
        )  # fmt: skip

    def _fill_signers(self) -> None:
        """Every active account; the first who holds the awaited step's role comes chosen."""
        from qa_desktop.core.services.proposals import stored
        from qa_desktop.core.services.signatures import next_step

        combo = self.ui.signer
        proposal = stored(self._proposal_id)
        step = next_step(proposal)
        chosen = None
        for row in accounts.users():
            if row.active:
                text = f"{row.display_name} ({row.user_id})"
                combo.addItem(f"{text} — {row.position}" if row.position else text, row.user_id)
                awaited = step is not None and step.role in row.roles
                if chosen is None and awaited and row.user_id != proposal.proposer:
                    chosen = row.user_id
        if chosen is not None:
            self.select_signer(chosen)

    def _recorded(self, row: Signature) -> None:
        self.recorded = row
