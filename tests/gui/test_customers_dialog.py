"""The Customers dialog driven as a QA engineer drives it: find, edit, add, merge two spellings.

Each outcome is checked in the database (saved, merged, or nothing at all) and on screen."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from acting import questions, retype, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, example_draft, work_entries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from qa_desktop.core import register
from qa_desktop.core.models import AuditEntry, Complaint, Customer
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.customers import CustomerDraft, add_customer, find_customer
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.customers_dialog import NAME_COLUMN, CustomersDialog
from qa_desktop.gui.main_window import MainWindow

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # every test's "now": never the real clock
KEPT = "佛山某不锈钢制品厂"
SPELLING = "佛山某不锈钢制品有限公司"


def clock() -> datetime:
    return NOW


def complaint_of(customer: str) -> Complaint:
    draft = example_draft(customer_name=customer, received_at=NOW - timedelta(hours=2))
    return register_complaint(draft, clock=clock, actor=ENGINEER)


@pytest.fixture
def customers(db) -> None:
    """Four customers, one of them spelled twice, with complaints."""
    complaint_of(KEPT)
    complaint_of(SPELLING)
    complaint_of(SPELLING)
    add_customer(
        CustomerDraft(name="上海申达电梯装饰板厂", name_en="Shanghai Shenda"),
        clock=clock,
        actor=ENGINEER,
    )
    add_customer(
        CustomerDraft(name="潮州彩塘厨具有限公司", name_en="Chaozhou Caitang Kitchenware"),
        clock=clock,
        actor=ENGINEER,
    )
    add_customer(
        CustomerDraft(name="Ankara Paslanmaz Çelik A.Ş.", market="export"),
        clock=clock,
        actor=ENGINEER,
    )
    AuditEntry.delete().execute()  # the tests count what the dialog writes


@pytest.fixture
def dialog(qtbot: QtBot, customers) -> CustomersDialog:
    opened = CustomersDialog(actor=ENGINEER, clock=clock)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to the merge question (and record what was asked)."""
    asked: list[str] = []

    def answer(parent, title, text, *args) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def listed(dialog: CustomersDialog) -> list[str]:
    """The names the list shows (rows the filter hides left out), top to bottom."""
    table = dialog.ui.customer_list
    return [
        table.item(row, NAME_COLUMN).text()
        for row in range(table.rowCount())
        if not table.isRowHidden(row)
    ]


def click_row(qtbot: QtBot, dialog: CustomersDialog, name: str) -> None:
    table = dialog.ui.customer_list
    row = next(r for r in range(table.rowCount()) if table.item(r, NAME_COLUMN).text() == name)
    table.scrollToItem(table.item(row, NAME_COLUMN))
    rect = table.visualItemRect(table.item(row, NAME_COLUMN))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(label: QLabel) -> str:
    return label.text() if label.isVisible() else ""


def choose(combo, name: str) -> None:
    index = combo.findText(name)
    assert index >= 0, f"{combo.objectName()} offers no {name!r}"
    combo.setCurrentIndex(index)


# ----- the list ----------------------------------------------------------------------------------
def test_customers_are_listed_in_pinyin_order_with_their_complaints(dialog):
    assert listed(dialog) == [
        "Ankara Paslanmaz Çelik A.Ş.",
        "潮州彩塘厨具有限公司",
        KEPT,
        SPELLING,
        "上海申达电梯装饰板厂",
    ]
    table = dialog.ui.customer_list
    counts = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert counts[SPELLING] == "2" and counts[KEPT] == "1"
    assert dialog.ui.list_count.text() == "5 customers"
    assert dialog.current_customer_id() is not None, "the first customer is open"


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("fs", [KEPT, SPELLING]),
        ("foshan", [KEPT, SPELLING]),
        ("有限公司", ["潮州彩塘厨具有限公司", SPELLING]),
        ("kitchenware", ["潮州彩塘厨具有限公司"]),
        ("shsd", ["上海申达电梯装饰板厂"]),
        ("celik", ["Ankara Paslanmaz Çelik A.Ş."]),
        ("nobody", []),
    ],
)
def test_the_filter_finds_by_name_english_name_pinyin_or_initials(qtbot, dialog, typed, found):
    type_text(qtbot, dialog.ui.filter, typed)
    assert listed(dialog) == found


