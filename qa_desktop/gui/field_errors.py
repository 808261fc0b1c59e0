"""Errors beside fields: the convention both dialogs follow.

Every input in a form is named after the draft attribute or setting key it holds and has a
QLabel `<name>_error` beneath it, so a core `FieldError(field, …)` finds its label by name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def error_labels(form: QWidget) -> dict[str, QLabel]:
    """field name -> its error label, for every `<name>_error` label in the form."""
    return {
        label.objectName().removesuffix("_error"): label
        for label in form.findChildren(QLabel)
        if label.objectName().endswith("_error")
    }


def show_message(label: QLabel, text: str) -> None:
    """Say it, or take no room while there is nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))
