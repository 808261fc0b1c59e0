"""Guards the Qt binding's version pin (pyproject.toml).

PySide6 6.12.0 drops one reference to None on every call of a method that returns nothing
(QLabel.setText, QTimer.stop, …); Python 3.11's None is not immortal, so the window aborts with
'none_dealloc' after a few thousand calls. Measured: 6.12.0 loses 1,000 per 1,000 calls, 6.11.3 none.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel


def test_void_calls_keep_their_reference_to_none(qtbot):
    label, combo, timer = QLabel(), QComboBox(), QTimer()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    combo.addItem("x")
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        combo.setCurrentIndex(0)
        combo.currentData()
        timer.stop()
    assert before - sys.getrefcount(None) < 50
