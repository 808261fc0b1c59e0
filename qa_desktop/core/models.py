"""Peewee models: the data the department keeps. Bound at run time through `database_proxy`."""

from __future__ import annotations

import uuid

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)

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


class Meta(BaseModel):
    """Key/value facts about the file itself (schema version, creating application)."""

    key = CharField(primary_key=True)
    value = TextField()


class Setting(BaseModel):
    """Department settings; what keys exist is declared in core/settings.py."""

    key = CharField(primary_key=True)
    value = TextField()


class Customer(Travelling):
    name = CharField(unique=True)
    name_en = CharField(default="")
    market = CharField(default="domestic")
    contact_name = CharField(default="")
    contact_phone = CharField(default="")
    contact_email = CharField(default="")
    address = TextField(default="")
    active = BooleanField(default=True)


class DefectType(Travelling):
    code = CharField(unique=True)
    name_en = CharField()
    name_zh = CharField()
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") and self.name_zh else self.name_en


class Complaint(Travelling):
    case_no = CharField(unique=True)
    status = CharField(default="registered", index=True)
    customer = ForeignKeyField(Customer, backref="complaints", index=True)
    contact_name = CharField(default="")
    contact_phone = CharField(default="")
    channel = CharField()
    received_at = DateTimeField(index=True)  # UTC
    received_tz = CharField()  # the zone it was entered in
    market = CharField(index=True)
    category = CharField(index=True)
    product = CharField(default="")  # 机种 / product family
    material_no = CharField(default="")
    specification = CharField(default="")
    order_no = CharField(default="")
    delivery_note = CharField(default="")
    ship_date = DateField(null=True)
    shipped_qty = DecimalField(null=True, **QTY)
    shipped_unit = CharField(default="")
    date_code = CharField(default="")
    defect_type = ForeignKeyField(DefectType, null=True, backref="complaints", index=True)
    description = TextField(default="")  # customer-facing: the phenomenon as reported
    defect_rate = DecimalField(null=True, max_digits=7, decimal_places=3, auto_round=True)
    affected_qty = DecimalField(null=True, **QTY)
    affected_unit = CharField(default="")
    customer_request = TextField(default="")
    goods_state = CharField(default="")
    severity = CharField(index=True)
    owner = CharField(default="")
    internal_note = TextField(default="")  # internal: never printed on customer documents


class CoilLine(Travelling):
    complaint = ForeignKeyField(Complaint, backref="coils", on_delete="CASCADE")
    position = IntegerField()
    coil_no = CharField(index=True)
    heat_no = CharField(default="")
    grade = CharField(default="")
    thickness_mm = DecimalField(null=True, max_digits=10, decimal_places=3, auto_round=True)
    width_mm = DecimalField(null=True, max_digits=10, decimal_places=1, auto_round=True)
    finish = CharField(default="")
    weight_kg = DecimalField(null=True, **QTY)
    quantity = DecimalField(null=True, **QTY)
    unit = CharField(default="")

    class Meta:
        indexes = ((("complaint", "coil_no"), True),)


class CaseCounter(BaseModel):
    """Last case number issued per year; bumped inside the IMMEDIATE write transaction."""

    year = IntegerField(primary_key=True)
    last = IntegerField()


class AuditEntry(BaseModel):
    """Who changed what, written in the same transaction as the change.

    ROADMAP step 2 chains these by hash; today they already name the actor of every write."""

    at = DateTimeField()
    actor = CharField()
    action = CharField()
    table = CharField()
    record_uuid = CharField(index=True)
    detail = TextField(default="")


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Meta,
    Setting,
    Customer,
    DefectType,
    Complaint,
    CoilLine,
    CaseCounter,
    AuditEntry,
)
