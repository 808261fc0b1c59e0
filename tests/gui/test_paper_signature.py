"""The sign-off sheet printed from the proposals window, and a signature given on it recorded
with its scan: checked in the PDF (poppler reads it back), the database and on screen."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, PASSWORD, add_test_accounts, example_draft
from pdfs import needs_poppler, text_of
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from qa_desktop.core.models import Attachment, Proposal, Signature
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import proposals, signatures
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.signatures import Decision
from qa_desktop.gui import system_viewer
from qa_desktop.gui.paper_signature_dialog import PaperSignatureDialog
from qa_desktop.gui.proposals_dialog import ProposalsDialog

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
MANAGER = Actor("chen", "陈主管")
GM = Actor("liu", "刘总")
FIELD = Actor("zhou", "周工")
LEFT = Qt.MouseButton.LeftButton


def clock() -> datetime:
    return NOW


@pytest.fixture
def approved(db) -> Proposal:
    """The example case's proposal (return and compensation), approved by the QA manager: the
    general manager's final sign-off is awaited."""
    add_test_accounts((MANAGER, "qa_manager"), (GM, "general_manager"), (FIELD, "field_staff"))
    case = register_complaint(example_draft(), ENGINEER)
    lines = [
        LineDraft("return", "6.35", "t", "", "CNY", "", "客户索赔"),
        LineDraft("compensation", "212", "pcs", "38600", "CNY", "", "不良品赔偿"),
    ]
    drafted = proposals.draft_proposal(case.id, "退货并赔偿", lines, ENGINEER, clock)
    proposals.submit_proposal(drafted.id, ENGINEER, clock)
    signatures.sign_proposal(drafted.id, Decision(True, "同意"), PASSWORD, MANAGER, clock)
    proposal = Proposal.get_by_id(drafted.id)
    assert proposal.state == "approved"
    return proposal


