"""Writing visit packs: the outbound pack a field laptop needs, and the return pack it sends back.

Both are read from one read transaction (WAL gives it a consistent snapshot while others
write), never by copying the live file, and signed with the exporting user's key. Each
record travels with the base the three-way merge at the other end starts from: for a return
pack, the record as the laptop received it; an outbound pack has none (the laptop keeps what
it receives as its base)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.exchange import pack_payload as payload
from qa_desktop.core.exchange.pack_format import Kind, PackFields
from qa_desktop.core.exchange.pack_records import to_plain
from qa_desktop.core.exchange.pack_signer import Signer
from qa_desktop.core.exchange.pack_write import write_pack
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.migrations import SCHEMA_VERSION
from qa_desktop.core.models import (
    ChecklistTemplateVersion,
    CoilLine,
    Complaint,
    Confirmation,
    Customer,
    DefectType,
    MatrixVersion,
    Role,
    SigningKey,
    SyncBase,
    UserAccount,
    Visit,
    VisitCoil,
    VisitPhoto,
    database_proxy,
)
from qa_desktop.core.services import accounts, keys
from qa_desktop.core.services.context import Actor, active_account
from qa_desktop.core.services.matrix import matrix
from qa_desktop.core.signing import Certificate
from qa_desktop.core.vocab import Action, VisitState

CONTEXT = "Packs"
NO_CASE = QT_TRANSLATE_NOOP("Packs", "There is no complaint {case}.")
NO_VISIT = QT_TRANSLATE_NOOP(
    "Packs", "{case} has no open visit assigned to {user}: plan one before exporting its pack."
)
NOT_ACTIVE = QT_TRANSLATE_NOOP(
    "Packs", "{user} is no longer an active account: a pack is made for someone who signs in."
)
NO_CASES = QT_TRANSLATE_NOOP("Packs", "Name at least one complaint to put in the pack.")
NOTHING = QT_TRANSLATE_NOOP("Packs", "{user} has no visits here to send back.")
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Packs", "{user} may not export visit packs: the authority matrix gives them {action} neither."
)
NOT_LAPTOP = QT_TRANSLATE_NOOP(
    "Packs",
    "This database did not come from a visit pack: a return pack is made on the field laptop.",
)

Progress = Callable[[int, int], None]
Cancelling = Callable[[], bool]


@dataclass(frozen=True)
class Exported:
    path: Path
    pack_uuid: str
    visits: int
    photos: int


def export_outbound(
    out: Path,
    case_nos: list[str],
    for_user: str,
    actor: Actor,
    password: str,
    clock: Clock = utc_now,
    progress: Progress | None = None,
    cancelled: Cancelling | None = None,
) -> Exported:
    """What `for_user`'s laptop needs for the visits to `case_nos`, signed by `actor`."""
    if not case_nos:
        raise translated(CONTEXT, NO_CASES)
    private, signer = _signing(actor, password, clock, Action.EDIT)
    with database_proxy.atomic("DEFERRED"):  # one snapshot for every read below
        user = accounts.account(for_user)
        if not user.active:  # the laptop would hold an account that cannot sign in
            raise translated(CONTEXT, NOT_ACTIVE, user=user.user_id)
        cases = [_case(case_no) for case_no in dict.fromkeys(c.strip().upper() for c in case_nos)]
        visits = [_open_visit(case, user) for case in cases]
        document = _outbound_document(cases, visits, user)
        fields = _fields(Kind.OUTBOUND, user.user_id, clock, cases)
        members = payload.members(document, payload.media_of(visits))
        write_pack(out, fields, members, private, signer, progress=progress, cancelled=cancelled)
    return Exported(out, fields.pack_uuid, len(visits), len(document["media"]))


def export_return(
    out: Path,
    actor: Actor,
    password: str,
    clock: Clock = utc_now,
    progress: Progress | None = None,
    cancelled: Cancelling | None = None,
) -> Exported:
    """On the laptop: the field user's visits, photos and the customers' confirmations."""
    private, signer = _signing(actor, password, clock, Action.CONFIRM_QUANTITIES, Action.EDIT)
    with database_proxy.atomic("DEFERRED"):
        factory = keys.department_database()
        if factory == keys.database_uuid():
            raise translated(CONTEXT, NOT_LAPTOP)
        visits = list(Visit.select().where(Visit.assignee == actor.user_id).order_by(Visit.id))
        if not visits:
            raise translated(CONTEXT, NOTHING, user=actor.user_id)
        document = _return_document(visits, factory)
        fields = _fields(Kind.RETURN, actor.user_id, clock, [v.complaint for v in visits])
        members = payload.members(document, payload.media_of(visits))
        write_pack(out, fields, members, private, signer, progress=progress, cancelled=cancelled)
    return Exported(out, fields.pack_uuid, len(visits), len(document["media"]))


