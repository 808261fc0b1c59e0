"""The complaint register as queries: filter and search to an ordered list of ids, then rows by id.

The window starts from `head()` (the count and the first page's ids, well under a millisecond),
takes the ids of the whole result (~35 ms at 100,000) only when it needs them, and fetches rows a
page at a time as they scroll into view; the Excel export walks the same ids in chunks. Figures
counted at a moment (days open, late, due today) are the query's: `at()` fixes its moment and zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from qa_desktop.core import register_vocab as vocab  # the register's vocabularies only
from qa_desktop.core import search_sql, settings
from qa_desktop.core.clock import from_storage, to_storage, utc_now, zone_label
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from qa_desktop.core.money_text import minor_text
from qa_desktop.core.register_figures import (
    CLOSED_AT,
    DAYS_OPEN,
    DAYS_SINCE_SHIPMENT,
    bind,
    day_bounds,
)
from qa_desktop.core.register_vocab import OTHER_DEFECT

if TYPE_CHECKING:  # any connection with Peewee's execute_sql, cursor and atomic will do: a
    from peewee import Database  # start-up reads its first screen without Peewee loaded

CONTEXT = "Register"


class Column(NamedTuple):
    key: str
    title: str  # English source text; translated with translate(CONTEXT, title)
    select: str  # SQL expression for the row
    sort: str  # SQL expression to order by
    nulls_last: bool = False  # empty values after the others, in either direction

    def header(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.title, lang)


# The defect's select is "": its name depends on the language (defect_name_sql).
# Customers sort by their pinyin key (core/sorting.py): by name, 上海 would come before 佛山.
COLUMNS: tuple[Column, ...] = (
    Column("case_no", QT_TRANSLATE_NOOP("Register", "Case no."), "c.case_no", "c.case_no"),
    Column("received_at", QT_TRANSLATE_NOOP("Register", "Received"), "c.received_at", "c.received_at"),
    Column("customer", QT_TRANSLATE_NOOP("Register", "Customer"), "cu.name", "cu.sort_key"),
    Column("market", QT_TRANSLATE_NOOP("Register", "Market"), "c.market", "c.market"),
    Column("category", QT_TRANSLATE_NOOP("Register", "Category"), "c.category", "c.category"),
    Column("product", QT_TRANSLATE_NOOP("Register", "Product"), "c.product", "c.product"),
    Column("specification", QT_TRANSLATE_NOOP("Register", "Specification"), "c.specification", "c.specification"),
    Column("coils", QT_TRANSLATE_NOOP("Register", "Coils / lots"), "s.coils", "s.coils"),
    Column("defect", QT_TRANSLATE_NOOP("Register", "Defect type"), "", "d.sort_order"),
    Column("affected_qty", QT_TRANSLATE_NOOP("Register", "Affected qty"), "c.affected_qty", "c.affected_qty"),
    Column("affected_unit", QT_TRANSLATE_NOOP("Register", "Unit"), "c.affected_unit", "c.affected_unit"),
    Column("severity", QT_TRANSLATE_NOOP("Register", "Severity"), "c.severity",
           "CASE c.severity WHEN 'major' THEN 0 WHEN 'serious' THEN 1 ELSE 2 END"),
    Column("status", QT_TRANSLATE_NOOP("Register", "Status"), "c.status", "c.status"),
    Column("owner", QT_TRANSLATE_NOOP("Register", "Owner"), "c.owner", "c.owner"),
    # Issue 12: what real registers keep. The next clock falls due first for who sorts by it,
    # in either direction; cases with no clock running, no closure or no ship date come last.
    Column("responsible_department", QT_TRANSLATE_NOOP("Register", "Responsible department"),
           "c.responsible_department", "c.responsible_department"),
    Column("due_at", QT_TRANSLATE_NOOP("Register", "Due"), "c.next_due_at", "c.next_due_at", True),
    Column("closed_at", QT_TRANSLATE_NOOP("Register", "Close date"), CLOSED_AT, CLOSED_AT, True),
    Column("days_open", QT_TRANSLATE_NOOP("Register", "Days open"), DAYS_OPEN, DAYS_OPEN),
    Column("days_since_shipment", QT_TRANSLATE_NOOP("Register", "Days since shipment"),
           DAYS_SINCE_SHIPMENT, DAYS_SINCE_SHIPMENT, True),
    Column("repeat", QT_TRANSLATE_NOOP("Register", "Repeat"), "c.repeat", "c.repeat"),
    Column("approved", QT_TRANSLATE_NOOP("Register", "Approved amount"), "c.approved_minor",
           "c.approved_minor"),
)  # fmt: skip
COLUMN_KEYS = tuple(column.key for column in COLUMNS)
BY_KEY = {column.key: column for column in COLUMNS}
# Read with each row beside the columns: how many clocks were met late (the due cell's colour).
HIDDEN_SELECT = "c.late_clocks"
YES = QT_TRANSLATE_NOOP("Register", "Yes")
# The received column names the zone its times are shown in: one zone per screen, said once.
RECEIVED_IN_ZONE = QT_TRANSLATE_NOOP("Register", "Received ({zone})")
UNKNOWN_SORT = QT_TRANSLATE_NOOP(
    "Register", "The register cannot be sorted by {value}; use one of: {allowed}."
)

# The joins behind a register row; the Excel export and the benchmark use the same.
ROWS_FROM = (
    " FROM complaint c JOIN customer cu ON cu.id = c.customer_id"
    " LEFT JOIN defect_type d ON d.id = c.defect_type_id"
    f" LEFT JOIN {search_sql.TABLE} s ON s.id = c.id"
)

# The "open" status filter: every status but the closed ones (never a status code itself).
OPEN = "open"
CLOSED_STATUSES = frozenset({vocab.Status.CLOSED})  # judged invalid still owes an answer
OPEN_STATUSES = tuple(s.value for s in vocab.Status if s not in CLOSED_STATUSES)
# The due filter: a response clock late (overdue now, or some clock met late), or the next one
# falling due on the department's today.
LATE = "late"
OVERDUE = "overdue"  # a clock overdue now: what the main window's bar counts and shows
DUE_TODAY = "today"
DUE_FILTERS = (LATE, OVERDUE, DUE_TODAY)


@dataclass(frozen=True)
class RegisterQuery:
    """What the register shows: filters (empty = all), a search, an order. Values are codes
    (status, severity, category, market, defect type) or exact texts (owner, product);
    `register_filters.check()` refuses unknown ones with one sentence."""

    statuses: tuple[str, ...] = ()  # OPEN stands for OPEN_STATUSES
    customer_id: int | None = None
    severities: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    market: str | None = None
    defect_types: tuple[str, ...] = ()  # codes
    owner: str | None = None
    product: str | None = None
    received_from: datetime | None = None  # aware, inclusive
    received_before: datetime | None = None  # aware, exclusive
    due: str | None = None  # LATE, OVERDUE or DUE_TODAY
    responsible_department: str | None = None  # exact text, as on the complaints
    repeat: bool | None = None  # True: repeat complaints only; False: first complaints only
    text: str = ""
    sort_key: str = "received_at"
    descending: bool = True
    # When "late", "due today" and days open are counted, and in which zone a day is the
    # department's; None: now, and the department's zone, when the query runs (at()).
    as_of: datetime | None = None  # aware
    zone: tzinfo | None = None

    def between_days(self, first: date | None, last: date | None, zone: tzinfo) -> RegisterQuery:
        """Limit to complaints received on days first..last (inclusive) of `zone`, the
        department's: a day is the same day for everyone on the file, whatever their PC says."""
        # combine() with a ZoneInfo applies that day's own offset (daylight saving).
        start = datetime.combine(first, time(), zone) if first else None
        end = datetime.combine(last + timedelta(days=1), time(), zone) if last else None
        return replace(self, received_from=start, received_before=end)