def open_dialog(qtbot: QtBot, proposal: Proposal, actor: Actor = ENGINEER) -> ProposalsDialog:
    dialog = ProposalsDialog(complaint_id=proposal.complaint.id, actor=actor, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_proposal(proposal.id)
    return dialog


@pytest.fixture
def viewer(monkeypatch) -> list[Path]:
    opened: list[Path] = []
    monkeypatch.setattr(
        system_viewer, "open_in_system_viewer", lambda _p, path: opened.append(path)
    )
    return opened


def save_to(monkeypatch, path: Path) -> list[str]:
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter):
        asked.append(Path(suggested).name)
        return str(path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def print_in_window(qtbot: QtBot, dialog: ProposalsDialog) -> None:
    assert dialog.ui.print_sheet.isEnabled()
    qtbot.mouseClick(dialog.ui.print_sheet, LEFT)
    assert dialog.print_task is not None
    qtbot.waitUntil(lambda: dialog.print_task is None, timeout=30_000)


def scan_png(folder: Path) -> Path:
    path = folder / "signed-sheet.png"
    Image.new("RGB", (120, 170), "white").save(path)
    return path


def record_in_window(qtbot: QtBot, dialog: ProposalsDialog, password: str, scan: Path):
    assert dialog.ui.record_paper.isEnabled()
    qtbot.mouseClick(dialog.ui.record_paper, LEFT)
    paper = dialog.paper_dialog
    assert isinstance(paper, PaperSignatureDialog) and paper.isVisible()
    assert paper.ui.signer.currentData() == GM.user_id  # the one the final sign-off awaits
    assert paper.select_signer(GM.user_id)
    assert paper.take_scan(scan)
    type_text(qtbot, paper.ui.comment, "同意")
    type_text(qtbot, paper.ui.password, password)
    qtbot.mouseClick(paper.record_button, LEFT)
    qtbot.waitUntil(lambda: paper.task is None, timeout=15_000)
    return paper


@needs_poppler
def test_the_sheet_prints_preliminary_until_the_final_sign_off(
    qtbot: QtBot, approved, monkeypatch, tmp_path, viewer
) -> None:
    dialog = open_dialog(qtbot, approved)
    target = tmp_path / "sheet.pdf"
    asked = save_to(monkeypatch, target)
    print_in_window(qtbot, dialog)
    case_no = approved.complaint.case_no
    assert asked == [f"{case_no}-proposal-1-v1.pdf"]
    assert viewer == [target.resolve()] and target.stat().st_size > 0
    assert "PRELIMINARY" in text_of(target)
    assert dialog.ui.print_sheet.isEnabled()  # again, once written

    signatures.sign_proposal(approved.id, Decision(True, "同意"), PASSWORD, GM, clock)
    binding = tmp_path / "binding.pdf"
    save_to(monkeypatch, binding)
    print_in_window(qtbot, open_dialog(qtbot, approved))
    assert Proposal.get_by_id(approved.id).state == "binding"
    assert viewer[-1] == binding.resolve()
    assert "PRELIMINARY" not in text_of(binding)


def test_a_refused_place_is_one_sentence_and_writes_nothing(
    qtbot: QtBot, approved, monkeypatch, tmp_path, viewer
) -> None:
    dialog = open_dialog(qtbot, approved)
    save_to(monkeypatch, tmp_path / "missing-folder" / "sheet.pdf")
    qtbot.mouseClick(dialog.ui.print_sheet, LEFT)
    assert dialog.print_task is None and viewer == []
    assert "does not exist" in dialog.ui.form_error.text()
    assert dialog.ui.form_error.isVisible()


def test_a_draft_has_no_sheet_to_print(qtbot: QtBot, approved) -> None:
    draft = proposals.draft_proposal(
        approved.complaint.id,
        "只赔偿",
        [LineDraft("compensation", "1", "pcs", "100", "CNY", "", "赔偿")],
        ENGINEER,
        clock,
    )
    dialog = open_dialog(qtbot, draft)
    assert not dialog.ui.print_sheet.isEnabled()
    assert not dialog.ui.record_paper.isEnabled()


def test_the_engineer_records_the_general_managers_paper_sign_off(
    qtbot: QtBot, approved, tmp_path
) -> None:
    dialog = open_dialog(qtbot, approved)
    record_in_window(qtbot, dialog, PASSWORD, scan_png(tmp_path))
    assert dialog.paper_dialog is None  # closed once recorded
    assert Proposal.get_by_id(approved.id).state == "binding"
    final = Signature.get(Signature.signer == GM.user_id)
    assert final.kind == "paper" and final.recorded_by == ENGINEER.user_id
    assert (
        final.scan_sha256
        and Attachment.select().where(Attachment.filename == "signed-sheet.png").exists()
    )
    assert "signed on paper" in dialog.ui.route.text()
    assert dialog.ui.banner.text().startswith("BINDING")
    assert not dialog.ui.record_paper.isEnabled()  # nothing awaits a signature any more


def test_a_wrong_password_writes_nothing_and_is_said_in_the_paper_dialog(
    qtbot: QtBot, approved, tmp_path
) -> None:
    dialog = open_dialog(qtbot, approved)
    before = Signature.select().count()
    paper = record_in_window(qtbot, dialog, "not the password", scan_png(tmp_path))
    assert paper.isVisible()  # it stays open
    assert "wrong" in paper.ui.error.text() and paper.ui.error.isVisible()
    assert paper.ui.comment.toPlainText() == "同意" and paper.ui.password.text() == ""
    assert Signature.select().count() == before
    assert Proposal.get_by_id(approved.id).state == "approved"


def test_a_scan_that_is_not_a_picture_is_refused_in_the_dialog(
    qtbot: QtBot, approved, tmp_path
) -> None:
    dialog = open_dialog(qtbot, approved)
    qtbot.mouseClick(dialog.ui.record_paper, LEFT)
    paper = dialog.paper_dialog
    fake = tmp_path / "scan.png"
    fake.write_bytes(b"not an image at all")
    assert not paper.take_scan(fake)
    assert "scan.png" in paper.ui.error.text() and paper.scan is None
    qtbot.mouseClick(paper.record_button, LEFT)
    assert paper.task is None and "Choose the scan" in paper.ui.error.text()


def test_field_staff_cannot_record_a_paper_signature(qtbot: QtBot, approved) -> None:
    dialog = open_dialog(qtbot, approved, FIELD)
    assert not dialog.ui.record_paper.isEnabled()
    assert dialog.ui.print_sheet.isEnabled()  # they may print what they see
