"""Customers (Tools → Customers…): the list in pinyin order with a filter, one customer's details,
and the merge of two spellings of one customer (ui/customers.ui).

The core decides everything (services/customers.py): what may be saved, what a merge does. The
screen gathers what was typed, shows each problem beside its field (`<field>_error` labels, as
on the other forms) and asks before it throws typing away or merges.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import Customer
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.customers import (
    CustomerDraft,
    CustomerRow,
    add_customer,
    customer_rows,
    merge_customers,
    old_spellings,
    update_customer,
)
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.sorting import name_matches
from qa_desktop.core.vocab import Market
from qa_desktop.gui.field_errors import error_labels, show_message
from qa_desktop.gui.forms.ui_customers import Ui_CustomersForm
from qa_desktop.gui.screen_fit import fit_to_screen

NAME_COLUMN, NAME_EN_COLUMN, COMPLAINTS_COLUMN = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole  # on the name cell: the customer's id
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # on the name cell: the CustomerRow, for the filter
LINE_FIELDS = ("name", "name_en", "contact_name", "contact_phone", "contact_email")


class CustomersDialog(QDialog):
    """Edit the customer list; `changed` is true once anything was saved or merged."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomersForm()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(1000, 640), user, "customers")  # remembered per user
        self._actor = actor
        self._clock = clock
        self.changed = False
        self._editing: int | None = None  # the customer in the form; None: a new one
        self._revision = 0
        self._loaded = CustomerDraft()  # the form as it was filled, to tell what was typed
        self._error_labels = {k: v for k, v in error_labels(self).items() if k != "form"}
        self._setup_widgets()
        self._fill_form(CustomerDraft())  # the widgets agree with "nothing typed yet"
        self._connect()
        self._reload()

    # ----- what callers use ------------------------------------------------------------------
    def typed(self) -> CustomerDraft:
        """The details as typed."""
        ui = self.ui
        values = {name: getattr(ui, name).text() for name in LINE_FIELDS}
        return CustomerDraft(
            **values,
            market=ui.market.currentData() or "",
            address=ui.address.toPlainText(),
            active=ui.active.isChecked(),
        )

    def is_modified(self) -> bool:
        """Whether the form holds typing that is not saved."""
        return self.typed().cleaned() != self._loaded.cleaned()

    def current_customer_id(self) -> int | None:
        return self._editing

    def select_customer(self, customer_id: int) -> bool:
        """Select a customer in the list and show it in the form (what was typed is dropped);
        False if it is not listed."""
        row = self._row_of(customer_id)
        if row is None:
            return False
        table = self.ui.customer_list
        table.blockSignals(True)
        table.selectRow(row)
        table.blockSignals(False)
        self._show_customer(Customer.get_by_id(customer_id))
        return True

    def reject(self) -> None:
        """Close, Esc or the window's close button: ask before throwing typing away."""
        if self._may_leave_form():
            super().reject()

    # ----- building --------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        header = ui.customer_list.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME_EN_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COMPLAINTS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        for code, label in Market.choices():
            ui.market.addItem(label, code)
        ui.splitter.setStretchFactor(0, 5)
        ui.splitter.setStretchFactor(1, 4)
        self._clear_messages()

    def _connect(self) -> None:
        ui = self.ui
        ui.filter.textChanged.connect(self._apply_filter)
        ui.customer_list.itemSelectionChanged.connect(self._selection_changed)
        ui.add_customer.clicked.connect(self._start_new)
        ui.save_customer.clicked.connect(self.save)
        ui.merge_button.clicked.connect(self.merge)
        ui.button_box.rejected.connect(self.reject)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

    # ----- the list --------------------------------------------------------------------------
    def _reload(self, select: int | None = None) -> None:
        """Read the list again (after a save or merge) and select `select`, or the first."""
        rows = customer_rows()
        table = self.ui.customer_list
        table.blockSignals(True)
        table.setRowCount(0)
        for row in rows:
            self._add_row(row)
        table.blockSignals(False)
        self._fill_merge_choices(rows)
        self._apply_filter()
        count = len(rows)
        text = self.tr("1 customer") if count == 1 else self.tr("%n customers", "", count)
        self.ui.list_count.setText(text)
        wanted = select if select is not None else (rows[0].id if rows else None)
        if wanted is None or not self.select_customer(wanted):
            self._start_new(ask=False)

    def _add_row(self, row: CustomerRow) -> None:
        table = self.ui.customer_list
        at = table.rowCount()
        table.insertRow(at)
        name = QTableWidgetItem(row.name)
        name.setData(ID_ROLE, row.id)
        name.setData(ROW_ROLE, row)
        count = QTableWidgetItem(str(row.complaints))
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items = (name, QTableWidgetItem(row.name_en), count)
        for column, item in enumerate(items):
            if not row.active:  # still listed, to be taken back into use; greyed like a retiree
                item.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
                item.setToolTip(self.tr("Not in use: not offered when a complaint is registered"))
            table.setItem(at, column, item)

    def _apply_filter(self) -> None:
        typed = self.ui.filter.text()
        table = self.ui.customer_list
        for at in range(table.rowCount()):
            row: CustomerRow = table.item(at, NAME_COLUMN).data(ROW_ROLE)
            hidden = not name_matches(typed, row.name, row.name_en, row.sort_key)
            table.setRowHidden(at, hidden)

    def _row_of(self, customer_id: int) -> int | None:
        table = self.ui.customer_list
        for at in range(table.rowCount()):
            if table.item(at, NAME_COLUMN).data(ID_ROLE) == customer_id:
                return at
        return None

    def _selection_changed(self) -> None:
        table = self.ui.customer_list
        selected = table.selectedItems()
        wanted = selected[0].data(ID_ROLE) if selected else None
        if wanted is None or wanted == self._editing:
            return
        if not self._may_leave_form():  # stay on the customer being typed
            table.blockSignals(True)
            table.clearSelection()
            if self._editing is not None:
                table.selectRow(self._row_of(self._editing))
            table.blockSignals(False)
            return
        self.select_customer(wanted)

    # ----- the form --------------------------------------------------------------------------
    def _show_customer(self, customer: Customer) -> None:
        self._editing, self._revision = customer.id, customer.revision
        self._fill_form(CustomerDraft.of(customer))
        row = self._row_of(customer.id)
        listed = (
            self.ui.customer_list.item(row, NAME_COLUMN).data(ROW_ROLE) if row is not None else None
        )
        count = listed.complaints if listed is not None else 0
        info = [self.tr("1 complaint") if count == 1 else self.tr("%n complaints", "", count)]
        spellings = old_spellings(customer.id)
        if spellings:
            info.append(self.tr("Also found as: %1").replace("%1", self.tr("; ").join(spellings)))
        show_message(self.ui.record_info, "\n".join(info))
        self.ui.merge_keep.setCurrentIndex(self.ui.merge_keep.findData(customer.id))

    def _start_new(self, checked: bool = False, *, ask: bool = True) -> None:
        """Add customer: an empty form; Save customer adds it."""
        del checked
        if ask and not self._may_leave_form():
            return
        ui = self.ui
        ui.customer_list.blockSignals(True)
        ui.customer_list.clearSelection()
        ui.customer_list.blockSignals(False)
        self._editing, self._revision = None, 0
        self._fill_form(CustomerDraft())
        show_message(ui.record_info, self.tr("A new customer: it is added when you save it."))
        ui.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_form(self, draft: CustomerDraft) -> None:
        ui = self.ui
        for name in LINE_FIELDS:
            getattr(ui, name).setText(getattr(draft, name))
        ui.market.setCurrentIndex(max(ui.market.findData(draft.market), 0))
        ui.address.setPlainText(draft.address)
        ui.active.setChecked(draft.active)
        self._loaded = self.typed()  # as the widgets hold it (a market of old data included)
        self._clear_messages()

    def _may_leave_form(self) -> bool:
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Discard your changes to this customer?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # ----- saving and merging ----------------------------------------------------------------
    def save(self) -> bool:
        """Save customer: add the new one or save the edit, as the core allows."""
        self._clear_messages()
        draft = self.typed()
        try:
            if self._editing is None:
                saved = add_customer(draft, self._actor, self._clock)
            else:
                saved = update_customer(
                    self._editing, draft, self._revision, self._actor, self._clock
                )
        except ValidationError as exc:
            for problem in exc.errors:
                label = self._error_labels.get(problem.field, self.ui.form_error)
                show_message(label, problem.message)
            show_message(self.ui.form_error, self.tr("Not saved: correct what is marked in red."))
            self._focus_first([p.field for p in exc.errors])
            return False
        except UserError as exc:
            show_message(self.ui.form_error, self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.changed = True
        self._reload(select=saved.id)
        show_message(self.ui.status, self.tr("Saved %1.").replace("%1", saved.name))
        return True

    def merge(self) -> bool:
        """Merge…: ask, then merge the chosen spelling into the customer to keep."""
        ui = self.ui
        keep_id, merged_id = ui.merge_keep.currentData(), ui.merge_from.currentData()
        self._clear_messages()
        if keep_id is None or merged_id is None:
            show_message(ui.form_error, self.tr("Choose the customer to keep and the spelling."))
            return False
        if not self._may_leave_form():
            return False
        keep, merged = ui.merge_keep.currentText(), ui.merge_from.currentText()
        question = self.tr(
            "Merge %1 into %2?\n\nAll complaints of %1 move to %2. %1 is no longer listed; "
            "typing it finds %2."
        )
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question.replace("%1", f"“{merged}”").replace("%2", f"“{keep}”"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = merge_customers(keep_id, merged_id, self._actor, self._clock)
        except UserError as exc:
            show_message(ui.form_error, self.tr("Not merged: %1").replace("%1", str(exc)))
            return False
        self.changed = True
        self._reload(select=result.kept.id)
        done = (
            self.tr("Merged %1 into %2: 1 complaint moved.")
            if result.moved == 1
            else self.tr("Merged %1 into %2: %n complaints moved.", "", result.moved)
        )
        show_message(
            ui.status, done.replace("%1", result.merged.name).replace("%2", result.kept.name)
        )
        return True

    def _fill_merge_choices(self, rows: list[CustomerRow]) -> None:
        for combo in (self.ui.merge_keep, self.ui.merge_from):
            chosen = combo.currentData()
            combo.clear()
            for row in rows:
                combo.addItem(row.name, row.id)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)

    # ----- messages --------------------------------------------------------------------------
    def _clear_messages(self) -> None:
        for label in [*self._error_labels.values(), self.ui.form_error, self.ui.status]:
            show_message(label, "")

    def _focus_first(self, names: list[str]) -> None:
        order = [f.name for f in fields(CustomerDraft)]
        known = sorted((n for n in names if n in order), key=order.index)
        if known:
            getattr(self.ui, known[0]).setFocus(Qt.FocusReason.OtherFocusReason)
