"""Schema versions and the ordered steps between them.

Each released schema version keeps a fixture database under tests/fixtures/, and a test upgrades
every one of them to the current version. A step runs inside one transaction, after db.py has
backed the file up.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from qa_desktop.core import search
from qa_desktop.core.models import ALL_MODELS, Meta

SCHEMA_VERSION = 1

# version reached -> the step from the version before it. Version 1 is created, never upgraded to.
STEPS: dict[int, Callable[[SqliteDatabase], None]] = {}


def create_schema(db: SqliteDatabase) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        search.create(db)
        Meta.replace(key="schema_version", value=str(SCHEMA_VERSION)).execute()
        Meta.replace(key="application", value="qa-desktop").execute()
        from qa_desktop.core.services.reference import seed_reference_data

        seed_reference_data()


def upgrade(db: SqliteDatabase, from_version: int) -> None:
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            STEPS[version](db)
            Meta.replace(key="schema_version", value=str(version)).execute()
