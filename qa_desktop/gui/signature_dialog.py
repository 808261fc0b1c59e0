"""The customer signs on screen (ui/signature.ui): the statement they sign under, the pad, and
their printed name and position.

OK ("Confirm") is refused, with the sentence beside the pad or the field, while the name or
the position is empty or the ink is too short to be a signature (check_signature). One button
under the pad clears it: disabled and reading "Clear" while there is nothing to clear, it reads
"Sign again" once there is ink, and clears the pad and gives it the focus, ready for the next
try. The dialog stores nothing: `signature` is what the caller binds to the record it attests.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import translate
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.signature_strokes import Stroke
from qa_desktop.core.text import single_spaced
from qa_desktop.core.visit_quantities import CONTEXT, STATEMENT_EN
from qa_desktop.gui.field_errors import error_labels, show_message
from qa_desktop.gui.forms.ui_signature import Ui_SignatureForm
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.signature_pad import SignaturePad

PREFERRED = QSize(720, 520)
ORDER = ("pad", "signer_name", "signer_position")  # where the focus goes on a refusal


class CustomerSignature(NamedTuple):
    strokes: list[Stroke]  # normalised (signature_strokes)
    name: str  # as printed, spaces made single
    position: str


class SignatureDialog(QDialog):
    """`exec()` is true once the customer has signed; then `signature` holds what they gave."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        statement: str | None = None,
        name: str = "",
        position: str = "",
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignatureForm()
        self.ui.setupUi(self)
        self.signature: CustomerSignature | None = None
        text = statement if statement is not None else translate(CONTEXT, STATEMENT_EN)
        self.ui.statement.setText(text)
        self.ui.signer_name.setText(name)
        self.ui.signer_position.setText(position)
        self._errors = error_labels(self)
        for label in self._errors.values():
            show_message(label, "")
        self.confirm_button.setText(self.tr("Confirm"))
        self._connect()
        self._pad_changed()
        fit_to_screen(self, PREFERRED, user, "customer signature")
        self.pad.setFocus()

    # ----- what callers use ------------------------------------------------------------------
    @property
    def pad(self) -> SignaturePad:
        return self.ui.pad

    @property
    def confirm_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def confirm(self) -> bool:
        """OK: accepted when name, position and ink will do; else each problem is said."""
        name = single_spaced(self.ui.signer_name.text())
        position = single_spaced(self.ui.signer_position.text())
        problems: dict[str, str] = {}
        try:
            strokes = self.pad.accepted_strokes()
        except UserError as refused:
            problems["pad"] = str(refused)
        if not name:
            problems["signer_name"] = self.tr("Enter the signer's name.")
        if not position:
            problems["signer_position"] = self.tr("Enter the signer's position.")
        for field, label in self._errors.items():
            show_message(label, problems.get(field, ""))
        if problems:
            first = next(field for field in ORDER if field in problems)
            getattr(self.ui, first).setFocus()
            return False
        self.signature = CustomerSignature(strokes, name, position)
        self.accept()
        return True

    def sign_again(self) -> None:
        """Clear the pad and give it the focus: the signer starts over."""
        self.pad.clear()
        self.pad.setFocus()

    # ----- behaviour -------------------------------------------------------------------------
    def _connect(self) -> None:
        self.ui.buttons.accepted.connect(self.confirm)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.clear_button.clicked.connect(self.sign_again)
        self.pad.changed.connect(self._pad_changed)
        for field in ("signer_name", "signer_position"):
            edit: QLineEdit = getattr(self.ui, field)
            label = self._errors[field]
            edit.textEdited.connect(lambda _text, label=label: show_message(label, ""))

    def _pad_changed(self) -> None:
        """Ink or none: the button's word, and the pad's sentence goes once the signer draws."""
        empty = self.pad.is_empty()
        button = self.ui.clear_button
        button.setEnabled(not empty)
        button.setText(self.tr("Clear") if empty else self.tr("Sign again"))
        button.setToolTip("" if empty else self.tr("Clear the signature and sign again."))
        if not empty:
            show_message(self._errors["pad"], "")
