"""A scanned sign-off sheet coming back: found by its QR code, attached to its complaint.

The scan comes in through core/media.py (core/scans.py reads it); its code names the database,
the proposal and the version printed. A code from another database is refused; a sheet printed
for an earlier version is attached and said to be so, since the signatures on that paper are
for the version printed, not the current one. Recording who signed the paper is a separate,
deliberate step (services.signatures.record_paper_signature)."""

from __future__ import annotations

from dataclasses import dataclass

from qa_desktop.core import scans
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.media import PreparedMedia
from qa_desktop.core.models import Complaint, Proposal
from qa_desktop.core.printcode import CONFIRMATION
from qa_desktop.core.services.attachments import attach_one
from qa_desktop.core.services.complaints import get_complaint
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.services.keys import database_uuid
from qa_desktop.core.vocab import Action

CONTEXT = "Scans"
OTHER_DATABASE = QT_TRANSLATE_NOOP(
    "Scans", "This sheet was printed from another database; attach it there."
)
UNKNOWN_RECORD = QT_TRANSLATE_NOOP(
    "Scans", "The sheet's code names a proposal this database does not have."
)
NO_CODE = QT_TRANSLATE_NOOP(
    "Scans",
    "No QA Desktop code could be read on {file}; attach it to a case by hand (--case CASE_NO).",
)
CURRENT = QT_TRANSLATE_NOOP(
    "Scans",
    "Attached to {case}, proposal {number}: the printed version {version} is the current one.",
)
DIFFERS = QT_TRANSLATE_NOOP(
    "Scans",
    "Attached to {case}, proposal {number}: printed version differs from the current one — the "
    "signatures on paper are for version {version} (now {current}).",
)
BY_HAND = QT_TRANSLATE_NOOP("Scans", "Attached to {case} by hand.")
CONFIRMATION_SHEET = QT_TRANSLATE_NOOP(
    "Scans",
    "This is the quantity confirmation of visit {number} of {case}, signed on paper: record it "
    "in the visit's window (Customer signed on paper…) with the signer's name and position.",
)
UNKNOWN_VISIT = QT_TRANSLATE_NOOP(
    "Scans", "The sheet's code names a site visit this database does not have."
)


@dataclass(frozen=True)
class ScanOutcome:
    complaint_id: int
    proposal_id: int | None
    printed_version: int | None
    current: bool
    message: str  # one sentence for the person who attached it
    prepared: PreparedMedia
    visit_uuid: str = ""  # a quantity confirmation's sheet: recorded on its visit, not attached


def attach_scan(
    data: bytes,
    filename: str,
    actor: Actor,
    case_no: str | None = None,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> ScanOutcome:
    """Read the scan and attach it where its code says (or to `case_no` when it has none)."""
    read = scans.read_scan(data, filename, lang)
    prepared = read.prepared
    assert prepared is not None  # read_scan took it through media.py or refused it
    code = read.code
    if code is None:
        if read.problem:  # a code of ours that could not be read: said already
            raise UserError(read.problem)
        if case_no is None:
            raise translated(CONTEXT, NO_CODE, lang, file=prepared.filename)
        complaint = get_complaint(case_no)
        _attach(complaint, prepared, actor, clock, "scan")
        return ScanOutcome(
            complaint.id, None, None, False, _say(BY_HAND, lang, case=complaint.case_no), prepared
        )
    if code.kind == CONFIRMATION:
        return _confirmation_sheet(code, prepared, lang)
    if code.database.replace("-", "") != database_uuid().replace("-", ""):
        raise translated(CONTEXT, OTHER_DATABASE, lang)
    proposal = Proposal.get_or_none(Proposal.uuid == code.record)
    if proposal is None:
        raise translated(CONTEXT, UNKNOWN_RECORD, lang)
    complaint = proposal.complaint
    caption = f"signed sheet, proposal {proposal.number} v{code.version}"
    _attach(complaint, prepared, actor, clock, caption)
    current = code.version == proposal.round and code.content_hash == proposal.content_hash
    message = _say(
        CURRENT if current else DIFFERS,
        lang,
        case=complaint.case_no,
        number=proposal.number,
        version=code.version,
        current=proposal.round,
    )
    return ScanOutcome(complaint.id, proposal.id, code.version, current, message, prepared)


def _confirmation_sheet(code, prepared: PreparedMedia, lang: str | None) -> ScanOutcome:
    """A customer's signed quantity confirmation is not a complaint's attachment: field staff
    record it on the visit with the signer's name (confirmations.record_paper_confirmation).
    The sheet may have been printed on the laptop, so any database's code names its visit."""
    import uuid

    from qa_desktop.core.models import Visit

    visit = Visit.get_or_none(Visit.uuid == uuid.UUID(code.record))
    if visit is None:
        raise translated(CONTEXT, UNKNOWN_VISIT, lang)
    message = _say(CONFIRMATION_SHEET, lang, number=visit.number, case=visit.complaint.case_no)
    return ScanOutcome(
        visit.complaint_id, None, code.version, True, message, prepared, str(visit.uuid)
    )


def _say(message: str, lang: str | None, **values: object) -> str:
    return translate(CONTEXT, message, lang).format(**values)


def _attach(
    complaint: Complaint, prepared: PreparedMedia, actor: Actor, clock: Clock, caption: str
) -> None:
    with write(actor, clock, needs=Action.EDIT) as unit:
        attach_one(unit, complaint, prepared, caption)
