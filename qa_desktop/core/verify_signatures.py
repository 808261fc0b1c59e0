"""`verify`'s check of every signature, and of every proposal's state against them.

A signature passes when: its key exists and belongs to who made it (the signer, or the
recorder of a paper signature); its Ed25519 signature covers the stored fields; the audit
trail holds its "sign" entry and the entry it pinned, unchanged; its record exists; and, unless
it is void, the record's current canonical hash is the one signed. Each proposal's state must
follow from its signatures that are not void. A completed 8D step's signature (record table
"eight_d") is checked alike, against the hash of that step's content and the step it completes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from qa_desktop.core import authority, signing
from qa_desktop.core.audit_chain import GENESIS
from qa_desktop.core.eightd import step_hash
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import AuditEntry, Proposal, Signature, SigningKey, UserAccount
from qa_desktop.core.proposal_record import proposal_hash
from qa_desktop.core.vocab import Meaning, ProposalState

CONTEXT = "Verify"
NO_KEY = QT_TRANSLATE_NOOP(
    "Verify", "Signature {id} by {user} names a signing key that is not in the database."
)
WRONG_KEY = QT_TRANSLATE_NOOP(
    "Verify", "Signature {id} by {user} was made with another person's key."
)
FORGED = QT_TRANSLATE_NOOP(
    "Verify",
    "Signature {id} by {user} does not verify: its fields were changed, it was copied from "
    "another record, or it was made without the signer's key.",
)
NO_ENTRY = QT_TRANSLATE_NOOP(
    "Verify",
    "Signature {id} by {user} has no entry in the audit trail: it was added outside QA Desktop "
    "or the end of the trail was cut off.",
)
HEAD_GONE = QT_TRANSLATE_NOOP(
    "Verify",
    "Signature {id} by {user} pins audit entry {entry}, which was removed or changed: the "
    "trail was cut off or edited.",
)
NO_RECORD = QT_TRANSLATE_NOOP("Verify", "Signature {id} by {user} belongs to no record.")
STEP_CHANGED = QT_TRANSLATE_NOOP(
    "Verify",
    "Step D{step} of the 8D of {case} was changed outside QA Desktop after {user} completed it "
    "(signature {id}).",
)
CONTENT = QT_TRANSLATE_NOOP(
    "Verify",
    "Proposal {number} of {case} was changed outside QA Desktop after {user} signed it "
    "(signature {id}).",
)
STATE = QT_TRANSLATE_NOOP(
    "Verify",
    "Proposal {number} of {case} is marked {state}, which its valid signatures do not make it.",
)

CONFIRMATION = QT_TRANSLATE_NOOP(
    "Verify", "The customer's confirmation on visit {number} of {case} fails: {problem}."
)
CONFIRMED_CHANGED = QT_TRANSLATE_NOOP(
    "Verify",
    "The quantities of visit {number} of {case} were changed outside QA Desktop after the "
    "customer confirmed them.",
)

Payload = Callable[[Signature], dict]
EIGHT_D = "eight_d"  # services/eightd_view.RECORD_TABLE: a completed 8D step's signature


def check_signatures(payload: Payload) -> tuple[int, str]:
    """(signatures checked, the first problem or "")."""
    known = _Known.read()
    hashes: dict[str, str | None] = {}
    count = 0
    for row in Signature.select().order_by(Signature.id):
        problem = _check(row, payload, known, hashes)
        if problem:
            return count, problem
        count += 1
    return count, _check_states()


@dataclass
class _Known:
    """What the signatures refer to, read in a few queries rather than several per signature
    (per-row look-ups were 0.76 ms a signature at 5,000; benchmarks/audit.py)."""

    keys: dict[str, tuple[str, bytes]]  # key id -> (its user's id, public key)
    signed: set[str]  # signature uuids that have their "sign" entry
    entries: dict[int, str]  # audit entry id -> its hash, for the entries signatures pin
    proposals: dict[str, Proposal]  # uuid -> proposal

    @classmethod
    def read(cls) -> _Known:
        keys = {
            key_id: (user_id, bytes(public))
            for key_id, user_id, public in SigningKey.select(
                SigningKey.key_id, UserAccount.user_id, SigningKey.public_key
            )
            .join(UserAccount)
            .tuples()
        }
        signed = {
            uuid
            for (uuid,) in AuditEntry.select(AuditEntry.record_uuid)
            .where(AuditEntry.action == "sign")
            .tuples()
        }
        pinned = Signature.select(Signature.audit_head_id)
        entries = dict(
            AuditEntry.select(AuditEntry.id, AuditEntry.entry_hash)
            .where(AuditEntry.id.in_(pinned))
            .tuples()
        )
        proposals = {str(p.uuid): p for p in Proposal.select()}
        return cls(keys, signed, entries, proposals)


def _say(message: str, row: Signature, **values: object) -> str:
    return str(translated(CONTEXT, message, id=row.uuid[:8], user=row.signer, **values))


def _check(row: Signature, payload: Payload, known: _Known, hashes: dict[str, str | None]) -> str:
    key = known.keys.get(row.key_id)
    if key is None:
        return _say(NO_KEY, row)
    owner, public = key
    if owner != (row.recorded_by if row.kind == "paper" else row.signer):
        return _say(WRONG_KEY, row)
    if not signing.verify(public, payload(row), bytes(row.signature)):
        return _say(FORGED, row)
    if row.uuid not in known.signed:
        return _say(NO_ENTRY, row)
    if not _pinned(row, known):
        return _say(HEAD_GONE, row, entry=row.audit_head_id)
    if row.record_table == EIGHT_D:
        return _check_step(row)
    proposal = known.proposals.get(row.record_uuid)
    if proposal is None:
        return _say(NO_RECORD, row)
    if row.void:
        return ""
    if row.record_uuid not in hashes:
        hashes[row.record_uuid] = proposal_hash(proposal)
    if proposal.round != row.round or hashes[row.record_uuid] != row.content_hash:
        return _say(CONTENT, row, number=proposal.number, case=proposal.complaint.case_no)
    return ""


def _check_step(row: Signature) -> str:
    """A completed 8D step's signature: its 8D exists; unless void, the step is completed by
    it and its content still hashes to what was signed (a save reopens a changed step, so a
    difference is a change made outside QA Desktop)."""
    from qa_desktop.core.models import EightD, EightDStep
    from qa_desktop.core.services.eightd_view import stored_content

    eight_d = EightD.get_or_none(EightD.uuid == row.record_uuid)
    if eight_d is None:
        return _say(NO_RECORD, row)
    if row.void:
        return ""
    state = EightDStep.get_or_none(
        (EightDStep.complaint == eight_d.complaint_id) & (EightDStep.step == row.step)
    )
    try:
        digest = step_hash(stored_content(eight_d), row.step)
    except (UserError, ValueError):
        digest = ""
    if state is None or state.signature_uuid != row.uuid or digest != row.content_hash:
        return _say(STEP_CHANGED, row, step=row.step, case=eight_d.complaint.case_no)
    return ""


def _pinned(row: Signature, known: _Known) -> bool:
    if row.audit_head_id == 0:
        return row.audit_head_hash == GENESIS
    return known.entries.get(row.audit_head_id) == row.audit_head_hash


def _check_states() -> str:
    from qa_desktop.core.services.proposals import steps_of

    routed = (ProposalState.SUBMITTED, ProposalState.APPROVED, ProposalState.BINDING)
    for proposal in Proposal.select().where(Proposal.state.in_([s.value for s in routed])):
        given = [
            (s.step, Meaning(s.meaning))
            for s in Signature.select()
            .where((Signature.record_uuid == str(proposal.uuid)) & ~Signature.void)
            .order_by(Signature.id)
        ]
        try:
            state = authority.route_state(steps_of(proposal), given).state
        except ValueError:
            state = None
        if state is None or state.value != proposal.state:
            return str(
                translated(
                    CONTEXT,
                    STATE,
                    number=proposal.number,
                    case=proposal.complaint.case_no,
                    state=ProposalState(proposal.state).label(),
                )
            )
    return ""


def check_confirmations() -> tuple[int, str]:
    """(confirmations checked, the first problem or ""): each one's record, hashes and witness
    signature; one in force must still match the visit's coil lines."""
    from qa_desktop.core.exchange.pack_merge import pending_conflicts
    from qa_desktop.core.models import Confirmation
    from qa_desktop.core.services import confirmations
    from qa_desktop.core.visit_quantities import confirmation_hash

    count = 0
    for row in Confirmation.select().order_by(Confirmation.id):
        count += 1
        visit = row.visit
        where = {"number": visit.number, "case": visit.complaint.case_no}
        found = confirmations.problems(row)
        if found:
            return count, str(translated(CONTEXT, CONFIRMATION, problem=found[0], **where))
        # While a pack's conflict on the visit waits for a choice, the record keeps this
        # database's value: whether the confirmation stands is decided by that choice.
        if not row.void and not pending_conflicts(visit):
            signer = (row.signer_name, row.signer_position)
            if confirmation_hash(confirmations.record_for(visit, *signer)) != row.record_hash:
                return count, str(translated(CONTEXT, CONFIRMED_CHANGED, **where))
    return count, ""
