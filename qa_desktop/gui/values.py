"""Plain widgets <-> draft values: what a form shows for a stored value, and what it hands back."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from qa_desktop.core.i18n import current_language
from qa_desktop.core.vocab import Unit


def fill(combo: QComboBox, choices: list[tuple[str, str]]) -> None:
    """(code, label) pairs: the combo shows the label and keeps the code."""
    combo.clear()
    for code, label in choices:
        combo.addItem(label, code)


def unit_choices() -> list[tuple[str, str]]:
    return [("", ""), *Unit.choices(current_language())]


def unit_label(code: object) -> str:
    return Unit(code).label(current_language()) if code in {u.value for u in Unit} else ""


def value_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        # The customer combo takes any typed name; the others give the chosen code.
        return widget.currentText() if widget.isEditable() else (widget.currentData() or "")
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit), widget.objectName()
    return widget.text()


def show_value(widget: QWidget, value: object) -> None:
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setCurrentText(text_of(value))
        else:
            widget.setCurrentIndex(widget.findData(value or ""))  # -1 shows "Choose…"
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text_of(value))
    else:
        assert isinstance(widget, QLineEdit), widget.objectName()
        widget.setText(text_of(value))


def text_of(value: object) -> str:
    """A stored value as a person would type it: 212.000 → "212", None → ""."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)
