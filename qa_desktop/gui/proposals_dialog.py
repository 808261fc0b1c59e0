"""The handling proposals (拟办意见) of one complaint (ui/proposals.ui): the list on the left, the
selected proposal on the right with its lines, its route and whether it binds anyone yet.

Buttons are enabled only when the service would allow the action, but the services decide:
a refusal is said under the table (a cell's is marked on the cell) and nothing is written.

A closed case's proposals are shown read only (gui/closed_case.py), with the services' own
sentence at the top: nothing is drafted, revised, submitted or signed until it is reopened. A
sheet already routed still prints (printing changes nothing); a signed sheet's scan is filed
from the main window's scan intake, which a closed case still takes (services/closed_cases.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from qa_desktop.core import authority, i18n
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.files import check_target
from qa_desktop.core.models import Complaint, Proposal
from qa_desktop.core.money import minor_text
from qa_desktop.core.reports.pdf_result import PdfExport
from qa_desktop.core.services import accounts, proposals, signatures
from qa_desktop.core.services import matrix as matrices
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.vocab import Action, ProposalState
from qa_desktop.gui import system_viewer
from qa_desktop.gui.closed_case import closed_line
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_proposals import Ui_ProposalsForm
from qa_desktop.gui.paper_signature_dialog import PaperSignatureDialog
from qa_desktop.gui.proposal_lines_table import LinesTable, as_draft
from qa_desktop.gui.proposal_route import banner, person, route_html
from qa_desktop.gui.read_only_look import give_read_only_look, repolish
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.sign_dialog import SignDialog
from qa_desktop.gui.tasks import Task

EDITABLE = (ProposalState.DRAFT.value, ProposalState.REJECTED.value)
AWAITING = (ProposalState.SUBMITTED.value, ProposalState.APPROVED.value)


class ProposalsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        complaint_id: int = 0,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProposalsForm()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(1240, 720), user, "proposals")
        self._complaint = Complaint.get_by_id(complaint_id)
        self._actor = actor
        self._clock = clock
        self._base = matrices.matrix().base_currency
        self.may_propose = _may(actor, Action.PROPOSE)
        self.closed = ""  # the line that says the case is closed, "" while it is open
        self.lines = LinesTable(self.ui.lines, self._base)
        self.current: proposals.ProposalView | None = None
        self.sign_dialog: SignDialog | None = None  # the open one, for tests to drive
        self.paper_dialog: PaperSignatureDialog | None = None  # likewise
        self.print_task: Task | None = None
        self.ui.splitter.setSizes([330, 900])
        give_read_only_look(self)
        self.ui.case_title.setText(
            self.tr("Handling proposals of %1 (%2)")
            .replace("%1", self._complaint.case_no)
            .replace("%2", self._complaint.customer.name)
        )
        self._connect()
        self._reload()

    # ----- what callers use ------------------------------------------------------------------
    def select_proposal(self, proposal_id: int) -> bool:
        for row in range(self.ui.proposal_list.rowCount()):
            if self.ui.proposal_list.item(row, 0).data(Qt.ItemDataRole.UserRole) == proposal_id:
                self.ui.proposal_list.selectRow(row)
                return True
        return False

    def start_new(self) -> None:
        """An empty proposal on the right; Save draft stores it."""
        self.ui.proposal_list.clearSelection()
        self.current = None
        self._clear_messages()
        self.ui.summary.setPlainText("")
        self.lines.load([])
        if not self.closed:  # a closed case is offered no empty line that looks as if it were
            self.lines.add_row()
        self._show_state()

    def save(self) -> Proposal | None:
        """Save draft: a new proposal, or the shown one changed (a rejected one in a new round)."""
        self._clear_messages()
        summary, drafts = self.ui.summary.toPlainText(), self.lines.drafts()
        try:
            if self.current is None:
                saved = proposals.draft_proposal(
                    self._complaint.id, summary, drafts, self._actor, self._clock
                )
            else:
                shown = self.current.proposal
                saved = proposals.update_proposal(
                    shown.id, shown.revision, summary, drafts, self._actor, self._clock
                )
        except ValidationError as exc:
            self._show_errors(exc)
            return None
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            return None
        self._reload(select=saved.id)
        return saved

    def submit(self) -> Proposal | None:
        """Submit for approval (what is typed is saved first)."""
        if self.is_modified() and self.save() is None:
            return None
        if self.current is None:
            return None
        try:
            submitted = proposals.submit_proposal(
                self.current.proposal.id, self._actor, self._clock
            )
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            return None
        self._reload(select=submitted.id)
        return submitted

    def open_sign_dialog(self, approve: bool) -> SignDialog | None:
        """Approve… / Reject…: the small dialog that asks the comment and the password."""
        if self.current is None:
            return None
        shown = self.current.proposal
        dialog = SignDialog(
            self, shown.id, self._heading(), approve=approve, actor=self._actor, clock=self._clock
        )
        dialog.finished.connect(lambda result, d=dialog: self._signing_ended(d, shown.id))
        self.sign_dialog = dialog
        dialog.open()
        return dialog

    def open_paper_dialog(self) -> PaperSignatureDialog | None:
        """Record paper signature…: who signed the printed sheet, the scan, my password."""
        if self.current is None:
            return None
        shown = self.current.proposal
        dialog = PaperSignatureDialog(
            self, shown.id, self._heading(), actor=self._actor, clock=self._clock
        )
        dialog.finished.connect(lambda result, d=dialog: self._recording_ended(d, shown.id))
        self.paper_dialog = dialog
        dialog.open()
        return dialog

    def print_sheet(self) -> Task | None:
        """Print sign-off sheet…: the PDF written off the GUI thread, then opened."""
        if self.current is None or self.print_task is not None:
            return None
        self._clear_messages()
        shown = self.current.proposal
        name = f"{self._complaint.case_no}-proposal-{shown.number}-v{shown.round}.pdf"
        out = self._sheet_path(name)
        if out is None:
            return None
        proposal_id, lang, clock = shown.id, i18n.current_language(), self._clock

        def work(progress, cancelled) -> PdfExport:
            from qa_desktop.core.reports.signoff_pdf import export_signoff_pdf
            from qa_desktop.core.services.signoff import signoff_sheet

            sheet = signoff_sheet(Proposal.get_by_id(proposal_id), clock)
            return export_signoff_pdf(sheet, out, lang=lang)

        task = Task(work, self)
        task.succeeded.connect(self._printed)
        task.failed.connect(lambda text: show_message(self.ui.form_error, text))
        task.finished.connect(self._print_ended)
        self.print_task = task
        self.ui.print_sheet.setEnabled(False)
        task.start()
        return task

    def is_modified(self) -> bool:
        if self.current is None:
            return bool(self.ui.summary.toPlainText().strip()) or any(
                line.kind or line.amount or line.quantity for line in self.lines.drafts()
            )
        stored = [as_draft(line) for line in self.current.lines]
        return (
            self.ui.summary.toPlainText() != self.current.proposal.summary
            or self.lines.drafts() != stored
        )

    # ----- building --------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.proposal_list.itemSelectionChanged.connect(self._selection_changed)
        ui.new_proposal.clicked.connect(lambda: self.start_new())
        ui.save_draft.clicked.connect(lambda: self.save())
        ui.submit.clicked.connect(lambda: self.submit())
        ui.approve.clicked.connect(lambda: self.open_sign_dialog(True))
        ui.print_sheet.clicked.connect(lambda: self.print_sheet())
        ui.record_paper.clicked.connect(lambda: self.open_paper_dialog())
        ui.reject_proposal.clicked.connect(lambda: self.open_sign_dialog(False))
        ui.add_line.clicked.connect(lambda: self.lines.add_row())
        ui.remove_line.clicked.connect(lambda: self.lines.remove_current())
        ui.button_box.rejected.connect(self.reject)

    def _reload(self, select: int | None = None) -> None:
        # Read again at every reload: a case closed (or reopened) in another window meanwhile.
        self.closed = closed_line(self._complaint.id)
        show_message(self.ui.closed_note, self.closed)
        table = self.ui.proposal_list
        table.blockSignals(True)
        table.setRowCount(0)
        found = proposals.proposals_of(self._complaint.id)
        for proposal in found:
            self._add_row(proposal)
        table.resizeColumnsToContents()
        table.blockSignals(False)
        chosen = select if select is not None else (found[-1].id if found else None)
        if chosen is None or not self.select_proposal(chosen):
            self.start_new()

    def _add_row(self, proposal: Proposal) -> None:
        table = self.ui.proposal_list
        row = table.rowCount()
        table.insertRow(row)
        cells = (
            str(proposal.number),
            ProposalState(proposal.state).label(),
            minor_text(proposal.total_base_minor, proposal.base_currency),
            str(proposal.round),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, proposal.id)
            if column in (0, 2, 3):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)

    def _selection_changed(self) -> None:
        rows = self.ui.proposal_list.selectionModel().selectedRows()
        if not rows:
            return
        proposal_id = self.ui.proposal_list.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.current = proposals.view(proposal_id)
        self._clear_messages()
        self.ui.summary.setPlainText(self.current.proposal.summary)
        self.lines.load([as_draft(line) for line in self.current.lines])
        self._show_state()

    # ----- showing ---------------------------------------------------------------------------
    def _show_state(self) -> None:
        ui, shown = self.ui, self.current
        live = self.may_propose and not self.closed
        editable = live and (shown is None or shown.proposal.state in EDITABLE)
        ui.summary.setReadOnly(not editable)
        repolish(ui.summary)
        self.lines.set_editable(editable)
        ui.add_line.setEnabled(editable)
        ui.remove_line.setEnabled(editable)
        ui.new_proposal.setEnabled(live)
        ui.save_draft.setEnabled(editable)
        ui.submit.setEnabled(self._may_submit())
        awaited = (
            not self.closed
            and shown is not None
            and any(p.id == shown.proposal.id for p, _ in signatures.awaiting(self._actor))
        )
        ui.approve.setEnabled(awaited)
        ui.reject_proposal.setEnabled(awaited)
        state = None if shown is None else shown.proposal.state
        printable = state not in (None, ProposalState.DRAFT.value) and self.print_task is None
        ui.print_sheet.setEnabled(printable)
        ui.record_paper.setEnabled(live and state in AWAITING)
        if shown is None:
            ui.heading.setText(
                self.tr("New proposal (not saved yet)")
                if live
                else self.tr("No handling proposal on this complaint.")
            )
            ui.banner.setVisible(False)
            ui.route.setText(
                self.tr("Not routed yet: Submit asks the authority matrix who approves.")
            )
            ui.totals.setText("")
            return
        proposal = shown.proposal
        ui.heading.setText(
            self.tr("Proposal %1 — %2 — round %3 — by %4")
            .replace("%1", str(proposal.number))
            .replace("%2", ProposalState(proposal.state).label())
            .replace("%3", str(proposal.round))
            .replace("%4", person(proposal.proposer))
        )
        text, style = banner(shown)
        ui.banner.setText(text)
        ui.banner.setStyleSheet(style)
        ui.banner.setVisible(True)
        ui.route.setText(route_html(shown))
        ui.totals.setText(self._totals(proposal))

    def _totals(self, proposal: Proposal) -> str:
        text = self.tr("Total: %1").replace(
            "%1", minor_text(proposal.total_base_minor, proposal.base_currency)
        )
        if proposal.cumulative_minor is not None:
            text += "   " + self.tr("On this complaint so far: %1").replace(
                "%1", minor_text(proposal.cumulative_minor, proposal.base_currency)
            )
        return text

    def _may_submit(self) -> bool:
        if not self.may_propose or self.closed:
            return False
        if self.current is None:
            return True  # saved first, then submitted
        proposal = self.current.proposal
        return proposal.state in EDITABLE and proposal.proposer == self._actor.user_id

    def _show_errors(self, error: ValidationError) -> None:
        self.lines.mark(error.errors)
        by_field = [e for e in error.errors if e.row is None]
        summary = [e.message for e in by_field if e.field == "summary"]
        show_message(self.ui.summary_error, summary[0] if summary else "")
        others = [e for e in error.errors if e.field != "summary"]
        if others:
            first = others[0]
            where = (
                "" if first.row is None else self.tr("Line %1: ").replace("%1", str(first.row + 1))
            )
            show_message(self.ui.lines_error, where + first.message)

    def _clear_messages(self) -> None:
        self.lines.clear_marks()
        for label in (self.ui.summary_error, self.ui.lines_error, self.ui.form_error):
            show_message(label, "")

    def _heading(self) -> str:
        """What a signing dialog names: the proposal, its case, its round and its total."""
        assert self.current is not None
        shown = self.current.proposal
        heading = self.tr("Proposal %1 of %2, round %3: %4").replace("%1", str(shown.number))
        heading = heading.replace("%2", self._complaint.case_no).replace("%3", str(shown.round))
        return heading.replace("%4", minor_text(shown.total_base_minor, shown.base_currency))

    def _sheet_path(self, name: str) -> Path | None:
        """Where the sheet goes: asked, then checked as every export is (never over a database);
        a refusal is said in the message line."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save sign-off sheet"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:  # typed without an ending, which some file dialogs leave off
            path = path.with_name(path.name + ".pdf")
        try:
            return check_target(path, ".pdf")
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            return None

    def _printed(self, result: PdfExport) -> None:
        if result.unprinted:  # said before the sheet is signed
            show_message(self.ui.form_error, result.message(i18n.current_language()))
        system_viewer.open_in_system_viewer(self, result.path)

    def _print_ended(self) -> None:
        self.print_task = None
        self._show_state()

    def _recording_ended(self, dialog: PaperSignatureDialog, proposal_id: int) -> None:
        self.paper_dialog = None
        if dialog.recorded is not None:
            self._reload(select=proposal_id)
        dialog.deleteLater()

    def _signing_ended(self, dialog: SignDialog, proposal_id: int) -> None:
        self.sign_dialog = None
        if dialog.signed is not None:
            self._reload(select=proposal_id)
        dialog.deleteLater()


def _may(actor: Actor, action: Action) -> bool:
    try:
        held = accounts.roles_of(accounts.account(actor.user_id))
    except UserError:  # not an account of this file
        return False
    return authority.may(matrices.matrix(), held, action)