# ----- what goes in -----------------------------------------------------------------------------------
def _outbound_document(cases: list[Complaint], visits: list[Visit], user: UserAccount) -> dict:
    templates = {v.template_id for v in visits} | {
        t.id for t in ChecklistTemplateVersion.select().where(ChecklistTemplateVersion.active)
    }
    customers = {case.customer_id for case in cases}
    groups: list[tuple[Any, list[Any]]] = [
        (Role, list(Role.select().order_by(Role.id))),
        (Customer, list(Customer.select().where(Customer.id.in_(customers)))),
        (DefectType, list(DefectType.select().order_by(DefectType.id))),
        (Complaint, cases),
        (CoilLine, list(CoilLine.select().where(CoilLine.complaint.in_(cases)))),
        (ChecklistTemplateVersion, list(ChecklistTemplateVersion.select().where(
            ChecklistTemplateVersion.id.in_(templates)))),
        *_visit_groups(visits),
    ]  # fmt: skip
    return {
        **payload.header(keys.database_uuid(), keys.department_database()),
        "settings": {key: value for key, value in settings_rows()},
        "matrix": [_matrix_row(row) for row in MatrixVersion.select().order_by(MatrixVersion.version)],
        "account": _account(user),
        "records": payload.records({model: [(to_plain(r), None) for r in rows] for model, rows in groups}),
        "deleted": [],
        "media": payload.media_list(visits),
    }  # fmt: skip


def _return_document(visits: list[Visit], factory: str) -> dict:
    bases = {
        (row.record_table, row.record_uuid): json.loads(row.fields)
        for row in SyncBase.select().where(SyncBase.peer == factory)
    }
    groups = {model: [(to_plain(r), bases.get((model._meta.table_name, str(r.uuid)))) for r in rows]
              for model, rows in _visit_groups(visits)}  # fmt: skip
    present = {
        (m._meta.table_name, plain["uuid"]) for m, rows in groups.items() for plain, _ in rows
    }
    deleted = [
        {"table": table, "uuid": key, "base": base}
        for (table, key), base in bases.items()
        if table in (VisitCoil._meta.table_name, VisitPhoto._meta.table_name)
        and (table, key) not in present
    ]
    return {
        **payload.header(keys.database_uuid(), factory),
        "settings": {},
        "matrix": [],
        "account": None,
        "records": payload.records(groups),
        "deleted": deleted,
        "media": payload.media_list(visits),
    }


def _visit_groups(visits: list[Visit]) -> list[tuple[Any, list[Any]]]:
    return [
        (Visit, visits),
        (VisitCoil, list(VisitCoil.select().where(VisitCoil.visit.in_(visits)).order_by(VisitCoil.id))),
        (VisitPhoto, list(VisitPhoto.select().where(VisitPhoto.visit.in_(visits)).order_by(VisitPhoto.id))),
        (Confirmation, list(Confirmation.select().where(Confirmation.visit.in_(visits)).order_by(Confirmation.id))),
    ]  # fmt: skip


def settings_rows() -> list[tuple[str, str]]:
    """The department's settings, as stored (the laptop shows cases as the factory does)."""
    from qa_desktop.core.models import Setting

    return [(row.key, row.value) for row in Setting.select().order_by(Setting.key)]


def _matrix_row(row: MatrixVersion) -> dict[str, Any]:
    return {
        "version": row.version,
        "content": row.content,
        "content_hash": row.content_hash,
        "created_at": row.created_at.isoformat(),
        "created_by": row.created_by,
        "reason": row.reason,
    }


def _account(user: UserAccount) -> dict[str, Any]:
    """The field user as the laptop needs them: to sign in (the password hash), their roles,
    and their signing keys (the private one sealed under their password, as stored here)."""
    return {
        **to_plain(user),
        "roles": sorted(accounts.roles_of(user)),
        "keys": [
            {
                "key_id": key.key_id,
                "public_key": payload.b64(key.public_key),
                "sealed": key.sealed,
                "issued_at": key.issued_at,
                "certificate": payload.b64(key.certificate),
                "retired_at": key.retired_at.isoformat() if key.retired_at else None,
            }
            for key in user.keys.order_by(SigningKey.id)
        ],
    }


# ----- checks and the signer ------------------------------------------------------------------------
def _signing(actor: Actor, password: str, clock: Clock, *needs: Action):
    account = active_account(actor)
    from qa_desktop.core import authority

    if not any(authority.may(matrix(), accounts.roles_of(account), a) for a in needs):
        raise translated(CONTEXT, NOT_ALLOWED, user=actor.name, action=needs[0].label())
    checked, key, private = accounts.open_own_key(actor.user_id, password, clock)
    certificate = Certificate(
        database=keys.department_database(),
        user_id=checked.user_id,
        key_id=key.key_id,
        public_key=bytes(key.public_key),
        issued_at=key.issued_at,
        signature=bytes(key.certificate),
    )
    return private, Signer(checked.user_id, key.key_id, bytes(key.public_key), certificate)


def _case(case_no: str) -> Complaint:
    case = Complaint.get_or_none(Complaint.case_no == case_no)
    if case is None:
        raise translated(CONTEXT, NO_CASE, case=case_no)
    return case


def _open_visit(case: Complaint, user: UserAccount) -> Visit:
    visit = (
        Visit.select()
        .where(
            (Visit.complaint == case)
            & (Visit.assignee == user.user_id)
            & Visit.state.in_([VisitState.PLANNED.value, VisitState.IN_PROGRESS.value])
        )
        .order_by(Visit.number.desc())
        .first()
    )
    if visit is None:
        raise translated(CONTEXT, NO_VISIT, case=case.case_no, user=user.user_id)
    return visit


def _fields(kind: Kind, for_user: str, clock: Clock, cases: list[Complaint]) -> PackFields:
    department = keys.department_key()
    return PackFields(
        kind=kind,
        schema_version=SCHEMA_VERSION,
        source_database=keys.database_uuid(),
        for_user=for_user,
        created_at=clock().astimezone(settings.department_zone()),
        summary={
            "cases": sorted({case.case_no for case in cases}),
            "department_database": keys.department_database(),
            "department_key": payload.b64(department.public_key) if department else "",
        },
    )
