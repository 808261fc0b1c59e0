"""The one way screens run long work off the GUI thread, with progress and cancel.

The work is a plain function `fn(progress, cancelled) -> result` from the core that checks
`cancelled()` between chunks. By default it runs in a QThread and reports progress through a
queued signal; Peewee gives each thread its own SQLite connection, which the task closes when
done. Work that keeps the interpreter busy for long (the register export) runs with
`in_process=True` in a worker process instead (core.worker), where it cannot starve the window
of the GIL: the same signals, polled from a timer; the work must then be picklable and open the
database itself from its path.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from qa_desktop.core import faults, i18n
from qa_desktop.core.errors import Cancelled, UserError
from qa_desktop.core.models import database_proxy

if TYPE_CHECKING:  # multiprocessing is imported with the first process task, not at start-up
    from qa_desktop.core.worker import Message, Worker

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
POLL_MS = 50  # how often the window reads a worker process's messages
KILL_AFTER_MS = 1000  # a cancelled worker process still running by then is killed


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask the work to stop at its next check (thread-safe)."""
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a fault of the file or disk, said as the services say it
            fault = faults.explain(exc)
            if fault is None:  # a bug: show it, keep the window alive
                traceback.print_exc()
            self.failed.emit(str(fault) if fault else f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)
        finally:
            if database_proxy.obj is not None:  # work with no database open (photo intake)
                database_proxy.close()  # this thread's connection only


class _InThread:
    def __init__(self, work: Work, task: Task) -> None:
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        for name in ("progressed", "succeeded", "failed", "cancelled"):
            getattr(self._runner, name).connect(getattr(task, name))
            getattr(self._runner, name).connect(self._thread.quit)
        self._thread.finished.connect(task.finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._runner.stop()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int) -> bool:
        return self._thread.wait(ms)


class _InProcess:
    """A worker process, its messages turned into the task's signals by a timer. `finished`
    comes once the process has exited, so that everything it removes on exit is gone."""

    def __init__(self, work: Work, task: Task) -> None:
        self._work = work
        self._task = task
        self._worker: Worker | None = None
        self._ended = False
        self._poll_timer = QTimer(task)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self._kill_timer = QTimer(task)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.setInterval(KILL_AFTER_MS)
        self._kill_timer.timeout.connect(self._kill)

    def start(self) -> None:
        from qa_desktop.core.worker import Worker

        self._worker = Worker(self._work, i18n.current_language())
        self._poll_timer.start()

    def cancel(self) -> None:
        if self.is_running() and self._worker.ending is None:
            self._worker.cancel()
            self._kill_timer.start()

    def is_running(self) -> bool:
        return self._worker is not None and not self._ended

    def wait(self, ms: int) -> bool:
        """Block until the process has ended, at most `ms`; a cancelled one at most until it
        is due to be killed, and then it is."""
        if not self.is_running():
            return True
        assert self._worker is not None
        cancelling = self._kill_timer.isActive()
        self._worker.join(min(ms, KILL_AFTER_MS) / 1000 if cancelling else ms / 1000)
        if cancelling and self._worker.is_alive():
            self._worker.kill()
        self._poll()
        return not self.is_running()

    def _kill(self) -> None:
        if self.is_running() and self._worker.is_alive():
            self._worker.kill()
        self._poll()

    def _poll(self) -> None:
        if not self.is_running():
            return
        assert self._worker is not None
        for message in self._worker.messages():
            self._emit(message)
        if self._worker.ending is not None and not self._worker.is_alive():
            self._ended = True
            self._poll_timer.stop()
            self._kill_timer.stop()
            self._worker.close()
            self._task.finished.emit()

    def _emit(self, message: Message) -> None:
        from qa_desktop.core import worker

        kind, *values = message
        if kind == worker.PROGRESS:
            self._task.progressed.emit(*values)
        elif kind == worker.SUCCEEDED:
            self._task.succeeded.emit(values[0])
        elif kind == worker.FAILED:
            self._task.failed.emit(values[0])
        elif kind == worker.CANCELLED:
            self._task.cancelled.emit()


class Task(QObject):
    """Start with `Task(work, parent).start()`; connect to its signals first.

    `in_process=True` runs picklable work in a worker process (see the module's docstring)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None, in_process: bool = False) -> None:
        super().__init__(parent)
        self.in_process = in_process
        self._how: _InThread | _InProcess = (_InProcess if in_process else _InThread)(work, self)

    def start(self) -> None:
        self._how.start()

    def cancel(self) -> None:
        self._how.cancel()

    def is_running(self) -> bool:
        return self._how.is_running()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the work has ended, at most `ms` (a cancelled worker process is killed
        once it is overdue, so closing the window waits about a second for it)."""
        return self._how.wait(ms)
