"""The child process of test_visit_recovery.py: the field user's visit window, typed into as a
person types (a checklist text, a coil line whose last cell is still being edited), left open
until one autosave has landed; then "saved" on stdout, and it waits to be killed.

    python visit_crash_child.py DB_PATH VISIT_UUID TEXT COIL USED
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qa_desktop.core.db import open_database
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.visit_drafts import draft_for
from qa_desktop.gui import visit_autosave
from qa_desktop.gui.visit_window import VisitWindow

FIELD = Actor("zhou", "周工")
visit_autosave.INTERVAL_MS = 1_000  # the real five seconds, shortened to keep the test short


def keys(app: QApplication, text: str) -> None:
    """Each character to whatever has the focus, as a keyboard sends it."""
    for character in text:
        QTest.keyClick(app.focusWidget(), character)


def main(db_path: str, visit_uuid: str, text: str, coil: str, used: str) -> int:
    app = QApplication(sys.argv[:1])
    open_database(Path(db_path))
    window = VisitWindow(None, visit_uuid, actor=FIELD)
    window.show()
    QTest.qWaitForWindowExposed(window)
    answer = window.ui.checklist.answers_by_key["customer_loss"].edit
    answer.setFocus()
    keys(app, text)
    window.ui.coils.add_line()  # the cursor goes to its first cell
    keys(app, coil)
    for _ in range(5):  # to the quantity used: the editor stays open there
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
    keys(app, used)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        QTest.qWait(100)
        draft = draft_for(visit_uuid, FIELD.user_id)
        if draft is not None and draft.content.coils and draft.content.coils[0].used == used:
            print("saved", flush=True)
            time.sleep(60)  # killed here, the window open and the typing unsaved
            return 0
    print("no draft", flush=True)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:6]))
