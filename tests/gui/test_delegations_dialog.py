"""The Delegations dialog: the QA manager lets a QA engineer sign for them for a week, a refusal
is said in the form (which stays open) and writes nothing, and a delegation given is revoked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, PASSWORD, add_test_accounts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qa_desktop.core.models import AuditEntry, Delegation
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.delegations import delegate
from qa_desktop.core.settings import department_zone
from qa_desktop.gui.delegations_dialog import DelegateDialog, DelegationsDialog

# 23:30 UTC: already the next day in an eastern department zone, still this day in a western one.
NOW = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)
MANAGER = Actor("chen", "陈主管")
DEPUTY = Actor("sun", "孙工")
LEFT = Qt.MouseButton.LeftButton


def clock() -> datetime:
    return NOW


@pytest.fixture
def people(db) -> None:
    add_test_accounts((MANAGER, "qa_manager"), (DEPUTY, "qa_engineer"))


def open_dialog(qtbot: QtBot, actor: Actor = MANAGER) -> DelegationsDialog:
    dialog = DelegationsDialog(actor=actor, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_and_give(qtbot: QtBot, dialog: DelegationsDialog, cap: str, password: str):
    qtbot.mouseClick(dialog.ui.delegate, LEFT)
    form = dialog.form
    assert isinstance(form, DelegateDialog) and form.isVisible()
    assert form.select_colleague(DEPUTY.user_id)
    type_text(qtbot, form.ui.cap, cap)
    type_text(qtbot, form.ui.reason, "出差一周")
    type_text(qtbot, form.ui.password, password)
    qtbot.mouseClick(form.delegate_button, LEFT)
    qtbot.waitUntil(lambda: form.task is None, timeout=15_000)
    return form


def test_the_form_offers_active_colleagues_and_a_week_from_the_departments_today(
    qtbot: QtBot, people
) -> None:
    dialog = open_dialog(qtbot)
    form = dialog.open_form()
    offered = [form.ui.colleague.itemData(i) for i in range(form.ui.colleague.count())]
    assert DEPUTY.user_id in offered and ENGINEER.user_id in offered
    assert MANAGER.user_id not in offered
    today = NOW.astimezone(department_zone()).date()
    assert form.ui.first_day.date().toPython() == today
    assert form.ui.last_day.date().toPython() == today + timedelta(days=7)
    assert form.ui.first_day.calendarPopup() and form.ui.currency.text() == "CNY"


def test_the_manager_delegates_to_an_engineer_for_a_week(qtbot: QtBot, people) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.rows() == []
    form = fill_and_give(qtbot, dialog, "40,000", PASSWORD)
    assert not form.isVisible() and dialog.form is None  # closed once given
    stored = Delegation.get()
    assert (stored.delegator.user_id, stored.delegate.user_id) == ("chen", "sun")
    assert stored.cap_minor == 4_000_000 and stored.reason == "出差一周"
    assert (stored.last_day - stored.first_day).days == 7
    [row] = dialog.rows()
    assert row.id == stored.id and row.given and dialog.changed
    cells = dialog.cells(0)
    assert cells[:2] == ["Given", "孙工 (sun)"]
    assert cells[2:5] == [
        stored.first_day.isoformat(),
        stored.last_day.isoformat(),
        "40,000.00 CNY",
    ]
    assert cells[5:] == ["出差一周", "In force"]
    assert dialog.ui.revoke.isEnabled()  # it comes selected

    held = open_dialog(qtbot, DEPUTY)  # the deputy sees it as held, and cannot revoke it
    assert held.cells(0)[:2] == ["Held", "陈主管 (chen)"]
    assert held.select_delegation(stored.id) and not held.ui.revoke.isEnabled()


def test_a_cap_above_the_managers_limit_is_refused_in_the_form(qtbot: QtBot, people) -> None:
    dialog = open_dialog(qtbot)
    audited = AuditEntry.select().count()
    form = fill_and_give(qtbot, dialog, "50,000.01", PASSWORD)  # the right password
    assert form.isVisible()  # it stays open, with what was typed
    error = form.ui.error.text()
    assert error == "A delegation's cap can be at most your own limit of 50,000.00 CNY."
    assert form.ui.error.isVisible() and form.ui.cap.text() == "50,000.01"
    assert Delegation.select().count() == 0 and AuditEntry.select().count() == audited
    assert dialog.rows() == []


def test_a_cap_that_is_not_an_amount_is_said_before_any_password_check(
    qtbot: QtBot, people
) -> None:
    dialog = open_dialog(qtbot)
    form = fill_and_give(qtbot, dialog, "四万", PASSWORD)
    assert form.isVisible() and "is not an amount in CNY" in form.ui.error.text()
    assert Delegation.select().count() == 0


def delegation_entries() -> int:
    return AuditEntry.select().where(AuditEntry.table == Delegation._meta.table_name).count()


def test_a_wrong_password_writes_no_delegation(qtbot: QtBot, people) -> None:
    dialog = open_dialog(qtbot)
    form = fill_and_give(qtbot, dialog, "40000", "not the password")
    assert form.isVisible() and "wrong" in form.ui.error.text()
    assert form.ui.password.text() == "" and form.ui.cap.text() == "40000"
    # Only the counted failed attempt is recorded (accounts.check_password), no delegation.
    assert Delegation.select().count() == 0 and delegation_entries() == 0


def test_revoke_marks_the_delegation_revoked(qtbot: QtBot, people) -> None:
    given = delegate(
        MANAGER, PASSWORD, DEPUTY.user_id, date(2026, 3, 10), date(2026, 3, 17), 4_000_000
    )
    dialog = open_dialog(qtbot)
    assert not dialog.ui.revoke.isEnabled()  # nothing selected
    assert dialog.select_delegation(given.id) and dialog.ui.revoke.isEnabled()
    qtbot.mouseClick(dialog.ui.revoke, LEFT)
    assert Delegation.get_by_id(given.id).revoked
    assert delegation_entries() == 2  # given, revoked
    assert dialog.cells(0)[6] == "Revoked" and dialog.rows()[0].revoked
    assert "revoked" in dialog.ui.message.text() and dialog.changed
    assert not dialog.ui.revoke.isEnabled()  # once is enough


def test_the_account_menu_opens_it_after_change_password(
    qtbot: QtBot, people, db, db_path, tmp_path, monkeypatch
) -> None:
    from qa_desktop.core.settings import UserSettings
    from qa_desktop.gui.main_window import MainWindow

    window = MainWindow(db, db_path, UserSettings(tmp_path / "s.json"), clock=clock, actor=MANAGER)
    qtbot.addWidget(window)
    actions = [a.objectName() for a in window.ui.menu_account.actions()]
    assert actions.index("action_delegations") == actions.index("action_change_password") + 1
    shown: list[DelegationsDialog] = []
    monkeypatch.setattr(DelegationsDialog, "exec", lambda d: shown.append(d) or 0)
    window.ui.action_delegations.trigger()
    assert len(shown) == 1 and shown[0].parent() is window
