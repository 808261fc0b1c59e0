"""The register model's lazy start: the count and the first page first, the whole ordered id list
on first need (a row past the first page, a look-up by id, a sort), and complaints saved or
closed by another window between the two still shown once the list comes. Expected ids come from
core.register and raw SQL, not from the model."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import ENGINEER, SHANGHAI, example_draft
from peewee import Database
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qa_desktop.core import register
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.models import database_proxy
from qa_desktop.core.register import COLUMNS, OPEN, RegisterQuery
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.gui.register_model import PAGE_SIZE, RegisterTableModel
from qa_desktop.gui.register_view import RegisterView

DEMO_SIZE = 1000  # eight pages
NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # after every demo complaint (anchored 1 November)


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("register_lazy")
    path = folder / "template.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QA_DESKTOP_DATA_DIR", str(folder / "data"))
        database = open_database(path)
        load_demo(database, DEMO_SIZE, seed=8, anchor=date(2026, 11, 1))
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database(database)
    return path


@pytest.fixture
def db_file(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def demo_db(db_file: Path) -> Iterator[Database]:
    database = open_database(db_file)
    yield database
    close_database(database)


@pytest.fixture
def view(demo_db: Database, qtbot: QtBot) -> RegisterView:
    return shown_view(demo_db, qtbot)


def shown_view(demo_db: Database, qtbot: QtBot) -> RegisterView:
    widget = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.lists_filled, timeout=5000)  # after the first paint
    return widget


@contextmanager
def another_window(path: Path, ours: Database) -> Iterator[None]:
    """A second connection to the file, as another copy of the app holds: the services write
    through it (the model keeps reading through its own connection, `ours`)."""
    other = open_database(path)
    try:
        yield
    finally:
        other.close()
        database_proxy.initialize(ours)


def raw_count(db: Database, where: str = "1") -> int:
    return db.execute_sql(f"SELECT count(*) FROM complaint WHERE {where}").fetchone()[0]


def shown_ids(model: RegisterTableModel) -> list[int]:
    return [model.complaint_id(row) for row in range(model.rowCount())]


def first_rows(model: RegisterTableModel, rows: int = 20) -> list[int]:
    return [model.complaint_id(row) for row in range(rows)]


def column(key: str) -> int:
    return next(number for number, c in enumerate(COLUMNS) if c.key == key)


class Signals:
    """What the model told its views."""

    def __init__(self, model: RegisterTableModel) -> None:
        self.inserted: list[tuple[int, int]] = []
        self.removed: list[tuple[int, int]] = []
        self.layouts = 0
        self.resets = 0
        model.rowsInserted.connect(lambda _parent, first, last: self.inserted.append((first, last)))
        model.rowsRemoved.connect(lambda _parent, first, last: self.removed.append((first, last)))
        model.layoutChanged.connect(self._layout)
        model.modelReset.connect(self._reset)

    def _layout(self, *_args: object) -> None:
        self.layouts += 1

    def _reset(self) -> None:
        self.resets += 1


# -- the first screen ------------------------------------------------------------------------


def test_the_first_screen_reads_the_count_and_one_page_not_the_whole_list(
    demo_db: Database, qtbot: QtBot
) -> None:
    statements: list[str] = []
    demo_db.connection().set_trace_callback(statements.append)
    widget = shown_view(demo_db, qtbot)  # shown and painted
    demo_db.connection().set_trace_callback(None)
    model = widget.model
    assert model.rowCount() == raw_count(demo_db) == DEMO_SIZE
    assert widget.ui.countLabel.text() == f"{DEMO_SIZE} complaints"
    assert not model.ids_loaded
    whole_lists = [s for s in statements if s.startswith("SELECT c.id FROM") and "LIMIT" not in s]
    assert whole_lists == []
    assert model.cached_pages == 1
    everything = register.ids(demo_db, RegisterQuery())
    assert first_rows(model, PAGE_SIZE) == everything[:PAGE_SIZE]
    expected = register.rows(demo_db, everything[:3], now=model.query.as_of)
    for row, wanted in enumerate(expected):
        for number, c in enumerate(COLUMNS):
            # the due cell adds a word (overdue, today) to the time the row displays
            assert model.index(row, number).data().startswith(wanted.display(c.key))
    assert not model.ids_loaded  # the first page's ids and rows were enough


def test_a_small_result_is_whole_from_the_start(demo_db: Database) -> None:
    query = RegisterQuery(severities=("major",), received_from=datetime(2026, 9, 1, tzinfo=UTC))
    assert 0 < raw_count(demo_db, "severity = 'major' AND received_at >= '2026-09-01'") <= PAGE_SIZE
    model = RegisterTableModel(demo_db, query)
    assert model.ids_loaded
    assert shown_ids(model) == register.ids(demo_db, query)


# -- on first need ---------------------------------------------------------------------------


def test_scrolling_past_the_first_page_loads_the_list_and_the_rows_there(
    view: RegisterView, demo_db: Database, qtbot: QtBot
) -> None:
    model, told = view.model, Signals(view.model)
    everything = register.ids(demo_db, RegisterQuery())
    view.ui.table.scrollTo(model.index(900, 0))
    qtbot.waitUntil(lambda: model.cached_pages >= 2)  # the table painted the rows it scrolled to
    assert model.ids_loaded
    wanted = register.rows(demo_db, [everything[900]], now=model.query.as_of)[0]
    for number, c in enumerate(COLUMNS):
        assert model.index(900, number).data().startswith(wanted.display(c.key))
    assert shown_ids(model) == everything
    # The list agreed with the count: the view was told of nothing.
    assert (told.inserted, told.removed, told.layouts, told.resets) == ([], [], 0, 0)


def test_a_row_past_the_first_page_without_a_view(demo_db: Database) -> None:
    model = RegisterTableModel(demo_db, RegisterQuery())
    everything = register.ids(demo_db, RegisterQuery())
    assert not model.ids_loaded
    wanted = register.rows(demo_db, [everything[700]])[0]
    assert model.index(700, column("case_no")).data() == wanted.display("case_no")
    assert model.index(700, 0).data(Qt.ItemDataRole.UserRole) == everything[700]
    assert model.ids_loaded


def test_complaint_id_and_row_of_from_the_lazy_state(demo_db: Database) -> None:
    model = RegisterTableModel(demo_db, RegisterQuery())
    everything = register.ids(demo_db, RegisterQuery())
    assert model.complaint_id(5) == everything[5]
    assert model.row_of(everything[17]) == 17
    assert not model.ids_loaded  # both were in the first page
    assert model.row_of(everything[654]) == 654  # a look-up by id reads the list
    assert model.ids_loaded
    assert model.complaint_id(999) == everything[999]
    assert model.row_of(10**9) is None
    with pytest.raises(IndexError):
        model.complaint_id(DEMO_SIZE)


def test_a_missing_id_reads_the_list_once_then_answers_none(demo_db: Database) -> None:
    model = RegisterTableModel(demo_db, RegisterQuery())
    assert model.row_of(10**9) is None
    assert model.ids_loaded


def test_sorting_from_the_lazy_state_keeps_a_selection_past_the_first_page(
    view: RegisterView, demo_db: Database
) -> None:
    model = view.model
    view.ui.table.selectRow(300)  # never painted: its complaint was not known yet
    assert not model.ids_loaded
    chosen = register.ids(demo_db, RegisterQuery())[300]
    view.ui.table.sortByColumn(column("customer"), Qt.SortOrder.AscendingOrder)
    sorted_ids = register.ids(demo_db, RegisterQuery(sort_key="customer", descending=False))
    assert model.ids_loaded
    assert shown_ids(model) == sorted_ids
    assert view.current_complaint_id() == chosen
    assert view.ui.table.selectionModel().selectedRows()[0].row() == sorted_ids.index(chosen)


def test_sorting_from_the_lazy_state_keeps_a_selection_in_the_first_page(
    view: RegisterView, demo_db: Database
) -> None:
    model = view.model
    view.ui.table.selectRow(4)
    chosen = model.complaint_id(4)
    assert not model.ids_loaded
    view.ui.table.sortByColumn(column("received_at"), Qt.SortOrder.AscendingOrder)
    oldest_first = register.ids(demo_db, RegisterQuery(descending=False))
    assert shown_ids(model) == oldest_first
    assert view.current_complaint_id() == chosen


def test_filters_stay_lazy_and_a_search_reads_its_matches_at_once(
    view: RegisterView, demo_db: Database, qtbot: QtBot
) -> None:
    model = view.model
    combo = view.ui.severityCombo
    combo.setCurrentIndex(combo.findData("general"))
    query = RegisterQuery(severities=("general",))
    assert replace(model.query, as_of=None, zone=None) == query  # counted at the model's moment
    assert model.rowCount() == raw_count(demo_db, "severity = 'general'") > PAGE_SIZE
    assert not model.ids_loaded
    assert first_rows(model) == register.ids(demo_db, query)[:20]
    assert view.ui.countLabel.text() == f"{model.rowCount()} complaints"

    view.ui.searchEdit.setText("划伤")
    qtbot.keyClick(view.ui.searchEdit, Qt.Key.Key_Return)
    searched = RegisterQuery(severities=("general",), text="划伤")
    assert replace(model.query, as_of=None, zone=None) == searched
    assert model.ids_loaded  # a search's matches are found once, all of them
    assert shown_ids(model) == register.ids(demo_db, searched) != []

    view.clear_filters()
    assert model.rowCount() == DEMO_SIZE
    assert not model.ids_loaded
    assert first_rows(model) == register.ids(demo_db, RegisterQuery())[:20]


# -- another window between the count and the list ---------------------------------------------

NEWEST = datetime(2026, 11, 2, 15, 0, tzinfo=SHANGHAI)  # later than every demo complaint
OLDEST = datetime(2020, 1, 6, 9, 0, tzinfo=SHANGHAI)  # earlier than every demo complaint


def trigger(name: str, view: RegisterView, new_id: int, qtbot: QtBot) -> None:
    """What makes the model read its whole id list."""
    model = view.model
    if name == "scroll":  # a paint past the first page: the list is shown on the next turn
        view.ui.table.scrollTo(model.index(model.rowCount() - 3, 0))
        qtbot.waitUntil(lambda: model.ids_loaded)
    elif name == "look-up":  # what selecting a saved complaint asks
        assert model.row_of(new_id) is not None
    else:
        view.ui.table.sortByColumn(column("received_at"), Qt.SortOrder.AscendingOrder)


@pytest.mark.parametrize("received", [NEWEST, OLDEST], ids=["newest", "oldest"])
@pytest.mark.parametrize("how", ["scroll", "look-up", "sort"])
def test_a_complaint_registered_by_another_window_after_the_first_page_appears(
    view: RegisterView, demo_db: Database, db_file: Path, qtbot: QtBot, received: datetime, how: str
) -> None:
    model = view.model
    assert not model.ids_loaded and model.rowCount() == DEMO_SIZE  # the first page was shown
    view.ui.table.selectRow(3)
    chosen = model.complaint_id(3)
    told = Signals(model)
    with another_window(db_file, demo_db):
        new = register_complaint(example_draft(received_at=received), actor=ENGINEER, clock=clock)

    trigger(how, view, new.id, qtbot)

    assert model.ids_loaded
    query = model.query  # the sort trigger changed the order
    expected = register.ids(demo_db, query)
    shown = shown_ids(model)
    assert model.rowCount() == DEMO_SIZE + 1 == raw_count(demo_db)
    assert shown == expected  # each complaint once, in its place
    assert len(set(shown)) == len(shown)
    row = shown.index(new.id)
    assert model.index(row, column("case_no")).data() == new.case_no
    assert view.current_complaint_id() == chosen  # the selection stayed on its complaint
    assert view.ui.table.selectionModel().selectedRows()[0].row() == expected.index(chosen)
    assert view.ui.countLabel.text() == f"{DEMO_SIZE + 1} complaints"
    # The new row was announced as a row (at the end), then put in its place by a layout change.
    assert told.inserted == [(DEMO_SIZE, DEMO_SIZE)]
    assert (told.removed, told.layouts, told.resets) == ([], 1, 0)
    if received is NEWEST and how != "sort":
        assert row == 0


@pytest.mark.parametrize("how", ["scroll", "look-up"])
def test_a_complaint_closed_by_another_program_goes_when_the_list_comes(
    demo_db: Database, db_file: Path, qtbot: QtBot, how: str
) -> None:
    widget = shown_view(demo_db, qtbot)
    query = RegisterQuery(statuses=(OPEN,))
    widget.model.set_query(query)
    model = widget.model
    before = model.rowCount()
    assert not model.ids_loaded and before == raw_count(demo_db, "status != 'closed'") > PAGE_SIZE
    gone, chosen = model.complaint_id(2), model.complaint_id(5)
    widget.ui.table.selectRow(5)
    told = Signals(model)
    with sqlite3.connect(db_file) as other:
        other.execute("UPDATE complaint SET status = 'closed' WHERE id = ?", (gone,))

    expected = register.ids(demo_db, query)
    trigger(how, widget, expected[-1], qtbot)  # a look-up of one past the first page

    assert model.ids_loaded
    assert gone not in expected
    assert shown_ids(model) == expected
    assert model.rowCount() == before - 1
    assert widget.current_complaint_id() == chosen
    assert told.removed == [(before - 1, before - 1)]
    assert (told.inserted, told.layouts, told.resets) == ([], 1, 0)
    assert widget.ui.countLabel.text() == f"{before - 1} complaints"
