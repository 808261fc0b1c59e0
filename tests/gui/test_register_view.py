"""The register screen against a 3,000-complaint demo database: lazy paging, SQL sorting, filters,
debounced search and opening a row. Every expected count comes from raw SQL, not from the code
under test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from acting import open_and_close, type_text
from conftest import ADMIN, ENGINEER, SHANGHAI, example_draft, set_department_zone
from peewee import Database
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from qa_desktop.core import register
from qa_desktop.core.clock import to_storage
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.register import COLUMNS, RegisterQuery
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.reference import update_defect_type
from qa_desktop.core.sorting import sort_key
from qa_desktop.gui.register_model import PAGE_SIZE, RegisterTableModel
from qa_desktop.gui.register_view import RegisterView

DEMO_SIZE = 3000
EXAMPLE_COIL_PREFIX = "S24A0817"  # the example draft's coils: S24A0817-03, S24A0817-05


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per module, copied for each test: loading it costs most of a second."""
    folder = tmp_path_factory.mktemp("register")
    path = folder / "template.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QA_DESKTOP_DATA_DIR", str(folder / "data"))
        database = open_database(path)
        load_demo(database, DEMO_SIZE, seed=5, anchor=date(2026, 11, 1))
        register_complaint(example_draft(), actor=ENGINEER)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database(database)
    return path


@pytest.fixture
def demo_db(template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "register.sqlite"
    shutil.copyfile(template, path)
    database = open_database(path)
    yield database
    close_database(database)


NOW = datetime(2026, 10, 31, 17, 0, tzinfo=UTC)  # 1 November 01:00 in Shanghai


def clock() -> datetime:
    return NOW


@pytest.fixture
def view(demo_db: Database, qtbot: QtBot) -> RegisterView:
    widget = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.lists_filled, timeout=5000)  # owners, products: after paint
    return widget


def count(db: Database, where: str = "1", params: tuple[object, ...] = ()) -> int:
    return db.execute_sql(f"SELECT count(*) FROM complaint WHERE {where}", params).fetchone()[0]


def shown_ids(view: RegisterView) -> list[int]:
    return [view.model.complaint_id(row) for row in range(view.model.rowCount())]


def column(key: str) -> int:
    return next(number for number, c in enumerate(COLUMNS) if c.key == key)


def choose(combo, code: object) -> None:
    open_and_close(combo)  # a list read on first use is read then
    index = combo.findData(code)
    assert index > 0, f"{code!r} is not offered"
    combo.setCurrentIndex(index)


# -- the model -------------------------------------------------------------------------------


def test_every_complaint_is_a_row_but_only_pages_on_screen_are_loaded(
    view: RegisterView, demo_db: Database, qtbot: QtBot
) -> None:
    model = view.model
    assert model.rowCount() == count(demo_db) == DEMO_SIZE + 1
    assert view.ui.countLabel.text() == f"{DEMO_SIZE + 1} complaints"
    assert 1 <= model.cached_pages <= 2  # the first screen only

    table = view.ui.table
    for row in (1500, model.rowCount() - 1):
        table.scrollTo(model.index(row, 0))
        qtbot.wait(10)  # let the table paint the rows it scrolled to
    assert 2 <= model.cached_pages <= 5  # scrolling fetched the pages it showed, no more
    assert model.cached_pages * PAGE_SIZE < model.rowCount() // 4

    last = model.rowCount() - 1
    expected = register.rows(demo_db, [model.complaint_id(last)], now=NOW)[0]
    for number, c in enumerate(COLUMNS):
        assert model.index(last, number).data() == expected.display(c.key)


