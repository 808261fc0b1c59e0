"""The complaint form driven as a person drives it: typing, choosing, filling coil lines, Save.

Every outcome is checked where it matters: in the database (saved or, on a problem, not at
all) and in the sentence shown beside the field. The department works in Shanghai and this PC
runs in UTC (the case that showed one complaint at two times), and time comes from `clock`."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from acting import questions, retype, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ADMIN, ENGINEER, SHANGHAI, example_draft
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
)
from pytestqt.qtbot import QtBot

from qa_desktop.core.drafts import CoilDraft
from qa_desktop.core.models import CoilLine, Complaint, Customer
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting
from qa_desktop.gui.complaint_dialog import ComplaintDialog
from qa_desktop.gui.earlier_cases import DELAY_MS as EARLIER_DELAY_MS
from qa_desktop.gui.received_time import UTC_ZONE

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 3, 10, 9, 30, tzinfo=SHANGHAI)  # 01:30 UTC, before NOW
CUSTOMER = "佛山某不锈钢制品厂"
COIL_03 = ["S24A0817-03", "H2408123", "304", "1.0", "1219", "2B", "6420", "1480"]
COIL_05 = ["S24A0817-05", "H2408123", "304", "1.0", "1219", "2B", "6350", "6.35"]


def clock() -> datetime:
    return NOW


@pytest.fixture(autouse=True)
def pc_in_utc_department_in_shanghai(db, monkeypatch: pytest.MonkeyPatch):
    """This PC's clock runs in UTC; the department's zone is Asia/Shanghai."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    change_setting("time_zone", "Asia/Shanghai", clock=clock, actor=ADMIN)
    yield
    monkeypatch.undo()
    time.tzset()


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


def shown_received(dialog: ComplaintDialog) -> datetime:
    """The received time as the form shows it: a wall-clock time, no zone."""
    value = dialog.ui.received_at.dateTime()
    return datetime.combine(value.date().toPython(), value.time().toPython())


def type_received(dialog: ComplaintDialog, wall: datetime) -> None:
    """Put a wall-clock time into the received field, as typed."""
    day, hour = QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute)
    dialog.ui.received_at.setDateTime(QDateTime(day, hour, UTC_ZONE))


def plain(label) -> str:
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


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
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


@pytest.fixture
def stored(db) -> Complaint:
    return register_complaint(example_draft(received_at=RECEIVED), clock=clock, actor=ENGINEER)


# ----- registering ---------------------------------------------------------------------------------
def test_new_form_starts_with_now_the_user_and_one_empty_line(open_dialog):
    dialog = open_dialog()
    assert shown_received(dialog) == datetime(2026, 3, 10, 16, 0), "08:00 UTC in Shanghai"
    assert dialog.ui.received_zone.text() == "Asia/Shanghai"
    assert dialog.ui.received_zone.isVisible() and not dialog.ui.received_entered.isVisible()
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
    assert complaint.created_at == NOW.replace(tzinfo=None), "stamped by the injected clock"
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
    type_received(dialog, datetime(2026, 3, 11, 16, 0))  # tomorrow in Shanghai
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
    assert shown_received(dialog) == RECEIVED.replace(tzinfo=None)
    assert not ui.ship_date_known.isChecked()
    assert ui.coils.rowCount() == 2
    assert ui.coils.item(1, 0).text() == "S24A0817-05"
    assert ui.coils.item(1, 8).data(Qt.ItemDataRole.UserRole) == "t"
    assert dialog.revision == stored.revision == 1


def test_a_stored_ship_date_can_be_changed(qtbot, open_dialog):
    shipped = register_complaint(
        example_draft(received_at=RECEIVED, ship_date=date(2026, 3, 2)), clock=clock, actor=ENGINEER
    )
    dialog = open_dialog(shipped.id)
    assert dialog.ui.ship_date_known.isChecked() and dialog.ui.ship_date.isEnabled()
    assert dialog.ui.ship_date.date() == QDate(2026, 3, 2)


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
    assert plain(label) == (
        f"Earlier complaints from this customer: {stored.case_no} (same defect, 2026-03-10)"
    )


def test_the_complaint_being_edited_is_not_its_own_repeat(qtbot, open_dialog, stored):
    later = register_complaint(
        example_draft(received_at=RECEIVED + timedelta(hours=1)), clock=clock, actor=ENGINEER
    )
    dialog = open_dialog(later.id)
    label = dialog.ui.earlier_cases
    qtbot.waitUntil(label.isVisible)
    assert stored.case_no in plain(label) and later.case_no not in plain(label)


