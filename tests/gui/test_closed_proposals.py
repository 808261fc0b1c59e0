"""The handling proposals of a closed case: shown, printed, never drafted, revised, submitted or
signed until the case is reopened; the window says so with the services' own sentence at the top
rather than learning it from a refusal. Driven through the real widgets on a real database."""

from __future__ import annotations

import pytest
from acting import questions  # noqa: F401 - an autouse fixture
from case_scenarios import (
    LATER,
    LINES,
    MANAGER,
    close,
    department_in_shanghai,
    snapshot,
    to_follow_up,
)
from conftest import ENGINEER
from pytestqt.qtbot import QtBot

from qa_desktop.core.models import Complaint, Proposal
from qa_desktop.core.services import proposals
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.proposal_lines_table import KIND
from qa_desktop.gui.proposals_dialog import ProposalsDialog


@pytest.fixture
def closed(db) -> Complaint:
    """The example case closed with a draft proposal and one awaiting the QA manager."""
    department_in_shanghai()
    case = to_follow_up()
    proposals.draft_proposal(case.id, "退回 -05", LINES, ENGINEER)
    submitted = proposals.draft_proposal(case.id, "赔偿不良品", LINES, ENGINEER)
    proposals.submit_proposal(submitted.id, ENGINEER)
    return close(case)


def open_dialog(qtbot: QtBot, case: Complaint, actor: Actor = ENGINEER) -> ProposalsDialog:
    dialog = ProposalsDialog(complaint_id=case.id, actor=actor, clock=LATER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def sentence(case: Complaint) -> str:
    return f"{case.case_no} is closed: reopen it before changing anything in it."


def offered(dialog: ProposalsDialog) -> list[str]:
    ui = dialog.ui
    buttons = (
        ui.new_proposal,
        ui.save_draft,
        ui.submit,
        ui.approve,
        ui.reject_proposal,
        ui.record_paper,
        ui.add_line,
        ui.remove_line,
    )
    return [button.objectName() for button in buttons if button.isEnabled()]


def test_a_closed_cases_draft_is_shown_read_only_with_the_closed_sentence(qtbot, closed, db):
    before = snapshot(db)
    dialog = open_dialog(qtbot, closed)
    draft = Proposal.get(Proposal.summary == "退回 -05")
    assert dialog.select_proposal(draft.id)
    assert dialog.ui.closed_note.isVisible() and dialog.ui.closed_note.text() == sentence(closed)
    assert offered(dialog) == []
    assert dialog.ui.summary.isReadOnly()
    assert not dialog.lines.combo(0, KIND).isEnabled()
    # Save pressed anyway (the screen only hides it): the service refuses, nothing is written.
    assert dialog.save() is None
    assert dialog.ui.form_error.text() == sentence(closed)
    assert snapshot(db) == before


def test_the_proposal_awaiting_a_signature_is_not_offered_for_signing(qtbot, closed, db):
    before = snapshot(db)
    dialog = open_dialog(qtbot, closed, MANAGER)  # the step awaits the QA manager
    submitted = Proposal.get(Proposal.state == "submitted")
    assert dialog.select_proposal(submitted.id)
    assert offered(dialog) == []
    assert dialog.ui.closed_note.text() == sentence(closed)
    assert dialog.ui.print_sheet.isEnabled()  # a routed sheet still prints: it changes nothing
    assert snapshot(db) == before


def test_a_closed_case_without_proposals_offers_no_empty_one(qtbot, db) -> None:
    department_in_shanghai()
    case = close(to_follow_up())
    dialog = open_dialog(qtbot, case)
    assert dialog.current is None and dialog.lines.table.rowCount() == 0
    assert dialog.ui.heading.text() == "No handling proposal on this complaint."
    assert offered(dialog) == []


def test_an_open_case_shows_no_closed_line(qtbot, db) -> None:
    department_in_shanghai()
    case = to_follow_up()
    dialog = open_dialog(qtbot, case)
    assert dialog.ui.closed_note.isHidden()
    assert dialog.ui.new_proposal.isEnabled() and dialog.ui.save_draft.isEnabled()
    assert dialog.lines.table.rowCount() == 1
