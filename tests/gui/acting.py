"""Acting as the user in GUI tests: typing as a person types, answering the modal questions.

Import what a test module needs (`from acting import questions, retype, type_text`); an imported
fixture works in that module as if defined there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """ASCII on the keyboard; Chinese through the input method, one committed character at a
    time, as it arrives from a real one (QTest.keyClicks handles Latin-1 only)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for character in text:
        event = QInputMethodEvent()
        event.setCommitString(character)
        QApplication.sendEvent(widget, event)


def open_and_close(combo: QComboBox) -> None:
    """Click the combo open and close it again, as a person looks at its list (the register
    reads some lists on their first use)."""
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    combo.hidePopup()


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer "Discard" to "lose what you typed?" (a modal box would stop the test), and record
    each question so a test can check that it was asked."""
    asked: list[str] = []

    def answer(parent, title, text, *args) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked
