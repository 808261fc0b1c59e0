"""Planning site visits as the QA engineer does: the plan dialog (who goes, when in the
department's zone, where, whom to see), the short-notice warning live and once saved, refusals
beside their fields; My visits for the field user; reschedule and cancel from the case's list;
the Visits menu and "My visits: N" in the main window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, SHANGHAI
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from visiting import FIELD, NOW, clock, fresh, make_case, make_visit, plan

from qa_desktop.core.clock import from_storage
from qa_desktop.core.models import AuditEntry, Visit
from qa_desktop.core.services import visits
from qa_desktop.core.validation import MAX_LINE
from qa_desktop.gui.my_visits import MyVisitsWindow
from qa_desktop.gui.visit_plan_dialog import VisitPlanDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def case(db):
    return make_case()


@pytest.fixture
def visit(case):
    return make_visit(case)


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What QMessageBox.information said (the short-notice warning once saved)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    return said


def plan_dialog(qtbot, case, visit_uuid=None) -> VisitPlanDialog:
    dialog = VisitPlanDialog(None, case.case_no, visit_uuid, actor=ENGINEER, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# ----- the plan dialog ---------------------------------------------------------------------------
def test_a_visit_is_planned_in_the_departments_zone(qtbot, case, pc_in_los_angeles):
    dialog = plan_dialog(qtbot, case)
    assignees = [dialog.ui.assignee.itemData(i) for i in range(dialog.ui.assignee.count())]
    assert assignees[0] == "zhou"  # field staff first
    assert "zhao" not in assignees  # sales may fill no visit's record
    assert dialog.ui.appointment_zone.text() == "Asia/Shanghai"
    assert dialog.ui.appointment.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-13 09:00"
    assert dialog.ui.short_notice.isHidden()  # two mornings ahead by default
    assert dialog.ui.contact_name.text() == "张经理"  # from the complaint
    dialog.choose_assignee("zhou")
    type_text(qtbot, dialog.ui.purpose, "清点未使用卷")
    assert dialog.save()
    stored = Visit.get()
    assert (stored.assignee, stored.purpose, stored.appointment_tz) == (
        "zhou", "清点未使用卷", "Asia/Shanghai"
    )  # fmt: skip
    # 09:00 in Shanghai, whatever zone this PC is in
    assert from_storage(stored.appointment_at) == datetime(2026, 3, 13, 1, 0, tzinfo=UTC)
    assert dialog.planned is not None and dialog.planned.warning == ""


def test_short_notice_is_said_while_typing_and_again_once_saved(qtbot, case, told):
    from qa_desktop.gui.visit_plan_dialog import tell_planned

    dialog = plan_dialog(qtbot, case)
    dialog.choose_assignee("zhou")
    dialog.set_appointment(NOW + timedelta(hours=5))
    assert not dialog.ui.short_notice.isHidden()
    assert "less than one day ahead" in dialog.ui.short_notice.text()
    dialog.set_appointment(NOW + timedelta(days=1, hours=1))
    assert dialog.ui.short_notice.isHidden()
    dialog.set_appointment(NOW + timedelta(hours=5))
    assert dialog.save()  # a warning, not a refusal
    assert Visit.select().count() == 1
    tell_planned(None, dialog.planned)
    assert len(told) == 1 and "less than one day ahead" in told[0]
    assert f"Visit 1 of {case.case_no} is planned." in told[0]


def test_refusals_are_said_beside_their_fields_and_nothing_is_written(qtbot, case):
    dialog = plan_dialog(qtbot, case)
    dialog.ui.contact_phone.setText("1" * (MAX_LINE + 1))
    assert not dialog.save()
    assert "Choose who goes" in dialog.ui.assignee_error.text()
    assert not dialog.ui.assignee_error.isHidden()
    assert f"At most {MAX_LINE} characters" in dialog.ui.contact_phone_error.text()
    assert dialog.ui.contact_name_error.isHidden()
    assert "Nothing was saved" in dialog.ui.form_error.text()
    assert Visit.select().count() == 0
    dialog.choose_assignee("zhou")  # choosing clears the sentence beside it
    assert dialog.ui.assignee_error.isHidden()


def test_a_planned_visit_is_rescheduled(qtbot, visit):
    dialog = plan_dialog(qtbot, visit.complaint, str(visit.uuid))
    assert dialog.ui.assignee.currentData() == "zhou"
    assert dialog.ui.site.toPlainText() == "佛山市顺德区 3 号车间"
    dialog.set_appointment(datetime(2026, 3, 16, 14, 30, tzinfo=SHANGHAI))
    assert dialog.save()
    stored = fresh(visit)
    assert stored.revision == visit.revision + 1
    assert from_storage(stored.appointment_at) == datetime(2026, 3, 16, 6, 30, tzinfo=UTC)


# ----- my visits and the case's visits -------------------------------------------------------------
def visits_window(qtbot, actor, case_no=None, opened=None) -> MyVisitsWindow:
    window = MyVisitsWindow(
        None, actor=actor, clock=clock, case_no=case_no,
        open_visit=(opened.append if opened is not None else None),
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    return window


def cells(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_my_visits_lists_the_field_users_visits_soonest_first(qtbot, case):
    later = visits.plan_visit(case.case_no, plan(days=3), ENGINEER, clock).visit
    soon = visits.plan_visit(case.case_no, plan(days=0.2), ENGINEER, clock).visit
    gone = visits.plan_visit(case.case_no, plan(days=4), ENGINEER, clock).visit
    visits.cancel_visit(str(gone.uuid), gone.revision, "客户取消", ENGINEER, clock)
    opened: list[str] = []
    window = visits_window(qtbot, FIELD, case.case_no, opened)
    table = window.ui.mine
    assert cells(table, 0) == [case.case_no, case.case_no]
    assert cells(table, 2) == ["2026-03-11 13:48", "2026-03-14 09:00"]
    assert cells(table, 4) == ["Planned — short notice", "Planned"]
    assert window.ui.mine.horizontalHeaderItem(2).text() == "Appointment (Asia/Shanghai)"
    assert window.ui.case_group.isHidden()  # the field user plans nothing
    assert window.ui.plan_visit.isHidden() and window.ui.cancel_visit.isHidden()
    window.ui.show_all.setChecked(True)
    assert cells(table, 4)[-1] == "Cancelled"
    window.ui.show_all.setChecked(False)
    assert window.select(str(later.uuid))
    qtbot.mouseClick(window.ui.open_visit, LEFT)
    assert opened == [str(later.uuid)]
    assert str(soon.uuid) != opened[0]


def test_an_engineer_sees_the_cases_visits_and_cancels_one_with_a_reason(qtbot, visit):
    window = visits_window(qtbot, ENGINEER, visit.complaint.case_no)
    assert window.ui.mine.rowCount() == 0 and "No visits" in window.ui.mine_empty.text()
    assert not window.ui.case_group.isHidden()
    assert cells(window.ui.of_case, 1) == ["周工"]
    assert window.select(str(visit.uuid))
    assert window.ui.reschedule.isEnabled() and window.ui.cancel_visit.isEnabled()
    dialog = window.open_cancel_dialog()
    dialog.accept()
    assert "why" in dialog.ui.error.text() and fresh(visit).state == "planned"
    type_text(qtbot, dialog.ui.reason, "客户已寄回样品")
    dialog.accept()
    assert fresh(visit).state == "cancelled"
    assert cells(window.ui.of_case, 4) == ["Cancelled"]
    assert AuditEntry.select().where(AuditEntry.action == "cancel").get().reason == "客户已寄回样品"
    assert not window.ui.cancel_visit.isEnabled() and not window.ui.reschedule.isEnabled()


# ----- the main window ----------------------------------------------------------------------------
def main_window(qtbot, db, db_path, tmp_path, actor):
    from qa_desktop.core.settings import UserSettings
    from qa_desktop.gui.main_window import MainWindow

    window = MainWindow(db, db_path, UserSettings(tmp_path / "s.json"), actor=actor, clock=clock)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_field_user_sees_my_visits_in_the_status_bar(qtbot, db, db_path, tmp_path, visit):
    window = main_window(qtbot, db, db_path, tmp_path, FIELD)
    button = window.visits.mine_button
    assert button.isVisible() and button.text() == "My visits: 1"
    assert not window.ui.action_plan_visit.isVisible()  # field staff plan nothing
    window.visits.at_start()  # no drafts: a field user with visits sees the list
    listed = window.visits.list_window
    assert listed is not None and listed.isVisible() and listed.ui.mine.rowCount() == 1
    opened = window.visits.open_visit(str(visit.uuid))
    assert opened is not None and opened.isVisible()
    assert window.visits.open_visit(str(visit.uuid)) is opened  # one window per visit
    window.close()
    assert not opened.isVisible() and window.visits.windows == {}


def test_the_engineer_plans_from_the_register(qtbot, db, db_path, tmp_path, case, monkeypatch):
    window = main_window(qtbot, db, db_path, tmp_path, ENGINEER)
    assert window.ui.action_plan_visit.isVisible()
    assert window.ui.action_plan_visit in window.register._row_actions
    assert not window.visits.mine_button.isVisible()

    def planned_in_dialog(dialog):
        dialog.choose_assignee("zhou")
        return dialog.save()

    monkeypatch.setattr(VisitPlanDialog, "exec", planned_in_dialog)
    planned = window.visits.plan_visit(case.id)
    assert planned is not None and planned.visit.assignee == "zhou"
    assert Visit.select().count() == 1
