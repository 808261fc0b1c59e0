"""The customer's confirmation of the quantities found on site (seed 000 §4.4.3), and only those.

What is signed is built here from the visit's stored coil lines, never from what a screen
hands over, so nothing but quantities can reach it; `visit_quantities.refuse_commitments`
checks every record again wherever one arrives (a return pack). On screen, the customer's
strokes are the signed artefact: `signed_hash` binds them to the record, and the field user's
key signs that hash as the witness who collected it. The payload names no database, so the
confirmation verifies at the factory after it travelled. A later change of anything signed
voids it, with the reason; a new confirmation voids the one before."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from qa_desktop.core import settings, signing
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import Confirmation, Media, SigningKey, Visit, VisitCoil
from qa_desktop.core.services import accounts
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.visits import open_visit
from qa_desktop.core.signature_strokes import (
    Stroke,
    check_signature,
    strokes_from_json,
    strokes_to_json,
)
from qa_desktop.core.visit_quantities import (
    CleanVisitCoil,
    confirmation_hash,
    confirmation_record,
    refuse_commitments,
    signed_hash,
)
from qa_desktop.core.vocab import Action

if TYPE_CHECKING:
    from qa_desktop.core.media import PreparedMedia

CONTEXT = "Visits"
WITNESS_PURPOSE = "qa-desktop confirmation witness v1"
# The audited reasons (English, as every detail of the trail is); screens translate them.
CHANGED = QT_TRANSLATE_NOOP("Visits", "a confirmed quantity changed after the customer signed")
SIGNED_AGAIN = QT_TRANSLATE_NOOP("Visits", "the customer signed again")
NOT_OPEN = QT_TRANSLATE_NOOP(
    "Visits", "Visit {number} of {case} is {state}: the customer confirms during the visit."
)
NOT_ASSIGNEE = QT_TRANSLATE_NOOP(
    "Visits", "Only {user}, who made the visit, takes the customer's confirmation."
)
NO_SCAN = QT_TRANSLATE_NOOP("Visits", "Attach the scan of the signed sheet.")


def lines_of(visit: Visit) -> list[CleanVisitCoil]:
    """The visit's stored coil lines, as what the customer signs lists them."""
    return [
        CleanVisitCoil(
            coil_no=row.coil_no,
            heat_no=row.heat_no,
            grade=row.grade,
            specification=row.specification,
            weight_kg=row.weight_kg,
            used=row.used,
            unused=row.unused,
            defective_used=row.defective_used,
            defective_unused=row.defective_unused,
            unit=row.unit,
        )
        for row in visit.coils.order_by(VisitCoil.position)
    ]


def record_for(visit: Visit, signer_name: str, signer_position: str) -> dict[str, object]:
    return confirmation_record(
        visit.complaint.case_no,
        visit.complaint.uuid,
        visit.uuid,
        lines_of(visit),
        signer_name,
        signer_position,
    )


def current(visit: Visit) -> Confirmation | None:
    """The confirmation in force: the last one not voided."""
    return visit.confirmations.where(~Confirmation.void).order_by(Confirmation.id.desc()).first()


