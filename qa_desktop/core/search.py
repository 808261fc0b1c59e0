"""Full-text search over the register: SQLite FTS5 with the trigram tokenizer, and its one indexer.

SQLite-specific by nature, so it lives here alone (ROADMAP step 7 swaps this module, not the
services). Per complaint (rowid = complaint id):
- `complaint_search` (FTS5, trigram) indexes one case-folded haystack (`SEARCHED` says what);
- `search_text` is a narrow plain table: the coil list the register shows and sorts by, and the
  haystack's Chinese characters alone.

Trigram cannot match terms shorter than three characters, and two-character Chinese words
(划伤, 佛山) are the common short search. SQLite 3.40 answers a short LIKE on the FTS table with
no rows at all, so short terms are substring scans instead: Chinese ones over the narrow `cjk`
column (a fraction of the text, so the scan stays within the keystroke budget), others over the
haystack.

There is ONE indexer, `reindex(ids)`: it reads what it indexes from the database by SQL, so the
services, the demo loader, the schema upgrade and the benchmark index a complaint identically,
whether one complaint or 100,000. Whatever changes what a complaint shows calls it for the
complaints concerned: a complaint saved, a defect type renamed (`reindex_defect_type`), a
customer renamed or merged (`reindex_customer`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from peewee import Database

from qa_desktop.core.models import database_proxy
from qa_desktop.core.search_sql import CJK, FTS, TABLE, matching_ids_sql, terms

__all__ = ["FTS", "TABLE", "matching_ids_sql", "terms"]  # the matching's, re-exported

CHUNK = 1000  # complaints per read: SQLite >= 3.32 binds 32,766 variables

# What a search looks at, besides the coil and heat numbers and the customer's merged spellings:
# every text the register shows (vocabulary such as status or severity has its own filter and is
# left out: "一般" or "closed" would otherwise match most of the register), and the complaint's
# own texts. The search box's tool tip lists the same; keep the two together.
SEARCHED = (
    "c.case_no", "cu.name", "cu.name_en", "c.product", "c.specification", "d.name_en",
    "d.name_zh", "c.owner", "c.description", "c.customer_request", "c.material_no",
    "c.order_no", "c.delivery_note", "c.contact_name", "c.customer_complaint_no",
    "c.mill_cert_no", "c.salesperson", "c.defect_other",
)  # fmt: skip
# The register filters on these exactly, and lists their values in its combos (DISTINCT reads
# the index alone: 2 ms instead of 20 ms at 100,000 complaints). Created here and by the v2
# upgrade's rebuild, beside the search tables, so models.py keeps its columns as they are.
FILTER_INDEXES = {"complaint_owner": "owner", "complaint_product": "product"}


def create(db: Database) -> None:
    db.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, coils TEXT, cjk TEXT)"
    )
    db.execute_sql(f"CREATE INDEX IF NOT EXISTS {TABLE}_coils ON {TABLE} (coils)")
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(haystack, tokenize='trigram')"
    )
    for name, column in FILTER_INDEXES.items():
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON complaint ({column})")


# --- the indexer --------------------------------------------------------------------------------


def reindex(ids: Iterable[int], db: Database = database_proxy, *, fresh: bool = False) -> int:
    """Index these complaints anew from what the database holds now; return how many.

    Call it inside the write that changed what they show. Ids no longer found lose their search
    rows. `fresh`: the index holds none of them yet (a bulk load), which skips the deletes."""
    wanted = sorted(set(ids))
    spellings = _merged_spellings(db)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = list(_entries(db, chunk, spellings))
        _store(db, chunk, rows, fresh)
    return len(wanted)


def reindex_customer(customer_id: int, db: Database = database_proxy) -> int:
    """After a customer is renamed (either name) or another spelling is merged into it: index
    its complaints anew. For a merge, call it for the customer that remains, after the
    complaints have moved to it. Returns the number of complaints indexed."""
    rows = db.execute_sql("SELECT id FROM complaint WHERE customer_id = ?", (customer_id,))
    return reindex([row[0] for row in rows], db)


def reindex_defect_type(defect_type_id: int, db: Database = database_proxy) -> int:
    """After a defect type is renamed: index its complaints anew."""
    rows = db.execute_sql("SELECT id FROM complaint WHERE defect_type_id = ?", (defect_type_id,))
    return reindex([row[0] for row in rows], db)


def rebuild(db: Database = database_proxy) -> int:
    """Drop the search tables and index every complaint (a schema upgrade). Dropping is faster
    than deleting 100,000 rows one by one from the FTS index."""
    db.execute_sql(f"DROP TABLE IF EXISTS {FTS}")
    db.execute_sql(f"DROP TABLE IF EXISTS {TABLE}")
    create(db)
    ids = [row[0] for row in db.execute_sql("SELECT id FROM complaint")]
    return reindex(ids, db, fresh=True)


def entry(complaint_id: int, coils: str, *parts: str) -> tuple[int, str, str, str]:
    """The search row of one complaint: (id, coils, cjk, haystack)."""
    text = " ".join(part for part in parts if part).casefold()
    return complaint_id, coils, " ".join(CJK.findall(text)), text


def _entries(
    db: Database, chunk: Sequence[int], spellings: dict[int, list[str]]
) -> Iterator[tuple[int, str, str, str]]:
    marks = ", ".join("?" for _ in chunk)
    lines: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for complaint_id, coil_no, heat_no in db.execute_sql(
        "SELECT complaint_id, coil_no, heat_no FROM coil_line"
        f" WHERE complaint_id IN ({marks}) ORDER BY complaint_id, position",
        chunk,
    ):
        lines[complaint_id].append((coil_no, heat_no or ""))
    for complaint_id, customer_id, *texts in db.execute_sql(
        f"SELECT c.id, c.customer_id, {', '.join(SEARCHED)} FROM complaint c"
        " JOIN customer cu ON cu.id = c.customer_id"
        " LEFT JOIN defect_type d ON d.id = c.defect_type_id"
        f" WHERE c.id IN ({marks})",
        chunk,
    ):
        coils = " ".join(coil for coil, _ in lines.get(complaint_id, ()))
        heats = " ".join(dict.fromkeys(heat for _, heat in lines.get(complaint_id, ()) if heat))
        others = spellings.get(customer_id, ())
        yield entry(complaint_id, coils, coils, heats, *others, *(t or "" for t in texts))


def _merged_spellings(db: Database) -> dict[int, list[str]]:
    """Customer id -> the names of the spellings merged into it (typing one still finds it)."""
    found: dict[int, list[str]] = defaultdict(list)
    for target, name, name_en in db.execute_sql(
        "SELECT merged_into_id, name, name_en FROM customer WHERE merged_into_id IS NOT NULL"
    ):
        found[target] += [name, name_en]
    return found


def _store(
    db: Database, chunk: Sequence[int], rows: list[tuple[int, str, str, str]], fresh: bool
) -> None:
    cursor = db.cursor()
    if not fresh:
        cursor.executemany(f"DELETE FROM {TABLE} WHERE id = ?", [(i,) for i in chunk])
        cursor.executemany(f"DELETE FROM {FTS} WHERE rowid = ?", [(i,) for i in chunk])
    cursor.executemany(
        f"INSERT INTO {TABLE} (id, coils, cjk) VALUES (?, ?, ?)", [r[:3] for r in rows]
    )
    cursor.executemany(
        f"INSERT INTO {FTS} (rowid, haystack) VALUES (?, ?)", [(r[0], r[3]) for r in rows]
    )
