"""The case window's first tab (ui/case_overview.ui): the judgement, the next steps the workflow
table allows, the response clocks and the case's history.

The steps are the table's, offered by `workflow.offers` for the signed-in user's roles; one that
is not ready yet says what is missing under its button, and taking it asks for the reason the
audit trail keeps (required where the table says so). The service decides: a refusal is said in
the dialog, nothing is written. A closed case is read only here (gui/closed_case.py): its steps
are the reopening ones, with the line that says it must be reopened to change it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, from_storage, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import Complaint
from qa_desktop.core.services import accounts, workflow
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.workflow import Judgement, Offer
from qa_desktop.core.vocab import Severity, Status, Validity
from qa_desktop.gui.case_clocks_view import CaseClocksView
from qa_desktop.gui.closed_case import closed_line, may_change
from qa_desktop.gui.field_errors import (
    clear_when_edited,
    error_labels,
    show_field_errors,
    show_message,
    show_refusal,
)
from qa_desktop.gui.forms.ui_case_overview import Ui_CaseOverviewForm
from qa_desktop.gui.visit_reason_dialog import ReasonDialog

# The judgement's fields whose input is named otherwise than the service's field.
JUDGEMENT_INPUTS = {"responsible_department": "department"}


class CaseOverview(QWidget):
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseOverviewForm()
        self.ui.setupUi(self)
        self.ui.columns.setStretch(0, 2)
        self.ui.columns.setStretch(1, 3)
        self._actor, self._clock = actor, clock
        self._id: int | None = None
        self._revision = 0
        self.step_buttons: dict[str, QPushButton] = {}  # by target status, for tests
        self.clocks = CaseClocksView(self, self.ui, actor=actor, clock=clock)
        self.clocks.changed.connect(self._saved)
        self._fill_choices()
        self.ui.save_judgement.clicked.connect(self.save_judgement)
        self.ui.no_handling.clicked.connect(self.record_no_handling)
        # Each field's refusal beside it; judgement_error says what concerns none of them.
        self._judgement_errors = error_labels(self.ui.judgement_box)
        self._judgement_errors.pop("judgement")
        clear_when_edited(self.ui, self._judgement_errors)
        self._clear_judgement_errors()

    def _fill_choices(self) -> None:
        ui, lang = self.ui, current_language()
        ui.validity.addItem(self.tr("Not judged yet"), "")
        for code, label in Validity.choices(lang):
            ui.validity.addItem(label, code)
        for code, label in Severity.choices(lang):
            ui.severity.addItem(label, code)
        for row in accounts.users():
            if row.active:
                ui.owner.addItem(row.display_name or row.user_id)

    # ----- showing -------------------------------------------------------------------------------
    def show_case(self, complaint_id: int) -> None:
        self._id = complaint_id
        complaint = workflow.stored(complaint_id)
        self._revision = complaint.revision
        self._show_judgement(complaint)
        self._show_steps(complaint)
        names = {row.user_id: row.display_name or row.user_id for row in accounts.users()}
        self.clocks.show_case(complaint, names)  # the accounts read once for both lists
        self._show_history(names)

    def _show_judgement(self, complaint: Complaint) -> None:
        ui = self.ui
        ui.validity.setCurrentIndex(max(0, ui.validity.findData(complaint.validity)))
        ui.reason.setPlainText(complaint.validity_reason)
        ui.severity.setCurrentIndex(max(0, ui.severity.findData(complaint.severity)))
        _set_text(ui.department, complaint.responsible_department, _departments())
        _set_text(ui.owner, complaint.owner, [])
        editable = may_change(self._actor, complaint)
        # Past registration, validity changes only by the step "Judge invalid", with its reason.
        ui.validity.setEnabled(editable and complaint.status == Status.REGISTERED)
        for widget in (ui.reason, ui.severity, ui.department, ui.owner, ui.save_judgement):
            widget.setEnabled(editable)
        ui.no_handling.setVisible(editable and complaint.status == Status.HANDLING)
        self._clear_judgement_errors()

    def _clear_judgement_errors(self) -> None:
        show_field_errors(self._judgement_errors, [], self.ui.judgement_error)

    def _show_steps(self, complaint: Complaint) -> None:
        layout = self.ui.step_buttons
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:  # out of the form at once: deleted later, but no longer here
                widget.setParent(None)
                widget.deleteLater()
        self.step_buttons = {}
        offers = workflow.offers(complaint.id, self._actor)
        for offer in offers:
            button = QPushButton(offer.transition.text(), self.ui.steps)
            button.setObjectName(f"step_{offer.transition.target.value}")
            button.clicked.connect(lambda _=False, o=offer: self.take(o))
            layout.addWidget(button)
            self.step_buttons[offer.transition.target.value] = button
            if offer.missing:
                note = QLabel(offer.missing, self.ui.steps)
                note.setWordWrap(True)
                note.setStyleSheet("color: #8a5300;")
                layout.addWidget(note)
        closed = closed_line(complaint)
        if closed:  # under the reopening steps, where the roles take them
            show_message(self.ui.no_steps, closed)
        elif offers:
            show_message(self.ui.no_steps, "")
        else:
            show_message(self.ui.no_steps, self.tr("Your roles take no step from here."))

    def _show_history(self, names: dict[str, str]) -> None:
        self.ui.history.clear()
        zone = settings.department_zone()
        lang = current_language()
        for change in workflow.history(self._id or 0):
            when = from_storage(change.at).astimezone(zone)
            text = self.tr("%1  %2 → %3, by %4").replace("%1", f"{when:%Y-%m-%d %H:%M}")
            text = text.replace("%2", _status(change.from_status, lang))
            text = text.replace("%3", _status(change.to_status, lang))
            text = text.replace("%4", names.get(change.by, change.by))
            self.ui.history.addItem(f"{text}: {change.reason}" if change.reason else text)

    # ----- acting --------------------------------------------------------------------------------
    def take(self, offer: Offer) -> ReasonDialog:
        """Ask for the reason and take the step; the dialog is returned (tests drive it)."""
        step = offer.transition
        heading = (
            self.tr("Why does the case go to “%1”?")
            if step.reason_required
            else self.tr("Going to “%1”. A reason or note for the record (optional):")
        ).replace("%1", step.target.label())

        def act(reason: str) -> object:
            return workflow.move(self._id or 0, step.target, reason, self._revision, self._actor,
                                 self._clock)  # fmt: skip

        dialog = ReasonDialog(self, step.text(), heading, act, step.text())
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def save_judgement(self) -> None:
        ui = self.ui
        verdict = Judgement(
            validity=ui.validity.currentData() or "",
            reason=ui.reason.toPlainText(),
            severity=ui.severity.currentData() or "",
            responsible_department=ui.department.currentText(),
            owner=ui.owner.currentText(),
        )
        try:
            workflow.judge(self._id or 0, verdict, self._revision, self._actor, self._clock)
        except UserError as exc:
            show_refusal(self._judgement_errors, exc, ui.judgement_error, JUDGEMENT_INPUTS)
            return
        self._saved()

    def record_no_handling(self) -> ReasonDialog:
        def act(reason: str) -> object:
            return workflow.record_no_handling(
                self._id or 0, reason, self._revision, self._actor, self._clock
            )

        heading = self.tr("Why does this case need no handling proposal?")
        dialog = ReasonDialog(self, self.tr("No handling needed"), heading, act)
        dialog.ui.reason.setPlainText(workflow.stored(self._id or 0).no_handling_reason)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.show_case(self._id or 0)
        self.changed.emit()  # the case window shows the other tabs again


def _status(code: str, lang: str) -> str:
    try:
        return Status(code).label(lang)
    except ValueError:
        return code


def _departments() -> list[str]:
    rows = Complaint.select(Complaint.responsible_department).distinct()
    return sorted({r.responsible_department for r in rows if r.responsible_department})


def _set_text(combo, text: str, choices: list[str]) -> None:
    for choice in choices:
        if combo.findText(choice) < 0:
            combo.addItem(choice)
    combo.setCurrentText(text)
