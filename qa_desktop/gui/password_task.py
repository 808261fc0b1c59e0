"""A dialog whose OK runs a service that checks the user's password again.

Argon2id takes ~0.15-0.3 s per check at the real cost (signing runs it twice), so the service
runs in a Task under a busy cursor, the buttons wait, the dialog cannot be closed under it, and
a refusal (a wrong password, a locked account, someone signed first) is said in one sentence
while what was typed stays, but for the password. The sign, paper-signature and delegation
dialogs share this."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.tasks import Task, Work


class PasswordTaskDialog(QDialog):
    task: Task | None = None

    def run_checked(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        *,
        buttons: QDialogButtonBox,
        error: QLabel,
        password: QLineEdit,
    ) -> None:
        """Start `work` (nothing if one runs); accepted once it succeeded."""
        if self.task is not None:
            return
        show_message(error, "")
        self._form = (buttons, error, password)
        self._succeeded = False
        self.task = Task(work, self)
        self.task.succeeded.connect(lambda result: self._success(on_success, result))
        self.task.failed.connect(self._refused)
        self.task.finished.connect(self._ended)
        buttons.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.task.start()

    def reject(self) -> None:
        if self.task is None:  # never close under a password-checked change being made
            super().reject()

    def _success(self, on_success: Callable[[Any], None], result: Any) -> None:
        on_success(result)
        self._succeeded = True

    def _refused(self, message: str) -> None:
        _buttons, error, password = self._form
        show_message(error, message)
        password.clear()
        password.setFocus()

    def _ended(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.task = None
        self._form[0].setEnabled(True)
        if self._succeeded:
            self.accept()
