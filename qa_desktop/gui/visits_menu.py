"""The main window's Visits menu: plan a site visit for the selected complaint, My visits, the
visits of the selected complaint; "My visits: N" in the status bar (a field user's first thing);
the open visit windows, one per visit; and, after sign-in, the drafts a crash left to recover."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from qa_desktop import APP_NAME
from qa_desktop.core.clock import Clock
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import Complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.visit_rights import may_plan

if TYPE_CHECKING:  # the visit screens and services load on first use, not at start-up
    from qa_desktop.core.services import visits
    from qa_desktop.core.services.visit_drafts import Draft
    from qa_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from qa_desktop.gui.my_visits import MyVisitsWindow
    from qa_desktop.gui.visit_plan_dialog import VisitPlanDialog
    from qa_desktop.gui.visit_recovery import DraftRecovery
    from qa_desktop.gui.visit_window import ConfirmHook, VisitWindow

MESSAGE_MS = 15_000


class VisitsMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        selected: Callable[[], int | None],
        *,
        actor: Actor,
        clock: Clock,
        user: UserSettings,
    ) -> None:
        super().__init__(window)
        self.window, self.ui, self.selected = window, ui, selected
        self.actor, self.clock, self.user = actor, clock, user
        # The customer's signature on the pad (tests give another, or None to hide it); loaded
        # when a visit is signed, not with the window.
        self.confirm_hook: ConfirmHook | None = _take_on_screen
        self.windows: dict[str, VisitWindow] = {}  # open visit windows by visit uuid
        self.list_window: MyVisitsWindow | None = None
        self.planner = may_plan(actor)
        self.mine_button = QPushButton(window)  # the count, in view; a click lists them
        self.mine_button.setFlat(True)
        self.mine_button.setObjectName("my_visits")
        self.mine_button.clicked.connect(lambda: self.show_visits())
        ui.statusbar.addPermanentWidget(self.mine_button)
        ui.action_plan_visit.triggered.connect(lambda: self.plan_visit())
        ui.action_my_visits.triggered.connect(lambda: self.show_visits())
        ui.action_case_visits.triggered.connect(lambda: self.show_visits(self._case_no()))
        for action in (ui.action_plan_visit, ui.action_case_visits):
            action.setVisible(self.planner)  # the service refuses anyone else anyway

    # ----- the screens ---------------------------------------------------------------------------
    def plan_dialog(self, case_no: str, visit_uuid: str | None = None) -> VisitPlanDialog:
        from qa_desktop.gui.visit_plan_dialog import VisitPlanDialog

        return VisitPlanDialog(
            self.window, case_no, visit_uuid, actor=self.actor, clock=self.clock, user=self.user
        )

    def visits_window(self, case_no: str | None = None) -> MyVisitsWindow:
        from qa_desktop.gui.my_visits import MyVisitsWindow

        return MyVisitsWindow(
            self.window, actor=self.actor, clock=self.clock, user=self.user, case_no=case_no,
            open_visit=lambda uuid: self.open_visit(uuid),
        )  # fmt: skip

    def visit_window(self, visit_uuid: str, draft: Draft | None = None) -> VisitWindow:
        from qa_desktop.gui.visit_window import VisitWindow

        return VisitWindow(
            self.window, visit_uuid, actor=self.actor, clock=self.clock, user=self.user,
            draft=draft, confirm_hook=self.confirm_hook,
        )  # fmt: skip

    def recovery(self) -> DraftRecovery:
        from qa_desktop.gui.visit_recovery import DraftRecovery

        return DraftRecovery(
            self.window, actor=self.actor, clock=self.clock, open_window=self._show_window
        )

    # ----- actions -------------------------------------------------------------------------------
    def plan_visit(self, complaint_id: int | None = None) -> visits.Planned | None:
        """Plan a site visit… for the selected complaint."""
        case_no = self._case_no(complaint_id)
        if case_no is None:
            return None
        dialog = self.plan_dialog(case_no)
        if not dialog.exec():
            return None
        from qa_desktop.gui.visit_plan_dialog import tell_planned

        self.refresh()
        if self.list_window is not None:
            self.list_window.refresh()
        tell_planned(self.window, dialog.planned)
        return dialog.planned

    def show_visits(self, case_no: str | None = None) -> MyVisitsWindow:
        """My visits (and the case's, for a planner): one list window, brought forward."""
        if self.list_window is None:
            self.list_window = self.visits_window(case_no)
            self.list_window.finished.connect(self._list_closed)
        else:
            self.list_window.case_no = case_no or self.list_window.case_no
            self.list_window.refresh()
        self.list_window.show()
        self.list_window.raise_()
        self.list_window.activateWindow()
        return self.list_window

    def open_visit(self, visit_uuid: str) -> VisitWindow | None:
        """The visit's window (the open one brought forward); a draft of it is offered first."""
        window = self.windows.get(visit_uuid)
        if window is not None:
            window.raise_()
            window.activateWindow()
            return window
        from qa_desktop.core.services import visit_drafts

        draft = visit_drafts.draft_for(visit_uuid, self.actor.user_id)
        if draft is not None:
            self.recovery().offer(draft, opening=True)  # Recover opens it, with the draft
            if visit_uuid in self.windows:
                return self.windows[visit_uuid]
            if visit_drafts.draft_for(visit_uuid, self.actor.user_id) is not None:
                return None  # Cancel: not opened, so the draft stays as it was
        return self._show_window(visit_uuid, None)

    def at_start(self) -> None:
        """After sign-in: drafts to recover; then a field user with visits sees the list."""
        try:
            recovered = self.recovery().offer_all()
        except UserError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))
            return
        if not recovered and not self.planner and self.count():
            self.show_visits()

    def close_all(self) -> bool:
        """Close every visit window (each keeps its draft); False if one stayed open."""
        for window in list(self.windows.values()):
            window.close()
        return not self.windows

    # ----- the status bar ------------------------------------------------------------------------
    def count(self) -> int:
        from qa_desktop.core.services.visits import my_visits

        return len(my_visits(self.actor.user_id, self.clock()))

    def refresh(self) -> None:
        count = self.count()
        self.mine_button.setText(self.tr("My visits: %n", "", count))
        self.mine_button.setVisible(count > 0)

    # ----- inside --------------------------------------------------------------------------------
    def _show_window(self, visit_uuid: str, draft: Draft | None) -> VisitWindow | None:
        try:
            window = self.visit_window(visit_uuid, draft)
        except UserError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))
            return None
        self.windows[window.uuid] = window
        window.saved.connect(lambda _uuid: self._visit_saved())
        window.closed_with_draft.connect(self._say)
        window.finished.connect(lambda _result, uuid=window.uuid: self._window_closed(uuid))
        window.show()
        return window

    def _visit_saved(self) -> None:
        self.refresh()
        if self.list_window is not None:
            self.list_window.refresh()

    def _window_closed(self, visit_uuid: str) -> None:
        window = self.windows.pop(visit_uuid, None)
        if window is not None:
            window.deleteLater()

    def _list_closed(self) -> None:
        if self.list_window is not None:
            self.list_window.deleteLater()
        self.list_window = None

    def _say(self, text: str) -> None:
        self.ui.statusbar.showMessage(text, MESSAGE_MS)

    def _case_no(self, complaint_id: int | None = None) -> str | None:
        complaint_id = complaint_id if complaint_id is not None else self.selected()
        if complaint_id is None:
            return None
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        return None if complaint is None else complaint.case_no


def _take_on_screen(window: VisitWindow) -> None:
    from qa_desktop.gui.visit_confirm import take_on_screen

    take_on_screen(window)