def at(query: RegisterQuery, db: Database | None = None) -> RegisterQuery:
    """The query with its moment (now) and zone (the department's, read through `db` or the
    models' connection) filled in where it leaves them open."""
    if query.as_of is not None and query.zone is not None:
        return query
    return replace(
        query,
        as_of=query.as_of or utc_now(),
        zone=query.zone or settings.department_zone(db),
    )


def clauses(query: RegisterQuery) -> list[tuple[str, str, list[object]]]:
    """(filter, SQL condition on `complaint c`, parameters) for each filter the query sets; the
    filter is the RegisterQuery field ("received" for both date bounds)."""
    found: list[tuple[str, str, list[object]]] = []
    query = at(query)
    assert query.as_of is not None and query.zone is not None

    def any_of(name: str, column: str, values: Sequence[object]) -> None:
        found.append((name, f"{column} IN ({', '.join('?' for _ in values)})", list(values)))

    # Overdue now and due today are a few per cent of the register at most: SQLite is told to
    # walk next_due_at's index (a unary + keeps it off the status and owner indexes, which it
    # picks otherwise: the main window's due bar counted in 83 ms instead of 24 at 100,000).
    due_first = "+" if query.due in (OVERDUE, DUE_TODAY) else ""
    if query.statuses:
        statuses = [
            s for code in query.statuses for s in (OPEN_STATUSES if code == OPEN else (code,))
        ]
        any_of("statuses", f"{due_first}c.status", list(dict.fromkeys(statuses)))
    if query.severities:
        any_of("severities", "c.severity", query.severities)
    if query.categories:
        any_of("categories", "c.category", query.categories)
    if query.market:
        any_of("market", "c.market", [query.market])
    if query.customer_id is not None:
        any_of("customer_id", "c.customer_id", [query.customer_id])
    if query.defect_types:
        marks = ", ".join("?" for _ in query.defect_types)
        condition = f"c.defect_type_id IN (SELECT id FROM defect_type WHERE code IN ({marks}))"
        found.append(("defect_types", condition, list(query.defect_types)))
    if query.owner is not None:
        any_of("owner", f"{due_first}c.owner", [query.owner])
    if query.product is not None:
        any_of("product", "c.product", [query.product])
    if query.received_from is not None:
        found.append(("received", "c.received_at >= ?", [str(to_storage(query.received_from))]))
    if query.received_before is not None:
        found.append(("received", "c.received_at < ?", [str(to_storage(query.received_before))]))
    if query.due == LATE:
        now = str(to_storage(query.as_of))
        found.append(("due", "(c.next_due_at < ? OR c.late_clocks > 0)", [now]))
    elif query.due == OVERDUE:
        found.append(("due", "c.next_due_at < ?", [str(to_storage(query.as_of))]))
    elif query.due == DUE_TODAY:
        start, end = (str(to_storage(b)) for b in day_bounds(query.as_of, query.zone))
        found.append(("due", "c.next_due_at >= ? AND c.next_due_at < ?", [start, end]))
    if query.responsible_department is not None:
        any_of("responsible_department", "c.responsible_department", [query.responsible_department])
    if query.repeat is not None:
        any_of("repeat", "c.repeat", [int(query.repeat)])
    matched = search_sql.matching_ids_sql(query.text)
    if matched is not None:
        sql, search_params = matched
        found.append(("text", f"c.id IN ({sql})", list(search_params)))
    return found


