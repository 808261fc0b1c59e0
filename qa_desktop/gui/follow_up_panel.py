"""The case window's follow-up tab (ui/follow_up_panel.ui): this round's effectiveness check and
the customer's satisfaction, or why no feedback came; an unsatisfied answer points to the ways
back (plan A or B, offered as steps on the first tab); and returns handled after closure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QTableWidgetItem, QWidget

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services import follow_up, workflow
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.follow_up import FollowUpDraft
from qa_desktop.core.settings import department_zone
from qa_desktop.core.vocab import Action, Status, Unit
from qa_desktop.gui.field_errors import (
    clear_when_edited,
    error_labels,
    show_field_errors,
    show_message,
    show_refusal,
)
from qa_desktop.gui.forms.ui_follow_up_panel import Ui_FollowUpForm
from qa_desktop.gui.visit_rights import may

NOT_SET = QDate(2000, 1, 1)  # the date edits' "no date" (shown blank)


class FollowUpPanel(QWidget):
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpForm()
        self.ui.setupUi(self)
        self._actor, self._clock = actor, clock
        self._id: int | None = None
        ui, lang = self.ui, current_language()
        for edit in (ui.check_date, ui.asked_on):
            edit.setMinimumDate(NOT_SET)
            edit.setSpecialValueText(" ")
        ui.effective.addItem(self.tr("Not checked yet"), None)
        ui.effective.addItem(self.tr("Yes: the improvement works"), True)
        ui.effective.addItem(self.tr("No: the improvement is not effective"), False)
        ui.satisfaction.addItem(self.tr("Not answered"), None)
        for score, words in enumerate(
            (self.tr("very unsatisfied"), self.tr("unsatisfied"), self.tr("neutral"),
             self.tr("satisfied"), self.tr("very satisfied")), start=1,
        ):  # fmt: skip
            ui.satisfaction.addItem(f"{score} — {words}", score)
        for code, label in Unit.choices(lang):
            ui.unit.addItem(label, code)
        ui.unit.setCurrentIndex(max(0, ui.unit.findData(Unit.TONNES.value)))
        ui.returns.setColumnCount(4)
        ui.returns.horizontalHeader().setStretchLastSection(True)
        ui.save.clicked.connect(self.save)
        ui.add_return.clicked.connect(self.add_return)
        # Each field's refusal beside it (gui/field_errors.py); `error` and `return_error` say
        # what concerns no field of their form.
        self._errors = error_labels(ui.follow_up_box)
        self._return_errors = error_labels(ui.returns_box)
        self._return_errors.pop("return")
        for labels in (self._errors, self._return_errors):
            clear_when_edited(ui, labels)
        show_field_errors(self._errors, [], ui.error)
        show_field_errors(self._return_errors, [], ui.return_error)
        show_message(ui.unsatisfied, "")

    def show_case(self, complaint_id: int) -> None:
        self._id = complaint_id
        complaint = workflow.stored(complaint_id)
        today = self._clock().astimezone(department_zone()).date()
        self._show(follow_up.current(complaint_id))
        editable = may(self._actor, Action.EDIT)
        replied = complaint.status in follow_up.REPLIED_STATES
        self.ui.follow_up_box.setEnabled(editable and replied)
        self.ui.follow_up_box.setToolTip(
            "" if replied else self.tr("The follow-up comes after the reply to the customer.")
        )
        closed = complaint.status == Status.CLOSED
        for widget in (self.ui.returned_on, self.ui.quantity, self.ui.unit, self.ui.note,
                       self.ui.add_return):  # fmt: skip
            widget.setEnabled(editable and closed)
        self.ui.returned_on.setDate(QDate(today.year, today.month, today.day))
        self._show_returns()

    def _show(self, draft: FollowUpDraft) -> None:
        ui = self.ui
        ui.criterion.setText(draft.criterion)
        _set_date(ui.check_date, draft.check_date)
        ui.effective.setCurrentIndex(max(0, ui.effective.findData(draft.effective)))
        ui.effect_note.setPlainText(draft.effect_note)
        _set_date(ui.asked_on, draft.asked_on)
        ui.satisfaction.setCurrentIndex(max(0, ui.satisfaction.findData(draft.satisfaction)))
        ui.comments.setPlainText(draft.comments)
        ui.no_feedback_reason.setText(draft.no_feedback_reason)
        text = (
            self.tr(
                "The customer is not satisfied: take plan A (improvement not effective, a new "
                "round) or plan B (talk the standard through) from the first tab's next steps."
            )
            if draft.unsatisfied
            else ""
        )
        show_message(ui.unsatisfied, text)

    def draft(self) -> FollowUpDraft:
        ui = self.ui
        return FollowUpDraft(
            criterion=ui.criterion.text(),
            check_date=_date(ui.check_date),
            effective=ui.effective.currentData(),
            effect_note=ui.effect_note.toPlainText(),
            asked_on=_date(ui.asked_on),
            satisfaction=ui.satisfaction.currentData(),
            comments=ui.comments.toPlainText(),
            no_feedback_reason=ui.no_feedback_reason.text(),
        )

    def save(self) -> None:
        try:
            stored = follow_up.save(self._id or 0, self.draft(), self._actor, self._clock)
        except UserError as exc:
            show_refusal(self._errors, exc, self.ui.error)
            return
        show_field_errors(self._errors, [], self.ui.error)
        self._show(stored)
        self.changed.emit()

    def add_return(self) -> None:
        ui = self.ui
        try:
            follow_up.record_return(
                self._id or 0, ui.returned_on.date().toPython(), ui.quantity.text(),
                ui.unit.currentData(), ui.note.text(), self._actor, self._clock,
            )  # fmt: skip
        except UserError as exc:
            show_refusal(self._return_errors, exc, ui.return_error)
            return
        show_field_errors(self._return_errors, [], ui.return_error)
        ui.quantity.clear()
        ui.note.clear()
        self._show_returns()
        self.changed.emit()

    def _show_returns(self) -> None:
        table, lang = self.ui.returns, current_language()
        table.setHorizontalHeaderLabels(
            [self.tr("Returned on"), self.tr("Quantity"), self.tr("Note"), self.tr("Recorded by")]
        )
        rows = follow_up.returns_of(self._id or 0)
        table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            unit = Unit(item.unit).label(lang) if item.unit in set(Unit) else item.unit
            quantity = f"{item.quantity.normalize():f} {unit}" if item.quantity is not None else ""
            cells = (item.returned_on.isoformat(), quantity, item.note, item.recorded_by)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)


def _set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NOT_SET)


def _date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NOT_SET else value.toPython()
