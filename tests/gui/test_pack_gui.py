"""Visit packs in the window: a field laptop's first start from the factory's pack, File →
Open visit pack at the factory (off the GUI thread, conflicts offered), and exporting a pack."""

from __future__ import annotations

from pathlib import Path

from conftest import ENGINEER, PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from visit_scenarios import clock, conflicting_return, plan_factory_visit, use

from qa_desktop.core.exchange.pack_export import export_outbound
from qa_desktop.core.models import MergeConflict, PackImport
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.main_window import MainWindow
from qa_desktop.gui.pack_export_dialog import PackExportDialog
from qa_desktop.gui.sign_in import Mode, SignInDialog


def test_a_field_laptop_starts_from_the_factory_s_pack(qtbot, db, tmp_path, monkeypatch):
    case_no = plan_factory_visit()
    pack = tmp_path / "for-zhou.qavisit"
    export_outbound(pack, [case_no], "zhou", ENGINEER, PASSWORD, clock)
    use(tmp_path / "laptop.sqlite")  # a new laptop: no accounts, the first-start dialog
    dialog = SignInDialog(Mode.FIRST_ADMIN)
    qtbot.addWidget(dialog)
    assert dialog.pack_button.isVisibleTo(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack), ""))
    qtbot.mouseClick(dialog.pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.mode is Mode.SIGN_IN, timeout=10_000)
    assert dialog.ui.user_id.text() == "zhou"
    assert "sign in with your own password" in dialog.ui.message.text()
    dialog.ui.password.setText(PASSWORD)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.session is not None and dialog.session.actor.user_id == "zhou"


def test_a_return_pack_opened_in_the_window_offers_its_conflicts(
    qtbot, db, db_path, tmp_path, monkeypatch
):
    back = conflicting_return(db_path, tmp_path)
    window = MainWindow(db, db_path, UserSettings(tmp_path / "s.json"), actor=ENGINEER)
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    offered: list[bool] = []
    monkeypatch.setattr(window.packs, "show_conflicts", lambda: offered.append(True))
    window.packs.open_pack(back)
    qtbot.waitUntil(lambda: window.packs.task is None, timeout=10_000)
    assert PackImport.select().count() == 1
    assert "2 field(s) changed at both ends" in said[0] or "2 fields" in said[0]
    assert offered == [True]
    assert window.packs.conflicts_action.isEnabled()
    assert "(2)" in window.packs.conflicts_action.text()


def test_an_outbound_pack_is_exported_from_the_window(qtbot, db, tmp_path):
    case_no = plan_factory_visit()
    out = tmp_path / "pack.qavisit"
    dialog = PackExportDialog(ENGINEER, case_no=case_no, folder=tmp_path, clock=clock)
    qtbot.addWidget(dialog)
    dialog.ui.out.setText(str(out))
    dialog.ui.for_user.setCurrentIndex(dialog.ui.for_user.findData("zhou"))
    dialog.ui.password.setText("wrong password")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "password" in dialog.ui.error.text().lower() and not out.exists()
    dialog.ui.password.setText(PASSWORD)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.exported is not None and Path(dialog.exported.path).exists()
    assert MergeConflict.select().count() == 0
