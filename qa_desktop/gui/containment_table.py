"""The containment lines on screen: one editable row per place and lot (core/containment.py).

The complaint form's coil table with other columns: the place and the unit are chosen from
their vocabularies (the cell shows the label and keeps the code), the figures and texts are
typed. A row also keeps, out of sight, the stored line's uuid and the site visit's coil line
it was taken from, so an edited line stays the same record. A refused cell is coloured and
carries its sentence, which already names the line and the field.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from qa_desktop.core.containment import ContainmentDraft
from qa_desktop.core.i18n import current_language
from qa_desktop.core.vocab import ContainmentPlace, Unit
from qa_desktop.gui.coil_table import CODE_ROLE, ERROR_ROLE, ChoiceDelegate, CoilTable
from qa_desktop.gui.values import text_of, unit_label
from qa_desktop.gui.visit_coils import fit_rows

KEYS_ROLE = Qt.ItemDataRole.UserRole + 2  # (uuid, visit_coil) of the row, on its place cell
HIDDEN = ("uuid", "visit_coil")
COLUMNS = tuple(f.name for f in fields(ContainmentDraft) if f.name not in HIDDEN)
CHOSEN = ("place", "unit")
NARROW = ("checked", "held", "defective", "released", "unit")
ROW_HEIGHT = 30


class ContainmentTable(CoilTable):
    draft_type = ContainmentDraft
    columns = COLUMNS
    new_line_unit = Unit.TONNES  # the mill's stock is weighed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_line_place = ContainmentPlace.FACTORY_STOCK

    def configure(self) -> None:
        lang = current_language()
        places = ChoiceDelegate(ContainmentPlace.choices(lang), self)
        self.setItemDelegateForColumn(self.column_of("place"), places)
        self.setItemDelegateForColumn(self.unit_column, ChoiceDelegate(Unit.choices(lang), self))
        header = self.horizontalHeader()
        header.setMinimumSectionSize(56)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for name in ("reference", "ok_marking", "result"):
            header.setSectionResizeMode(self.column_of(name), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            self.column_of("place"), QHeaderView.ResizeMode.ResizeToContents
        )
        for name in NARROW:
            self.setColumnWidth(self.column_of(name), 72)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setWordWrap(False)

    def fit_rows(self) -> None:
        """As tall as its lines, four to ten (then it scrolls)."""
        fit_rows(self, ROW_HEIGHT, 4, 10)

    # ----- lines -------------------------------------------------------------------------------
    def add_line(self, *, edit: bool = True) -> None:
        """A new line at the place of the line above (containment goes place by place)."""
        drafts = self.drafts()
        place = drafts[-1].place if drafts and drafts[-1].place else self.new_line_place.value
        unit = drafts[-1].unit if drafts and drafts[-1].unit else self.new_line_unit.value
        self.append_coil(ContainmentDraft(place=place, unit=unit))
        if edit:
            self.setFocus()
            self.setCurrentCell(self.rowCount() - 1, self.column_of("reference"))
        self.edited.emit()

    def append_coil(self, coil: ContainmentDraft) -> None:
        with self._quietly():
            row = self.rowCount()
            self.insertRow(row)
            for column, name in enumerate(self.columns):
                value = getattr(coil, name)
                item = QTableWidgetItem()
                if name in CHOSEN:
                    item.setText(_label(name, value))
                    item.setData(CODE_ROLE, value or "")
                else:
                    item.setText(text_of(value))
                if name == "place":
                    item.setData(KEYS_ROLE, (coil.uuid, coil.visit_coil))
                self.setItem(row, column, item)

    def drafts(self) -> list[ContainmentDraft]:
        """Every row, blank ones too, so an error's row is the table's."""
        found = []
        for row in range(self.rowCount()):
            values = {name: self._text(row, column) for column, name in enumerate(self.columns)}
            place = self.item(row, self.column_of("place"))
            keys = (place.data(KEYS_ROLE) if place is not None else None) or ("", "")
            found.append(ContainmentDraft(**values, uuid=keys[0], visit_coil=keys[1]))
        return found

    def marked_lines(self) -> list[str]:
        """The sentences of the marked cells in reading order (each names its line and field)."""
        found = []
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None and item.data(ERROR_ROLE):
                    found.append(item.data(ERROR_ROLE))
        return found

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        if item is None:
            return ""
        return (item.data(CODE_ROLE) or "") if self.columns[column] in CHOSEN else item.text()


def _label(name: str, code: str) -> str:
    if name == "unit":
        return unit_label(code)
    places = {p.value for p in ContainmentPlace}
    return ContainmentPlace(code).label(current_language()) if code in places else ""
