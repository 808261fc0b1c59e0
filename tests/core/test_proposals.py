"""Handling proposals through the services: DOMAIN.md's example route, every refusal, and the
edits behind QA Desktop's back that `verify` must catch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import ADMIN, ENGINEER, PASSWORD, add_test_accounts, example_draft

from qa_desktop.core.db import close_database, open_read_only
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import Proposal, Signature, database_proxy
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import proposals, signatures
from qa_desktop.core.services.complaints import register_complaint, to_draft, update_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.signatures import Decision
from qa_desktop.core.verify import verify_file

MANAGER = Actor("chen", "陈主管")
GM = Actor("liu", "刘总")
FIELD = Actor("zhou", "周工")
APPROVE = Decision(True, "同意")


@pytest.fixture
def case(db):
    add_test_accounts((MANAGER, "qa_manager"), (GM, "general_manager"), (FIELD, "field_staff"))
    return register_complaint(example_draft(), ENGINEER)


def compensation(amount: str = "38600", currency: str = "CNY", rate: str = "") -> list[LineDraft]:
    return [
        LineDraft("return", "6.35", "t", "", "CNY", "", "退回 S24A0817-05"),
        LineDraft("compensation", "212", "pcs", amount, currency, rate, "不良品赔偿"),
    ]


def propose(case, amount: str = "38600", **line) -> Proposal:
    drafted = proposals.draft_proposal(
        case.id, "退货并赔偿", compensation(amount, **line), ENGINEER
    )
    return proposals.submit_proposal(drafted.id, ENGINEER)


def sign(proposal: Proposal, actor: Actor, approve: bool = True) -> Proposal:
    signatures.sign_proposal(proposal.id, Decision(approve, "意见"), PASSWORD, actor)
    return Proposal.get_by_id(proposal.id)


def verified(db_path: Path):
    database = open_read_only(db_path)
    bound = database_proxy.obj
    try:
        database_proxy.initialize(database)
        return verify_file(database.connection())
    finally:
        database_proxy.initialize(bound)
        close_database(database)


def test_the_example_route_manager_approves_then_the_general_manager_makes_it_binding(
    case, db_path
):
    proposal = propose(case)
    assert [(s.role, s.meaning.value) for s in proposals.steps_of(proposal)] == [
        ("qa_manager", "approved"),
        ("general_manager", "final_signoff"),
    ]
    assert proposal.total_base_minor == 3_860_000
    with pytest.raises(UserError, match="Only the role"):
        sign(proposal, GM)  # the manager's step comes first
    proposal = sign(proposal, MANAGER)
    assert proposal.state == "approved"  # the money is approved, not yet binding
    proposal = sign(proposal, GM)
    assert proposal.state == "binding"
    report = verified(db_path)
    assert report.ok, report.problems
    assert report.signatures == 2


def test_a_second_proposal_past_the_managers_limit_needs_the_general_manager(case) -> None:
    first = propose(case)
    sign(sign(first, MANAGER), GM)
    second = propose(case, "15000")  # 38,600 + 15,000 > 50,000 on this complaint
    assert [(s.role, s.meaning.value) for s in proposals.steps_of(second)] == [
        ("general_manager", "final_signoff")
    ]
    with pytest.raises(UserError):
        sign(second, MANAGER)


def test_splitting_a_settlement_never_lowers_the_approver(case) -> None:
    for _ in range(2):
        last = propose(case, "30000")
    assert proposals.steps_of(last)[0].role == "general_manager"


def test_an_amount_in_another_currency_is_compared_after_conversion(case) -> None:
    proposal = propose(case, "8000", currency="USD", rate="7.1")  # 56,800 CNY
    assert proposal.total_base_minor == 5_680_000
    assert proposals.steps_of(proposal)[0].role == "general_manager"


@pytest.mark.parametrize(
    ("amount", "currency", "rate", "expected"),
    [
        ("-5", "CNY", "", "cannot be negative"),
        ("abc", "CNY", "", "is not a number"),
        ("NaN", "CNY", "", "is not a number"),
        ("1e30", "CNY", "", "beyond any settlement"),
        ("12.345", "CNY", "", "at most 2 decimal places"),
        ("100", "XYZ", "", "not a currency"),
        ("100", "USD", "", "Give the rate used"),
    ],
)
def test_a_bad_amount_is_refused_and_nothing_is_written(case, amount, currency, rate, expected):
    with pytest.raises(ValidationError, match=expected):
        proposals.draft_proposal(
            case.id, "x", compensation(amount, currency=currency, rate=rate), ENGINEER
        )
    assert Proposal.select().count() == 0


def test_field_staff_are_refused_every_money_and_handling_action(case) -> None:
    with pytest.raises(UserError, match="may not do this"):
        proposals.draft_proposal(case.id, "赔偿", compensation(), FIELD)
    proposal = propose(case)
    for approve in (True, False):
        with pytest.raises(UserError):
            signatures.sign_proposal(proposal.id, Decision(approve, "x"), PASSWORD, FIELD)
    with pytest.raises(UserError, match="may not do this"):
        proposals.update_proposal(proposal.id, proposal.revision, "x", compensation(), FIELD)
    assert Signature.select().count() == 0


def test_the_proposer_never_signs_their_own_proposal(case) -> None:
    add_test_accounts((Actor("boss", "Boss"), ("qa_engineer", "qa_manager")))
    drafted = proposals.draft_proposal(case.id, "赔偿", compensation(), Actor("boss", "Boss"))
    proposal = proposals.submit_proposal(drafted.id, Actor("boss", "Boss"))
    with pytest.raises(UserError, match="cannot sign it"):
        sign(proposal, Actor("boss", "Boss"))


def test_a_wrong_password_signs_nothing_and_is_counted(case) -> None:
    proposal = propose(case)
    with pytest.raises(UserError, match="wrong"):
        signatures.sign_proposal(proposal.id, APPROVE, "not it", MANAGER)
    assert Signature.select().count() == 0


def test_a_rejected_proposal_is_revised_in_a_new_round_and_both_rounds_stay(case) -> None:
    proposal = propose(case)
    with pytest.raises(UserError, match="why"):
        signatures.sign_proposal(proposal.id, Decision(False, ""), PASSWORD, MANAGER)
    proposal = sign(proposal, MANAGER, approve=False)
    assert proposal.state == "rejected"
    revised = proposals.update_proposal(
        proposal.id, proposal.revision, "只退货", compensation("20000"), ENGINEER
    )
    assert (revised.state, revised.round) == ("draft", 2)
    proposal = proposals.submit_proposal(revised.id, ENGINEER)
    proposal = sign(proposal, MANAGER)
    rows = list(Signature.select().order_by(Signature.id))
    assert [(r.round, r.meaning, r.void) for r in rows] == [
        (1, "rejected", True),
        (2, "approved", False),
    ]


def test_changing_a_signed_quantity_voids_the_signatures_and_needs_a_new_route(case, db_path):
    proposal = sign(propose(case), MANAGER)
    draft = to_draft(case)
    draft.coils[1].quantity = "7.0"
    update_complaint(case.id, draft, case.revision, ENGINEER)
    proposal = Proposal.get_by_id(proposal.id)
    assert (proposal.state, proposal.round, proposal.route) == ("draft", 2, "")
    assert all(s.void and "changed" in s.void_reason for s in Signature.select())
    assert verified(db_path).ok


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def signed(case, db_path) -> Path:
    sign(sign(propose(case), MANAGER), GM)
    sign(propose(case, "5000"), MANAGER)  # 43,600 in all: the manager's still
    return db_path


def test_a_signed_amount_changed_in_the_file_is_caught(signed) -> None:
    tamper(signed, "UPDATE proposal_line SET amount_minor = 9900000, base_minor = 9900000"
                   " WHERE kind = 'compensation' AND amount_minor = 3860000")  # fmt: skip
    assert "changed outside QA Desktop after chen signed it" in verified(signed).problems[0]


def test_a_signature_copied_onto_another_proposal_is_caught(signed) -> None:
    conn = sqlite3.connect(signed)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(signature)") if row[1] != "id"]
    picked = ", ".join(c if c not in ("uuid", "record_uuid") else "?" for c in columns)
    other = conn.execute("SELECT uuid FROM proposal WHERE number = 2").fetchone()[0]
    conn.execute(
        f"INSERT INTO signature ({', '.join(columns)}) SELECT {picked} FROM signature"
        " WHERE signer = 'chen' LIMIT 1",
        ("f" * 32, other),
    )
    conn.commit()
    conn.close()
    assert "does not verify" in verified(signed).problems[0]


def test_an_edited_signature_field_is_caught(signed) -> None:
    tamper(signed, "UPDATE signature SET printed_name = '王总' WHERE signer = 'liu'")
    assert "does not verify" in verified(signed).problems[0]


def test_the_end_of_the_trail_cut_off_is_caught(signed) -> None:
    tamper(signed, "DELETE FROM audit_entry WHERE id > (SELECT max(audit_head_id) FROM signature)")
    problem = verified(signed).problems[0]
    assert "no entry in the audit trail" in problem or "pins audit entry" in problem


def test_a_signature_made_up_without_the_signers_key_is_caught(signed) -> None:
    from qa_desktop.core import signing

    private, _public = signing.new_key_pair()
    forged = signing.sign(private, {"made": "up"})
    conn = sqlite3.connect(signed)
    conn.execute("UPDATE signature SET signature = ? WHERE signer = 'liu'", (forged,))
    conn.commit()
    conn.close()
    assert "does not verify" in verified(signed).problems[0]


def test_a_state_set_to_binding_behind_the_services_back_is_caught(case, db_path) -> None:
    proposal = sign(propose(case), MANAGER)
    tamper(db_path, f"UPDATE proposal SET state = 'binding' WHERE id = {proposal.id}")
    assert "which its valid signatures do not make it" in verified(db_path).problems[0]


def test_the_administrator_alone_approves_nothing(case) -> None:
    proposal = propose(case)
    with pytest.raises(UserError):
        sign(proposal, ADMIN)


# ----- the printed sheet's scan coming back -------------------------------------------------


def scanned_sheet(proposal: Proposal, degrees: float = 3, database: str | None = None) -> bytes:
    """A sheet with the proposal's code, printed, scanned at 150 dpi, crooked, as a JPEG."""
    from test_scans import jpeg, rendered, sheet_pdf, turned

    from qa_desktop.core.printcode import PrintCode
    from qa_desktop.core.services.keys import database_uuid

    code = PrintCode(
        database or database_uuid(), "signoff", str(proposal.uuid), proposal.round,
        proposal.content_hash,
    )  # fmt: skip
    return jpeg(turned(rendered(sheet_pdf(code)), degrees))


