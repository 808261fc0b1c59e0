"""The complaint register as a Qt table model: every id of the result, rows fetched a page at a time.

`register.ids()` is cheap even at 100,000 complaints, so the model holds the whole ordered id
list (rowCount is exact, the scroll bar is honest) and asks `register.rows()` for a page only
when the view paints it. A bounded LRU of pages keeps memory flat however far the user scrolls.
Sorting and filtering are SQL: the model never reorders rows in Python.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import tzinfo
from unicodedata import east_asian_width

from peewee import Database
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from qa_desktop.core import register
from qa_desktop.core.i18n import current_language
from qa_desktop.core.register import COLUMNS, RegisterQuery, RegisterRow
from qa_desktop.core.register_figures import DUE_TODAY, MET_LATE, OVERDUE, due_state
from qa_desktop.core.vocab import Severity

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 128
MAX_PAGES = 64  # 8,192 rows at most in memory
TOOLTIP_WIDTH = 16  # in Latin characters: wider text may be cut off by a narrow column
NUMERIC_KEYS = frozenset({"affected_qty", "days_open", "days_since_shipment", "approved"})
NUMERIC_COLUMNS = frozenset(n for n, column in enumerate(COLUMNS) if column.key in NUMERIC_KEYS)
SEVERITY_COLUMN = next(n for n, column in enumerate(COLUMNS) if column.key == "severity")
RECEIVED_COLUMN = next(n for n, column in enumerate(COLUMNS) if column.key == "received_at")
DUE_COLUMN = next(n for n, column in enumerate(COLUMNS) if column.key == "due_at")
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
ID = int(Qt.ItemDataRole.UserRole)  # the complaint id of the row
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SEVERITY_COLOURS = {Severity.MAJOR: QColor("#c62828"), Severity.SERIOUS: QColor("#e65100")}
# A late clock red, one due today amber (dark enough to read on white, 4.8:1); the cell says it
# in words as well (`_due_text`), for whoever does not tell the colours apart.
DUE_COLOURS = {
    OVERDUE: QColor("#c62828"),
    MET_LATE: QColor("#c62828"),
    DUE_TODAY: QColor("#b45309"),
}


def _width(text: str) -> int:
    """Display width in Latin characters: a Chinese character is about two."""
    return sum(2 if east_asian_width(character) in "WF" else 1 for character in text)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RegisterTableModel(QAbstractTableModel):
    """Read-only rows of the register for one `RegisterQuery`."""

    def __init__(
        self, db: Database, query: RegisterQuery | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        # Every time on the screen is in the department's zone, and "late" and days open are
        # counted at one moment: both fixed once per query (a cell must not cost a settings
        # look-up); the Received header names the zone.
        self._query = register.at(query or RegisterQuery(), db)
        self._ids: list[int] = register.ids(db, self._query)
        # page number -> rows aligned with that slice of ids (None: deleted since the ids query)
        self._pages: OrderedDict[int, list[RegisterRow | None]] = OrderedDict()
        self._lang = current_language()
        self._bold = _bold()

    # -- what the rest of the window uses -------------------------------------------------

    @property
    def query(self) -> RegisterQuery:
        """The filter and order shown; the Excel export runs it to export exactly these rows."""
        return self._query

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def set_query(self, query: RegisterQuery) -> None:
        self.beginResetModel()
        self._query = register.at(query, self._db)  # the department may have changed its zone
        self._ids = register.ids(self._db, self._query)
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the query after a save: rows may have appeared, moved or changed."""
        self.set_query(self._query)

    def complaint_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, complaint_id: int) -> int | None:
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return None

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == DISPLAY:
            if section == RECEIVED_COLUMN:
                return register.received_header(self._zone_of_query(), self._lang)
            return COLUMNS[section].header(self._lang)
        if role == ALIGNMENT and section in NUMERIC_COLUMNS:
            return RIGHT
        return None

    def data(self, index: Index, role: int = DISPLAY) -> object:
        # Views ask for seven roles per cell on every paint: plain int comparisons, and only
        # the roles that show something fetch the row.
        if role in (DISPLAY, TOOLTIP):
            row = self._row_at(index)
            if row is None:
                return None
            column = index.column()
            if column == DUE_COLUMN:
                return self._due_text(row) if role == DISPLAY else self._due_tooltip(row)
            text = row.display(COLUMNS[column].key, self._lang)
            if role == TOOLTIP:
                return text if _width(text) > TOOLTIP_WIDTH else None
            return text
        if role == ALIGNMENT:
            return RIGHT if index.column() in NUMERIC_COLUMNS else None
        if role == FOREGROUND and index.column() == DUE_COLUMN:
            row = self._row_at(index)
            return DUE_COLOURS.get(self._due_state(row)) if row is not None else None
        if role in (FOREGROUND, FONT) and index.column() == SEVERITY_COLUMN:
            row = self._row_at(index)
            severity = row.values.get("severity") if row is not None else None
            if role == FOREGROUND:
                return SEVERITY_COLOURS.get(severity)
            return self._bold if severity == Severity.MAJOR else None
        if role == ID and index.isValid() and 0 <= index.row() < len(self._ids):
            return self._ids[index.row()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        query = replace(
            self._query,
            sort_key=COLUMNS[column].key,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query == self._query:
            return  # the view re-announces the current order, e.g. when sorting is enabled
        ids = register.ids(self._db, query)  # before the layout signals: a failure changes nothing
        # Same rows in a new order: a layout change (not a reset) keeps the selection on its
        # complaint.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [self._ids[index.row()] for index in persistent]
        self._query, self._ids = query, ids
        self._pages.clear()
        if persistent:
            row_of = {complaint_id: row for row, complaint_id in enumerate(ids)}
            targets = [
                self._moved(i, row_of.get(old)) for i, old in zip(persistent, moved, strict=True)
            ]
            self.changePersistentIndexList(persistent, targets)
        self.layoutChanged.emit()

    # -- the due column ------------------------------------------------------------------

    def _zone_of_query(self) -> tzinfo:
        zone = self._query.zone
        assert zone is not None  # register.at() sets it
        return zone

    def _due_state(self, row: RegisterRow) -> str:
        values, query = row.values, self._query
        assert query.as_of is not None and query.zone is not None
        return due_state(values["due_at"], values["late_clocks"], query.as_of, query.zone)

    def _due_text(self, row: RegisterRow) -> str:
        """The due time, and in a word whether it is late or today."""
        word = {
            OVERDUE: self.tr("overdue"),
            MET_LATE: self.tr("met late"),
            DUE_TODAY: self.tr("today"),
        }.get(self._due_state(row), "")
        shown = row.display("due_at", self._lang)
        return f"{shown} · {word}" if shown and word else shown or word

    def _due_tooltip(self, row: RegisterRow) -> str | None:
        """What the colour says, in sentences."""
        state, late = self._due_state(row), int(row.values["late_clocks"] or 0)
        shown = row.display("due_at", self._lang)
        said = []
        if state == OVERDUE:
            said.append(
                self.tr("A response clock is overdue: it was due at %1.").replace("%1", shown)
            )
        elif state == DUE_TODAY:
            said.append(self.tr("A response clock falls due today, at %1.").replace("%1", shown))
        if late == 1:
            said.append(self.tr("1 response clock was met late."))
        elif late:
            said.append(self.tr("%n response clocks were met late.", "", late))
        return " ".join(said) or None

    # -- pages -------------------------------------------------------------------------

    def _moved(self, index: QModelIndex, row: int | None) -> QModelIndex:
        return QModelIndex() if row is None else self.index(row, index.column())

    def _row_at(self, index: Index) -> RegisterRow | None:
        row = index.row()
        return self._row(row) if index.isValid() and 0 <= row < len(self._ids) else None

    def _row(self, row: int) -> RegisterRow | None:
        if self._lang != current_language():
            self._pages.clear()  # rows carry language-dependent defect names
            self._lang = current_language()
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        elif number != next(reversed(self._pages)):  # a paint asks ~600 times for one page
            self._pages.move_to_end(number)
        return page[row - number * PAGE_SIZE]

    def _load(self, number: int) -> list[RegisterRow | None]:
        wanted = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        found = {
            row.id: row
            for row in register.rows(
                self._db, wanted, self._lang, self._query.zone, self._query.as_of
            )
        }
        page = [found.get(complaint_id) for complaint_id in wanted]
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page
