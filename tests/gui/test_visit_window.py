"""The visit window driven as the field user drives it on site: checklist answers tapped and
typed, coil lines taken from the complaint and counted, saved and read back from the database;
a bad figure marked on its cell with nothing written; finishing refused until the record is
complete; read only once finished, for a cancelled visit and for someone who may not fill it."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem
from visiting import COIL, FIELD, SALES, clock, fresh, make_case, make_visit, open_window

from qa_desktop.core import media
from qa_desktop.core.models import Visit, VisitCoil, VisitPhoto
from qa_desktop.core.services import confirmations, visit_record, visits
from qa_desktop.core.signature_strokes import Stroke, normalise
from qa_desktop.core.visit_content import PhotoDraft, VisitContent
from qa_desktop.core.visit_quantities import VisitCoilDraft
from qa_desktop.gui.coil_table import ERROR_ROLE

LEFT = Qt.MouseButton.LeftButton
COMPLETE = {
    "defect_source": "our_material",
    "visible_before_processing": "yes",
    "defective_used": "1.2",
    "defective_unused": "0.3",
    "coil_no": COIL,
    "specification": "1.0×1250",
    "weight": "6.35",
    "samples_taken": "no",
    "customer_loss": "停线 4 小时",
}


@pytest.fixture
def case(db):
    return make_case()


@pytest.fixture
def visit(case):
    return make_visit(case)


def tap(qtbot, window, key: str, code: str) -> None:
    qtbot.mouseClick(window.ui.checklist.answers_by_key[key].buttons[code], LEFT)


def typed(qtbot, window, key: str, text: str) -> None:
    answer = window.ui.checklist.answers_by_key[key]
    type_text(qtbot, answer.edit, text)


def set_cell(window, row: int, field: str, text: str) -> None:
    table = window.ui.coils
    table.setItem(row, table.column_of(field), QTableWidgetItem(text))


def count(window, row: int, used: str, unused: str, bad_used: str, bad_unused: str) -> None:
    for field, text in (
        ("used", used), ("unused", unused), ("defective_used", bad_used),
        ("defective_unused", bad_unused),
    ):  # fmt: skip
        set_cell(window, row, field, text)


def with_photo(visit: Visit) -> PhotoDraft:
    """A defect photo taken in and saved with the visit, as the photo strip will do."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(out, "JPEG")
    prepared = media.prepare_bytes(out.getvalue(), "划伤.jpg")
    (sha,) = visit_record.store_photos([prepared], FIELD, clock)
    photo = PhotoDraft(sha, prepared.filename, "沿轧制方向的划伤", item_key="defect_photos")
    lines = visit_record.starting_lines(visit)[1:]
    counted = [VisitCoilDraft(**{**vars(lines[0]), "used": "180", "unit": "pcs"})]
    visit_record.save_visit(
        str(visit.uuid), fresh(visit).revision, VisitContent({}, "", counted, [photo]), FIELD,
        clock,
    )  # fmt: skip
    return photo


# ----- filling and saving ------------------------------------------------------------------------
def test_answers_and_coil_lines_are_saved_through_the_window_and_read_back(qtbot, visit):
    window = open_window(qtbot, visit)
    assert window.editable() and not window.is_modified()
    tap(qtbot, window, "defect_source", "our_material")
    tap(qtbot, window, "visible_before_processing", "no")
    tap(qtbot, window, "visible_before_processing", "yes")  # changed the answer
    tap(qtbot, window, "samples_taken", "na")
    tap(qtbot, window, "samples_taken", "na")  # a second tap takes it back
    typed(qtbot, window, "defective_used", "1.2")
    typed(qtbot, window, "customer_loss", "停线 4 小时")
    qtbot.mouseClick(window.ui.take_coils, LEFT)
    assert window.ui.coils.rowCount() == 2  # the complaint's two coils
    count(window, 0, "1480", "", "30", "")
    count(window, 1, "180", "32", "23", "4")
    assert "used 1660" in window.ui.totals.text()  # both lines counted in pieces
    assert window.is_modified()
    qtbot.mouseClick(window.save_button, LEFT)
    assert window.ui.form_error.isHidden(), window.ui.form_error.text()

    stored = fresh(visit)
    assert stored.state == "in_progress"
    assert json.loads(stored.answers) == {
        "defect_source": "our_material",
        "visible_before_processing": "yes",
        "defective_used": "1.2",
        "customer_loss": "停线 4 小时",
    }
    lines = list(VisitCoil.select().order_by(VisitCoil.position))
    assert [(line.coil_no, line.used, line.defective_unused) for line in lines] == [
        ("S24A0817-03", Decimal(1480), None),
        (COIL, Decimal(180), Decimal(4)),
    ]
    assert not window.is_modified()
    again = open_window(qtbot, stored)
    assert again.ui.checklist.answers() == json.loads(stored.answers)
    assert again.ui.coils.drafts()[1].defective_used == "23"