def test_a_cell_still_being_typed_in_is_saved(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    table = dialog.ui.coils
    table.setCurrentCell(1, 2)
    retype(qtbot, table.indexWidget(table.currentIndex()), "316L")  # no Enter: Save is next
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert CoilLine.get(CoilLine.coil_no == "S24A0817-05").grade == "316L"


# ----- the fields of a real 客户投诉处理单 ---------------------------------------------------------
def test_the_fields_of_a_real_form_are_saved(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    ui = dialog.ui
    type_text(qtbot, ui.customer_complaint_no, "FS-2603-017")
    type_text(qtbot, ui.mill_cert_no, "ZB240817-33")
    type_text(qtbot, ui.salesperson, "孙经理")
    type_text(qtbot, ui.claim_amount, "38,600.00")
    choose(ui.claim_currency, "CNY")
    choose(ui.samples_returned, "yes")
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    complaint = Complaint.get()
    assert (complaint.customer_complaint_no, complaint.mill_cert_no, complaint.salesperson) == (
        "FS-2603-017",
        "ZB240817-33",
        "孙经理",
    )
    assert (complaint.claim_minor, complaint.claim_currency) == (3_860_000, "CNY")
    assert complaint.samples_returned == "yes"


def test_samples_returned_starts_as_not_known(open_dialog):
    combo = open_dialog().ui.samples_returned
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "yes", "no"]
    assert combo.currentData() == "" and combo.currentText() == "Not known"


def test_the_other_defect_is_asked_for_only_when_the_type_is_other(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    other = dialog.ui.defect_other
    assert not other.isVisible() and not dialog.ui.defect_other_label.isVisible()
    choose(dialog.ui.defect_type_code, "other")
    assert other.isVisible() and dialog.ui.defect_other_label.isVisible()
    click_save(qtbot, dialog)
    assert Complaint.select().count() == 0
    assert shown_error(dialog, "defect_other") == "Say what the defect is (its type is “other”)."

    type_text(qtbot, other, "表面发黄")
    click_save(qtbot, dialog)
    assert Complaint.get().defect_other == "表面发黄"


def test_the_other_text_is_not_saved_once_another_type_is_chosen(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    choose(dialog.ui.defect_type_code, "other")
    type_text(qtbot, dialog.ui.defect_other, "表面发黄")
    choose(dialog.ui.defect_type_code, "scratch")  # the text is hidden with its row
    click_save(qtbot, dialog)
    assert (Complaint.get().defect_type.code, Complaint.get().defect_other) == ("scratch", "")


def test_a_new_coil_line_starts_in_tonnes_and_stays_an_empty_line(qtbot, open_dialog):
    dialog = open_dialog()
    table = dialog.ui.coils
    assert table.item(0, 8).data(Qt.ItemDataRole.UserRole) == "t"
    assert table.item(0, 8).text() == "t"
    qtbot.mouseClick(dialog.ui.add_coil, Qt.MouseButton.LeftButton)
    assert table.item(1, 8).data(Qt.ItemDataRole.UserRole) == "t"
    fill_example(qtbot, dialog)  # types its units over the default
    qtbot.mouseClick(dialog.ui.add_coil, Qt.MouseButton.LeftButton)  # a third line, left empty
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(c.coil_no, c.unit) for c in CoilLine.select().order_by(CoilLine.position)] == [
        ("S24A0817-03", "pcs"),
        ("S24A0817-05", "t"),
    ]


# ----- every error at once, each gone when its field is edited --------------------------------------
WRONG_EVERYWHERE = dict(
    customer_name="", customer_complaint_no="x" * 501, channel="", market="", severity="",
    received_at=datetime(2026, 3, 11, 16, 0, tzinfo=SHANGHAI),  # tomorrow: in the future
    ship_date=date(2026, 3, 12),  # after the received day
    shipped_qty="-5", shipped_unit="", affected_qty="abc", affected_unit="", defect_rate="120",
    defect_type_code="other", defect_other="", claim_amount="lots", claim_currency="",
    description="", owner="",
    coils=[CoilDraft(coil_no="x!", thickness_mm="0", quantity="3"),
           CoilDraft(coil_no="S24A0817-05"),
           CoilDraft(coil_no="S24A0817-05", weight_kg="heavy", unit="t")],
)  # fmt: skip
ALL_WRONG_FIELDS = {
    "customer_name", "customer_complaint_no", "channel", "market", "severity", "received_at",
    "ship_date", "shipped_qty", "shipped_unit", "affected_qty", "affected_unit", "defect_rate",
    "defect_other", "claim_amount", "claim_currency", "description", "owner", "coils",
}  # fmt: skip


def visible_errors(dialog: ComplaintDialog) -> set[str]:
    return {name for name in ALL_WRONG_FIELDS | {"contact_name"} if shown_error(dialog, name)}


def test_a_draft_wrong_everywhere_shows_every_error_in_one_save(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.set_draft(example_draft(**WRONG_EVERYWHERE))
    click_save(qtbot, dialog)

    assert Complaint.select().count() == 0
    assert visible_errors(dialog) == ALL_WRONG_FIELDS
    lines = shown_error(dialog, "coils").splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Line 1, Coil / lot no.",
        "Line 1, Thickness (mm)",
        "Line 1, Unit",
        "Line 3, Coil / lot no.",
        "Line 3, Weight (kg)",
    ]
    assert dialog.ui.form_error.text() == "Nothing was saved: correct the fields marked in red."


def test_each_error_goes_as_soon_as_its_field_is_edited(qtbot, open_dialog):
    dialog = open_dialog()
    ui = dialog.ui
    dialog.set_draft(example_draft(**WRONG_EVERYWHERE))
    click_save(qtbot, dialog)
    remaining = set(ALL_WRONG_FIELDS)

    def fixed(field: str) -> None:
        remaining.discard(field)
        assert visible_errors(dialog) == remaining, f"after editing {field}"

    type_text(qtbot, ui.customer_name.lineEdit(), CUSTOMER)
    fixed("customer_name")
    retype(qtbot, ui.customer_complaint_no, "FS-2603-017")
    fixed("customer_complaint_no")
    for field, code in (("channel", "phone"), ("market", "domestic"), ("severity", "serious")):
        choose(getattr(ui, field), code)
        fixed(field)
    type_received(dialog, datetime(2026, 3, 10, 9, 30))
    fixed("received_at")
    ui.ship_date.setDate(QDate(2026, 3, 1))
    fixed("ship_date")
    retype(qtbot, ui.shipped_qty, "12.7")
    fixed("shipped_qty")
    choose(ui.shipped_unit, "t")
    fixed("shipped_unit")
    retype(qtbot, ui.affected_qty, "212")
    fixed("affected_qty")
    choose(ui.affected_unit, "pcs")
    fixed("affected_unit")
    retype(qtbot, ui.defect_rate, "14.3")
    fixed("defect_rate")
    type_text(qtbot, ui.defect_other, "表面发黄")
    fixed("defect_other")
    retype(qtbot, ui.claim_amount, "38600")
    fixed("claim_amount")
    choose(ui.claim_currency, "CNY")
    fixed("claim_currency")
    type_text(qtbot, ui.description, "深冲水槽时发现划伤")
    fixed("description")
    type_text(qtbot, ui.owner, "王工")
    fixed("owner")

    # A coil cell loses its mark when edited; the lines' sentence says only what still holds.
    table = ui.coils
    type_cell(qtbot, dialog, 0, 0, "S24A0817-03")
    assert (
        table.item(0, 0).toolTip() == ""
        and table.item(0, 0).background().style() == Qt.BrushStyle.NoBrush
    )
    assert table.item(0, 3).toolTip(), "the other marks stay"
    assert not shown_error(dialog, "coils").startswith("Line 1, Coil")
    type_cell(qtbot, dialog, 0, 3, "1.0")
    type_cell(qtbot, dialog, 0, 8, "pcs")
    table.setCurrentCell(2, 0)
    qtbot.mouseClick(ui.remove_coil, Qt.MouseButton.LeftButton)  # the duplicate line goes
    fixed("coils")
    assert ui.form_error.isHidden(), "nothing is wrong any more: the summary goes too"

    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.form_error.text()
    complaint = Complaint.get()
    assert complaint.defect_other == "表面发黄" and complaint.claim_minor == 3_860_000


def test_every_field_the_core_may_reject_has_its_place_on_the_form(open_dialog):
    from dataclasses import fields as dataclass_fields

    from qa_desktop.core.drafts import ComplaintDraft

    dialog = open_dialog()
    names = {f.name for f in dataclass_fields(ComplaintDraft)}
    assert names - set(dialog._error_labels) == set()


# ----- one time zone: the department's ---------------------------------------------------------------
def test_a_time_is_shown_in_the_department_zone_whatever_the_pcs(qtbot, open_dialog):
    """Like the case shown at 08:59 in the register, 16:59 on the form: one zone, named."""
    complaint = register_complaint(
        example_draft(received_at=datetime(2026, 3, 10, 7, 59, tzinfo=UTC)),
        clock=clock,
        actor=ENGINEER,
    )
    dialog = open_dialog(complaint.id)
    assert shown_received(dialog) == datetime(2026, 3, 10, 15, 59)
    assert dialog.ui.received_zone.text() == "Asia/Shanghai"
    assert dialog.ui.received_entered.isVisible(), "entered in UTC: said where it differs"
    assert dialog.ui.received_entered.text() == "Entered as 2026-03-10 07:59 (UTC+00:00)"


def test_the_entry_zone_is_not_named_when_it_is_the_departments(open_dialog, stored):
    dialog = open_dialog(stored.id)
    assert not dialog.ui.received_entered.isVisible()


def test_a_new_complaint_is_entered_in_the_department_zone(qtbot, open_dialog):
    dialog = open_dialog()
    fill_example(qtbot, dialog)
    type_received(dialog, datetime(2026, 3, 10, 9, 30))
    click_save(qtbot, dialog)
    complaint = Complaint.get()
    assert complaint.received_tz == "Asia/Shanghai"
    assert complaint.received_at == datetime(2026, 3, 10, 1, 30), "stored in UTC"


def test_an_edit_keeps_its_time_unless_it_is_changed(qtbot, open_dialog):
    berlin = ZoneInfo("Europe/Berlin")
    complaint = register_complaint(
        example_draft(received_at=datetime(2026, 3, 10, 2, 30, 17, tzinfo=berlin)),
        clock=clock,
        actor=ENGINEER,
    )
    dialog = open_dialog(complaint.id)
    assert shown_received(dialog) == datetime(2026, 3, 10, 9, 30)
    assert dialog.ui.received_entered.text() == "Entered as 2026-03-10 02:30 (Europe/Berlin)"
    retype(qtbot, dialog.ui.contact_phone, "13900139000")
    click_save(qtbot, dialog)
    kept = Complaint.get_by_id(complaint.id)
    assert (kept.received_at, kept.received_tz) == (complaint.received_at, "Europe/Berlin")

    again = open_dialog(complaint.id)
    type_received(again, datetime(2026, 3, 10, 10, 0))
    click_save(qtbot, again)
    moved = Complaint.get_by_id(complaint.id)
    assert (moved.received_at, moved.received_tz) == (datetime(2026, 3, 10, 2, 0), "Asia/Shanghai")


# ----- earlier complaints: only those received before, each a link ------------------------------------
def test_only_complaints_received_before_the_forms_time_are_earlier(qtbot, open_dialog, stored):
    dialog = open_dialog()
    label = dialog.ui.earlier_cases
    type_text(qtbot, dialog.ui.customer_name.lineEdit(), CUSTOMER)
    choose(dialog.ui.defect_type_code, "scratch")
    type_received(dialog, datetime(2026, 3, 10, 9, 0))  # half an hour before the stored case
    qtbot.wait(EARLIER_DELAY_MS + 100)
    assert not label.isVisible(), "a complaint received later is no earlier complaint"
    type_received(dialog, datetime(2026, 3, 10, 10, 0))
    qtbot.waitUntil(label.isVisible)
    assert stored.case_no in plain(label)


def test_an_earlier_complaint_opens_from_its_link(qtbot, open_dialog, stored):
    later = register_complaint(
        example_draft(received_at=RECEIVED + timedelta(hours=1)), clock=clock, actor=ENGINEER
    )
    dialog = open_dialog(later.id)
    label = dialog.ui.earlier_cases
    qtbot.waitUntil(label.isVisible)
    assert f'href="{stored.id}"' in label.text()
    label.linkActivated.emit(str(stored.id))
    opened = [d for d in dialog.findChildren(ComplaintDialog) if d is not dialog]
    assert len(opened) == 1
    qtbot.waitExposed(opened[0])
    assert opened[0].complaint_id == stored.id and stored.case_no in opened[0].windowTitle()
    assert opened[0].isModal() or opened[0].windowModality() != Qt.WindowModality.NonModal
    opened[0].reject()