def _where(query: RegisterQuery) -> tuple[str, list[object]]:
    found = clauses(query)
    params = [param for _, _, values in found for param in values]
    return (" WHERE " + " AND ".join(c for _, c, _ in found)) if found else "", params


def ids_sql(query: RegisterQuery, limit: int | None = None) -> tuple[str, list[object]]:
    """The SQL behind `ids()`, exposed so the benchmark can time the raw query beside it."""
    if query.sort_key not in BY_KEY:  # it goes into the SQL: never anything but a column's
        raise translated(
            CONTEXT, UNKNOWN_SORT, value=query.sort_key, allowed=", ".join(COLUMN_KEYS)
        )
    query = at(query)
    assert query.as_of is not None and query.zone is not None
    where, params = _where(query)
    column = BY_KEY[query.sort_key]
    order = ("DESC" if query.descending else "ASC") + (" NULLS LAST" if column.nulls_last else "")
    sort = bind(column.sort, query.as_of, query.zone)
    # Only join what the sort needs: the ids query must stay fast at 100,000 rows.
    joins = " FROM complaint c"
    if sort.startswith("cu."):
        joins += " JOIN customer cu ON cu.id = c.customer_id"
    elif sort.startswith("d."):
        joins += " LEFT JOIN defect_type d ON d.id = c.defect_type_id"
    elif sort.startswith("s."):
        joins += f" LEFT JOIN {search_sql.TABLE} s ON s.id = c.id"
    tie = "DESC" if query.descending else "ASC"
    sql = f"SELECT c.id{joins}{where} ORDER BY {sort} {order}, c.id {tie}"
    if limit is None:
        return sql, params
    return f"{sql} LIMIT ?", [*params, limit]


