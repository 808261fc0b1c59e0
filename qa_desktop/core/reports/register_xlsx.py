"""The complaint register (客户投诉登记表) as an Excel workbook.

The rows are exactly the register's for a query (`register.ids`, same filters, search and order),
with more fields than the screen shows. Each chunk of ids is one SQL query returning plain tuples
(no model instances), written by `xlsx_sheet`: 100,000 complaints take about a third of the time
openpyxl needs to append the same values itself (benchmarks/register_export.py).

Import this module lazily: openpyxl alone costs ~270 ms.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, tzinfo
from pathlib import Path

from peewee import Database

from qa_desktop.core import register, settings, vocab
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.money import amount_sql
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.register_figures import CLOSED_AT, DAYS_OPEN, DAYS_SINCE_SHIPMENT
from qa_desktop.core.reports.xlsx_sheet import (
    Column,
    IsCancelled,
    Progress,
    Sheet,
    converter,
    header_titles,
    write_sheet,
)

CONTEXT = "RegisterXlsx"
CHUNK = 1000  # ids per SQL query; SQLite >= 3.32 allows 32,766 bound variables
SHEET_TITLE = QT_TRANSLATE_NOOP("RegisterXlsx", "Complaint register")
_converter = converter  # the benchmark builds its baseline's values with the export's own

COLUMNS: tuple[Column, ...] = (
    Column("case_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Case no."), "c.case_no", 15),
    Column("received_at", QT_TRANSLATE_NOOP("RegisterXlsx", "Received"), "c.received_at", 17, "datetime"),
    Column("customer", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer"), "cu.name", 26, "wrap"),
    Column("customer_complaint_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer's complaint no."), "c.customer_complaint_no", 14),
    Column("contact", QT_TRANSLATE_NOOP("RegisterXlsx", "Contact"), "c.contact_name", 11),
    Column("channel", QT_TRANSLATE_NOOP("RegisterXlsx", "Channel"), "c.channel", 10, vocabulary=vocab.Channel),
    Column("market", QT_TRANSLATE_NOOP("RegisterXlsx", "Domestic / export"), "c.market", 10, vocabulary=vocab.Market),
    Column("category", QT_TRANSLATE_NOOP("RegisterXlsx", "Category"), "c.category", 16, "wrap", vocab.Category),
    Column("product", QT_TRANSLATE_NOOP("RegisterXlsx", "Product"), "c.product", 16, "wrap"),
    Column("material_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Material no."), "c.material_no", 14),
    Column("specification", QT_TRANSLATE_NOOP("RegisterXlsx", "Specification"), "c.specification", 20, "wrap"),
    Column("order_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Order no."), "c.order_no", 14),
    Column("delivery_note", QT_TRANSLATE_NOOP("RegisterXlsx", "Delivery note"), "c.delivery_note", 15),
    Column("ship_date", QT_TRANSLATE_NOOP("RegisterXlsx", "Ship date"), "c.ship_date", 11, "date"),
    Column("mill_cert_no", QT_TRANSLATE_NOOP("RegisterXlsx", "Mill certificate no."), "c.mill_cert_no", 14),
    Column("coils", QT_TRANSLATE_NOOP("RegisterXlsx", "Coils / lots"), "s.coils", 16, "wrap"),
    Column("defect", QT_TRANSLATE_NOOP("RegisterXlsx", "Defect type"), "", 12, "wrap"),
    Column("description", QT_TRANSLATE_NOOP("RegisterXlsx", "Description"), "c.description", 48, "wrap"),
    Column("defect_rate", QT_TRANSLATE_NOOP("RegisterXlsx", "Defect rate %"), "c.defect_rate", 9, "number"),
    Column("affected_qty", QT_TRANSLATE_NOOP("RegisterXlsx", "Affected qty"), "c.affected_qty", 10, "number"),
    Column("affected_unit", QT_TRANSLATE_NOOP("RegisterXlsx", "Unit"), "c.affected_unit", 7, vocabulary=vocab.Unit),
    Column("goods_state", QT_TRANSLATE_NOOP("RegisterXlsx", "State of goods"), "c.goods_state", 15, "wrap", vocab.GoodsState),
    Column("customer_request", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer request"), "c.customer_request", 36, "wrap"),
    Column("claim", QT_TRANSLATE_NOOP("RegisterXlsx", "Customer's claim"), amount_sql("c.claim_minor", "c.claim_currency"), 12, "number"),
    Column("claim_currency", QT_TRANSLATE_NOOP("RegisterXlsx", "Currency"), "c.claim_currency", 8),
    Column("samples_returned", QT_TRANSLATE_NOOP("RegisterXlsx", "Samples returned"), "c.samples_returned", 9, vocabulary=vocab.SamplesReturned),
    Column("severity", QT_TRANSLATE_NOOP("RegisterXlsx", "Severity"), "c.severity", 9, vocabulary=vocab.Severity),
    Column("status", QT_TRANSLATE_NOOP("RegisterXlsx", "Status"), "c.status", 13, "wrap", vocab.Status),
    Column("owner", QT_TRANSLATE_NOOP("RegisterXlsx", "Owner"), "c.owner", 10),
    Column("salesperson", QT_TRANSLATE_NOOP("RegisterXlsx", "Salesperson"), "c.salesperson", 10),
    # Issue 12: what real registers keep (core/register_figures.py counts the days).
    Column("responsible_department", QT_TRANSLATE_NOOP("RegisterXlsx", "Responsible department"), "c.responsible_department", 13, "wrap"),
    Column("due_at", QT_TRANSLATE_NOOP("RegisterXlsx", "Due"), "c.next_due_at", 17, "datetime"),
    Column("closed_at", QT_TRANSLATE_NOOP("RegisterXlsx", "Close date"), CLOSED_AT, 17, "datetime"),
    Column("days_open", QT_TRANSLATE_NOOP("RegisterXlsx", "Days open"), DAYS_OPEN, 8, "number"),
    Column("days_since_shipment", QT_TRANSLATE_NOOP("RegisterXlsx", "Days since shipment"), DAYS_SINCE_SHIPMENT, 10, "number"),
    Column("repeat", QT_TRANSLATE_NOOP("RegisterXlsx", "Repeat"), "c.repeat", 8, "flag"),
    Column("approved", QT_TRANSLATE_NOOP("RegisterXlsx", "Approved amount"), "c.approved_minor", 13, "money"),
)  # fmt: skip
COLUMN_KEYS = tuple(column.key for column in COLUMNS)


def export_register(
    db: Database,
    query: RegisterQuery,
    out: Path | str,
    lang: str = "zh_CN",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the register for `query` to `out` (.xlsx); return the number of complaints written.

    Raises Cancelled when `cancelled()` turns true between chunks; `out` is then left as it was,
    and so is the scratch folder (paths.scratch_dir) the rows streamed through. Days open are
    counted at the query's moment (now, unless it says), in the department's days."""
    query = register.at(query, db)
    assert query.as_of is not None and query.zone is not None
    wanted = register.ids(db, query)
    currency = register.base_currency(db)
    sheet = Sheet(
        translate(CONTEXT, SHEET_TITLE, lang),
        COLUMNS,
        header_titles(COLUMNS, CONTEXT, lang, query.zone, currency),
        lang,
        query.zone,
        currency,
    )
    chunks = fetch_chunks(db, wanted, lang, now=query.as_of, zone=query.zone)  # lazy: a query each
    return write_sheet(sheet, out, chunks, len(wanted), progress, cancelled)


def fetch_chunks(
    db: Database,
    wanted: Sequence[int],
    lang: str,
    chunk: int = CHUNK,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> Iterator[list[tuple]]:
    """The export's fields for these ids, one SQL query per chunk, in the order of `wanted`.

    Each record is a plain tuple in the order of COLUMNS; ids no longer found are skipped."""
    zone = zone or settings.department_zone(db)
    select = register.select_sql((column.select for column in COLUMNS), lang, now, zone)
    for records in register.records_by_id(db, select, wanted, chunk):
        yield [record[1:] for record in records]
