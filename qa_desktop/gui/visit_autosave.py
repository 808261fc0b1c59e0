"""The visit window's autosave: what is on screen kept as a draft (services/visit_drafts.py) every
few seconds when it changed, and when the window closes or the application quits.

A draft is one short transaction, written off the GUI thread (gui/tasks.py), so a file another
program holds busy never stops typing; a fault is said in the window's status line and the
next tick tries again: the screen is never lost for it. A screen back to what is stored needs no
draft: the one this window kept is removed. Saving the visit removes the draft (the service
does, in the save's transaction) and `forget()` starts again from what was saved.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from qa_desktop.core import faults
from qa_desktop.core.clock import Clock
from qa_desktop.core.errors import UserError
from qa_desktop.core.services import visit_drafts
from qa_desktop.core.services.context import Actor
from qa_desktop.core.visit_content import VisitContent
from qa_desktop.gui.tasks import Task

INTERVAL_MS = 5_000  # at most five seconds of typing can be lost to a crash


def meaningful(content: VisitContent) -> VisitContent:
    """The content without the table's empty lines (an added, untouched line changes nothing)."""
    return replace(content, coils=tuple(line for line in content.coils if not line.is_blank()))


class Autosave(QObject):
    """`content()` is what the screen holds now, `stored()` what the database holds, and
    `based_on()` the visit's revision the screen works from. `drafted` is what the draft table
    already holds for this screen (a recovered draft), `mine` whether this window owns it."""

    kept = Signal(datetime)  # a draft was written, at this time
    failed = Signal(str)  # a draft could not be written: the sentence why

    def __init__(
        self,
        parent: QObject,
        visit_uuid: str,
        *,
        actor: Actor,
        clock: Clock,
        content: Callable[[], VisitContent],
        stored: Callable[[], VisitContent],
        based_on: Callable[[], int],
        drafted: VisitContent | None = None,
    ) -> None:
        super().__init__(parent)
        self._uuid, self._actor, self._clock = visit_uuid, actor, clock
        self._content, self._stored, self._based_on = content, stored, based_on
        self.drafted = meaningful(drafted if drafted is not None else stored())
        self.mine = drafted is not None  # a draft of this visit in the table is this screen's
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:  # quitting closes no dialog: keep the screen then too
            app.aboutToQuit.connect(self.keep_now)

    # ----- every few seconds ---------------------------------------------------------------------
    def tick(self) -> None:
        """Keep the screen as a draft if it changed since the last one (never two at once)."""
        if self.task is not None:
            return
        content = meaningful(self._content())
        if content == self.drafted:
            return
        if content == meaningful(self._stored()):
            if self.mine:  # typed back to what is saved: the draft holds nothing to recover
                self._run(lambda: visit_drafts.discard_draft(self._uuid, self._actor, self._clock))
            self.drafted, self.mine = content, False
            return
        based_on = self._based_on()
        self._run(
            lambda: visit_drafts.save_draft(
                self._uuid, based_on, content, self._actor, self._clock
            ),
            content,
        )

    def _run(self, write: Callable[[], None], content: VisitContent | None = None) -> None:
        task = Task(lambda progress, cancelled: write(), self)
        task.succeeded.connect(lambda _result: self._written(content))
        task.failed.connect(self.failed.emit)
        task.finished.connect(self._ended)
        self.task = task
        task.start()

    def _written(self, content: VisitContent | None) -> None:
        if content is None:  # the draft was removed
            return
        self.drafted, self.mine = content, True
        self.kept.emit(self._clock())

    def _ended(self) -> None:
        if self.task is not None:
            self.task.deleteLater()  # one every few seconds, for hours: not kept
        self.task = None

    # ----- closing, quitting, saving -------------------------------------------------------------
    def wait(self) -> None:
        """Let a draft being written land (a save after it would otherwise leave it behind)."""
        task = self.task
        if task is not None:
            task.wait()
            QCoreApplication.sendPostedEvents(task, 0)  # its outcome, delivered now
            self.task = None

    def keep_now(self) -> str:
        """On close or quit, on this thread: the screen kept if it differs from what is stored
        (or a draft of it removed if it does not). "" when done, else the sentence why not."""
        self.wait()
        content = meaningful(self._content())
        try:
            if content == meaningful(self._stored()):
                if self.mine:
                    visit_drafts.discard_draft(self._uuid, self._actor, self._clock)
                self.drafted, self.mine = content, False
            elif content != self.drafted or not self.mine:
                visit_drafts.save_draft(
                    self._uuid, self._based_on(), content, self._actor, self._clock
                )
                self.drafted, self.mine = content, True
        except UserError as exc:
            return str(exc)
        except Exception as exc:  # a fault of the file: said, never a lost window
            fault = faults.explain(exc)
            return str(fault) if fault else f"{type(exc).__name__}: {exc}"
        return ""

    def forget(self) -> None:
        """After the visit was saved (its draft removed with it): start from what was saved."""
        self.wait()
        self.drafted, self.mine = meaningful(self._stored()), False

    def stop(self) -> None:
        self.timer.stop()
        self.wait()
        app = QCoreApplication.instance()
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # gone already
                app.aboutToQuit.disconnect(self.keep_now)
