"""Importing a visit pack: all of it in one transaction, or nothing; the same pack twice changes
nothing the second time.

Before anything is written the container is checked whole (pack_read: names, sizes, sums,
the signature) and its signer must be certified by the department key this database holds
(a new laptop database takes the department key the pack names, as SSH takes a host's key
the first time, and the PC pins it). Then:
- an outbound pack (factory -> laptop) brings the records, the settings, the matrix and the
  field user's account into the laptop's file (pack_laptop.py);
- a return pack (laptop -> factory) is merged field by field into the factory's visits
  (pack_merge.py), its customer confirmations verified as they arrive.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from qa_desktop.core import signing
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.exchange import pack_payload as payload
from qa_desktop.core.exchange.pack_format import Kind, Manifest
from qa_desktop.core.exchange.pack_read import Pack, open_pack
from qa_desktop.core.exchange.pack_signer import Signer, TrustVerdict
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.migrations import SCHEMA_VERSION
from qa_desktop.core.models import PackImport, SigningKey
from qa_desktop.core.services import keys
from qa_desktop.core.services.context import SYSTEM, Actor, Unit, write
from qa_desktop.core.vocab import Action

CONTEXT = "Packs"
FROM_HERE = QT_TRANSLATE_NOOP("Packs", "This pack was made from this very database.")
FOR_LAPTOP = QT_TRANSLATE_NOOP(
    "Packs", "This is an outbound pack for a field laptop; it is not imported at the factory."
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "Packs",
    "This return pack belongs to another factory's database: it was not sent from here.",
)
OTHER_DEPARTMENT = QT_TRANSLATE_NOOP(
    "Packs", "This pack is certified by another department's key than this database's."
)
UNREADABLE = QT_TRANSLATE_NOOP("Packs", "The pack's records cannot be read: {reason}.")
NEEDS_ACCOUNT = QT_TRANSLATE_NOOP("Packs", "Sign in to import into this database: it has accounts.")
OLDER = QT_TRANSLATE_NOOP(
    "Packs",
    "This pack was made at {made}, before a pack from the same computer imported already (made "
    "at {later}): it would put back what the later one changed, so nothing was imported.",
)

Progress = Callable[[int, int], None]
Cancelling = Callable[[], bool]


@dataclass
class Imported:
    pack_uuid: str
    kind: str
    cases: list[str]
    already: bool = False  # imported before: nothing changed
    created: int = 0
    merged: int = 0
    unchanged: int = 0
    conflicts: int = 0
    deleted: int = 0
    kept: list[str] = field(default_factory=list)  # what was not taken, and why (English)
    for_user: str = ""


def import_pack(
    path: Path,
    actor: Actor | None,
    clock: Clock = utc_now,
    progress: Progress | None = None,
    cancelled: Cancelling | None = None,
) -> Imported:
    """Import the pack at `path` into the open database. `actor` is who imports; None only
    for a database without accounts (a new laptop file: the pack brings its account)."""
    department = _department_public()
    with open_pack(path, max_schema_version=SCHEMA_VERSION, trusted=_trust(department)) as pack:
        manifest = pack.manifest
        _check_kind(manifest)
        done = PackImport.get_or_none(PackImport.pack_uuid == manifest.pack_uuid)
        if done is not None:
            return _already(manifest, done)
        _check_not_older(manifest)
        document = _document(pack)
        if department is None:
            _check_first_department(manifest.fields.summary, manifest.signer)
        # Every member used is read once, inside the transaction, its sum checked as it is
        # read: a member that is not what the manifest says rolls everything back. A photo this
        # file holds already is not read again: the signed manifest names its sum, and what is
        # stored under that sum is those bytes.
        return _write(pack, manifest, document, actor, clock, progress, cancelled)


def _write(
    pack: Pack,
    manifest: Manifest,
    document: dict,
    actor: Actor | None,
    clock: Clock,
    progress: Progress | None,
    cancelled: Cancelling | None,
) -> Imported:
    from qa_desktop.core.exchange import pack_laptop, pack_merge

    outbound = manifest.kind is Kind.OUTBOUND
    who, needs = _who(actor, outbound)
    with write(who, clock, account=actor is not None, needs=needs) as unit:
        result = Imported(
            manifest.pack_uuid,
            str(manifest.kind),
            list(manifest.fields.summary.get("cases", [])),
            for_user=manifest.fields.for_user,
        )
        _store_media(unit, pack, document, progress, cancelled)
        if outbound:
            pack_laptop.bring_in(unit, manifest, document, result)
        else:
            pack_merge.merge_return(unit, manifest, document, result)
        PackImport.create(
            pack_uuid=manifest.pack_uuid,
            pack_sha256=hashlib.sha256(manifest.raw).hexdigest(),  # binds every member's sum
            kind=str(manifest.kind),
            source_database=manifest.fields.source_database,
            signer=manifest.signer.user_id,
            imported_at=to_storage(unit.clock()),
            imported_by=who.user_id,
            summary=json.dumps(
                {**_summary(result), "made_at": manifest.fields.created_at.isoformat()},
                sort_keys=True,
            ),
        )
        unit.audit_key(
            "import pack", PackImport._meta.table_name, manifest.pack_uuid, _summary(result)
        )
    return result


def _who(actor: Actor | None, outbound: bool) -> tuple[Actor, tuple[Action, ...]]:
    from qa_desktop.core.services.accounts import has_accounts

    if actor is None:
        if has_accounts():
            raise translated(CONTEXT, NEEDS_ACCOUNT)
        return SYSTEM, ()
    return actor, (Action.CONFIRM_QUANTITIES, Action.EDIT) if outbound else (Action.EDIT,)


# ----- trust -------------------------------------------------------------------------------------
def _department_public() -> bytes | None:
    row = keys.department_key()
    return None if row is None else bytes(row.public_key)


def _trust(department: bytes | None) -> Callable[[Signer], TrustVerdict]:
    """Certified by this database's department key, for this department's database. A new
    file has none: the pack's own is checked after opening (_check_first_department)."""

    def trusted(signer: Signer) -> TrustVerdict:
        if department is None:
            return TrustVerdict.TRUSTED
        cert = signer.certificate
        if cert.database == keys.department_database() and signing.check_certificate(
            department, cert
        ):
            return TrustVerdict.TRUSTED
        known = SigningKey.select().where(SigningKey.key_id == signer.key_id).exists()
        return TrustVerdict.UNCERTIFIED if known else TrustVerdict.UNKNOWN

    return trusted


