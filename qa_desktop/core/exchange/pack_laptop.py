"""An outbound pack brought into a field laptop's database: the department key that certifies
its keys, the factory's settings and authority matrix, the field user's account (so they sign
in there with their own password and sign with their own key), and the records of the visits.
Each record is remembered as it arrived (SyncBase): the base of the return pack's merge."""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import datetime
from typing import Any

from qa_desktop.core import settings, signing
from qa_desktop.core.clock import to_storage
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.exchange.pack_apply import apply_record, model_of
from qa_desktop.core.exchange.pack_format import Manifest
from qa_desktop.core.exchange.pack_records import TABLES, from_plain
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import (
    DepartmentKey,
    MatrixVersion,
    Meta,
    Role,
    Setting,
    SigningKey,
    UserAccount,
    UserRole,
)
from qa_desktop.core.services.context import Unit
from qa_desktop.core.services.keys import department_database, department_key
from qa_desktop.core.text import clean_line

CONTEXT = "Packs"
BAD_ACCOUNT = QT_TRANSLATE_NOOP("Packs", "The pack's account for {user} cannot be read.")
BAD_SETTING = QT_TRANSLATE_NOOP("Packs", "The pack's setting {key} cannot be used: {reason}")
NOT_TEXT = QT_TRANSLATE_NOOP("Packs", "It is not text.")
BAD_MATRIX = QT_TRANSLATE_NOOP("Packs", "The pack's authority matrix cannot be read.")
NOT_FOR_YOU = QT_TRANSLATE_NOOP(
    "Packs", "This pack is for {user}: it is imported into their laptop's database."
)


def bring_in(unit: Unit, manifest: Manifest, document: dict[str, Any], result: Any) -> None:
    summary = manifest.fields.summary
    if unit.actor.user_id not in ("system", manifest.fields.for_user):
        raise translated(CONTEXT, NOT_FOR_YOU, user=manifest.fields.for_user)
    _department(unit, summary)
    _settings(document.get("settings"))
    _matrix(document.get("matrix"))
    peer = manifest.fields.source_database
    for entry in document["records"]:
        model = model_of(entry, TABLES)
        apply_record(unit, model, entry, peer, manifest.pack_uuid, result)
    _account(unit, document.get("account"), manifest.fields.for_user)


def _department(unit: Unit, summary: Any) -> None:
    """The factory's department key (public only: the laptop certifies nobody)."""
    public = base64.b64decode(str(summary["department_key"]))
    if DepartmentKey.select().where(DepartmentKey.public_key == public).exists():
        return
    DepartmentKey.create(
        key_id=signing.fingerprint(public).replace(" ", "").lower()[:32],
        public_key=public,
        created_at=to_storage(unit.clock()),
        created_by=unit.actor.user_id,
    )
    Meta.replace(key="department_database", value=str(summary["department_database"])).execute()
    unit.audit_key("department key", DepartmentKey._meta.table_name, signing.fingerprint(public))


def _settings(values: Any) -> None:
    """The factory's department settings, as it keeps them (its zone, coil forms, …), each
    checked as a change of it at the factory is."""
    if not isinstance(values, dict):
        return
    for key, value in values.items():
        try:
            settings.spec(str(key))
        except UserError:
            continue  # a setting this version does not know
        try:
            if not isinstance(value, str):
                raise translated(CONTEXT, NOT_TEXT)
            checked = settings.validate(str(key), value)
        except UserError as exc:
            raise translated(CONTEXT, BAD_SETTING, key=str(key)[:40], reason=exc) from None
        Setting.replace(key=str(key), value=str(checked)).execute()


def _matrix(versions: Any) -> None:
    """The factory's matrix versions: the laptop's rules are the factory's, each version read
    and hashed as the factory stored it (a matrix that does not read would stop every write)."""
    if not isinstance(versions, list):
        raise translated(CONTEXT, BAD_MATRIX)
    for row in versions:
        values = _matrix_row(row)
        MatrixVersion.delete().where(MatrixVersion.version == values["version"]).execute()
        MatrixVersion.create(**values)


