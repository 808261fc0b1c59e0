"""The signed-in user's delegations (ui/delegations.ui): those they gave and those they hold,
"Delegate…" to give one (ui/delegate.ui) and "Revoke" for one they gave.

delegations.delegate checks the giver's password with Argon2id, so the form runs it in a Task
with a busy cursor; a refusal (a wrong password, a cap above the giver's own limit, field staff
as the colleague) is said in the form in one sentence, and the form stays open."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import Delegation
from qa_desktop.core.money import minor_text
from qa_desktop.core.services import accounts, delegations
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.delegations import DelegationRow
from qa_desktop.core.services.matrix import matrix
from qa_desktop.core.settings import UserSettings, department_zone
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_delegate import Ui_DelegateForm
from qa_desktop.gui.forms.ui_delegations import Ui_DelegationsForm
from qa_desktop.gui.password_task import PasswordTaskDialog
from qa_desktop.gui.screen_fit import fit_to_screen

ROW_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_DAYS = 7  # a week away: the usual business trip or leave


def department_today(clock: Clock) -> date:
    """Today where the department is: a delegation's days are the department's days."""
    return clock().astimezone(department_zone()).date()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DelegationsDialog(QDialog):
    """`changed` is true once a delegation was given or revoked here."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DelegationsForm()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(900, 420), user, "delegations")
        self._actor, self._clock = actor, clock
        self._currency = matrix().base_currency
        self.changed = False
        self.form: DelegateDialog | None = None
        header = self.ui.delegation_list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.delegate.clicked.connect(self.open_form)
        self.ui.revoke.clicked.connect(self.revoke_selected)
        self.ui.delegation_list.itemSelectionChanged.connect(self._enable_buttons)
        self.ui.buttons.rejected.connect(self.reject)
        show_message(self.ui.message, "")
        self.reload()

    # ----- what callers (and tests) use ------------------------------------------------------
    def rows(self) -> list[DelegationRow]:
        table = self.ui.delegation_list
        return [table.item(r, 0).data(ROW_ROLE) for r in range(table.rowCount())]

    def cells(self, at: int) -> list[str]:
        table = self.ui.delegation_list
        return [table.item(at, c).text() for c in range(table.columnCount())]

    def selected(self) -> DelegationRow | None:
        items = self.ui.delegation_list.selectedItems()
        return self.ui.delegation_list.item(items[0].row(), 0).data(ROW_ROLE) if items else None

    def select_delegation(self, delegation_id: int) -> bool:
        for at, row in enumerate(self.rows()):
            if row.id == delegation_id:
                self.ui.delegation_list.selectRow(at)
                return True
        return False

    def reload(self, select: int | None = None) -> None:
        table = self.ui.delegation_list
        table.blockSignals(True)
        table.setRowCount(0)
        for row in delegations.delegations_of(self._actor.user_id):
            self._add_row(row)
        table.blockSignals(False)
        if not (select is not None and self.select_delegation(select)):
            table.clearSelection()
        self._enable_buttons()

    def open_form(self) -> DelegateDialog:
        """Delegate…: the form, shown; `self.form` while it is open (tests fill it in)."""
        self.form = DelegateDialog(self, actor=self._actor, clock=self._clock)
        self.form.finished.connect(self._form_closed)
        self.form.open()
        return self.form

    def revoke_selected(self) -> None:
        row = self.selected()
        if row is None or not row.given or row.revoked:
            return
        try:
            delegations.revoke(self._actor, row.id, self._clock)
        except UserError as exc:
            show_message(self.ui.message, str(exc))
            return
        self.changed = True
        show_message(
            self.ui.message,
            self.tr("The delegation to %1 is revoked.").replace("%1", row.other_name),
        )
        self.reload(select=row.id)

    # ----- inside ----------------------------------------------------------------------------
    def _add_row(self, row: DelegationRow) -> None:
        table = self.ui.delegation_list
        at = table.rowCount()
        table.insertRow(at)
        cap = (
            self.tr("any amount")
            if row.cap_minor is None
            else minor_text(row.cap_minor, self._currency)
        )
        cells = (
            self.tr("Given") if row.given else self.tr("Held"),
            f"{row.other_name} ({row.other_id})",
            row.first_day.isoformat(),
            row.last_day.isoformat(),
            cap,
            row.reason,
            self.tr("Revoked") if row.revoked else self.tr("In force"),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if row.revoked:  # still listed (it was in force, signatures may rest on it), greyed
                item.setForeground(table.palette().placeholderText())
            table.setItem(at, column, item)
        table.item(at, 0).setData(ROW_ROLE, row)

    def _enable_buttons(self) -> None:
        row = self.selected()
        self.ui.revoke.setEnabled(row is not None and row.given and not row.revoked)

    def _form_closed(self, result: int) -> None:
        given = self.form.given if self.form is not None else None
        self.form = None
        if result == QDialog.DialogCode.Accepted and given is not None:
            self.changed = True
            show_message(self.ui.message, "")
            self.reload(select=given.id)


class DelegateDialog(PasswordTaskDialog):
    """`exec()` is true once the delegation is stored (then `given` is it)."""

    def __init__(
        self, parent: QWidget | None = None, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DelegateForm()
        self.ui.setupUi(self)
        self._actor, self._clock = actor, clock
        self._currency = matrix().base_currency
        self.given: Delegation | None = None
        self.ui.currency.setText(self._currency)
        self.delegate_button.setText(self.tr("Delegate"))
        today = department_today(clock)
        self.ui.first_day.setDate(qdate(today))
        self.ui.last_day.setDate(qdate(today + timedelta(days=DEFAULT_DAYS)))
        self._fill_colleagues()
        show_message(self.ui.error, "")
        self.ui.buttons.accepted.connect(self.give)
        self.ui.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)

    @property
    def delegate_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def select_colleague(self, user_id: str) -> bool:
        index = self.ui.colleague.findData(user_id)
        if index >= 0:
            self.ui.colleague.setCurrentIndex(index)
        return index >= 0

    def give(self) -> None:
        """Start giving the delegation off the GUI thread; the answer comes back as a signal."""
        if self.task is not None:
            return
        show_message(self.ui.error, "")
        try:
            cap = delegations.cap_from_text(self.ui.cap.text(), self._currency)
        except UserError as exc:
            show_message(self.ui.error, str(exc))
            return
        actor, clock, password = self._actor, self._clock, self.ui.password.text()
        colleague = self.ui.colleague.currentData() or ""
        first = self.ui.first_day.date().toPython()
        last = self.ui.last_day.date().toPython()
        reason = self.ui.reason.text()

        def work(progress, cancelled) -> Delegation:
            return delegations.delegate(actor, password, colleague, first, last, cap, reason, clock)

        self.run_checked(
            work, self._given, buttons=self.ui.buttons, error=self.ui.error,
            password=self.ui.password,
        )  # fmt: skip

    def _fill_colleagues(self) -> None:
        """Every active account but one's own (the service refuses oneself anyway)."""
        for row in accounts.users():
            if row.active and row.user_id != self._actor.user_id:
                text = f"{row.display_name} ({row.user_id})"
                self.ui.colleague.addItem(
                    f"{text} — {row.position}" if row.position else text, row.user_id
                )

    def _given(self, row: Delegation) -> None:
        self.given = row
