"""Schema versions and the ordered steps between them.

Each released schema version keeps a fixture database under tests/fixtures/, and a test upgrades
every one of them to the current version. A step runs inside one transaction, after db.py has
backed the file up. Steps add columns in plain SQL, never through the live models' fields, so
that a model changed later does not change what an old step does; a table a step creates is
created from its model as it stands at that version, and a later change to it is a step of its own.
Two things a step does through today's code, which a later version must keep working for old
files or move to the end of `upgrade()`: seeding the default defect types (the DefectType model)
and rebuilding the search index (core/search.py).
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable

from peewee import SqliteDatabase

from qa_desktop.core import coil_forms, search
from qa_desktop.core.clock import local_zone_name, to_storage, utc_now, zone_from_name
from qa_desktop.core.models import (
    ALL_MODELS,
    V3_MODELS,
    V4_MODELS,
    V5_MODELS,
    Attachment,
    Media,
    Meta,
    Setting,
)
from qa_desktop.core.schema_version import SCHEMA_VERSION


def create_schema(db: SqliteDatabase) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        search.create(db)
        Meta.replace(key="schema_version", value=str(SCHEMA_VERSION)).execute()
        Meta.replace(key="application", value="qa-desktop").execute()
        _database_uuid()
        # "Department zone: default the zone of the first administrator's PC" (this one).
        Setting.replace(key="time_zone", value=local_zone_name()).execute()
        from qa_desktop.core.services.reference import seed_reference_data

        seed_reference_data()
        from qa_desktop.core.services.matrix import seed_matrix
        from qa_desktop.core.services.roles import seed_roles

        seed_roles()
        seed_matrix()
        from qa_desktop.core.services.checklists import seed_default_template

        seed_default_template()
        _seed_clocks()


def stored_version(db: SqliteDatabase) -> int:
    """The schema version the file says it has (db.inspect_file refused anything unreadable)."""
    row = Meta.get_or_none(Meta.key == "schema_version")
    return int(row.value) if row is not None else 0


def upgrade(db: SqliteDatabase, from_version: int) -> None:
    """Every step from `from_version`, each a savepoint inside the caller's transaction."""
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            STEPS[version](db)
            Meta.replace(key="schema_version", value=str(version)).execute()


def _to_v2(db: SqliteDatabase) -> None:
    """The form of real 客户投诉处理单, attachments, pinyin order, merges, zones and forms."""
    # ADD COLUMN … NOT NULL DEFAULT needs no table rebuild (a rebuild of `complaint` would
    # also trip over the coil lines' foreign keys), and PostgreSQL reads it the same way.
    for name in V2_TEXT_COLUMNS:
        db.execute_sql(f"ALTER TABLE complaint ADD COLUMN {name} VARCHAR(255) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE complaint ADD COLUMN claim_minor BIGINT")
    db.execute_sql("ALTER TABLE customer ADD COLUMN sort_key VARCHAR(255) NOT NULL DEFAULT ''")
    db.execute_sql("CREATE INDEX customer_sort_key ON customer (sort_key)")
    db.execute_sql(
        "ALTER TABLE customer ADD COLUMN merged_into_id INTEGER"
        " REFERENCES customer (id) ON DELETE RESTRICT"
    )
    # The index a new file gets for the foreign key (Peewee indexes every ForeignKeyField).
    db.execute_sql("CREATE INDEX customer_merged_into_id ON customer (merged_into_id)")
    db.create_tables([Media, Attachment])
    _sort_customers(db)
    from qa_desktop.core.services.reference import seed_reference_data

    seed_reference_data()
    _department_zone(db)
    _coil_forms(db)
    # v2 indexes more of each complaint (both defect names, both customer names, the owner, the
    # new fields): index every complaint anew. This runs today's indexer; a later version
    # whose indexer reads columns added after v2 must move this call to the end of
    # `upgrade()`, where the schema is complete.
    search.rebuild(db)


V2_TEXT_COLUMNS = (
    "customer_complaint_no",
    "mill_cert_no",
    "salesperson",
    "defect_other",
    "claim_currency",
    "samples_returned",
)


def _sort_customers(db: SqliteDatabase) -> None:
    from qa_desktop.core.sorting import sort_key

    rows = db.execute_sql("SELECT id, name FROM customer").fetchall()
    db.cursor().executemany(
        "UPDATE customer SET sort_key = ? WHERE id = ?", [(sort_key(n), i) for i, n in rows]
    )


def _department_zone(db: SqliteDatabase) -> None:
    """The zone most complaints were entered in is the department's; else this PC's."""
    zones = Counter(
        zone
        for (zone,) in db.execute_sql("SELECT received_tz FROM complaint")
        if zone_from_name(zone, default=None) is not None and not zone.startswith("UTC")
    )
    zone = zones.most_common(1)[0][0] if zones else local_zone_name()
    Setting.insert(key="time_zone", value=zone).on_conflict_ignore().execute()


def _coil_forms(db: SqliteDatabase) -> None:
    """v1 kept a regular expression; forms replace it (core/coil_forms.py). A pattern with no
    form of the same meaning is dropped for the default rule, and the audit trail says so."""
    row = Setting.get_or_none(Setting.key == "coil_number_pattern")
    if row is None:
        return
    forms = coil_forms.from_regex(row.value)
    detail = {"coil_number_pattern": row.value, "coil_number_forms": "\n".join(forms or ())}
    if forms is None:
        detail["note"] = "no form means the same; the default rule applies until forms are set"
    Setting.replace(key="coil_number_forms", value="\n".join(forms or ())).execute()
    row.delete_instance()
    # The audit table as it stood at v2 (v3 added the chain's columns): plain SQL.
    db.execute_sql(
        'INSERT INTO audit_entry ("at", actor, action, "table", record_uuid, detail)'
        " VALUES (?, 'system', 'upgrade', ?, 'coil_number_forms', ?)",
        (
            to_storage(utc_now()),
            Setting._meta.table_name,
            json.dumps(detail, ensure_ascii=False, sort_keys=True),
        ),
    )


