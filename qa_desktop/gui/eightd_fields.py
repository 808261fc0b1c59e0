"""The 8D editor's widgets for one field, one per kind of the registry (core/eightd/fields.py):
text, one line, yes/no, a day, a percentage, a choice, the case's actions ticked. Row lists
have their own editors (eightd_rows.py, eightd_fishbone.py, eightd_photos.py).

Every editor holds its value as plain data the core checks (`content_from_data`): text as
typed, None for a question not answered or a day or percentage left empty. The core decides
what is valid; an editor only never offers what cannot be typed (a percentage of 300)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core.eightd.facts import ActionFact
from qa_desktop.core.eightd.fields import FieldSpec
from qa_desktop.core.i18n import current_language
from qa_desktop.core.vocab import ActionKind, ActionState

MARK = QColor("#f9d6d5")  # a cell a refusal names
NO_DAY = QDate(1999, 12, 31)  # below the core's first day (2000-01-01): shown as "—"
LINE_HEIGHT_MIN, LINE_HEIGHT_MAX = 2, 10  # lines a text field shows before it scrolls


class FieldEditor(QWidget):
    """One field's editor. `edited` is sent on every change the person makes."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def mark(self, row: int | None, column: str | None) -> None:
        """Show where a refusal is (a row list marks its cell); the message is under the field."""

    def clear_marks(self) -> None:
        pass

    def focus_widget(self) -> QWidget:
        return self


class TextField(FieldEditor):
    """Several lines; as tall as what is written (two to ten lines, then it scrolls)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.edit.textChanged.connect(self._changed)
        self.layout_.addWidget(self.edit)
        self._refit = refit_timer(self, self._fit)
        self._fit()

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: object) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setPlainText(str(value or ""))
        self._fit()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self.edit

    def _changed(self) -> None:
        self._fit()
        self.edited.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the lines wrap anew, once
            self._refit.start()  # the edit has its new width when the event loop is back

    def _fit(self) -> None:
        fit_height(self.edit)


def refit_timer(owner: QWidget, fit) -> QTimer:
    """A timer that fits `owner`'s text once its resize has reached its edits."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(fit)
    return timer


def fit_height(edit: QPlainTextEdit) -> None:
    """As tall as what it holds at its width (two to ten lines, then it scrolls). Below ten
    lines it has no scroll bar at all: one that comes and goes as a line just fits narrows
    the text, which wraps again, and the two would take turns for ever."""
    lines = fitted_lines(edit)
    policy = Qt.ScrollBarPolicy
    edit.setVerticalScrollBarPolicy(
        policy.ScrollBarAsNeeded if lines >= LINE_HEIGHT_MAX else policy.ScrollBarAlwaysOff
    )
    height = edit.fontMetrics().lineSpacing() * lines
    edit.setFixedHeight(height + 2 * edit.frameWidth() + 10)


def fitted_lines(edit: QPlainTextEdit) -> int:
    """The lines `edit` shows: what it holds, wrapped at its width, within the bounds (the
    plain-text layout measures its document in lines)."""
    count = round(edit.document().documentLayout().documentSize().height())
    return max(LINE_HEIGHT_MIN, min(LINE_HEIGHT_MAX, count))


class LineField(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.layout_.addWidget(self.edit)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: object) -> None:
        self.edit.setText(str(value or ""))
        self.edit.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self.edit


