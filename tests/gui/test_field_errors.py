"""Errors beside fields (gui/field_errors.py): a field's sentence goes when that field is edited,
and a form's `then` runs only when a sentence that was shown went."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.gui.field_errors import clear_when_edited, error_labels, show_message, show_refusal


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


def test_a_refusal_goes_beside_its_fields_or_alone_under_the_form(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    labels = {}
    for name in ("product", "department", "general"):
        labels[name] = QLabel(form)
        layout.addWidget(labels[name])
    form.show()
    general = labels.pop("general")
    problems = [FieldError("responsible_department", "Shorten it."), FieldError("case", "Stale.")]
    show_refusal(
        labels, ValidationError(problems), general, {"responsible_department": "department"}
    )
    assert labels["department"].text() == "Shorten it." and labels["department"].isVisible()
    assert labels["product"].isHidden() and general.text() == "Stale."
    show_refusal(labels, UserError("The case is closed."), general)  # no field: the fields' go
    assert labels["department"].isHidden() and labels["department"].text() == ""
    assert general.text() == "The case is closed." and general.isVisible()
