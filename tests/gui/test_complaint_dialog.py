"""The complaint form driven as a person drives it: typing, choosing, filling coil lines, Save.

Every outcome is checked where it matters: in the database (saved or, on a problem, not at
all) and in the sentence shown beside the field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from acting import questions, retype, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import SHANGHAI, example_draft
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
)
from pytestqt.qtbot import QtBot

from qa_desktop.core.models import CoilLine, Complaint, Customer
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.complaint_dialog import EARLIER_DELAY_MS, ComplaintDialog

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 3, 10, 9, 30, tzinfo=SHANGHAI)  # 01:30 UTC, before NOW
CUSTOMER = "佛山某不锈钢制品厂"
COIL_03 = ["S24A0817-03", "H2408123", "304", "1.0", "1219", "2B", "6420", "1480"]
COIL_05 = ["S24A0817-05", "H2408123", "304", "1.0", "1219", "2B", "6350", "6.35"]
ENGINEER = Actor("wang", "王工")


def clock() -> datetime:
    return NOW


# ----- acting as the user ------------------------------------------------------------------------


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, f"{combo.objectName()} offers no {code!r}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_cell(qtbot: QtBot, dialog: ComplaintDialog, row: int, column: int, text: str) -> None:
    """Move to the cell (its editor opens), retype it and press Enter."""
    table = dialog.ui.coils
    table.setCurrentCell(row, column)
    editor = table.indexWidget(table.model().index(row, column))
    assert editor is not None, "moving to a cell opens its editor"
    if isinstance(editor, QComboBox):
        qtbot.keyClicks(editor, text)  # keyboard search picks the unit
    else:
        retype(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the delegate commits, and the closed editor goes, on queued calls


def type_line(
    qtbot: QtBot, dialog: ComplaintDialog, row: int, values: list[str], unit: str
) -> None:
    for column, value in enumerate(values):
        type_cell(qtbot, dialog, row, column, value)
    type_cell(qtbot, dialog, row, len(values), unit)


def click_save(qtbot: QtBot, dialog: ComplaintDialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_error(dialog: ComplaintDialog, field: str) -> str:
    """The sentence beside a field, or "" when none is visible."""
    label = getattr(dialog.ui, f"{field}_error")
    return label.text() if label.isVisible() else ""


def fill_example(qtbot: QtBot, dialog: ComplaintDialog) -> None:
    """DOMAIN.md's example case, typed in."""
    ui = dialog.ui
    type_text(qtbot, ui.customer_name.lineEdit(), CUSTOMER)
    type_text(qtbot, ui.contact_name, "张经理")
    type_text(qtbot, ui.contact_phone, "13800138000")
    choose(ui.channel, "phone")
    choose(ui.market, "domestic")
    choose(ui.category, "quality")
    choose(ui.severity, "serious")
    type_text(qtbot, ui.product, "冷轧不锈钢卷")
    type_text(qtbot, ui.specification, "304 2B 1.0 x 1219 mm")
    type_text(qtbot, ui.order_no, "SO2408-1173")
    choose(ui.defect_type_code, "scratch")
    type_text(qtbot, ui.description, "深冲水槽时发现划伤")
    type_text(qtbot, ui.defect_rate, "14.3")
    type_text(qtbot, ui.affected_qty, "212")
    choose(ui.affected_unit, "pcs")
    choose(ui.goods_state, "partly_processed")
    type_text(qtbot, ui.customer_request, "退回 S24A0817-05，赔偿不良品")
    type_text(qtbot, ui.internal_note, "Check the pickling line log of 17 Aug")
    type_line(qtbot, dialog, 0, COIL_03, "pcs")
    qtbot.mouseClick(ui.add_coil, Qt.MouseButton.LeftButton)
    type_line(qtbot, dialog, 1, COIL_05, "t")


@pytest.fixture
def open_dialog(qtbot: QtBot, db):
    def opener(complaint_id: int | None = None, actor: Actor = ENGINEER) -> ComplaintDialog:
        dialog = ComplaintDialog(complaint_id=complaint_id, actor=actor, clock=clock)
        qtbot.addWidget(dialog)
        dialog.resize(1100, 800)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


@pytest.fixture
def stored(db) -> Complaint:
    return register_complaint(example_draft(received_at=RECEIVED), clock=clock)


# ----- registering ---------------------------------------------------------------------------------
def test_new_form_starts_with_now_the_user_and_one_empty_line(open_dialog):
    dialog = open_dialog()
    received = dialog.ui.received_at.dateTime().toPython().astimezone()
    assert received == NOW.astimezone().replace(second=0, microsecond=0)
    assert dialog.ui.owner.text() == "王工"
    assert dialog.ui.coils.rowCount() == 1
    assert dialog.ui.severity.currentIndex() == -1, "severity is a decision, never a default"
    assert dialog.windowTitle() == "New complaint"


