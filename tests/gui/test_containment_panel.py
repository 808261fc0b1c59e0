"""The containment panel driven as the QA engineer drives it: lines added, their place chosen and
their figures typed in the cells, totals per place under the table, saved and read back from
the database; the finished site visit's counts taken in and a re-count shown; a refused figure
marked on its cell with nothing written; someone else's save in between; read only for Sales."""

from __future__ import annotations

from decimal import Decimal

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
from visit_scenarios import answers, lines, save, stored_photo
from visiting import FIELD, SALES, clock, make_case, make_visit

from qa_desktop.core.containment import ContainmentDraft
from qa_desktop.core.models import ContainmentLine, Visit
from qa_desktop.core.services import containment, visit_record
from qa_desktop.core.services.context import Actor
from qa_desktop.core.visit_content import VisitContent
from qa_desktop.gui.coil_table import ERROR_ROLE
from qa_desktop.gui.containment_panel import ContainmentPanel

LEFT = Qt.MouseButton.LeftButton
COLLEAGUE = Actor("li", "李工")


@pytest.fixture
def case(db):
    return make_case()


def finish_visit(case, **changes: str) -> Visit:
    visit = make_visit(case)
    save(visit, VisitContent(answers(), "见照片", lines(**changes), [stored_photo()]))
    fresh = Visit.get_by_id(visit.id)
    return visit_record.finish_visit(str(fresh.uuid), fresh.revision, FIELD, clock)


def open_panel(qtbot, case, actor: Actor = ENGINEER) -> ContainmentPanel:
    panel = ContainmentPanel(actor=actor, clock=clock)
    qtbot.addWidget(panel)
    panel.resize(1300, 560)  # the case window's tab at 1366 × 768
    panel.show_case(case.id)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def editor_of(panel: ContainmentPanel, row: int, field: str) -> QWidget:
    """Open the cell's editor as a double click would, and return it."""
    table = panel.ui.lines
    table.setCurrentCell(row, table.column_of(field))  # opens its editor (AllEditTriggers)
    if table.state() != QAbstractItemView.State.EditingState:  # it was the current cell
        table.editItem(table.currentItem())
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    return editor


def type_cell(qtbot, panel: ContainmentPanel, row: int, field: str, text: str) -> None:
    editor = editor_of(panel, row, field)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Return's edit queued


def choose(panel: ContainmentPanel, row: int, field: str, code: str) -> None:
    combo = editor_of(panel, row, field)
    assert isinstance(combo, QComboBox)
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # a pick lands at once
    panel.ui.lines.closePersistentEditor(panel.ui.lines.currentItem())
    panel.ui.lines.setFocus()


def totals_rows(panel: ContainmentPanel) -> list[list[str]]:
    table = panel.ui.totals
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_lines_are_typed_totalled_saved_and_read_back(qtbot, case):
    panel = open_panel(qtbot, case)
    assert panel.editable() and not panel.is_modified()
    assert panel.ui.status_line.text() == "No containment recorded yet."
    qtbot.mouseClick(panel.ui.add_line, LEFT)
    type_cell(qtbot, panel, 0, "reference", "H2408123")
    type_cell(qtbot, panel, 0, "checked", "20.5")
    type_cell(qtbot, panel, 0, "held", "20.5")
    type_cell(qtbot, panel, 0, "defective", "1.2")
    type_cell(qtbot, panel, 0, "released", "19.3")
    type_cell(qtbot, panel, 0, "ok_marking", "green OK label")
    qtbot.mouseClick(panel.ui.add_line, LEFT)  # the next place starts where the last one was
    choose(panel, 1, "place", "in_transit")
    type_cell(qtbot, panel, 1, "reference", "DN240820-551")
    type_cell(qtbot, panel, 1, "checked", "12.7")
    type_cell(qtbot, panel, 1, "held", "12.7")
    assert [d.place for d in panel.lines()] == ["factory_stock", "in_transit"]
    assert totals_rows(panel) == [
        ["Factory stock", "t", "20.5", "20.5", "1.2", "19.3", "0"],
        ["In transit", "t", "12.7", "12.7", "0", "0", "12.7"],
        ["All places", "t", "33.2", "33.2", "1.2", "19.3", "12.7"],
    ]
    assert panel.is_modified()
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(panel.save_button, LEFT)
    assert panel.ui.form_error.isHidden(), panel.ui.form_error.text()
    rows = list(ContainmentLine.select().order_by(ContainmentLine.position))
    assert [(r.place, r.checked, r.held, r.released, r.ok_marking) for r in rows] == [
        ("factory_stock", Decimal("20.5"), Decimal("20.5"), Decimal("19.3"), "green OK label"),
        ("in_transit", Decimal("12.7"), Decimal("12.7"), None, ""),
    ]
    assert not panel.is_modified()
    assert panel.ui.status_line.text().startswith("Saved by 王工 at 2026-03-11 09:00")
    again = open_panel(qtbot, case)
    assert again.lines() == list(containment.containment_of(case.id).lines)


