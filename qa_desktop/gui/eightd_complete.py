"""Complete an 8D step: the completer's password again, as for every electronic signature
(gui/sign_dialog.py). eightd.complete_step checks the password and unseals the key (two
Argon2id runs), so it runs in a Task under a busy cursor; a refusal (a wrong password, a
locked account, someone saved or completed first, not the step's owner) is said here in one
sentence, and nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services import eightd
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.password_task import PasswordTaskDialog


class CompleteStepDialog(PasswordTaskDialog):
    """`exec()` is true once the step is completed (then `completed` is its new state)."""

    def __init__(
        self,
        parent: QWidget | None,
        complaint_id: int,
        number: int,
        revision: int,
        heading: str,
        *,
        actor: Actor,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self._job = (complaint_id, number, revision)
        self._actor, self._clock = actor, clock
        self.completed: eightd.StepState | None = None
        self.setWindowTitle(self.tr("Complete the step"))
        layout = QVBoxLayout(self)
        title = QLabel(heading, self)
        title.setWordWrap(True)
        layout.addWidget(title)
        meaning = QLabel(
            self.tr(
                "Completing signs the step as it is saved with your electronic signature. "
                "A later change of its content reopens it and voids the signature."
            ),
            self,
        )
        meaning.setWordWrap(True)
        layout.addWidget(meaning)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Your password (your signature)"), self.password)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        show_message(self.error, "")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.sign_button.setText(self.tr("Complete and sign"))
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @property
    def sign_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def sign(self) -> None:
        """Complete off the GUI thread; the answer comes back as a signal."""
        (complaint_id, number, revision), password = self._job, self.password.text()
        actor, clock, lang = self._actor, self._clock, current_language()

        def work(progress, cancelled) -> eightd.StepState:
            return eightd.complete_step(
                complaint_id, number, revision, password, actor, clock, lang
            )

        self.run_checked(
            work, self._done, buttons=self.buttons, error=self.error, password=self.password
        )

    def _done(self, state: eightd.StepState) -> None:
        self.completed = state
