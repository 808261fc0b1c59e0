"""The case window (ui/case_window.ui): one complaint's life in tabs — the judgement, next steps,
clocks and history; containment; the 8D; the actions; the follow-up.

Each tab is a panel (`show_case(id)`, a `changed` signal); when one saves, the header and every
panel are shown again, so a step taken on one tab is reflected on the others (containment
recorded makes "Start the investigation" ready; a verified action counts toward closing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from qa_desktop import APP_NAME
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, from_storage, utc_now
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services import workflow
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.vocab import Status
from qa_desktop.gui.actions_panel import ActionsPanel
from qa_desktop.gui.case_overview import CaseOverview
from qa_desktop.gui.containment_panel import ContainmentPanel
from qa_desktop.gui.eightd_panel import EightDPanel
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.follow_up_panel import FollowUpPanel
from qa_desktop.gui.forms.ui_case_window import Ui_CaseForm
from qa_desktop.gui.screen_fit import fit_to_screen

PREFERRED_SIZE = QSize(1300, 820)
# A panel class is built as Panel(parent, actor=…, clock=…); (tab title, class).
PanelFactory = Callable[..., QWidget]


def _panels() -> list[tuple[str, PanelFactory]]:
    """The tabs after the first, in the order the work goes."""
    return [
        (QCoreApplication.translate("CaseWindow", "Containment"), ContainmentPanel),
        (QCoreApplication.translate("CaseWindow", "8D"), EightDPanel),
        (QCoreApplication.translate("CaseWindow", "Actions"), ActionsPanel),
        (QCoreApplication.translate("CaseWindow", "Follow-up"), FollowUpPanel),
    ]


class CaseWindow(QDialog):
    saved = Signal(int)  # the complaint's id: something of it was saved

    def __init__(
        self,
        parent: QWidget | None,
        complaint_id: int,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(self.windowFlags() | Qt.WindowType.WindowMinMaxButtonsHint)
        self.ui = Ui_CaseForm()
        self.ui.setupUi(self)
        self.complaint_id = complaint_id
        self._clock = clock
        self.overview = CaseOverview(self, actor=actor, clock=clock)
        self.ui.tabs.addTab(self.overview, self.tr("Steps and clocks"))
        self.panels: list[QWidget] = [self.overview]
        for title, factory in _panels():
            panel = factory(self, actor=actor, clock=clock)
            self.ui.tabs.addTab(panel, title)
            self.panels.append(panel)
        for panel in self.panels:
            panel.changed.connect(lambda p=panel: self._changed(p))
        self._stale: set[QWidget] = set()  # tabs shown again when next seen (another tab saved)
        self.ui.tabs.currentChanged.connect(lambda _=0: self._refresh_shown())
        self.ui.buttons.rejected.connect(self.reject)
        show_message(self.ui.status_line, "")
        self.show_case()
        fit_to_screen(self, PREFERRED_SIZE, user, "case_window")

    def panel(self, kind: type) -> QWidget:
        """The tab of that class (tests find their panel by it)."""
        return next(p for p in self.panels if isinstance(p, kind))

    def show_case(self) -> None:
        """The header and every tab, read again (tabs with typing not saved keep it)."""
        self._show_header()
        for panel in self.panels:
            self._show_panel(panel)

    def _show_header(self) -> None:
        complaint = workflow.stored(self.complaint_id)
        lang = current_language()
        customer = complaint.customer.name
        self.setWindowTitle(f"{complaint.case_no} — {customer} — {APP_NAME}")
        self.ui.title.setText(f"{complaint.case_no}  {customer}")
        self.ui.state_badge.setText(Status(complaint.status).label(lang))
        facts = [complaint.product, complaint.specification, complaint.owner]
        self.ui.subtitle.setText("  ·  ".join(part for part in facts if part))
        self.ui.due_line.setText(self._due_text(complaint.next_due_at, complaint.status))

    def _show_panel(self, panel: QWidget) -> None:
        """Read the case again into `panel`, unless it holds typing not saved: that is kept, and
        its own save checks that nobody saved meanwhile."""
        modified = getattr(panel, "is_modified", None)
        if modified is None or not modified():
            panel.show_case(self.complaint_id)
            self._stale.discard(panel)

    def _refresh_shown(self) -> None:
        panel = self.ui.tabs.currentWidget()
        if panel in self._stale:
            self._show_panel(panel)

    def _due_text(self, next_due: datetime | None, status: str) -> str:
        if status == Status.CLOSED or next_due is None:
            self.ui.due_line.setStyleSheet("")
            return ""
        due = from_storage(next_due)
        shown = f"{due.astimezone(settings.department_zone()):%Y-%m-%d %H:%M}"
        late = due < self._clock()
        self.ui.due_line.setStyleSheet("color: #b3261e; font-weight: bold;" if late else "")
        text = self.tr("Late since %1") if late else self.tr("Next clock due %1")
        return text.replace("%1", shown)

    def reject(self) -> None:
        """Close (Esc, Close, the title bar): the 8D asks first about edits not saved."""
        if self.panel(EightDPanel).confirm_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.panel(EightDPanel).confirm_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def _changed(self, source: QWidget) -> None:
        """A tab saved: the header is shown again at once, the other tabs when they are next seen
        (a step taken on one shows on the others, and nothing is read twice). The tab that saved
        has shown itself again already, with what it says about the save: not read over it."""
        self._show_header()
        self._stale = set(self.panels) - {source}
        self._refresh_shown()
        show_message(self.ui.status_line, self.tr("Saved."))
        self.saved.emit(self.complaint_id)