def count_sql(query: RegisterQuery) -> tuple[str, list[object]]:
    """How many complaints `query` finds: its filters on `complaint` alone, no join, no order."""
    where, params = _where(at(query))
    return f"SELECT count(*) FROM complaint c{where}", params


def count(db: Database, query: RegisterQuery) -> int:
    """How many complaints `query` finds (the register's count, without reading the ids)."""
    sql, params = count_sql(at(query, db))
    return db.execute_sql(sql, params).fetchone()[0]


def ids(db: Database, query: RegisterQuery, limit: int | None = None) -> list[int]:
    """The ids of the result in the query's order (the first `limit` of them if given)."""
    sql, params = ids_sql(at(query, db), limit)
    cursor = db.cursor()
    # One column: a row factory that returns the bare id is ~1.5x faster than unpacking
    # 100,000 tuples in Python (measured 28 vs 43 ms).
    cursor.row_factory = _first_column
    return cursor.execute(sql, params).fetchall()


def _first_column(cursor: object, row: tuple) -> object:
    return row[0]


class RegisterHead(NamedTuple):
    """How many complaints a query finds and the ids of the first of them, read together."""

    count: int
    ids: list[int]


def head(db: Database, query: RegisterQuery, size: int) -> RegisterHead:
    """The count and the first `size` ids of `query`, in one read transaction so that they
    agree (a complaint saved meanwhile by another window is in both or in neither): what the
    register needs for its first screen. Over an index, both take well under a millisecond at
    100,000 complaints where the whole ordered list takes ~35 ms (benchmarks/register.py)."""
    total_sql, total_params = count_sql(query)
    # DEFERRED: a read takes no write lock (this file's transactions take it up front).
    with db.atomic("DEFERRED"):
        first = ids(db, query, size)  # first: it refuses an unknown sort before anything runs
        total = db.execute_sql(total_sql, total_params).fetchone()[0]
    return RegisterHead(total, first)


class RegisterRow(NamedTuple):
    """One complaint as the register shows it: its id, and each column's value by key."""

    id: int
    values: dict[str, object]

    def display(self, key: str, lang: str | None = None) -> str:
        return display_value(key, self.values.get(key), lang)


def defect_name_sql(lang: str) -> str:
    """The defect type's name in this language (Chinese falls back to English); for the type
    "other", followed by what the complaint says the defect is ("其他（请说明）: 白点")."""
    name = "coalesce(nullif(d.name_zh, ''), d.name_en)" if lang.startswith("zh") else "d.name_en"
    return (
        f"CASE WHEN d.code = '{OTHER_DEFECT}' AND c.defect_other <> ''"
        f" THEN {name} || ': ' || c.defect_other ELSE {name} END"
    )


def records_by_id(
    db: Database, select: str, wanted: Sequence[int], chunk: int = 1000
) -> Iterator[list[tuple]]:
    """`SELECT c.id, <select>` over the register's joins for these ids: one query per chunk
    (SQLite >= 3.32 binds 32,766 variables), each chunk's records in the order of `wanted`;
    ids no longer found are skipped."""
    for start in range(0, len(wanted), chunk):
        ids = list(wanted[start : start + chunk])
        sql = f"SELECT c.id, {select}{ROWS_FROM} WHERE c.id IN ({', '.join('?' * len(ids))})"
        found = {record[0]: record for record in db.execute_sql(sql, ids)}
        yield [found[i] for i in ids if i in found]


