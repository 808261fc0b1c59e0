"""The customer's signature dialog (gui/signature_dialog.py): OK refused beside the pad or the
field while the name, the position or the ink will not do; accepted with all three."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot
from signing import SteppingTimer, drag, wave

from qa_desktop.core.visit_quantities import STATEMENT_EN, STATEMENT_ZH
from qa_desktop.gui import language
from qa_desktop.gui.signature_dialog import SignatureDialog


@pytest.fixture
def dialog(qtbot: QtBot) -> SignatureDialog:
    made = SignatureDialog()
    made.pad.use_timer(SteppingTimer(25))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def said(dialog: SignatureDialog) -> dict[str, str]:
    """The sentences shown beside the pad and the fields."""
    labels = {
        name: getattr(dialog.ui, f"{name}_error")
        for name in ("pad", "signer_name", "signer_position")
    }
    return {name: label.text() for name, label in labels.items() if label.isVisible()}


def sign(dialog: SignatureDialog) -> None:
    drag(dialog.pad, wave(dialog.pad, 30))


def press_ok(qtbot: QtBot, dialog: SignatureDialog) -> None:
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)


def test_an_empty_form_is_refused_beside_each_part(qtbot, dialog) -> None:
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.signature is None
    assert said(dialog) == {
        "pad": "Sign in the box first.",
        "signer_name": "Enter the signer's name.",
        "signer_position": "Enter the signer's position.",
    }
    assert dialog.focusWidget() is dialog.pad


def test_a_scribble_is_refused_with_its_sentence(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.ui.signer_name, "Zhang Wei")
    qtbot.keyClicks(dialog.ui.signer_position, "Purchasing manager")
    drag(dialog.pad, [QPoint(200 + 5 * i, 100) for i in range(12)])
    press_ok(qtbot, dialog)
    assert dialog.signature is None and dialog.isVisible()
    assert list(said(dialog)) == ["pad"]
    assert re.search("too short to be a signature", said(dialog)["pad"])


def test_an_empty_name_or_position_is_refused_with_real_ink(qtbot, dialog) -> None:
    sign(dialog)
    qtbot.keyClicks(dialog.ui.signer_name, "   ")  # spaces are no name
    qtbot.keyClicks(dialog.ui.signer_position, "Purchasing manager")
    press_ok(qtbot, dialog)
    assert dialog.signature is None
    assert said(dialog) == {"signer_name": "Enter the signer's name."}
    assert dialog.focusWidget() is dialog.ui.signer_name
    qtbot.keyClicks(dialog.ui.signer_name, "Z")  # typing takes the sentence away
    assert said(dialog) == {}


def test_real_ink_with_name_and_position_is_the_result(qtbot, dialog) -> None:
    sign(dialog)
    qtbot.keyClicks(dialog.ui.signer_name, "  Zhang   Wei ")
    qtbot.keyClicks(dialog.ui.signer_position, "Purchasing manager")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    strokes, name, position = dialog.signature
    assert strokes == dialog.pad.strokes() and len(strokes) == 1
    assert (name, position) == ("Zhang Wei", "Purchasing manager")


def test_the_pad_sentence_goes_when_the_signer_draws(qtbot, dialog) -> None:
    press_ok(qtbot, dialog)
    assert "pad" in said(dialog)
    sign(dialog)
    assert "pad" not in said(dialog)


def test_sign_again_clears_the_pad_and_gives_it_the_focus(qtbot, dialog) -> None:
    button = dialog.ui.clear_button
    assert not button.isEnabled() and button.text() == "Clear"
    sign(dialog)
    assert button.isEnabled() and button.text() == "Sign again"
    dialog.ui.signer_name.setFocus()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_empty() and dialog.focusWidget() is dialog.pad
    assert not button.isEnabled() and button.text() == "Clear"


def test_the_statement_is_the_one_given_or_the_core_one(qtbot, dialog) -> None:
    assert dialog.ui.statement.text() == STATEMENT_EN
    given = SignatureDialog(statement="Quantities of case CC-2026-0001 only.")
    qtbot.addWidget(given)
    assert given.ui.statement.text() == "Quantities of case CC-2026-0001 only."


def test_the_dialog_speaks_chinese(qtbot) -> None:
    app = QApplication.instance()
    language.install(app, "zh_CN")
    try:
        opened = SignatureDialog()
        qtbot.addWidget(opened)
        opened.show()
        assert opened.windowTitle() == "客户签名"
        assert opened.ui.statement.text() == STATEMENT_ZH
        texts = [w.text() for kind in (QLabel, QAbstractButton) for w in opened.findChildren(kind)]
        english = [t for t in texts if re.search(r"[A-Za-z]{2,}", t.replace("&", ""))]
        assert english == [], "every label and button is in Chinese"
        press_ok(qtbot, opened)
        assert said(opened)["pad"] == "请先在框内签名。"
        assert said(opened)["signer_name"] == "请填写签字人姓名。"
    finally:
        language.install(app, "en")
