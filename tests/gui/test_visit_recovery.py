"""Nothing on screen is lost: the visit window keeps a draft every few seconds and on close, a
process killed with SIGKILL while typing leaves exactly what was typed, and the next start
offers it back (Recover opens the window filled from it; Discard removes it; a draft older than
the stored visit says so first)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER
from PySide6.QtWidgets import QTableWidgetItem
from visiting import COIL, FIELD, clock, fresh, make_case, make_visit, open_window

from qa_desktop.core.errors import UserError
from qa_desktop.core.models import VisitDraft
from qa_desktop.core.services import visit_drafts, visit_record, visits
from qa_desktop.core.visit_content import VisitContent
from qa_desktop.core.visit_quantities import VisitCoilDraft
from qa_desktop.gui.visit_recovery import Answer, DraftRecovery

HERE = Path(__file__).resolve().parent
CHILD = HERE / "visit_crash_child.py"
ROOT = HERE.parent.parent
TYPED = "line stopped 4 hours"
USED = "180"


@pytest.fixture
def case(db):
    return make_case()


@pytest.fixture
def visit(case):
    return make_visit(case)


def wait_for_draft(qtbot, window) -> None:
    window.autosave.tick()
    qtbot.waitUntil(lambda: window.autosave.task is None, timeout=5_000)


def type_loss(qtbot, window, text: str = "停线") -> None:
    type_text(qtbot, window.ui.checklist.answers_by_key["customer_loss"].edit, text)


# ----- the crash ----------------------------------------------------------------------------------
def read_line(process: subprocess.Popen, seconds: float) -> str:
    """The child's first line, or "" if it says nothing in time (never a hung test)."""
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(seconds)
    return lines[0].strip() if lines else ""


def test_a_window_killed_while_typing_leaves_what_was_typed(qtbot, db_path, visit, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [str(db_path), str(visit.uuid), TYPED, COIL.lower(), USED]
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args], env=env, cwd=tmp_path, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        said = read_line(child, 60)
        assert said == "saved", child.stderr.read() if child.poll() is not None else said
    finally:
        os.kill(child.pid, signal.SIGKILL)  # the dead battery
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    (draft,) = visit_drafts.drafts_of(FIELD.user_id)
    assert draft.based_on == visit.revision
    assert draft.content.answers == {"customer_loss": TYPED}
    assert draft.content.coils == (VisitCoilDraft(coil_no=COIL.lower(), used=USED),)
    assert fresh(visit).revision == visit.revision  # the visit itself untouched

    # The next start: the draft is offered, and Recover shows it in the window.
    opened = []
    recovery = recovery_for(qtbot, opened, Answer.RECOVER)
    assert recovery.offer_all() == 1
    (window,) = opened
    assert window.ui.checklist.answers_by_key["customer_loss"].edit.toPlainText() == TYPED
    table = window.ui.coils
    assert table.item(0, table.column_of("coil_no")).text() == COIL.lower()
    assert table.item(0, table.column_of("used")).text() == USED
    assert window.is_modified() and "Recovered" in window.ui.status_line.text()
    assert window.save()
    assert visit_drafts.drafts_of(FIELD.user_id) == []  # saving the visit removes the draft


def recovery_for(qtbot, opened: list, answer: Answer, asked: list | None = None) -> DraftRecovery:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)

    def open_window_with(uuid, draft):
        from qa_desktop.gui.visit_window import VisitWindow

        window = VisitWindow(None, uuid, actor=FIELD, clock=clock, draft=draft)
        qtbot.addWidget(window)
        window.show()
        opened.append(window)

    recovery = DraftRecovery(parent, actor=FIELD, clock=clock, open_window=open_window_with)

    def ask(text, *, recoverable, opening):
        if asked is not None:
            asked.append((text, recoverable, opening))
        return answer

    recovery.ask = ask
    return recovery


# ----- autosave -----------------------------------------------------------------------------------
def test_autosave_keeps_a_draft_every_five_seconds_when_something_changed(qtbot, visit):
    window = open_window(qtbot, visit)
    assert window.autosave.timer.interval() == 5_000 and window.autosave.timer.isActive()
    wait_for_draft(qtbot, window)
    assert VisitDraft.select().count() == 0  # nothing changed: nothing kept
    window.autosave.timer.setInterval(100)  # the timer's own tick, sooner
    type_loss(qtbot, window)
    qtbot.waitUntil(lambda: VisitDraft.select().count() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: window.autosave.task is None)
    draft = visit_drafts.draft_for(str(visit.uuid), FIELD.user_id)
    assert draft.content.answers == {"customer_loss": "停线"}
    assert "kept as a draft" in window.ui.status_line.text()
    window.ui.checklist.set_answers({})  # typed back to what is stored: no draft needed
    wait_for_draft(qtbot, window)
    assert VisitDraft.select().count() == 0


def test_closing_keeps_the_typing_as_a_draft_and_saving_removes_it(qtbot, visit):
    window = open_window(qtbot, visit)
    type_loss(qtbot, window)
    said = []
    window.closed_with_draft.connect(said.append)
    window.close()
    assert not window.isVisible()
    assert visit_drafts.draft_for(str(visit.uuid), FIELD.user_id).content.answers == {
        "customer_loss": "停线"
    }
    assert said and "kept as a draft" in said[0]
    again = open_window(qtbot, visit)
    type_loss(qtbot, again, "退货")
    assert again.save()
    assert VisitDraft.select().count() == 0
    again.close()
    assert VisitDraft.select().count() == 0  # closed as saved: nothing to keep