def test_a_rotated_scan_finds_its_case_by_the_qr_code(case) -> None:
    from qa_desktop.core.models import Attachment
    from qa_desktop.core.services.scans import attach_scan

    proposal = propose(case)
    outcome = attach_scan(scanned_sheet(proposal, 93), "scan.jpg", ENGINEER)
    assert outcome.complaint_id == case.id and outcome.current
    assert "is the current one" in outcome.message
    assert Attachment.select().where(Attachment.complaint == case.id).count() == 1


def test_a_scan_of_an_earlier_version_says_which_version_its_signatures_are_for(case) -> None:
    from qa_desktop.core.services.scans import attach_scan

    proposal = propose(case)
    sheet = scanned_sheet(proposal)
    proposals.update_proposal(proposal.id, proposal.revision, "改", compensation("30000"), ENGINEER)
    outcome = attach_scan(sheet, "scan.jpg", ENGINEER)
    assert not outcome.current
    assert "printed version differs from the current one" in outcome.message
    assert "for version 1 (now 2)" in outcome.message


def test_a_scan_from_another_database_is_refused(case) -> None:
    from qa_desktop.core.services.scans import attach_scan

    sheet = scanned_sheet(propose(case), database="0b3a6c1e-5d2f-4c8a-9e7b-1f2d3c4b5a69")
    with pytest.raises(UserError, match="another database"):
        attach_scan(sheet, "scan.jpg", ENGINEER)


