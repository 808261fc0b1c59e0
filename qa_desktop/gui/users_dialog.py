"""Users (Account → Users…): the accounts of this database and the administrator's changes to
them (ui/users.ui). Each change opens AccountActionDialog, which asks for the administrator's
password and lets the core decide (services/accounts.py); the list is read again after it.
Role list… opens the roles themselves (roles_dialog.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.services import accounts
from qa_desktop.core.services.accounts import UserRow
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.account_action import AccountActionDialog, Change
from qa_desktop.gui.account_menu import role_list
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_users import Ui_UsersForm
from qa_desktop.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from qa_desktop.gui.roles_dialog import RolesDialog

USER_COLUMN, NAME_COLUMN, POSITION_COLUMN, ROLES_COLUMN, STATE_COLUMN, CHANGE_COLUMN = range(6)
ROW_ROLE = Qt.ItemDataRole.UserRole  # on the user id cell: the UserRow


class UsersDialog(QDialog):
    """`changed` is true once any account was changed (the window then reads its own again)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersForm()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(1000, 560), user, "users")  # remembered per user
        self._actor = actor
        self._clock = clock
        self._user = user
        self.changed = False
        self._setup_table()
        self._connect()
        show_message(self.ui.message, "")
        self.reload()

    # ----- what callers (and tests) use ------------------------------------------------------
    def rows(self) -> list[UserRow]:
        table = self.ui.user_list
        return [table.item(r, USER_COLUMN).data(ROW_ROLE) for r in range(table.rowCount())]

    def selected(self) -> UserRow | None:
        table = self.ui.user_list
        items = table.selectedItems()
        return table.item(items[0].row(), USER_COLUMN).data(ROW_ROLE) if items else None

    def history_dialog(self):
        """The selected account's trail, with its signing keys' (issued, retired)."""
        from qa_desktop.core.history import account_history
        from qa_desktop.gui.history_dialog import HistoryDialog

        row = self.selected()
        assert row is not None  # the button is enabled with a selection only
        return HistoryDialog(
            account_history(row.user_id), f"{row.display_name} ({row.user_id})", self, self._user
        )

    def select_user(self, user_id: str) -> bool:
        for row, found in enumerate(self.rows()):
            if found.user_id == user_id:
                self.ui.user_list.selectRow(row)
                return True
        return False

    def action_dialog(self, change: Change) -> AccountActionDialog:
        """The dialog a button opens, for the selected account (none for ADD)."""
        row = None if change is Change.ADD else self.selected()
        return AccountActionDialog(change, self, admin=self._actor, row=row, clock=self._clock)

    def run(self, change: Change) -> None:
        """Open the change's dialog; once the core made the change, say so and read again."""
        if change is not Change.ADD and self.selected() is None:
            return
        dialog = self.action_dialog(change)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.changed = True
        before = self.selected()
        self.reload(select=self._added_id(dialog) or (before.user_id if before else None))
        show_message(self.ui.message, dialog.outcome)

    def roles_dialog(self) -> RolesDialog:
        from qa_desktop.gui.roles_dialog import RolesDialog  # opened seldom

        return RolesDialog(self, admin=self._actor, clock=self._clock, user=self._user)

    def edit_role_list(self) -> None:
        """The department's roles; a renamed one shows by its new name here (and in the status
        bar, which `changed` makes the window read again)."""
        dialog = self.roles_dialog()
        dialog.exec()
        if dialog.changed:
            self.changed = True
            before = self.selected()
            self.reload(select=before.user_id if before else None)

    # ----- building --------------------------------------------------------------------------
    def _setup_table(self) -> None:
        header = self.ui.user_list.horizontalHeader()
        for column in range(self.ui.user_list.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLES_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        buttons = {
            ui.add_user: Change.ADD,
            ui.reset_password: Change.RESET_PASSWORD,
            ui.unlock: Change.UNLOCK,
            ui.edit_roles: Change.ROLES,
            ui.deactivate: Change.DEACTIVATE,
        }
        for button, change in buttons.items():
            button.clicked.connect(lambda _checked=False, change=change: self.run(change))
        ui.role_list.clicked.connect(lambda _checked=False: self.edit_role_list())
        ui.history.clicked.connect(lambda _checked=False: self.history_dialog().exec())
        ui.user_list.itemSelectionChanged.connect(self._enable_buttons)
        ui.user_list.itemDoubleClicked.connect(lambda _item: self.run(Change.ROLES))
        ui.button_box.rejected.connect(self.reject)

    # ----- the list --------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        table = self.ui.user_list
        table.blockSignals(True)
        table.setRowCount(0)
        for row in accounts.users():
            self._add_row(row)
        table.blockSignals(False)
        if not (select and self.select_user(select)):
            table.clearSelection()
        self._enable_buttons()

    def _add_row(self, row: UserRow) -> None:
        table = self.ui.user_list
        at = table.rowCount()
        table.insertRow(at)
        cells = (
            row.user_id,
            row.display_name,
            row.position,
            role_list(row.roles, self.tr(", ", "between role names")),
            self._state(row),
            self.tr("Yes") if row.must_change_password else "",
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if not row.active:  # still listed (user ids are never reused), but greyed
                item.setForeground(table.palette().placeholderText())
            table.setItem(at, column, item)
        table.item(at, USER_COLUMN).setData(ROW_ROLE, row)

    def _state(self, row: UserRow) -> str:
        if not row.active:
            return self.tr("Deactivated")
        if row.locked:
            return self.tr("Locked")
        return self.tr("Active")

    def _enable_buttons(self) -> None:
        row = self.selected()
        active = row is not None and row.active
        self.ui.reset_password.setEnabled(active)
        self.ui.edit_roles.setEnabled(active)
        self.ui.unlock.setEnabled(active and row.locked)
        self.ui.deactivate.setEnabled(active and row.user_id != self._actor.user_id)
        self.ui.history.setEnabled(row is not None)

    @staticmethod
    def _added_id(dialog: AccountActionDialog) -> str:
        return dialog.ui.user_id.text().strip() if dialog.change is Change.ADD else ""
