"""Peewee models: the data the department keeps. Bound at run time through `database_proxy`.

One module per part of the product (visits.py: issue 11's site visits; case_life.py: issue 12's
workflow, clocks, containment, 8D, actions and replies); everything is importable from here."""

from __future__ import annotations

from qa_desktop.core.models.accounts import (
    Delegation,
    DepartmentKey,
    KeyWrap,
    MatrixVersion,
    Role,
    SigningKey,
    UserAccount,
    UserRole,
)
from qa_desktop.core.models.approvals import Proposal, ProposalLine, Signature
from qa_desktop.core.models.audit import AuditEntry
from qa_desktop.core.models.base import QTY, BaseModel, Travelling, database_proxy
from qa_desktop.core.models.case_life import (
    V5_MODELS,
    ActionEvidence,
    CaseAction,
    CaseClock,
    CaseReturn,
    ClockPause,
    ClockRuleRow,
    ContainmentLine,
    CustomerReply,
    DepartmentCalendar,
    EightD,
    EightDStep,
    FollowUp,
    StatusChange,
)
from qa_desktop.core.models.records import (
    Attachment,
    CaseCounter,
    CoilLine,
    Complaint,
    Customer,
    DefectType,
    Media,
    Meta,
    Setting,
)
from qa_desktop.core.models.visits import (
    V4_MODELS,
    ChecklistTemplateVersion,
    Confirmation,
    MergeConflict,
    PackImport,
    SyncBase,
    Visit,
    VisitCoil,
    VisitDraft,
    VisitPhoto,
)

# In the order tables are created (a table after the ones it refers to).
ALL_MODELS: tuple[type[BaseModel], ...] = (
    Meta,
    Setting,
    Customer,
    DefectType,
    Complaint,
    CoilLine,
    Media,
    Attachment,
    CaseCounter,
    AuditEntry,
    Role,
    UserAccount,
    UserRole,
    DepartmentKey,
    KeyWrap,
    SigningKey,
    MatrixVersion,
    Delegation,
    Proposal,
    ProposalLine,
    Signature,
    *V4_MODELS,
    *V5_MODELS,
)

# What version 3 added (core/migrations.py creates them on an upgrade).
ACCOUNT_MODELS: tuple[type[BaseModel], ...] = (
    Role,
    UserAccount,
    UserRole,
    DepartmentKey,
    KeyWrap,
    SigningKey,
    MatrixVersion,
    Delegation,
)
V3_MODELS: tuple[type[BaseModel], ...] = (*ACCOUNT_MODELS, Proposal, ProposalLine, Signature)

__all__ = [
    "ACCOUNT_MODELS",
    "ALL_MODELS",
    "QTY",
    "V3_MODELS",
    "V4_MODELS",
    "V5_MODELS",
    "ActionEvidence",
    "Attachment",
    "AuditEntry",
    "BaseModel",
    "CaseAction",
    "CaseClock",
    "CaseCounter",
    "CaseReturn",
    "ChecklistTemplateVersion",
    "ClockPause",
    "ClockRuleRow",
    "CoilLine",
    "Complaint",
    "Confirmation",
    "ContainmentLine",
    "Customer",
    "CustomerReply",
    "DefectType",
    "Delegation",
    "DepartmentCalendar",
    "DepartmentKey",
    "EightD",
    "EightDStep",
    "FollowUp",
    "KeyWrap",
    "MatrixVersion",
    "Media",
    "MergeConflict",
    "Meta",
    "PackImport",
    "Proposal",
    "ProposalLine",
    "Role",
    "Setting",
    "Signature",
    "SigningKey",
    "StatusChange",
    "SyncBase",
    "Travelling",
    "UserAccount",
    "UserRole",
    "Visit",
    "VisitCoil",
    "VisitDraft",
    "VisitPhoto",
    "database_proxy",
]
