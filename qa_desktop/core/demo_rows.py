"""The demo's bulk INSERT statements: one row of a table's columns, for a raw cursor's
`executemany` (demo.py, demo_bulk_records.py, demo_replies.py)."""

from __future__ import annotations

from collections.abc import Sequence


def insert_sql(table: str, columns: Sequence[str]) -> str:
    """INSERT of one row of `columns` into `table`, a `?` per column. Every name is quoted:
    some are SQL keywords (audit_entry's "at" and "table")."""
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"