class _ComboField(FieldEditor):
    """A choice among fixed answers (code, label); the first is "not answered"."""

    def __init__(self, spec: FieldSpec, answers, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        for code, label in answers:
            self.combo.addItem(label, code)
        self.combo.currentIndexChanged.connect(lambda _index: self.edited.emit())
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        index = next((i for i in range(self.combo.count()) if self.combo.itemData(i) == value), 0)
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(index)

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.combo


class YesNoField(_ComboField):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        answers = [(None, self.tr("— not answered —")), (True, self.tr("Yes")),
                   (False, self.tr("No"))]  # fmt: skip
        super().__init__(spec, answers, parent)


class ChoiceField(_ComboField):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        answers = [("", "—"), *((o.code, o.text()) for o in spec.options)]
        super().__init__(spec, answers, parent)


class DayEdit(QDateEdit):
    """A day, or none ("—"): a date edit cannot be empty, so the day before the core's first
    day stands for none (Qt's special-value text shows it as "—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDateRange(NO_DAY, QDate(2099, 12, 31))
        self.setSpecialValueText("—")
        self.setMinimumWidth(120)
        self.set_day(None)

    def day(self) -> date | None:
        shown = self.date()
        return None if shown == NO_DAY else date(shown.year(), shown.month(), shown.day())

    def set_day(self, day: date | None) -> None:
        self.setDate(NO_DAY if day is None else QDate(day.year, day.month, day.day))


class DateField(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = DayEdit(self)
        self.edit.dateChanged.connect(lambda _day: self.edited.emit())
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch(1)

    def value(self) -> date | None:
        return self.edit.day()

    def set_value(self, value: object) -> None:
        with QSignalBlocker(self.edit):
            self.edit.set_day(value if isinstance(value, date) else None)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self.edit


class PercentField(FieldEditor):
    """0–100 %, or none ("—", one below the range)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QSpinBox(self)
        self.edit.setRange(-1, 100)
        self.edit.setSpecialValueText("—")
        self.edit.setSuffix(" %")
        self.edit.setMinimumWidth(90)
        self.edit.setValue(-1)
        self.edit.valueChanged.connect(lambda _value: self.edited.emit())
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch(1)

    def value(self) -> int | None:
        return None if self.edit.value() < 0 else self.edit.value()

    def set_value(self, value: object) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setValue(value if isinstance(value, int) else -1)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        return self.edit


class ActionsField(FieldEditor):
    """The case's actions (entered on the Actions tab: they flow in), each with a tick for the
    ones this step names. The step's kind comes first; cancelled ones are listed greyed."""

    COLUMNS = ("number", "kind", "cause", "description", "department", "due_on", "state",
               "done_on", "verified")  # fmt: skip

    def __init__(self, spec: FieldSpec, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.kind = kind
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.layout_.addWidget(self.table)
        self._read_only = False
        self._stored: tuple[int, ...] = ()

    def _headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Kind"), self.tr("Against"), self.tr("Action"),
                self.tr("Department"), self.tr("Due"), self.tr("State"), self.tr("Done on"),
                self.tr("Verified")]  # fmt: skip

    def set_actions(self, actions: tuple[ActionFact, ...]) -> None:
        """The case's actions as they are now (the ticks shown are kept)."""
        ticked = set(self.value())
        ordered = sorted(actions, key=lambda a: (a.kind != self.kind, a.number))
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(ordered))
            for row, action in enumerate(ordered):
                for column, text in enumerate(self._cells(action)):
                    item = QTableWidgetItem(text)
                    if action.state == ActionState.CANCELLED.value:
                        item.setForeground(Qt.GlobalColor.gray)
                    self.table.setItem(row, column, item)
                first = self.table.item(row, 0)
                first.setData(Qt.ItemDataRole.UserRole, action.number)
                first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(_check(action.number in ticked))
        self._apply_read_only()
        self._fit()

    def _cells(self, a: ActionFact) -> list[str]:
        lang = current_language()
        against = {"occurrence": self.tr("Occurrence"), "escape": self.tr("Escape")}
        verified = ""
        if a.verified_on:
            verified = f"{a.verified_on.isoformat()} {a.verified_by}".strip()
        return [str(a.number), _label(ActionKind, a.kind, lang), against.get(a.cause, ""),
                a.description, a.department, a.due_on.isoformat(),
                _label(ActionState, a.state, lang),
                a.done_on.isoformat() if a.done_on else "", verified]  # fmt: skip

    def value(self) -> tuple[int, ...]:
        numbers = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                numbers.append(item.data(Qt.ItemDataRole.UserRole))
        # Numbers the 8D names that are no longer listed stay named: the service says so.
        missing = [n for n in self._stored if n not in self._listed()]
        return tuple(sorted({*numbers, *missing}))

    def _listed(self) -> set[int]:
        return {
            self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
        }

    def set_value(self, value: object) -> None:
        self._stored = tuple(value) if isinstance(value, (list, tuple)) else ()
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                item = self.table.item(row, 0)
                item.setCheckState(_check(item.data(Qt.ItemDataRole.UserRole) in self._stored))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            flags = item.flags()
            if self._read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)

    def _fit(self) -> None:
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        empty = self.table.verticalHeader().defaultSectionSize() if not rows else 0
        self.table.setFixedHeight(header + rows + empty + 2 * self.table.frameWidth() + 2)

    def tick(self, number: int, ticked: bool = True) -> None:
        """Tick (or untick) action `number`, as a click on its box does."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                item.setCheckState(_check(ticked))


def _check(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def _label(vocabulary, code: str, lang: str) -> str:
    return vocabulary(code).label(lang) if code in {v.value for v in vocabulary} else code
