"""The customer's 8D report, on the 8D editor's last page: a preview of the draft in English or
Chinese, issuing the next revision to the customer (services/replies.py: rendered, kept byte
for byte with its hash, never changed), and the revisions issued, each opened as it was sent.

The PDFs are written off the GUI thread (gui/tasks.py) into this process's scratch folder
(paths.scratch_dir(), removed when the application ends) and opened in the computer's viewer
(gui/system_viewer.py). A preview and an issued revision show what is saved: unsaved edits of
the 8D are not in them, so issuing waits until they are saved."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, from_storage, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import Complaint, CustomerReply
from qa_desktop.core.services import replies
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.eightd_facts import printed_name
from qa_desktop.core.vocab import Channel, ReplyKind
from qa_desktop.gui import system_viewer
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.tasks import Task

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language
_previews = itertools.count(1)  # each preview its own file: a viewer may hold the last open


class IssueDialog(QDialog):
    """To whom, how and in which language the next revision goes; OK issues it (in a Task)."""

    def __init__(
        self, parent: QWidget | None, complaint_id: int, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self._complaint_id, self._actor, self._clock = complaint_id, actor, clock
        self.task: Task | None = None
        self.issued: replies.Issued | None = None
        complaint = Complaint.get_by_id(complaint_id)
        revision = replies.next_revision(complaint_id)
        self.setWindowTitle(self.tr("Issue the 8D report"))
        layout = QVBoxLayout(self)
        heading = self.tr("Revision %1 of the 8D report of %2, as saved now. An issued revision "
                          "is kept as it was sent and never changes; a correction is the next "
                          "revision.")  # fmt: skip
        title = QLabel(heading.replace("%1", revision).replace("%2", complaint.case_no), self)
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.sent_to = QLineEdit(complaint.contact_name or complaint.customer.name, self)
        self.channel = QComboBox(self)
        for code, label in Channel.choices(current_language()):
            self.channel.addItem(label, code)
        self.channel.setCurrentIndex(self.channel.findData(Channel.EMAIL.value))
        self.language = QComboBox(self)
        for code in ("zh_CN", "en"):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(64)
        form.addRow(self.tr("Sent to"), self.sent_to)
        form.addRow(self.tr("How it is sent"), self.channel)
        form.addRow(self.tr("Language of the report"), self.language)
        form.addRow(self.tr("Note (optional)"), self.summary)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        show_message(self.error, "")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.issue_button.setText(self.tr("Issue revision %1").replace("%1", revision))
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    @property
    def issue_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def issue(self) -> None:
        if self.task is not None:
            return
        show_message(self.error, "")
        complaint_id, actor, clock = self._complaint_id, self._actor, self._clock
        sent_to, channel = self.sent_to.text(), self.channel.currentData()
        lang, summary = self.language.currentData(), self.summary.toPlainText()

        def work(progress, cancelled) -> replies.Issued:
            return replies.issue_8d(complaint_id, sent_to, channel, lang, actor, clock, summary)

        self.task = Task(work, self)
        self.task.succeeded.connect(self._issued)
        self.task.failed.connect(lambda text: show_message(self.error, text))
        self.task.finished.connect(self._ended)
        self.buttons.setEnabled(False)
        self.task.start()

    def reject(self) -> None:
        if self.task is None:  # never close while the revision is being recorded
            super().reject()

    def _issued(self, issued: replies.Issued) -> None:
        self.issued = issued

    def _ended(self) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if self.issued is not None:
            self.accept()


class ReportsPage(QWidget):
    """The customer's report: preview, issue, the revisions issued. `issued` after a revision
    was recorded as sent."""

    issued = Signal()
    COLUMNS = 8

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        unsaved: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._actor, self._clock, self._unsaved = actor, clock, unsaved
        self._complaint_id, self._case_no, self._editable = 0, "", False
        self._revisions: list[CustomerReply] = []
        self.task: Task | None = None
        self.issue_dialog: IssueDialog | None = None
        self.opened: list[Path] = []  # what was handed to the viewer, newest last
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("The customer's 8D report"), self)
        title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        layout.addWidget(title)
        intro = QLabel(self.tr("The report prints only what the customer may see: the fields "
                               "marked internal and the factory's working never appear on it. "
                               "It shows the 8D as saved."), self)  # fmt: skip
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.preview_en = QPushButton(self.tr("Preview the 8D report (English)"), self)
        self.preview_zh = QPushButton(self.tr("Preview the 8D report (中文)"), self)
        self.issue_button = QPushButton(self.tr("Issue to the customer…"), self)
        for button in (self.preview_en, self.preview_zh, self.issue_button):
            button.setAutoDefault(False)
            button.setMinimumHeight(32)
            row.addWidget(button)
        row.addStretch(1)
        self.preview_en.clicked.connect(lambda: self.preview("en"))
        self.preview_zh.clicked.connect(lambda: self.preview("zh_CN"))
        self.issue_button.clicked.connect(lambda: self.open_issue_dialog())
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        show_message(self.message, "")
        layout.addWidget(self.message)
        issued = QLabel(self.tr("Issued revisions"), self)
        issued.setStyleSheet("font-weight: bold; margin-top: 6px;")
        layout.addWidget(issued)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Revision"), self.tr("Language"), self.tr("Sent to"), self.tr("How"),
            self.tr("Sent at"), self.tr("Sent by"), self.tr("SHA-256"), "",
        ])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.none_issued = QLabel(self.tr("No revision issued yet."), self)
        self.none_issued.setStyleSheet("color: #555;")
        layout.addWidget(self.none_issued)

    # ----- what the panel and tests use ------------------------------------------------------------
    def show_case(self, complaint_id: int, case_no: str, editable: bool) -> None:
        self._complaint_id, self._case_no, self._editable = complaint_id, case_no, editable
        self.issue_button.setVisible(editable)
        show_message(self.message, "")
        self._list()

    def revisions(self) -> list[CustomerReply]:
        """The 8D revisions issued, as last listed (read again with the case, and on issue)."""
        return list(self._revisions)

    def _read_revisions(self) -> list[CustomerReply]:
        return [r for r in replies.replies_of(self._complaint_id)
                if r.kind == ReplyKind.EIGHT_D.value]  # fmt: skip

    def preview(self, lang: str) -> Task | None:
        """The draft as saved, in `lang` first, written off the GUI thread and then opened."""
        if self.task is not None or not self._complaint_id:
            return None
        from qa_desktop.paths import scratch_dir

        out = scratch_dir() / f"{self._case_no}-8D-draft-{lang}-{next(_previews)}.pdf"
        complaint_id, clock = self._complaint_id, self._clock

        def work(progress, cancelled):
            from qa_desktop.core.services.eightd_sheet import write_eightd_report

            return write_eightd_report(complaint_id, out, lang, clock=clock)

        note = ""
        if self._unsaved():
            note = self.tr("The preview shows the 8D as saved; your unsaved changes are not in it.")
        self._say(self.tr("Writing the preview…") + (f" {note}" if note else ""))
        self.task = Task(work, self)
        self.task.succeeded.connect(lambda result: self._written(result, note))
        self.task.failed.connect(lambda text: self._say(text, error=True))
        self.task.finished.connect(self._ended)
        self._enable(False)
        self.task.start()
        return self.task

    def open_issue_dialog(self) -> IssueDialog | None:
        if not self._editable or self.issue_dialog is not None:
            return None
        if self._unsaved():
            self._say(self.tr("Save the 8D first: the report is made from what is saved."), True)
            return None
        dialog = IssueDialog(self, self._complaint_id, actor=self._actor, clock=self._clock)
        dialog.finished.connect(lambda _result, d=dialog: self._issue_ended(d))
        self.issue_dialog = dialog
        dialog.open()
        return dialog

    def open_revision(self, reply_id: int) -> Path | None:
        """The revision exactly as it was sent, written to a temporary file and opened."""
        from qa_desktop.paths import scratch_dir

        reply = CustomerReply.get_by_id(reply_id)
        try:
            data = replies.reply_document(reply_id)
        except UserError as exc:
            self._say(str(exc), error=True)
            return None
        out = scratch_dir() / f"{self._case_no}-8D-{reply.revision}-{reply.content_hash[:8]}.pdf"
        if not out.exists():  # named by its hash: the same bytes when it is there
            out.write_bytes(data)
        self._open(out)
        return out

    # ----- inside ----------------------------------------------------------------------------------
    def _list(self) -> None:
        rows = self._revisions = self._read_revisions()
        zone = settings.department_zone()
        senders = {sender: printed_name(sender) for sender in {r.sent_by for r in rows}}
        self.table.setRowCount(len(rows))
        for row, reply in enumerate(rows):
            sent = from_storage(reply.sent_at).astimezone(zone)
            cells = [reply.revision, LANGUAGE_NAMES.get(reply.lang, reply.lang), reply.sent_to,
                     _channel(reply.channel), f"{sent:%Y-%m-%d %H:%M}",
                     senders[reply.sent_by], reply.content_hash[:12]]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 6:
                    item.setToolTip(reply.content_hash)
                self.table.setItem(row, column, item)
            button = QPushButton(self.tr("Open"), self.table)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, rid=reply.id: self.open_revision(rid))
            self.table.setCellWidget(row, self.COLUMNS - 1, button)
        self.table.setVisible(bool(rows))
        self.none_issued.setVisible(not rows)

    def _written(self, result, note: str) -> None:
        text = self.tr("Preview written: %1").replace("%1", str(result.path))
        if result.unprinted:
            text += "\n" + result.message(current_language())
        self._say(text + (f"\n{note}" if note else ""))
        self._open(result.path)

    def _open(self, path: Path) -> None:
        self.opened.append(path)
        system_viewer.open_in_system_viewer(self, path)

    def _ended(self) -> None:
        self.task = None
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for button in (self.preview_en, self.preview_zh):
            button.setEnabled(on)

    def _issue_ended(self, dialog: IssueDialog) -> None:
        self.issue_dialog = None
        if dialog.issued is not None:
            reply = dialog.issued.reply
            text = self.tr("Revision %1 issued to %2.")
            text = text.replace("%1", reply.revision).replace("%2", reply.sent_to)
            if dialog.issued.export.unprinted:
                text += "\n" + dialog.issued.export.message(current_language())
            self._list()
            self._say(text)
            self.issued.emit()
        dialog.deleteLater()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #555;")
        show_message(self.message, text)


def _channel(code: str) -> str:
    known = {c.value for c in Channel}
    return Channel(code).label(current_language()) if code in known else code