def _to_v3(db: SqliteDatabase) -> None:
    """Accounts, roles, signing keys and the authority matrix; the audit trail chained.

    The file gets no account here: the first start asks for its administrator, as for a new
    file. What v1 and v2 stamped "local" stays as it is (shown as the local user before
    accounts), and the entries written so far become the start of the chain, as they stand."""
    for name in ("reason", "prev_hash", "entry_hash"):
        db.execute_sql(f"ALTER TABLE audit_entry ADD COLUMN {name} TEXT NOT NULL DEFAULT ''")
    db.create_tables(V3_MODELS)
    _database_uuid()
    _chain_existing(db)
    from qa_desktop.core.services.matrix import seed_matrix
    from qa_desktop.core.services.roles import seed_roles

    seed_roles()
    seed_matrix()


def _database_uuid() -> None:
    """The file's own identity: a printed QR code names it, so a scan of another database's
    sheet is recognised as such."""
    Meta.insert(key="database_uuid", value=str(uuid.uuid4())).on_conflict_ignore().execute()


def _chain_existing(db: SqliteDatabase) -> None:
    from qa_desktop.core.audit_chain import GENESIS, Link, entry_hash

    rows = db.execute_sql(
        'SELECT id, "at", actor, action, "table", record_uuid, detail, reason'
        " FROM audit_entry ORDER BY id"
    ).fetchall()
    prev, updates = GENESIS, []
    for row in rows:
        digest = entry_hash(prev, Link(*row))
        updates.append((prev, digest, row[0]))
        prev = digest
    db.cursor().executemany(
        "UPDATE audit_entry SET prev_hash = ?, entry_hash = ? WHERE id = ?", updates
    )


def _to_v4(db: SqliteDatabase) -> None:
    """Site visits: checklist templates (the default one stored), visits, their coil lines,
    photos and the customer's confirmation, autosaved drafts, and what visit packs remember."""
    db.create_tables(V4_MODELS)
    from qa_desktop.core.services.checklists import seed_default_template

    seed_default_template()


# (column, SQL type and default, indexed): what v5 adds to a complaint.
_V5_COMPLAINT_COLUMNS = (
    ("validity", "VARCHAR(255) NOT NULL DEFAULT ''", False),
    ("validity_reason", "TEXT NOT NULL DEFAULT ''", False),
    ("responsible_department", "VARCHAR(255) NOT NULL DEFAULT ''", True),
    ("repeat", "INTEGER NOT NULL DEFAULT 0", True),
    ("closed_at", "DATETIME", True),
    ("next_due_at", "DATETIME", True),
    ("late_clocks", "INTEGER NOT NULL DEFAULT 0", True),
    ("approved_minor", "INTEGER NOT NULL DEFAULT 0", False),
    ("no_handling_reason", "TEXT NOT NULL DEFAULT ''", False),
)


def _to_v5(db: SqliteDatabase) -> None:
    """The complaint's life: the validity judgement, the responsible department and the
    register's new figures on each complaint; workflow steps, response clocks with the
    department's rules and calendar, containment, the 8D, actions, replies, follow-up, returns.

    What the cases already say is carried over: a complaint past registration was judged valid,
    an invalid one invalid; a closed one closed when it was last changed; the repeat flags and
    approved amounts are counted (core/case_figures.py). The open ones get their response
    clocks, started when they were received, as a new complaint's are."""
    for name, kind, indexed in _V5_COMPLAINT_COLUMNS:
        db.execute_sql(f'ALTER TABLE complaint ADD COLUMN "{name}" {kind}')
        if indexed:
            db.execute_sql(f'CREATE INDEX "complaint_{name}" ON "complaint" ("{name}")')
    db.execute_sql(
        "UPDATE complaint SET validity = CASE WHEN status IN ('invalid', 'answered') THEN"
        " 'invalid' WHEN status = 'registered' THEN '' ELSE 'valid' END"
    )
    db.execute_sql("UPDATE complaint SET closed_at = updated_at WHERE status = 'closed'")
    _count_figures(db)
    db.create_tables(V5_MODELS)
    _seed_clocks()
    from qa_desktop.core.services.case_clocks import start_missing

    start_missing()


def _count_figures(db: SqliteDatabase) -> None:
    """The repeat flags and approved amounts of the cases there are (core/case_figures.py):
    one set-based UPDATE each."""
    from qa_desktop.core.case_figures import refresh_approved, refresh_repeats

    refresh_repeats(db)
    refresh_approved(db)


def _seed_clocks() -> None:
    """The seeds' response clocks and a working calendar for the department's zone."""
    from qa_desktop.core.services.clock_rules import seed_clock_rules

    seed_clock_rules()


# version reached -> the step from the version before it. Version 1 is created, never upgraded to.
STEPS: dict[int, Callable[[SqliteDatabase], None]] = {
    2: _to_v2,
    3: _to_v3,
    4: _to_v4,
    5: _to_v5,
}
