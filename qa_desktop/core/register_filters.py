"""The register's filters beyond the query itself: which values exist, which are refused, which
filters hide a complaint.

A query built from the window's combos can only hold values offered there; one built from the
command line (or, later, an import or a saved view) holds whatever was typed. `check()` refuses
an unknown value with one sentence naming it and what is allowed, so `--status bogus` is an
error rather than an empty register.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from qa_desktop.core import register_vocab as vocab  # the register's vocabularies only
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.register import (
    BY_KEY,
    COLUMN_KEYS,
    CONTEXT,
    DUE_FILTERS,
    OPEN,
    UNKNOWN_SORT,
    RegisterQuery,
    clauses,
)
from qa_desktop.core.text import single_spaced

if TYPE_CHECKING:  # any connection with Peewee's execute_sql, cursor and atomic
    from peewee import Database

MAX_LISTED = 30  # values named in a refusal (owners and products are the department's own)
UNKNOWN = {
    "statuses": QT_TRANSLATE_NOOP("Register", "There is no status {value}; use one of: {allowed}."),
    "severities": QT_TRANSLATE_NOOP("Register", "There is no severity {value}; use one of: {allowed}."),
    "categories": QT_TRANSLATE_NOOP("Register", "There is no category {value}; use one of: {allowed}."),
    "market": QT_TRANSLATE_NOOP("Register", "There is no market {value}; use one of: {allowed}."),
    "defect_types": QT_TRANSLATE_NOOP("Register", "There is no defect type {value}; use one of: {allowed}."),
    "owner": QT_TRANSLATE_NOOP("Register", "No complaint has the owner {value}; the owners are: {allowed}."),
    "product": QT_TRANSLATE_NOOP("Register", "No complaint has the product {value}; the products are: {allowed}."),
    "due": QT_TRANSLATE_NOOP("Register", "There is no due filter {value}; use one of: {allowed}."),
    "responsible_department": QT_TRANSLATE_NOOP(
        "Register", "No complaint has the responsible department {value}; the departments are: {allowed}."),
}  # fmt: skip
NO_CUSTOMER = QT_TRANSLATE_NOOP(
    "Register",
    "There is no customer {value}; give its name as the customer filter lists it, "
    "or its English name.",
)
NOT_AWARE = QT_TRANSLATE_NOOP("Register", "A received-date bound must carry its time zone.")
EMPTY_RANGE = QT_TRANSLATE_NOOP(
    "Register", "The received-date range ends before it starts ({first} to {last})."
)


def check(db: Database, query: RegisterQuery, lang: str | None = None) -> None:
    """Raise UserError with one sentence if the query holds a value the register does not know."""
    sentence = problem(db, query, lang)
    if sentence:
        raise UserError(sentence)


def problem(db: Database, query: RegisterQuery, lang: str | None = None) -> str:
    """Why this query cannot be run as given, or "" (the first problem found)."""
    codes = {
        "statuses": (query.statuses, [s.value for s in vocab.Status] + [OPEN]),
        "severities": (query.severities, [s.value for s in vocab.Severity]),
        "categories": (query.categories, [c.value for c in vocab.Category]),
        "market": ((query.market,) if query.market else (), [m.value for m in vocab.Market]),
        "defect_types": (query.defect_types, _defect_codes(db) if query.defect_types else []),
        "due": ((query.due,) if query.due is not None else (), list(DUE_FILTERS)),
    }
    for name, (values, allowed) in codes.items():
        unknown = next((value for value in values if value not in allowed), None)
        if unknown is not None:
            return _unknown(UNKNOWN[name], unknown, allowed, lang)
    held = (
        ("owner", query.owner),
        ("product", query.product),
        ("responsible_department", query.responsible_department),
    )
    for column, value in held:
        # A look-up on the column's index; the pinyin-ordered list only to say what is allowed.
        if value is not None and not _held(db, column, value):
            return _unknown(UNKNOWN[column], value, _distinct(db, column), lang)
    if query.customer_id is not None and not _exists(db, "customer", query.customer_id):
        return translate(CONTEXT, NO_CUSTOMER, lang).format(value=query.customer_id)
    if query.sort_key not in BY_KEY:
        return _unknown(UNKNOWN_SORT, query.sort_key, list(COLUMN_KEYS), lang)
    return _range_problem(query, lang)


def _held(db: Database, column: str, value: str) -> bool:
    """Whether some complaint has this owner, product or responsible department (`column` is
    ours, never typed)."""
    sql = f"SELECT EXISTS (SELECT 1 FROM complaint WHERE {column} = ?)"
    return db.execute_sql(sql, (value,)).fetchone()[0] == 1


def _unknown(message: str, value: str, allowed: list[str], lang: str | None) -> str:
    shown = allowed[:MAX_LISTED] + (["…"] if len(allowed) > MAX_LISTED else [])
    return translate(CONTEXT, message, lang).format(value=value, allowed=", ".join(shown))


def _range_problem(query: RegisterQuery, lang: str | None) -> str:
    bounds = [b for b in (query.received_from, query.received_before) if b is not None]
    if any(bound.tzinfo is None for bound in bounds):
        return translate(CONTEXT, NOT_AWARE, lang)
    first, before = query.received_from, query.received_before
    if first is not None and before is not None and before <= first:
        last = (before - timedelta(microseconds=1)).astimezone(first.tzinfo)  # the last day
        return translate(CONTEXT, EMPTY_RANGE, lang).format(
            first=f"{first:%Y-%m-%d}", last=f"{last:%Y-%m-%d}"
        )
    return ""


def _defect_codes(db: Database) -> list[str]:
    return [row[0] for row in db.execute_sql("SELECT code FROM defect_type ORDER BY sort_order")]


def _exists(db: Database, table: str, row_id: int) -> bool:
    sql = f"SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?)"
    return db.execute_sql(sql, (row_id,)).fetchone()[0] == 1


# --- what the register holds --------------------------------------------------------------------


def owners(db: Database) -> list[str]:
    """Every owner named on a complaint, in pinyin order (DISTINCT reads the owner index)."""
    return _distinct(db, "owner")


def products(db: Database) -> list[str]:
    """Every product named on a complaint, in pinyin order."""
    return _distinct(db, "product")


def departments(db: Database) -> list[str]:
    """Every department made responsible for a complaint, in pinyin order."""
    return _distinct(db, "responsible_department")


def _distinct(db: Database, column: str) -> list[str]:
    from qa_desktop.core.sorting import sort_key  # pypinyin: ~100 ms, so only when asked

    rows = db.execute_sql(f"SELECT DISTINCT {column} FROM complaint WHERE {column} != ''")
    return sorted((row[0] for row in rows), key=sort_key)


def customer_named(db: Database, name: str) -> int | None:
    """The id of the customer of this name (as listed, or its English name in any case); a
    spelling merged into another customer gives that one."""
    wanted = single_spaced(name)
    row = db.execute_sql(
        "SELECT id, merged_into_id FROM customer WHERE name = ? OR lower(name_en) = lower(?)"
        " ORDER BY name = ? DESC, id LIMIT 1",
        (wanted, wanted, wanted),
    ).fetchone()
    if row is None:
        return None
    return row[1] if row[1] is not None else row[0]  # merges never chain: one step at most


def unknown_customer(name: str, lang: str | None = None) -> UserError:
    return UserError(translate(CONTEXT, NO_CUSTOMER, lang).format(value=name))


# --- a complaint the filters hide ---------------------------------------------------------------


def filters_hiding(db: Database, query: RegisterQuery, complaint_id: int) -> list[str]:
    """The filters of `query` that leave this complaint out (RegisterQuery field names, and
    "received" for the date range), in the order the query applies them; none for a
    complaint that does not exist (no filter is to blame)."""
    if not _exists(db, "complaint", complaint_id):
        return []
    hiding: list[str] = []
    for name, condition, params in clauses(query):
        sql = f"SELECT EXISTS (SELECT 1 FROM complaint c WHERE c.id = ? AND {condition})"
        shown = db.execute_sql(sql, [complaint_id, *params]).fetchone()[0] == 1
        if not shown and name not in hiding:
            hiding.append(name)
    return hiding
