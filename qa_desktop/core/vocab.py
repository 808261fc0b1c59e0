"""Controlled vocabularies of a complaint: stored as codes, shown as translated labels."""

from __future__ import annotations

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.register_vocab import (  # re-exported: every vocabulary is asked for here
    CONTEXT,
    OTHER_DEFECT,
    Category,
    Choice,
    Currency,
    Market,
    Severity,
    Status,
    Unit,
)

__all__ = [
    "CONTEXT",
    "DEFAULT_DEFECT_TYPES",
    "OTHER_DEFECT",
    "Action",
    "ActionCause",
    "ActionKind",
    "ActionState",
    "Category",
    "Channel",
    "Choice",
    "ContainmentPlace",
    "Currency",
    "GoodsState",
    "HandlingKind",
    "Market",
    "Meaning",
    "ProposalState",
    "ReplyKind",
    "SamplesReturned",
    "SeededRole",
    "Severity",
    "Status",
    "Unit",
    "Validity",
    "VisitState",
]


class Channel(Choice):
    PHONE = "phone"
    EMAIL = "email"
    FAX = "fax"
    VISIT = "visit"
    LETTER = "letter"
    SALES = "sales"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
            "email": QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
            "fax": QT_TRANSLATE_NOOP("Vocabulary", "Fax"),
            "visit": QT_TRANSLATE_NOOP("Vocabulary", "Visit"),
            "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
            "sales": QT_TRANSLATE_NOOP("Vocabulary", "Via sales"),
        }


class GoodsState(Choice):
    IN_STOCK = "in_stock"
    IN_TRANSIT = "in_transit"
    PROCESSED = "processed"
    PARTLY_PROCESSED = "partly_processed"
    RETURNED = "returned"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "in_stock": QT_TRANSLATE_NOOP("Vocabulary", "In the customer's stock"),
            "in_transit": QT_TRANSLATE_NOOP("Vocabulary", "In transit"),
            "processed": QT_TRANSLATE_NOOP("Vocabulary", "Already processed"),
            "partly_processed": QT_TRANSLATE_NOOP("Vocabulary", "Partly processed"),
            "returned": QT_TRANSLATE_NOOP("Vocabulary", "Returned to us"),
        }


class SamplesReturned(Choice):
    """Whether the customer sends samples back (是否退回样品); "" is not known yet."""

    YES = "yes"
    NO = "no"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "yes": QT_TRANSLATE_NOOP("Vocabulary", "Yes"),
            "no": QT_TRANSLATE_NOOP("Vocabulary", "No"),
        }


class HandlingKind(Choice):
    """A kind of handling a proposal line offers the customer (拟办意见的处理方式)."""

    CONCESSION = "concession"
    REWORK = "rework"
    SORTING = "sorting"
    RETURN = "return"
    REPLACEMENT = "replacement"
    REPAIR = "repair"
    DISCOUNT = "discount"
    COMPENSATION = "compensation"
    THIRD_PARTY = "third_party"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "concession": QT_TRANSLATE_NOOP("Vocabulary", "Concession / use as is"),
            "rework": QT_TRANSLATE_NOOP("Vocabulary", "Rework"),
            "sorting": QT_TRANSLATE_NOOP("Vocabulary", "Sorting"),
            "return": QT_TRANSLATE_NOOP("Vocabulary", "Return"),
            "replacement": QT_TRANSLATE_NOOP("Vocabulary", "Replacement"),
            "repair": QT_TRANSLATE_NOOP("Vocabulary", "Repair"),
            "discount": QT_TRANSLATE_NOOP("Vocabulary", "Price discount"),
            "compensation": QT_TRANSLATE_NOOP("Vocabulary", "Compensation"),
            "third_party": QT_TRANSLATE_NOOP("Vocabulary", "Customer claims a third party"),
        }