def test_a_paper_final_signoff_makes_the_proposal_binding(case, db_path) -> None:
    from qa_desktop.core import media

    proposal = sign(propose(case), MANAGER)
    scan = media.prepare_bytes(scanned_sheet(proposal), "signed.jpg")
    with pytest.raises(UserError, match="may not do this"):  # field staff record nothing
        signatures.record_paper_signature(proposal.id, GM.user_id, APPROVE, scan, PASSWORD, FIELD)
    signatures.record_paper_signature(proposal.id, GM.user_id, APPROVE, scan, PASSWORD, ENGINEER)
    proposal = Proposal.get_by_id(proposal.id)
    assert proposal.state == "binding"
    paper = Signature.get(Signature.kind == "paper")
    assert (paper.signer, paper.recorded_by, paper.scan_sha256) == ("liu", "wang", scan.sha256)
    assert verified(db_path).ok


# ----- the printed sheet ----------------------------------------------------------------------


def test_the_signoff_sheet_is_preliminary_until_the_final_signoff(case, tmp_path) -> None:
    from pdfs import text_of as pdf_text

    from qa_desktop.core.reports.signoff_pdf import export_signoff_pdf
    from qa_desktop.core.services.signoff import signoff_sheet

    drafted = proposals.draft_proposal(case.id, "退货并赔偿", compensation(), ENGINEER)
    with pytest.raises(UserError, match="is a draft"):
        signoff_sheet(drafted)
    proposal = sign(proposals.submit_proposal(drafted.id, ENGINEER), MANAGER)
    first = export_signoff_pdf(signoff_sheet(proposal), tmp_path / "p.pdf", lang="en").path
    text = pdf_text(first)
    assert "PRELIMINARY" in text and "38600.00" in text and "陈主管" in text
    proposal = sign(proposal, GM)
    binding = export_signoff_pdf(signoff_sheet(proposal), tmp_path / "b.pdf", lang="en").path
    text = pdf_text(binding)
    assert "PRELIMINARY" not in text and "BINDING" in text and "刘总" in text


