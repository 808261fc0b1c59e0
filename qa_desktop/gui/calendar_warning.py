"""What the main window says to an administrator once it is painted when the working calendar
has no public holidays for a year the clocks can run into (core/clocks/holiday_gaps.py): only
an administrator can add them (Tools → Response clocks and calendar), so only they are told.

Imported by MainWindow.painted(), never at start-up: the window's first paint is measured."""

from __future__ import annotations

from qa_desktop.core.clock import Clock
from qa_desktop.core.clocks.holiday_gaps import missing_holidays_text, years_without_holidays
from qa_desktop.core.services import clock_rules
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import Action
from qa_desktop.gui.visit_rights import may


def calendar_warning(actor: Actor, clock: Clock) -> str:
    """The sentence for `actor` ("" for one who may not administer, or when nothing is missing)."""
    if not may(actor, Action.ADMINISTER):
        return ""
    calendar = clock_rules.department_calendar()
    return missing_holidays_text(
        years_without_holidays(calendar, clock(), clock_rules.clock_rules())
    )