class Action(Choice):
    """What the authority matrix lets a role do. Approving handling is per kind (HandlingKind),
    not an action; `administer` (users, roles, the matrix) grants no approval right by itself."""

    REGISTER = "register"
    EDIT = "edit"
    CONFIRM_QUANTITIES = "confirm_quantities"
    PROPOSE = "propose"
    APPROVE_MONEY = "approve_money"
    FINAL_SIGNOFF = "final_signoff"
    CLOSE = "close"
    REOPEN = "reopen"
    ADMINISTER = "administer"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "register": QT_TRANSLATE_NOOP("Vocabulary", "Register complaints"),
            "edit": QT_TRANSLATE_NOOP("Vocabulary", "Edit complaints"),
            "confirm_quantities": QT_TRANSLATE_NOOP("Vocabulary", "Confirm quantities on site"),
            "propose": QT_TRANSLATE_NOOP("Vocabulary", "Propose handling"),
            "approve_money": QT_TRANSLATE_NOOP("Vocabulary", "Approve money up to the limit"),
            "final_signoff": QT_TRANSLATE_NOOP("Vocabulary", "Final sign-off"),
            "close": QT_TRANSLATE_NOOP("Vocabulary", "Close complaints"),
            "reopen": QT_TRANSLATE_NOOP("Vocabulary", "Reopen complaints"),
            "administer": QT_TRANSLATE_NOOP("Vocabulary", "Administer users, roles and the matrix"),
        }


class Meaning(Choice):
    """What a signature says about what was signed (21 CFR 11.50(a)(3))."""

    CONFIRMED = "confirmed"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    REJECTED = "rejected"
    FINAL_SIGNOFF = "final_signoff"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "confirmed": QT_TRANSLATE_NOOP("Vocabulary", "Confirmed"),
            "reviewed": QT_TRANSLATE_NOOP("Vocabulary", "Reviewed"),
            "approved": QT_TRANSLATE_NOOP("Vocabulary", "Approved"),
            "rejected": QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
            "final_signoff": QT_TRANSLATE_NOOP("Vocabulary", "Final sign-off (binding)"),
        }


class ProposalState(Choice):
    """Where a handling proposal stands. Submitted, approved and binding proposals count toward
    the complaint's cumulative money (core/authority/routing.py); the others do not."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    BINDING = "binding"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "draft": QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
            "submitted": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting approval"),
            "approved": QT_TRANSLATE_NOOP("Vocabulary", "Approved, awaiting final sign-off"),
            "binding": QT_TRANSLATE_NOOP("Vocabulary", "Binding"),
            "rejected": QT_TRANSLATE_NOOP("Vocabulary", "Rejected, to be revised"),
            "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
        }


class VisitState(Choice):
    """Where a site visit stands: planned (assigned, with an appointment), in progress (its
    record is being filled on site), finished (the field user says it is complete: read only
    unless reopened), cancelled (with the reason)."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    CANCELLED = "cancelled"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
            "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
            "finished": QT_TRANSLATE_NOOP("Vocabulary", "Finished"),
            "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
        }


class SeededRole(Choice):
    """The roles a new database starts with. The administrator may rename, add and remove roles
    later (stored by the accounts service); the authority rules only ever see role codes."""

    FIELD_STAFF = "field_staff"
    QA_ENGINEER = "qa_engineer"
    QA_MANAGER = "qa_manager"
    GENERAL_MANAGER = "general_manager"
    SALES = "sales"
    ADMINISTRATOR = "administrator"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "field_staff": QT_TRANSLATE_NOOP("Vocabulary", "Field staff"),
            "qa_engineer": QT_TRANSLATE_NOOP("Vocabulary", "QA engineer"),
            "qa_manager": QT_TRANSLATE_NOOP("Vocabulary", "QA manager"),
            "general_manager": QT_TRANSLATE_NOOP("Vocabulary", "General manager"),
            "sales": QT_TRANSLATE_NOOP("Vocabulary", "Sales department"),
            "administrator": QT_TRANSLATE_NOOP("Vocabulary", "Administrator"),
        }


class Validity(Choice):
    """The judgement whether the complaint stands (判定投诉是否成立); "" is not judged yet."""

    VALID = "valid"
    INVALID = "invalid"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "valid": QT_TRANSLATE_NOOP("Vocabulary", "Valid"),
            "invalid": QT_TRANSLATE_NOOP("Vocabulary", "Invalid"),
        }


