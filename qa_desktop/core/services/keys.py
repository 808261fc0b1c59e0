"""Keys: the department key that certifies users' signing keys, and each user's key pair.

The private halves are sealed under passwords (core/signing.py), so a copy of the file holds
no key anyone can sign with: the department key opens only with an administrator's password,
a user's key only with that user's. A reset makes a new key pair; the old public key stays,
retired, so that the signatures made with it keep verifying."""

from __future__ import annotations

import uuid
import weakref
from typing import TYPE_CHECKING

from qa_desktop.core import signing
from qa_desktop.core.clock import to_storage
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import (
    DepartmentKey,
    KeyWrap,
    Meta,
    SigningKey,
    UserAccount,
    database_proxy,
)
from qa_desktop.core.services.context import Unit

if TYPE_CHECKING:  # cryptography loads with the first key used (core/signing.py)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

NOT_HOLDER = QT_TRANSLATE_NOOP(
    "Accounts", "{user} does not hold the department key; ask an administrator who does."
)
NO_KEY = QT_TRANSLATE_NOOP(
    "Accounts",
    "{user} has no signing key; an administrator must reset the password to issue one.",
)


def database_uuid() -> str:
    """The file's identity (set once, when it was made or upgraded to v3; never changed)."""
    database = database_proxy.obj
    known = _uuids.get(database)
    if known is None:
        row = Meta.get_or_none(Meta.key == "database_uuid")
        known = row.value if row is not None else ""
        if known:
            _uuids[database] = known
    return known


def department_database() -> str:
    """The database whose department key certifies the users' keys: this one, except on a
    field laptop, whose keys came in a visit pack from the factory's database."""
    row = Meta.get_or_none(Meta.key == "department_database")
    return row.value if row is not None and row.value else database_uuid()


# Per open database: every signature's payload names it (verify rebuilds thousands).
_uuids: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()


def department_key() -> DepartmentKey | None:
    return DepartmentKey.select().order_by(DepartmentKey.id.desc()).first()


def department_fingerprint() -> str:
    key = department_key()
    return signing.fingerprint(bytes(key.public_key)) if key is not None else ""


def _wrap_aad(key: DepartmentKey, user: UserAccount) -> bytes:
    return f"department:{key.key_id}:holder:{user.user_id}".encode()


def _key_aad(user_id: str, key_id: str) -> bytes:
    return f"user:{user_id}:key:{key_id}".encode()


def create_department_key(unit: Unit, holder: UserAccount, password: str) -> Ed25519PrivateKey:
    """The department key of a new file, held by its first administrator."""
    private, public = signing.new_key_pair()
    key = DepartmentKey.create(
        key_id=uuid.uuid4().hex,
        public_key=public,
        created_at=to_storage(unit.clock()),
        created_by=unit.actor.user_id,
    )
    wrap_department_key(key, private, holder, password)
    unit.audit_key(
        "create",
        DepartmentKey._meta.table_name,
        key.key_id,
        {"fingerprint": signing.fingerprint(public)},
    )
    return private


def wrap_department_key(
    key: DepartmentKey, private: Ed25519PrivateKey, holder: UserAccount, password: str
) -> None:
    sealed = signing.seal(private, password, aad=_wrap_aad(key, holder))
    KeyWrap.replace(department_key=key, user=holder, sealed=sealed.to_json()).execute()


def open_department_key(holder: UserAccount, password: str) -> Ed25519PrivateKey:
    """The department's private key, opened with a holder's password (WrongPassword if not)."""
    key = department_key()
    wrap = (
        KeyWrap.get_or_none((KeyWrap.department_key == key) & (KeyWrap.user == holder))
        if key is not None
        else None
    )
    if wrap is None:
        raise translated("Accounts", NOT_HOLDER, user=holder.user_id)
    sealed = signing.SealedKey.from_json(wrap.sealed)
    return signing.unseal(sealed, password, aad=_wrap_aad(key, holder))


def holds_department_key(user: UserAccount) -> bool:
    key = department_key()
    return key is not None and (
        KeyWrap.select().where((KeyWrap.department_key == key) & (KeyWrap.user == user)).exists()
    )


def issue_signing_key(
    unit: Unit, user: UserAccount, password: str, department_private: Ed25519PrivateKey
) -> SigningKey:
    """A new key pair for `user`, sealed under `password` and certified by the department key;
    the user's earlier keys are retired (they verify, they no longer sign)."""
    now = to_storage(unit.clock())
    SigningKey.update(sealed="", retired_at=now).where(
        (SigningKey.user == user) & SigningKey.retired_at.is_null()
    ).execute()
    private, public = signing.new_key_pair()
    key_id = uuid.uuid4().hex
    issued_at = unit.clock().isoformat()
    cert = signing.certify(
        department_private,
        database=database_uuid(),
        user_id=user.user_id,
        key_id=key_id,
        public_key=public,
        issued_at=issued_at,
    )
    key = SigningKey.create(
        key_id=key_id,
        user=user,
        public_key=public,
        sealed=signing.seal(private, password, aad=_key_aad(user.user_id, key_id)).to_json(),
        issued_at=issued_at,
        certificate=cert.signature,
        department_key=department_key(),
    )
    unit.audit_key(
        "issue key",
        SigningKey._meta.table_name,
        key_id,
        {"user": user.user_id, "fingerprint": signing.fingerprint(public)},
    )
    return key


def current_key(user: UserAccount) -> SigningKey:
    key = (
        SigningKey.select()
        .where((SigningKey.user == user) & SigningKey.retired_at.is_null())
        .order_by(SigningKey.id.desc())
        .first()
    )
    if key is None or not key.sealed:
        raise translated("Accounts", NO_KEY, user=user.user_id)
    return key


def open_signing_key(user: UserAccount, password: str) -> tuple[SigningKey, Ed25519PrivateKey]:
    key = current_key(user)
    sealed = signing.SealedKey.from_json(key.sealed)
    return key, signing.unseal(sealed, password, aad=_key_aad(user.user_id, key.key_id))


def reseal_keys(user: UserAccount, old_password: str, new_password: str) -> None:
    """A password change: the same keys, sealed under the new password."""
    for key in SigningKey.select().where((SigningKey.user == user) & (SigningKey.sealed != "")):
        aad = _key_aad(user.user_id, key.key_id)
        sealed = signing.SealedKey.from_json(key.sealed)
        key.sealed = signing.reseal(sealed, old_password, new_password, aad=aad).to_json()
        key.save()
    for wrap in KeyWrap.select().where(KeyWrap.user == user):
        aad = _wrap_aad(wrap.department_key, user)
        sealed = signing.SealedKey.from_json(wrap.sealed)
        wrap.sealed = signing.reseal(sealed, old_password, new_password, aad=aad).to_json()
        wrap.save()
