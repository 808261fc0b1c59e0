"""The main window: the register, and the actions on it (register, edit, print, export)."""

from __future__ import annotations

import base64
from pathlib import Path

from peewee import Database
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QActionGroup, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from qa_desktop import APP_NAME, __version__
from qa_desktop.core import i18n
from qa_desktop.core.register import has_complaints
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.forms.ui_main_window import Ui_MainWindow
from qa_desktop.gui.register_view import RegisterView
from qa_desktop.gui.tasks import Task, Work

DEMO_COMPLAINTS = 300


class MainWindow(QMainWindow):
    def __init__(self, db: Database, db_path: Path, user: UserSettings) -> None:
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.user = user
        self.task: Task | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._add_progress_widgets()
        self._connect_actions()
        self.register: RegisterView | None = None
        self._build_register()
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
        ui.action_quit.triggered.connect(self.close)
        ui.action_refresh.triggered.connect(lambda: self._refresh())
        ui.action_department.triggered.connect(self.department_settings)
        ui.action_customers.triggered.connect(self.edit_customers)
        ui.action_about.triggered.connect(self.about)
        ui.load_demo_button.clicked.connect(self.load_demo)
        ui.dismiss_demo_button.clicked.connect(ui.demo_banner.hide)
        group = QActionGroup(self)
        for action, lang in ((ui.action_lang_en, "en"), (ui.action_lang_zh, "zh_CN")):
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))

    def _build_register(self) -> None:
        """(Re)create the register; on a language switch this re-reads every translated label."""
        selected = self.register.current_complaint_id() if self.register else None
        if self.register is not None:
            self.register.setParent(None)
            self.register.deleteLater()
        self.register = RegisterView(self.db, self.ui.register_host)
        self.ui.register_layout.addWidget(self.register)
        header = self.user.get("register_header")
        if header:  # the columns as this user left them
            self.register.restore_header_state(base64.b64decode(header))
        self.register.open_requested.connect(self.open_complaint)
        if selected is not None:
            self.register.refresh(selected)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        lang = i18n.current_language()
        self.ui.action_lang_en.setChecked(lang == "en")
        self.ui.action_lang_zh.setChecked(lang == "zh_CN")
        self.cancel_button.setText(self.tr("Cancel"))
        self.setWindowTitle(f"{APP_NAME} — {self.db_path.name}")
        self.ui.statusbar.showMessage(self.tr("Database: %1").replace("%1", str(self.db_path)))
        self._offer_demo_if_empty()

    # ----- actions --------------------------------------------------------------------------
    def new_complaint(self) -> None:
        from qa_desktop.gui.complaint_dialog import ComplaintDialog  # not needed to start

        dialog = ComplaintDialog(self)
        if dialog.exec():
            self._refresh(dialog.saved_complaint_id)

    def open_complaint(self, complaint_id: int | None = None) -> None:
        complaint_id = complaint_id or self._selected()
        if complaint_id is None:
            return
        from qa_desktop.gui.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self, complaint_id=complaint_id)
        if dialog.exec():
            self._refresh(complaint_id)

    def department_settings(self) -> None:
        from qa_desktop.gui.department_dialog import DepartmentDialog  # not needed to start

        dialog = DepartmentDialog(self)
        # A save that stopped half-way and was then cancelled still changed the lists.
        if dialog.exec():
            self._refresh()

    def edit_customers(self) -> None:
        from qa_desktop.gui.customers_dialog import CustomersDialog  # not needed to start

        dialog = CustomersDialog(self)
        dialog.exec()
        if dialog.changed:  # a rename or a merge changes what the register shows
            self._refresh()

    def print_complaint(self) -> None:
        complaint_id = self._selected()
        if complaint_id is None:
            return
        from qa_desktop.core.services.complaints import (
            get_complaint,
        )  # the write path: not at start

        case_no = get_complaint(complaint_id).case_no
        out = self.ask_save_path(self.tr("Save handling form"), f"{case_no}.pdf", "PDF (*.pdf)")
        if out is None:
            return
        lang = i18n.current_language()

        def work(progress, cancelled) -> Path:
            from qa_desktop.core.reports.complaint_pdf import export_complaint_pdf

            return export_complaint_pdf(get_complaint(complaint_id), out, lang=lang)

        self.run_task(work, self.tr("Writing %1…").replace("%1", out.name), self._opened)

    def export_register(self) -> None:
        assert self.register is not None
        query = self.register.current_query()
        name = self.tr("complaint-register") + ".xlsx"
        out = self.ask_save_path(self.tr("Export register"), name, "Excel (*.xlsx)")
        if out is None:
            return
        lang = i18n.current_language()

        def work(progress, cancelled) -> Path:
            from qa_desktop.core.models import database_proxy
            from qa_desktop.core.reports.register_xlsx import export_register

            export_register(database_proxy, query, out, lang, progress, cancelled)
            return out

        self.run_task(work, self.tr("Exporting to %1…").replace("%1", out.name), self._saved)

    def load_demo(self) -> None:
        def work(progress, cancelled) -> int:
            from qa_desktop.core.demo import load_demo
            from qa_desktop.core.models import database_proxy

            return load_demo(database_proxy, DEMO_COMPLAINTS, progress=progress).complaints

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
        text = self.tr(
            "<b>QA Desktop %1</b><p>Customer complaints from the first call to closure: "
            "register, investigation, handling and sign-off, offline.</p><p>Database: %2</p>"
        )
        QMessageBox.about(
            self, APP_NAME, text.replace("%1", __version__).replace("%2", str(self.db_path))
        )

    # ----- long work ------------------------------------------------------------------------
    def run_task(self, work: Work, message: str, on_success) -> Task | None:
        if self.task is not None and self.task.is_running():
            QMessageBox.information(self, APP_NAME, self.tr("Wait until the running task ends."))
            return None
        task = Task(work, self)
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

    def _opened(self, path: Path) -> None:
        self._saved(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def closeEvent(self, event: QCloseEvent) -> None:
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

    def _refresh(self, select_id: int | None = None) -> None:
        assert self.register is not None
        self.register.reload_choices()
        self.register.refresh(select_id)
        self._offer_demo_if_empty()

    def _offer_demo_if_empty(self) -> None:
        self.ui.demo_banner.setVisible(not has_complaints(self.db))

    def ask_save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        """Where to write a file; tests replace this to avoid the modal dialog."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        return Path(chosen) if chosen else None
