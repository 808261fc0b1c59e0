"""Roles (Users… → Role list…): the department's roles, how many active accounts hold each, and
the administrator's changes to them (ui/roles.ui). Each change opens RoleActionDialog, which
asks for the administrator's password and lets the core decide (services/roles.py); the list is
read again after it. A role's rights are the authority matrix's business, not this dialog's."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.roles import RoleRow, role_rows
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_roles import Ui_RolesForm
from qa_desktop.gui.role_action import RoleActionDialog, RoleChange
from qa_desktop.gui.screen_fit import fit_to_screen

CODE_COLUMN, NAME_EN_COLUMN, NAME_ZH_COLUMN, HOLDERS_COLUMN = range(4)
ROW_ROLE = Qt.ItemDataRole.UserRole  # on the code cell: the RoleRow


class RolesDialog(QDialog):
    """`changed` is true once any role was added or renamed (the users' list then reads again)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        admin: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RolesForm()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(760, 440), user, "roles")  # remembered per user
        self._admin = admin
        self._clock = clock
        self.changed = False
        self._setup_table()
        self.ui.add_role.clicked.connect(lambda: self.run(RoleChange.ADD))
        self.ui.rename_role.clicked.connect(lambda: self.run(RoleChange.RENAME))
        self.ui.role_list.itemSelectionChanged.connect(self._enable_buttons)
        self.ui.role_list.itemDoubleClicked.connect(lambda _item: self.run(RoleChange.RENAME))
        self.ui.button_box.rejected.connect(self.reject)
        show_message(self.ui.message, "")
        self.reload()

    # ----- what callers (and tests) use ------------------------------------------------------
    def rows(self) -> list[RoleRow]:
        table = self.ui.role_list
        return [table.item(r, CODE_COLUMN).data(ROW_ROLE) for r in range(table.rowCount())]

    def selected(self) -> RoleRow | None:
        items = self.ui.role_list.selectedItems()
        return self.rows()[items[0].row()] if items else None

    def select_role(self, code: str) -> bool:
        for at, row in enumerate(self.rows()):
            if row.code == code:
                self.ui.role_list.selectRow(at)
                return True
        return False

    def action_dialog(self, change: RoleChange) -> RoleActionDialog:
        """The dialog a button opens, for the selected role (none for ADD)."""
        row = None if change is RoleChange.ADD else self.selected()
        return RoleActionDialog(change, self, admin=self._admin, row=row, clock=self._clock)

    def run(self, change: RoleChange) -> None:
        """Open the change's dialog; once the core made the change, say so and read again."""
        if change is RoleChange.RENAME and self.selected() is None:
            return
        dialog = self.action_dialog(change)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.changed = True
        self.reload(select=dialog.code)
        show_message(self.ui.message, dialog.outcome)

    # ----- the list --------------------------------------------------------------------------
    def _setup_table(self) -> None:
        header = self.ui.role_list.horizontalHeader()
        for column in range(self.ui.role_list.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_ZH_COLUMN, QHeaderView.ResizeMode.Stretch)

    def reload(self, select: str | None = None) -> None:
        table = self.ui.role_list
        table.blockSignals(True)
        table.setRowCount(0)
        for row in role_rows():
            self._add_row(row)
        table.blockSignals(False)
        if not (select and self.select_role(select)):
            table.clearSelection()
        self._enable_buttons()

    def _add_row(self, row: RoleRow) -> None:
        table = self.ui.role_list
        at = table.rowCount()
        table.insertRow(at)
        for column, text in enumerate((row.code, row.name_en, row.name_zh, str(row.holders))):
            item = QTableWidgetItem(text)
            if not row.active:  # kept for the matrix's history, but greyed
                item.setForeground(table.palette().placeholderText())
            table.setItem(at, column, item)
        holders = table.item(at, HOLDERS_COLUMN)
        holders.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.item(at, CODE_COLUMN).setData(ROW_ROLE, row)

    def _enable_buttons(self) -> None:
        self.ui.rename_role.setEnabled(self.selected() is not None)
