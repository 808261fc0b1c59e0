"""An outbound pack brought into a field laptop's database: the department key that certifies
its keys, the factory's settings and authority matrix, the field user's account (so they sign
in there with their own password and sign with their own key), and the records of the visits.
Each record is remembered as it arrived (SyncBase): the base of the return pack's merge."""

from __future__ import annotations

import base64
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

CONTEXT = "Packs"
BAD_ACCOUNT = QT_TRANSLATE_NOOP("Packs", "The pack's account for {user} cannot be read.")
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
    """The factory's department settings, as it keeps them (its zone, coil forms, …)."""
    if not isinstance(values, dict):
        return
    for key, value in values.items():
        try:
            settings.spec(str(key))
        except UserError:
            continue  # a setting this version does not know
        Setting.replace(key=str(key), value=str(value)).execute()


def _matrix(versions: Any) -> None:
    """The factory's matrix versions: the laptop's rules are the factory's."""
    for row in versions if isinstance(versions, list) else []:
        MatrixVersion.delete().where(MatrixVersion.version == int(row["version"])).execute()
        MatrixVersion.create(
            version=int(row["version"]),
            content=str(row["content"]),
            content_hash=str(row["content_hash"]),
            created_at=datetime.fromisoformat(str(row["created_at"])),
            created_by=str(row["created_by"]),
            reason=str(row.get("reason", "")),
        )


def _account(unit: Unit, account: Any, for_user: str) -> None:
    if not isinstance(account, dict) or account.get("user_id") != for_user:
        raise translated(CONTEXT, BAD_ACCOUNT, user=for_user)
    try:
        values = from_plain(
            UserAccount, {k: v for k, v in account.items() if k not in ("roles", "keys")}
        )
    except (KeyError, ValueError, LookupError):
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
    for code in account.get("roles", []):
        role = Role.get_or_none(Role.code == str(code))
        if role is not None:
            UserRole.create(user=user, role=role)
    department = DepartmentKey.select().order_by(DepartmentKey.id.desc()).get()
    for key in account.get("keys", []):
        _key(user, key, department)
    unit.audit_key(
        "import account", UserAccount._meta.table_name, str(uuid.UUID(str(values["uuid"])))
    )


def _key(user: UserAccount, key: dict[str, Any], department: DepartmentKey) -> None:
    retired = key.get("retired_at")
    values = {
        "user": user,
        "public_key": base64.b64decode(str(key["public_key"])),
        "sealed": str(key.get("sealed", "")),
        "issued_at": str(key["issued_at"]),
        "certificate": base64.b64decode(str(key["certificate"])),
        "department_key": department,
        "retired_at": datetime.fromisoformat(retired) if retired else None,
    }
    row = SigningKey.get_or_none(SigningKey.key_id == str(key["key_id"]))
    if row is None:
        SigningKey.create(key_id=str(key["key_id"]), **values)
    else:
        SigningKey.update(**values).where(SigningKey.id == row.id).execute()