def test_a_refused_figure_is_marked_on_its_cell_and_nothing_is_written(qtbot, case):
    panel = open_panel(qtbot, case)
    qtbot.mouseClick(panel.ui.add_line, LEFT)
    type_cell(qtbot, panel, 0, "checked", "10")
    type_cell(qtbot, panel, 0, "defective", "12")
    assert "Lines with a problem, not counted until corrected: 1" in panel.ui.totals_note.text()
    qtbot.mouseClick(panel.save_button, LEFT)
    table = panel.ui.lines
    cell = table.item(0, table.column_of("defective"))
    sentence = "Line 1: the defective quantity (12) cannot exceed the quantity checked (10)."
    assert cell.data(ERROR_ROLE) == sentence
    assert panel.ui.lines_error.text() == sentence
    assert panel.ui.form_error.text() == "Nothing was saved: correct what is marked in red."
    assert ContainmentLine.select().count() == 0
    type_cell(qtbot, panel, 0, "defective", "2")  # corrected: the mark goes at once
    assert cell.data(ERROR_ROLE) is None and panel.ui.lines_error.isHidden()


def test_the_finished_visit_counts_are_taken_and_a_recount_is_shown(qtbot, case):
    visit = finish_visit(case)
    panel = open_panel(qtbot, case)
    assert panel.ui.take_visit.isEnabled()
    qtbot.mouseClick(panel.ui.take_visit, LEFT)
    assert [(d.place, d.checked, d.defective, d.unit) for d in panel.lines()] == [
        ("customer_used", "180", "23", "pcs"),
        ("customer_unused", "32", "4", "pcs"),
    ]
    assert "2 lines added, 0 updated" in panel.ui.status_line.text()
    type_cell(qtbot, panel, 1, "held", "32")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert ContainmentLine.select().where(ContainmentLine.visit_coil.is_null(False)).count() == 2
    assert panel.ui.visit_note.isHidden()

    # The visit is reopened and re-counted: the line shows as changed until taken again.
    reopened = visit_record.reopen_visit(str(visit.uuid), visit.revision, "复点", FIELD, clock)
    photos = visit_record.content_of(reopened).photos
    recount = save(reopened, VisitContent(answers(), "", lines(defective_unused="6"), photos))
    visit_record.finish_visit(str(visit.uuid), recount.visit.revision, FIELD, clock)
    panel.show_case(case.id)
    assert panel.ui.visit_note.text().startswith(
        "Line 2 differs from coil S24A0817-05 of site visit 1, which now counts 32 pcs, 6 of "
        "them defective."
    )
    qtbot.mouseClick(panel.ui.take_visit, LEFT)
    assert panel.lines()[1].defective == "6" and panel.lines()[1].held == "32"
    assert panel.ui.visit_note.isHidden()


def test_without_a_finished_visit_there_is_nothing_to_take(qtbot, case):
    make_visit(case)  # planned, not yet visited
    panel = open_panel(qtbot, case)
    assert not panel.ui.take_visit.isEnabled()
    assert "no finished site visit" in panel.ui.take_visit.toolTip()


def test_someone_else_saving_in_between_is_said_and_nothing_is_lost(qtbot, case):
    panel = open_panel(qtbot, case)
    qtbot.mouseClick(panel.ui.add_line, LEFT)
    type_cell(qtbot, panel, 0, "checked", "5")
    containment.save_containment(
        case.id, 0, [ContainmentDraft(place="factory_stock", checked="3")], COLLEAGUE, clock
    )
    qtbot.mouseClick(panel.save_button, LEFT)
    assert "was saved by 李工 after you opened it" in panel.ui.form_error.text()
    assert panel.lines()[0].checked == "5"  # what was typed stays on screen
    qtbot.mouseClick(panel.discard_button, LEFT)
    assert panel.lines()[0].checked == "3" and panel.ui.form_error.isHidden()


def test_read_only_for_someone_who_may_not_edit_complaints(qtbot, case):
    containment.save_containment(
        case.id, 0, [ContainmentDraft(place="factory_stock", checked="3")], ENGINEER, clock
    )
    panel = open_panel(qtbot, case, SALES)
    assert not panel.editable()
    assert panel.ui.lines.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    for button in (panel.ui.add_line, panel.ui.take_visit, panel.save_button):
        assert button.isHidden()
    assert "Read only" in panel.ui.status_line.text()
    assert not panel.save()


def test_it_fits_the_case_window_tab_at_125_percent(qtbot, case):
    """The tab at 125 % is about 1040 × 440 logical pixels: the buttons stay in view, the
    lines and totals scroll."""
    finish_visit(case)
    panel = open_panel(qtbot, case)
    panel.take_from_visit()
    panel.resize(1040, 440)
    qtbot.wait(20)
    for button in (panel.save_button, panel.discard_button):
        assert button.isVisible()
        assert button.visibleRegion().boundingRect() == button.rect()
    assert panel.ui.scroll_area.isVisible()


def test_lines_without_a_save_in_the_audit_trail_say_who_wrote_them(qtbot, case):
    """The demo's bulk cases write their lines without a save entry: the panel shows them and
    who wrote them when, as the rows say, never that no containment is recorded."""
    from datetime import UTC, datetime

    written = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
    ContainmentLine.create(
        complaint=case, position=1, place="factory_stock", checked=Decimal("8"),
        held=Decimal("8"), defective=Decimal("1"), released=Decimal("7"), unit="t",
        ok_marking="绿色合格标签", created_at=written, updated_at=written,
        created_by=COLLEAGUE.user_id, updated_by=COLLEAGUE.user_id,
    )  # fmt: skip
    panel = open_panel(qtbot, case)
    assert panel.ui.lines.rowCount() == 1
    assert panel.ui.status_line.text().startswith("Saved by 李工 at 2026-03-0")
