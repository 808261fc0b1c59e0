"""The base of every model: the database proxy, bound at run time, and travelling records."""

from __future__ import annotations

import uuid

from peewee import CharField, DatabaseProxy, DateTimeField, IntegerField, Model, UUIDField

database_proxy = DatabaseProxy()

QTY = {"max_digits": 16, "decimal_places": 3, "auto_round": True}


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Travelling(BaseModel):
    """A record a field laptop may carry: stable identity plus a change counter (ROADMAP)."""

    uuid = UUIDField(unique=True, default=uuid.uuid4)
    created_at = DateTimeField()  # UTC
    updated_at = DateTimeField()  # UTC
    created_by = CharField()
    updated_by = CharField()
    revision = IntegerField(default=1)