def test_a_bad_coil_figure_is_shown_beside_its_cell_and_nothing_is_written(qtbot, visit):
    window = open_window(qtbot, visit)
    window.ui.coils.add_line()
    set_cell(window, 0, "coil_no", COIL)
    count(window, 0, "180", "", "200", "")  # more defective than used
    qtbot.mouseClick(window.save_button, LEFT)
    table = window.ui.coils
    cell = table.item(0, table.column_of("defective_used"))
    assert "cannot exceed" in cell.data(ERROR_ROLE)
    assert "Line 1, Defective among used: " in window.ui.coils_error.text()
    assert not window.ui.coils_error.isHidden()
    assert "Nothing was saved" in window.ui.form_error.text()
    assert VisitCoil.select().count() == 0
    assert fresh(visit).revision == visit.revision and fresh(visit).state == "planned"
    set_cell(window, 0, "defective_used", "20")  # corrected: the mark goes at once
    assert not table.item(0, table.column_of("defective_used")).data(ERROR_ROLE)


def test_a_number_that_is_not_one_is_said_beneath_its_item(qtbot, visit):
    window = open_window(qtbot, visit)
    typed(qtbot, window, "weight", "about six")
    qtbot.mouseClick(window.save_button, LEFT)
    error = window.ui.checklist.errors["weight"]
    assert not error.isHidden() and "Enter a number" in error.text()
    assert fresh(visit).revision == visit.revision


def test_photos_are_carried_through_a_save_unchanged(qtbot, visit):
    photo = with_photo(visit)
    window = open_window(qtbot, fresh(visit))
    (shown,) = window.photos.strip.photos()
    assert shown.target == "item:defect_photos" and shown.media.thumbnail
    assert not shown.media.data  # listed without the original: the viewer reads it on need
    assert window.ui.checklist.answers_by_key["defect_photos"].count == 1
    typed(qtbot, window, "customer_loss", "退货")
    assert window.save()
    (row,) = VisitPhoto.select()
    assert (row.media_id, row.caption, row.item_key) == (
        photo.sha256,
        photo.caption,
        photo.item_key,
    )


def test_photos_taken_in_on_site_are_stored_at_once_and_saved_with_their_coil(
    qtbot, visit, tmp_path
):
    import io

    from PIL import Image

    from qa_desktop.core.models import Media

    files = []
    for n, colour in enumerate(("red", "navy")):
        out = io.BytesIO()
        Image.new("RGB", (800, 600), colour).save(out, "JPEG")
        path = tmp_path / f"IMG_{n}.JPG"
        path.write_bytes(out.getvalue())
        files.append(path)
    window = open_window(qtbot, visit)
    window.take_coils()
    count(window, 0, "1480", "", "30", "")
    count(window, 1, "180", "32", "23", "4")
    assert window.photos.strip.add_paths(files)
    qtbot.waitUntil(lambda: len(window.photos.strip.photos()) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not window.photos.is_busy(), timeout=10_000)
    assert Media.select().where(Media.sha256.in_(
        [p.media.sha256 for p in window.photos.strip.photos()])).count() == 2  # fmt: skip
    first = window.photos.strip.photos()[0]
    coil = window.ui.coils.drafts()[0].coil_no
    first.target, first.caption = f"coil:{coil}", "开卷划伤"
    typed(qtbot, window, "customer_loss", "退货")
    assert window.save()
    rows = {row.filename: row for row in VisitPhoto.select()}
    assert rows["IMG_0.JPG"].coil_no == coil and rows["IMG_0.JPG"].caption == "开卷划伤"
    assert rows["IMG_1.JPG"].coil_no == "" and rows["IMG_1.JPG"].item_key == ""


# ----- finishing, reopening, read only -------------------------------------------------------------
def test_finishing_is_refused_until_the_record_is_complete(qtbot, visit):
    with_photo(visit)
    window = open_window(qtbot, fresh(visit))
    tap(qtbot, window, "defect_source", "our_material")
    qtbot.mouseClick(window.finish_button, LEFT)
    errors = window.ui.checklist.errors
    assert not errors["customer_remedy"].isHidden()
    assert "required" in errors["customer_remedy"].text()
    assert errors["defect_source"].isHidden()
    assert "cannot be finished yet" in window.ui.form_error.text()
    assert fresh(visit).state == "in_progress"  # saved what was typed, not finished

    window.ui.checklist.set_answers(COMPLETE)
    typed(qtbot, window, "customer_remedy", "希望退货")
    qtbot.mouseClick(window.finish_button, LEFT)
    assert fresh(visit).state == "finished", window.ui.form_error.text()
    assert json.loads(fresh(visit).answers)["customer_remedy"] == "希望退货"
    assert_read_only(window)
    buttons = window.ui.buttons.buttons()
    assert window.reopen_button in buttons and window.save_button not in buttons


