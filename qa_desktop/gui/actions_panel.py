"""A complaint's corrective and preventive actions (CAPA) in the case window (ui/actions_panel.ui).

The list on the left (number, kind, action, owner, department, due date, state; an overdue one
in red), the chosen action's form on the right, with what was done and verified and its
evidence files. What the signed-in user may do is offered, the rest hidden or disabled: adding
and changing need the right to edit complaints, done and evidence the owner or that right,
removing a wrong evidence file that right (until the action is verified), verifying and sending
back the right to close complaints. The services refuse anyway: pressing
Verify on one's own action says the service's sentence (self-verification is refused there, not
here), beside the buttons. A refusal of the form is said beside its field and nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop import paths
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.media import IntakeResult, prepare_files
from qa_desktop.core.models import Complaint
from qa_desktop.core.services import actions
from qa_desktop.core.services.action_lists import (
    ActionRow,
    EvidenceInfo,
    actions_of,
    department_today,
    evidence_of,
)
from qa_desktop.core.services.attachments import media_data
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import Action, ActionCause, ActionState
from qa_desktop.gui.action_form import ActionForm
from qa_desktop.gui.closed_case import closed_line
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_actions_panel import Ui_ActionsPanel
from qa_desktop.gui.system_viewer import open_in_system_viewer
from qa_desktop.gui.tasks import Task
from qa_desktop.gui.visit_reason_dialog import ReasonDialog
from qa_desktop.gui.visit_rights import may

NUMBER, KIND, TEXT, OWNER, DEPARTMENT, DUE, STATE = range(7)
LATE = QColor("#b3261e")
WIDEST = {KIND: 140, DEPARTMENT: 110, STATE: 170}  # px: wider texts elide (all in the tooltip)
UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*]')  # not allowed in Windows file names


class ActionsPanel(QWidget):
    changed = Signal()  # an action was saved: the window refreshes its clocks and workflow

    def __init__(
        self, parent: QWidget | None = None, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionsPanel()
        self.ui.setupUi(self)
        self._actor, self._clock = actor, clock
        self._complaint: Complaint | None = None
        self._rows: list[ActionRow] = []
        self._current: ActionRow | None = None  # None: a new action in the form
        self._task: Task | None = None
        self._closed = ""  # the line that says the case is closed, "" while it is open
        self._may_edit = may(actor, Action.EDIT)
        self._may_verify = may(actor, Action.CLOSE)
        self.form = ActionForm(self.ui, self)
        self._setup()

    # ----- what the case window uses -----------------------------------------------------------
    def is_modified(self) -> bool:
        """Whether the form holds typing not saved (the case window then keeps it)."""
        return self.form.is_modified()

    def show_case(self, complaint_id: int) -> None:
        """Load (or reload) the complaint's actions, keeping the chosen one where it still is."""
        self._complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if self._complaint is None:
            return
        self._closed = closed_line(self._complaint)
        show_message(self.ui.closed_note, self._closed)
        chosen = self._current.uuid if self._current else None
        self._rows = actions_of(complaint_id, self._clock())
        self._show_rows()
        index = next((i for i, r in enumerate(self._rows) if r.uuid == chosen), None)
        if index is None and self._rows:
            index = 0
        if index is None:
            self.new_action()
        else:
            self.select_row(index)

    def select_row(self, index: int) -> None:
        self.ui.actions.selectRow(index)
        self._show_action(self._rows[index])

    def new_action(self) -> None:
        self._current = None
        self.ui.actions.clearSelection()
        complaint = self._complaint
        department = complaint.responsible_department if complaint else ""
        self.form.new(department, department_today(self._clock()))
        self.ui.form_heading.setText(self.tr("New action"))
        self._show_details(None)
        self._enable()

    def save(self) -> bool:
        """Add the new action or save the chosen one's changes; False when refused."""
        if self._complaint is None:
            return False
        self.form.clear_errors()
        show_message(self.ui.form_error, "")
        lang, draft = current_language(), self.form.draft()
        try:
            if self._current is None:
                row = actions.add_action(self._complaint.id, draft, self._actor, self._clock, lang)
            else:
                c = self._current
                row = actions.update_action(c.uuid, c.revision, draft, self._actor, self._clock,
                                            lang)  # fmt: skip
        except ValidationError as exc:
            show_message(self.ui.form_error, "\n".join(self.form.show_errors(exc.errors)))
            self.form.refit()
            return False
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            self.form.refit()
            return False
        self._saved(str(row.uuid))
        return True

    # ----- the buttons --------------------------------------------------------------------------
    def mark_done(self) -> None:
        heading = self.tr(
            "What was done for action %1? The note is optional; evidence files "
            "are added below the action."
        )
        self._ask(self.tr("Action done"), heading, actions.mark_done, self.tr("Done"),
                  self.tr("Note"))  # fmt: skip

    def verify(self) -> None:
        row = self._current
        if row is not None and row.owner == self._actor.user_id:
            # The service says why (self-verification is refused there), before anything is typed.
            self._act(lambda: actions.verify_action(row.uuid, row.revision, "", self._actor,
                                                    self._clock, current_language()))  # fmt: skip
            return
        heading = self.tr("How was action %1 verified?")
        self._ask(self.tr("Verify action"), heading, actions.verify_action, self.tr("Verified"),
                  self.tr("Note"))  # fmt: skip

    def reject_verification(self) -> None:
        heading = self.tr("Why does action %1 go back to its owner?")
        self._ask(self.tr("Send back"), heading, actions.reject_verification,
                  self.tr("Send back"), self.tr("Reason"))  # fmt: skip

    def cancel_action(self) -> None:
        heading = self.tr("Why is action %1 cancelled? It keeps its number.")
        self._ask(self.tr("Cancel action"), heading, actions.cancel_action,
                  self.tr("Cancel action"), self.tr("Reason"))  # fmt: skip

    def ask_reason(self, dialog: ReasonDialog) -> bool:
        """Run the dialog; tests replace this to type into it instead of its modal loop."""
        return bool(dialog.exec())

    def _ask(self, title: str, heading: str, step: Callable[..., Any], ok: str, label: str) -> None:
        row = self._current
        if row is None:
            return
        lang = current_language()

        def act(text: str) -> Any:
            return step(row.uuid, row.revision, text, self._actor, self._clock, lang)

        dialog = ReasonDialog(self, title, heading.replace("%1", str(row.number)), act, ok)
        dialog.ui.reason_label.setText(label)
        if self.ask_reason(dialog):
            self._saved(row.uuid)

    def _act(self, step: Callable[[], Any]) -> None:
        show_message(self.ui.actions_error, "")
        try:
            step()
        except UserError as exc:
            show_message(self.ui.actions_error, str(exc))
            return
        self._saved(self._current.uuid if self._current else "")

    def _saved(self, action_uuid: str) -> None:
        """After a change: the list read again, the changed action chosen, the window told."""
        assert self._complaint is not None
        self._rows = actions_of(self._complaint.id, self._clock())
        self._show_rows()
        index = next((i for i, r in enumerate(self._rows) if r.uuid == action_uuid), None)
        if index is not None:
            self.select_row(index)
        self.changed.emit()

    # ----- evidence -----------------------------------------------------------------------------
    def ask_open_paths(self) -> list[Path]:
        """The files to add; tests replace this to avoid the modal dialog."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence"), folder)
        return [Path(name) for name in chosen]

    def add_evidence(self) -> None:
        row, paths_ = self._current, self.ask_open_paths()
        if row is None or not paths_ or self.is_busy():
            return
        lang = current_language()
        task = Task(lambda progress, cancelled: prepare_files(paths_, progress, cancelled, lang),
                    self)  # fmt: skip
        task.succeeded.connect(lambda result: self._store_evidence(row, result))
        task.failed.connect(lambda text: show_message(self.ui.evidence_error, text))
        task.finished.connect(lambda: self._set_busy(False))
        self._task = task
        self._set_busy(True)
        task.start()

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    def open_evidence(self) -> None:
        item = self.ui.evidence.currentItem()
        if item is None:
            return
        info: EvidenceInfo = item.data(Qt.ItemDataRole.UserRole)
        path = paths.opened_dir() / info.sha256[:16] / UNSAFE_IN_NAMES.sub("_", info.filename)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(media_data(info.sha256))
        except (OSError, UserError) as exc:
            show_message(self.ui.evidence_error, str(exc))
            return
        open_in_system_viewer(self, path)

    def confirm_removal(self, filename: str) -> bool:
        """Whether to take the file off the action; tests replace this to answer it."""
        question = self.tr("Remove %1 from the action's evidence? The audit trail keeps its name.")
        answer = QMessageBox.question(
            self, self.tr("Remove evidence"), question.replace("%1", f"“{filename}”"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def remove_evidence(self) -> None:
        row, item = self._current, self.ui.evidence.currentItem()
        if row is None or item is None:
            return
        info: EvidenceInfo = item.data(Qt.ItemDataRole.UserRole)
        if not self.confirm_removal(info.filename):
            return
        try:
            actions.remove_evidence(row.uuid, row.revision, info.sha256, self._actor,
                                    self._clock, current_language())  # fmt: skip
        except UserError as exc:
            show_message(self.ui.evidence_error, str(exc))
            return
        self._saved(row.uuid)

    def _store_evidence(self, row: ActionRow, result: IntakeResult) -> None:
        notes = list(result.refused)  # a hostile or unreadable file: one sentence each
        if result.prepared:
            try:
                actions.add_evidence(row.uuid, row.revision, result.prepared, self._actor,
                                     self._clock, current_language())  # fmt: skip
            except UserError as exc:
                notes.append(str(exc))
            else:
                self._saved(row.uuid)
        show_message(self.ui.evidence_error, "\n".join(notes))

    def _set_busy(self, busy: bool) -> None:
        self.ui.intake_progress.setVisible(busy)
        self.ui.intake_progress.setRange(0, 0)
        self._enable()

    # ----- showing ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        # Below the form's scroll area, as every form's Save is: in reach however it scrolls.
        self.save_button = ui.form_buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save action"))
        self.revert_button = ui.form_buttons.addButton(QDialogButtonBox.StandardButton.Reset)
        self.revert_button.setText(self.tr("Undo changes"))
        header = ui.actions.horizontalHeader()
        for column in (NUMBER, OWNER, DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        ui.actions.verticalHeader().hide()
        ui.intake_progress.hide()
        for label in (ui.closed_note, ui.actions_error, ui.form_error, ui.evidence_error):
            show_message(label, "")
        ui.actions.itemSelectionChanged.connect(self._selection_changed)
        ui.new_action.clicked.connect(self.new_action)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        ui.mark_done.clicked.connect(self.mark_done)
        ui.verify.clicked.connect(self.verify)
        ui.reject_verification.clicked.connect(self.reject_verification)
        ui.cancel_action.clicked.connect(self.cancel_action)
        ui.add_evidence.clicked.connect(self.add_evidence)
        ui.open_evidence.clicked.connect(self.open_evidence)
        ui.remove_evidence.clicked.connect(self.remove_evidence)
        ui.evidence.itemDoubleClicked.connect(lambda _item: self.open_evidence())
        ui.evidence.itemSelectionChanged.connect(self._enable)
        # Offered only to those whose roles hold the right (the services refuse the rest).
        for button in (ui.new_action, self.save_button, self.revert_button, ui.cancel_action):
            button.setVisible(self._may_edit)
        ui.verify.setVisible(self._may_verify)
        ui.reject_verification.setVisible(self._may_verify)

    def _show_rows(self) -> None:
        table, lang = self.ui.actions, current_language()
        table.blockSignals(True)
        table.setRowCount(0)
        for index, row in enumerate(self._rows):
            table.insertRow(index)
            kind = row.kind.label(lang)
            cause = ActionCause(row.cause).label(lang) if row.cause else ""
            state = row.state.label(lang)
            if row.overdue:
                state = self.tr("%1 · overdue").replace("%1", state)
            cells = {
                NUMBER: str(row.number), KIND: kind, TEXT: " ".join(row.description.split()),
                OWNER: row.owner_name, DEPARTMENT: row.department,
                DUE: row.due_date.isoformat(), STATE: state,
            }  # fmt: skip
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(row.description if column == TEXT else text)
                if column == KIND and cause:
                    item.setToolTip(f"{text} · {cause}")
                if row.overdue and column in (DUE, STATE):
                    item.setForeground(QBrush(LATE))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if row.state is ActionState.CANCELLED:
                    item.setForeground(QBrush(QColor("#7a828e")))
                table.setItem(index, column, item)
        table.blockSignals(False)
        for column, widest in WIDEST.items():  # long labels elide: the action keeps its room
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        case = self._complaint.case_no if self._complaint else ""
        late = sum(row.overdue for row in self._rows)
        heading = self.tr("Actions of %1: %2, %3 overdue")
        self.ui.heading.setText(heading.replace("%1", case).replace("%2", str(len(self._rows)))
                                .replace("%3", str(late)))  # fmt: skip

    def _selection_changed(self) -> None:
        rows = self.ui.actions.selectionModel().selectedRows()
        if rows:
            self._show_action(self._rows[rows[0].row()])

    def _show_action(self, row: ActionRow) -> None:
        self._current = row
        self.form.load(row.draft())
        heading = self.tr("Action %1 · %2").replace("%1", str(row.number))
        self.ui.form_heading.setText(heading.replace("%2", row.state.label(current_language())))
        show_message(self.ui.form_error, "")
        show_message(self.ui.actions_error, "")
        self._show_details(row)
        self._enable()

    def _show_details(self, row: ActionRow | None) -> None:
        ui = self.ui
        ui.evidence.clear()
        show_message(ui.evidence_error, "")
        if row is None:
            show_message(ui.history, "")
            return
        lines = []
        if row.done_at:
            text = self.tr("Done %1: %2") if row.done_note else self.tr("Done %1.")
            lines.append(text.replace("%1", self._day(row.done_at)).replace("%2", row.done_note))
        if row.verified_at:
            text = self.tr("Verified %1 by %2: %3")
            lines.append(text.replace("%1", self._day(row.verified_at))
                         .replace("%2", row.verifier_name).replace("%3", row.verification_note))  # fmt: skip
        if row.reason and row.state is ActionState.OPEN:
            lines.append(self.tr("Sent back: %1").replace("%1", row.reason))
        if row.reason and row.state is ActionState.CANCELLED:
            lines.append(self.tr("Cancelled: %1").replace("%1", row.reason))
        show_message(ui.history, "\n".join(lines))
        for info in evidence_of(row.uuid):
            item = QListWidgetItem(_icon(info), info.filename)
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(info.filename)
            ui.evidence.addItem(item)

    def _day(self, moment: datetime) -> str:
        return f"{moment.astimezone(settings.department_zone()):%Y-%m-%d %H:%M}"

    def _revert(self) -> None:
        if self._current is None:
            self.new_action()
        else:
            self._show_action(self._current)

    def _enable(self) -> None:
        ui, row = self.ui, self._current
        state = row.state if row else None
        own = row is not None and row.owner == self._actor.user_id
        # A closed complaint's actions are as they were closed: reopened first (the service).
        live = self._complaint is not None and not self._closed
        records = live and row is not None and (own or self._may_edit)  # done and evidence
        editable = live and self._may_edit and (row is None or state is ActionState.OPEN)
        self.form.set_editable(editable)
        for button in (self.save_button, self.revert_button):
            button.setEnabled(editable)
        ui.new_action.setEnabled(live)
        # A closed case is offered no new action: no empty form that looks as if it were.
        offered = live or row is not None
        ui.form_scroll.setVisible(offered)
        ui.form_buttons.setVisible(offered)
        ui.mark_done.setVisible(self._may_edit or any(r.owner == self._actor.user_id
                                                      for r in self._rows))  # fmt: skip
        ui.mark_done.setEnabled(records and state is ActionState.OPEN)
        ui.verify.setEnabled(live and state is ActionState.DONE)
        ui.reject_verification.setEnabled(live and state is ActionState.DONE and not own)
        ui.cancel_action.setEnabled(live and state in (ActionState.OPEN, ActionState.DONE))
        open_or_done = state in (ActionState.OPEN, ActionState.DONE)
        ui.add_evidence.setVisible(self._may_edit or own)
        ui.add_evidence.setEnabled(records and open_or_done and not self.is_busy())
        ui.open_evidence.setEnabled(ui.evidence.currentItem() is not None)
        ui.remove_evidence.setVisible(self._may_edit)
        ui.remove_evidence.setEnabled(
            live and open_or_done and ui.evidence.currentItem() is not None and not self.is_busy()
        )
        mine = own and state is ActionState.DONE
        ui.verify.setToolTip(self.tr("Your own action: someone else from QA verifies it.")
                             if mine else "")  # fmt: skip


def _icon(info: EvidenceInfo) -> QIcon:
    if info.thumbnail:
        pixmap = QPixmap()
        if pixmap.loadFromData(info.thumbnail):
            return QIcon(pixmap)
    return QIcon()