class ContainmentPlace(Choice):
    """Where suspect material can be (DOMAIN.md step 3), in the order containment checks them."""

    FACTORY_STOCK = "factory_stock"
    WORK_IN_PROCESS = "work_in_process"
    IN_TRANSIT = "in_transit"
    CUSTOMER_USED = "customer_used"
    CUSTOMER_UNUSED = "customer_unused"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "factory_stock": QT_TRANSLATE_NOOP("Vocabulary", "Factory stock"),
            "work_in_process": QT_TRANSLATE_NOOP("Vocabulary", "Work in process"),
            "in_transit": QT_TRANSLATE_NOOP("Vocabulary", "In transit"),
            "customer_used": QT_TRANSLATE_NOOP("Vocabulary", "At the customer: used"),
            "customer_unused": QT_TRANSLATE_NOOP("Vocabulary", "At the customer: unused"),
        }


class ActionKind(Choice):
    """What an action (CAPA) is for."""

    CONTAINMENT = "containment"
    CORRECTIVE = "corrective"
    PREVENTIVE = "preventive"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "containment": QT_TRANSLATE_NOOP("Vocabulary", "Containment action"),
            "corrective": QT_TRANSLATE_NOOP("Vocabulary", "Corrective action"),
            "preventive": QT_TRANSLATE_NOOP("Vocabulary", "Preventive action"),
        }


class ActionCause(Choice):
    """The cause a corrective action acts on (D4, D5): why the defect was made, or why it was
    not caught before it left the factory."""

    OCCURRENCE = "occurrence"
    ESCAPE = "escape"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "occurrence": QT_TRANSLATE_NOOP("Vocabulary", "Occurrence cause"),
            "escape": QT_TRANSLATE_NOOP("Vocabulary", "Escape cause"),
        }


class ActionState(Choice):
    """An action's life: open, done by its owner, verified by QA (someone else), or cancelled."""

    OPEN = "open"
    DONE = "done"
    VERIFIED = "verified"
    CANCELLED = "cancelled"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "open": QT_TRANSLATE_NOOP("Vocabulary", "Not done yet"),
            "done": QT_TRANSLATE_NOOP("Vocabulary", "Done, awaiting verification"),
            "verified": QT_TRANSLATE_NOOP("Vocabulary", "Verified"),
            "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
        }


class ReplyKind(Choice):
    """What was sent to the customer."""

    EIGHT_D = "8d"
    INTERIM = "interim"
    ANSWER = "answer"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "8d": QT_TRANSLATE_NOOP("Vocabulary", "8D report"),
            "interim": QT_TRANSLATE_NOOP("Vocabulary", "Interim report"),
            # A letter or mail that answers the complaint without an 8D report: the tactful
            # answer to an invalid complaint, or a valid one's written reply.
            "answer": QT_TRANSLATE_NOOP("Vocabulary", "Written answer"),
        }


# Real stainless-coil defects: (code, English, Chinese). Seeded into the editable defect list.
DEFAULT_DEFECT_TYPES: tuple[tuple[str, str, str], ...] = (
    ("scratch", "Scratch", "划伤"),
    ("pit", "Pit", "麻点"),
    ("roll_mark", "Roll mark", "辊印"),
    ("scale", "Scale", "氧化皮"),
    ("edge_crack", "Edge crack", "边裂"),
    ("sliver", "Sliver", "翘皮"),
    ("lamination", "Lamination", "分层"),
    ("oil_stain", "Oil stain", "油斑"),
    ("coil_set", "Coil set", "卷曲"),
    ("waviness", "Waviness", "浪形"),
    ("thickness_tol", "Thickness out of tolerance", "厚度超差"),
    ("width_tol", "Width out of tolerance", "宽度超差"),
    ("burr", "Burr", "毛刺"),
    ("rust", "Rust", "锈蚀"),
    ("inclusion", "Inclusion", "夹杂"),
    ("orange_peel", "Orange peel", "橘皮"),
    ("color_diff", "Colour difference", "色差"),
    ("telescoping", "Telescoping", "塔形"),
    ("packing_damage", "Packaging damage", "包装破损"),
    ("mechanical", "Mechanical properties out of specification", "力学性能不合格"),
    ("chemistry", "Chemical composition out of specification", "化学成分不合格"),
    ("roughness_gloss", "Surface roughness or gloss", "表面粗糙度/光泽度不良"),
    ("dent_crease", "Dent or crease", "压痕/折痕"),
    ("flatness", "Flatness out of tolerance", "平整度超差"),
    (OTHER_DEFECT, "Other (describe)", "其他（请说明）"),
)
