"""The complaint register screen: a filter bar over the lazily loaded register table.

Every filter becomes a `RegisterQuery`; SQLite filters, searches and sorts, the model only pages
rows in. Reads only (through core.register and the reference services): saving belongs to the
dialogs; after a complaint is saved the window calls `reveal()`, after other changes `refresh()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QLineEdit, QWidget

from qa_desktop.core import register_filters, settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.i18n import current_language
from qa_desktop.core.register import COLUMNS, DUE_TODAY, LATE, OPEN, OVERDUE, RegisterQuery
from qa_desktop.core.register_vocab import Category, Market, Severity, Status
from qa_desktop.gui.flow_layout import FlowLayout
from qa_desktop.gui.forms.ui_register_view import Ui_RegisterView
from qa_desktop.gui.register_model import RegisterTableModel

if TYPE_CHECKING:  # any connection with Peewee's execute_sql, cursor and atomic
    from peewee import Database

    from qa_desktop.gui.register_lists import RegisterLists

SEARCH_DELAY_MS = 250  # typing pauses longer than this run the search
# What a person does to a combo before it opens or changes: a list read on first use is read then.
FIRST_USE = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel})
MAX_COLUMN_WIDTH = 260  # longer text is elided; the model gives it a tool tip
MIN_SHRUNK_WIDTH = 140  # a Chinese company name or "Thai Stainless Fab…"
COLUMN_PADDING = 8
# Free text may be elided to fit the window; codes, dates, numbers and vocabulary may not.
SHRINKABLE_KEYS = ("customer", "category", "product", "specification", "coils", "defect", "owner")
# What QA scans first sits beside the case number (visual order only: the model, the export
# and a saved header state keep the register's own column order).
UP_FRONT_KEYS = ("status", "severity", "due_at")


class RegisterView(QWidget):
    """The register with its filters. `open_requested(id)` on double-click or Enter on a row.

    The customer and defect combos need their services' modules: they are filled just after the
    table's first paint, so a cold start does not wait for them (`lists_filled` tells when). The
    owner, product and department combos list what the register holds in pinyin order, which
    needs pypinyin: its import held the window 0.4-0.5 s after the first paint (measured at
    100,000 complaints), so each of those is read when first used (`read_list`): clicked,
    wheeled or keyed, or when a filter is set through it."""

    open_requested = Signal(int)
    message = Signal(str)  # a short note for the window's status bar

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        clock: Clock = utc_now,
        *,
        lists_on_paint: bool = True,
    ) -> None:
        """`lists_on_paint`: fill the lists after the table's first paint; False leaves that
        to the owner (a start-up's window, whose first paint reads through the file reader
        and whose lists need the services: MainWindow.painted)."""
        super().__init__(parent)
        self._clock = clock  # "today" for the date range: the department's day, from this clock
        self.ui = Ui_RegisterView()
        self.ui.setupUi(self)
        ui = self.ui
        self._wrap_filter_row()
        self._combos = (
            ui.statusCombo,
            ui.customerCombo,
            ui.severityCombo,
            ui.categoryCombo,
            ui.marketCombo,
            ui.defectCombo,
            ui.ownerCombo,
            ui.productCombo,
            ui.dueCombo,
            ui.repeatCombo,
            ui.departmentCombo,
        )
        self._db = db
        self._row_actions: list[QAction] = []
        self._copy_action: QAction | None = None  # made with the first row menu
        self.lists_filled = False
        self._lists: RegisterLists | None = None  # once the window is painted
        self._columns_sized = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._fill_choices()
        self._reset_dates()
        self.model = RegisterTableModel(db, self._query_from_filters(RegisterQuery()), self)
        self._set_up_table()
        self._connect()
        self._show_count()
        if lists_on_paint:
            ui.table.viewport().installEventFilter(self)  # its first paint fills the lists

    # -- public --------------------------------------------------------------------------

    def current_query(self) -> RegisterQuery:
        """The filter and order on screen (the Excel export exports exactly these rows)."""
        return self.model.query

    def set_row_actions(self, actions: list[QAction]) -> None:
        """The window's actions on the selected complaint (Open, Print), offered on right-click."""
        self._row_actions = list(actions)

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its text selected so typing replaces it."""
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def case_no(self, complaint_id: int) -> str:
        """The case number of a complaint the register shows ("" if it does not)."""
        row = self.model.row_of(complaint_id)
        return "" if row is None else str(self.model.index(row, CASE_COLUMN).data() or "")

    def current_complaint_id(self) -> int | None:
        selection = self.ui.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.complaint_id(rows[0].row()) if rows else None

    def reload_choices(self) -> None:
        """Re-read the lists (saving a complaint may have added a customer, owner or product);
        a filter whose value is no longer listed goes back to "all"."""
        if self._lists is not None and not self._lists.reload():
            self._apply_filters()

    def use_database(self, db: Database) -> None:
        """Read through `db` from now on: a start-up's window, painted through the file reader
        (core/file_reader.py), once the file is open through core/db.py."""
        self._db = db
        self.model.use_database(db)

    def refresh(self, select_id: int | None = None) -> None:
        """Re-query (the lists or settings changed) and select `select_id`, or keep the selection,
        if it is shown. After a complaint is saved, `reveal()` does this and clears what hides it."""
        keep = select_id if select_id is not None else self.current_complaint_id()
        # From the filters again, not the last query: the department's zone, which sets what a
        # day of the date range means, may have changed since.
        self.model.set_query(self._query_from_filters())
        self._after_query(keep)

    def header_state(self) -> bytes:
        """Column order, widths and sort, for the window to keep in the user's settings."""
        return bytes(self.ui.table.horizontalHeader().saveState().data())

    def restore_header_state(self, state: bytes) -> bool:
        """Put back what `header_state()` saved (the sort is re-run in SQLite)."""
        restored = self.ui.table.horizontalHeader().restoreState(state)
        self._columns_sized = self._columns_sized or restored  # keep the user's widths
        return restored

    # -- building ------------------------------------------------------------------------

    def _wrap_filter_row(self) -> None:
        """The form's row of filter combos into a layout that wraps: at 125 % on a 1366-pixel
        screen they take two rows rather than a scroll bar under the whole register."""
        row = self.ui.filterRow
        flow = FlowLayout(spacing=row.spacing())
        while row.count():
            item = row.takeAt(0)
            if item.widget() is not None:
                flow.addWidget(item.widget())  # the stretch at its end is not needed
        root = self.ui.rootLayout
        index = root.indexOf(row)
        root.removeItem(row)
        row.deleteLater()
        root.insertLayout(index, flow)
        self.ui.filterRow = flow

    def _fill_choices(self) -> None:
        lang = current_language()
        ui = self.ui
        fill_combo(ui.statusCombo, self.tr("All statuses"), Status.choices(lang))
        ui.statusCombo.insertItem(1, self.tr("Open (not closed)"), OPEN)
        fill_combo(ui.severityCombo, self.tr("All severities"), Severity.choices(lang))
        fill_combo(ui.categoryCombo, self.tr("All categories"), Category.choices(lang))
        fill_combo(ui.marketCombo, self.tr("All markets"), Market.choices(lang))
        due = [
            (LATE, self.tr("Late")),
            (OVERDUE, self.tr("Overdue now")),
            (DUE_TODAY, self.tr("Due today")),
        ]
        fill_combo(ui.dueCombo, self.tr("All due dates"), due)
        repeat = [(True, self.tr("Repeat complaints")), (False, self.tr("First complaints"))]
        fill_combo(ui.repeatCombo, self.tr("Repeat or first"), repeat)
        ui.customerCombo.addItem(self.tr("All customers"), None)  # the rest after the first paint
        ui.defectCombo.addItem(self.tr("All defect types"), None)
        ui.ownerCombo.addItem(self.tr("All owners"), None)
        ui.productCombo.addItem(self.tr("All products"), None)
        ui.departmentCombo.addItem(self.tr("All departments"), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and not self.lists_filled:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fill_register_lists)  # after this paint
        elif kind in FIRST_USE and self._lists is not None and self._lists.waits(watched):
            self.read_list(watched)  # before the combo opens or moves: it then holds them all
        return False

    def fill_register_lists(self) -> None:
        """The customer and defect combos now; the owner, product and department combos on
        their first use (once each; reload_choices() re-reads what was read after a save)."""
        if self.lists_filled:
            return
        from qa_desktop.gui.register_lists import RegisterLists  # after the first paint

        self.lists_filled = True
        self._lists = RegisterLists(self.ui, lambda: self._db)
        self._lists.fill(self)

    def read_list(self, combo: QComboBox) -> None:
        """Fill `combo` now if it waits for its first use (nothing if it was read already)."""
        if self._lists is not None:
            self._lists.read(combo, self)

    def _reset_dates(self) -> None:
        today = QDate(self._clock().astimezone(settings.department_zone(self._db)).date())
        self.ui.fromDate.setDate(today.addMonths(-1))
        self.ui.toDate.setDate(today)

    def _set_up_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        query = self.model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(_column_of(query.sort_key), order)
        # Size columns from the rows on screen only: the default (1,000 rows) pages in eight
        # pages of the register just to measure them (a test counts the pages).
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for position, key in enumerate(UP_FRONT_KEYS, start=_column_of("received_at") + 1):
            header.moveSection(header.visualIndex(_column_of(key)), position)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)

    def _connect(self) -> None:
        ui = self.ui
        for combo in self._combos:
            combo.currentIndexChanged.connect(self._apply_filters)
        ui.fromCheck.toggled.connect(ui.fromDate.setEnabled)
        ui.toCheck.toggled.connect(ui.toDate.setEnabled)
        for check in (ui.fromCheck, ui.toCheck):
            check.toggled.connect(self._apply_filters)
        ui.fromDate.dateChanged.connect(self._date_changed)
        ui.toDate.dateChanged.connect(self._date_changed)
        ui.searchEdit.textChanged.connect(self._search_timer.start)  # (re)start the debounce
        ui.searchEdit.returnPressed.connect(self._apply_filters)
        self._search_timer.timeout.connect(self._apply_filters)
        ui.clearButton.clicked.connect(self.clear_filters)
        # `activated` is the platform's "open": double-click, or Enter on the current row.
        ui.table.activated.connect(self._activated)
        menu = Qt.ContextMenuPolicy.CustomContextMenu
        ui.table.setContextMenuPolicy(menu)
        ui.table.customContextMenuRequested.connect(self._show_row_menu)
        header = ui.table.horizontalHeader()
        header.setContextMenuPolicy(menu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        # The count may grow or shrink when the whole id list comes (register_model.py).
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.model.rowsRemoved.connect(lambda *_: self._show_count())

    # -- filters -------------------------------------------------------------------------

    def show_due(self, due: str, owner: str | None = None) -> None:
        """Only the open cases with a clock `due` (register.OVERDUE, DUE_TODAY…), one owner's
        or everyone's: what the main window's bar counts, as a click on it shows."""
        self.clear_filters()
        ui = self.ui
        if owner is not None:
            self.read_list(ui.ownerCombo)
            if ui.ownerCombo.findData(owner) < 0:
                ui.ownerCombo.addItem(owner, owner)
            ui.ownerCombo.setCurrentIndex(ui.ownerCombo.findData(owner))
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(OPEN))
        ui.dueCombo.setCurrentIndex(ui.dueCombo.findData(due))

    def clear_filters(self) -> None:
        """Every filter back to "all" (the sort order stays), with one query for the lot."""
        self._reset_filters(list(self._filter_widgets()))
        self._reset_dates()
        self._apply_filters()

    def reveal(self, complaint_id: int) -> list[str]:
        """After a save: re-query, clear the filters that would hide this complaint, then select
        it and scroll to it. Returns the names of the filters cleared (translated), so that the
        window can say why the register changed."""
        query = self._query_from_filters()
        hiding = register_filters.filters_hiding(self._db, query, complaint_id)
        self._reset_filters(hiding)
        self.model.set_query(self._query_from_filters())
        self._after_query(complaint_id)
        names = self._filter_names()
        return [names[name] for name in hiding]

    def _filter_widgets(self) -> dict[str, tuple[QWidget, ...]]:
        """Each filter of a RegisterQuery (as core.register_filters names them) and its widgets."""
        ui = self.ui
        return {
            "statuses": (ui.statusCombo,), "customer_id": (ui.customerCombo,),
            "severities": (ui.severityCombo,), "categories": (ui.categoryCombo,),
            "market": (ui.marketCombo,), "defect_types": (ui.defectCombo,),
            "owner": (ui.ownerCombo,), "product": (ui.productCombo,),
            "received": (ui.fromCheck, ui.toCheck), "text": (ui.searchEdit,),
            "due": (ui.dueCombo,), "repeat": (ui.repeatCombo,),
            "responsible_department": (ui.departmentCombo,),
        }  # fmt: skip

    def _filter_names(self) -> dict[str, str]:
        return {
            "statuses": self.tr("status"), "customer_id": self.tr("customer"),
            "severities": self.tr("severity"), "categories": self.tr("category"),
            "market": self.tr("market"), "defect_types": self.tr("defect type"),
            "owner": self.tr("owner"), "product": self.tr("product"),
            "received": self.tr("received date"), "text": self.tr("search"),
            "due": self.tr("due date"), "repeat": self.tr("repeat"),
            "responsible_department": self.tr("responsible department"),
        }  # fmt: skip

    def _reset_filters(self, names: list[str]) -> None:
        """These filters' widgets back to "all", silently: the caller runs one query after."""
        widgets = [w for name in names for w in self._filter_widgets()[name]]
        for widget in widgets:
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QLineEdit):
                widget.clear()
        for check, edit in (
            (self.ui.fromCheck, self.ui.fromDate),
            (self.ui.toCheck, self.ui.toDate),
        ):
            edit.setEnabled(check.isChecked())  # its toggled signal was blocked
        for widget in widgets:
            widget.blockSignals(False)

    def _date_changed(self) -> None:
        if self.ui.fromCheck.isChecked() or self.ui.toCheck.isChecked():
            self._apply_filters()

    def _apply_filters(self) -> None:
        self._search_timer.stop()  # Enter or another filter already runs the typed text
        query = self._query_from_filters()
        if _same_rows(query, self.model.query):
            return
        keep = self.current_complaint_id()
        self.model.set_query(query)
        self._after_query(keep)

    def _query_from_filters(self, order: RegisterQuery | None = None) -> RegisterQuery:
        """The filters on screen, counted now (the view's clock) in the department's zone, in
        the order shown (or that of `order`, before there is a model)."""
        ui = self.ui
        status = ui.statusCombo.currentData()
        sort = order or self.model.query  # filters change the rows, never the order chosen
        zone = settings.department_zone(self._db)
        query = RegisterQuery(
            statuses=_codes(status),
            customer_id=ui.customerCombo.currentData(),
            severities=_codes(ui.severityCombo.currentData()),
            categories=_codes(ui.categoryCombo.currentData()),
            market=ui.marketCombo.currentData(),
            defect_types=_codes(ui.defectCombo.currentData()),
            owner=ui.ownerCombo.currentData(),
            product=ui.productCombo.currentData(),
            due=ui.dueCombo.currentData(),
            repeat=ui.repeatCombo.currentData(),
            responsible_department=ui.departmentCombo.currentData(),
            text=ui.searchEdit.text().strip(),
            sort_key=sort.sort_key,
            descending=sort.descending,
            as_of=self._clock(),
            zone=zone,
        )
        first = ui.fromDate.date().toPython() if ui.fromCheck.isChecked() else None
        last = ui.toDate.date().toPython() if ui.toCheck.isChecked() else None
        if not (first or last):
            return query
        return query.between_days(first, last, zone)  # the department's days

    def _after_query(self, keep: int | None) -> None:
        self._show_count()
        self._size_columns_once()
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.ui.table.selectRow(row)
            self.ui.table.scrollTo(self.model.index(row, 0))

    def _show_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("1 complaint") if count == 1 else self.tr("%n complaints", "", count)
        self.ui.countLabel.setText(text)

    # -- table ---------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.complaint_id(index.row()))

    def _show_row_menu(self, pos: QPoint) -> None:
        from qa_desktop.gui.register_menus import row_menu

        table = self.ui.table
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.selectRow(index.row())  # what Open, Print and Copy act on
        row_menu(self, self._row_actions, self._copy_case_action()).popup(
            table.viewport().mapToGlobal(pos)
        )

    def _show_column_menu(self, pos: QPoint) -> None:
        from qa_desktop.gui.register_menus import column_menu

        header = self.ui.table.horizontalHeader()
        column_menu(header, self.model).popup(header.viewport().mapToGlobal(pos))

    def _copy_case_action(self) -> QAction:
        # Made on first use: its QAction (and the QIcon it names) cost a start-up's first paint.
        if self._copy_action is None:
            self._copy_action = QAction(self.tr("Copy case number"), self)
            self._copy_action.triggered.connect(self.copy_case_no)
        return self._copy_action

    def copy_case_no(self) -> None:
        """The selected complaint's case number to the clipboard, to paste into a mail or chat."""
        complaint_id = self.current_complaint_id()
        if complaint_id is None:
            return
        case_no = self.case_no(complaint_id)
        QGuiApplication.clipboard().setText(case_no)
        self.message.emit(self.tr("%1 copied").replace("%1", case_no))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After the layout has given the table its size, so the rows on screen are known.
        QTimer.singleShot(0, self, self._size_columns_once)  # dropped if self is deleted

    def _size_columns_once(self) -> None:
        """Fit the columns to the first screen of rows, once: later pages must not make the
        columns jump, and the user's own widths must survive filtering."""
        if self._columns_sized or not self.isVisible() or self.model.rowCount() == 0:
            return
        self._columns_sized = True
        table = self.ui.table
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        wanted = {
            column: min(header.sectionSize(column) + COLUMN_PADDING, MAX_COLUMN_WIDTH)
            for column in range(header.count())
        }
        fitted = _fit(wanted, SHRINKABLE, table.viewport().width())
        for column, width in fitted.items():
            header.resizeSection(column, width)