# ----- delegation -----------------------------------------------------------------------------


def test_a_delegate_signs_for_the_manager_within_the_dates_and_the_cap(case) -> None:
    from datetime import date

    from qa_desktop.core.services.delegations import delegate

    deputy = Actor("sun", "孙工")
    add_test_accounts((deputy, "qa_engineer"))
    with pytest.raises(UserError, match="at most your own limit"):
        delegate(MANAGER, PASSWORD, "sun", date(2026, 1, 1), date(2030, 1, 1), 6_000_000)
    with pytest.raises(UserError, match="before its first day"):
        delegate(MANAGER, PASSWORD, "sun", date(2030, 1, 1), date(2026, 1, 1), 1_000_000)
    delegate(MANAGER, PASSWORD, "sun", date(2026, 1, 1), date(2030, 1, 1), 4_000_000)
    proposal = sign(propose(case), deputy)  # 38,600 under the 40,000 cap
    row = Signature.get(Signature.signer == "sun")
    assert (row.on_behalf_of, row.role, proposal.state) == ("chen", "qa_manager", "approved")
    other = propose(case, "5000")  # 43,600 on the case: above the deputy's cap
    with pytest.raises(UserError):
        sign(other, deputy)


def test_a_delegation_outside_its_dates_signs_nothing(case) -> None:
    from datetime import date

    from qa_desktop.core.services.delegations import delegate

    deputy = Actor("sun", "孙工")
    add_test_accounts((deputy, "qa_engineer"))
    delegate(MANAGER, PASSWORD, "sun", date(2020, 1, 1), date(2020, 12, 31), 4_000_000)
    with pytest.raises(UserError):
        sign(propose(case), deputy)


def test_the_history_of_a_case_holds_its_proposals_and_signatures(case) -> None:
    from qa_desktop.core.history import complaint_history

    sign(propose(case), MANAGER)
    draft = to_draft(case)
    draft.severity = "major"
    update_complaint(case.id, draft, case.revision, ENGINEER)
    rows = complaint_history(case)
    actions = [(r.actor, r.action) for r in rows]
    assert actions[0] == ("王工", "create")
    assert ("王工", "submit") in actions and ("陈主管", "sign") in actions
    assert any("severity: serious → major" in r.changes for r in rows)
    assert any(r.action == "create" and "number: 1" in r.changes for r in rows)  # the proposal


def test_field_staff_cannot_be_given_approvals_by_delegation(case) -> None:
    from datetime import date

    from qa_desktop.core.services.delegations import delegate

    with pytest.raises(UserError, match="may only confirm quantities"):
        delegate(MANAGER, PASSWORD, FIELD.user_id, date(2026, 1, 1), date(2030, 1, 1), 100)
