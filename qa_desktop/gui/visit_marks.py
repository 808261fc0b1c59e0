"""Refusals in the visit window, each said where it belongs: a checklist answer's beneath its item
(FieldError.field == the item's key), a coil figure's on its cell (row, field) and in words
under the table, the findings' and the photos' under theirs; what belongs nowhere, and the
summary, above the buttons. The first one marked is scrolled to and gets the cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from qa_desktop.core.errors import FieldError
from qa_desktop.gui.field_errors import show_message

if TYPE_CHECKING:
    from qa_desktop.gui.forms.ui_visit_window import Ui_VisitForm


def clear(ui: Ui_VisitForm) -> None:
    for label in (ui.form_error, ui.coils_error, ui.findings_error, ui.photos_error):
        show_message(label, "")
    ui.checklist.clear_marks()
    ui.coils.clear_marks()


def show(ui: Ui_VisitForm, errors: list[FieldError], summary: str) -> None:
    table, photos, other = [], [], []
    for error in errors:
        if error.field == "photos":  # its row is the photo's, not a coil line's
            photos.append(error.message)
        elif error.row is not None:
            ui.coils.mark(error.row, error.field, error.message)
        elif error.field == "coils":
            table.append(error.message)
        elif error.field == "findings":
            show_message(ui.findings_error, error.message)
        elif not ui.checklist.mark(error.field, error.message):
            other.append(error.message)
    show_message(ui.coils_error, "\n".join(table + ui.coils.marked_lines()))
    show_message(ui.photos_error, "\n".join(photos))
    show_message(ui.form_error, "\n".join([summary, *other]))
    reveal_first(ui)


def reveal_first(ui: Ui_VisitForm) -> None:
    """Scroll to the first thing marked, in reading order, and put the cursor there."""
    first = ui.checklist.first_marked()
    if first is None and not ui.coils_error.isHidden():
        first = ui.coils
        cell = ui.coils.first_mark()
        if cell is not None:
            ui.coils.setCurrentCell(*cell)
    if first is None:
        first = next(
            (label for label in (ui.findings_error, ui.photos_error) if not label.isHidden()), None
        )
    if first is not None:
        ui.scroll_area.ensureWidgetVisible(first)
        first.setFocus(Qt.FocusReason.OtherFocusReason)