def test_the_example_case_is_registered_with_its_coils(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    complaint = Complaint.get()
    assert dialog.saved_complaint_id == complaint.id
    assert complaint.case_no == "CC-2026-0001"
    assert complaint.customer.name == CUSTOMER
    assert complaint.defect_type.code == "scratch"
    assert (complaint.severity, complaint.channel, complaint.market) == (
        "serious",
        "phone",
        "domestic",
    )
    assert complaint.affected_qty == Decimal("212") and complaint.affected_unit == "pcs"
    assert complaint.defect_rate == Decimal("14.3")
    assert complaint.owner == "王工" and complaint.created_by == "wang"
    coils = list(complaint.coils.order_by(CoilLine.position))
    assert [(c.coil_no, c.quantity, c.unit) for c in coils] == [
        ("S24A0817-03", Decimal("1480"), "pcs"),
        ("S24A0817-05", Decimal("6.35"), "t"),
    ]
    assert coils[0].thickness_mm == Decimal("1.0") and coils[1].weight_kg == Decimal("6350")


def test_missing_required_fields_are_named_and_nothing_is_saved(qtbot, open_dialog):
    dialog = open_dialog()
    retype(qtbot, dialog.ui.owner, "")
    click_save(qtbot, dialog)

    assert Complaint.select().count() == 0 and Customer.select().count() == 0
    assert dialog.isVisible() and dialog.saved_complaint_id is None
    assert shown_error(dialog, "customer_name") == "Enter the customer."
    assert shown_error(dialog, "description") == "Describe the defect as the customer reports it."
    assert shown_error(dialog, "severity") == "Choose the severity."
    assert shown_error(dialog, "owner") == "Name the owner of the case."
    for field in ("channel", "market", "category"):
        assert shown_error(dialog, field), field
    assert shown_error(dialog, "contact_name") == "", "fields without a problem stay quiet"
    assert dialog.ui.form_error.isVisible()


def test_focus_goes_to_the_first_bad_field(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    choose(dialog.ui.severity, "serious")
    retype(qtbot, dialog.ui.defect_rate, "120")
    dialog.activateWindow()
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.ui.defect_rate.hasFocus())


def test_bad_numbers_are_explained_beside_their_fields(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    retype(qtbot, dialog.ui.affected_qty, "abc")
    retype(qtbot, dialog.ui.defect_rate, "120")
    type_text(qtbot, dialog.ui.shipped_qty, "-5")
    choose(dialog.ui.shipped_unit, "t")
    click_save(qtbot, dialog)

    assert Complaint.select().count() == 0
    assert shown_error(dialog, "affected_qty") == "Enter a number."
    assert shown_error(dialog, "defect_rate") == "A defect rate cannot exceed 100 %."
    assert "cannot be negative" in shown_error(dialog, "shipped_qty")
    assert shown_error(dialog, "customer_name") == ""


def test_a_received_time_in_the_future_is_refused(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    tomorrow = (NOW + timedelta(days=1)).astimezone().replace(tzinfo=None)
    dialog.ui.received_at.setDateTime(QDateTime(tomorrow))
    click_save(qtbot, dialog)

    assert Complaint.select().count() == 0
    assert shown_error(dialog, "received_at") == "The received time lies in the future."


def test_coil_errors_mark_the_cells_and_fixing_them_saves(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    table = dialog.ui.coils
    type_cell(qtbot, dialog, 0, 0, "x!")
    qtbot.mouseClick(dialog.ui.add_coil, Qt.MouseButton.LeftButton)
    type_line(qtbot, dialog, 2, COIL_05, "t")
    click_save(qtbot, dialog)

    assert Complaint.select().count() == 0
    lines = shown_error(dialog, "coils").splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Line 1") and "X!" in lines[0] and "does not look like" in lines[0]
    assert lines[1].startswith("Line 3") and "listed twice (also in line 2)" in lines[1]
    for row in (0, 2):
        cell = table.item(row, 0)
        assert cell.background().color().red() > cell.background().color().green()
        assert cell.toolTip()
    assert table.item(1, 0).toolTip() == ""

    type_cell(qtbot, dialog, 0, 0, "S24A0817-03")
    table.setCurrentCell(2, 3)
    qtbot.mouseClick(dialog.ui.remove_coil, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [c.coil_no for c in CoilLine.select().order_by(CoilLine.position)] == [
        "S24A0817-03",
        "S24A0817-05",
    ]


def test_saving_again_clears_the_errors_that_were_fixed(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    retype(qtbot, dialog.ui.affected_qty, "abc")
    retype(qtbot, dialog.ui.defect_rate, "120")
    click_save(qtbot, dialog)
    assert shown_error(dialog, "affected_qty") and shown_error(dialog, "defect_rate")

    retype(qtbot, dialog.ui.affected_qty, "212")
    click_save(qtbot, dialog)
    assert shown_error(dialog, "affected_qty") == ""
    assert shown_error(dialog, "defect_rate")

    retype(qtbot, dialog.ui.defect_rate, "14.3")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Complaint.get().affected_qty == Decimal("212")


def test_cancel_asks_before_losing_typing_and_saves_nothing(qtbot, open_dialog, questions):  # noqa: F811 - the fixture from acting
    untouched = open_dialog()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert untouched.result() == QDialog.DialogCode.Rejected and questions == []

    dialog = open_dialog()
    fill_example(qtbot, dialog)
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert questions == ["Close the form and lose what you typed?"]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Complaint.select().count() == 0


def test_enter_moves_on_and_ctrl_enter_saves(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    dialog.activateWindow()
    dialog.ui.product.setFocus()
    qtbot.waitUntil(dialog.ui.product.hasFocus)
    qtbot.keyClick(dialog.ui.product, Qt.Key.Key_Return)
    assert dialog.ui.material_no.hasFocus(), "Enter goes to the next field"
    assert Complaint.select().count() == 0, "Enter never saves half a complaint"
    qtbot.keyClick(dialog.ui.material_no, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Complaint.select().count() == 1


# ----- editing -------------------------------------------------------------------------------------
def test_edit_mode_shows_the_stored_complaint(open_dialog, stored):
    dialog = open_dialog(stored.id)
    ui = dialog.ui
    assert stored.case_no in dialog.windowTitle()
    assert ui.customer_name.currentText() == CUSTOMER
    assert ui.severity.currentData() == "serious"
    assert ui.defect_type_code.currentData() == "scratch"
    assert ui.affected_qty.text() == "212" and ui.defect_rate.text() == "14.3"
    assert ui.received_at.dateTime().toPython() == RECEIVED.replace(tzinfo=None)
    assert not ui.ship_date_known.isChecked()
    assert ui.coils.rowCount() == 2
    assert ui.coils.item(1, 0).text() == "S24A0817-05"
    assert ui.coils.item(1, 8).data(Qt.ItemDataRole.UserRole) == "t"
    assert dialog.revision == stored.revision == 1


def test_an_edit_is_saved_and_the_revision_counts_up(qtbot, open_dialog, stored):
    dialog = open_dialog(stored.id)
    retype(qtbot, dialog.ui.contact_phone, "13900139000")
    choose(dialog.ui.severity, "major")
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    complaint = Complaint.get_by_id(stored.id)
    assert (complaint.contact_phone, complaint.severity) == ("13900139000", "major")
    assert complaint.revision == 2 and complaint.updated_by == "wang"
    assert complaint.case_no == stored.case_no and Complaint.select().count() == 1
    assert complaint.received_tz == "Asia/Shanghai", "an edit keeps the zone it was entered in"
    assert complaint.received_at == stored.received_at
    assert CoilLine.select().count() == 2


def test_a_second_editor_cannot_overwrite_the_first(qtbot, open_dialog, stored):
    first = open_dialog(stored.id)
    second = open_dialog(stored.id, actor=Actor("li", "李工"))
    retype(qtbot, first.ui.contact_phone, "13900139000")
    click_save(qtbot, first)
    retype(qtbot, second.ui.contact_name, "刘主任")
    click_save(qtbot, second)

    assert second.isVisible() and second.result() != QDialog.DialogCode.Accepted
    assert "after you opened it" in second.ui.form_error.text()
    assert second.ui.form_error.isVisible()
    complaint = Complaint.get_by_id(stored.id)
    assert complaint.revision == 2
    assert (complaint.contact_name, complaint.contact_phone) == ("张经理", "13900139000")


# ----- the repeat flag -----------------------------------------------------------------------------
def test_earlier_complaints_of_the_customer_are_flagged(qtbot, open_dialog, stored):
    dialog = open_dialog()
    label = dialog.ui.earlier_cases
    type_text(qtbot, dialog.ui.customer_name.lineEdit(), CUSTOMER)
    type_text(qtbot, dialog.ui.product, "热轧不锈钢板")
    qtbot.wait(EARLIER_DELAY_MS + 100)
    assert not label.isVisible(), "the same customer with another product is not a repeat"
    choose(dialog.ui.defect_type_code, "scratch")
    qtbot.waitUntil(label.isVisible)
    assert label.text() == f"Earlier complaints from this customer: {stored.case_no} (same defect)"


def test_the_complaint_being_edited_is_not_its_own_repeat(qtbot, open_dialog, stored):
    later = register_complaint(
        example_draft(received_at=RECEIVED + timedelta(hours=1)), clock=clock
    )
    dialog = open_dialog(later.id)
    label = dialog.ui.earlier_cases
    qtbot.waitUntil(label.isVisible)
    assert stored.case_no in label.text() and later.case_no not in label.text()


def test_a_cell_still_being_typed_in_is_saved(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    table = dialog.ui.coils
    table.setCurrentCell(1, 2)
    retype(qtbot, table.indexWidget(table.currentIndex()), "316L")  # no Enter: Save is next
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert CoilLine.get(CoilLine.coil_no == "S24A0817-05").grade == "316L"
