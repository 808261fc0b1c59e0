"""The main window's bar of what is due (issue 12): cases overdue now and due today, actions
overdue, everyone's and mine; a click shows exactly the counted cases in the register."""

from __future__ import annotations

from datetime import timedelta

import pytest
from case_scenarios import MONDAY, at, department_in_shanghai, new_case
from conftest import ENGINEER

from qa_desktop.core.action_rules import ActionDraft
from qa_desktop.core.models import Complaint, database_proxy
from qa_desktop.core.services import actions, case_clocks
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.main_window import MainWindow
from qa_desktop.gui.overdue_actions import OverdueActions

# Tuesday 15 September, 10:00 in Shanghai: Monday's cases are a day old.
NOW = MONDAY + timedelta(days=1, hours=1)


@pytest.fixture
def main(db, db_path, tmp_path, qtbot):
    department_in_shanghai()
    late = new_case()  # Monday 09:00, 王工's: its four-hour clock is long overdue
    today = new_case(MONDAY + timedelta(hours=23), owner="李工")  # Tuesday 08:00
    case_clocks.meet(today.id, "first_response", "已电话", ENGINEER, clock=at(NOW))
    # ... its next clock: the inspection records at 16:00 today.
    draft = ActionDraft(
        "corrective", "导辊加装护罩", "wang", "冷轧车间", MONDAY.date(), "occurrence"
    )
    actions.add_action(late.id, draft, ENGINEER, at(MONDAY))
    window = MainWindow(
        database_proxy.obj, db_path, UserSettings(tmp_path / "s.json"), actor=ENGINEER,
        clock=at(NOW),
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.refresh_counts()
    return window


def test_the_bar_counts_everyones_and_mine(main) -> None:
    assert main.due.counts == {
        "overdue_all": 1, "overdue_mine": 1, "today_all": 1, "today_mine": 0,
        "actions_all": 1, "actions_mine": 1,
    }  # fmt: skip
    assert main.due.ui.overdue_all.text() == "Overdue now: 1"
    assert "c62828" in main.due.ui.overdue_all.styleSheet()  # red, and said in words
    assert main.due.ui.today_mine.styleSheet() == ""  # nothing of mine due today


@pytest.mark.parametrize(
    ("button", "count", "owner"),
    [
        ("overdue_all", "overdue_all", "王工"),  # Monday's case, its clock long overdue
        ("overdue_mine", "overdue_mine", "王工"),
        ("today_all", "today_all", "李工"),  # Tuesday's, its next clock due at 16:00
    ],
)
def test_a_click_shows_the_counted_cases(main, qtbot, button: str, count: str, owner: str) -> None:
    getattr(main.due.ui, button).click()
    model = main.register.model
    qtbot.waitUntil(lambda: model.rowCount() == main.due.counts[count])
    assert Complaint.get_by_id(model.complaint_id(0)).owner == owner  # that case, not the other


def test_the_overdue_actions_are_listed_and_open_their_case(main, qtbot) -> None:
    dialog = main.due.list_actions(mine=True)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, OverdueActions) and dialog.table.rowCount() == 1
    assert "导辊加装护罩" in dialog.table.item(0, 1).text()
    item = dialog.table.item(0, 0)
    dialog.table.itemDoubleClicked.emit(item)
    assert main.cases.windows  # the case window of that action's case
