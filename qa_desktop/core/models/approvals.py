"""Handling proposals (拟办意见), their lines, and the signatures given to them."""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from qa_desktop.core.models.base import QTY, BaseModel, Travelling
from qa_desktop.core.models.records import Complaint


class Proposal(Travelling):
    """The proposed handling of a complaint, routed by the authority matrix when submitted.

    `round` is the version people sign: it rises when signed content changes (the signatures
    of the round before are voided) and when a rejected proposal is revised."""

    complaint = ForeignKeyField(Complaint, backref="proposals", on_delete="RESTRICT")
    number = IntegerField()  # 1, 2 … within the complaint
    state = CharField(default="draft", index=True)  # vocab.ProposalState
    round = IntegerField(default=1)
    proposer = CharField()  # user id
    summary = TextField(default="")  # the proposed handling in words
    base_currency = CharField()
    total_base_minor = BigIntegerField(default=0)
    # Set at submission: what the route was computed from, and the hash of what is signed.
    matrix_version = IntegerField(null=True)
    cumulative_minor = BigIntegerField(null=True)
    route = TextField(default="")  # JSON: the steps
    content_hash = CharField(default="")
    submitted_at = DateTimeField(null=True)  # UTC

    class Meta:
        indexes = ((("complaint", "number"), True),)


class ProposalLine(Travelling):
    proposal = ForeignKeyField(Proposal, backref="lines", on_delete="CASCADE")
    position = IntegerField()
    kind = CharField()  # vocab.HandlingKind
    quantity = DecimalField(null=True, **QTY)
    unit = CharField(default="")
    amount_minor = BigIntegerField(default=0)
    currency = CharField()
    rate = CharField(default="1")  # base units per unit of `currency`, exact decimal text
    base_minor = BigIntegerField(default=0)
    reason = TextField(default="")


class Signature(BaseModel):
    """A signature on one round of a record. Electronic: made with the signer's key. On paper:
    recorded by someone else, with the scan, and signed by the recorder's key (the recorder
    vouches that the paper says so; the signer's key never signs it)."""

    uuid = CharField(unique=True)  # uuid4 hex
    record_table = CharField()
    record_uuid = CharField(index=True)
    round = IntegerField()
    step = IntegerField()
    meaning = CharField()  # vocab.Meaning
    kind = CharField(default="electronic")  # or "paper"
    signer = CharField()  # user id of who signed (on paper: who signed the paper)
    printed_name = CharField()
    position = CharField(default="")
    role = CharField()
    on_behalf_of = CharField(default="")  # the delegator's user id
    recorded_by = CharField(default="")  # paper: who recorded it
    key_id = CharField()  # the key that made `signature`
    signed_at = DateTimeField()  # UTC
    signed_tz = CharField()
    content_hash = CharField()
    audit_head_id = IntegerField()
    audit_head_hash = CharField()
    comment = TextField(default="")
    scan_sha256 = CharField(default="")  # paper: the scanned sheet (media)
    signature = BlobField()
    void = BooleanField(default=False)
    void_reason = TextField(default="")
    voided_at = DateTimeField(null=True)
