"""The complaint tracking table (客户投诉处理跟踪表) as an Excel workbook: one row per case of the
register's query (same filters, search and order as the register export), with its state, each
response clock due and met, met late, late or not due yet, the actions open, overdue and in all,
days open and since shipment, repeat, the approved amount, the close date and the latest 8D
report revision sent.

Written as the register export is (`xlsx_sheet`: formula-safe inline text, atomic, a cancel
between chunks); four queries per chunk of 1,000 cases (core/tracking.py).

Import this module lazily: openpyxl alone costs ~270 ms.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, tzinfo
from pathlib import Path

from peewee import Database

from qa_desktop.core import register, vocab
from qa_desktop.core.clocks.rules import ClockRule
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.register_figures import CLOSED_AT, DAYS_OPEN, DAYS_SINCE_SHIPMENT
from qa_desktop.core.reports.xlsx_sheet import (
    Column,
    IsCancelled,
    Progress,
    Sheet,
    header_titles,
    write_sheet,
)
from qa_desktop.core.tracking import CLOCK_STATES, CONTEXT, case_clocks, tracked_rules

CHUNK = 1000
SHEET_TITLE = QT_TRANSLATE_NOOP("TrackingXlsx", "Complaint tracking table")
CLOCK_DUE = QT_TRANSLATE_NOOP("TrackingXlsx", "{clock}: due")
CLOCK_STATE = QT_TRANSLATE_NOOP("TrackingXlsx", "{clock}: status")

# Before the clocks: who and what the case is; the register's SQL over its joins.
HEAD: tuple[Column, ...] = (
    Column("case_no", QT_TRANSLATE_NOOP("TrackingXlsx", "Case no."), "c.case_no", 15),
    Column("customer", QT_TRANSLATE_NOOP("TrackingXlsx", "Customer"), "cu.name", 24, "wrap"),
    Column("received_at", QT_TRANSLATE_NOOP("TrackingXlsx", "Received"), "c.received_at", 17, "datetime"),
    Column("status", QT_TRANSLATE_NOOP("TrackingXlsx", "Status"), "c.status", 13, "wrap", vocab.Status),
    Column("validity", QT_TRANSLATE_NOOP("TrackingXlsx", "Validity"), "c.validity", 10, vocabulary=vocab.Validity),
    Column("severity", QT_TRANSLATE_NOOP("TrackingXlsx", "Severity"), "c.severity", 9, vocabulary=vocab.Severity),
    Column("responsible_department", QT_TRANSLATE_NOOP("TrackingXlsx", "Responsible department"), "c.responsible_department", 13, "wrap"),
    Column("owner", QT_TRANSLATE_NOOP("TrackingXlsx", "Owner"), "c.owner", 10),
)  # fmt: skip
# After the clocks: the actions (counted per chunk, not in the register's SQL) ...
ACTIONS: tuple[Column, ...] = (
    Column("actions_open", QT_TRANSLATE_NOOP("TrackingXlsx", "Actions open"), "", 9, "number"),
    Column("actions_overdue", QT_TRANSLATE_NOOP("TrackingXlsx", "Actions overdue"), "", 9, "number"),
    Column("actions_total", QT_TRANSLATE_NOOP("TrackingXlsx", "Actions in all"), "", 9, "number"),
)  # fmt: skip
# ... then the register's figures, and what was last sent to the customer.
TAIL: tuple[Column, ...] = (
    Column("days_open", QT_TRANSLATE_NOOP("TrackingXlsx", "Days open"), DAYS_OPEN, 8, "number"),
    Column("days_since_shipment", QT_TRANSLATE_NOOP("TrackingXlsx", "Days since shipment"), DAYS_SINCE_SHIPMENT, 10, "number"),
    Column("repeat", QT_TRANSLATE_NOOP("TrackingXlsx", "Repeat"), "c.repeat", 8, "flag"),
    Column("approved", QT_TRANSLATE_NOOP("TrackingXlsx", "Approved amount"), "c.approved_minor", 13, "money"),
    Column("closed_at", QT_TRANSLATE_NOOP("TrackingXlsx", "Close date"), CLOSED_AT, 17, "datetime"),
)  # fmt: skip
LATEST_REPLY = Column(
    "latest_reply", QT_TRANSLATE_NOOP("TrackingXlsx", "Latest 8D report revision"), "", 10
)


def columns_for(rules: Sequence[ClockRule], lang: str) -> tuple[Column, ...]:
    """Every column, with a pair per clock rule titled with the rule's name in `lang`."""
    pairs = []
    for rule in rules:
        name = rule.name(lang)
        due = translate(CONTEXT, CLOCK_DUE, lang).format(clock=name)
        state = translate(CONTEXT, CLOCK_STATE, lang).format(clock=name)
        pairs.append(Column(f"due:{rule.code}", due, "", 17, "datetime"))
        pairs.append(Column(f"state:{rule.code}", state, "", 13, "wrap"))
    return (*HEAD, *pairs, *ACTIONS, *TAIL, LATEST_REPLY)


def export_tracking(
    db: Database,
    query: RegisterQuery,
    out: Path | str,
    lang: str = "zh_CN",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the tracking table for `query` to `out` (.xlsx); return the number of cases. Clock
    states, overdue actions and days open are counted at the query's moment (now, unless it
    says). Raises Cancelled between chunks, leaving `out` as it was."""
    from qa_desktop.core.services.clock_rules import clock_rules  # the models' connection

    query = register.at(query, db)
    assert query.as_of is not None and query.zone is not None
    active = {rule.code for rule in clock_rules()}
    rules = tracked_rules(db, clock_rules(active_only=False), active)
    columns = columns_for(rules, lang)
    currency = register.base_currency(db)
    sheet = Sheet(
        translate(CONTEXT, SHEET_TITLE, lang),
        columns,
        header_titles(columns, CONTEXT, lang, query.zone, currency),
        lang,
        query.zone,
        currency,
    )
    wanted = register.ids(db, query)
    chunks = fetch_chunks(db, wanted, rules, lang, query.as_of, query.zone)
    return write_sheet(sheet, out, chunks, len(wanted), progress, cancelled)


def fetch_chunks(
    db: Database,
    wanted: Sequence[int],
    rules: Sequence[ClockRule],
    lang: str,
    now: datetime,
    zone: tzinfo,
    chunk: int = CHUNK,
) -> Iterator[list[tuple]]:
    """The table's records for these ids, a chunk at a time, in the order of `wanted`: plain
    tuples in the order of `columns_for(rules)`; ids no longer found are skipped."""
    select = register.select_sql((c.select for c in (*HEAD, *TAIL)), lang, now, zone)
    labels = {state: translate(CONTEXT, text, lang) for state, text in CLOCK_STATES.items()}
    head = len(HEAD)
    for records in register.records_by_id(db, select, wanted, chunk):
        found = case_clocks(db, [record[0] for record in records], now, zone)
        rows = []
        for record in records:
            case = found.get(record[0])
            clocks = case.clocks if case is not None else {}
            middle: list[object] = []
            for rule in rules:
                due, state = clocks.get(rule.code, (None, ""))
                middle += (due, labels.get(state))
            counts = (
                (case.actions_open, case.actions_overdue, case.actions_total) if case else (0, 0, 0)
            )
            latest = case.latest_revision if case else ""
            rows.append((*record[1 : head + 1], *middle, *counts, *record[head + 1 :], latest))
        yield rows
