"""The case window (issue 12): judging a case, taking the workflow's steps with their reasons,
the clocks and the follow-up, driven through the real widgets on a real database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from acting import retype
from case_scenarios import (
    FIELD,
    MANAGER,
    MONDAY,
    at,
    department_in_shanghai,
    fresh,
    new_case,
)
from conftest import ENGINEER
from pytestqt.qtbot import QtBot

from qa_desktop.core.models import StatusChange
from qa_desktop.core.services import case_clocks
from qa_desktop.core.vocab import Status
from qa_desktop.gui.case_window import CaseWindow
from qa_desktop.gui.follow_up_panel import FollowUpPanel
from qa_desktop.gui.visit_reason_dialog import ReasonDialog

NOW = MONDAY + timedelta(hours=2)


@pytest.fixture
def case(db):
    department_in_shanghai()
    return new_case()


def open_case(qtbot: QtBot, case, actor=ENGINEER, now=NOW) -> CaseWindow:
    window = CaseWindow(None, case.id, actor=actor, clock=at(now))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def take(qtbot: QtBot, window: CaseWindow, target: Status, reason: str = ""):
    window.overview.step_buttons[target.value].click()
    dialog = next(d for d in window.overview.findChildren(ReasonDialog) if d.isVisible())
    dialog.ui.reason.setPlainText(reason)
    dialog.accept()
    return dialog


def test_the_first_tab_says_what_is_missing_and_refuses_a_step_not_ready(qtbot, case) -> None:
    window = open_case(qtbot, case)
    overview = window.overview
    assert set(overview.step_buttons) == {"containment", "invalid"}
    assert len(overview.ui.steps.findChildren(type(overview.ui.no_steps))) == 1  # invalid: ready
    labels = [w.text() for w in overview.ui.steps.findChildren(type(overview.ui.no_steps))]
    assert any("judge whether the complaint is valid" in text for text in labels)
    dialog = take(qtbot, window, Status.CONTAINMENT, "客户来电")
    assert dialog.isVisible() and "judge whether" in dialog.ui.error.text()  # refused, kept open
    dialog.reject()
    assert fresh(case).status == Status.REGISTERED
    assert not StatusChange.select().exists()


def test_judging_then_taking_the_step_moves_the_case_and_keeps_the_reason(qtbot, case) -> None:
    window = open_case(qtbot, case)
    ui = window.overview.ui
    ui.validity.setCurrentIndex(ui.validity.findData("valid"))
    ui.department.setCurrentText("冷轧车间")
    ui.save_judgement.click()
    assert fresh(case).validity == "valid"
    assert fresh(case).responsible_department == "冷轧车间"
    take(qtbot, window, Status.CONTAINMENT, "划伤属实")
    assert fresh(case).status == Status.CONTAINMENT
    assert window.ui.state_badge.text() == "Containment"
    assert StatusChange.get().reason == "划伤属实"
    assert window.overview.ui.history.item(0).text().endswith(", by 王工: 划伤属实")
    assert "investigation" in window.overview.step_buttons


def test_the_clocks_show_late_and_can_be_met_by_hand(qtbot, case) -> None:
    window = open_case(qtbot, case, now=MONDAY + timedelta(hours=5))
    table = window.overview.ui.clocks
    first = next(r for r in range(table.rowCount()) if "First contact" in table.item(r, 0).text())
    assert table.item(first, 2).text().startswith("Late by")
    assert "Late since" in window.ui.due_line.text()
    table.selectRow(first)
    dialog = window.overview.clocks.meet()
    dialog.ui.note.setPlainText("已电话联系张经理，初步原因：导辊划伤")
    dialog.accept()
    assert table.item(first, 2).text() == "Met late"
    assert "王工" in table.item(first, 3).text()


def test_a_clock_is_marked_met_at_the_time_it_was_met(qtbot, case) -> None:
    window = open_case(qtbot, case, now=MONDAY + timedelta(hours=5))  # 14:00 in Shanghai
    table = window.overview.ui.clocks
    first = next(r for r in range(table.rowCount()) if "First contact" in table.item(r, 0).text())
    table.selectRow(first)
    dialog = window.overview.clocks.meet()
    ui = dialog.ui
    assert ui.met_at.text() == "2026-09-14 14:00" and ui.met_at_zone.text() == "Asia/Shanghai"
    ui.note.setPlainText("已电话联系张经理")
    for wall, said in (("2026-09-14 14:30", "later than now"),
                       ("2026-09-14 08:59", "before it started, at 2026-09-14 09:00")):  # fmt: skip
        retype(qtbot, ui.met_at, wall)
        dialog.accept()
        assert dialog.isVisible() and said in ui.met_at_error.text()  # beside the time
        assert ui.note.toPlainText() == "已电话联系张经理"  # what was typed is kept
    assert not case_clocks.clocks_of(case.id)[0].met
    retype(qtbot, ui.met_at, "2026-09-14 12:30")
    assert not ui.met_at_error.isVisible()  # the change takes the refusal away
    dialog.accept()
    assert not dialog.isVisible()
    assert table.item(first, 2).text() == "Met on time"  # due at 13:00, met at 12:30
    assert "2026-09-14 12:30" in table.item(first, 3).text()


def test_the_minute_a_clock_started_means_when_it_started_and_the_time_offered_now(
    qtbot, case
) -> None:
    from qa_desktop.gui.clock_met_dialog import ClockMetDialog

    started = MONDAY + timedelta(seconds=40)  # an on-demand clock starts at the second
    given: list[object] = []
    dialog = ClockMetDialog(None, "Complex case", started, NOW, lambda *a: given.append(a))
    qtbot.addWidget(dialog)
    dialog.ui.note.setPlainText("改模完成")
    dialog.accept()
    retype(qtbot, dialog.ui.met_at, "2026-09-14 09:00")  # the minute shown as its start
    dialog.accept()
    assert given == [("改模完成", None), ("改模完成", started)]


def test_waiting_for_the_customer_and_back(qtbot, case) -> None:
    window = open_case(qtbot, case)
    dialog = window.overview.clocks.pause()
    dialog.ui.reason.setPlainText("等待客户寄回样品")
    dialog.accept()
    assert case_clocks.is_paused(case.id)
    assert window.overview.ui.resume.isVisible() and not window.overview.ui.pause.isVisible()
    window.overview.ui.resume.click()
    assert not case_clocks.is_paused(case.id)


def test_field_staff_see_the_case_but_take_no_step(qtbot, case) -> None:
    window = open_case(qtbot, case, actor=FIELD)
    assert window.overview.step_buttons == {}
    assert "no step" in window.overview.ui.no_steps.text()
    assert not window.overview.ui.save_judgement.isEnabled()
    assert not window.panel(FollowUpPanel).ui.follow_up_box.isEnabled()


def test_the_follow_up_tab_waits_for_the_reply(qtbot, case) -> None:
    window = open_case(qtbot, case, actor=MANAGER)
    panel = window.panel(FollowUpPanel)
    assert not panel.ui.follow_up_box.isEnabled()
    assert not panel.ui.add_return.isEnabled()


def test_no_handling_needed_is_asked_with_its_reason_in_handling(qtbot, case) -> None:
    from case_scenarios import containment, judge_valid, move, root_cause

    judge_valid(case, MONDAY)
    move(case, Status.CONTAINMENT, MONDAY + timedelta(hours=1))
    containment(case)
    move(case, Status.INVESTIGATION, MONDAY + timedelta(hours=1))
    root_cause(case, MONDAY + timedelta(hours=2))
    move(case, Status.HANDLING, MONDAY + timedelta(hours=2))
    window = open_case(qtbot, case, now=MONDAY + timedelta(hours=3))
    assert window.overview.ui.no_handling.isVisible()
    dialog = window.overview.record_no_handling()
    dialog.ui.reason.setPlainText("  ")
    dialog.accept()
    assert "Write why no handling proposal is needed" in dialog.ui.error.text(), (
        dialog.ui.error.text()
    )
    assert dialog.isVisible()
    dialog.ui.reason.setPlainText("客户只要求原因分析，不要求补偿")
    dialog.accept()
    assert fresh(case).no_handling_reason == "客户只要求原因分析，不要求补偿"
    assert "not needed" not in " ".join(
        label.text()
        for label in window.overview.ui.steps.findChildren(type(window.overview.ui.no_steps))
    )


def test_a_return_after_closure_is_recorded_through_the_tab(qtbot, case) -> None:
    from case_scenarios import feedback, move, to_follow_up

    from qa_desktop.core.models import CaseAction

    closed = to_follow_up()
    CaseAction.update(state="verified").execute()
    feedback(closed, 1, satisfaction=5)
    move(closed, Status.CLOSED, MONDAY + timedelta(days=3))
    window = open_case(qtbot, closed, now=MONDAY + timedelta(days=20))
    panel = window.panel(FollowUpPanel)
    window.ui.tabs.setCurrentWidget(panel)
    ui = panel.ui
    assert ui.add_return.isEnabled()
    ui.quantity.setText("abc")
    ui.add_return.click()
    assert "positive number" in ui.quantity_error.text() and ui.returns.rowCount() == 0
    assert ui.quantity_error.isVisible() and not ui.return_error.isVisible()  # beside it
    ui.returned_on.setDate(ui.returned_on.date().addDays(3))
    ui.note.setText("x" * 20_001)
    ui.add_return.click()
    assert "after today" in ui.returned_on_error.text() and "20000" in ui.note_error.text()
    assert "positive number" in ui.quantity_error.text() and not ui.return_error.isVisible()
    ui.returned_on.setDate(ui.returned_on.date().addDays(-3))
    assert ui.returned_on_error.isHidden() and ui.quantity_error.isVisible()  # edited: gone
    ui.quantity.setText("2.5")
    ui.note.setText("退回剩余不良卷")
    ui.add_return.click()
    assert ui.returns.rowCount() == 1 and "2.5" in ui.returns.item(0, 1).text()


def test_a_save_on_one_tab_keeps_what_is_typed_on_another(qtbot, case) -> None:
    """Containment typed, not saved; a clock met on the first tab: the typed line is still there
    when the containment tab is seen again, and saving it then keeps it."""
    from qa_desktop.core.containment import ContainmentDraft
    from qa_desktop.core.models import ContainmentLine
    from qa_desktop.gui.containment_panel import ContainmentPanel

    window = open_case(qtbot, case, now=MONDAY + timedelta(hours=5))
    containment = window.panel(ContainmentPanel)
    window.ui.tabs.setCurrentWidget(containment)
    typed = ContainmentDraft(place="factory_stock", reference="S24A0817", checked="12.5")
    containment.ui.lines.set_coils([typed])
    assert containment.is_modified()
    window.ui.tabs.setCurrentWidget(window.overview)
    window.overview.ui.clocks.selectRow(0)
    dialog = window.overview.clocks.meet()
    dialog.ui.note.setPlainText("已电话联系")
    dialog.accept()
    assert "Saved." in window.ui.status_line.text()
    window.ui.tabs.setCurrentWidget(containment)
    assert containment.is_modified()
    assert [line.reference for line in containment.lines() if not line.is_blank()] == ["S24A0817"]
    assert containment.save()
    assert [line.reference for line in ContainmentLine.select()] == ["S24A0817"]


def test_the_tab_that_saved_keeps_what_it_said_about_the_save(qtbot, case) -> None:
    """The 8D saved in the window: its tab still says "Saved." (not read again over it)."""
    from acting import type_text

    from qa_desktop.gui.eightd_panel import EightDPanel

    window = open_case(qtbot, case)
    eight = window.panel(EightDPanel)
    window.ui.tabs.setCurrentWidget(eight)
    eight.select_step(2)
    type_text(qtbot, eight.form(2).editor("what").edit, "划伤")
    assert eight.save()
    assert eight.ui.status_line.text() == "Saved."
    assert "Saved." in window.ui.status_line.text()


def test_an_over_long_note_or_waiting_reason_is_refused_beside_it(qtbot, case) -> None:
    from qa_desktop.core.validation import MAX_TEXT

    window = open_case(qtbot, case)
    clocks = window.overview.clocks
    table = window.overview.ui.clocks
    table.selectRow(0)
    dialog = clocks.meet()
    dialog.ui.note.setPlainText("电" * (MAX_TEXT + 1))
    dialog.accept()
    said = f"Shorten this text to at most {MAX_TEXT} characters."
    assert dialog.isVisible() and dialog.ui.note_error.text() == said
    assert dialog.ui.note_error.isVisible() and not dialog.ui.error.isVisible()
    dialog.reject()
    waiting = clocks.pause()
    waiting.ui.reason.setPlainText("等" * (MAX_TEXT + 1))
    waiting.accept()
    assert waiting.isVisible() and waiting.ui.error.text() == said  # under the reason
    assert not case_clocks.is_paused(case.id) and not case_clocks.clocks_of(case.id)[0].met


def test_each_refusal_of_the_judgement_is_said_beside_its_own_field(qtbot, case) -> None:
    window = open_case(qtbot, case)
    ui = window.overview.ui
    ui.validity.setCurrentIndex(ui.validity.findData("invalid"))
    ui.reason.setPlainText("")
    ui.owner.setCurrentText("")
    ui.department.setCurrentText("车" * 501)
    ui.save_judgement.click()
    assert ui.reason_error.text() == "Write why the complaint is invalid."
    assert ui.owner_error.isVisible() and ui.owner_error.text() != ui.reason_error.text()
    assert ui.department_error.text() == "Shorten this text to at most 500 characters."
    assert not ui.judgement_error.isVisible()  # nothing joined in one label
    assert not ui.severity_error.isVisible() and not ui.validity_error.isVisible()
    assert fresh(case).validity == ""
    ui.reason.setPlainText("客户使用不当")
    assert ui.reason_error.isHidden() and ui.owner_error.isVisible()  # only its own goes


def test_each_refusal_of_the_follow_up_is_said_beside_its_own_field(qtbot, case) -> None:
    from case_scenarios import to_follow_up

    followed = to_follow_up()
    window = open_case(qtbot, followed, now=MONDAY + timedelta(days=2))
    panel = window.panel(FollowUpPanel)
    window.ui.tabs.setCurrentWidget(panel)
    ui = panel.ui
    ui.criterion.setText("")
    ui.effective.setCurrentIndex(ui.effective.findData(True))
    ui.satisfaction.setCurrentIndex(ui.satisfaction.findData(4))
    ui.no_feedback_reason.setText("客户未回复")
    ui.save.click()
    for label in (ui.criterion_error, ui.asked_on_error, ui.no_feedback_reason_error):
        assert label.isVisible() and label.text(), label.objectName()
    assert len({ui.criterion_error.text(), ui.asked_on_error.text()}) == 2
    assert not ui.error.isVisible() and not ui.comments_error.isVisible()
