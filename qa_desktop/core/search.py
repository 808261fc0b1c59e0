"""Full-text search over the register: SQLite FTS5 with the trigram tokenizer.

SQLite-specific by nature, so it lives here alone (ROADMAP step 7 swaps this module, not the
services). Per complaint (rowid = complaint id):
- `complaint_search` (FTS5, trigram) indexes one case-folded haystack: case number, customer,
  coils and the complaint's text;
- `search_text` is a narrow plain table: the coil list the register shows and sorts by, and the
  haystack's Chinese characters alone.

Trigram cannot match terms shorter than three characters, and two-character Chinese words
(划伤, 佛山) are the common short search. SQLite 3.40 answers a short LIKE on the FTS table with
no rows at all, so short terms are substring scans instead: Chinese ones over the narrow `cjk`
column (a third of the text, so the scan stays within the keystroke budget), others over the
haystack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from peewee import Database

TABLE = "search_text"
FTS = "complaint_search"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def create(db: Database) -> None:
    db.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, coils TEXT, cjk TEXT)"
    )
    db.execute_sql(f"CREATE INDEX IF NOT EXISTS {TABLE}_coils ON {TABLE} (coils)")
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(haystack, tokenize='trigram')"
    )


def entry(complaint_id: int, coils: str, *parts: str) -> tuple[int, str, str, str]:
    """The search row of one complaint: (id, coils, cjk, haystack)."""
    text = " ".join(part for part in parts if part).casefold()
    return complaint_id, coils, " ".join(_CJK.findall(text)), text


def index_rows(
    db: Database, rows: Iterable[tuple[int, str, str, str]], fresh: bool = False
) -> None:
    """Replace the search rows of these complaints (`fresh`: the index holds none of them yet)."""
    rows = list(rows)
    cursor = db.cursor()
    if not fresh:
        cursor.executemany(f"DELETE FROM {TABLE} WHERE id = ?", [(row[0],) for row in rows])
        cursor.executemany(f"DELETE FROM {FTS} WHERE rowid = ?", [(row[0],) for row in rows])
    cursor.executemany(
        f"INSERT INTO {TABLE} (id, coils, cjk) VALUES (?, ?, ?)", [r[:3] for r in rows]
    )
    cursor.executemany(
        f"INSERT INTO {FTS} (rowid, haystack) VALUES (?, ?)", [(r[0], r[3]) for r in rows]
    )


def terms(text: str) -> list[str]:
    return [term.casefold() for term in text.split() if term]


def matching_ids_sql(text: str) -> tuple[str, list[str]] | None:
    """SQL selecting the ids of complaints that contain every term (AND), or None for no search."""
    words = terms(text)
    if not words:
        return None
    selects: list[str] = []
    params: list[str] = []
    long_terms = [w for w in words if len(w) >= 3]
    if long_terms:
        selects.append(f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH ?")
        params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long_terms))
    short = [w for w in words if len(w) < 3]
    chinese = [w for w in short if _CJK.fullmatch(w)]
    other = [w for w in short if not _CJK.fullmatch(w)]
    # One pass per table, however many short terms: each scan costs the same as a single term.
    if chinese:
        selects.append(
            f"SELECT id FROM {TABLE} WHERE " + " AND ".join(["instr(cjk, ?) > 0"] * len(chinese))
        )
        params += chinese
    if other:
        selects.append(
            f"SELECT rowid FROM {FTS} WHERE "
            + " AND ".join(["instr(haystack, ?) > 0"] * len(other))
        )
        params += other
    return " INTERSECT ".join(selects), params
