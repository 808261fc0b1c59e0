"""Errors beside fields (gui/field_errors.py): a field's sentence goes when that field is edited,
and a form's `then` runs only when a sentence that was shown went."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from qa_desktop.gui.field_errors import clear_when_edited, error_labels, show_message


def test_a_sentence_goes_with_an_edit_of_its_own_field_and_then_follows(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    ui = SimpleNamespace(product=QLineEdit(form), unit=QComboBox(form))
    ui.unit.addItems(["t", "pcs"])
    for name in ("product", "unit"):
        layout.addWidget(getattr(ui, name))
        label = QLabel(form)
        label.setObjectName(f"{name}_error")
        layout.addWidget(label)
    form.show()
    labels = error_labels(form)
    ran: list[str] = []
    clear_when_edited(ui, labels, then=lambda: ran.append("then"))
    show_message(labels["product"], "Enter the product.")
    show_message(labels["unit"], "Choose the unit.")
    ui.product.setText("304 2B")
    assert labels["product"].isHidden() and labels["product"].text() == ""
    assert labels["unit"].isVisible() and ran == ["then"]
    ui.product.setText("304 2B 冷轧")  # nothing shown there any more: `then` does not run again
    assert ran == ["then"]
    ui.unit.setCurrentIndex(1)
    assert labels["unit"].isHidden() and ran == ["then", "then"]
