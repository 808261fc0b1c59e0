"""A visit's coil lines on screen: the complaint form's coil table with the quantities found on
site (used, unused, defective among each) and their running totals per unit.

The cells hold what is typed; the visit service checks it (core/visit_quantities.py) and its
FieldErrors (row, field) mark the cells. Totals count the lines that pass the same check, so
a figure typed wrong never adds up silently."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from qa_desktop.core.i18n import current_language
from qa_desktop.core.visit_quantities import VisitCoilDraft, check_visit_coils, totals
from qa_desktop.core.vocab import Unit
from qa_desktop.gui.coil_table import CoilTable
from qa_desktop.gui.values import text_of

ROW_HEIGHT = 34  # touch-friendly lines
NARROW = ("weight", "used", "unused", "defective_used", "defective_unused", "unit")


class VisitCoilTable(CoilTable):
    draft_type = VisitCoilDraft
    columns = tuple(f.name for f in fields(VisitCoilDraft))
    new_line_unit = Unit.PIECES  # counted on site in pieces, mostly

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = True

    def configure(self) -> None:
        super().configure()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(60)
        for name in NARROW:
            header.setSectionResizeMode(self.column_of(name), QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.column_of("coil_no"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.column_of("specification"), QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)

    def fit_rows(self) -> None:
        """As tall as its lines (at least three, at most eight: then it scrolls), so the
        record around it does not jump or waste room."""
        fit_rows(self, ROW_HEIGHT, 3, 8)

    def set_read_only(self, read_only: bool) -> None:
        self._editable = not read_only
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )

    def take(self, lines: tuple[VisitCoilDraft, ...]) -> int:
        """Add the lines whose coil is not listed yet (an empty last line is filled first);
        how many were added."""
        listed = {d.coil_no.strip().upper() for d in self.drafts() if d.coil_no.strip()}
        missing = [line for line in lines if line.coil_no.strip().upper() not in listed]
        if not missing:
            return 0
        while self.rowCount() and self.drafts()[-1].is_blank():
            self.removeRow(self.rowCount() - 1)
        for line in missing:
            self.append_coil(line)
        self.edited.emit()
        return len(missing)

    def totals_text(self, forms: tuple[str, ...]) -> str:
        """One line per unit: the sums of the lines that pass the check; then how many lines
        are left out until corrected."""
        clean, errors = check_visit_coils(self.drafts(), forms, current_language())
        parts = []
        for unit, total in totals(clean).items():
            text = self.tr(
                "Total in %1: used %2, unused %3; defective among used %4, among unused %5"
            )
            values = (
                _unit(unit),
                text_of(total.used),
                text_of(total.unused),
                text_of(total.defective_used),
                text_of(total.defective_unused),
            )
            for number, value in enumerate(values, start=1):
                text = text.replace(f"%{number}", value)
            parts.append(text)
        left_out = len({error.row for error in errors if error.row is not None})
        if left_out:
            parts.append(
                self.tr("Lines with a problem, not counted until corrected: %n", "", left_out)
            )
        return "\n".join(parts)


def fit_rows(table: QTableWidget, row_height: int, fewest: int, most: int) -> None:
    rows = min(max(table.rowCount(), fewest), most)
    header = table.horizontalHeader().sizeHint().height()
    bar = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(header + rows * row_height + 2 * table.frameWidth() + bar)


def _unit(code: str) -> str:
    return Unit(code).label(current_language()) if code in {u.value for u in Unit} else code