def select_sql(
    selects: Iterable[str],
    lang: str,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> str:
    """Column expressions joined for a SELECT; "" stands for the defect name in `lang`. Days
    are counted at `now` in `zone` (default: now, in the department's zone)."""
    sql = ", ".join(select or defect_name_sql(lang) for select in selects)
    return bind(sql, now or utc_now(), zone or settings.department_zone())


def rows(
    db: Database,
    wanted: Sequence[int],
    lang: str | None = None,
    zone: tzinfo | None = None,
    now: datetime | None = None,
) -> list[RegisterRow]:
    """Rows for these ids, in the order given (ids not found are skipped), with times in `zone`
    (default: the department's, read once here, never per row) and days open counted at `now`
    (default: now)."""
    zone = zone or settings.department_zone()
    selects = [*(column.select for column in COLUMNS), HIDDEN_SELECT]
    select = select_sql(selects, lang or current_language(), now, zone)
    currency = base_currency(db)
    return [
        RegisterRow(record[0], _values(record[1:], zone, currency))
        for chunk in records_by_id(db, select, wanted)
        for record in chunk
    ]


def base_currency(db: Database) -> str:
    """The currency approved amounts are counted in: the authority matrix's in force."""
    row = db.execute_sql(
        "SELECT json_extract(content, '$.base_currency') FROM matrix_version"
        " ORDER BY version DESC LIMIT 1"
    ).fetchone()
    return row[0] if row and row[0] else "CNY"


def received_header(zone: tzinfo, lang: str | None = None) -> str:
    """The received column's title with the zone its times are in: "Received (Asia/Shanghai)"."""
    return translate(CONTEXT, RECEIVED_IN_ZONE, lang).format(zone=zone_label(zone))


def has_complaints(db: Database) -> bool:
    """Whether the register holds any complaint (a new database offers demo data until it does)."""
    return db.execute_sql("SELECT EXISTS (SELECT 1 FROM complaint)").fetchone()[0] == 1


def _values(record: Sequence[object], zone: tzinfo, currency: str) -> dict[str, object]:
    values = dict(zip(COLUMN_KEYS, record[: len(COLUMN_KEYS)], strict=True))
    (values["late_clocks"],) = record[len(COLUMN_KEYS) :]
    for key in ("received_at", "due_at", "closed_at"):
        values[key] = _as_datetime(values[key], zone)
    values["defect"] = values["defect"] or ""
    values["repeat"] = bool(values["repeat"])
    minor = values.pop("approved")
    values["approved_minor"] = minor
    values["approved"] = minor_text(minor, currency) if minor else ""
    return values


def _as_datetime(value: object, zone: tzinfo) -> datetime | None:
    if value is None:
        return None
    stored = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return from_storage(stored).astimezone(zone)


VOCABULARY: dict[str, type[vocab.Choice]] = {
    "market": vocab.Market,
    "category": vocab.Category,
    "severity": vocab.Severity,
    "status": vocab.Status,
    "affected_unit": vocab.Unit,
}


@lru_cache(maxsize=512)
def _label(key: str, code: str, lang: str) -> str:
    try:
        return VOCABULARY[key](code).label(lang)
    except ValueError:
        return code


@lru_cache(maxsize=8)
def _yes(lang: str) -> str:
    return translate(CONTEXT, YES, lang)


def display_value(key: str, value: object, lang: str | None = None) -> str:
    """How the register shows a value: translated vocabulary, time as given, plain numbers.

    Called for every visible cell on every paint, so it stays a few dictionary look-ups."""
    if value is None or value == "" or value is False:
        return ""
    if key in VOCABULARY:
        return _label(key, str(value), lang or current_language())
    if value is True:
        return _yes(lang or current_language())
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d" if key == "closed_at" else "%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return plain_number(value)
    return str(value)


def plain_number(value: float) -> str:
    """12.5 -> "12.5", 100.0 -> "100", 1e-05 -> "0.00001": no exponent, no trailing zeros."""
    text = repr(value)
    if "e" in text or "n" in text:  # an exponent, inf or nan: rare, so decimal loads for them
        from decimal import Decimal

        return f"{Decimal(text).normalize():f}"
    return text.removesuffix(".0")
