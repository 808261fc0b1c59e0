"""The actions panel's form (ui/actions_panel.ui): an action's fields <-> an `ActionDraft`.

Rows that do not apply to the chosen kind are hidden (the cause for all but corrective actions,
the date code for all but preventive ones); what the core would empty is emptied there, not
here. Who owns an action is chosen among the active accounts, never a silent default; a new
action is due a week from today and done by the complaint's responsible department, both to be
changed. Refusals are said beside their fields (gui/field_errors.py).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QComboBox, QWidget

from qa_desktop.core.action_rules import ActionDraft
from qa_desktop.core.errors import FieldError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services.accounts import users
from qa_desktop.core.vocab import ActionCause, ActionKind
from qa_desktop.gui.field_errors import clear_when_edited, error_labels, show_message
from qa_desktop.gui.forms.ui_actions_panel import Ui_ActionsPanel
from qa_desktop.gui.read_only_look import give_read_only_look, repolish

NEW_DUE = timedelta(days=7)
EDITABLE = ("kind", "cause", "description", "owner", "department", "due_date", "quantity",
            "date_code_from", "expected_effect", "internal_note")  # fmt: skip


class ActionForm(QObject):
    """The form's widgets, filled from and read into drafts."""

    def __init__(self, ui: Ui_ActionsPanel, host: QWidget) -> None:
        super().__init__(host)
        self.ui = ui
        self.errors = {k: v for k, v in error_labels(host).items() if k in EDITABLE}
        self._loaded: ActionDraft | None = None
        give_read_only_look(ui.form_host)
        self._fill_choices()
        ui.kind.currentIndexChanged.connect(lambda _index: self._show_rows())
        clear_when_edited(ui, self.errors)
        self.clear_errors()

    # ----- filling and reading ---------------------------------------------------------------
    def load(self, draft: ActionDraft) -> None:
        ui = self.ui
        _choose(ui.kind, draft.kind)
        _choose(ui.cause, draft.cause)
        ui.description.setPlainText(draft.description)
        if not _choose(ui.owner, draft.owner) and draft.owner:
            ui.owner.addItem(draft.owner, draft.owner)  # an account gone inactive: shown as is
            _choose(ui.owner, draft.owner)
        ui.department.setText(draft.department)
        ui.due_date.setDate(QDate(draft.due_date) if draft.due_date else QDate.currentDate())
        ui.quantity.setText(draft.quantity)
        ui.date_code_from.setText(draft.date_code_from)
        effect = draft.expected_effect
        ui.expected_effect.setText("" if effect is None else str(effect))
        ui.internal_note.setPlainText(draft.internal_note)
        self._loaded = self.draft()
        self._show_rows()
        self.clear_errors()

    def new(self, department: str, today: date) -> None:
        self.load(ActionDraft("", "", "", department, today + NEW_DUE))
        self.ui.kind.setFocus()

    def draft(self) -> ActionDraft:
        ui = self.ui
        return ActionDraft(
            kind=ui.kind.currentData() or "",
            cause=ui.cause.currentData() or "",
            description=ui.description.toPlainText(),
            owner=ui.owner.currentData() or "",
            department=ui.department.text(),
            due_date=ui.due_date.date().toPython(),
            quantity=ui.quantity.text(),
            date_code_from=ui.date_code_from.text(),
            expected_effect=ui.expected_effect.text(),
            internal_note=ui.internal_note.toPlainText(),
        )

    def is_modified(self) -> bool:
        return self._loaded is not None and self.draft() != self._loaded

    def set_editable(self, editable: bool) -> None:
        ui = self.ui
        for name in ("kind", "cause", "owner", "due_date"):
            getattr(ui, name).setEnabled(editable)
        for name in ("description", "department", "quantity", "date_code_from",
                     "expected_effect", "internal_note"):  # fmt: skip
            widget = getattr(ui, name)
            widget.setReadOnly(not editable)
            repolish(widget)

    # ----- what is said -----------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            show_message(label, "")

    def show_errors(self, errors: list[FieldError]) -> list[str]:
        """Each beside its field; the sentences no field here shows."""
        left = []
        for error in errors:
            label = self.errors.get(error.field)
            if label is None:
                left.append(error.message)
            else:
                show_message(label, error.message)
        return left

    def refit(self) -> None:
        """As tall as the form now needs at its width: a sentence said beside a field wraps, and
        the scroll area sizes what it holds by its hint, which ignores wrapping."""
        host = self.ui.form_host
        layout = host.layout()
        layout.activate()
        host.setMinimumHeight(layout.totalHeightForWidth(host.width()))

    # ----- building ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui, lang = self.ui, current_language()
        for combo, choices in ((ui.kind, ActionKind.choices(lang)),
                               (ui.cause, ActionCause.choices(lang))):  # fmt: skip
            combo.setPlaceholderText(self.tr("Choose…"))
            for code, label in choices:
                combo.addItem(label, code)
        ui.owner.setPlaceholderText(self.tr("Choose…"))  # who owns it is never a silent default
        for row in users():
            if row.active:
                ui.owner.addItem(f"{row.display_name} ({row.user_id})", row.user_id)

    def _show_rows(self) -> None:
        ui, kind = self.ui, self.ui.kind.currentData()
        ui.fields.setRowVisible(ui.cause_box, kind == ActionKind.CORRECTIVE.value)
        ui.fields.setRowVisible(ui.date_code_from_box, kind == ActionKind.PREVENTIVE.value)


def _choose(combo: QComboBox, code: str) -> bool:
    index = combo.findData(code) if code else -1
    combo.setCurrentIndex(index)
    return index >= 0