# ----- editing -----------------------------------------------------------------------------------
def test_details_typed_are_saved_cleaned_and_audited(qtbot, dialog):
    click_row(qtbot, dialog, "潮州彩塘厨具有限公司")
    ui = dialog.ui
    assert ui.name.text() == "潮州彩塘厨具有限公司"
    type_text(qtbot, ui.contact_name, "陈采购")
    qtbot.keyClicks(ui.contact_phone, "0768-6888 1234")
    qtbot.keyClicks(ui.contact_email, "chen@caitang.example")
    type_text(qtbot, ui.address, "广东省潮州市潮安区彩塘镇")
    assert dialog.is_modified()
    click(qtbot, ui.save_customer)
    stored = Customer.get(Customer.name == "潮州彩塘厨具有限公司")
    assert (stored.contact_name, stored.contact_phone) == ("陈采购", "0768-6888 1234")
    assert stored.contact_email == "chen@caitang.example"
    assert stored.address == "广东省潮州市潮安区彩塘镇"
    entry = AuditEntry.get(AuditEntry.record_uuid == str(stored.uuid))
    assert (entry.action, entry.actor) == ("update", "wang")
    assert shown(ui.status) == "Saved 潮州彩塘厨具有限公司."
    assert not dialog.is_modified() and dialog.changed


def test_problems_are_shown_beside_their_fields_and_nothing_is_saved(qtbot, dialog):
    click_row(qtbot, dialog, "上海申达电梯装饰板厂")
    ui = dialog.ui
    retype(qtbot, ui.name, "")
    qtbot.keyClicks(ui.contact_email, "chen at caitang")
    click(qtbot, ui.save_customer)
    assert shown(ui.name_error) == "Enter the customer's name."
    assert shown(ui.contact_email_error) == "An e-mail address looks like name@example.com."
    assert shown(ui.form_error) == "Not saved: correct what is marked in red."
    assert work_entries().count() == 0 and not dialog.changed
    assert ui.name.hasFocus(), "the first problem has the cursor"


def test_a_new_customer_is_added_once_and_listed_in_its_place(qtbot, dialog):
    ui = dialog.ui
    click(qtbot, ui.add_customer)
    assert ui.name.text() == "" and dialog.current_customer_id() is None
    type_text(qtbot, ui.name, "潮州彩塘厨具有限公司")
    click(qtbot, ui.save_customer)
    assert shown(ui.name_error) == "There is already a customer called 潮州彩塘厨具有限公司."
    retype(qtbot, ui.name, "东莞华美家电配件厂")
    choose(ui.market, "Export")
    click(qtbot, ui.save_customer)
    added = Customer.get(Customer.name == "东莞华美家电配件厂")
    assert added.market == "export" and added.created_by == "wang"
    assert listed(dialog)[1:3] == ["潮州彩塘厨具有限公司", "东莞华美家电配件厂"], "dong after chao"
    assert dialog.current_customer_id() == added.id


def test_leaving_typed_changes_asks_first(qtbot, dialog, questions):  # noqa: F811 - the fixture from acting
    click_row(qtbot, dialog, "上海申达电梯装饰板厂")
    assert questions == [], "nothing typed, nothing asked"
    type_text(qtbot, dialog.ui.contact_name, "王")
    click_row(qtbot, dialog, "潮州彩塘厨具有限公司")
    assert questions == ["Discard your changes to this customer?"]
    assert dialog.ui.name.text() == "潮州彩塘厨具有限公司", "Discard: the other one opens"
    assert Customer.get(Customer.name == "上海申达电梯装饰板厂").contact_name == ""


