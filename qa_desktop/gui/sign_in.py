"""Signing in (ui/sign_in.ui): the first administrator of a new file, a sign-in, the password
asked again when the window was locked, and a password change (forced after a reset).

One form with the rows each case needs. Every check is the core's (services.accounts,
core.passwords); a refusal is said beside the field it concerns and nothing else happens."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from qa_desktop import APP_NAME
from qa_desktop.core import passwords
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.services import accounts
from qa_desktop.core.services.accounts import Session
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.field_errors import error_labels, show_message
from qa_desktop.gui.forms.ui_sign_in import Ui_SignInForm

ROWS = ("user_id", "display_name", "position", "password", "new_password", "repeat_password")


class Mode(Enum):
    FIRST_ADMIN = "first"
    SIGN_IN = "sign in"
    UNLOCK = "unlock"
    CHANGE_PASSWORD = "change"


SHOWN = {
    Mode.FIRST_ADMIN: ("user_id", "display_name", "position", "new_password", "repeat_password"),
    Mode.SIGN_IN: ("user_id", "password"),
    Mode.UNLOCK: ("user_id", "password"),
    Mode.CHANGE_PASSWORD: ("password", "new_password", "repeat_password"),
}


class SignInDialog(QDialog):
    """`session` is set when the dialog is accepted (for UNLOCK and CHANGE_PASSWORD, the
    session of the actor it was opened for). An UNLOCK whose wrong password locked the account
    (or of an account deactivated meanwhile) is rejected with `locked_out` set and the core's sentence in `refusal`: no password can
    open it any more."""

    def __init__(
        self,
        mode: Mode,
        parent: QWidget | None = None,
        *,
        actor: Actor | None = None,
        user_id: str = "",
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInForm()
        self.ui.setupUi(self)
        self._clock = clock
        self._actor = actor
        self._forced = False
        self.session: Session | None = None
        self.locked_out = False
        self.refusal = ""
        self._errors = error_labels(self)
        self.ui.buttons.accepted.connect(self._submit)
        self.ui.buttons.rejected.connect(self.reject)
        for name in ROWS:
            getattr(self.ui, name).textEdited.connect(lambda _text: self._clear())
        self.ui.user_id.setText(actor.user_id if actor else user_id)
        # A field laptop starts from the factory's visit pack, not from an administrator.
        self.pack_button = QPushButton(self.tr("Field laptop: open a visit pack…"), self)
        self.pack_button.setAutoDefault(False)
        self.pack_button.clicked.connect(self._open_pack)
        self._pack_task = None
        self._set_mode(mode)

    # ----- what the form shows --------------------------------------------------------------
    def _set_mode(self, mode: Mode) -> None:
        self.mode = mode
        for name in ROWS:
            self.ui.fields.setRowVisible(getattr(self.ui, name), name in SHOWN[mode])
        self.ui.user_id.setReadOnly(mode is Mode.UNLOCK)
        self.ui.password_label.setText(
            self.tr("Current password") if mode is Mode.CHANGE_PASSWORD else self.tr("Password")
        )
        self.setWindowTitle(self._title(mode))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self._action(mode))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit…") if mode is Mode.UNLOCK else self.tr("Cancel"))
        self.ui.intro.setText(self._intro(mode))
        self._place_pack_button(mode is Mode.FIRST_ADMIN)
        self._clear()
        first = next(
            getattr(self.ui, n)
            for n in SHOWN[mode]
            if not getattr(self.ui, n).text() or n != "user_id"
        )
        first.setFocus()

    def _title(self, mode: Mode) -> str:
        return {
            Mode.FIRST_ADMIN: self.tr("Create the administrator"),
            Mode.SIGN_IN: self.tr("Sign in to %1").replace("%1", APP_NAME),
            Mode.UNLOCK: self.tr("Locked"),
            Mode.CHANGE_PASSWORD: self.tr("Change password"),
        }[mode]

    def _action(self, mode: Mode) -> str:
        return {
            Mode.FIRST_ADMIN: self.tr("Create"),
            Mode.SIGN_IN: self.tr("Sign in"),
            Mode.UNLOCK: self.tr("Unlock"),
            Mode.CHANGE_PASSWORD: self.tr("Change password"),
        }[mode]

    def _intro(self, mode: Mode) -> str:
        if mode is Mode.FIRST_ADMIN:
            return self.tr(
                "This database has no accounts yet. Create its administrator: the account that "
                "adds the others and holds the department key that certifies their signatures. "
                "Administering grants no right to approve."
            )
        if mode is Mode.UNLOCK:
            return self.tr("The window was locked. Enter your password to go on.")
        if mode is Mode.CHANGE_PASSWORD and self._forced:
            return self.tr(
                "Your password was set by an administrator: choose your own before you go on."
            )
        if mode is Mode.CHANGE_PASSWORD:
            return self.tr("Your signing key is sealed anew under the new password.")
        return self.tr("Sign in with your user id and password.")

    def _place_pack_button(self, shown: bool) -> None:
        """In the button box for a new file only: a button that does not apply is not there."""
        box = self.ui.buttons
        if shown and self.pack_button not in box.buttons():
            box.addButton(self.pack_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.pack_button.show()
        elif not shown:
            if self.pack_button in box.buttons():
                box.removeButton(self.pack_button)
                self.pack_button.setParent(self)
            self.pack_button.hide()

    def _open_pack(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from qa_desktop.core.exchange.pack_format import SUFFIX
        from qa_desktop.gui.pack_menu import import_in_task

        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a visit pack"),
            "",
            self.tr("Visit packs (*%1)").replace("%1", SUFFIX),
        )
        if chosen and self._pack_task is None:
            self._pack_task = import_in_task(self, Path(chosen), None, self._clock, self._imported)
            self._pack_task.finished.connect(lambda: setattr(self, "_pack_task", None))

    def _imported(self, done) -> None:
        """The pack made this file a field laptop's: its user signs in with their password."""
        self.ui.user_id.setText(done.for_user)
        self._set_mode(Mode.SIGN_IN)
        show_message(
            self.ui.message,
            self.tr("The visit pack for %1 is imported: sign in with your own password.").replace(
                "%1", done.for_user
            ),
        )

    def _clear(self) -> None:
        for label in self._errors.values():
            show_message(label, "")
        show_message(self.ui.message, "")

    def _say(self, field: str, text: str) -> None:
        label = self._errors.get(field)
        show_message(label if label is not None else self.ui.message, text)
        widget = getattr(self.ui, field, None)
        if isinstance(widget, QLineEdit):
            widget.setFocus()
            widget.selectAll()

    # ----- what it does ---------------------------------------------------------------------
    def _submit(self) -> None:
        self._clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Argon2id: a moment
        try:
            done = {
                Mode.FIRST_ADMIN: self._create_first,
                Mode.SIGN_IN: self._sign_in,
                Mode.UNLOCK: self._unlock,
                Mode.CHANGE_PASSWORD: self._change,
            }[self.mode]()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done:
            self.accept()

    def _text(self, name: str) -> str:
        return getattr(self.ui, name).text()

    def _new_password_ok(self, user_id: str, name: str) -> bool:
        try:
            passwords.check_new_password(self._text("new_password"), user_id, name)
        except UserError as exc:
            self._say("new_password", str(exc))
            return False
        if self._text("repeat_password") != self._text("new_password"):
            self._say("repeat_password", self.tr("The two new passwords differ."))
            return False
        return True

    def _create_first(self) -> bool:
        user_id, name = self._text("user_id").strip(), self._text("display_name")
        if not self._new_password_ok(user_id, name):
            return False
        try:
            self.session = accounts.create_first_administrator(
                user_id, name, self._text("new_password"), self._text("position"), self._clock
            )
        except UserError as exc:
            self._say("display_name" if "name" in str(exc) else "user_id", str(exc))
            return False
        return True

    def _sign_in(self) -> bool:
        try:
            session = accounts.sign_in(self._text("user_id"), self._text("password"), self._clock)
        except UserError as exc:
            self._say("password", str(exc))
            return False
        self.session = session
        if not session.must_change_password:
            return True
        self._actor, self._forced = session.actor, True
        self._set_mode(Mode.CHANGE_PASSWORD)  # the password just typed is the current one
        self.ui.fields.setRowVisible(self.ui.password, False)
        self.ui.new_password.setFocus()
        return False

    def _unlock(self) -> bool:
        assert self._actor is not None
        try:
            accounts.check_password(self._actor.user_id, self._text("password"), self._clock)
        except UserError as exc:
            found = accounts.account(self._actor.user_id)
            if found.locked or not found.active:  # no password opens it any more
                self.locked_out, self.refusal = True, str(exc)
                self.reject()
            else:
                self._say("password", str(exc))
            return False
        self.session = accounts.Session(self._actor, frozenset(), False)
        return True

    def _change(self) -> bool:
        assert self._actor is not None
        if not self._new_password_ok(self._actor.user_id, self._actor.display_name):
            return False
        try:
            accounts.change_password(
                self._actor, self._text("password"), self._text("new_password"), self._clock
            )
        except UserError as exc:
            self._say("password" if self.ui.password.isVisible() else "new_password", str(exc))
            return False
        if self.session is not None:  # a forced change after signing in: it is done now
            self.session = accounts.Session(self.session.actor, self.session.roles, False)
        else:
            self.session = accounts.Session(self._actor, frozenset(), False)
        return True


def sign_in_at_start(parent: QWidget | None = None, last_user: str = "") -> Session | None:
    """The session the window starts with: the first administrator of a file without
    accounts, else a sign-in. None when the person gave up (the app then quits)."""
    mode = Mode.SIGN_IN if accounts.has_accounts() else Mode.FIRST_ADMIN
    dialog = SignInDialog(mode, parent, user_id=last_user)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.session
