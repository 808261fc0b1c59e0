"""The response clocks of the case window's first tab: each clock with its due time, where it
stands (met on time, met late, running, late) and who met it; mark one met with a note and
when (now unless told otherwise: gui/clock_met_dialog.py), start a clock the case needs only
sometimes, and wait for the customer (the pausable clocks stop)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QMenu, QTableWidgetItem, QWidget

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import translate
from qa_desktop.core.models import Complaint
from qa_desktop.core.services import case_clocks
from qa_desktop.core.services.case_clocks import NOT_NEEDED_INVALID, ClockView
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.clock_met_dialog import ClockMetDialog
from qa_desktop.gui.closed_case import may_change
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_case_overview import Ui_CaseOverviewForm
from qa_desktop.gui.visit_reason_dialog import ReasonDialog

LATE = QColor("#b3261e")
SOON = QColor("#8a5300")
MET = QColor("#1b5e20")
SOON_WITHIN = timedelta(hours=4)


class CaseClocksView(QObject):
    changed = Signal()

    def __init__(
        self, parent: QWidget, ui: Ui_CaseOverviewForm, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self._parent, self.ui = parent, ui
        self._actor, self._clock = actor, clock
        self._id: int | None = None
        self._views: list[ClockView] = []
        table = ui.clocks
        table.setColumnCount(4)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.itemSelectionChanged.connect(self._enable)
        ui.meet.clicked.connect(lambda: self.meet())
        ui.pause.clicked.connect(lambda: self.pause())
        ui.resume.clicked.connect(self.resume)
        self._start_menu = QMenu(parent)
        ui.start_clock.setMenu(self._start_menu)
        show_message(ui.clock_error, "")

    def show_case(self, complaint: Complaint, names: dict[str, str]) -> None:
        """The case's clocks; met, started and paused by hand only while it may change.
        `names`: user id -> the name shown for who met a clock."""
        complaint_id = self._id = complaint.id
        now = self._clock()
        self._views = case_clocks.clocks_of(complaint_id, now)
        table = self.ui.clocks
        table.setHorizontalHeaderLabels(
            [
                self.tr("Clock"),
                self.tr("Due"),
                self.tr("Where it stands"),
                self.tr("Met by whom, when"),
            ]
        )
        table.setRowCount(len(self._views))
        for row, view in enumerate(self._views):
            cells = (view.rule.name(), _shown(view.state.due_at), *self._state(view, now, names))
            for column, text in enumerate(cells[:4]):
                item = QTableWidgetItem(text)
                item.setToolTip(_note(view) or text)
                if column == 2:
                    item.setForeground(QBrush(cells[4]))
                table.setItem(row, column, item)
        self._fill_start_menu(complaint_id)
        paused = case_clocks.is_paused(complaint_id)
        editable = may_change(self._actor, complaint)
        self.ui.pause.setVisible(editable and not paused)
        self.ui.resume.setVisible(editable and paused)
        self.ui.meet.setVisible(editable)
        self.ui.start_clock.setVisible(editable and not self._start_menu.isEmpty())
        self._enable()

    def _state(
        self, view: ClockView, now: datetime, names: dict[str, str]
    ) -> tuple[str, str, QColor]:
        state = view.state
        if view.met:
            met_at = _shown(state.met_at) if state.met_at else ""
            by = f"{names.get(view.met_by, view.met_by)}, {met_at}"
            word = self.tr("Met late") if state.late else self.tr("Met on time")
            return word, by, LATE if state.late else MET
        if view.paused_now and view.rule.pausable:
            return self.tr("Waiting for the customer"), "", SOON
        if state.late:
            return self.tr("Late by %1").replace("%1", _span(-state.remaining)), "", LATE
        colour = SOON if state.due_at - now <= SOON_WITHIN else QColor("#333333")
        return self.tr("Due in %1").replace("%1", _span(state.remaining)), "", colour

    def _fill_start_menu(self, complaint_id: int) -> None:
        self._start_menu.clear()
        for rule in case_clocks.not_started(complaint_id):
            action = self._start_menu.addAction(rule.name())
            action.triggered.connect(lambda _=False, code=rule.code: self.start(code))

    def _enable(self) -> None:
        view = self.selected()
        self.ui.meet.setEnabled(view is not None and not view.met)

    def selected(self) -> ClockView | None:
        rows = self.ui.clocks.selectionModel().selectedRows()
        return self._views[rows[0].row()] if rows else None

    # ----- acting --------------------------------------------------------------------------------
    def meet(self, view: ClockView | None = None) -> ClockMetDialog | None:
        view = view or self.selected()
        if view is None:
            return None
        code = view.rule.code

        def act(note: str, met_at: datetime | None) -> object:
            return case_clocks.meet(self._id or 0, code, note, self._actor, met_at, self._clock)

        dialog = ClockMetDialog(self._parent, view.rule.name(), view.started_at, self._clock(), act)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def pause(self) -> ReasonDialog:
        def act(reason: str) -> object:
            return case_clocks.pause(self._id or 0, reason, self._actor, self._clock)

        heading = self.tr(
            "What is the department waiting for from the customer? The clocks that may pause "
            "stop until the customer answers."
        )
        dialog = ReasonDialog(self._parent, self.tr("Waiting for the customer"), heading, act)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def resume(self) -> None:
        self._try(lambda: case_clocks.resume(self._id or 0, self._actor, self._clock))

    def start(self, code: str) -> None:
        self._try(
            lambda: case_clocks.start_on_demand(self._id or 0, code, self._actor, self._clock)
        )

    def _try(self, act) -> None:
        try:
            act()
        except UserError as exc:
            show_message(self.ui.clock_error, str(exc))
            return
        self._saved()

    def _saved(self) -> None:
        show_message(self.ui.clock_error, "")
        self.changed.emit()


def _note(view: ClockView) -> str:
    if view.note == NOT_NEEDED_INVALID:
        return translate("Clocks", NOT_NEEDED_INVALID)
    return view.note


def _shown(moment: datetime) -> str:
    return f"{moment.astimezone(settings.department_zone()):%Y-%m-%d %H:%M}"


def _span(span: timedelta) -> str:
    """A duration as people say it: days and hours, or hours and minutes under a day."""
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        text = QCoreApplication.translate("CaseClocksView", "%1 d %2 h")
        return text.replace("%1", str(days)).replace("%2", str(hours))
    return f"{hours}:{minutes:02d} h"
