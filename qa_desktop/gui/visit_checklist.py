"""A visit's checklist on screen: one row per item of the template the visit is filled against.

Made for a finger or a pen as much as for a mouse: yes / no / not applicable and short choice
lists are rows of large toggle buttons (a second tap on the chosen one takes the answer back),
numbers are typed beside their unit, texts in a box of several lines. A photo item shows how
many photos are attached to it. Required items are in bold; a refused answer's sentence
(FieldError.field == the item's key) is shown beneath its item.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from qa_desktop.core.checklists import ChecklistItem, ChecklistTemplate, ItemKind
from qa_desktop.core.vocab import Unit
from qa_desktop.gui.field_errors import show_message

TOUCH_HEIGHT = 36  # a row a fingertip or a pen hits without aiming
TOGGLE_WIDTH = 84
MAX_TOGGLES = 4  # a choice item with more answers than this is a list to pick from
ERROR_STYLE = "color: #b3261e;"
TEXT_HEIGHT = 64  # three lines: what a customer said fits, a longer text scrolls
TOGGLE_STYLE = (
    "QPushButton { padding: 4px 14px; }"
    "QPushButton:checked { background: #2f6db5; color: white; border: 1px solid #1f4f8a; }"
)


class _Answer(QWidget):
    """One item's input: what it holds as the stored answer ("" = not answered)."""

    changed = Signal()

    def value(self) -> str:
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError


class ToggleAnswer(_Answer):
    """Large buttons, at most one pressed; pressing the pressed one again clears the answer."""

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive groups cannot be cleared by a tap
        self.buttons: dict[str, QPushButton] = {}
        for code, label in options:
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setMinimumSize(TOGGLE_WIDTH, TOUCH_HEIGHT)
            button.setStyleSheet(TOGGLE_STYLE)
            button.setObjectName(code)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, pressed: QPushButton) -> None:
        for button in self.buttons.values():
            if button is not pressed:
                button.setChecked(False)
        self.changed.emit()

    def value(self) -> str:
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")

    def set_value(self, value: str) -> None:
        for code, button in self.buttons.items():
            button.setChecked(code == value)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)


class ComboAnswer(_Answer):
    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setMinimumHeight(TOUCH_HEIGHT)
        self.combo.addItem("", "")
        for code, label in options:
            self.combo.addItem(label, code)
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        layout.addWidget(self.combo, 1)

    def value(self) -> str:
        return self.combo.currentData() or ""

    def set_value(self, value: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)


class NumberAnswer(_Answer):
    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setMinimumHeight(TOUCH_HEIGHT)
        self.edit.setMaximumWidth(180)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.unit = QLabel(_unit_label(unit), self)
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addStretch(1)

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: str) -> None:
        self.edit.setText(value)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class TextAnswer(_Answer):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(TEXT_HEIGHT)
        self.edit.textChanged.connect(self.changed.emit)
        layout.addWidget(self.edit, 1)

    def value(self) -> str:
        text = self.edit.toPlainText()
        return text if text.strip() else ""

    def set_value(self, value: str) -> None:
        self.edit.setPlainText(value)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class PhotoCount(_Answer):
    """A photo item is answered by the photos attached to it: their count is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setMinimumHeight(TOUCH_HEIGHT)
        layout.addWidget(self.label, 1)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.label.setText(
            self.tr("No photo attached yet")
            if count == 0
            else self.tr("Photos attached: %n", "", count)
        )

    def value(self) -> str:
        return ""

    def set_value(self, value: str) -> None:
        """A photo item holds no answer of its own."""

    def set_read_only(self, read_only: bool) -> None:
        """Photos are attached in the photos area."""


class VisitChecklist(QWidget):
    """The items of `template` (build() first); answers in and out as the record keeps them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 3)
        self.answers_by_key: dict[str, _Answer] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}

    def build(self, template: ChecklistTemplate, lang: str) -> None:
        for row, item in enumerate(template.items):
            label = QLabel(item.label(lang), self)
            label.setWordWrap(True)
            label.setMinimumHeight(TOUCH_HEIGHT)
            if item.required:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
            answer = self._answer_for(item, lang)
            answer.setObjectName(item.key)
            answer.changed.connect(self.edited.emit)
            # A sentence goes as soon as its item is edited: it may hold no more.
            answer.changed.connect(lambda key=item.key: show_message(self.errors[key], ""))
            label.setBuddy(answer)
            error = QLabel(self)
            error.setObjectName(f"{item.key}_error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self._grid.addWidget(label, 2 * row, 0)
            self._grid.addWidget(answer, 2 * row, 1)
            self._grid.addWidget(error, 2 * row + 1, 1)
            self.answers_by_key[item.key], self.labels[item.key] = answer, label
            self.errors[item.key] = error

    def _answer_for(self, item: ChecklistItem, lang: str) -> _Answer:
        if item.kind is ItemKind.YES_NO_NA:
            options = [("yes", self.tr("Yes")), ("no", self.tr("No")), ("na", self.tr("N/A"))]
            return ToggleAnswer(options, self)
        if item.kind is ItemKind.CHOICE:
            options = [(c.code, c.zh if lang == "zh_CN" and c.zh else c.en) for c in item.choices]
            fits = len(options) <= MAX_TOGGLES
            return ToggleAnswer(options, self) if fits else ComboAnswer(options, self)
        if item.kind is ItemKind.NUMBER_WITH_UNIT:
            return NumberAnswer(item.unit, self)
        if item.kind is ItemKind.PHOTO:
            return PhotoCount(self)
        return TextAnswer(self)

    # ----- answers -----------------------------------------------------------------------------
    def set_answers(self, answers: Mapping[str, object]) -> None:
        for key, answer in self.answers_by_key.items():
            value = answers.get(key)
            answer.blockSignals(True)  # loading is no edit
            answer.set_value("" if value is None else str(value))
            answer.blockSignals(False)

    def answers(self) -> dict[str, object]:
        """The answered items (an item left open is not in the record)."""
        values = ((key, answer.value()) for key, answer in self.answers_by_key.items())
        return {key: value for key, value in values if value}

    def set_photo_counts(self, counts: Mapping[str, int]) -> None:
        for key, answer in self.answers_by_key.items():
            if isinstance(answer, PhotoCount):
                answer.set_count(counts.get(key, 0))

    def set_read_only(self, read_only: bool) -> None:
        for answer in self.answers_by_key.values():
            answer.set_read_only(read_only)

    # ----- marks -------------------------------------------------------------------------------
    def mark(self, key: str, message: str) -> bool:
        """Say `message` beneath the item `key`; False if the checklist has no such item."""
        label = self.errors.get(key)
        if label is None:
            return False
        text = f"{label.text()}\n{message}" if not label.isHidden() else message
        show_message(label, text)
        return True

    def clear_marks(self) -> None:
        for label in self.errors.values():
            show_message(label, "")

    def first_marked(self) -> QWidget | None:
        for key, label in self.errors.items():
            if not label.isHidden():
                return self.answers_by_key[key]
        return None


def _unit_label(code: str) -> str:
    from qa_desktop.core.i18n import current_language

    return Unit(code).label(current_language()) if code in {u.value for u in Unit} else code
