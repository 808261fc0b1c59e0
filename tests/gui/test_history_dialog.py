"""The history panel shows a record's trail, in the department's zone, and fits the screen."""

from __future__ import annotations

from conftest import ENGINEER, example_draft

from qa_desktop.core.history import complaint_history
from qa_desktop.core.services.complaints import register_complaint, to_draft, update_complaint
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.history_dialog import HistoryDialog


def test_the_history_lists_every_change_of_the_case(qtbot, db, tmp_path) -> None:
    case = register_complaint(example_draft(), ENGINEER)
    draft = to_draft(case)
    draft.owner = "李工"
    update_complaint(case.id, draft, case.revision, ENGINEER)
    dialog = HistoryDialog(
        complaint_history(case), case.case_no, user=UserSettings(tmp_path / "s.json")
    )
    qtbot.addWidget(dialog)
    table = dialog.ui.entries
    assert table.rowCount() == 2
    assert [table.item(r, 2).text() for r in range(2)] == ["create", "update"]
    assert table.item(1, 1).text() == "王工"
    assert "owner: 王工 → 李工" in table.item(1, 4).text()
