"""The search's tables and the SQL that matches a search text (core/search.py is the indexer).

Apart from the indexer so that the register's SQL (core/register.py) loads without Peewee and the
models: a start-up reads its first screen before they are imported (core/file_reader.py).
"""

from __future__ import annotations

import re

TABLE = "search_text"
FTS = "complaint_search"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


# --- matching -----------------------------------------------------------------------------------


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
    chinese = [w for w in short if CJK.fullmatch(w)]
    other = [w for w in short if not CJK.fullmatch(w)]
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