def test_cache_of_pages_stays_bounded(demo_db: Database) -> None:
    model = RegisterTableModel(demo_db, RegisterQuery())
    for row in range(0, model.rowCount(), PAGE_SIZE):
        model.index(row, 0).data()
    assert model.cached_pages == min(64, -(-model.rowCount() // PAGE_SIZE))


def test_severity_is_coloured_and_numbers_right_aligned(demo_db: Database) -> None:
    major = RegisterTableModel(demo_db, RegisterQuery(severities=("major",)))
    general = RegisterTableModel(demo_db, RegisterQuery(severities=("general",)))
    severity, qty = column("severity"), column("affected_qty")
    assert major.index(0, severity).data(Qt.ItemDataRole.FontRole).bold()
    assert major.index(0, severity).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert general.index(0, severity).data(Qt.ItemDataRole.ForegroundRole) is None
    alignment = major.index(0, qty).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_long_text_has_a_tool_tip(demo_db: Database) -> None:
    model = RegisterTableModel(demo_db, RegisterQuery(text=EXAMPLE_COIL_PREFIX))
    coils = model.index(0, column("coils"))
    assert coils.data() == "S24A0817-03 S24A0817-05"
    assert coils.data(Qt.ItemDataRole.ToolTipRole) == coils.data()
    assert model.data(model.index(0, column("affected_unit")), Qt.ItemDataRole.ToolTipRole) is None


# -- sorting ---------------------------------------------------------------------------------


def first_by_received(db: Database, order: str) -> int:
    sql = f"SELECT id FROM complaint ORDER BY received_at {order}, id {order} LIMIT 1"
    return db.execute_sql(sql).fetchone()[0]


def click_header(view: RegisterView, qtbot: QtBot, logical: int) -> None:
    header = view.ui.table.horizontalHeader()
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_clicking_a_header_sorts_in_sqlite(
    view: RegisterView, demo_db: Database, qtbot: QtBot
) -> None:
    model = view.model
    header = view.ui.table.horizontalHeader()
    assert (model.query.sort_key, model.query.descending) == ("received_at", True)
    assert header.sortIndicatorSection() == column("received_at")
    assert model.complaint_id(0) == first_by_received(demo_db, "DESC")  # newest first

    click_header(view, qtbot, column("received_at"))
    assert (model.query.sort_key, model.query.descending) == ("received_at", False)
    assert model.complaint_id(0) == first_by_received(demo_db, "ASC")

    click_header(view, qtbot, column("received_at"))
    assert model.complaint_id(0) == first_by_received(demo_db, "DESC")

    click_header(view, qtbot, column("customer"))
    names = [
        row[0]
        for row in demo_db.execute_sql(
            "SELECT DISTINCT cu.name FROM complaint c JOIN customer cu ON cu.id = c.customer_id"
        )
    ]
    by_pinyin = sorted(names, key=sort_key, reverse=model.query.descending)
    assert model.index(0, column("customer")).data() == by_pinyin[0]
    assert model.rowCount() == count(demo_db)


def test_sorting_keeps_the_selected_complaint_selected(view: RegisterView, qtbot: QtBot) -> None:
    view.ui.table.selectRow(3)
    chosen = view.current_complaint_id()
    click_header(view, qtbot, column("case_no"))
    assert view.current_complaint_id() == chosen


# -- filters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("combo", "code", "where"),
    [
        ("severityCombo", "major", "severity = 'major'"),
        ("statusCombo", "closed", "status = 'closed'"),
        ("statusCombo", "open", "status != 'closed'"),  # judged invalid still owes an answer
        ("categoryCombo", "transport", "category = 'transport'"),
        ("marketCombo", "export", "market = 'export'"),
        (
            "defectCombo",
            "rust",
            "defect_type_id = (SELECT id FROM defect_type WHERE code = 'rust')",
        ),
        ("ownerCombo", "王工", "owner = '王工'"),
        ("productCombo", "精密带钢", "product = '精密带钢'"),
    ],
)
def test_each_filter_narrows_to_what_sql_counts(
    view: RegisterView, demo_db: Database, combo: str, code: str, where: str
) -> None:
    expected = count(demo_db, where)
    assert 0 < expected < count(demo_db)
    choose(getattr(view.ui, combo), code)
    assert view.model.rowCount() == expected
    assert view.ui.countLabel.text() == f"{expected} complaints"


def test_customers_are_listed_by_pinyin(view: RegisterView) -> None:
    combo = view.ui.customerCombo
    listed = [combo.itemText(i) for i in range(1, combo.count())]
    assert len(listed) == 20  # the demo's (the example complaint's customer is one of them)
    assert listed == sorted(listed, key=sort_key)
    # chao, fo, shang: not code order, which puts 上 before 佛 before 潮
    chaozhou, foshan, shanghai = (
        listed.index(n)
        for n in ("潮州彩塘厨具有限公司", "佛山某不锈钢制品厂", "上海申达电梯装饰板厂")
    )
    assert chaozhou < foshan < shanghai


def test_owners_and_products_are_what_the_register_holds_by_pinyin(
    view: RegisterView, demo_db: Database
) -> None:
    for combo, column_name in ((view.ui.ownerCombo, "owner"), (view.ui.productCombo, "product")):
        open_and_close(combo)
        listed = [combo.itemData(i) for i in range(1, combo.count())]
        held = {r[0] for r in demo_db.execute_sql(f"SELECT DISTINCT {column_name} FROM complaint")}
        assert set(listed) == held - {""}
        assert listed == sorted(listed, key=sort_key)
    owners = [view.ui.ownerCombo.itemText(i) for i in range(view.ui.ownerCombo.count())]
    assert owners == ["All owners", "Chen Wei", "李工", "Liu Yang", "王工", "赵工", "周工"]


def test_the_lists_wait_for_the_first_paint(demo_db: Database, qtbot: QtBot) -> None:
    """Their pinyin order costs pypinyin's import (~140 ms), the customers and defect types
    their services' modules: not before the window shows."""
    hidden = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(hidden)
    qtbot.wait(20)
    lists = ("ownerCombo", "productCombo", "customerCombo", "defectCombo")
    assert not hidden.lists_filled
    assert all(getattr(hidden.ui, name).count() == 1 for name in lists)  # "All …" only
    hidden.resize(1200, 700)
    hidden.show()
    qtbot.waitUntil(lambda: hidden.lists_filled, timeout=5000)
    assert hidden.ui.customerCombo.count() > 1 and hidden.ui.defectCombo.count() > 1


@pytest.mark.parametrize("use", ["click", "wheel", "key"])
def test_the_pinyin_lists_are_read_on_their_first_use(
    demo_db: Database, qtbot: QtBot, use: str
) -> None:
    """Owners, products and departments in pinyin order need pypinyin, whose import held the
    window half a second after its first paint at 100,000 complaints: each is read when a
    person first reaches for it, and its popup or its next choice then holds the whole list."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.lists_filled, timeout=5000)
    owner, product, department = view.ui.ownerCombo, view.ui.productCombo, view.ui.departmentCombo
    assert owner.count() == product.count() == department.count() == 1  # "All …" only, for now
    if use == "click":
        open_and_close(owner)
    elif use == "wheel":
        wheel = QWheelEvent(
            QPointF(5, 5), QPointF(owner.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(owner, wheel)
    else:
        owner.setFocus()
        qtbot.keyClick(owner, Qt.Key.Key_Down)
    held = {r[0] for r in demo_db.execute_sql("SELECT DISTINCT owner FROM complaint")} - {""}
    assert {owner.itemData(i) for i in range(1, owner.count())} == held
    if use != "click":  # the wheel's or the key's own step, taken on the whole list
        assert owner.currentIndex() == 1 and view.model.query.owner == owner.itemData(1)
    assert product.count() == department.count() == 1  # each waits for its own first use
    view.show_due(register.OVERDUE, "赵工")  # the due bar's "mine": set through the combo
    assert department.count() == 1 and owner.currentData() == "赵工"


def test_defect_types_are_listed_in_the_departments_order_retired_ones_last(
    demo_db: Database, qtbot: QtBot
) -> None:
    update_defect_type("pit", "Pit", "麻点", False, actor=ADMIN)  # retired: its complaints keep it
    view = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(view)
    view.fill_register_lists()  # as the first paint does
    combo = view.ui.defectCombo
    codes = [combo.itemData(i) for i in range(1, combo.count())]
    assert codes[:3] == ["scratch", "roll_mark", "scale"] and codes[-1] == "pit"
    assert combo.itemText(combo.count() - 1) == "Pit (not in use)"
    choose(combo, "pit")
    pits = "defect_type_id = (SELECT id FROM defect_type WHERE code = 'pit')"
    assert view.model.rowCount() == count(demo_db, pits) > 0


def test_customer_filter(view: RegisterView, demo_db: Database) -> None:
    customer_id, name = demo_db.execute_sql(
        "SELECT id, name FROM customer WHERE name = '佛山某不锈钢制品厂'"
    ).fetchone()
    choose(view.ui.customerCombo, customer_id)
    assert view.ui.customerCombo.currentText() == name
    assert view.model.rowCount() == count(demo_db, "customer_id = ?", (customer_id,))
    assert view.current_query().customer_id == customer_id


def test_received_date_range_means_the_departments_days(
    demo_db: Database, qtbot: QtBot, pc_in_los_angeles
) -> None:
    set_department_zone("Asia/Shanghai")
    view = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(view)
    first, last = date(2026, 9, 1), date(2026, 9, 30)
    ui = view.ui
    ui.fromDate.setDate(QDate(first))
    ui.toDate.setDate(QDate(last))
    assert view.model.rowCount() == count(demo_db)  # dates count only once ticked
    ui.fromCheck.setChecked(True)
    ui.toCheck.setChecked(True)
    # Midnights in Shanghai, not in Los Angeles where this PC thinks it is.
    start = to_storage(datetime(2026, 9, 1, tzinfo=SHANGHAI))
    end = to_storage(datetime(2026, 10, 1, tzinfo=SHANGHAI))
    expected = count(demo_db, "received_at >= ? AND received_at < ?", (str(start), str(end)))
    assert 0 < expected < count(demo_db)
    assert view.model.rowCount() == expected

    ui.toCheck.setChecked(False)
    assert view.model.rowCount() == count(demo_db, "received_at >= ?", (str(start),))


def test_times_are_shown_in_the_departments_zone_and_the_header_says_which(
    demo_db: Database, qtbot: QtBot, pc_in_los_angeles
) -> None:
    set_department_zone("Asia/Shanghai")
    moment = datetime(2026, 10, 1, 0, 30, tzinfo=SHANGHAI)  # 30 September 09:30 in Los Angeles
    saved = register_complaint(example_draft(received_at=moment), clock=clock, actor=ENGINEER)
    view = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(view)
    model = view.model
    received = column("received_at")
    assert model.headerData(received, Qt.Orientation.Horizontal) == "Received (Asia/Shanghai)"
    row = model.row_of(saved.id)
    assert model.index(row, received).data() == "2026-10-01 00:30"


def test_the_date_range_starts_from_the_clocks_day_in_the_departments_zone(
    demo_db: Database, qtbot: QtBot, pc_in_los_angeles
) -> None:
    """Today comes from the injected clock, in Shanghai: 1 November there, still 31 October in
    Los Angeles and UTC."""
    set_department_zone("Asia/Shanghai")
    view = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(view)
    assert view.ui.toDate.date().toPython() == date(2026, 11, 1)
    assert view.ui.fromDate.date().toPython() == date(2026, 10, 1)
    view.ui.fromDate.setDate(QDate(2025, 1, 1))
    view.ui.clearButton.click()
    assert view.ui.fromDate.date().toPython() == date(2026, 10, 1)


def test_filters_combine_and_clear_restores_everything(
    view: RegisterView, demo_db: Database
) -> None:
    ui = view.ui
    choose(ui.severityCombo, "serious")
    choose(ui.marketCombo, "domestic")
    choose(ui.statusCombo, "open")
    choose(ui.ownerCombo, "李工")
    expected = count(
        demo_db,
        "severity = 'serious' AND market = 'domestic' AND status != 'closed' AND owner = '李工'",
    )
    assert expected > 0
    assert view.model.rowCount() == expected
    assert view.current_query() == view.model.query  # what the Excel export exports

    ui.clearButton.click()
    assert view.model.rowCount() == count(demo_db)
    assert replace(view.current_query(), as_of=None, zone=None) == RegisterQuery()
    assert view.current_query().as_of == NOW  # "late" and days open: as of the view's clock
    assert ui.severityCombo.currentIndex() == ui.ownerCombo.currentIndex() == 0


# -- response clocks, departments, repeats ------------------------------------------------------


def set_clocks(db: Database) -> dict[str, int]:
    """Open cases' next clocks (late, due later today in Shanghai, tomorrow) and clocks met
    late, as the clock service keeps them; one case of each kind, by id, for the colours."""
    now = NOW.replace(tzinfo=None)  # 1 November 01:00 in Shanghai: today runs to 16:00 UTC
    db.execute_sql("UPDATE complaint SET next_due_at = NULL, late_clocks = 0")  # the demo's
    sql = (
        "UPDATE complaint SET next_due_at = datetime(?, ?) WHERE status != 'closed' AND id % 4 = ?"
    )
    for offset, remainder in (("-2 hours", 0), ("+6 hours", 1), ("+24 hours", 2)):
        db.execute_sql(sql, (str(now), offset, remainder))
    db.execute_sql("UPDATE complaint SET late_clocks = 1 WHERE status = 'closed' AND id % 10 = 0")

    def one(where: str) -> int:
        return db.execute_sql(f"SELECT min(id) FROM complaint WHERE {where}").fetchone()[0]

    return {
        "overdue": one("status != 'closed' AND id % 4 = 0"),
        "today": one("status != 'closed' AND id % 4 = 1"),
        "tomorrow": one("status != 'closed' AND id % 4 = 2"),
        "met late": one("late_clocks > 0"),
    }


def test_the_due_filter_shows_what_is_late_and_what_is_due_today(
    view: RegisterView, demo_db: Database
) -> None:
    set_department_zone("Asia/Shanghai")
    set_clocks(demo_db)
    now = str(NOW.replace(tzinfo=None))
    late = count(demo_db, "next_due_at < ? OR late_clocks > 0", (now,))
    start, end = "2026-10-31 16:00:00", "2026-11-01 16:00:00"  # 1 November in Shanghai
    today = count(demo_db, "next_due_at >= ? AND next_due_at < ?", (start, end))
    assert 0 < late < count(demo_db) and 0 < today < count(demo_db)
    choose(view.ui.dueCombo, "late")
    assert view.model.rowCount() == late
    choose(view.ui.dueCombo, "today")
    assert view.model.rowCount() == today
    choose(view.ui.statusCombo, "registered")  # combined with the other filters
    assert view.model.rowCount() == count(
        demo_db, "next_due_at >= ? AND next_due_at < ? AND status = 'registered'", (start, end)
    )
    view.clear_filters()
    assert view.model.rowCount() == count(demo_db) and view.model.query.due is None


def test_department_and_repeat_filters(view: RegisterView, demo_db: Database) -> None:
    open_and_close(view.ui.departmentCombo)
    listed = [
        view.ui.departmentCombo.itemData(i) for i in range(1, view.ui.departmentCombo.count())
    ]
    assert listed == ["精整车间", "冷轧车间", "品质部", "退火酸洗车间", "物流部"]  # by pinyin
    choose(view.ui.departmentCombo, "品质部")
    assert view.model.rowCount() == count(demo_db, "responsible_department = '品质部'")
    choose(view.ui.repeatCombo, False)
    first = count(demo_db, "responsible_department = '品质部' AND repeat = 0")
    assert first > 0 and view.model.rowCount() == first
    view.ui.departmentCombo.setCurrentIndex(0)
    choose(view.ui.repeatCombo, True)
    assert view.model.rowCount() == count(demo_db, "repeat = 1") < count(demo_db)


def test_a_late_due_cell_is_red_and_says_so_one_due_today_amber(
    demo_db: Database, qtbot: QtBot
) -> None:
    set_department_zone("Asia/Shanghai")
    cases = set_clocks(demo_db)
    view = RegisterView(demo_db, clock=clock)
    qtbot.addWidget(view)
    model, due = view.model, column("due_at")

    def cell(name: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(model.row_of(cases[name]), due).data(role)

    colour = Qt.ItemDataRole.ForegroundRole
    tip = Qt.ItemDataRole.ToolTipRole
    assert cell("overdue") == "2026-10-31 23:00 · overdue"  # two hours ago, in Shanghai
    assert cell("overdue", tip) == "A response clock is overdue: it was due at 2026-10-31 23:00."
    assert cell("today") == "2026-11-01 07:00 · today"
    assert cell("today", tip) == "A response clock falls due today, at 2026-11-01 07:00."
    assert cell("tomorrow") == "2026-11-02 01:00"
    assert (
        cell("met late") == "met late" and cell("met late", tip) == "1 response clock was met late."
    )
    red, amber = cell("overdue", colour), cell("today", colour)
    assert red == cell("met late", colour) and red.red() > 150 and red.green() < 80
    assert amber is not None and amber != red and cell("tomorrow", colour) is None
    model.sort(due, Qt.SortOrder.AscendingOrder)  # the most urgent first, the empty ones last
    sql = "SELECT id FROM complaint WHERE next_due_at IS NOT NULL ORDER BY next_due_at, id"
    assert model.complaint_id(0) == demo_db.execute_sql(sql).fetchone()[0]
    last = model.complaint_id(model.rowCount() - 1)
    assert count(demo_db, "id = ? AND next_due_at IS NULL", (last,)) == 1


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_filters_fit_the_laptop_at_125_percent(demo_db: Database, qtbot: QtBot, lang: str):
    """1366 pixels at 125 % leave 1092 for the window: the search row fits, the combos wrap
    into a second row there and stay in one at 100 %."""
    from PySide6.QtWidgets import QApplication

    from qa_desktop.gui import language

    app = QApplication.instance()
    font = app.font()
    language.install_font(app)  # as the application starts: the widths are the bundled font's
    language.install(app, lang)
    try:
        view = RegisterView(demo_db, clock=clock)
        qtbot.addWidget(view)
        assert view.minimumSizeHint().width() <= 1366 / 1.25 - 20  # the window's margins
        flow, one_row = view.ui.filterRow, view.ui.statusCombo.sizeHint().height()
        assert flow.heightForWidth(1366 - 40) == one_row
        assert one_row < flow.heightForWidth(int(1366 / 1.25) - 20) < 3 * one_row
    finally:
        language.install(app, "en")
        app.setFont(font)


# -- search ----------------------------------------------------------------------------------


def test_search_waits_for_typing_to_pause(
    view: RegisterView, demo_db: Database, qtbot: QtBot
) -> None:
    type_text(qtbot, view.ui.searchEdit, "划伤")
    assert view.ui.searchEdit.text() == "划伤"
    assert view.model.query.text == ""  # debounced: nothing ran yet
    qtbot.waitUntil(lambda: view.model.query.text == "划伤", timeout=2000)
    expected = register.ids(demo_db, RegisterQuery(text="划伤"))
    assert 0 < len(expected) < count(demo_db)
    assert shown_ids(view) == expected


def test_search_for_a_coil_number_prefix(
    view: RegisterView, demo_db: Database, qtbot: QtBot
) -> None:
    qtbot.keyClicks(view.ui.searchEdit, EXAMPLE_COIL_PREFIX)
    qtbot.waitUntil(lambda: view.model.query.text == EXAMPLE_COIL_PREFIX, timeout=2000)
    expected = register.ids(demo_db, RegisterQuery(text=EXAMPLE_COIL_PREFIX))
    example = demo_db.execute_sql(
        "SELECT complaint_id FROM coil_line WHERE coil_no = 'S24A0817-03'"
    ).fetchone()[0]
    assert example in expected
    assert shown_ids(view) == expected

    view.ui.clearButton.click()
    assert view.ui.searchEdit.text() == ""
    assert view.model.rowCount() == count(demo_db)


# -- opening and refreshing ------------------------------------------------------------------


def test_double_click_opens_that_complaint(view: RegisterView, qtbot: QtBot) -> None:
    table = view.ui.table
    row = 4
    centre = table.visualRect(view.model.index(row, column("customer"))).center()
    opened: list[int] = []
    view.open_requested.connect(opened.append)
    # A real double-click is a click and then a double-click event; QTest's mouseDClick alone
    # leaves the view without the first release.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(view.open_requested, timeout=1000) as signal:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == [view.model.complaint_id(row)]
    assert opened == [view.model.complaint_id(row)]  # once, not once per click


def test_enter_opens_the_current_complaint(view: RegisterView, qtbot: QtBot) -> None:
    table = view.ui.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(2, 0))
    with qtbot.waitSignal(view.open_requested, timeout=1000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [view.model.complaint_id(2)]
    assert view.current_complaint_id() == view.model.complaint_id(2)


AFTER_THE_DEMO = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)  # its newest case is at 09:00


def test_refresh_after_a_save_shows_and_selects_the_new_complaint(
    view: RegisterView, demo_db: Database
) -> None:
    assert view.current_complaint_id() is None
    saved = register_complaint(
        example_draft(
            customer_name="Neue Kunde GmbH", market="export", owner="Anna Berg",
            received_at=AFTER_THE_DEMO,
        ),
        clock=lambda: AFTER_THE_DEMO + timedelta(hours=1), actor=ENGINEER,
    )  # fmt: skip
    choose(view.ui.ownerCombo, "王工")  # a filter that the new owner's list must keep
    view.reload_choices()
    assert view.ui.customerCombo.findText("Neue Kunde GmbH") > 0
    assert view.ui.ownerCombo.findData("Anna Berg") > 0
    assert view.ui.ownerCombo.currentData() == "王工"
    view.ui.clearButton.click()
    view.refresh(saved.id)
    assert view.model.rowCount() == count(demo_db) == DEMO_SIZE + 2
    assert view.current_complaint_id() == saved.id
    assert view.model.row_of(saved.id) == 0  # newest first


def test_header_state_round_trip_keeps_order_and_widths(
    view: RegisterView, demo_db: Database, qtbot: QtBot
) -> None:
    header = view.ui.table.horizontalHeader()
    click_header(view, qtbot, column("customer"))
    header.resizeSection(column("defect"), 333)
    saved = view.header_state()

    again = RegisterView(demo_db)
    qtbot.addWidget(again)
    assert again.restore_header_state(saved)
    assert again.ui.table.horizontalHeader().sectionSize(column("defect")) == 333
    assert (again.current_query().sort_key, again.current_query().descending) == (
        "customer",
        view.current_query().descending,
    )
    assert again.model.complaint_id(0) == view.model.complaint_id(0)
