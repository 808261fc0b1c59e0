"""Asks why (cancelling a visit, reopening a finished one) and does it: OK runs the service with
the reason, and a refusal is said in the dialog, the reason kept (ui/visit_reason.ui)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desktop.core.errors import UserError
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_visit_reason import Ui_VisitReasonForm
from qa_desktop.gui.screen_fit import fit_height


class ReasonDialog(QDialog):
    """`act(reason)` is the service call; its result is kept in `result_value` once it ran."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        heading: str,
        act: Callable[[str], Any],
        ok_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitReasonForm()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.heading.setText(heading)
        self._act = act
        self.result_value: Any = None
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            ok.setText(ok_text)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.reason.textChanged.connect(lambda: show_message(self.ui.error, ""))
        show_message(self.ui.error, "")
        self.ui.reason.setFocus()
        fit_height(self)

    @property
    def reason(self) -> str:
        return self.ui.reason.toPlainText()

    def accept(self) -> None:
        try:
            self.result_value = self._act(self.reason)
        except UserError as exc:
            show_message(self.ui.error, str(exc))
            fit_height(self)
            return
        super().accept()
