"""Errors beside fields: the convention every form follows (complaint, settings, customers).

Every input in a form is named after the draft attribute or setting key it holds and has a
QLabel `<name>_error` beneath it, so a core `FieldError(field, …)` finds its label by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from qa_desktop.core.errors import FieldError, UserError, ValidationError


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


def show_field_errors(
    labels: dict[str, QLabel],
    errors: Iterable[FieldError],
    general: QLabel,
    aliases: Mapping[str, str] | None = None,
) -> None:
    """Each sentence beside its own field (the first for a field), one about no field of the form
    in `general`; every other label emptied. `aliases`: a core field name -> the input's name
    where the two differ."""
    aliases = aliases or {}
    shown: dict[str, str] = {}
    elsewhere: list[str] = []
    for error in errors:
        name = aliases.get(error.field, error.field)
        if name in labels:
            shown.setdefault(name, error.message)
        else:
            elsewhere.append(error.message)
    for name, label in labels.items():
        show_message(label, shown.get(name, ""))
    show_message(general, "\n".join(elsewhere))


def show_refusal(
    labels: dict[str, QLabel],
    refusal: UserError,
    general: QLabel,
    aliases: Mapping[str, str] | None = None,
) -> None:
    """A service's refusal on the form: a ValidationError's sentences beside their fields
    (show_field_errors), any other refusal's one sentence in `general`, the fields' emptied."""
    if isinstance(refusal, ValidationError):
        show_field_errors(labels, refusal.errors, general, aliases)
    else:
        show_field_errors(labels, [], general)
        show_message(general, str(refusal))


def edit_signal(widget: QWidget) -> SignalInstance | None:
    """The signal an input sends when the person changes it (its error then goes)."""
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QDateTimeEdit):  # QDateEdit too
        return widget.dateTimeChanged
    return None


def clear_when_edited(
    ui: object, labels: dict[str, QLabel], then: Callable[[], None] | None = None
) -> None:
    """Each field's sentence goes as soon as the person edits that field (`ui` holds the
    inputs by name, as a compiled form does); `then` runs after a sentence shown went (a form
    whose summary line goes with the last of them)."""
    for name, label in labels.items():
        widget = getattr(ui, name, None)
        signal = edit_signal(widget) if isinstance(widget, QWidget) else None
        if signal is not None:
            signal.connect(lambda *_, label=label: _clear(label, then))


def _clear(label: QLabel, then: Callable[[], None] | None) -> None:
    shown = not label.isHidden()
    show_message(label, "")
    if shown and then is not None:
        then()
