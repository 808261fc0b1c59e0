"""One administrator's change to one account (ui/account_action.ui): add a user, reset a
password, unlock, give roles, deactivate; each confirmed with the administrator's own password.

The rows each change needs are shown, the rest hidden. What the form can tell before it asks the
core (an empty field, two passwords that differ, a password the rules refuse) is said beside its
field; the core decides the rest (services/accounts.py), and its refusal is one sentence at the
bottom. Nothing is written unless the core accepts the whole change."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from qa_desktop.core import i18n, passwords
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.services import accounts
from qa_desktop.core.services.accounts import UserRow
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.roles import roles
from qa_desktop.gui.field_errors import error_labels, show_message
from qa_desktop.gui.forms.ui_account_action import Ui_AccountActionForm
from qa_desktop.gui.screen_fit import fit_height

ROWS = (
    "user_id",
    "display_name",
    "position",
    "roles",
    "new_password",
    "repeat_password",
    "reason",
    "admin_password",
)
ADMINISTRATOR = "administrator"


class Change(Enum):
    ADD = "add"
    RESET_PASSWORD = "reset"
    UNLOCK = "unlock"
    ROLES = "roles"
    DEACTIVATE = "deactivate"


SHOWN = {
    Change.ADD: (
        "user_id",
        "display_name",
        "position",
        "roles",
        "new_password",
        "repeat_password",
        "admin_password",
    ),
    Change.RESET_PASSWORD: ("new_password", "repeat_password", "admin_password"),
    Change.UNLOCK: ("admin_password",),
    Change.ROLES: ("roles", "admin_password"),  # + the temporary password for a new administrator
    Change.DEACTIVATE: ("reason", "admin_password"),
}


class AccountActionDialog(QDialog):
    """Accepted once the core made the change; `outcome` then says what was done, in a sentence."""

    def __init__(
        self,
        change: Change,
        parent: QWidget | None = None,
        *,
        admin: Actor,
        row: UserRow | None = None,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        assert change is Change.ADD or row is not None, "every change but ADD is to an account"
        self.ui = Ui_AccountActionForm()
        self.ui.setupUi(self)
        self.change = change
        self.outcome = ""
        self._admin = admin
        self._row = row
        self._clock = clock
        self._errors = error_labels(self)
        for widget in (*self._errors.values(), self.ui.roles):  # the field column's width
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._role_boxes = self._add_role_boxes(row.roles if row else ())
        for name in ROWS:
            widget = getattr(self.ui, name)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text: self._clear())
        self.ui.buttons.accepted.connect(self._submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._texts()
        self._clear()
        self._show_rows()  # and the height they need

    # ----- what the form shows --------------------------------------------------------------
    def _add_role_boxes(self, checked: tuple[str, ...]) -> dict[str, QCheckBox]:
        lang = i18n.current_language()
        boxes = {}
        for role in roles():
            box = QCheckBox(role.name(lang), self.ui.roles)
            box.setChecked(role.code in checked)
            box.toggled.connect(lambda _on: self._roles_changed())
            self.ui.roles_layout.addWidget(box)
            boxes[role.code] = box
        return boxes

    def _show_rows(self) -> None:
        shown = set(SHOWN[self.change])
        if self._needs_temporary_password():
            shown |= {"new_password", "repeat_password"}
        for name in ROWS:
            self.ui.fields.setRowVisible(getattr(self.ui, name), name in shown)
        first = next(n for n in ROWS if n in shown)
        getattr(self.ui, first).setFocus()
        fit_height(self)

    def _needs_temporary_password(self) -> bool:
        """Made an administrator now: the department key is sealed under a temporary password."""
        if self.change is not Change.ROLES or self._row is None:
            return False
        return self._role_boxes[ADMINISTRATOR].isChecked() and ADMINISTRATOR not in self._row.roles

    def _roles_changed(self) -> None:
        self._clear()
        if self.change is Change.ROLES:
            self._show_rows()
            self.ui.roles.setFocus()

    def _texts(self) -> None:
        user = self._row.user_id if self._row else ""
        name = self._row.display_name if self._row else ""
        title, action, intro = {
            Change.ADD: (
                self.tr("Add user"),
                self.tr("Add"),
                self.tr(
                    "The new user signs in with the temporary password and must choose their "
                    "own at once."
                ),
            ),
            Change.RESET_PASSWORD: (
                self.tr("Reset password"),
                self.tr("Reset password"),
                self.tr(
                    "%1 (%2) gets a temporary password and a new signing key; their signatures "
                    "so far stay valid."
                ),
            ),
            Change.UNLOCK: (
                self.tr("Unlock"),
                self.tr("Unlock"),
                self.tr("%1 (%2) may sign in again; the count of wrong passwords starts anew."),
            ),
            Change.ROLES: (
                self.tr("Roles"),
                self.tr("Save roles"),
                self.tr("The roles of %1 (%2): what the authority matrix lets them do."),
            ),
            Change.DEACTIVATE: (
                self.tr("Deactivate"),
                self.tr("Deactivate"),
                self.tr(
                    "%1 (%2) can no longer sign in. The account, its history and its signatures "
                    "stay; the user id is never given to anyone else."
                ),
            ),
        }[self.change]
        self.setWindowTitle(title)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        self.ui.intro.setText(intro.replace("%1", name).replace("%2", user))
        self.ui.admin_password_label.setText(
            self.tr("Your password (%1)").replace("%1", self._admin.user_id)
        )

    def _clear(self) -> None:
        labels = (*self._errors.values(), self.ui.message)
        said = any(label.text() for label in labels)
        for label in labels:
            show_message(label, "")
        if said:
            fit_height(self)

    def _say(self, field: str, text: str) -> None:
        show_message(self._errors[field], text)
        fit_height(self)
        widget = getattr(self.ui, field)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def say_refusal(self, text: str) -> None:
        """The core's refusal, as one sentence; what was typed stays for another try."""
        show_message(self.ui.message, text)
        fit_height(self)
        self.ui.admin_password.setFocus()
        self.ui.admin_password.selectAll()

    # ----- what it does ---------------------------------------------------------------------
    def _text(self, name: str) -> str:
        return getattr(self.ui, name).text()

    def checked_roles(self) -> list[str]:
        return [code for code, box in self._role_boxes.items() if box.isChecked()]

    def _submit(self) -> None:
        self._clear()
        if not self._form_ok():
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

    def _form_ok(self) -> bool:
        """What the form can tell on its own, beside the field; the core checks it all again."""
        checks: list[tuple[str, Callable[[], str]]] = []
        shown = set(SHOWN[self.change])
        if "user_id" in shown:
            checks += [("user_id", self._user_id_problem), ("display_name", self._name_problem)]
        if "roles" in shown:
            checks.append(("roles", self._roles_problem))
        if "new_password" in shown or self._needs_temporary_password():
            checks += self._password_checks()
        if "reason" in shown:
            checks.append(("reason", self._reason_problem))
        checks.append(("admin_password", self._admin_password_problem))
        for field, check in checks:
            problem = check()
            if problem:
                self._say(field, problem)
                return False
        return True

    def _user_id_problem(self) -> str:
        if accounts.USER_ID.fullmatch(self._text("user_id").strip()):
            return ""
        return str(translated(accounts.CONTEXT, accounts.BAD_ID))

    def _name_problem(self) -> str:
        if self._text("display_name").strip():
            return ""
        return str(translated(accounts.CONTEXT, accounts.NO_NAME))

    def _roles_problem(self) -> str:
        return "" if self.checked_roles() else str(translated(accounts.CONTEXT, accounts.NO_ROLE))

    def _password_checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [("new_password", self._new_password_problem), ("repeat_password", self._repeat)]

    def _new_password_problem(self) -> str:
        user_id = self._row.user_id if self._row else self._text("user_id").strip()
        name = self._row.display_name if self._row else self._text("display_name")
        try:
            passwords.check_new_password(self._text("new_password"), user_id, name)
        except UserError as exc:
            return str(exc)
        return ""

    def _repeat(self) -> str:
        if self._text("repeat_password") == self._text("new_password"):
            return ""
        return self.tr("The two passwords differ.")

    def _reason_problem(self) -> str:
        if self._text("reason").strip():
            return ""
        return self.tr("Say why the account is deactivated: the audit trail keeps the reason.")

    def _admin_password_problem(self) -> str:
        if self._text("admin_password"):
            return ""
        return self.tr("Enter your own password to confirm the change.")

    def _apply(self) -> str:
        """Make the change through the core; what was done, to say in the users dialog."""
        admin, password, clock = self._admin, self._text("admin_password"), self._clock
        if self.change is Change.ADD:
            added = accounts.add_user(
                admin,
                password,
                self._text("user_id").strip(),
                self._text("display_name"),
                self._text("new_password"),
                self.checked_roles(),
                self._text("position"),
                clock,
            )
            return self.tr("Added %1.").replace("%1", added.user_id)
        assert self._row is not None
        user = self._row.user_id
        if self.change is Change.RESET_PASSWORD:
            accounts.reset_password(admin, password, user, self._text("new_password"), clock)
            done = self.tr("The password of %1 was reset; they choose their own at next sign-in.")
        elif self.change is Change.UNLOCK:
            accounts.unlock(admin, password, user, clock)
            done = self.tr("Unlocked %1.")
        elif self.change is Change.ROLES:
            temporary = self._text("new_password") if self._needs_temporary_password() else None
            accounts.set_roles(admin, password, user, self.checked_roles(), temporary, clock)
            done = self.tr("Saved the roles of %1.")
        else:
            accounts.deactivate(admin, password, user, self._text("reason"), clock)
            done = self.tr("Deactivated %1.")
        return done.replace("%1", user)
