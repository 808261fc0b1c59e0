"""A proposal's lines of handling in a table: a kind and a currency chosen from their lists, the
rest typed; a refused cell is marked red with its sentence as the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from qa_desktop.core.errors import FieldError
from qa_desktop.core.models import ProposalLine
from qa_desktop.core.money import from_minor
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.vocab import Currency, HandlingKind, Unit

COLUMNS = ("kind", "quantity", "unit", "amount", "currency", "rate", "reason")
KIND, QUANTITY, UNIT, AMOUNT, CURRENCY, RATE, REASON = range(len(COLUMNS))
COMBOS = (KIND, UNIT, CURRENCY)  # codes stored, the vocabulary's labels shown
WIDTHS = {KIND: 170, QUANTITY: 80, UNIT: 90, AMOUNT: 100, CURRENCY: 150, RATE: 70}
BAD = QColor("#f8d7da")
BAD_STYLE = "QComboBox { background: #f8d7da; border: 1px solid #b00020; }"


def as_draft(line: ProposalLine) -> LineDraft:
    """A stored line as the form shows it (the base currency's rate of 1 left empty)."""
    quantity = "" if line.quantity is None else format(line.quantity.normalize(), "f")
    amount = from_minor(line.amount_minor, line.currency) if line.amount_minor else None
    rate = "" if line.rate in ("", "1") else line.rate
    return LineDraft(
        line.kind,
        quantity,
        line.unit,
        "" if amount is None else format(amount, "f"),
        line.currency,
        rate,
        line.reason,
    )


class LinesTable:
    """Drives the form's `lines` QTableWidget."""

    def __init__(self, table: QTableWidget, base_currency: str) -> None:
        self.table = table
        self.base = base_currency
        self._editable = True
        header = table.horizontalHeader()
        for column, width in WIDTHS.items():
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)

    # ----- contents --------------------------------------------------------------------------
    def load(self, lines: list[LineDraft]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.add_row(line)

    def add_row(self, line: LineDraft | None = None) -> int:
        line = line or LineDraft("", currency=self.base)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, KIND, self._combo(HandlingKind.choices(), line.kind, True))
        self.table.setCellWidget(row, UNIT, self._combo(Unit.choices(), line.unit, True))
        self.table.setCellWidget(
            row, CURRENCY, self._combo(Currency.choices(), line.currency or self.base, False)
        )
        for column, text in (
            (QUANTITY, line.quantity),
            (AMOUNT, line.amount),
            (RATE, line.rate),
            (REASON, line.reason),
        ):
            item = QTableWidgetItem(text)
            if column in (QUANTITY, AMOUNT, RATE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self._apply_editable(row)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def drafts(self) -> list[LineDraft]:
        return [self._draft(row) for row in range(self.table.rowCount())]

    def combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    # ----- marks -----------------------------------------------------------------------------
    def mark(self, errors: list[FieldError]) -> None:
        """Each line cell named by an error: red, with the sentence as its tooltip."""
        for error in errors:
            if error.row is None or error.field not in COLUMNS:
                continue
            column = COLUMNS.index(error.field)
            if column in COMBOS:
                widget = self.combo(error.row, column)
                widget.setStyleSheet(BAD_STYLE)
                widget.setToolTip(error.message)
            else:
                item = self.table.item(error.row, column)
                item.setBackground(QBrush(BAD))
                item.setToolTip(error.message)

    def clear_marks(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(len(COLUMNS)):
                if column in COMBOS:
                    self.combo(row, column).setStyleSheet("")
                    self.combo(row, column).setToolTip("")
                else:
                    item = self.table.item(row, column)
                    item.setBackground(QBrush())
                    item.setToolTip("")

    def is_marked(self, row: int, field: str) -> bool:
        column = COLUMNS.index(field)
        if column in COMBOS:
            return bool(self.combo(row, column).styleSheet())
        return self.table.item(row, column).background().style() != Qt.BrushStyle.NoBrush

    # ----- editing ---------------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for row in range(self.table.rowCount()):
            self._apply_editable(row)

    def _apply_editable(self, row: int) -> None:
        for column in COMBOS:
            self.combo(row, column).setEnabled(self._editable)
        for column in range(len(COLUMNS)):
            item = self.table.item(row, column)
            if item is None:
                continue
            flags = item.flags() | Qt.ItemFlag.ItemIsEditable
            if not self._editable:
                flags &= ~Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)

    def _combo(self, choices: list[tuple[str, str]], value: str, blank: bool) -> QComboBox:
        combo = QComboBox()
        if blank:
            combo.addItem("", "")
        for code, label in choices:
            combo.addItem(label, code)
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def _draft(self, row: int) -> LineDraft:
        def text(column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return LineDraft(
            kind=self.combo(row, KIND).currentData() or "",
            quantity=text(QUANTITY),
            unit=self.combo(row, UNIT).currentData() or "",
            amount=text(AMOUNT),
            currency=self.combo(row, CURRENCY).currentData() or self.base,
            rate=text(RATE),
            reason=text(REASON),
        )
