"""Tools → Response clocks and calendar (ui/clocks_dialog.ui), for an administrator: the rules
every new case's clocks follow (clock_rules_table.py) and the working calendar their working
hours and days are counted in (calendar_tab.py).

Save sends both tabs to services.clock_edits.save_clocks, which checks every line and field by
the core's own rules and writes all of it in one transaction or nothing; each refusal is said
beside its cell or field, and the tab that holds it is flagged. A change applies to clocks that
start after the save: a running clock keeps the rule it started with.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, QTimer
from PySide6.QtGui import QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QStyle,
    QWidget,
)

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.core.services import clock_rules
from qa_desktop.core.services.clock_edits import (
    RULES,
    CalendarEdit,
    RuleEdit,
    save_clocks,
    stored_edits,
)
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.vocab import Action
from qa_desktop.gui.calendar_tab import FIELDS, CalendarTab
from qa_desktop.gui.clock_rules_table import RulesTable
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_clocks_dialog import Ui_ClocksDialogForm
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.visit_rights import may

PREFERRED_SIZE = QSize(1240, 680)


def may_edit_clocks(actor: Actor) -> bool:
    """Whether the matrix in force lets the actor change them (the service refuses anyway)."""
    return may(actor, Action.ADMINISTER)


class ClocksDialog(QDialog):
    """`exec()` is true once saved."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClocksDialogForm()
        self.ui.setupUi(self)
        self._actor, self._clock = actor, clock
        self.editable = may_edit_clocks(actor)
        ui = self.ui
        buttons = {"add": ui.add_rule, "retire": ui.retire_rule, "up": ui.move_up,
                   "down": ui.move_down}  # fmt: skip
        self.rules = RulesTable(ui.rules, buttons, ui.rules_error, editable=self.editable)
        self.calendar = CalendarTab(
            ui, self._now_here, editable=self.editable, rules=clock_rules.clock_rules()
        )
        ui.import_calendar.clicked.connect(self.ask_import)
        ui.export_calendar.clicked.connect(self.ask_export)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        if not self.editable:
            note = self.tr("%1 Only an administrator changes them.")
            ui.heading.setText(note.replace("%1", ui.heading.text()))
            ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._stored_rules: list[RuleEdit] = []
        self._stored_calendar: CalendarEdit | None = None
        self.reload()
        fit_to_screen(self, PREFERRED_SIZE, user, "clocks_dialog")

    # ----- what callers use ------------------------------------------------------------------
    def reload(self) -> None:
        """What is stored, on both tabs; every mark and message gone."""
        self._stored_rules = stored_edits()
        stored = clock_rules.department_calendar()
        self.rules.load(self._stored_rules)
        self.calendar.load(stored)
        self._stored_calendar = CalendarEdit.of(stored)
        self._clear_errors()

    def is_modified(self) -> bool:
        self.rules.commit_open_cell()
        return (
            self.rules.lines != self._stored_rules or self.calendar.edit() != self._stored_calendar
        )

    def save(self) -> bool:
        """Both tabs to the core, all or nothing; on a refusal each sentence is beside what it
        concerns and nothing was written."""
        self.rules.commit_open_cell()
        self._clear_errors()
        if not self.editable:
            return False
        try:
            save_clocks(self.rules.lines, self.calendar.edit(), self._actor, self._clock)
        except ValidationError as exc:
            self._show_problems(exc.errors)
            return False
        except UserError as exc:  # no right, a busy or damaged file: no field to mark
            show_message(
                self.ui.form_error, self.tr("Nothing was saved: %1").replace("%1", str(exc))
            )
            return False
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask before throwing changes away."""
        if self.editable and self.is_modified():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # ----- file dialogs (tests replace choose_*) ------------------------------------------------
    def ask_import(self) -> None:
        path = self.choose_import_path()
        if path is not None:
            self.calendar.import_file(path)

    def ask_export(self) -> None:
        path = self.choose_export_path(self.tr("working-calendar") + ".json")
        if path is not None:
            self.calendar.export_file(path)

    def choose_import_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a working calendar"), _documents(), self.tr("Calendar (*.json)")
        )
        return Path(name) if name else None

    def choose_export_path(self, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the working calendar"),
            str(Path(_documents()) / suggested),
            self.tr("Calendar (*.json)"),
        )
        return Path(name) if name else None

    # ----- problems ----------------------------------------------------------------------------
    def _show_problems(self, problems: list[FieldError]) -> None:
        ui = self.ui
        on_rules = [p for p in problems if p.row is not None or p.field == RULES]
        on_calendar = [p for p in problems if p.row is None and p.field in FIELDS]
        elsewhere = [p.message for p in problems if p not in on_rules and p not in on_calendar]
        self.rules.show_problems(on_rules, [p.message for p in on_rules if p.row is None])
        self.calendar.show_problems(on_calendar)
        status = self.tr("Nothing was saved: correct what is marked in red.")
        show_message(ui.form_error, "\n".join([status, *elsewhere]))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        flagged = [tab for tab, some in ((ui.rules_tab, on_rules), (ui.calendar_tab, on_calendar))
                   if some]  # fmt: skip
        for tab in flagged:
            ui.tabs.setTabIcon(ui.tabs.indexOf(tab), warning)
        if flagged and ui.tabs.currentWidget() not in flagged:
            ui.tabs.setCurrentWidget(flagged[0])

    def _clear_errors(self) -> None:
        self.rules.clear_problems()
        self.calendar.clear_problems()
        show_message(self.ui.form_error, "")
        for tab in (self.ui.rules_tab, self.ui.calendar_tab):
            self._clear_tab_flag(tab)

    def _clear_tab_flag(self, tab: QWidget) -> None:
        self.ui.tabs.setTabIcon(self.ui.tabs.indexOf(tab), QIcon())

    def _now_here(self):
        """The dialog's "now" in the department's zone (today's date, this year)."""
        return self._clock().astimezone(settings.department_zone())

    def sizeHint(self) -> QSize:
        return PREFERRED_SIZE

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Names wrap to the columns' width once the layout has given it (after this event)."""
        QTimer.singleShot(0, self.ui.rules.resizeRowsToContents)


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