def confirm_on_screen(
    visit_uuid: str,
    expected_revision: int,
    signer_name: str,
    signer_position: str,
    strokes: list[Stroke],
    password: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Confirmation:
    """The customer signed the pad: `strokes` normalised (signature_strokes.normalise)."""
    check_signature(strokes)
    text = strokes_to_json(strokes)
    _account, key, private = accounts.open_own_key(actor.user_id, password, clock)
    with write(actor, clock, needs=Action.CONFIRM_QUANTITIES) as unit:
        visit = _visit_for(unit, visit_uuid, expected_revision, lang)
        record = record_for(visit, signer_name, signer_position)
        row = _row(unit, visit, record, key.key_id)
        row.strokes, row.signed_hash = text, signed_hash(record, text)
        return _save(unit, visit, row, private)


def record_paper_confirmation(
    visit_uuid: str,
    expected_revision: int,
    signer_name: str,
    signer_position: str,
    scan: PreparedMedia | None,
    password: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Confirmation:
    """The customer signed the printed sheet (`export confirmation --blank`); its scan kept."""
    if scan is None:
        raise translated(CONTEXT, NO_SCAN, lang)
    _account, key, private = accounts.open_own_key(actor.user_id, password, clock)
    with write(actor, clock, needs=Action.CONFIRM_QUANTITIES) as unit:
        visit = _visit_for(unit, visit_uuid, expected_revision, lang)
        record = record_for(visit, signer_name, signer_position)
        from qa_desktop.core.services.attachments import store_media

        row = _row(unit, visit, record, key.key_id)
        row.kind, row.scan_sha256 = "paper", store_media(unit, scan)
        row.signed_hash = confirmation_hash({"record": record, "scan": row.scan_sha256})
        return _save(unit, visit, row, private)


def void_if_changed(unit: Unit, visit: Visit) -> bool:
    """Void the confirmation in force when the lines it signed are no longer the visit's."""
    row = current(visit)
    if row is None:
        return False
    signed = json.loads(row.record)
    now = record_for(visit, signed["signer"]["name"], signed["signer"]["position"])
    if confirmation_hash(now) == row.record_hash:
        return False
    _void(unit, row, CHANGED)
    return True


def witness_payload(row: Confirmation) -> dict[str, Any]:
    """Exactly what the witness's key signs (a verifier rebuilds it from the stored row)."""
    signed_at = row.signed_at
    if isinstance(signed_at, datetime):
        signed_at = signed_at.isoformat()
    return {
        "purpose": WITNESS_PURPOSE,
        "confirmation": str(row.uuid),
        "visit": str(row.visit.uuid),
        "kind": row.kind,
        "record_hash": row.record_hash,
        "signed_hash": row.signed_hash,
        "scan": row.scan_sha256,
        "signer": {"name": row.signer_name, "position": row.signer_position},
        "witness": row.witness,
        "key": row.witness_key_id,
        "signed_at": {"utc": str(signed_at), "zone": row.signed_tz},
    }


def problems(row: Confirmation) -> list[str]:
    """What is wrong with a stored confirmation (English, for `verify` and pack import): the
    record is not quantities only, a hash does not match, or the witness's signature fails."""
    found: list[str] = []
    try:
        record = json.loads(row.record)
        refuse_commitments(record)
    except (ValueError, TypeError) as exc:
        return [f"its record cannot be read: {exc}"]
    except RecursionError:  # nested deeper than any record: the JSON parser gives up
        return ["its record cannot be read: it is nested too deeply"]
    except Exception as exc:  # refuse_commitments' UserError: something besides quantities
        return [str(exc)]
    if confirmation_hash(record) != row.record_hash:
        found.append("its record does not match its hash")
    if row.kind == "on_screen":
        try:
            check_signature(strokes_from_json(row.strokes))
            expected = signed_hash(record, row.strokes)
        except ValueError:
            expected = ""
        except UserError as exc:  # too short or too long to be a signature
            return [str(exc).rstrip(".")]
    elif row.kind == "paper":
        expected = confirmation_hash({"record": record, "scan": row.scan_sha256})
        if not Media.select().where(Media.sha256 == row.scan_sha256).exists():
            found.append("the scan of the signed sheet is not here")
    else:
        return [f"it is of an unknown kind ({row.kind[:40]})"]
    if expected != row.signed_hash:
        found.append("the customer's signature does not match the record it attests")
    key = SigningKey.get_or_none(SigningKey.key_id == row.witness_key_id)
    if key is None or not signing.verify(
        bytes(key.public_key), witness_payload(row), bytes(row.witness_signature)
    ):
        found.append("the witness's signature does not verify")
    return found


# ----- inside the transaction ----------------------------------------------------------------------
def _visit_for(unit: Unit, visit_uuid: str, expected: int, lang: str | None) -> Visit:
    visit = open_visit(visit_uuid, expected, NOT_OPEN, lang)
    if unit.actor.user_id != visit.assignee:
        raise translated(CONTEXT, NOT_ASSIGNEE, lang, user=visit.assignee)
    return visit


def _row(unit: Unit, visit: Visit, record: dict[str, object], key_id: str) -> Confirmation:
    name, position = record["signer"]["name"], record["signer"]["position"]  # type: ignore[index]
    row = Confirmation(
        uuid=uuid.uuid4(),
        visit=visit,
        record=signing.canonical(record).decode("utf-8"),
        record_hash=confirmation_hash(record),
        signer_name=name,
        signer_position=position,
        signed_at=to_storage(unit.clock()),
        signed_tz=settings.department_zone().key,
        witness=unit.actor.user_id,
        witness_key_id=key_id,
    )
    unit.stamp(row, new=True)
    return row


def _save(unit: Unit, visit: Visit, row: Confirmation, private) -> Confirmation:
    previous = current(visit)
    if previous is not None:
        _void(unit, previous, SIGNED_AGAIN)
    row.witness_signature = signing.sign(private, witness_payload(row))
    row.save(force_insert=True)
    unit.audit(
        "confirm",
        row,
        {"visit": str(visit.uuid), "kind": row.kind, "record_hash": row.record_hash},
    )
    return row


def _void(unit: Unit, row: Confirmation, reason: str) -> None:
    row.void, row.void_reason, row.voided_at = True, reason, to_storage(unit.clock())
    unit.stamp(row, new=False)
    row.save()
    unit.audit("void", row, {"visit": str(row.visit.uuid)}, reason)
