"""The 8D tab driven as the QA engineer drives it, on a real database: the example case with its
site visit, containment and actions entered elsewhere (they flow in), its 8D filled through the
widgets step by step, saved, completed with the password and changed again; refusals said
beside what they concern with nothing written; the customer's report previewed and issued."""

from __future__ import annotations

import io
from datetime import date

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, PASSWORD, example_draft
from eightd_scenarios import FIELD, _actions, _containment, _visit, clock, people
from pdfs import needs_poppler, text_of
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qa_desktop.core import media
from qa_desktop.core.eightd import content_from_data
from qa_desktop.core.models import CustomerReply, EightD, EightDStep, Signature
from qa_desktop.core.services import eightd, replies
from qa_desktop.core.services.attachments import NewAttachment, add_attachments
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.gui import system_viewer
from qa_desktop.gui.eightd_panel import EightDPanel
from qa_desktop.gui.eightd_step_list import PLAN_ROLE, REPORTS, STATE_ROLE

LEFT = Qt.MouseButton.LeftButton


def no_marks(_place: str) -> str:
    return ""


@pytest.fixture
def case(db):
    """The example case investigated so far: a site visit with a photo, containment lines in
    two places, actions of each kind, two pictures attached to the complaint; no 8D yet."""
    people()
    complaint = register_complaint(example_draft(), ENGINEER)
    _visit(complaint.case_no, no_marks)
    _containment(complaint.id)
    _actions(complaint.id, no_marks)
    pictures = []
    for n, colour in enumerate(("firebrick", "seagreen")):
        out = io.BytesIO()
        Image.new("RGB", (320, 240), colour).save(out, "JPEG")
        prepared = media.prepare_bytes(out.getvalue(), f"claim-{n}.jpg")
        pictures.append(NewAttachment(prepared, f"照片 {n + 1}"))
    add_attachments(complaint.id, pictures, ENGINEER, clock)
    return complaint


@pytest.fixture
def viewer(monkeypatch) -> list:
    """What would have been opened in the computer's viewer (nothing opens in a test)."""
    opened: list = []
    monkeypatch.setattr(
        system_viewer, "open_in_system_viewer", lambda parent, path: opened.append(path) or True
    )
    return opened


def open_panel(qtbot: QtBot, case_id: int, actor=ENGINEER) -> EightDPanel:
    panel = EightDPanel(actor=actor, clock=clock)
    qtbot.addWidget(panel)
    panel.resize(1300, 560)
    panel.show()
    panel.show_case(case_id)
    return panel


def stored(case_id: int):
    return eightd.read_8d(case_id).content


def fill_d4(qtbot: QtBot, panel: EightDPanel, *, roots: bool = True) -> None:
    panel.select_step(4)
    form = panel.form(4)
    whys = form.editor("occurrence_whys")
    type_text(qtbot, whys.rows[0][1], "为什么表面有划伤？")
    type_text(qtbot, whys.rows[0][3], "导辊表面有硬质颗粒")
    qtbot.mouseClick(whys.add_button, LEFT)
    type_text(qtbot, whys.rows[1][1], "为什么导辊上有颗粒？")
    type_text(qtbot, whys.rows[1][3], "清洁周期过长")
    bone = form.editor("occurrence_fishbone")
    machine = bone.group("machine")
    qtbot.mouseClick(machine.add_button, LEFT)
    machine.set_cell(0, "cause", "导辊粘附颗粒")
    machine.set_cell(0, "status", "verified")
    method = bone.group("method")
    qtbot.mouseClick(method.add_button, LEFT)
    method.set_cell(0, "cause", "清洁周期未规定")
    method.set_cell(0, "status", "potential")
    measurement = form.editor("escape_fishbone").group("measurement")
    qtbot.mouseClick(measurement.add_button, LEFT)
    measurement.set_cell(0, "cause", "检测不覆盖边部")
    measurement.set_cell(0, "status", "verified")
    if roots:
        type_text(qtbot, form.editor("occurrence_root_cause").edit, "导辊粘附硬质颗粒")
        type_text(qtbot, form.editor("escape_root_cause").edit, "在线检测未覆盖边部 50 mm")