# ----- merging -----------------------------------------------------------------------------------
def test_merging_two_spellings_moves_the_complaints_and_keeps_the_old_name_findable(
    qtbot, dialog, answers, db
):
    ui = dialog.ui
    moved = [c.id for c in Complaint.select().where(Complaint.customer == find_customer(SPELLING))]
    choose(ui.merge_keep, KEPT)
    choose(ui.merge_from, SPELLING)
    click(qtbot, ui.merge_button)
    assert answers == [
        f"Merge “{SPELLING}” into “{KEPT}”?\n\nAll complaints of “{SPELLING}” move to “{KEPT}”. "
        f"“{SPELLING}” is no longer listed; typing it finds “{KEPT}”."
    ]
    assert shown(ui.status) == f"Merged {SPELLING} into {KEPT}: 2 complaints moved."
    kept = find_customer(KEPT)
    assert {c.customer_id for c in Complaint.select()} == {kept.id}
    assert Customer.get(Customer.name == SPELLING).merged_into_id == kept.id
    assert find_customer(SPELLING).id == kept.id, "the old spelling finds the kept customer"
    assert SPELLING not in listed(dialog)
    assert dialog.current_customer_id() == kept.id
    assert shown(ui.record_info) == f"3 complaints\nAlso found as: {SPELLING}"
    assert set(register.ids(db, register.RegisterQuery(text=KEPT))) >= set(moved)
    merge = AuditEntry.get(AuditEntry.action == "merge")
    assert merge.actor == "wang" and json.loads(merge.detail)["complaints"] == 2
    assert dialog.changed


def test_a_merge_the_core_refuses_is_explained_and_changes_nothing(qtbot, dialog, answers):
    ui = dialog.ui
    choose(ui.merge_keep, KEPT)
    choose(ui.merge_from, KEPT)
    click(qtbot, ui.merge_button)
    assert shown(ui.form_error) == "Not merged: A customer cannot be merged into itself."
    assert work_entries().count() == 0 and not dialog.changed


def test_a_merge_is_not_done_unless_confirmed(qtbot, dialog, questions):  # noqa: F811
    ui = dialog.ui
    choose(ui.merge_keep, KEPT)
    choose(ui.merge_from, SPELLING)
    click(qtbot, ui.merge_button)  # acting's answer is "Discard", not Yes
    assert len(questions) == 1 and questions[0].startswith("Merge “")
    assert Customer.get(Customer.name == SPELLING).merged_into_id is None


# ----- in Chinese, and from the main window -----------------------------------------------------
def test_the_dialog_speaks_chinese(qtbot, customers):
    app = QApplication.instance()
    language.install(app, "zh_CN")
    try:
        opened = CustomersDialog(clock=clock, actor=ENGINEER)
        qtbot.addWidget(opened)
        opened.show()
        assert opened.windowTitle() == "客户"
        assert opened.ui.list_count.text() == "5 个客户"
        texts = [w.text() for kind in (QLabel, QAbstractButton) for w in opened.findChildren(kind)]
        texts += [g.title() for g in opened.findChildren(QGroupBox)]
        table = opened.ui.customer_list
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        english = [t for t in texts if re.search(r"[A-Za-z]{2,}", t.replace("&", ""))]
        assert english == [], "every label and button is in Chinese"
    finally:
        language.install(app, "en")


def test_the_tools_menu_opens_the_dialog_and_refreshes_after_a_change(qtbot, db, db_path, tmp_path):
    window = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"), actor=ENGINEER)
    qtbot.addWidget(window)
    opened: list[CustomersDialog] = []
    refreshed: list[bool] = []

    def change_and_close(self: CustomersDialog) -> int:
        opened.append(self)
        self.changed = True
        return QDialog.DialogCode.Rejected.value

    window._refresh = lambda *args: refreshed.append(True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(CustomersDialog, "exec", change_and_close)
        window.ui.action_customers.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
    assert refreshed == [True]