def _matrix_row(row: Any) -> dict[str, Any]:
    from qa_desktop.core.authority.matrix_json import matrix_from_json, matrix_hash

    try:
        content, version = row["content"], row["version"]
        matrix = matrix_from_json(content) if isinstance(content, str) else None
        created_at = datetime.fromisoformat(row["created_at"])
        texts = (row["content_hash"], row["created_by"], row.get("reason", ""))
    except (KeyError, TypeError, ValueError, AttributeError, UserError):
        raise translated(CONTEXT, BAD_MATRIX) from None
    if (
        matrix is None
        or type(version) is not int
        or matrix.version != version
        or matrix_hash(matrix) != row["content_hash"]
        or created_at.tzinfo is not None
        or not all(isinstance(text, str) and clean_line(text) == text for text in texts)
    ):
        raise translated(CONTEXT, BAD_MATRIX)
    return {"version": version, "content": content, "content_hash": texts[0],
            "created_at": created_at, "created_by": texts[1], "reason": texts[2]}  # fmt: skip


def _account(unit: Unit, account: Any, for_user: str) -> None:
    if not isinstance(account, dict) or account.get("user_id") != for_user:
        raise translated(CONTEXT, BAD_ACCOUNT, user=for_user)
    roles, keys = account.get("roles"), account.get("keys")
    if not isinstance(roles, list) or not isinstance(keys, list):
        raise translated(CONTEXT, BAD_ACCOUNT, user=for_user)
    department = department_key()
    try:
        values = from_plain(
            UserAccount, {k: v for k, v in account.items() if k not in ("roles", "keys")}
        )
        key_rows = [_key_values(key, for_user, department) for key in keys]
    except (KeyError, ValueError, TypeError, LookupError, binascii.Error):
        raise translated(CONTEXT, BAD_ACCOUNT, user=for_user) from None
    values.update(failed_attempts=0, locked=False)
    user = UserAccount.get_or_none(UserAccount.user_id == for_user)
    if user is None:
        user = UserAccount.create(**values)
    else:
        UserAccount.update(**{k: v for k, v in values.items() if k != "uuid"}).where(
            UserAccount.id == user.id
        ).execute()
    UserRole.delete().where(UserRole.user == user).execute()
    for code in roles:
        role = Role.get_or_none(Role.code == str(code))
        if role is not None:
            UserRole.create(user=user, role=role)
    for key_id, key_values in key_rows:
        row = SigningKey.get_or_none(SigningKey.key_id == key_id)
        if row is None:
            SigningKey.create(key_id=key_id, user=user, **key_values)
        else:
            SigningKey.update(user=user, **key_values).where(SigningKey.id == row.id).execute()
    unit.audit_key(
        "import account", UserAccount._meta.table_name, str(uuid.UUID(str(values["uuid"])))
    )


def _key_values(key: Any, user_id: str, department: DepartmentKey) -> tuple[str, dict[str, Any]]:
    """One of the field user's keys as the laptop keeps it; ValueError unless the department
    key certifies it (a key it does not would sign nothing the factory takes back)."""
    retired = key.get("retired_at")
    key_id, sealed, issued_at = key["key_id"], key.get("sealed", ""), key["issued_at"]
    if not all(isinstance(text, str) for text in (key_id, sealed, issued_at)):
        raise ValueError("a key's texts are texts")
    certificate = signing.Certificate(
        database=department_database(),
        user_id=user_id,
        key_id=key_id,
        public_key=base64.b64decode(str(key["public_key"]), validate=True),
        issued_at=issued_at,
        signature=base64.b64decode(str(key["certificate"]), validate=True),
    )
    if not signing.check_certificate(bytes(department.public_key), certificate):
        raise ValueError("the department key does not certify this key")
    return key_id, {
        "public_key": certificate.public_key,
        "sealed": sealed,
        "issued_at": issued_at,
        "certificate": certificate.signature,
        "department_key": department,
        "retired_at": _naive(retired) if retired is not None else None,
    }


def _naive(text: Any) -> datetime:
    moment = datetime.fromisoformat(str(text))
    if moment.tzinfo is not None:
        raise ValueError("a stored instant is naive UTC")
    return moment
