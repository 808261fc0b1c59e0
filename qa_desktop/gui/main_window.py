"""The main window: the register, and the actions on it (register, edit, print, export)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressBar, QPushButton

from qa_desktop import APP_NAME, __version__
from qa_desktop.core import i18n
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.register import has_complaints
from qa_desktop.gui import language
from qa_desktop.gui.due_bar import DueBar
from qa_desktop.gui.forms.ui_main_window import Ui_MainWindow
from qa_desktop.gui.register_view import RegisterView
from qa_desktop.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:  # ReportLab, the dialogs and the menus' own modules load when first needed
    from peewee import Database
    from PySide6.QtWidgets import QMessageBox

    from qa_desktop.core.reports.pdf_result import PdfExport
    from qa_desktop.core.services.context import Actor
    from qa_desktop.core.settings import UserSettings
    from qa_desktop.gui.account_menu import AccountMenu
    from qa_desktop.gui.approvals_menu import ApprovalsMenu
    from qa_desktop.gui.case_menu import CaseMenu
    from qa_desktop.gui.checklists_dialog import ChecklistsDialog
    from qa_desktop.gui.clocks_dialog import ClocksDialog
    from qa_desktop.gui.complaint_dialog import ComplaintDialog
    from qa_desktop.gui.customers_dialog import CustomersDialog
    from qa_desktop.gui.department_dialog import DepartmentDialog
    from qa_desktop.gui.idle_lock import IdleLock
    from qa_desktop.gui.pack_menu import PackMenu
    from qa_desktop.gui.tasks import Task, Work
    from qa_desktop.gui.users_dialog import UsersDialog
    from qa_desktop.gui.visits_menu import VisitsMenu

DEMO_COMPLAINTS = 300
PREFERRED_SIZE = QSize(1400, 860)  # on a larger screen; a smaller one gets what it has
SAVED_MESSAGE_MS = 15_000  # long enough to read after the dialog closes


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        db_path: Path,
        user: UserSettings,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        starting: bool = False,
    ) -> None:
        """`starting`: a start-up's window (app.py). Its first paint shows the register's first
        page and waits for nothing else: the menus' behaviour, the due bar and the counts are
        wired by `painted()`, which app.py calls once the window is painted (until then the menu
        bar is disabled and the status bar says the window is opening)."""
        super().__init__()
        self.db = db
        self.actor = actor  # who signed in: every write of this window is theirs
        self.clock = clock  # "now" for the screens it opens; tests set it
        self.db_path = db_path
        self.user = user
        self.task: Task | None = None
        self.wired = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._add_progress_widgets()
        self.register: RegisterView | None = None
        self._build_register(lists_on_paint=not starting)
        # Built now, counted once the window is wired: a bar that came after the first paint
        # would push the register down under the reader's eyes.
        self.due = DueBar(
            db, self.ui.due_host, actor=actor, clock=clock, show_due=self._show_due,
            open_case=lambda cid: self.cases.open_case(cid),
        )  # fmt: skip
        self.ui.due_host_layout.addWidget(self.due)
        if starting:
            self._retranslate_frame()
            self.ui.menubar.setEnabled(False)
            self.ui.statusbar.showMessage(self.tr("Opening…"))
        else:
            self._wire()
        fit_to_screen(self, PREFERRED_SIZE, user, "main_window")
        if not starting:
            self.idle_lock.watch()

    def painted(self) -> None:
        """A start-up's window, once painted: its menus wired, the counts (a few queries, and
        the signature service's imports), the idle lock's watch on input
        (gui/idle_lock.py), and an administrator told of a year without its holidays."""
        if not self.wired:
            self._wire()
            self.ui.menubar.setEnabled(True)
            assert self.register is not None
            self.register.fill_register_lists()
        self.idle_lock.watch()
        from qa_desktop.gui.calendar_warning import calendar_warning  # after the paint

        if warning := calendar_warning(self.actor, self.clock):  # a year without its holidays
            self.ui.statusbar.showMessage(warning)

    def attach(self, db: Database, actor: Actor) -> None:
        """A start-up's window, painted through the file reader (core/file_reader.py): read
        through `db`, the file opened through core/db.py, from now on, as `actor` (the session
        the sign-in service gave: the same account, as it stands now)."""
        self.db = db
        self.actor = actor
        assert self.register is not None
        self.register.use_database(db)
        self.due.use_database(db)

    def _wire(self) -> None:
        """The menus' behaviour and the due bar: what a start-up's first paint need not wait
        for (their modules import the signature, visit and pack services)."""
        from qa_desktop.gui.account_menu import AccountMenu
        from qa_desktop.gui.approvals_menu import ApprovalsMenu
        from qa_desktop.gui.case_menu import CaseMenu
        from qa_desktop.gui.pack_menu import PackMenu
        from qa_desktop.gui.visits_menu import VisitsMenu

        actor, clock, user = self.actor, self.clock, self.user
        self.account: AccountMenu = AccountMenu(self, self.ui, actor=actor, clock=clock, user=user)
        self.idle_lock: IdleLock = self.account.idle_lock
        self.approvals: ApprovalsMenu = ApprovalsMenu(
            self, self.ui, self._selected, actor=actor, clock=clock, user=user
        )
        self.packs: PackMenu = PackMenu(
            self, self.ui, self._selected_case, lambda: self._refresh(),
            actor=actor, clock=clock, user=user,
        )  # fmt: skip
        self.visits: VisitsMenu = VisitsMenu(
            self, self.ui, self._selected, actor=actor, clock=clock, user=user
        )
        self.cases: CaseMenu = CaseMenu(
            self, self.ui, self._selected, lambda cid: self._refresh(cid),
            actor=actor, clock=clock, user=user,
        )  # fmt: skip
        self._connect_actions()
        self.wired = True
        self._retranslate()

    # ----- building -------------------------------------------------------------------------
    def _add_progress_widgets(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_task)
        for widget in (self.progress, self.cancel_button):
            self.ui.statusbar.addPermanentWidget(widget)
            widget.hide()

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.action_new.triggered.connect(self.new_complaint)
        ui.action_open.triggered.connect(lambda: self.open_complaint())
        ui.action_print.triggered.connect(self.print_complaint)
        ui.action_export.triggered.connect(self.export_register)
        ui.action_export_tracking.triggered.connect(self.export_tracking)
        ui.action_quit.triggered.connect(self.close)
        ui.action_refresh.triggered.connect(lambda: self._refresh())
        ui.action_find.triggered.connect(self.focus_search)
        ui.action_department.triggered.connect(self.department_settings)
        ui.action_clocks.triggered.connect(self.clock_settings)
        ui.action_customers.triggered.connect(self.edit_customers)
        ui.action_checklists.triggered.connect(lambda: self.checklists_dialog().exec())
        ui.action_about.triggered.connect(self.about)
        ui.load_demo_button.clicked.connect(self.load_demo)
        ui.dismiss_demo_button.clicked.connect(ui.demo_banner.hide)
        from PySide6.QtGui import QActionGroup  # its type loads after the first paint

        group = QActionGroup(self)
        for action, lang in ((ui.action_lang_en, "en"), (ui.action_lang_zh, "zh_CN")):
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))

    def _build_register(self, lists_on_paint: bool = True) -> None:
        """(Re)create the register; on a language switch this re-reads every translated label."""
        selected = self.register.current_complaint_id() if self.register else None
        if self.register is not None:
            self.register.setParent(None)
            self.register.deleteLater()
        self.register = RegisterView(
            self.db, self.ui.register_host, self.clock, lists_on_paint=lists_on_paint
        )
        self.ui.register_layout.addWidget(self.register)
        header = self.user.get("register_header")
        if header:  # the columns as this user left them
            self.register.restore_header_state(base64.b64decode(header))
        self.register.open_requested.connect(self.open_complaint)
        self.register.set_row_actions(
            [
                self.ui.action_open,
                self.ui.action_print,
                self.ui.action_proposals,
                self.ui.action_history,
                self.ui.action_plan_visit,
            ]
        )
        self.register.message.connect(lambda text: self.ui.statusbar.showMessage(text, 5000))
        if selected is not None:
            self.register.refresh(selected)

    def refresh_counts(self) -> None:
        """What the status bar and the File menu count for the signed-in user: proposals
        awaiting their signature, visit pack conflicts, their visits (a query or two each)."""
        self.approvals.refresh()
        self.packs.count_conflicts()
        self.visits.refresh()
        self.due.refresh()

    def _retranslate(self) -> None:
        self._retranslate_frame()
        self.account.retranslate()
        self._offer_clocks()
        self.packs.retranslate()
        self.refresh_counts()  # the counts' texts are translated too
        self.ui.statusbar.showMessage(self.tr("Database: %1").replace("%1", str(self.db_path)))

    def _retranslate_frame(self) -> None:
        """What the window says before its menus are wired: the form's texts and the title."""
        self.ui.retranslateUi(self)
        lang = i18n.current_language()
        self.ui.action_lang_en.setChecked(lang == "en")
        self.ui.action_lang_zh.setChecked(lang == "zh_CN")
        self.cancel_button.setText(self.tr("Cancel"))
        self.setWindowTitle(f"{APP_NAME} — {self.db_path.name} — {self.actor.display_name}")
        self._offer_demo_if_empty()

    # ----- the dialogs, sized for this screen (tests/gui/screen_fit_probe.py opens each) ------
    def complaint_dialog(self, complaint_id: int | None = None) -> ComplaintDialog:
        from qa_desktop.gui.complaint_dialog import ComplaintDialog  # not needed to start

        return ComplaintDialog(
            self, complaint_id=complaint_id, actor=self.actor, clock=self.clock, user=self.user
        )

    def department_dialog(self) -> DepartmentDialog:
        from qa_desktop.gui.department_dialog import DepartmentDialog  # not needed to start

        return DepartmentDialog(self, actor=self.actor, clock=self.clock, user=self.user)

    def clocks_dialog(self) -> ClocksDialog:
        from qa_desktop.gui.clocks_dialog import ClocksDialog  # not needed to start

        return ClocksDialog(self, actor=self.actor, clock=self.clock, user=self.user)

    def users_dialog(self) -> UsersDialog:
        return self.account.users_dialog()

    def about_box(self) -> QMessageBox:
        text = self.tr(
            "<b>QA Desktop %1</b><p>Customer complaints from the first call to closure: "
            "register, investigation, handling and sign-off, offline.</p><p>Database: %2</p>"
        )
        from PySide6.QtWidgets import QMessageBox  # its type loads on first use (as below)

        box = QMessageBox(self)
        box.setWindowTitle(APP_NAME)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(text.replace("%1", __version__).replace("%2", str(self.db_path)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box

    # ----- actions --------------------------------------------------------------------------
    def new_complaint(self) -> None:
        dialog = self.complaint_dialog()
        if dialog.exec() and dialog.saved_complaint_id is not None:
            self._show_saved(dialog.saved_complaint_id, new=True)

    def open_complaint(self, complaint_id: int | None = None) -> None:
        complaint_id = complaint_id or self._selected()
        if complaint_id is None:
            return
        if self.complaint_dialog(complaint_id).exec():
            self._show_saved(complaint_id, new=False)

    def focus_search(self) -> None:
        assert self.register is not None
        self.register.focus_search()

    def department_settings(self) -> None:
        if self.department_dialog().exec():
            self._refresh()
            self.idle_lock.reload_minutes()  # the department's idle time may have changed

    def clock_settings(self) -> None:
        if not self._offer_clocks():  # the matrix may have changed since the menu was built
            return
        if self.clocks_dialog().exec():
            self.ui.statusbar.showMessage(
                self.tr("The response clocks and the calendar were saved; new clocks follow them."),
                SAVED_MESSAGE_MS,
            )

    def _offer_clocks(self) -> bool:
        """Response clocks and calendar… is an administrator's (the service refuses others)."""
        from qa_desktop.core.vocab import Action
        from qa_desktop.gui.visit_rights import may

        allowed = may(self.actor, Action.ADMINISTER)
        self.ui.action_clocks.setEnabled(allowed)
        return allowed

    def customers_dialog(self) -> CustomersDialog:
        from qa_desktop.gui.customers_dialog import CustomersDialog  # not needed to start

        return CustomersDialog(self, actor=self.actor, clock=self.clock, user=self.user)

    def checklists_dialog(self) -> ChecklistsDialog:
        from qa_desktop.gui.checklists_dialog import ChecklistsDialog  # not needed to start

        return ChecklistsDialog(self, actor=self.actor, clock=self.clock, user=self.user)

    def edit_customers(self) -> None:
        dialog = self.customers_dialog()
        dialog.exec()
        if dialog.changed:  # a rename or a merge changes what the register shows
            self._refresh()

    def print_complaint(self) -> None:
        complaint_id = self._selected()
        if complaint_id is None:
            return
        assert self.register is not None
        case_no = self.register.case_no(complaint_id)  # the row selected holds it
        out = self.ask_save_path(self.tr("Save handling form"), f"{case_no}.pdf", "PDF (*.pdf)")
        if out is None:
            return
        lang, clock = i18n.current_language(), self.clock

        def work(progress, cancelled) -> PdfExport:
            from qa_desktop.core.reports.complaint_pdf import export_complaint_pdf
            from qa_desktop.core.services.complaints import get_complaint

            return export_complaint_pdf(get_complaint(complaint_id), out, lang=lang, clock=clock)

        self.run_task(work, self.tr("Writing %1…").replace("%1", out.name), self._printed)

    def export_register(self) -> None:
        from qa_desktop.gui.register_menus import REGISTER_WORKBOOK, export_workbook

        export_workbook(self, REGISTER_WORKBOOK)

    def export_tracking(self) -> None:
        from qa_desktop.gui.register_menus import TRACKING_WORKBOOK, export_workbook

        export_workbook(self, TRACKING_WORKBOOK)

    def load_demo(self) -> None:
        actor = self.actor  # an empty file with its own administrator: the cases are theirs

        def work(progress, cancelled) -> int:
            from qa_desktop.core.demo import load_demo
            from qa_desktop.core.models import database_proxy

            return load_demo(
                database_proxy, DEMO_COMPLAINTS, progress=progress, actor=actor
            ).complaints

        self.ui.demo_banner.hide()
        self.run_task(work, self.tr("Loading demo data…"), lambda _count: self._refresh())

    def set_language(self, lang: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        language.install(app, lang)
        self.user.set("language", lang)
        self._build_register()
        self._retranslate()

    def about(self) -> None:
        self.about_box().exec()

    # ----- long work ------------------------------------------------------------------------
    def run_task(
        self, work: Work, message: str, on_success, in_process: bool = False
    ) -> Task | None:
        from PySide6.QtWidgets import QMessageBox

        if self.task is not None and self.task.is_running():
            QMessageBox.information(self, APP_NAME, self.tr("Wait until the running task ends."))
            return None
        from qa_desktop.gui.tasks import Task

        task = Task(work, self, in_process=in_process)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(on_success)
        task.failed.connect(lambda text: QMessageBox.warning(self, APP_NAME, text))
        task.cancelled.connect(lambda: self.ui.statusbar.showMessage(self.tr("Cancelled."), 5000))
        task.finished.connect(self._task_ended)
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.show()
        self.cancel_button.show()
        self.ui.statusbar.showMessage(message)
        self.task = task
        task.start()
        return task

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _task_ended(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _saved(self, path: Path) -> None:
        self.ui.statusbar.showMessage(self.tr("Saved %1").replace("%1", str(path)), 10_000)

    def _printed(self, result: PdfExport) -> None:
        """Say what could not be printed before the form is shown (and signed); then show it."""
        self._saved(result.path)
        if result.unprinted:
            from PySide6.QtWidgets import QMessageBox

            check = self.tr("Check these fields on the printed form before anyone signs it.")
            message = result.message(i18n.current_language())
            QMessageBox.warning(self, APP_NAME, f"{message}\n\n{check}")
        from qa_desktop.gui.system_viewer import open_in_system_viewer

        open_in_system_viewer(self, result.path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wired and not self.visits.close_all():  # each keeps what it shows as a draft
            event.ignore()
            return
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.task.wait()
        if self.register is not None:
            state = base64.b64encode(self.register.header_state()).decode("ascii")
            self.user.set("register_header", state)
        super().closeEvent(event)

    # ----- helpers --------------------------------------------------------------------------
    def _selected(self) -> int | None:
        assert self.register is not None
        complaint_id = self.register.current_complaint_id()
        if complaint_id is None:
            self.ui.statusbar.showMessage(self.tr("Select a complaint first."), 5000)
        return complaint_id

    def _selected_case(self) -> str:
        """The selected complaint's case number, or "" (nothing said: a default, not a need)."""
        assert self.register is not None
        complaint_id = self.register.current_complaint_id()
        return "" if complaint_id is None else self.register.case_no(complaint_id)

    def _refresh(self, select_id: int | None = None) -> None:
        assert self.register is not None
        self.register.reload_choices()
        self.register.refresh(select_id)
        self.due.refresh()
        self._offer_demo_if_empty()

    def _show_due(self, due: str, owner: str | None) -> None:
        assert self.register is not None
        self.register.show_due(due, owner)

    def _show_saved(self, complaint_id: int, new: bool) -> None:
        """Say what the save did, and show the complaint: selected, scrolled to, and visible
        even if a filter or the search would hide it (those are cleared, and the message says
        which)."""
        assert self.register is not None
        self.register.reload_choices()
        cleared = self.register.reveal(complaint_id)
        self._offer_demo_if_empty()
        case_no = self.register.case_no(complaint_id)
        if cleared:
            names = self.tr(", ", "between the names of filters").join(cleared)
            text = (
                self.tr("%1 registered; cleared the filters that hid it: %2")
                if new
                else self.tr("%1 saved; cleared the filters that hid it: %2")
            ).replace("%2", names)
        else:
            text = self.tr("%1 registered") if new else self.tr("%1 saved")
        self.ui.statusbar.showMessage(text.replace("%1", case_no), SAVED_MESSAGE_MS)

    def _offer_demo_if_empty(self) -> None:
        self.ui.demo_banner.setVisible(not has_complaints(self.db))

    def ask_save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        """Where to write a file: asked, then checked as every export is (never over a
        database, core/files.py); None if the user cancels or the place is refused."""
        suffix = Path(name).suffix.lower()
        chosen = self.choose_save_path(title, name, file_filter)
        if chosen is None:
            return None
        if not chosen.suffix:  # typed without an ending, which some file dialogs leave off
            chosen = chosen.with_name(chosen.name + suffix)
        from qa_desktop.core.files import check_target

        try:
            return check_target(chosen, suffix)
        except UserError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, APP_NAME, str(exc))
            return None

    def choose_save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        """The save dialog itself; tests replace this to avoid the modal dialog."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        return Path(chosen) if chosen else None
