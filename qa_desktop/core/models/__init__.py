"""Peewee models: the data the department keeps. Bound at run time through `database_proxy`.

One module per part of the product; everything is importable from here."""

from __future__ import annotations

from qa_desktop.core.models.accounts import (
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
    Proposal,
    ProposalLine,
    Signature,
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
)
V3_MODELS: tuple[type[BaseModel], ...] = (*ACCOUNT_MODELS, Proposal, ProposalLine, Signature)

__all__ = [
    "ACCOUNT_MODELS",
    "ALL_MODELS",
    "QTY",
    "V3_MODELS",
    "Attachment",
    "AuditEntry",
    "BaseModel",
    "CaseCounter",
    "CoilLine",
    "Complaint",
    "Customer",
    "DefectType",
    "DepartmentKey",
    "KeyWrap",
    "MatrixVersion",
    "Media",
    "Meta",
    "Proposal",
    "ProposalLine",
    "Role",
    "Setting",
    "Signature",
    "SigningKey",
    "Travelling",
    "UserAccount",
    "UserRole",
    "database_proxy",
]
