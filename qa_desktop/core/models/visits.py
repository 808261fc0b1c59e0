"""Site visits (issue 11): checklist templates, visits, their coil lines and photos, the
customer's confirmation of the quantities, autosaved drafts and what visit packs remember."""

from __future__ import annotations

from peewee import (
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
from qa_desktop.core.models.records import CoilLine, Complaint, Media


class ChecklistTemplateVersion(Travelling):
    """One version of a checklist template, never changed once stored: a visit names the
    version it was filled against, and editing a template stores the next version."""

    code = CharField()
    version = IntegerField()
    name_en = CharField()
    name_zh = CharField()
    body = TextField()  # the canonical JSON (checklists.template_to_json)
    content_hash = CharField()  # checklists.template_hash(body)
    active = BooleanField(default=True)  # offered for new visits (the highest active version)

    class Meta:
        table_name = "checklist_template"
        indexes = ((("code", "version"), True),)


class Visit(Travelling):
    """A site visit to the customer about one complaint, assigned to the user who goes."""

    complaint = ForeignKeyField(Complaint, backref="visits", on_delete="RESTRICT")
    number = IntegerField()  # 1, 2 … within the complaint
    state = CharField(default="planned", index=True)  # vocab.VisitState
    assignee = CharField(index=True)  # user id of who goes
    appointment_at = DateTimeField()  # UTC
    appointment_tz = CharField()
    site = TextField(default="")  # the customer's plant: address, workshop
    contact_name = CharField(default="")
    contact_phone = CharField(default="")
    purpose = TextField(default="")  # what to look at, as the planner wrote it
    template = ForeignKeyField(ChecklistTemplateVersion, backref="visits", on_delete="RESTRICT")
    answers = TextField(default="{}")  # JSON: checklist item key -> answer
    findings = TextField(default="")  # internal: what field staff saw and concluded
    started_at = DateTimeField(null=True)  # UTC
    finished_at = DateTimeField(null=True)  # UTC
    cancel_reason = TextField(default="")

    class Meta:
        indexes = ((("complaint", "number"), True),)


class VisitCoil(Travelling):
    """A coil line found on site, with the quantities used, unused and defective among each."""

    visit = ForeignKeyField(Visit, backref="coils", on_delete="CASCADE")
    position = IntegerField()
    coil_no = CharField()
    source = ForeignKeyField(
        CoilLine, null=True, backref="visit_lines", on_delete="SET NULL"
    )  # the complaint's line
    heat_no = CharField(default="")
    grade = CharField(default="")
    specification = CharField(default="")
    weight_kg = DecimalField(null=True, **QTY)
    used = DecimalField(null=True, **QTY)
    unused = DecimalField(null=True, **QTY)
    defective_used = DecimalField(null=True, **QTY)
    defective_unused = DecimalField(null=True, **QTY)
    unit = CharField(default="pcs")

    class Meta:
        indexes = ((("visit", "coil_no"), True),)


class VisitPhoto(Travelling):
    """A photo taken on site: the original (what the hash covers), and an annotated copy when
    the defect was marked on it. It belongs to the visit, a coil line or a checklist item."""

    visit = ForeignKeyField(Visit, backref="photos", on_delete="CASCADE")
    media = ForeignKeyField(Media, backref="visit_photos", on_delete="RESTRICT")
    annotated = ForeignKeyField(Media, null=True, backref="annotated_photos", on_delete="RESTRICT")
    marks = TextField(default="")  # JSON of the marks the annotated copy was drawn from
    position = IntegerField()
    filename = CharField()
    caption = CharField(default="")
    coil_no = CharField(default="")  # attached to this coil line, or
    item_key = CharField(default="")  # to this checklist item; neither: to the visit

    class Meta:
        indexes = ((("visit", "media"), True),)


class Confirmation(Travelling):
    """The customer's signed confirmation of the quantities (seed 000 §4.4.3), and nothing else.

    `record` is the canonical data signed (visit_quantities.confirmation_record); on screen the
    strokes are the signed artefact, bound to it by `signed_hash`, and the field user's key
    signs that hash as the witness who collected it. On paper, the scan of the signed sheet is
    kept instead of strokes. A change of a confirmed quantity voids it, visibly."""

    visit = ForeignKeyField(Visit, backref="confirmations", on_delete="RESTRICT")
    kind = CharField(default="on_screen")  # or "paper"
    record = TextField()  # canonical JSON
    record_hash = CharField()
    strokes = TextField(default="")  # signature_strokes.strokes_to_json
    signed_hash = CharField(default="")
    signer_name = CharField()
    signer_position = CharField()
    signed_at = DateTimeField()  # UTC
    signed_tz = CharField()
    scan_sha256 = CharField(default="")  # paper: the scanned sheet (media)
    witness = CharField()  # user id of who collected it
    witness_key_id = CharField()
    witness_signature = BlobField()
    void = BooleanField(default=False)
    void_reason = TextField(default="")
    voided_at = DateTimeField(null=True)


class VisitDraft(BaseModel):
    """What a visit screen showed, saved every few seconds and on close, so a crash or a dead
    battery loses nothing: not a record (never audited, never travels), removed on save."""

    visit_uuid = CharField()
    user_id = CharField()
    saved_at = DateTimeField()  # UTC
    body = TextField()  # JSON of the screen's state

    class Meta:
        indexes = ((("visit_uuid", "user_id"), True),)


class PackImport(BaseModel):
    """A visit pack imported into this file: importing it again changes nothing."""

    pack_uuid = CharField(unique=True)
    pack_sha256 = CharField()
    kind = CharField()  # "outbound" (factory -> laptop) or "return"
    source_database = CharField()
    signer = CharField()
    imported_at = DateTimeField()  # UTC
    imported_by = CharField()
    summary = TextField(default="{}")  # JSON: what it added, merged and left in conflict


class SyncBase(BaseModel):
    """A travelling record as it was last exchanged with another database (`peer`, its uuid):
    on a laptop, as it arrived from the factory; at the factory, as the laptop's return pack
    last brought it. The base a three-way comparison starts from, so a difference already
    settled is not a conflict again when the next pack comes."""

    peer = CharField()
    record_table = CharField()
    record_uuid = CharField()
    revision = IntegerField()
    fields = TextField()  # JSON

    class Meta:
        indexes = ((("peer", "record_table", "record_uuid"), True),)


class MergeConflict(BaseModel):
    """A field changed at both ends since a pack was made: both values kept until a QA
    engineer chooses one; nothing is overwritten silently."""

    pack_uuid = CharField(index=True)
    record_table = CharField()
    record_uuid = CharField(index=True)
    field = CharField()
    base_value = TextField(null=True)  # JSON
    ours = TextField(null=True)  # JSON: the factory's value, kept in the record meanwhile
    theirs = TextField(null=True)  # JSON: the laptop's value
    resolved_at = DateTimeField(null=True)
    resolved_by = CharField(default="")
    choice = CharField(default="")  # "ours" or "theirs"


V4_MODELS: tuple[type[BaseModel], ...] = (
    ChecklistTemplateVersion,
    Visit,
    VisitCoil,
    VisitPhoto,
    Confirmation,
    VisitDraft,
    PackImport,
    SyncBase,
    MergeConflict,
)