def fill_combo(combo: QComboBox, everything: str, choices: Sequence[tuple[object, str]]) -> None:
    """ "All …" (data None), then each (data, label)."""
    combo.clear()
    combo.addItem(everything, None)
    for code, label in choices:
        combo.addItem(label, code)


def _same_rows(one: RegisterQuery, other: RegisterQuery) -> bool:
    """The same filters and order: a moment later is no reason to query again."""
    return replace(one, as_of=None) == replace(other, as_of=None)


def _codes(code: str | None) -> tuple[str, ...]:
    return (code,) if code else ()


def _column_of(key: str) -> int:
    return next(number for number, column in enumerate(COLUMNS) if column.key == key)


SHRINKABLE = frozenset(_column_of(key) for key in SHRINKABLE_KEYS)
CASE_COLUMN = _column_of("case_no")


def _fit(wanted: dict[int, int], shrinkable: frozenset[int], available: int) -> dict[int, int]:
    """Narrow the widest shrinkable columns to one common width so that all columns fit in
    `available` pixels, but none below MIN_SHRUNK_WIDTH (past that, the table scrolls)."""
    excess = sum(wanted.values()) - available
    if excess <= 0:
        return wanted
    widths = sorted((wanted[c] for c in shrinkable), reverse=True)
    cap = widths[0] if widths else 0
    # Lower the common cap until the columns above it have given up enough width.
    while excess > 0 and cap > MIN_SHRUNK_WIDTH:
        cap -= 1
        excess -= sum(1 for width in widths if width > cap)
    return {c: min(w, cap) if c in shrinkable else w for c, w in wanted.items()}
