"""The complaint's life (issue 12): its workflow steps, response clocks and the department's
rules and calendar for them, containment by place, the 8D, corrective and preventive actions,
what was sent to the customer, the follow-up and returns handled after closure."""

from __future__ import annotations

from peewee import (
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
from qa_desktop.core.models.records import Complaint, Media
from qa_desktop.core.models.visits import VisitCoil

# ----- workflow and clocks ---------------------------------------------------------------------


class StatusChange(BaseModel):
    """One step of the workflow a complaint took (core/workflow), with its reason: the case's
    history, and where the clocks learn when a state was reached. The audit trail keeps it too."""

    complaint = ForeignKeyField(Complaint, backref="status_changes", on_delete="CASCADE")
    from_status = CharField()
    to_status = CharField()
    reason = TextField(default="")
    at = DateTimeField(index=True)  # UTC
    by = CharField()  # user id


class ClockRuleRow(BaseModel):
    """A response-clock rule as the department keeps it (core/clocks/rules.ClockRule)."""

    code = CharField(unique=True)
    position = IntegerField()
    name_en = CharField()
    name_zh = CharField()
    amount = CharField()  # exact decimal text
    unit = CharField()  # rules.UNITS
    applies_to = CharField(default="any")  # rules.MARKETS
    pausable = BooleanField(default=False)
    starts = CharField(default="received")  # rules.STARTS
    met_on = CharField(default="")  # rules.EVENTS; "" met by hand
    active = BooleanField(default=True)

    class Meta:
        table_name = "clock_rule"


class DepartmentCalendar(BaseModel):
    """The department's working calendar (core/clocks/calendar_json), one row per name."""

    name = CharField(primary_key=True)  # "department"
    body = TextField()  # calendar JSON
    updated_at = DateTimeField()  # UTC
    updated_by = CharField()


class CaseClock(BaseModel):
    """One response clock of one complaint: when it started, when it falls due (pauses applied),
    and when and by whom it was met. `due_at` is stored so the register sorts and filters on it."""

    complaint = ForeignKeyField(Complaint, backref="clocks", on_delete="CASCADE")
    rule_code = CharField()
    started_at = DateTimeField()  # UTC
    due_at = DateTimeField(index=True)  # UTC
    met_at = DateTimeField(null=True)  # UTC
    met_by = CharField(default="")
    met_note = TextField(default="")
    met_late = BooleanField(default=False)

    class Meta:
        indexes = ((("complaint", "rule_code"), True),)


class ClockPause(BaseModel):
    """Time spent waiting for the customer, where the department lets a clock pause."""

    complaint = ForeignKeyField(Complaint, backref="clock_pauses", on_delete="CASCADE")
    started_at = DateTimeField()  # UTC
    ended_at = DateTimeField(null=True)  # UTC; still waiting
    reason = TextField()
    by = CharField()


# ----- containment, 8D, actions ----------------------------------------------------------------


class ContainmentLine(Travelling):
    """Suspect material at one place (vocab.ContainmentPlace), checked, held and released."""

    complaint = ForeignKeyField(Complaint, backref="containment", on_delete="CASCADE")
    position = IntegerField()
    place = CharField()
    reference = CharField(default="")  # coil or lot numbers
    checked = DecimalField(null=True, **QTY)
    held = DecimalField(null=True, **QTY)
    defective = DecimalField(null=True, **QTY)
    released = DecimalField(null=True, **QTY)
    unit = CharField(default="t")
    ok_marking = CharField(default="")  # how released OK material is marked
    result = TextField(default="")
    # A line at the customer taken from a site visit's coil line: its figures flow in from there.
    visit_coil = ForeignKeyField(VisitCoil, null=True, backref="containment", on_delete="SET NULL")


class EightD(Travelling):
    """The 8D of one complaint: its content as canonical JSON (core/eightd), one row per case."""

    complaint = ForeignKeyField(Complaint, backref="eight_d", unique=True, on_delete="CASCADE")
    content = TextField(default="{}")


class EightDStep(BaseModel):
    """One discipline D0–D8 of a complaint's 8D: its owner, dates, and who completed it. A
    completed step's content is bound by `content_hash`; changing it reopens the step."""

    complaint = ForeignKeyField(Complaint, backref="eight_d_steps", on_delete="CASCADE")
    step = IntegerField()  # 0..8
    owner = CharField(default="")  # user id
    target_date = DateField(null=True)
    completed_at = DateTimeField(null=True)  # UTC
    completed_by = CharField(default="")
    content_hash = CharField(default="")
    signature_uuid = CharField(default="")  # the completer's electronic signature

    class Meta:
        table_name = "eight_d_step"
        indexes = ((("complaint", "step"), True),)


class CaseAction(Travelling):
    """A containment, corrective or preventive action (CAPA) of a complaint. Verified by QA, by
    someone other than its owner; a preventive one is fixed in time, person and quantity."""

    complaint = ForeignKeyField(Complaint, backref="actions", on_delete="CASCADE")
    number = IntegerField()  # 1, 2 … within the complaint
    kind = CharField()  # vocab.ActionKind
    cause = CharField(default="")  # "occurrence", "escape" or "" (D5 acts on one of the causes)
    description = TextField()  # customer-facing
    owner = CharField()  # user id
    department = CharField(default="")
    due_date = DateField(index=True)
    state = CharField(default="open", index=True)  # vocab.ActionState
    expected_effect = IntegerField(null=True)  # % effectiveness expected (D5)
    date_code_from = CharField(default="")  # preventive: the date code it applies from
    quantity = CharField(default="")  # preventive: 定量, what and how much
    done_at = DateTimeField(null=True)  # UTC
    done_note = TextField(default="")
    verified_at = DateTimeField(null=True)  # UTC
    verified_by = CharField(default="")
    verification_note = TextField(default="")
    internal_note = TextField(default="")  # internal: never printed for the customer

    class Meta:
        indexes = ((("complaint", "number"), True),)


class ActionEvidence(BaseModel):
    """A file that shows an action was done (a revised procedure, a photo, a record)."""

    action = ForeignKeyField(CaseAction, backref="evidence", on_delete="CASCADE")
    media = ForeignKeyField(Media, backref="action_evidence", on_delete="RESTRICT")
    position = IntegerField()
    filename = CharField()
    added_at = DateTimeField()  # UTC
    added_by = CharField()

    class Meta:
        indexes = ((("action", "media"), True),)


# ----- the customer: replies, follow-up, returns after closure ---------------------------------


class CustomerReply(BaseModel):
    """Something sent to the customer: an issued 8D report revision (A, B …) with the PDF as it
    was sent and its hash, or an answer (the tactful answer to an invalid complaint, an interim
    reply). Never changed once stored: a correction is the next revision."""

    complaint = ForeignKeyField(Complaint, backref="replies", on_delete="RESTRICT")
    kind = CharField()  # vocab.ReplyKind
    revision = CharField(default="")  # 8D reports: A, B …
    sent_to = CharField()
    channel = CharField(default="")
    sent_at = DateTimeField()  # UTC
    sent_by = CharField()
    summary = TextField(default="")
    lang = CharField(default="")
    content_hash = CharField(default="")  # sha256 of the PDF sent
    document = ForeignKeyField(Media, null=True, backref="replies", on_delete="RESTRICT")

    class Meta:
        indexes = ((("complaint", "kind", "revision"), False),)


class FollowUp(BaseModel):
    """The follow-up of one round of a complaint: the effectiveness check and the customer's
    satisfaction, or why no feedback came."""

    complaint = ForeignKeyField(Complaint, backref="follow_ups", on_delete="CASCADE")
    round = IntegerField()  # 1, then 2 … after each reopening
    criterion = TextField(default="")
    check_date = DateField(null=True)
    effective = BooleanField(null=True)
    effect_note = TextField(default="")
    asked_on = DateField(null=True)
    satisfaction = IntegerField(null=True)  # 1..5
    comments = TextField(default="")
    no_feedback_reason = TextField(default="")
    updated_at = DateTimeField()  # UTC
    updated_by = CharField()

    class Meta:
        indexes = ((("complaint", "round"), True),)


class CaseReturn(BaseModel):
    """Goods the customer returned after the case was closed (seed 000 §4.7)."""

    complaint = ForeignKeyField(Complaint, backref="returns", on_delete="CASCADE")
    returned_on = DateField()
    quantity = DecimalField(null=True, **QTY)
    unit = CharField(default="t")
    note = TextField(default="")
    recorded_at = DateTimeField()  # UTC
    recorded_by = CharField()


V5_MODELS: tuple[type[BaseModel], ...] = (
    StatusChange,
    ClockRuleRow,
    DepartmentCalendar,
    CaseClock,
    ClockPause,
    ContainmentLine,
    EightD,
    EightDStep,
    CaseAction,
    ActionEvidence,
    CustomerReply,
    FollowUp,
    CaseReturn,
)
