"""The complaint's records: the file's facts, settings, customers, defect types, complaints,
coil lines, attachments and the files they hold."""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from qa_desktop.core.models.base import QTY, BaseModel, Travelling


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
    # Lists sort by this (pinyin for Chinese names, core/sorting.py), in SQLite: a customer list
    # in character-code order puts 佛山 after 潮州 and 上海 somewhere in between.
    sort_key = CharField(default="", index=True)
    market = CharField(default="domestic")
    contact_name = CharField(default="")
    contact_phone = CharField(default="")
    contact_email = CharField(default="")
    address = TextField(default="")
    active = BooleanField(default=True)
    # Two spellings of one customer are merged into one: the other keeps its name (typing it
    # still finds the customer) but points here and is no longer listed.
    merged_into = ForeignKeyField("self", null=True, backref="merged", on_delete="RESTRICT")


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
    customer_complaint_no = CharField(default="")  # the customer's own reference
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
    mill_cert_no = CharField(default="")  # 质保书编号
    salesperson = CharField(default="")
    defect_type = ForeignKeyField(DefectType, null=True, backref="complaints", index=True)
    defect_other = CharField(default="")  # what the defect is when its type is "other"
    description = TextField(default="")  # customer-facing: the phenomenon as reported
    defect_rate = DecimalField(null=True, max_digits=7, decimal_places=3, auto_round=True)
    affected_qty = DecimalField(null=True, **QTY)
    affected_unit = CharField(default="")
    customer_request = TextField(default="")
    # The customer's figure, never ours: money in minor units (fen, cent) of its currency.
    claim_minor = BigIntegerField(null=True)
    claim_currency = CharField(default="")
    goods_state = CharField(default="")
    samples_returned = CharField(default="")  # "" not known, "yes", "no"
    severity = CharField(index=True)
    owner = CharField(default="")
    internal_note = TextField(default="")  # internal: never printed on customer documents
    # Issue 12: the validity judgement, who answers for it, and figures kept for the register
    # (kept up to date by the services that change what they summarise, so it sorts on them).
    validity = CharField(default="")  # "", "valid", "invalid"
    validity_reason = TextField(default="")  # internal: why it was judged so
    responsible_department = CharField(default="", index=True)
    repeat = BooleanField(default=False, index=True)  # the customer had this complaint before
    closed_at = DateTimeField(null=True, index=True)  # UTC, the last closure
    next_due_at = DateTimeField(null=True, index=True)  # UTC, the earliest clock not yet met
    late_clocks = IntegerField(default=0, index=True)  # clocks met late (overdue ones: next_due_at)
    approved_minor = BigIntegerField(default=0)  # handling approved, base currency minor units
    no_handling_reason = TextField(default="")  # internal: why no handling proposal is needed


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


class Media(BaseModel):
    """A file kept once by its content hash: attachments today, site-visit photos and scans later.

    The bytes live in the database file (one file to back up and carry); the register never
    selects from this table. Images also keep a thumbnail and a print copy made at intake."""

    sha256 = CharField(primary_key=True)
    kind = CharField()  # "image" or "file"
    mime = CharField(default="")
    size = IntegerField()
    width = IntegerField(null=True)  # images: as shown (orientation applied)
    height = IntegerField(null=True)
    data = BlobField()  # the original, exactly as it came
    thumbnail = BlobField(null=True)
    print_copy = BlobField(null=True)
    created_at = DateTimeField()  # UTC
    created_by = CharField()


class Attachment(Travelling):
    """A file attached to a complaint (the letter, the e-mail, the customer's photos)."""

    complaint = ForeignKeyField(Complaint, backref="attachments", on_delete="CASCADE")
    media = ForeignKeyField(Media, backref="attachments", on_delete="RESTRICT")
    position = IntegerField()
    filename = CharField()  # as it came, for saving and opening with the right program
    caption = CharField(default="")

    class Meta:
        indexes = ((("complaint", "media"), True),)


class CaseCounter(BaseModel):
    """Last case number issued per year; bumped inside the IMMEDIATE write transaction."""

    year = IntegerField(primary_key=True)
    last = IntegerField()