def assert_read_only(window) -> None:
    checklist = window.ui.checklist.answers_by_key
    assert not checklist["defect_source"].buttons["our_material"].isEnabled()
    assert checklist["customer_loss"].edit.isReadOnly()
    assert window.ui.findings.isReadOnly()
    assert window.ui.coils.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert window.ui.add_coil.isHidden() and window.ui.take_coils.isHidden()
    assert window.save_button not in window.ui.buttons.buttons()
    assert not window.save()


def test_a_finished_visit_reopens_with_a_reason(qtbot, visit):
    with_photo(visit)
    content = visit_record.content_of(fresh(visit))
    answers = {**COMPLETE, "customer_remedy": "退货"}
    saved = visit_record.save_visit(
        str(visit.uuid), fresh(visit).revision, VisitContent(answers, "", content.coils, content.photos),
        FIELD, clock,
    ).visit  # fmt: skip
    visit_record.finish_visit(str(visit.uuid), saved.revision, FIELD, clock)
    window = open_window(qtbot, fresh(visit))
    assert_read_only(window)
    dialog = window.open_reopen_dialog()
    dialog.accept()  # no reason: refused in the dialog
    assert "why" in dialog.ui.error.text() and dialog.isVisible()
    type_text(qtbot, dialog.ui.reason, "客户补充了未使用卷的数量")
    dialog.accept()
    assert fresh(visit).state == "in_progress"
    assert window.editable() and window.save_button in window.ui.buttons.buttons()
    assert window.ui.checklist.answers_by_key["customer_loss"].edit.isReadOnly() is False


@pytest.mark.parametrize("who", [SALES, ENGINEER])
def test_who_may_not_fill_it_sees_it_read_only_and_an_editor_may(qtbot, visit, who):
    window = open_window(qtbot, visit, who)
    if who is SALES:
        assert_read_only(window)
    else:  # a colleague typing up what the field user phoned in
        assert window.editable()


def test_a_cancelled_visit_is_read_only_and_says_why(qtbot, visit):
    visits.cancel_visit(str(visit.uuid), visit.revision, "客户取消", ENGINEER, clock)
    window = open_window(qtbot, fresh(visit), ENGINEER)
    assert_read_only(window)
    assert window.ui.state.text() == "Cancelled"
    assert "客户取消" in window.ui.site.text()


def test_the_header_names_the_visit_and_its_template(qtbot, visit):
    window = open_window(qtbot, visit)
    assert visit.complaint.case_no in window.ui.title.text()
    assert window.ui.appointment.text() == "2026-03-13 09:00 (Asia/Shanghai)"
    assert window.ui.template.text() == "Site-visit checklist, version 1"
    assert "刘工" in window.ui.contact.text() and "0757-1234567" in window.ui.contact.text()


# ----- the customer's confirmation ----------------------------------------------------------------
def signature() -> list[Stroke]:
    points = tuple((10.0 + i * 8, 40.0 + (i % 5) * 6, i * 40, 0.6) for i in range(30))
    return normalise([Stroke(points)], 400, 160)


def test_the_confirmation_area_says_where_the_customer_stands(qtbot, visit):
    with_photo(visit)
    window = open_window(qtbot, fresh(visit))
    assert window.ui.customer_signs.isHidden()  # until the signature dialog is wired
    assert "not confirmed" in window.ui.confirmation_state.text()
    confirmations.confirm_on_screen(
        str(visit.uuid), fresh(visit).revision, "刘工", "生产主管", signature(), PASSWORD,
        FIELD, clock,
    )  # fmt: skip
    window.refresh_confirmation()
    assert "Confirmed by 刘工 (生产主管) at 2026-03-11 09:00" in window.ui.confirmation_state.text()
    set_cell(window, 0, "used", "181")  # a confirmed quantity changes
    assert window.save()
    assert "confirmation is void" in window.ui.status_line.text()
    assert window.ui.confirmation_state.text().startswith(
        "Void: a confirmed quantity changed after the customer signed."
    )


def test_customer_signs_saves_first_then_hands_over_to_the_hook(qtbot, visit):
    seen = []
    window = open_window(qtbot, visit, confirm_hook=lambda w: seen.append(w.is_modified()))
    assert window.ui.customer_signs.isVisible() and window.ui.customer_signs.isEnabled()
    typed(qtbot, window, "customer_loss", "停线")
    qtbot.mouseClick(window.ui.customer_signs, LEFT)
    assert seen == [False]  # the hook sees the record saved
    assert json.loads(fresh(visit).answers) == {"customer_loss": "停线"}
    other = open_window(qtbot, visit, ENGINEER, confirm_hook=seen.append)
    assert not other.ui.customer_signs.isEnabled()  # only who made the visit takes it
