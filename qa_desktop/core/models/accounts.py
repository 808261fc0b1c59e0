"""Accounts: users, roles, their signing keys, the department key and the authority matrix."""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from qa_desktop.core.models.base import BaseModel, Travelling


class Role(Travelling):
    """A role the authority matrix gives rights to (field staff, QA engineer, …)."""

    code = CharField(unique=True)
    name_en = CharField()
    name_zh = CharField(default="")
    active = BooleanField(default=True)

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") and self.name_zh else self.name_en


class UserAccount(Travelling):
    """A person who signs in. Never deleted and its user id never reused: the audit trail and
    the signatures name it for as long as the file lives."""

    user_id = CharField(unique=True)
    display_name = CharField()
    position = CharField(default="")  # 职务, printed under a signature
    password_hash = CharField()  # Argon2id, encoded with its own parameters
    must_change_password = BooleanField(default=True)  # a new or reset password is temporary
    failed_attempts = IntegerField(default=0)
    locked = BooleanField(default=False)
    active = BooleanField(default=True)
    password_changed_at = DateTimeField(null=True)  # UTC


class UserRole(BaseModel):
    user = ForeignKeyField(UserAccount, backref="role_links", on_delete="CASCADE")
    role = ForeignKeyField(Role, backref="user_links", on_delete="RESTRICT")

    class Meta:
        indexes = ((("user", "role"), True),)


class DepartmentKey(BaseModel):
    """The key that certifies every user's signing key. Its fingerprint is printed on sign-off
    sheets and remembered by each PC that opened the file, so a key set swapped whole inside
    the file is still caught."""

    key_id = CharField(unique=True)  # uuid4 hex: named in certificates and sealed keys
    public_key = BlobField()
    created_at = DateTimeField()  # UTC
    created_by = CharField()


class KeyWrap(BaseModel):
    """The department's private key, sealed under one administrator's password."""

    department_key = ForeignKeyField(DepartmentKey, backref="wraps", on_delete="CASCADE")
    user = ForeignKeyField(UserAccount, backref="key_wraps", on_delete="CASCADE")
    sealed = TextField()  # core/signing.SealedKey as JSON

    class Meta:
        indexes = ((("department_key", "user"), True),)


class SigningKey(BaseModel):
    """A user's Ed25519 key pair: the public key certified by the department key, the private
    key sealed under the user's password. A reset makes a new pair; the old public key stays
    so that old signatures keep verifying."""

    key_id = CharField(unique=True)  # uuid4 hex: named in certificates and sealed keys
    user = ForeignKeyField(UserAccount, backref="keys", on_delete="RESTRICT")
    public_key = BlobField()
    sealed = TextField(default="")  # emptied when the key is retired: it signs no more
    issued_at = CharField()  # ISO instant in the certificate
    certificate = BlobField()  # the department key's signature over core/signing.Certificate
    department_key = ForeignKeyField(DepartmentKey, backref="certified", on_delete="RESTRICT")
    retired_at = DateTimeField(null=True)  # UTC


class Delegation(Travelling):
    """An approver lets a named colleague sign for them between two days (the department's,
    both included), up to a cap no higher than their own limit. Revoked, never deleted."""

    delegator = ForeignKeyField(UserAccount, backref="delegations_given", on_delete="RESTRICT")
    delegate = ForeignKeyField(UserAccount, backref="delegations_held", on_delete="RESTRICT")
    first_day = DateField()
    last_day = DateField()
    cap_minor = BigIntegerField(null=True)  # base currency; None: any amount (an unlimited one)
    reason = TextField(default="")
    revoked = BooleanField(default=False)


class MatrixVersion(BaseModel):
    """One version of the authority matrix, never changed: a proposal is routed by the version
    in force when it was submitted (core/authority.py reads `content`)."""

    version = IntegerField(unique=True)
    content = TextField()  # canonical JSON
    content_hash = CharField()
    created_at = DateTimeField()  # UTC
    created_by = CharField()
    reason = TextField(default="")
