"""The demo's handling proposals, in every state, made through the services as people would:
a draft; one awaiting the QA manager; the example case's ¥38,600 approved and awaiting the
general manager; one binding by electronic signatures; one rejected and revised; one binding
by the general manager's signature on paper (with the scan); one past the manager's limit;
and one whose signatures were voided when a signed quantity changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from qa_desktop.core import media
from qa_desktop.core.demo_accounts import DEMO_PASSWORD
from qa_desktop.core.demo_case_life import before_closure
from qa_desktop.core.demo_media import drawn_sheet
from qa_desktop.core.models import Complaint
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import proposals, signatures
from qa_desktop.core.services.complaints import to_draft, update_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.signatures import Decision
from qa_desktop.core.vocab import Status

Clock = Callable[[], datetime]


def _lines(amount: str, coil: str) -> list[LineDraft]:
    return [
        LineDraft("return", "1", "coils", "", "CNY", "", f"退回 {coil}，换货 / return and replace"),
        LineDraft(
            "compensation", "212", "pcs", amount, "CNY", "", "不良品加工损失 / processing loss"
        ),
    ]


def load_demo_approvals(people: dict[str, Actor], now: datetime) -> int:
    """Proposals on the newest open demo cases; returns how many were made."""
    # The newest open cases; a small demo (the schema fixtures' 20) has few, so closed ones
    # follow: a closed case with a binding settlement is what a register is full of.
    open_first = Complaint.status.in_([Status.CLOSED.value, Status.INVALID.value])
    cases = list(
        Complaint.select()
        .where(Complaint.status != Status.INVALID.value)
        .order_by(open_first, Complaint.received_at.desc())
        .limit(8)
    )
    engineer, manager, chief = (
        people["qa_engineer"],
        people["qa_manager"],
        people["general_manager"],
    )
    clock = _Ticking(now)
    plans = [
        lambda c: _draft(c, engineer, "2000", clock),
        lambda c: _submitted(c, engineer, "9800", clock),
        lambda c: _signed(_submitted(c, engineer, "38600", clock), [manager], clock),
        lambda c: _signed(_submitted(c, engineer, "12500", clock), [manager, chief], clock),
        lambda c: _rejected_and_revised(c, engineer, manager, clock),
        lambda c: _paper_final(c, engineer, manager, chief, clock),
        lambda c: _past_the_limit(c, engineer, manager, chief, clock),
        lambda c: _voided(c, engineer, manager, clock),
    ]
    for case, plan in zip(cases, plans, strict=False):
        with before_closure(case):
            plan(case)
    return min(len(cases), len(plans))


class _Ticking:
    """The demo's clock: a minute later at each call, so the trail reads in order."""

    def __init__(self, start: datetime) -> None:
        self.at = start.replace(tzinfo=UTC)  # the demo's "now": no case is received later

    def __call__(self) -> datetime:
        self.at += timedelta(minutes=1)
        return self.at


def _draft(case: Complaint, engineer: Actor, amount: str, clock: Clock):
    coil = case.coils.first().coil_no if case.coils.count() else case.case_no
    return proposals.draft_proposal(
        case.id, "退货换货并赔偿加工损失", _lines(amount, coil), engineer, clock
    )


def _submitted(case: Complaint, engineer: Actor, amount: str, clock: Clock):
    return proposals.submit_proposal(_draft(case, engineer, amount, clock).id, engineer, clock)


def _signed(proposal, signers: list[Actor], clock: Clock):
    for actor in signers:
        signatures.sign_proposal(proposal.id, Decision(True, "同意"), DEMO_PASSWORD, actor, clock)
    return proposal


def _rejected_and_revised(case, engineer, manager, clock):
    proposal = _submitted(case, engineer, "45000", clock)
    signatures.sign_proposal(
        proposal.id,
        Decision(False, "赔偿金额过高，请按实际损失核算"),
        DEMO_PASSWORD,
        manager,
        clock,
    )
    proposal = proposals.stored(proposal.id)
    coil = case.coils.first().coil_no if case.coils.count() else case.case_no
    proposals.update_proposal(
        proposal.id, proposal.revision, "按实际损失核算后重新提交", _lines("28000", coil), engineer,
        clock,
    )  # fmt: skip
    return proposals.submit_proposal(proposal.id, engineer, clock)


def _paper_final(case, engineer, manager, chief, clock):
    proposal = _signed(_submitted(case, engineer, "16800", clock), [manager], clock)
    scan = media.prepare_bytes(_scan_picture(case.case_no), f"{case.case_no}-signed.png")
    signatures.record_paper_signature(
        proposal.id, chief.user_id, Decision(True, "同意（纸质签字）"), scan, DEMO_PASSWORD,
        engineer, clock,
    )  # fmt: skip
    return proposal


def _past_the_limit(case, engineer, manager, chief, clock):
    _signed(_submitted(case, engineer, "38600", clock), [manager, chief], clock)
    return _submitted(case, engineer, "15000", clock)  # 53,600 on the case: the GM's


def _voided(case, engineer, manager, clock):
    proposal = _signed(_submitted(case, engineer, "7600", clock), [manager], clock)
    complaint = Complaint.get_by_id(case.id)
    draft = to_draft(complaint)
    if draft.coils:
        draft.coils[0].quantity = "1.5"  # re-weighed: the signed quantity is no longer true
        draft.coils[0].unit = "t"
        update_complaint(case.id, draft, complaint.revision, engineer, clock)
    return proposal


def _scan_picture(case_no: str) -> bytes:
    """A photographed sheet, drawn: enough for the demo to show a paper signature's scan."""
    return drawn_sheet(f"{case_no}  handling proposal / sign-off sheet", rows=12)
