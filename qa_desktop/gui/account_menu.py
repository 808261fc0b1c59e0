"""The main window's Account menu and who is signed in: the user's name and roles in the status
bar, Change password…, Delegations…, Lock window (and the idle lock), Users… for an administrator."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from qa_desktop.core import i18n
from qa_desktop.core.clock import Clock
from qa_desktop.core.models import UserAccount
from qa_desktop.core.services import accounts
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.roles import roles
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.idle_lock import IdleLock

if TYPE_CHECKING:  # the dialogs load on first use, not at start-up
    from qa_desktop.gui.delegations_dialog import DelegationsDialog
    from qa_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from qa_desktop.gui.users_dialog import UsersDialog

ADMINISTRATOR = "administrator"
MESSAGE_MS = 15_000


def role_list(codes: Iterable[str], between: str) -> str:
    """The names of roles in the department's order (the seeded one: field staff first)."""
    lang = i18n.current_language()
    return between.join(role.name(lang) for role in roles(active_only=False) if role.code in codes)


class AccountMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        *,
        actor: Actor,
        clock: Clock,
        user: UserSettings,
    ) -> None:
        super().__init__(window)
        self.window, self.ui = window, ui
        self.actor, self.clock, self.user = actor, clock, user
        self.roles = self._roles_of_actor()
        self.signed_in = QLabel(window)  # always in view, beside the progress of long work
        self.signed_in.setObjectName("signed_in")
        ui.statusbar.addPermanentWidget(self.signed_in)
        self.idle_lock = IdleLock(window, actor, clock)
        ui.action_change_password.triggered.connect(self.change_password)
        ui.action_delegations.triggered.connect(self.edit_delegations)
        ui.action_lock.triggered.connect(self.idle_lock.lock_now)
        ui.action_users.triggered.connect(self.edit_users)

    def retranslate(self) -> None:
        """Who is signed in, and whether Users… is theirs to open (the core refuses anyone
        but an administrator anyway)."""
        names = role_list(self.roles, self.tr(", ", "between role names"))
        text = self.tr("Signed in: %1 (%2), %3").replace("%1", self.actor.display_name)
        self.signed_in.setText(text.replace("%2", self.actor.user_id).replace("%3", names))
        self.ui.action_users.setEnabled(ADMINISTRATOR in self.roles)

    def users_dialog(self) -> UsersDialog:
        from qa_desktop.gui.users_dialog import UsersDialog  # not needed to start

        return UsersDialog(self.window, actor=self.actor, clock=self.clock, user=self.user)

    def delegations_dialog(self) -> DelegationsDialog:
        from qa_desktop.gui.delegations_dialog import DelegationsDialog  # not needed to start

        return DelegationsDialog(self.window, actor=self.actor, clock=self.clock, user=self.user)

    def edit_delegations(self) -> None:
        self.delegations_dialog().exec()

    def change_password(self) -> None:
        from qa_desktop.gui.sign_in import Mode, SignInDialog

        dialog = SignInDialog(Mode.CHANGE_PASSWORD, self.window, actor=self.actor, clock=self.clock)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ui.statusbar.showMessage(self.tr("Your password was changed."), MESSAGE_MS)

    def edit_users(self) -> None:
        dialog = self.users_dialog()
        dialog.exec()
        if dialog.changed:  # an administrator may have changed their own roles
            self.roles = self._roles_of_actor()
            self.retranslate()

    def _roles_of_actor(self) -> frozenset[str]:
        found = UserAccount.get_or_none(UserAccount.user_id == self.actor.user_id)
        return accounts.roles_of(found) if found is not None else frozenset()
