"""The complaint form: register a new complaint or edit one (DOMAIN.md, step 1).

The form only gathers what the person typed into a `ComplaintDraft`; the complaint service
validates and writes it. Every input in ui/complaint_form.ui is named after its draft attribute
and has a label `<attribute>_error` beneath it, so a `FieldError` finds its place by name.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, tzinfo
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core.clock import Clock, utc_now, zone_name
from qa_desktop.core.drafts import CoilDraft, ComplaintDraft
from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import Complaint
from qa_desktop.core.services.complaints import (
    EarlierCase,
    earlier_cases,
    get_complaint,
    register_complaint,
    to_draft,
    update_complaint,
)
from qa_desktop.core.services.context import LOCAL_USER, Actor
from qa_desktop.core.services.reference import customers, defect_types
from qa_desktop.core.validation import REQUIRED_TEXT
from qa_desktop.core.vocab import Category, Channel, GoodsState, Market, Severity, Unit
from qa_desktop.gui.field_errors import error_labels, show_message
from qa_desktop.gui.forms.ui_complaint_form import Ui_ComplaintForm

# Draft attributes held by one plain widget of the same name; the rest need conversion.
SPECIAL_FIELDS = frozenset({"received_at", "ship_date", "coils"})
PLAIN_FIELDS = tuple(f.name for f in fields(ComplaintDraft) if f.name not in SPECIAL_FIELDS)
COIL_COLUMNS = tuple(f.name for f in fields(CoilDraft))  # the table's columns, in order
UNIT_COLUMN = COIL_COLUMNS.index("unit")
CODE_ROLE = Qt.ItemDataRole.UserRole  # a vocabulary cell shows the label and keeps the code
ERROR_BRUSH = QBrush(QColor("#fbd5d2"))
UNKNOWN_DATE = QDate(2000, 1, 1)  # the ship date's minimum, shown blank: "not known"
EARLIER_DELAY_MS = 300  # look up the repeat flag once typing pauses, not on every key


class ComplaintDialog(QDialog):
    """Register a complaint (`complaint_id=None`) or edit one; `exec()` is true once saved.

    After a save, `saved_complaint_id` holds the complaint's id. Nothing is written unless the
    service accepts the whole draft: on a problem the dialog stays open and says what is wrong.
    Raises `UserError` when `complaint_id` names no complaint.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        complaint_id: int | None = None,
        actor: Actor = LOCAL_USER,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintForm()
        self.ui.setupUi(self)
        # The draft's fields this form has an input for (the rest keep what they hold).
        self._plain_fields = tuple(name for name in PLAIN_FIELDS if hasattr(self.ui, name))
        self.saved_complaint_id: int | None = None
        self._complaint_id = complaint_id
        self._revision: int | None = None
        self._actor = actor
        self._clock = clock
        self._zone: tzinfo | None = None  # None: the PC's zone (a new complaint)
        self._error_labels = error_labels(self)
        self._earlier_timer = QTimer(self)
        self._setup_widgets()
        self._connect()
        if complaint_id is None:
            self._start_new()
        else:
            self._load(complaint_id)
        self._clear_errors()
        self._opened_with = self.draft()  # to tell whether closing would lose typing

    # ----- what callers use ------------------------------------------------------------------
    @property
    def complaint_id(self) -> int | None:
        """The complaint being edited, or the one just registered; None before the first save."""
        return self._complaint_id

    @property
    def revision(self) -> int | None:
        """The revision the edit is based on: the save is refused if the stored one differs."""
        return self._revision

    def draft(self) -> ComplaintDraft:
        """What the form holds now, as typed: the service parses and checks it."""
        values = {name: _value_of(getattr(self.ui, name)) for name in self._plain_fields}
        return ComplaintDraft(
            received_at=self._received_at(),
            ship_date=self._ship_date(),
            coils=self._coil_drafts(),
            **values,
        )

    def set_draft(self, draft: ComplaintDraft) -> None:
        """Show `draft` in the form (used for editing; also handy to start from a copy)."""
        for name in self._plain_fields:
            _show_value(getattr(self.ui, name), getattr(draft, name))
        self._set_received_at(draft.received_at or self._clock().astimezone())
        self._set_ship_date(draft.ship_date)
        self._set_coils(draft.coils)

    def is_modified(self) -> bool:
        """Whether the form differs from what it showed when opened."""
        return self.draft() != self._opened_with

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing typing away."""
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Close the form and lose what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field, as in a paper-like form; it never saves half a
        complaint. Ctrl+Enter (like Ctrl+S) saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def save(self) -> bool:
        """What the Save button does: write through the service, or show why not."""
        self._commit_open_cell()
        self._clear_errors()
        try:
            complaint = self._write(self.draft())
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except UserError as exc:
            self._show_problem(str(exc))
            return False
        self.saved_complaint_id = self._complaint_id = complaint.id
        self._revision = complaint.revision
        self.accept()
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Below the width of three columns side by side, stack them: scroll down, not across."""
        super().resizeEvent(event)
        row = self.ui.top_row
        groups = (self.ui.customer_group, self.ui.product_group, self.ui.defect_group)
        needed = sum(g.minimumSizeHint().width() for g in groups) + 2 * row.spacing()
        margins = self.ui.dialog_layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = event.size().width() - margins.left() - margins.right() - scroll_bar
        wide = QBoxLayout.Direction.LeftToRight
        row.setDirection(wide if available >= needed else QBoxLayout.Direction.TopToBottom)

    # ----- building --------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        self._fill_choices()
        ui = self.ui
        customer_edit = ui.customer_name.lineEdit()
        customer_edit.setPlaceholderText(self.tr("Choose or type a new name"))
        completer = ui.customer_name.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "不锈钢" finds "佛山某不锈钢制品厂"
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.coils.setItemDelegateForColumn(UNIT_COLUMN, ChoiceDelegate(self._unit_choices(), self))
        ui.coils.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip(self.tr("Save the complaint (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        ui.ship_date.setMinimumDate(UNKNOWN_DATE)
        ui.ship_date.setSpecialValueText(" ")
        ui.earlier_cases.hide()
        ui.received_zone.hide()
        self._earlier_timer.setSingleShot(True)
        self._earlier_timer.setInterval(EARLIER_DELAY_MS)
        self._mark_required()

    def _fill_choices(self) -> None:
        lang = current_language()
        ui = self.ui
        for combo, vocabulary in (
            (ui.channel, Channel),
            (ui.market, Market),
            (ui.category, Category),
            (ui.severity, Severity),
        ):
            _fill(combo, vocabulary.choices(lang))
            combo.setPlaceholderText(self.tr("Choose…"))  # required: no silent default
            combo.setCurrentIndex(-1)
        _fill(ui.goods_state, [("", self.tr("Not known")), *GoodsState.choices(lang)])
        for combo in (ui.shipped_unit, ui.affected_unit):
            _fill(combo, self._unit_choices())
        names = [(d.code, d.name_zh if lang == "zh_CN" else d.name_en) for d in defect_types()]
        _fill(ui.defect_type_code, [("", ""), *names])
        for customer in customers():
            ui.customer_name.addItem(customer.name, customer.market)

    def _unit_choices(self) -> list[tuple[str, str]]:
        return [("", ""), *Unit.choices(current_language())]

    def _mark_required(self) -> None:
        """Bold names for the fields validation requires (the rule is kept in one place)."""
        for name in REQUIRED_TEXT:
            label = getattr(self.ui, f"{name}_label", None)
            if isinstance(label, QLabel):
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.add_coil.clicked.connect(self._add_line)
        ui.remove_coil.clicked.connect(self._remove_lines)
        ui.ship_date_known.toggled.connect(self._ship_date_known)
        ui.customer_name.activated.connect(self._customer_chosen)
        self._earlier_timer.timeout.connect(self._refresh_earlier)
        for signal in (
            ui.customer_name.currentTextChanged,
            ui.product.textChanged,
            ui.defect_type_code.currentIndexChanged,
        ):
            signal.connect(lambda *_: self._earlier_timer.start())

    def _start_new(self) -> None:
        self.setWindowTitle(self.tr("New complaint"))
        now = self._clock().astimezone()
        self._set_received_at(now)
        # The owner is a person: prefill who is acting, but not the anonymous local user of a
        # database without accounts (ROADMAP step 2), whose name would be no owner at all.
        if self._actor != LOCAL_USER:
            self.ui.owner.setText(self._actor.name)
        self.ui.customer_name.setCurrentIndex(-1)
        self._add_line(edit=False)

    def _load(self, complaint_id: int) -> None:
        complaint = get_complaint(complaint_id)
        self._revision = complaint.revision
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", complaint.case_no))
        self._offer_retired_defect_type(complaint)
        self.set_draft(to_draft(complaint))

    def _offer_retired_defect_type(self, complaint: Complaint) -> None:
        """A defect type taken off the list since still shows on the complaints that have it."""
        combo = self.ui.defect_type_code
        defect = complaint.defect_type if complaint.defect_type_id else None
        if defect is not None and combo.findData(defect.code) < 0:
            name = defect.name_zh if current_language() == "zh_CN" else defect.name_en
            combo.addItem(name, defect.code)

    # ----- values that need converting ---------------------------------------------------------
    def _set_received_at(self, moment: datetime) -> None:
        # Edits keep the zone the complaint was entered in, named beside the time when it is
        # not this PC's; a new complaint is entered in this PC's zone.
        editing = self._complaint_id is not None
        self._zone = moment.tzinfo if editing else None
        moment = moment if editing else moment.astimezone()
        wall = moment.replace(tzinfo=None, second=0, microsecond=0)
        self.ui.received_at.setDateTime(QDateTime(wall))
        foreign = self._zone is not None and moment.utcoffset() != moment.astimezone().utcoffset()
        self.ui.received_zone.setText(self.tr("(time in %1)").replace("%1", zone_name(moment)))
        self.ui.received_zone.setVisible(foreign)

    def _received_at(self) -> datetime:
        wall: datetime = self.ui.received_at.dateTime().toPython()  # naive wall-clock time
        return wall.astimezone() if self._zone is None else wall.replace(tzinfo=self._zone)

    def _set_ship_date(self, value: date | None) -> None:
        self.ui.ship_date_known.setChecked(value is not None)
        self.ui.ship_date.setDate(UNKNOWN_DATE if value is None else QDate(value))

    def _ship_date_known(self, known: bool) -> None:
        # Start from the received day: the goods shipped before it, usually not long before.
        self.ui.ship_date.setEnabled(known)
        self.ui.ship_date.setDate(self.ui.received_at.date() if known else UNKNOWN_DATE)

    def _ship_date(self) -> date | None:
        if not self.ui.ship_date_known.isChecked():
            return None
        return self.ui.ship_date.date().toPython()

    # ----- coil lines --------------------------------------------------------------------------
    def _add_line(self, *, edit: bool = True) -> None:
        table = self.ui.coils
        row = table.rowCount()
        table.insertRow(row)
        if edit:
            table.setFocus()
            table.setCurrentCell(row, 0)

    def _remove_lines(self) -> None:
        table = self.ui.coils
        rows = {index.row() for index in table.selectedIndexes()}
        if table.currentRow() >= 0:
            rows.add(table.currentRow())
        for row in sorted(rows, reverse=True):
            table.removeRow(row)

    def _set_coils(self, coils: list[CoilDraft]) -> None:
        table = self.ui.coils
        table.setRowCount(0)
        for row, coil in enumerate(coils):
            table.insertRow(row)
            for column, name in enumerate(COIL_COLUMNS):
                value = getattr(coil, name)
                item = QTableWidgetItem(_text(value))
                if column == UNIT_COLUMN:
                    item.setText(_unit_label(value))
                    item.setData(CODE_ROLE, value)
                table.setItem(row, column, item)

    def _coil_drafts(self) -> list[CoilDraft]:
        """Every line, blank ones too, so an error's row is the table's row."""
        table = self.ui.coils
        return [
            CoilDraft(**{name: self._cell(row, col) for col, name in enumerate(COIL_COLUMNS)})
            for row in range(table.rowCount())
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.ui.coils.item(row, column)
        if item is None:
            return ""
        if column == UNIT_COLUMN:
            return item.data(CODE_ROLE) or ""
        return item.text()

    def _commit_open_cell(self) -> None:
        """A cell still being typed in counts (Ctrl+S saves without leaving the cell)."""
        table = self.ui.coils
        if table.state() != QAbstractItemView.State.EditingState:
            return
        editor = table.indexWidget(table.currentIndex())  # the open editor, while editing
        if editor is not None:
            table.commitData(editor)

    # ----- errors ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in [*self._error_labels.values(), self.ui.form_error]:
            show_message(label, "")
        table = self.ui.coils
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setToolTip("")

    def _show_errors(self, errors: list[FieldError]) -> None:
        messages: dict[str, list[str]] = {}
        for error in errors:
            if error.row is None:
                messages.setdefault(error.field, []).append(error.message)
                continue
            messages.setdefault("coils", []).append(self._mark_cell(error))
        for name, texts in messages.items():
            show_message(self._error_labels.get(name, self.ui.form_error), "\n".join(texts))
        if not self.ui.form_error.isVisible():
            self._show_problem(self.tr("Nothing was saved: correct the fields marked in red."))
        self._focus_first(set(messages), errors)

    def _mark_cell(self, error: FieldError) -> str:
        """Colour the bad cell, and say in words where it is (colour alone is easy to miss)."""
        assert error.row is not None
        table = self.ui.coils
        column = _coil_column(error.field)
        item = table.item(error.row, column)
        if item is None:
            item = QTableWidgetItem()
            table.setItem(error.row, column, item)
        item.setBackground(ERROR_BRUSH)
        item.setToolTip(error.message)
        header = table.horizontalHeaderItem(column).text()
        text = self.tr("Line %1, %2: %3").replace("%1", str(error.row + 1))
        return text.replace("%2", header).replace("%3", error.message)

    def _show_problem(self, text: str) -> None:
        show_message(self.ui.form_error, text)

    def _focus_first(self, bad: set[str], errors: list[FieldError]) -> None:
        """Focus the first bad field in tab order (the order a person reads the form)."""
        start = widget = self.ui.customer_name.lineEdit()
        while True:
            name = self._field_of(widget)
            if name in bad:
                break
            widget = widget.nextInFocusChain()
            if widget is start:
                return
        self.ui.scroll_area.ensureWidgetVisible(self._error_labels[name])
        self.ui.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        first_cell = next((e for e in errors if e.row is not None), None)
        if name == "coils" and first_cell is not None:
            self.ui.coils.setCurrentCell(first_cell.row, _coil_column(first_cell.field))

    def _field_of(self, widget: QWidget | None) -> str | None:
        """The draft attribute an input belongs to (a combo's line edit belongs to the combo)."""
        while widget is not None and widget is not self:
            if widget.objectName() in self._error_labels:
                return widget.objectName()
            widget = widget.parentWidget()
        return None

    # ----- saving and the repeat flag ------------------------------------------------------------
    def _write(self, draft: ComplaintDraft) -> Complaint:
        lang = current_language()
        if self._complaint_id is None or self._revision is None:
            return register_complaint(draft, self._actor, self._clock, lang=lang)
        return update_complaint(
            self._complaint_id, draft, self._revision, self._actor, self._clock, lang=lang
        )

    def _customer_chosen(self, index: int) -> None:
        """An existing customer brings its market, unless one is chosen already."""
        market = self.ui.customer_name.itemData(index)
        if market and self.ui.market.currentIndex() < 0:
            self.ui.market.setCurrentIndex(self.ui.market.findData(market))

    def _refresh_earlier(self) -> None:
        customer = self.ui.customer_name.currentText().strip()
        product = self.ui.product.text().strip()
        defect = self.ui.defect_type_code.currentData() or ""
        found: list[EarlierCase] = []
        if customer and (product or defect):
            found = earlier_cases(
                customer, product, defect, self._received_at(), exclude_id=self._complaint_id
            )
        label = self.ui.earlier_cases
        label.setVisible(bool(found))
        reasons = {"defect": self.tr("same defect"), "product": self.tr("same product")}
        cases = ", ".join(f"{case.case_no} ({reasons.get(case.reason, '')})" for case in found)
        label.setText(self.tr("Earlier complaints from this customer: %1").replace("%1", cases))


class ChoiceDelegate(QStyledItemDelegate):
    """A table column that offers a vocabulary: the cell shows the label and keeps the code."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        _fill(combo, self._choices)
        combo.activated.connect(lambda _index: self.commitData.emit(combo))  # a pick lands at once
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(CODE_ROLE) or "")))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", CODE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


# ----- plain widgets <-> draft values ---------------------------------------------------------
def _fill(combo: QComboBox, choices: list[tuple[str, str]]) -> None:
    combo.clear()
    for code, label in choices:
        combo.addItem(label, code)


def _value_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        # The customer combo takes any typed name; the others give the chosen code.
        return widget.currentText() if widget.isEditable() else (widget.currentData() or "")
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit), widget.objectName()
    return widget.text()


def _show_value(widget: QWidget, value: object) -> None:
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setCurrentText(_text(value))
        else:
            widget.setCurrentIndex(widget.findData(value or ""))  # -1 shows "Choose…"
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(_text(value))
    else:
        assert isinstance(widget, QLineEdit), widget.objectName()
        widget.setText(_text(value))


def _text(value: object) -> str:
    """A stored value as a person would type it: 212.000 → "212", None → ""."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def _coil_column(name: str) -> int:
    return COIL_COLUMNS.index(name) if name in COIL_COLUMNS else 0


def _unit_label(code: object) -> str:
    return Unit(code).label(current_language()) if code in {u.value for u in Unit} else ""
