"""Site visits (ui/my_visits.ui): the signed-in user's visits, soonest first, and for those who
plan visits the visits of the complaint selected in the register, with Plan, Reschedule and
Cancel. Appointments are shown in the department's zone, named in the column's header; one less
than a day ahead and not yet started is marked. Opening a visit opens its visit window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services import visits
from qa_desktop.core.services.accounts import users
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.visits import VisitRow
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.vocab import VisitState
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_my_visits import Ui_MyVisitsForm
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.visit_plan_dialog import VisitPlanDialog, tell_planned
from qa_desktop.gui.visit_reason_dialog import ReasonDialog
from qa_desktop.gui.visit_rights import may_plan, shown

PREFERRED_SIZE = QSize(1000, 640)
UUID_ROLE = Qt.ItemDataRole.UserRole
SHORT_NOTICE_BRUSH = QBrush(QColor("#fff4d6"))
APPOINTMENT_COLUMN = 2


class MyVisitsWindow(QDialog):
    """`open_visit(uuid)` opens a visit's window; `case_no` the complaint whose visits are
    listed below the user's (None: the user's only)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
        case_no: str | None = None,
        open_visit: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MyVisitsForm()
        self.ui.setupUi(self)
        self._actor, self._clock, self._user = actor, clock, user
        self._zone = settings.department_zone()
        self._open_visit = open_visit
        self.case_no = case_no
        self.planner = may_plan(actor)
        self.reason_dialog: ReasonDialog | None = None  # the open one, for tests to drive
        self._names = {row.user_id: row.display_name for row in users()}
        self._setup()
        self.refresh()
        fit_to_screen(self, PREFERRED_SIZE, user, "my_visits")

    # ----- what callers and tests use --------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected()
        now = self._clock()
        mine = visits.my_visits(
            self._actor.user_id, now, open_only=not self.ui.show_all.isChecked()
        )
        self._fill(self.ui.mine, mine, mine_columns=True)
        empty = self.tr("No visits are assigned to you.") if not mine else ""
        show_message(self.ui.mine_empty, empty)
        shows_case = self.planner and bool(self.case_no)
        self.ui.case_group.setVisible(shows_case)
        if shows_case:
            title = self.tr("Visits of %1").replace("%1", self.case_no or "")
            self.ui.case_group.setTitle(title)
            self._fill(
                self.ui.of_case, visits.visits_of(self.case_no or "", now), mine_columns=False
            )
        if chosen is None or not self.select(chosen.uuid):
            self._enable()

    def selected(self) -> VisitRow | None:
        """The visit selected in the list last clicked."""
        table = self._last_table
        rows = table.selectionModel().selectedRows() if not table.isHidden() else []
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return item.data(UUID_ROLE) if item is not None else None

    def select(self, visit_uuid: str) -> bool:
        for table in (self.ui.mine, self.ui.of_case):
            for number in range(table.rowCount()):
                if table.item(number, 0).data(UUID_ROLE).uuid == visit_uuid:
                    table.selectRow(number)
                    self._selection_moved(table)
                    return True
        return False

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None and self._open_visit is not None:
            self._open_visit(row.uuid)

    def plan_new(self) -> bool:
        if not self.case_no:
            return False
        return self._plan(
            VisitPlanDialog(
                self, self.case_no, actor=self._actor, clock=self._clock, user=self._user
            )
        )

    def reschedule(self) -> bool:
        row = self.selected()
        if row is None or row.state is not VisitState.PLANNED:
            return False
        return self._plan(
            VisitPlanDialog(
                self, visit_uuid=row.uuid, actor=self._actor, clock=self._clock, user=self._user
            )
        )

    def open_cancel_dialog(self) -> ReasonDialog | None:
        row = self.selected()
        if row is None:
            return None
        visit = visits.stored(row.uuid)
        heading = self.tr("Cancel visit %1 of %2 (%3): say why, for the case's history.")
        heading = (
            heading.replace("%1", str(row.number))
            .replace("%2", row.case_no)
            .replace("%3", row.customer)
        )
        dialog = ReasonDialog(
            self,
            self.tr("Cancel a site visit"),
            heading,
            lambda reason: visits.cancel_visit(
                row.uuid, visit.revision, reason, self._actor, self._clock, current_language()
            ),
            self.tr("Cancel the visit"),
        )
        dialog.accepted.connect(self.refresh)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    # ----- building --------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        self._last_table: QTableWidget = ui.mine
        zone_header = self.tr("Appointment (%1)").replace("%1", self._zone.key)
        for table in (ui.mine, ui.of_case):
            table.horizontalHeaderItem(APPOINTMENT_COLUMN).setText(zone_header)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setDefaultSectionSize(34)  # a finger's row
            table.verticalHeader().hide()
            table.itemDoubleClicked.connect(lambda _item: self.open_selected())
            table.itemSelectionChanged.connect(lambda table=table: self._selection_moved(table))
        ui.buttons.rejected.connect(self.reject)
        ui.show_all.toggled.connect(lambda _on: self.refresh())
        ui.refresh.clicked.connect(self.refresh)
        ui.open_visit.clicked.connect(self.open_selected)
        ui.plan_visit.clicked.connect(self.plan_new)
        ui.reschedule.clicked.connect(self.reschedule)
        ui.cancel_visit.clicked.connect(self.open_cancel_dialog)
        for button in (ui.plan_visit, ui.reschedule, ui.cancel_visit):
            button.setVisible(self.planner)
        show_message(ui.message, "")

    def _fill(self, table: QTableWidget, rows: list[VisitRow], *, mine_columns: bool) -> None:
        lang = current_language()
        table.setRowCount(0)
        for number, row in enumerate(rows):
            table.insertRow(number)
            state = row.state.label(lang)
            if row.short_notice:
                state = self.tr("%1 — short notice").replace("%1", state)
            first = (
                (row.case_no, row.customer)
                if mine_columns
                else (str(row.number), self._names.get(row.assignee, row.assignee))
            )
            texts = (
                *first,
                shown(row.appointment_at, self._zone),
                row.site.replace("\n", " "),
                state,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.short_notice:
                    item.setBackground(SHORT_NOTICE_BRUSH)
                    if column in (APPOINTMENT_COLUMN, 4):
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                table.setItem(number, column, item)
            table.item(number, 0).setData(UUID_ROLE, row)

    def _selection_moved(self, table: QTableWidget) -> None:
        if table.selectionModel().selectedRows():
            self._last_table = table
            other = self.ui.of_case if table is self.ui.mine else self.ui.mine
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        ui = self.ui
        row = self.selected()
        ui.open_visit.setEnabled(row is not None)
        ui.plan_visit.setEnabled(bool(self.case_no))
        ui.reschedule.setEnabled(row is not None and row.state is VisitState.PLANNED)
        cancellable = (VisitState.PLANNED, VisitState.IN_PROGRESS)
        ui.cancel_visit.setEnabled(row is not None and row.state in cancellable)

    def _plan(self, dialog: VisitPlanDialog) -> bool:
        if not dialog.exec():
            return False
        self.refresh()
        tell_planned(self, dialog.planned)
        return True