def test_a_draft_that_cannot_be_written_is_said_and_the_screen_stays(qtbot, visit, monkeypatch):
    window = open_window(qtbot, visit)
    type_loss(qtbot, window)

    def refused(*args, **kwargs):
        raise UserError("The database file is busy: another program is writing to it.")

    monkeypatch.setattr(visit_drafts, "save_draft", refused)
    wait_for_draft(qtbot, window)
    assert "could not be kept" in window.ui.status_line.text()
    assert "busy" in window.ui.status_line.text()
    window.close()  # asked (the acting fixture answers Discard), then closed
    assert not window.isVisible()


def test_quitting_keeps_the_draft(qtbot, qapp, visit):
    window = open_window(qtbot, visit)
    type_loss(qtbot, window)
    qapp.aboutToQuit.emit()  # what QApplication.quit() sends before the windows go
    assert visit_drafts.draft_for(str(visit.uuid), FIELD.user_id) is not None
    window.close()


# ----- what is offered ----------------------------------------------------------------------------
def kept(visit, text: str = "停线", based_on: int | None = None) -> None:
    content = VisitContent({"customer_loss": text})
    revision = visit.revision if based_on is None else based_on
    visit_drafts.save_draft(str(visit.uuid), revision, content, FIELD, clock)


def test_a_draft_older_than_the_visit_says_so_before_recovering(qtbot, visit):
    kept(visit)
    visit_record.save_visit(
        str(visit.uuid), visit.revision, VisitContent({"customer_loss": "由王工录入"}), ENGINEER,
        clock,
    )  # fmt: skip
    asked, opened = [], []
    recovery_for(qtbot, opened, Answer.RECOVER, asked).offer_all()
    ((text, recoverable, _opening),) = asked
    assert f"Visit 1 of {visit.complaint.case_no} was not saved" in text
    assert "saved again since, by wang at 2026-03-11 09:00" in text
    assert recoverable
    (window,) = opened
    assert window.save()  # the user was told: it replaces what was saved
    assert visit_record.content_of(fresh(visit)).answers == {"customer_loss": "停线"}


def test_a_draft_of_a_visit_cancelled_since_can_only_be_discarded(qtbot, visit):
    kept(visit)
    visits.cancel_visit(str(visit.uuid), visit.revision, "客户取消", ENGINEER, clock)
    asked, opened = [], []
    recovery = recovery_for(qtbot, opened, Answer.RECOVER, asked)
    recovery.offer_all()
    assert not asked[0][1] and "it is Cancelled now" in asked[0][0]
    assert opened == []  # Recover was not offered, so nothing opens
    recovery_for(qtbot, opened, Answer.DISCARD).offer_all()
    assert visit_drafts.drafts_of(FIELD.user_id) == []


@pytest.mark.parametrize("answer", [Answer.RECOVER, Answer.DISCARD, Answer.LATER])
def test_opening_a_visit_with_a_draft_offers_it(
    qtbot, db, db_path, tmp_path, visit, answer, monkeypatch
):
    from qa_desktop.core.settings import UserSettings
    from qa_desktop.gui.main_window import MainWindow

    kept(visit)
    main = MainWindow(db, db_path, UserSettings(tmp_path / "s.json"), actor=FIELD, clock=clock)
    qtbot.addWidget(main)
    asked = []
    monkeypatch.setattr(
        DraftRecovery, "ask", lambda self, text, **options: asked.append(options) or answer
    )
    window = main.visits.open_visit(str(visit.uuid))
    assert asked == [{"recoverable": True, "opening": True}]
    draft = visit_drafts.draft_for(str(visit.uuid), FIELD.user_id)
    if answer is Answer.LATER:  # Cancel: not opened, the draft as it was
        assert window is None and draft is not None
        return
    assert window is not None and window.isVisible()
    loss = window.ui.checklist.answers_by_key["customer_loss"].edit.toPlainText()
    assert loss == ("停线" if answer is Answer.RECOVER else "")
    assert (draft is None) == (answer is Answer.DISCARD)
    main.close()


def test_a_coil_line_typed_is_in_the_draft(qtbot, visit):
    window = open_window(qtbot, visit)
    window.ui.coils.add_line()
    window.ui.coils.setItem(0, 0, QTableWidgetItem(COIL))
    wait_for_draft(qtbot, window)
    draft = visit_drafts.draft_for(str(visit.uuid), FIELD.user_id)
    assert draft.content.coils == (VisitCoilDraft(coil_no=COIL),)


def test_after_sign_in_the_drafts_are_offered_first(
    qtbot, db, db_path, tmp_path, visit, monkeypatch
):
    from qa_desktop.core.settings import UserSettings
    from qa_desktop.gui.main_window import MainWindow

    kept(visit, "停线 4 小时")
    main = MainWindow(db, db_path, UserSettings(tmp_path / "s.json"), actor=FIELD, clock=clock)
    qtbot.addWidget(main)
    asked = []
    monkeypatch.setattr(
        DraftRecovery, "ask", lambda self, text, **options: asked.append(text) or Answer.RECOVER
    )
    main.visits.at_start()
    assert len(asked) == 1 and "recover what was on screen at 2026-03-11 09:00" in asked[0]
    window = main.visits.windows[str(visit.uuid)]
    assert window.ui.checklist.answers()["customer_loss"] == "停线 4 小时"
    assert main.visits.list_window is None  # the recovered visit comes first
    main.close()
    assert visit_drafts.draft_for(str(visit.uuid), FIELD.user_id) is not None  # still unsaved
