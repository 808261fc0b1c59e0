"""Approve or reject a handling proposal: a comment (required to reject) and the password again.

signatures.sign_proposal checks the password twice with Argon2id (about 0.3 s each at the real
cost), so it runs in a Task with a busy cursor; a refusal (a wrong password, a locked account,
someone signed first) is said here in one sentence and the dialog stays open with the comment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.models import Signature
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.signatures import Decision, sign_proposal
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.password_task import PasswordTaskDialog


class SignDialog(PasswordTaskDialog):
    """`exec()` is true once the signature is stored (then `signed` is it)."""

    def __init__(
        self,
        parent: QWidget | None,
        proposal_id: int,
        heading: str,
        *,
        approve: bool,
        actor: Actor,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self._proposal_id = proposal_id
        self._approve = approve
        self._actor = actor
        self._clock = clock
        self.signed: Signature | None = None
        self.setWindowTitle(self.tr("Approve proposal") if approve else self.tr("Reject proposal"))
        self._build(heading)

    def _build(self, heading: str) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self.tr("Comment") if self._approve else self.tr("Why it is rejected"), self.comment
        )
        form.addRow(self.tr("Your password (your signature)"), self.password)
        layout.addLayout(form)
        meaning = QLabel(
            self.tr("Signing with your password is your handwritten signature on this proposal.")
        )
        meaning.setWordWrap(True)
        layout.addWidget(meaning)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        show_message(self.error, "")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_button.setText(self.tr("Approve") if self._approve else self.tr("Reject"))
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @property
    def sign_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def sign(self) -> None:
        """Start signing off the GUI thread; the answer comes back as a signal."""
        decision = Decision(self._approve, self.comment.toPlainText())
        password, proposal_id, actor, clock = (
            self.password.text(),
            self._proposal_id,
            self._actor,
            self._clock,
        )

        def work(progress, cancelled) -> Signature:
            return sign_proposal(proposal_id, decision, password, actor, clock)

        self.run_checked(
            work, self._signed, buttons=self.buttons, error=self.error, password=self.password
        )

    def _signed(self, row: Signature) -> None:
        self.signed = row
