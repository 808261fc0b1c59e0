"""The customer's confirmation taken in the visit window — on the pad and witnessed, or on the
printed sheet with its scan — and the visit's PDFs printed from it."""

from __future__ import annotations

import subprocess

import pytest
from conftest import PASSWORD
from PySide6.QtWidgets import QDialogButtonBox
from visit_scenarios import lines, photo_bytes, signature
from visiting import clock, fresh, make_case, make_visit, open_window

from qa_desktop.core.models import Confirmation
from qa_desktop.core.services import confirmations, visit_record
from qa_desktop.core.visit_content import VisitContent
from qa_desktop.gui.signature_dialog import CustomerSignature
from qa_desktop.gui.visit_confirm import WitnessDialog
from qa_desktop.gui.visit_print import BLANK, REPORT


@pytest.fixture
def visit(db):
    visit = make_visit(make_case())
    from visiting import FIELD

    content = VisitContent({"customer_loss": "退货"}, "", lines())
    visit_record.save_visit(str(visit.uuid), visit.revision, content, FIELD, clock)
    return fresh(visit)


def witness(qtbot, window, signature_given, password=PASSWORD, **typed):
    dialog = WitnessDialog(
        window, str(window.visit.uuid), window.visit.revision, "heading",
        actor=window.actor, clock=clock, signature=signature_given,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    for name, text in typed.items():
        getattr(dialog.ui, name).setText(text)
    dialog.ui.password.setText(password)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    return dialog


def test_the_customer_signs_on_the_pad_and_the_field_user_witnesses(qtbot, visit):
    window = open_window(qtbot, visit)
    assert window.ui.customer_signs.isEnabled() and window.ui.signed_on_paper.isEnabled()
    given = CustomerSignature(signature(), "刘工", "生产主管")
    refused = witness(qtbot, window, given, password="not mine")
    assert refused.confirmation is None and "password" in refused.ui.error.text().lower()
    dialog = witness(qtbot, window, given)
    assert dialog.confirmation is not None
    window.refresh_confirmation()
    assert "刘工" in window.ui.confirmation_state.text()
    row = Confirmation.get()
    assert row.kind == "on_screen" and confirmations.problems(row) == []


def test_a_paper_confirmation_is_recorded_with_its_scan(qtbot, visit, tmp_path):
    scan = tmp_path / "signed.jpg"
    scan.write_bytes(photo_bytes("white"))
    window = open_window(qtbot, visit)
    dialog = witness(qtbot, window, None, signer_name="陈立", signer_position="质量部经理",
                     scan=str(scan))  # fmt: skip
    assert dialog.confirmation is not None, dialog.ui.error.text()
    row = Confirmation.get()
    assert (row.kind, row.signer_name) == ("paper", "陈立") and row.scan_sha256


def test_the_visit_report_and_the_blank_sheet_print_from_the_window(
    qtbot, visit, tmp_path, monkeypatch
):
    from qa_desktop.gui import system_viewer

    opened = []
    monkeypatch.setattr(
        system_viewer, "open_in_system_viewer", lambda _p, path: opened.append(path)
    )
    window = open_window(qtbot, visit)
    for kind in (REPORT, BLANK):
        out = tmp_path / f"{kind}.pdf"
        task = window.print_button.print(kind, out)
        assert task is not None
        qtbot.waitUntil(lambda: window.print_button.task is None, timeout=20_000)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert visit.complaint.case_no in text and "S24A0817-05" in text
    assert opened == [tmp_path / "report.pdf", tmp_path / "blank.pdf"]
