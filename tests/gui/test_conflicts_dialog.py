"""A return pack's conflicts settled in the window: each field's two values side by side, a
choice per field, and the customer's confirmation void where its quantities lost."""

from __future__ import annotations

from conftest import ENGINEER
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from visit_scenarios import clock, conflicting_return

from qa_desktop.core.exchange.pack_import import import_pack
from qa_desktop.core.models import Confirmation, MergeConflict, Visit, VisitCoil
from qa_desktop.gui.conflicts_dialog import ConflictsDialog


def test_a_conflict_is_settled_field_by_field_in_the_window(qtbot, db, db_path, tmp_path):
    back = conflicting_return(db_path, tmp_path)
    import_pack(back, ENGINEER, clock)
    dialog = ConflictsDialog(ENGINEER)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.fields
    assert table.rowCount() == 2
    shown = {table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
             for r in range(2)}  # fmt: skip
    assert shown["Findings"] == ("电话：客户说是轧制划伤", "现场发现")
    assert shown["Defective among used"] == ("20", "23")
    apply = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Apply)
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)  # nothing chosen: nothing settled
    assert "at least one field" in dialog.ui.error.text()
    assert MergeConflict.select().where(MergeConflict.resolved_at.is_null()).count() == 2
    for row in range(2):
        combo = table.cellWidget(row, 4)
        assert isinstance(combo, QComboBox)
        laptop = table.item(row, 1).text() == "Findings"
        combo.setCurrentIndex(combo.findData("theirs" if laptop else "ours"))
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Visit.get().findings == "现场发现"
    assert VisitCoil.get().defective_used == 20
    confirmation = Confirmation.get()
    assert confirmation.void and "changed after the customer signed" in confirmation.void_reason


def test_choices_left_open_stay_open(qtbot, db, db_path, tmp_path):
    import_pack(conflicting_return(db_path, tmp_path), ENGINEER, clock)
    dialog = ConflictsDialog(ENGINEER)
    qtbot.addWidget(dialog)
    findings = next(r for r in range(2) if dialog.ui.fields.item(r, 1).text() == "Findings")
    dialog.choose(findings, "theirs")
    dialog.apply()
    assert dialog.ui.fields.rowCount() == 1  # the coil's count still waits
    assert not Confirmation.get().void


def test_take_all_of_the_laptop_s_values_keeps_the_customer_s_signature(
    qtbot, db, db_path, tmp_path
):
    import_pack(conflicting_return(db_path, tmp_path), ENGINEER, clock)
    dialog = ConflictsDialog(ENGINEER, clock=clock)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.all_theirs, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Visit.get().findings == "现场发现" and VisitCoil.get().defective_used == 23
    assert not Confirmation.get().void  # signed over 23, which won
