"""The visit window (ui/visit_window.ui): one site visit's record, filled on site.

The header says which visit it is; the record scrolls below it: the checklist of the template the
visit is filled against (gui/visit_checklist.py), the coil lines with their quantities and
totals (gui/visit_coils.py), the findings, the photos and the customer's confirmation. Save,
Finish and Reopen go through the visit services, which decide; a refusal is said beside the item
or cell it concerns and nothing is written. The window is read only for a finished or cancelled
visit and for someone who may not fill it.

What is typed is kept as a draft every few seconds and when the window closes
(gui/visit_autosave.py), so a crash or a flat battery loses at most a few seconds; the next start
offers to recover it (gui/visit_recovery.py).

Two places belong to other parts: the photos area (`photosArea`, a read-only list until the
photo strip takes it; the photos are carried through every save unchanged) and the customer's
signature (`confirm_hook`, which the signature dialog provides; without it the button is hidden).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)

from qa_desktop import APP_NAME
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import Visit
from qa_desktop.core.services import visit_record, visits
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.visit_drafts import Draft
from qa_desktop.core.settings import UserSettings, coil_forms_rule
from qa_desktop.core.visit_content import VisitContent
from qa_desktop.core.vocab import VisitState
from qa_desktop.gui import visit_marks, visit_texts
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_visit_window import Ui_VisitForm
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.visit_autosave import Autosave, meaningful
from qa_desktop.gui.visit_photos import VisitPhotos
from qa_desktop.gui.visit_reason_dialog import ReasonDialog
from qa_desktop.gui.visit_rights import is_open, may_fill

PREFERRED_SIZE = QSize(1300, 860)
ConfirmHook = Callable[["VisitWindow"], None]


class VisitWindow(QDialog):
    """Visit `visit_uuid` as stored, or (with `draft`) as a recovered draft showed it."""

    saved = Signal(str)  # the visit's uuid: it was saved, finished or reopened
    closed_with_draft = Signal(str)  # closed with typing not saved: the sentence that says so

    def __init__(
        self,
        parent: QWidget | None = None,
        visit_uuid: str = "",
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
        draft: Draft | None = None,
        confirm_hook: ConfirmHook | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(self.windowFlags() | Qt.WindowType.WindowMinMaxButtonsHint)
        self.ui = Ui_VisitForm()
        self.ui.setupUi(self)
        self._actor, self._clock = actor, clock
        self._confirm_hook = confirm_hook
        self._zone = settings.department_zone()
        self._forms = coil_forms_rule()
        self._visit = visits.stored(visit_uuid)
        self.uuid = str(self._visit.uuid)
        self._revision = self._visit.revision
        self._template = visit_record.template_for(self._visit)
        self._stored = visit_record.content_of(self._visit)
        shown = draft.content if draft is not None else self._stored
        self.reason_dialog: ReasonDialog | None = None  # the open one, for tests to drive
        self._setup()
        self.show_content(shown)
        self._show_visit()
        self.autosave = Autosave(
            self,
            self.uuid,
            actor=actor,
            clock=clock,
            content=self.content,
            stored=lambda: self._stored,
            based_on=lambda: self._revision,
            drafted=draft.content if draft is not None else None,
        )
        self.autosave.kept.connect(self._draft_kept)
        self.autosave.failed.connect(self._draft_failed)
        if draft is not None:
            when = visit_texts.shown_at(draft.saved_at, self._zone)
            self._status(
                self.tr("Recovered what was on screen at %1; save to keep it.").replace("%1", when)
            )
        fit_to_screen(self, PREFERRED_SIZE, user, "visit_window")

    # ----- what callers and tests use --------------------------------------------------------
    @property
    def visit(self) -> Visit:
        return self._visit

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def clock(self) -> Clock:
        return self._clock

    def content(self) -> VisitContent:
        """What the screen holds now, as the service takes it (every table line, so an error's
        row is the table's), the cell being typed in too."""
        self.ui.coils.commit_open_cell()
        return VisitContent(
            self.ui.checklist.answers(),
            self.ui.findings.toPlainText(),
            self.ui.coils.drafts(),
            self.photos.drafts(),
        )

    def show_content(self, content: VisitContent) -> None:
        self.ui.checklist.set_answers(content.answers)
        self.ui.findings.blockSignals(True)
        self.ui.findings.setPlainText(content.findings)
        self.ui.findings.blockSignals(False)
        self.ui.coils.set_coils(content.coils)
        # The targets first: a photo attached to a coil the strip does not know goes to the visit.
        self.photos.set_coils([line.coil_no for line in content.coils])
        self.photos.show(list(content.photos))
        self._show_photos()
        self._update_totals()

    def is_modified(self) -> bool:
        return meaningful(self.content()) != meaningful(self._stored)

    def editable(self) -> bool:
        return is_open(self._visit) and may_fill(self._actor, self._visit)

    def save(self) -> bool:
        """Save: the whole record in one transaction, or nothing and the reasons shown."""
        if not self.editable():
            return False
        self.ui.coils.commit_open_cell()
        visit_marks.clear(self.ui)
        self.autosave.wait()  # a draft landing after the save would outlive it
        self.photos.wait()  # the photos taken in are stored before the save names them
        try:
            saved = visit_record.save_visit(
                self.uuid, self._revision, self.content(), self._actor, self._clock,
                current_language(),
            )  # fmt: skip
        except ValidationError as exc:
            visit_marks.show(
                self.ui, exc.errors, self.tr("Nothing was saved: correct what is marked in red.")
            )
            return False
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            return False
        self._written(saved.visit)
        when = visit_texts.shown_at(self._clock(), self._zone)
        message = self.tr("Saved at %1.").replace("%1", when)
        if saved.voided:
            message += " " + self.tr(
                "A confirmed quantity changed: the customer's confirmation is void and the "
                "customer must sign again."
            )
        self._status(message)
        return True

    def finish(self) -> bool:
        """Finish: saved first if changed; refused until every required item is answered."""
        if not self.editable() or (self.is_modified() and not self.save()):
            return False
        visit_marks.clear(self.ui)
        try:
            visit = visit_record.finish_visit(
                self.uuid, self._revision, self._actor, self._clock, current_language()
            )
        except ValidationError as exc:
            visit_marks.show(
                self.ui,
                exc.errors,
                self.tr("The visit cannot be finished yet: complete what is marked in red."),
            )
            return False
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            return False
        self._written(visit)
        self._status(self.tr("The visit is finished; reopen it to change its record."))
        return True

    def open_reopen_dialog(self) -> ReasonDialog:
        visit = self._visit
        heading = self.tr("Reopen visit %1 of %2: its record can be changed again.")
        heading = heading.replace("%1", str(visit.number)).replace("%2", visit.complaint.case_no)
        dialog = ReasonDialog(
            self,
            self.tr("Reopen the visit"),
            heading,
            lambda reason: visit_record.reopen_visit(
                self.uuid, self._revision, reason, self._actor, self._clock, current_language()
            ),
            self.tr("Reopen"),
        )
        dialog.accepted.connect(lambda: self._written(dialog.result_value))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def take_coils(self) -> int:
        added = self.ui.coils.take(visit_record.starting_lines(self._visit))
        if not added:
            self._status(self.tr("Every coil of the complaint is listed already."))
        return added

    def refresh_confirmation(self) -> None:
        """Read the visit again for its revision, state and confirmation (after the customer
        signed); what is typed stays."""
        self._visit = visits.stored(self.uuid)
        self._revision = self._visit.revision
        self._show_visit()

    # ----- closing ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # hours of a visit's typing are not closed by a stray key
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """However the window closes: what is on screen and not saved is kept as a draft."""
        modified = self.editable() and self.is_modified()
        problem = self.autosave.keep_now() if self.editable() else ""
        if problem and not self._may_close_losing(problem):
            return
        self.autosave.stop()
        super().done(result)
        if modified and not problem:
            text = self.tr(
                "Visit %1 of %2 was closed without saving; what was typed is kept as a draft to recover."
            )
            self.closed_with_draft.emit(
                text.replace("%1", str(self._visit.number)).replace(
                    "%2", self._visit.complaint.case_no
                )
            )

    def _may_close_losing(self, problem: str) -> bool:
        text = self.tr("What is on screen could not be kept as a draft: %1 Close and lose it?")
        answer = QMessageBox.question(
            self,
            APP_NAME,
            text.replace("%1", problem),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # ----- building --------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        lang = current_language()
        ui.checklist.build(self._template, lang)
        ui.coils.configure()
        self.photos = VisitPhotos(ui.photosArea, self._template, self._actor)
        self.photos.changed.connect(self._show_photos)
        self.photos.failed.connect(lambda message: show_message(ui.photos_error, message))
        self.save_button = self._button(self.tr("&Save"), "save_visit", self.save)
        self.save_button.setToolTip(self.tr("Save the visit's record (Ctrl+S)"))
        self.finish_button = self._button(self.tr("&Finish visit"), "finish_visit", self.finish)
        self.finish_button.setToolTip(self.tr("Say the record is complete; it becomes read only"))
        self.reopen_button = self._button(
            self.tr("&Reopen…"), "reopen_visit", self.open_reopen_dialog
        )
        close = ui.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setMinimumHeight(36)
        ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        ui.add_coil.clicked.connect(lambda: ui.coils.add_line())
        ui.remove_coil.clicked.connect(ui.coils.remove_lines)
        ui.take_coils.clicked.connect(self.take_coils)
        ui.coils.edited.connect(self._coils_edited)
        ui.findings.textChanged.connect(lambda: show_message(ui.findings_error, ""))
        ui.customer_signs.clicked.connect(self._take_confirmation)
        ui.customer_signs.setVisible(self._confirm_hook is not None)
        ui.signed_on_paper.clicked.connect(self._take_paper_confirmation)
        ui.signed_on_paper.setVisible(self._confirm_hook is not None)
        from qa_desktop.gui.visit_print import PrintButton

        self.print_button = PrintButton(self)
        ui.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        visit_marks.clear(self.ui)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in a field never saves or finishes
        button.setMinimumHeight(36)
        button.clicked.connect(lambda: slot())
        return button

    def _show_visit(self) -> None:
        """Header, state, confirmation and what may be done: after opening and every write."""
        visit, ui = self._visit, self.ui
        self.setWindowTitle(visit_texts.window_title(visit))
        visit_texts.fill_header(ui, visit, self._template, self._zone, self._clock())
        ui.confirmation_state.setText(visit_texts.confirmation_text(visit, self._zone))
        editable = self.editable()
        ui.checklist.set_read_only(not editable)
        ui.coils.set_read_only(not editable)
        ui.findings.setReadOnly(not editable)
        self.photos.set_read_only(not editable)
        for button in (ui.add_coil, ui.remove_coil, ui.take_coils):
            button.setVisible(editable)
        ui.required_note.setVisible(editable)
        signs = editable and self._actor.user_id == visit.assignee
        ui.customer_signs.setEnabled(signs)
        ui.signed_on_paper.setEnabled(signs)
        finished = VisitState(visit.state) is VisitState.FINISHED
        self._place(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole, editable)
        self._place(self.finish_button, QDialogButtonBox.ButtonRole.ActionRole, editable)
        may_reopen = finished and may_fill(self._actor, visit)
        self._place(self.reopen_button, QDialogButtonBox.ButtonRole.ActionRole, may_reopen)

    def _place(self, button: QPushButton, role: QDialogButtonBox.ButtonRole, shown: bool) -> None:
        """A button that does not apply is out of the box, not a disabled puzzle."""
        box = self.ui.buttons
        inside = button in box.buttons()
        if shown and not inside:
            box.addButton(button, role)
            button.show()
        elif not shown and inside:
            box.removeButton(button)
            button.setParent(self)
            button.hide()
        elif not shown:
            button.hide()

    def _show_photos(self) -> None:
        """The photo counts on the checklist's photo items, and the strip's targets."""
        drafts = self.photos.drafts()
        counts: dict[str, int] = {}
        for photo in drafts:
            if photo.item_key:
                counts[photo.item_key] = counts.get(photo.item_key, 0) + 1
        self.ui.checklist.set_photo_counts(counts)
        self.ui.photos_group.setTitle(self.tr("Photos (%n)", "", len(drafts)))

    # ----- after writing -----------------------------------------------------------------------
    def _written(self, visit: Visit) -> None:
        self._visit = visits.stored(str(visit.uuid))
        self._revision = self._visit.revision
        self._stored = visit_record.content_of(self._visit)
        self.autosave.forget()
        self._show_visit()
        self.saved.emit(self.uuid)

    def _coils_edited(self) -> None:
        show_message(self.ui.coils_error, "\n".join(self.ui.coils.marked_lines()))
        self._update_totals()
        self.photos.set_coils([line.coil_no.strip() for line in self.ui.coils.drafts()])

    def _update_totals(self) -> None:
        self.ui.coils.fit_rows()
        show_message(self.ui.totals, self.ui.coils.totals_text(self._forms))

    def _take_confirmation(self) -> None:
        """The customer signs what is saved: typing is saved first."""
        if self._confirm_hook is None or (self.is_modified() and not self.save()):
            return
        self._confirm_hook(self)
        self.refresh_confirmation()

    def _take_paper_confirmation(self) -> None:
        """The customer signed the printed sheet: recorded on what is saved."""
        if self._confirm_hook is None or (self.is_modified() and not self.save()):
            return
        from qa_desktop.gui.visit_confirm import take_on_paper

        take_on_paper(self)
        self.refresh_confirmation()

    def _draft_kept(self, at) -> None:
        when = visit_texts.shown_at(at, self._zone, seconds=True)
        self._status(
            self.tr("Not saved yet; what is on screen is kept as a draft (%1).").replace("%1", when)
        )

    def _draft_failed(self, message: str) -> None:
        self._status(self.tr("The draft could not be kept: %1").replace("%1", message))

    def _status(self, text: str) -> None:
        self.ui.status_line.setText(text)
        self.ui.status_line.setToolTip(text)