def complete_in_panel(qtbot: QtBot, panel: EightDPanel, password: str = PASSWORD):
    qtbot.mouseClick(panel.complete_button, LEFT)
    dialog = panel.complete_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.password, password)
    qtbot.mouseClick(dialog.sign_button, LEFT)
    qtbot.waitUntil(
        lambda: panel.complete_dialog is None or panel.complete_dialog.task is None,
        timeout=15_000,
    )
    return panel.complete_dialog  # None once it closed, the step completed


# ----- filling and saving ------------------------------------------------------------------------
def test_d2_filled_through_the_widgets_with_photos_chosen_from_the_case(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    panel.select_step(2)
    form = panel.form(2)
    assert form.isVisible() and not panel.form(4).isVisible()
    type_text(qtbot, form.editor("what").edit, "304 2B 表面划伤")
    type_text(qtbot, form.editor("how_many").edit, "212 pcs")
    table = form.editor("is_is_not")
    qtbot.mouseClick(table.add_button, LEFT)
    table.set_cell(0, "aspect", "卷号")
    table.set_cell(0, "is", "S24A0817-03")
    table.set_cell(0, "is_not", "S24A0817-01")
    nok, ok = form.editor("photos_nok"), form.editor("photos_ok")
    choices = [nok.strip.item(i).data(Qt.ItemDataRole.UserRole) for i in range(nok.strip.count())]
    assert len(choices) == 3  # two attached to the complaint, one taken on the site visit
    nok.tick(choices[2], "现场划伤")
    ok.tick(choices[1])
    assert panel.is_modified()
    assert "changes not saved" in panel.ui.steps.item(2).data(STATE_ROLE)

    assert panel.save()
    d2 = stored(case.id).values(2)
    assert d2["what"] == "304 2B 表面划伤" and d2["how_many"] == "212 pcs"
    assert d2["is_is_not"] == ({"aspect": "卷号", "is": "S24A0817-03", "is_not": "S24A0817-01"},)
    assert d2["photos_nok"] == ({"photo": choices[2], "caption": "现场划伤"},)
    assert d2["photos_ok"] == ({"photo": choices[1], "caption": "照片 2"},)
    assert not panel.is_modified()
    assert "In progress" in panel.ui.steps.item(2).data(STATE_ROLE)


def test_d4_the_5_why_and_the_fishbone_saved_as_rows(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    fill_d4(qtbot, panel)
    assert panel.save()
    d4 = stored(case.id).values(4)
    assert d4["occurrence_whys"] == (
        {"why": "为什么表面有划伤？", "because": "导辊表面有硬质颗粒"},
        {"why": "为什么导辊上有颗粒？", "because": "清洁周期过长"},
    )
    assert d4["occurrence_fishbone"] == (
        {"category": "machine", "cause": "导辊粘附颗粒", "status": "verified"},
        {"category": "method", "cause": "清洁周期未规定", "status": "potential"},
    )
    assert d4["escape_fishbone"] == (
        {"category": "measurement", "cause": "检测不覆盖边部", "status": "verified"},
    )
    again = open_panel(qtbot, case.id)  # opened again: the rows come back where they were
    bone = again.form(4).editor("occurrence_fishbone")
    assert bone.group("machine").value() == ({"cause": "导辊粘附颗粒", "status": "verified"},)
    assert bone.group("man").value() == ()
    assert again.form(4).editor("occurrence_whys").rows[1][3].toPlainText() == "清洁周期过长"
    assert not again.is_modified()


def test_internal_fields_carry_the_internal_tag(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    form = panel.form(4)
    for key in ("occurrence_whys", "occurrence_fishbone", "process_detail", "notes"):
        assert form.blocks[key].internal is not None, key
    for key in ("occurrence_root_cause", "escape_verification"):
        assert form.blocks[key].internal is None, key
    assert panel.form(0).blocks["full_8d_needed"].internal.text() == "internal"


def test_edits_stay_while_moving_between_steps_and_when_another_tab_saves(
    qtbot,
    case,
    questions,  # noqa: F811 - the fixture from acting
) -> None:
    panel = open_panel(qtbot, case.id)
    panel.select_step(0)
    type_text(qtbot, panel.form(0).editor("emergency_response").edit, "停止发货")
    panel.select_step(7)
    panel.select_step(0)
    assert panel.form(0).editor("emergency_response").value() == "停止发货"
    panel.show_case(case.id)  # what the case window does when another tab saved
    assert panel.form(0).editor("emergency_response").value() == "停止发货"
    assert panel.is_modified()
    assert EightD.select().count() == 0  # nothing was written
    assert panel.confirm_close()  # the question answered Discard
    assert questions and "not saved" in questions[-1]
    assert not panel.is_modified()
    assert panel.form(0).editor("emergency_response").value() == ""


def test_a_bad_value_is_said_under_its_field_and_nothing_is_written(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    panel.select_step(7)
    rollout = panel.form(7).editor("rollout")
    qtbot.mouseClick(rollout.add_button, LEFT)
    rollout.set_cell(0, "target", "2 号线")
    rollout.set_cell(0, "done_on", "2026-02-30")
    panel.select_step(1)  # the refusal brings its step back
    type_text(qtbot, panel.form(1).editor("leader").edit, "王工")
    assert not panel.save()
    assert panel.current_step() == 7
    error = panel.form(7).blocks["rollout"].error
    assert error.isVisible() and "row 1" in error.text() and "YYYY-MM-DD" in error.text()
    assert "D7" in panel.ui.form_error.text()
    assert rollout.table.item(0, 3).background().color().name() == "#f9d6d5"
    assert EightD.select().count() == 0
    assert panel.form(1).editor("leader").value() == "王工"  # what was typed stays


# ----- completing, reopening ---------------------------------------------------------------------
def test_completing_d4_needs_both_root_causes_said_beside_and_nothing_signed(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    fill_d4(qtbot, panel, roots=False)
    qtbot.mouseClick(panel.complete_button, LEFT)
    assert panel.complete_dialog is None  # no password asked for a step that cannot complete
    assert EightD.get().revision == 1  # the edits were saved first
    form = panel.form(4)
    for key in ("occurrence_root_cause", "escape_root_cause"):
        assert form.blocks[key].error.isVisible(), key
        assert "before completing the step" in form.blocks[key].error.text()
    assert "cannot be completed yet" in panel.ui.form_error.text()
    assert Signature.select().count() == 0
    assert not EightDStep.select().where(EightDStep.completed_at.is_null(False)).exists()


def test_d4_completed_with_the_password_then_changed_is_reopened_visibly(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    fill_d4(qtbot, panel)
    wrong = complete_in_panel(qtbot, panel, "not the password")
    assert wrong is not None and wrong.isVisible() and wrong.error.isVisible()
    assert Signature.select().count() == 0
    wrong.reject()
    qtbot.waitUntil(lambda: panel.complete_dialog is None)
    assert complete_in_panel(qtbot, panel) is None  # completed: the dialog closed
    signature = Signature.get()
    assert signature.signer == ENGINEER.user_id and not signature.void
    state = panel.view.step(4)
    assert state.completed and state.completed_by == ENGINEER.user_id
    item = panel.ui.steps.item(4)
    assert item.data(STATE_ROLE) == "Completed by 王工 on 2026-03-12"
    assert "electronic signature" in panel.ui.step_state.text()
    assert not panel.complete_button.isEnabled()

    type_text(qtbot, panel.form(4).editor("notes").edit, "   ")  # only spaces: no content
    assert panel.is_modified() and panel.save()
    assert "Nothing to save" in panel.ui.status_line.text()
    assert panel.view.step(4).completed and not Signature.get_by_id(signature.id).void
    process = panel.form(4).editor("process_detail")
    type_text(qtbot, process.edit, "conveyor speed 120 m/min")
    assert panel.save()
    assert "Reopened because their content changed: D4." in panel.ui.status_line.text()
    assert Signature.get_by_id(signature.id).void
    state = panel.view.step(4)
    assert not state.completed and state.reopened
    assert item.data(STATE_ROLE).startswith("Reopened on 2026-03-12")
    assert "content changed" in panel.ui.steps.item(4).data(STATE_ROLE)
    assert "Complete it again" in panel.ui.step_state.text()
    assert panel.complete_button.isEnabled()


def test_a_save_over_someone_elses_is_refused_with_the_services_sentence(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    panel.select_step(0)
    type_text(qtbot, panel.form(0).editor("emergency_response").edit, "停止发货")
    other = content_from_data({"d1": {"leader": "李工"}})
    eightd.save_8d(case.id, other, 0, ENGINEER, clock)  # a second window saved first
    panel.show_case(case.id)  # the case window refreshed: the edit stays, on its old revision
    assert not panel.save()
    assert "after you opened it" in panel.ui.form_error.text()
    assert stored(case.id).values(1)["leader"] == "李工"
    assert stored(case.id).values(0)["emergency_response"] == ""
    assert panel.form(0).editor("emergency_response").value() == "停止发货"
    panel.discard()
    assert panel.form(1).editor("leader").value() == "李工"
    assert panel.save()  # nothing to save, nothing refused


def test_plan_a_step_owner_and_an_overdue_target_in_red_and_in_words(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    panel.select_step(3)
    owner = panel.ui.owner
    owner.setCurrentIndex(owner.findData("chen"))
    panel.ui.target_date.set_day(date(2026, 3, 11))  # the day before today
    qtbot.mouseClick(panel.ui.plan, LEFT)
    state = panel.view.step(3)
    assert (state.owner, state.target_date) == ("chen", date(2026, 3, 11))
    plan = panel.ui.steps.item(3).data(PLAN_ROLE)
    assert plan == "Owner 陈主管 · target 2026-03-11 — overdue"
    assert "overdue" in panel.ui.step_state.text()
    assert "#b3261e" in panel.ui.step_state.styleSheet()
    owner.setCurrentIndex(owner.findData("zhou"))
    panel.ui.target_date.set_day(date(2026, 3, 20))
    qtbot.mouseClick(panel.ui.plan, LEFT)
    assert panel.ui.steps.item(3).data(PLAN_ROLE) == "Owner 周工 · target 2026-03-20"


# ----- rights and what flows in ------------------------------------------------------------------
def test_read_only_for_field_staff(qtbot, case) -> None:
    eightd.save_8d(case.id, content_from_data({"d2": {"what": "划伤"}}), 0, ENGINEER, clock)
    panel = open_panel(qtbot, case.id, FIELD)
    assert not panel.editable()
    for button in (panel.save_button, panel.complete_button, panel.ui.plan):
        assert not button.isVisible()
    panel.select_step(2)
    form = panel.form(2)
    assert form.editor("what").edit.isReadOnly()
    assert not form.editor("is_is_not").add_button.isVisible()
    photos = form.editor("photos_nok").strip.item(0)
    assert not photos.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "Read only" in panel.ui.status_line.text()
    assert not panel.save()
    panel.select_step(REPORTS)
    assert not panel.reports.issue_button.isVisible()
    assert panel.reports.preview_en.isVisible()


def test_the_case_facts_flow_in_read_only(qtbot, case) -> None:
    panel = open_panel(qtbot, case.id)
    panel.select_step(3)
    facts = panel.form(3).facts.text()
    assert panel.form(3).facts_frame.isVisible()
    assert "Factory stock" in facts and "In transit" in facts
    assert "15.5" in facts  # 12.5 + 3 t checked in the factory's stock
    assert "0.4" in facts and "S24A0817-06" in facts
    actions = panel.form(3).editor("actions")
    first = [actions.table.item(r, 3).text() for r in range(actions.table.rowCount())]
    assert first[0] == "冻结库存并逐卷挑选"  # containment actions first on D3
    panel.select_step(5)
    corrective = panel.form(5).editor("actions").table
    assert corrective.item(0, 3).text() == "每班清洁导辊并记录"
    panel.select_step(2)
    d2 = panel.form(2).facts.text()
    assert "S24A0817-03" in d2 and "1480" in d2 and "212" in d2  # the visit's count
    assert "佛山某不锈钢制品厂" in d2
    assert not panel.form(1).facts_frame.isVisible()  # the team has nothing flowing in
    panel.select_step(7)
    panel.form(7).editor("actions").tick(4)
    assert panel.save()
    assert stored(case.id).values(7)["actions"] == (4,)


# ----- the customer's report ----------------------------------------------------------------------
@needs_poppler
def test_preview_writes_the_draft_pdf_and_opens_it(qtbot, case, viewer) -> None:
    d2 = {"d2": {"what": "沿轧制方向划伤", "notes": "SECRETXNOTE"}}
    eightd.save_8d(case.id, content_from_data(d2), 0, ENGINEER, clock)
    panel = open_panel(qtbot, case.id)
    panel.select_step(REPORTS)
    assert panel.reports.isVisible()
    task = panel.reports.preview("zh_CN")
    assert task is not None
    qtbot.waitUntil(lambda: panel.reports.task is None, timeout=30_000)
    assert len(viewer) == 1
    assert viewer[0].read_bytes().startswith(b"%PDF")
    assert "draft" in viewer[0].name
    text = text_of(viewer[0])
    assert case.case_no in text and "沿轧制方向划伤" in text
    assert "SECRETXNOTE" not in text  # an internal field never reaches the customer's report
    assert CustomerReply.select().count() == 0  # a preview is not sent


def test_issue_revisions_a_then_b_both_listed_and_opened_as_sent(qtbot, case, viewer) -> None:
    eightd.save_8d(case.id, content_from_data({"d2": {"what": "划伤"}}), 0, ENGINEER, clock)
    panel = open_panel(qtbot, case.id)
    panel.select_step(REPORTS)
    seen: list[int] = []
    panel.changed.connect(lambda: seen.append(1))
    for revision, to in (("A", "张经理"), ("B", "李经理")):
        qtbot.mouseClick(panel.reports.issue_button, LEFT)
        dialog = panel.reports.issue_dialog
        assert dialog is not None and revision in dialog.issue_button.text()
        dialog.sent_to.clear()
        type_text(qtbot, dialog.sent_to, to)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        qtbot.mouseClick(dialog.issue_button, LEFT)
        qtbot.waitUntil(lambda: panel.reports.issue_dialog is None, timeout=30_000)
    table = panel.reports.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["A", "B"]
    assert [table.item(r, 2).text() for r in range(2)] == ["张经理", "李经理"]
    assert table.item(0, 5).text() == "王工" and table.item(0, 1).text() == "English"
    sent = replies.replies_of(case.id)
    assert table.item(1, 6).text() == sent[1].content_hash[:12]
    assert len(seen) == 2
    assert "Issued revisions: 2" in panel.ui.steps.item(REPORTS).data(STATE_ROLE)
    qtbot.mouseClick(table.cellWidget(0, 7), LEFT)
    assert viewer[-1].read_bytes() == replies.reply_document(sent[0].id)


def test_issuing_waits_for_unsaved_edits(qtbot, case) -> None:
    eightd.save_8d(case.id, content_from_data({"d2": {"what": "划伤"}}), 0, ENGINEER, clock)
    panel = open_panel(qtbot, case.id)
    panel.select_step(8)
    type_text(qtbot, panel.form(8).editor("summary").edit, "关闭")
    panel.select_step(REPORTS)
    assert panel.reports.open_issue_dialog() is None
    assert "Save the 8D first" in panel.reports.message.text()
    assert CustomerReply.select().count() == 0


def test_a_paragraph_that_just_fits_settles_at_every_width(qtbot, case) -> None:
    """A text field is as tall as its wrapped lines; a scroll bar that came and went as a line
    just fitted re-wrapped the text for ever (the window froze on a demo case's D4)."""
    text = "导辊表面粘附硬质颗粒，在带钢表面压出连续划伤 / hard particles on a guide roll scratched the strip"
    data = {"d4": {"occurrence_root_cause": text, "occurrence_verification": text * 3}}
    eightd.save_8d(case.id, content_from_data(data), 0, ENGINEER, clock)
    panel = open_panel(qtbot, case.id)
    panel.select_step(4)
    edits = [
        panel.form(4).editor(k).edit for k in ("occurrence_root_cause", "occurrence_verification")
    ]
    for width in range(700, 1320, 9):
        panel.resize(width, 560)
        qtbot.wait(1)  # the resize and every relayout it causes, to the end
        for edit in edits:
            lines = round(edit.document().documentLayout().documentSize().height())
            assert edit.verticalScrollBar().isVisible() is False, (width, lines)
            assert edit.height() >= edit.fontMetrics().lineSpacing() * lines, (width, lines)
