"""One administrator's change to the roles (ui/role_action.ui): add a role, or rename one; each
confirmed with the administrator's own password.

The form says only what it can tell alone (no password typed) beside its field; the core decides
the rest (services/roles.py: the code's form, a taken code, a missing name, the password), and
its refusal is one sentence at the bottom, with what was typed kept for another try."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QSizePolicy, QWidget

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.services import roles
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.roles import RoleRow
from qa_desktop.gui.field_errors import error_labels, show_message
from qa_desktop.gui.forms.ui_role_action import Ui_RoleActionForm
from qa_desktop.gui.screen_fit import fit_height

FIELDS = ("code", "name_en", "name_zh", "admin_password")


class RoleChange(Enum):
    ADD = "add"
    RENAME = "rename"


class RoleActionDialog(QDialog):
    """Accepted once the core made the change; `outcome` then says what was done, and `code`
    names the role it was done to."""

    def __init__(
        self,
        change: RoleChange,
        parent: QWidget | None = None,
        *,
        admin: Actor,
        row: RoleRow | None = None,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        assert change is RoleChange.ADD or row is not None, "a rename is of a role"
        self.ui = Ui_RoleActionForm()
        self.ui.setupUi(self)
        self.change = change
        self.outcome = ""
        self.code = row.code if row else ""
        self._admin, self._clock = admin, clock
        self._errors = error_labels(self)
        for label in self._errors.values():  # the field column's width, not the label's
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for name in FIELDS:
            getattr(self.ui, name).textEdited.connect(lambda _text: self._clear())
        self.ui.buttons.accepted.connect(self._submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._texts(row)
        self._clear()
        fit_height(self)

    def _texts(self, row: RoleRow | None) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.admin_password_label.setText(
            self.tr("Your password (%1)").replace("%1", self._admin.user_id)
        )
        if row is None:
            self.setWindowTitle(self.tr("Add role"))
            ok.setText(self.tr("Add role"))
            self.ui.intro.setText(
                self.tr(
                    "The code is what the authority matrix names the role by; it cannot be "
                    "changed later. The names are what people read."
                )
            )
            self.ui.code.setFocus()
            return
        self.setWindowTitle(self.tr("Rename role"))
        ok.setText(self.tr("Rename"))
        self.ui.intro.setText(
            self.tr("New names for the role %1; its code and its rights stay.").replace(
                "%1", row.code
            )
        )
        self.ui.code.setText(row.code)
        self.ui.code.setReadOnly(True)
        self.ui.name_en.setText(row.name_en)
        self.ui.name_zh.setText(row.name_zh)
        self.ui.name_en.setFocus()

    def _clear(self) -> None:
        labels = (*self._errors.values(), self.ui.message)
        said = any(label.text() for label in labels)
        for label in labels:
            show_message(label, "")
        if said:
            fit_height(self)

    def say_refusal(self, text: str) -> None:
        """The core's refusal, as one sentence; what was typed stays for another try."""
        show_message(self.ui.message, text)
        fit_height(self)
        self.ui.admin_password.setFocus()
        self.ui.admin_password.selectAll()

    def _text(self, name: str) -> str:
        widget: QLineEdit = getattr(self.ui, name)
        return widget.text()

    def _submit(self) -> None:
        self._clear()
        if not self._text("admin_password"):  # the core is not asked (nor a failure counted)
            show_message(
                self._errors["admin_password"],
                self.tr("Enter your own password to confirm the change."),
            )
            fit_height(self)
            self.ui.admin_password.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Argon2id: a moment
        try:
            self.outcome = self._apply()
        except UserError as exc:
            self.say_refusal(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _apply(self) -> str:
        """Make the change through the core; what was done, to say in the roles dialog."""
        names = self._text("name_en"), self._text("name_zh")
        password = self._text("admin_password")
        if self.change is RoleChange.ADD:
            role = roles.add_role(
                self._admin, password, self._text("code"), *names, clock=self._clock
            )
            self.code = role.code
            return self.tr("Added the role %1.").replace("%1", role.code)
        roles.rename_role(self._admin, password, self.code, *names, clock=self._clock)
        return self.tr("Renamed the role %1.").replace("%1", self.code)
