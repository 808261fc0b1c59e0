"""The 8D editor's list of steps D0–D8: each with where it stands in words (not started, in
progress, completed by whom on which day, reopened and why), its owner and target date (an
overdue target in red and said: "overdue"), and whether it holds edits not saved yet. The last
entry is the customer's 8D report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from qa_desktop.core.eightd import STEPS
from qa_desktop.core.i18n import translate
from qa_desktop.core.services.eightd import CONTEXT, StepState

STATE_ROLE = Qt.ItemDataRole.UserRole + 1
PLAN_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
STEP_ROLE = Qt.ItemDataRole.UserRole + 4  # 0..8, or REPORTS
COMPLETED_ROLE = Qt.ItemDataRole.UserRole + 5
REPORTS = 9
LATE = QColor("#b3261e")
DONE = QColor("#1e6b34")


@dataclass(frozen=True)
class StepLine:
    """What the list says of one step."""

    state: str
    plan: str
    overdue: bool
    completed: bool


class StepWords(QObject):
    """The words of the list, translated under this class's name."""

    def line(
        self, state: StepState, filled: bool, unsaved: bool, today: date, zone: ZoneInfo
    ) -> StepLine:
        return StepLine(
            self.state(state, filled, unsaved, zone),
            self.plan(state, today),
            state.overdue(today),
            state.completed,
        )

    def state(self, state: StepState, filled: bool, unsaved: bool, zone: ZoneInfo) -> str:
        if state.completed and state.completed_at is not None:
            text = self.tr("Completed by %1 on %2")
            day = state.completed_at.astimezone(zone).date().isoformat()
            text = text.replace("%1", state.completed_by_name).replace("%2", day)
        elif state.reopened and state.reopened_at is not None:
            text = self.tr("Reopened on %1: %2")
            day = state.reopened_at.astimezone(zone).date().isoformat()
            text = text.replace("%1", day).replace("%2", reason_text(state.reopen_reason))
        elif filled or state.owner or state.target_date:
            text = self.tr("In progress")
        else:
            text = self.tr("Not started")
        if unsaved:
            text += " · " + self.tr("changes not saved")
        return text

    def detail(self, state: StepState, today: date, zone: ZoneInfo) -> tuple[str, bool]:
        """What the step's header says of it, and whether that is a warning (overdue)."""
        parts = []
        if state.completed and state.completed_at is not None:
            text = self.tr("Completed by %1 on %2 with an electronic signature. Saving a change "
                           "to it reopens it and voids the signature.")  # fmt: skip
            day = state.completed_at.astimezone(zone).date().isoformat()
            parts.append(text.replace("%1", state.completed_by_name).replace("%2", day))
        elif state.reopened and state.reopened_at is not None:
            text = self.tr("Reopened on %1: %2. Complete it again once it is right.")
            day = state.reopened_at.astimezone(zone).date().isoformat()
            parts.append(text.replace("%1", day).replace("%2", reason_text(state.reopen_reason)))
        late = state.overdue(today)
        if late and state.target_date is not None:
            text = self.tr("Its target date %1 has passed: the step is overdue.")
            parts.append(text.replace("%1", state.target_date.isoformat()))
        return " ".join(parts), late

    def plan(self, state: StepState, today: date) -> str:
        parts = []
        if state.owner:
            parts.append(self.tr("Owner %1").replace("%1", state.owner_name or state.owner))
        if state.target_date is not None:
            target = self.tr("target %1").replace("%1", state.target_date.isoformat())
            if state.overdue(today):
                target += " — " + self.tr("overdue")
            parts.append(target)
        return " · ".join(parts) if parts else self.tr("No owner or target date yet")

    def reports_title(self) -> str:
        return self.tr("The customer's 8D report")

    def reports_line(self, issued: int) -> str:
        if not issued:
            return self.tr("Not issued yet")
        return self.tr("Issued revisions: %n", "", issued)


def reason_text(reason: str) -> str:
    """A reopening's reason as stored: a save's is the catalogue's English, translated here."""
    return translate(CONTEXT, reason) if reason else ""


def fill_list(widget: QListWidget, lines: list[StepLine], reports: str) -> None:
    """The nine steps and the report entry: made the first time, then told again in place
    (the selection and the items stay)."""
    if widget.count() != len(STEPS) + 1:
        widget.blockSignals(True)
        widget.clear()
        for spec in STEPS:
            item = QListWidgetItem(spec.text())
            item.setData(STEP_ROLE, spec.number)
            widget.addItem(item)
        item = QListWidgetItem(StepWords().reports_title())
        item.setData(STEP_ROLE, REPORTS)
        item.setData(PLAN_ROLE, "")
        widget.addItem(item)
        widget.setCurrentRow(0)
        widget.blockSignals(False)
    for spec, line in zip(STEPS, lines, strict=True):
        set_line(widget.item(spec.number), line)
    widget.item(REPORTS).setData(STATE_ROLE, reports)


def set_line(item: QListWidgetItem, line: StepLine) -> None:
    item.setData(STATE_ROLE, line.state)
    item.setData(PLAN_ROLE, line.plan)
    item.setData(OVERDUE_ROLE, line.overdue)
    item.setData(COMPLETED_ROLE, line.completed)
    item.setToolTip(f"{item.text()}\n{line.state}\n{line.plan}")


class StepDelegate(QStyledItemDelegate):
    """Three lines: the step (bold), where it stands (green once completed), its plan (red
    when overdue)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        lines = 3 if index.data(PLAN_ROLE) else 2
        return QSize(200, option.fontMetrics.lineSpacing() * lines + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(6, 4, -6, -4)
        metrics, height = option.fontMetrics, option.fontMetrics.lineSpacing()
        painter.save()
        bold = option.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(plain)
        painter.drawText(QRect(rect.x(), rect.y(), rect.width(), height),
                         Qt.AlignmentFlag.AlignLeft, index.data())  # fmt: skip
        painter.setFont(option.font)
        state = index.data(STATE_ROLE) or ""
        done = bool(index.data(COMPLETED_ROLE))
        painter.setPen(plain if selected or not done else DONE)
        painter.drawText(
            QRect(rect.x(), rect.y() + height, rect.width(), height), Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(state, Qt.TextElideMode.ElideRight, rect.width()),
        )  # fmt: skip
        plan = index.data(PLAN_ROLE) or ""
        if plan:
            late = bool(index.data(OVERDUE_ROLE))
            painter.setPen(LATE if late and not selected else plain)
            if late:
                painter.setFont(bold)
            painter.drawText(
                QRect(rect.x(), rect.y() + 2 * height, rect.width(), height),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(plan, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()
