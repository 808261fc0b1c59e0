"""The case window's 8D tab (ui/eightd_panel.ui): the investigation D0–D8 and the customer's
8D report.

On the left the steps, each with where it stands, its owner and target date (eightd_step_list);
on the right the chosen step's form, built from the field registry (eightd_step_form), with what
flows in from the case shown read-only above its fields, or the customer's report
(eightd_reports). Edits stay in the forms while the person moves between steps; Save writes the
whole 8D in one transaction through services/eightd.py against the revision it was opened at
(someone else's save in between is refused with the service's sentence), and a completed step
whose content changed is reopened there. "Complete the step" asks the completer's password
(eightd_complete) and signs the step as saved. A refusal is said under the field it concerns,
nothing is written. Read only for someone whose roles may not edit complaints, and while the
case is closed (gui/closed_case.py: it is reopened first; its issued reports still open).

Unsaved edits are not kept anywhere but in the panel: `confirm_close` asks Save / Discard /
Cancel, and `show_case` of the same case (another tab saved) keeps them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QWidget

from qa_desktop import APP_NAME
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.eightd import STEPS, completion_problems, with_values
from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services import accounts, eightd
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.eightd_facts import printed_name
from qa_desktop.core.vocab import Action
from qa_desktop.gui.closed_case import closed_line, read_only_line
from qa_desktop.gui.eightd_complete import CompleteStepDialog
from qa_desktop.gui.eightd_photos import case_photos
from qa_desktop.gui.eightd_reports import ReportsPage
from qa_desktop.gui.eightd_step_form import StepForm
from qa_desktop.gui.eightd_step_list import REPORTS, StepDelegate, StepWords, fill_list, set_line
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_eightd_panel import Ui_EightDPanel
from qa_desktop.gui.visit_rights import may

LIST_WIDTH = 250
WARNING = "color: #b3261e; font-weight: bold;"


class EightDPanel(QWidget):
    """The 8D of the case `show_case` was given."""

    changed = Signal()  # something of the 8D was saved: content, a plan, a completion, a report

    def __init__(
        self, parent: QWidget | None = None, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EightDPanel()
        self.ui.setupUi(self)
        self._actor, self._clock = actor, clock
        self._view: eightd.EightDView | None = None
        self._revision = 0  # what the edits started from
        self._closed = ""  # the line that says the case is closed, "" while it is open
        self.complete_dialog: CompleteStepDialog | None = None  # the open one, for tests
        self.forms = {spec.number: StepForm(spec, self.ui.scroll_host) for spec in STEPS}
        for number, form in self.forms.items():
            self.ui.scroll_layout.addWidget(form)
            form.hide()
            form.edited.connect(lambda n=number: self._edited(n))
        self.reports = ReportsPage(self.ui.pages, actor=actor, clock=clock,
                                   unsaved=self.is_modified)  # fmt: skip
        self.reports.issued.connect(self._issued)
        self.ui.pages.addWidget(self.reports)
        self._setup()

    # ----- what the case window and tests use --------------------------------------------------
    @property
    def view(self) -> eightd.EightDView | None:
        return self._view

    def show_case(self, complaint_id: int) -> None:
        """Load the case's 8D and what flows into it. Edits not saved stay when it is the same
        case (another tab saved), still against the revision they started from."""
        same = self._view is not None and self._view.complaint_id == complaint_id
        kept = self.edits() if same else {}
        lang = current_language()
        view = eightd.read_8d(complaint_id, lang)
        self._closed = closed_line(complaint_id)
        facts = eightd.case_facts(complaint_id, lang)
        named = {row["photo"] for key in ("photos_nok", "photos_ok")
                 for row in view.content.value(2, key) if row.get("photo")}  # fmt: skip
        photos = case_photos(facts, named)
        for number, form in self.forms.items():
            form.set_case(facts, photos)
            form.load(view.content.values(number))
        for number, values in kept.items():
            self.forms[number].put(values)
        if not kept:
            self._revision = view.revision
        self._view = view
        show_message(self.ui.form_error, "")
        self._show_rights()
        self._fill_owners()
        self.reports.show_case(complaint_id, view.case_no, self.editable())
        self._refresh_list()
        self.discard_button.setEnabled(self.is_modified())
        self._step_chosen()
        self._status(self._saved_text())

    def current_step(self) -> int:
        """0..8, or eightd_step_list.REPORTS for the customer's report."""
        return max(0, self.ui.steps.currentRow())

    def select_step(self, number: int) -> None:
        self.ui.steps.setCurrentRow(number)

    def form(self, number: int) -> StepForm:
        return self.forms[number]

    def editable(self) -> bool:
        return self._view is not None and not self._closed and may(self._actor, Action.EDIT)

    def edits(self) -> dict[int, dict[str, object]]:
        """The steps changed on screen and not saved: number -> every field of the step."""
        return {n: form.values() for n, form in self.forms.items() if form.modified()}

    def is_modified(self) -> bool:
        # Before the first case is loaded the forms hold nothing to lose (and the case window
        # would otherwise never load this tab: it skips a tab that holds edits).
        return self._view is not None and any(form.modified() for form in self.forms.values())

    def save(self) -> bool:
        """Save every step's edits, or nothing and the reasons under their fields."""
        if not self.editable() or self._view is None:
            return False
        self._clear_errors()
        edits = self.edits()
        if not edits:
            self._status(self.tr("Nothing to save: the 8D is as stored."))
            return True
        lang, content, problems = current_language(), self._view.content, []
        for number, values in sorted(edits.items()):
            try:
                content = with_values(content, number, values, lang)
            except ValidationError as exc:
                problems += exc.errors
        if problems:
            self._show_refusal(problems)
            return False
        try:
            result = eightd.save_8d(
                self._view.complaint_id, content, self._revision, self._actor, self._clock, lang
            )
        except ValidationError as exc:
            self._show_refusal(exc.errors)
            return False
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            return False
        self._forget_edits()
        self.show_case(result.view.complaint_id)
        if not result.saved:  # typed back to what was stored: nothing was written
            self._status(self.tr("Nothing to save: the 8D is as stored."))
            return True
        text = self.tr("Saved.")
        if result.reopened:
            steps = ", ".join(f"D{n}" for n in result.reopened)
            text += " " + self.tr("Reopened because their content changed: %1.").replace(
                "%1", steps
            )
        self._status(text)
        self.changed.emit()
        return True

    def discard(self) -> None:
        if self._view is not None:
            self._forget_edits()
            self.show_case(self._view.complaint_id)

    def confirm_close(self) -> bool:
        """Whether the window may close: asked when there are edits not saved."""
        if not self.is_modified() or self._view is None:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, APP_NAME,
            self.tr("The 8D of %1 has changes that are not saved. Save them?")
            .replace("%1", self._view.case_no),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )  # fmt: skip
        if answer == buttons.Save:
            return self.save()
        if answer == buttons.Discard:
            self.discard()
            return True
        return False

    def plan(self) -> bool:
        """The chosen step's owner and target date, kept at once."""
        number = self.current_step()
        if self._view is None or number == REPORTS or not self.editable():
            return False
        show_message(self.ui.plan_error, "")
        owner, target = self.ui.owner.currentData() or "", self.ui.target_date.day()
        try:
            eightd.plan_step(self._view.complaint_id, number, owner, target, self._actor,
                             self._clock, current_language())  # fmt: skip
        except UserError as exc:
            show_message(self.ui.plan_error, str(exc))
            return False
        self.show_case(self._view.complaint_id)
        self._status(self.tr("%1: owner and target date kept.").replace("%1", f"D{number}"))
        self.changed.emit()
        return True

    def complete(self) -> CompleteStepDialog | None:
        """Complete the step…: saved first, checked, then the password (the signature)."""
        number = self.current_step()
        if self._view is None or number == REPORTS or not self.editable():
            return None
        if self.is_modified() and not self.save():
            return None
        self._clear_errors()
        problems = completion_problems(self._view.content, number, current_language())
        if problems:
            self.forms[number].show_errors(problems)
            text = self.tr("%1 cannot be completed yet: fill in what is marked in red; nothing "
                           "was signed.")  # fmt: skip
            show_message(self.ui.form_error, text.replace("%1", STEPS[number].text()))
            self._scroll_to_error(number)
            return None
        heading = self.tr("Complete %1 of %2").replace("%1", STEPS[number].text())
        dialog = CompleteStepDialog(
            self, self._view.complaint_id, number, self._revision,
            heading.replace("%2", self._view.case_no), actor=self._actor, clock=self._clock,
        )  # fmt: skip
        dialog.finished.connect(lambda _result, d=dialog: self._completing_ended(d))
        self.complete_dialog = dialog
        dialog.open()
        return dialog

    # ----- building ----------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        ui.steps.setItemDelegate(StepDelegate(ui.steps))
        ui.steps.currentRowChanged.connect(lambda _row: self._step_chosen())
        ui.splitter.setSizes([LIST_WIDTH, 1300 - LIST_WIDTH])
        ui.splitter.setStretchFactor(1, 1)
        ui.plan.clicked.connect(lambda: self.plan())
        self.save_button = self._button(self.tr("&Save"), "save_8d", self.save)
        self.save_button.setToolTip(self.tr("Save the 8D: every step changed (Ctrl+S)"))
        self.complete_button = self._button(
            self.tr("Complete the step…"), "complete", self.complete
        )
        self.complete_button.setToolTip(
            self.tr("Complete the chosen step with your electronic signature")
        )
        self.discard_button = self._button(self.tr("&Discard changes"), "discard", self.discard)
        ui.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        ui.buttons.addButton(self.complete_button, QDialogButtonBox.ButtonRole.ActionRole)
        ui.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ResetRole)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for label in (ui.form_error, ui.plan_error):
            show_message(label, "")

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setMinimumHeight(32)
        button.clicked.connect(lambda: slot())
        return button

    def _show_rights(self) -> None:
        editable, ui = self.editable(), self.ui
        for form in self.forms.values():
            form.set_read_only(not editable)
        for widget in (ui.owner, ui.target_date, ui.plan, self.save_button,
                       self.complete_button, self.discard_button):  # fmt: skip
            widget.setVisible(editable)
        ui.owner_label.setVisible(editable)
        ui.target_label.setVisible(editable)

    def _fill_owners(self) -> None:
        combo = self.ui.owner
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— nobody —"), "")
        for row in accounts.users():
            if row.active:
                combo.addItem(f"{row.display_name} ({row.user_id})", row.user_id)
        combo.blockSignals(False)

    # ----- the list and the chosen step --------------------------------------------------------
    def _lines(self):
        assert self._view is not None
        zone, words = settings.department_zone(), StepWords()
        today = self._clock().astimezone(zone).date()
        return [words.line(state, self._view.content.filled(state.step),
                           self.forms[state.step].modified(), today, zone)
                for state in self._view.steps]  # fmt: skip

    def _refresh_list(self) -> None:
        count = len(self.reports.revisions()) if self._view is not None else 0
        fill_list(self.ui.steps, self._lines(), StepWords().reports_line(count))

    def _edited(self, number: int) -> None:
        item = self.ui.steps.item(number)
        if self._view is not None and item is not None:  # not while show_case fills the forms
            set_line(item, self._lines()[number])
            self.discard_button.setEnabled(True)

    def _step_chosen(self) -> None:
        number, ui = self.current_step(), self.ui
        if number == REPORTS or self._view is None:
            ui.pages.setCurrentWidget(self.reports)
            self.complete_button.setEnabled(False)
            return
        ui.pages.setCurrentWidget(ui.step_page)
        for n, form in self.forms.items():
            form.setVisible(n == number)
        state = self._view.step(number)
        ui.step_title.setText(STEPS[number].text())
        zone = settings.department_zone()
        text, late = StepWords().detail(state, self._clock().astimezone(zone).date(), zone)
        ui.step_state.setText(text)
        ui.step_state.setStyleSheet(WARNING if late else "")
        show_message(ui.step_state, text)
        index = ui.owner.findData(state.owner)
        if index < 0 and state.owner:  # an owner no longer active is still shown as the owner
            ui.owner.addItem(state.owner_name or state.owner, state.owner)
            index = ui.owner.count() - 1
        ui.owner.setCurrentIndex(max(0, index))
        ui.target_date.set_day(state.target_date)
        show_message(ui.plan_error, "")
        self.complete_button.setEnabled(not state.completed)
        ui.scroll_area.verticalScrollBar().setValue(0)

    # ----- refusals and outcomes ---------------------------------------------------------------
    def _show_refusal(self, errors: list[FieldError]) -> None:
        elsewhere: list[str] = []
        steps = []
        for number, form in self.forms.items():
            mine = [e for e in errors if e.field.split(".")[0] == STEPS[number].code]
            if mine:
                steps.append(number)
                elsewhere += form.show_errors(mine)
        codes = {s.code for s in STEPS}
        elsewhere += [e.message for e in errors if e.field.split(".")[0] not in codes]
        where = ", ".join(f"D{n}" for n in steps)
        text = self.tr("Nothing was saved: correct what is marked in red (%1).").replace(
            "%1", where
        )
        show_message(self.ui.form_error, "\n".join([text, *elsewhere]))
        if steps:
            if self.current_step() not in steps:
                self.select_step(steps[0])
            self._scroll_to_error(self.current_step())

    def _scroll_to_error(self, number: int) -> None:
        block = self.forms[number].first_error()
        if block is not None:
            self.ui.scroll_area.ensureWidgetVisible(block, 0, 40)
            block.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        show_message(self.ui.form_error, "")
        for form in self.forms.values():
            form.clear_errors()

    def _forget_edits(self) -> None:
        """Every form back to what was loaded, so the next show_case keeps nothing."""
        if self._view is not None:
            for number, form in self.forms.items():
                form.load(self._view.content.values(number))

    def _completing_ended(self, dialog: CompleteStepDialog) -> None:
        self.complete_dialog = None
        if dialog.completed is not None and self._view is not None:
            number = dialog.completed.step
            self.show_case(self._view.complaint_id)
            text = self.tr("%1 completed by %2 and signed.").replace("%1", STEPS[number].text())
            self._status(text.replace("%2", dialog.completed.completed_by_name))
            self.changed.emit()
        dialog.deleteLater()

    def _issued(self) -> None:
        self._refresh_list()
        self.changed.emit()

    def _saved_text(self) -> str:
        view = self._view
        text = self.tr("No 8D saved yet.")
        if view is not None and view.revision:
            name = printed_name(view.updated_by) if view.updated_by else ""
            text = self.tr("Last saved by %1.").replace("%1", name)
        note = read_only_line(self._closed, self.editable())
        return f"{text} {note}" if note else text

    def _status(self, text: str) -> None:
        self.ui.status_line.setText(text)
        self.ui.status_line.setToolTip(text)