def _check_first_department(summary: Any, signer: Signer) -> None:
    """A new file: the department key the pack names must certify its signer."""
    import base64
    import binascii

    try:
        public = base64.b64decode(str(summary.get("department_key", "")), validate=True)
    except binascii.Error:
        public = b""
    cert = signer.certificate
    if not (
        public
        and cert.database == summary.get("department_database")
        and signing.check_certificate(public, cert)
    ):
        raise translated(CONTEXT, OTHER_DEPARTMENT)


def _check_kind(manifest: Manifest) -> None:
    here = keys.database_uuid()
    if manifest.fields.source_database == here:
        raise translated(CONTEXT, FROM_HERE)
    factory = keys.department_database() == here and _department_public() is not None
    if manifest.kind is Kind.OUTBOUND and factory:
        raise translated(CONTEXT, FOR_LAPTOP)
    if manifest.kind is Kind.RETURN and (
        not factory or manifest.fields.summary.get("department_database") != here
    ):
        raise translated(CONTEXT, NOT_OURS)


def _check_not_older(manifest: Manifest) -> None:
    """A return pack holds every visit of its laptop, so one made before another imported
    already from that laptop holds nothing the later one lacks, and would put back what the
    later one changed (or bring back what it deleted). Outbound packs each hold their own
    cases: the factory's two packs may be imported in either order."""
    if manifest.kind is not Kind.RETURN:
        return
    made = manifest.fields.created_at
    for row in PackImport.select().where(
        (PackImport.source_database == manifest.fields.source_database)
        & (PackImport.kind == str(Kind.RETURN))
    ):
        later = _made_at(row)
        if later is not None and later > made:
            zone = made.tzinfo
            raise translated(CONTEXT, OLDER, made=_minute(made, zone), later=_minute(later, zone))


def _made_at(row: PackImport) -> datetime | None:
    try:
        return datetime.fromisoformat(json.loads(row.summary)["made_at"])
    except (ValueError, KeyError, TypeError):
        return None  # imported before packs recorded when they were made


def _minute(moment: datetime, zone: Any) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


# ----- the payload --------------------------------------------------------------------------------
def _document(pack: Pack) -> dict[str, Any]:
    try:
        document = json.loads(pack.read(payload.RECORDS).decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != payload.FORMAT:
            raise ValueError("not the records of a visit pack")
        for name in ("records", "deleted", "media"):
            if not isinstance(document.get(name), list):
                raise ValueError(f"{name} is not a list")
            if len(document[name]) > payload.MAX_RECORDS:
                raise ValueError(f"it lists more {name} than a pack holds ({payload.MAX_RECORDS})")
        return document
    except KeyError:
        raise translated(CONTEXT, UNREADABLE, reason="records.json is missing") from None
    except RecursionError:  # JSON nested deeper than any record: the parser gives up
        raise translated(CONTEXT, UNREADABLE, reason="it is nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise translated(CONTEXT, UNREADABLE, reason=str(exc)[:200]) from None


def _store_media(
    unit: Unit,
    pack: Pack,
    document: dict[str, Any],
    progress: Progress | None,
    cancelled: Cancelling | None,
) -> None:
    from qa_desktop.core.exchange.pack_media import store_pack_media

    store_pack_media(unit, pack, document["media"], progress, cancelled)


def _summary(result: Imported) -> dict[str, Any]:
    return {
        "kind": result.kind, "cases": result.cases, "created": result.created,
        "merged": result.merged, "unchanged": result.unchanged, "conflicts": result.conflicts,
        "deleted": result.deleted, "kept": result.kept,
    }  # fmt: skip


def _already(manifest: Manifest, done: PackImport) -> Imported:
    return Imported(
        manifest.pack_uuid,
        str(manifest.kind),
        list(manifest.fields.summary.get("cases", [])),
        already=True,
        for_user=manifest.fields.for_user,
    )
