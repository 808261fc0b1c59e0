"""The complaint register as a Qt table model: the count, then ids, rows fetched a page at a time.

A query starts from `register.head()`: the count (rowCount is exact, the scroll bar is honest)
and the first page's ids, well under a millisecond at 100,000 complaints. The whole ordered id
list (~35 ms there) is read on first need: a row past the first page, a complaint looked up by
id, a sort (`load_ids()`). A search reads it at once: its matches are found once either way.
Rows come from `register.rows()` a page at a time when the view paints them; a bounded LRU of
pages keeps memory flat however far the user scrolls. Sorting and filtering are SQL: the model
never reorders rows in Python.

Between the count and the list another window may have saved or deleted a complaint. The list
then wins: rows are inserted or removed at the end, then a layout change puts every complaint
in its place, the selection staying on its complaint, as a sort does. A view may not be told of
such changes while it paints, so when a paint asks for a row past the first page and the list
disagrees, the rows are left blank until the next turn of the event loop shows the list.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import tzinfo
from typing import TYPE_CHECKING
from unicodedata import east_asian_width

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont

from qa_desktop.core import register
from qa_desktop.core.i18n import current_language
from qa_desktop.core.register import COLUMNS, RegisterQuery, RegisterRow
from qa_desktop.core.register_figures import DUE_TODAY, MET_LATE, OVERDUE, due_state
from qa_desktop.core.register_vocab import Severity

if TYPE_CHECKING:  # any connection with Peewee's execute_sql, cursor and atomic
    from peewee import Database

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 128
MAX_PAGES = 64  # 8,192 rows at most in memory
TOOLTIP_WIDTH = 16  # in Latin characters: wider text may be cut off by a narrow column
NUMERIC_KEYS = frozenset({"affected_qty", "days_open", "days_since_shipment", "approved"})
NUMERIC_COLUMNS = frozenset(n for n, column in enumerate(COLUMNS) if column.key in NUMERIC_KEYS)
SEVERITY_COLUMN = next(n for n, column in enumerate(COLUMNS) if column.key == "severity")
DUE_COLUMN = next(n for n, column in enumerate(COLUMNS) if column.key == "due_at")
RECEIVED_COLUMN = next(n for n, column in enumerate(COLUMNS) if column.key == "received_at")
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
        self._ids: list[int] = []  # the first page's ids, or every id once `_complete`
        self._count = 0  # the rows the view was told of
        self._complete = False
        self._settling = False  # telling the view of a new list: no loading meanwhile
        self._pending: list[int] | None = None  # a list read while painting, shown after it
        self._take(self._read(self._query))
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

    @property
    def ids_loaded(self) -> bool:
        """Whether the whole ordered id list has been read (see `load_ids()`)."""
        return self._complete

    def use_database(self, db: Database) -> None:
        """Read through `db` from now on (the same file: the pages read so far stay)."""
        self._db = db

    def set_query(self, query: RegisterQuery) -> None:
        query = register.at(query, self._db)  # the department may have changed its zone
        found = self._read(query)  # before the reset: a refused query changes nothing
        self.beginResetModel()
        self._query = query
        self._take(found)
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the query after a save: rows may have appeared, moved or changed."""
        self.set_query(self._query)

    def load_ids(self) -> None:
        """Read the whole ordered id list now, if it has not been read (what a row past the
        first page, a look-up by id and a sort need); complaints saved or deleted since the
        count are inserted or removed as described above."""
        if self._complete or self._settling:
            return
        pending, self._pending = self._pending, None
        self._show(pending if pending is not None else register.ids(self._db, self._query))

    def complaint_id(self, row: int) -> int:
        if row >= len(self._ids):
            self.load_ids()
        return self._ids[row]

    def row_of(self, complaint_id: int) -> int | None:
        if complaint_id not in self._ids and not self._complete:
            self.load_ids()
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return None

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

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
        if role == ID and index.isValid() and 0 <= index.row() < self._count:
            return self._id_at(index.row())
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
        persistent = self.persistentIndexList()
        if any(index.row() >= len(self._ids) for index in persistent):
            self.load_ids()  # a selected row must be known to follow its complaint
        ids = register.ids(self._db, query)  # before any signal: a failure changes nothing
        self._show(ids, query)

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

    # -- the id list -------------------------------------------------------------------

    def _read(self, query: RegisterQuery) -> tuple[list[int], int, bool]:
        """(ids, count, complete) for `query`: its head, or every id of a search."""
        if query.text:
            found = register.ids(self._db, query)
            return found, len(found), True
        head = register.head(self._db, query, PAGE_SIZE)
        return head.ids, head.count, len(head.ids) >= head.count

    def _take(self, found: tuple[list[int], int, bool]) -> None:
        self._ids, self._count, self._complete = found
        self._pending = None

    def _agrees(self, ids: list[int]) -> bool:
        """Whether `ids` is what the view was told: as many rows, the known ones in place."""
        return len(ids) == self._count and ids[: len(self._ids)] == self._ids

    def _show(self, ids: list[int], query: RegisterQuery | None = None) -> None:
        """Make `ids` the rows (of `query`, the current one if None), telling the view what
        changed; each persistent index (the selection, the current row) follows its complaint,
        or keeps its row where the complaint was not known (past the first page)."""
        if query is None and self._agrees(ids):
            self._ids, self._complete = ids, True  # nothing the view knows changes
            return
        self._settling = True
        try:
            self._insert_or_remove(len(ids), growing=True)
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            known = [self._known_id(index.row()) for index in persistent]
            self._query = query or self._query
            self._ids, self._complete, self._pending = ids, True, None
            self._pages.clear()
            if persistent:
                row_of = {complaint_id: row for row, complaint_id in enumerate(ids)}
                targets = [
                    self._moved(index, index.row() if old is None else row_of.get(old))
                    for index, old in zip(persistent, known, strict=True)
                ]
                self.changePersistentIndexList(persistent, targets)
            self.layoutChanged.emit()
            self._insert_or_remove(len(ids), growing=False)
        finally:
            self._settling = False

    def _insert_or_remove(self, count: int, growing: bool) -> None:
        """Rows at the end up to `count`: added before a layout change, taken after one."""
        if growing and count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif not growing and count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def _known_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _id_at(self, row: int) -> int | None:
        """The id of a row the view shows (None while the list is on its way)."""
        if row >= len(self._ids):
            self._load_ids_while_painting()
        return self._known_id(row)

    def _load_ids_while_painting(self) -> None:
        """A paint asks for a row past the first page. The view must not hear of new rows now:
        take the list if it agrees with what the view was told; otherwise keep it and show it
        on the next turn of the event loop (the rest of this paint asks for nothing more)."""
        if self._complete or self._settling or self._pending is not None:
            return
        ids = register.ids(self._db, self._query)
        if self._agrees(ids):
            self._ids, self._complete = ids, True
            return
        self._pending = ids
        QTimer.singleShot(0, self, self.load_ids)  # dropped if the model is deleted first

    # -- pages -------------------------------------------------------------------------

    def _moved(self, index: QModelIndex, row: int | None) -> QModelIndex:
        return QModelIndex() if row is None else self.index(row, index.column())

    def _row_at(self, index: Index) -> RegisterRow | None:
        row = index.row()
        if not index.isValid() or not 0 <= row < self._count:
            return None
        if row >= len(self._ids) and self._id_at(row) is None:  # past what is known yet
            return None
        return self._row(row)

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
