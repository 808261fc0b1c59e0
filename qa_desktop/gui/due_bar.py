"""The main window's bar of what is due (ui/due_bar.ui): cases with a response clock overdue
now and due today, and actions overdue — everyone's and the signed-in user's. A click on a
case count shows those cases in the register (its due, status and owner filters); a click on an
action count lists the actions, each opening its case.

The counts are the register's own queries (`register.count`), so a count and the rows a
click shows always agree; they are read after the first paint and whenever the register is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QWidget

from qa_desktop.core import register
from qa_desktop.core.clock import Clock
from qa_desktop.core.register import DUE_TODAY, OPEN, OVERDUE, RegisterQuery
from qa_desktop.gui.forms.ui_due_bar import Ui_DueBarForm

if TYPE_CHECKING:  # a start-up's window builds the bar before Peewee loads; it counts after
    from peewee import Database

    from qa_desktop.core.actor import Actor
    from qa_desktop.gui.overdue_actions import OverdueActions

LATE_STYLE = "color: #c62828; font-weight: bold;"
TODAY_STYLE = "color: #b45309; font-weight: bold;"


class DueBar(QFrame):
    def __init__(
        self,
        db: Database,
        parent: QWidget,
        *,
        actor: Actor,
        clock: Clock,
        show_due: Callable[[str, str | None], None],
        open_case: Callable[[int], object],
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DueBarForm()
        self.ui.setupUi(self)
        self._db, self._actor, self._clock = db, actor, clock
        self._open_case = open_case
        self.counts: dict[str, int] = {}  # none read yet: each shows "…"
        ui, me = self.ui, actor.display_name or actor.user_id
        ui.overdue_all.clicked.connect(lambda: show_due(OVERDUE, None))
        ui.overdue_mine.clicked.connect(lambda: show_due(OVERDUE, me))
        ui.today_all.clicked.connect(lambda: show_due(DUE_TODAY, None))
        ui.today_mine.clicked.connect(lambda: show_due(DUE_TODAY, me))
        ui.actions_all.clicked.connect(lambda: self.list_actions(mine=False))
        ui.actions_mine.clicked.connect(lambda: self.list_actions(mine=True))
        self._show_counts()

    def use_database(self, db: Database) -> None:
        """Count through `db` from now on (a start-up's window, once its file is open)."""
        self._db = db

    def refresh(self) -> None:
        """Count again (after the first paint, and each time the register is refreshed)."""
        from qa_desktop.core.services import action_lists  # after the first paint, not at start

        me = self._actor.display_name or self._actor.user_id
        now = self._clock()
        self.counts = {
            "overdue_all": self._cases(OVERDUE, None),
            "overdue_mine": self._cases(OVERDUE, me),
            "today_all": self._cases(DUE_TODAY, None),
            "today_mine": self._cases(DUE_TODAY, me),
            "actions_all": action_lists.overdue_count(now),
            "actions_mine": action_lists.overdue_count(now, self._actor.user_id),
        }
        self._show_counts()

    def _show_counts(self) -> None:
        """The counts, or "…" for each while they are not read yet (a start-up's first paint)."""
        counts, ui = self.counts, self.ui

        def shown(name: str) -> str:
            return str(counts[name]) if name in counts else "…"

        ui.overdue_all.setText(self.tr("Overdue now: %1").replace("%1", shown("overdue_all")))
        ui.overdue_mine.setText(self.tr("mine %1").replace("%1", shown("overdue_mine")))
        ui.today_all.setText(self.tr("Due today: %1").replace("%1", shown("today_all")))
        ui.today_mine.setText(self.tr("mine %1").replace("%1", shown("today_mine")))
        ui.actions_all.setText(self.tr("Actions overdue: %1").replace("%1", shown("actions_all")))
        ui.actions_mine.setText(self.tr("mine %1").replace("%1", shown("actions_mine")))
        for name, style in (
            ("overdue", LATE_STYLE),
            ("today", TODAY_STYLE),
            ("actions", LATE_STYLE),
        ):
            for who in ("all", "mine"):
                button = getattr(ui, f"{name}_{who}")
                button.setStyleSheet(style if counts.get(f"{name}_{who}") else "")
        ui.overdue_all.setToolTip(self.tr("Open cases with a response clock overdue now"))
        ui.today_all.setToolTip(self.tr("Open cases with a response clock due today"))
        ui.actions_all.setToolTip(self.tr("Actions not done by their due date"))

    def _cases(self, due: str, owner: str | None) -> int:
        query = RegisterQuery(statuses=(OPEN,), due=due, owner=owner, as_of=self._clock())
        return register.count(self._db, query)

    def list_actions(self, mine: bool) -> OverdueActions:
        from qa_desktop.core.services import action_lists
        from qa_desktop.gui.overdue_actions import OverdueActions  # not needed to start

        rows = action_lists.overdue(self._clock(), self._actor.user_id if mine else None)
        dialog = OverdueActions(self.window(), rows, self._open_case)
        dialog.show()
        return dialog
