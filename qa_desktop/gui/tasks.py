"""The one way screens run long work off the GUI thread, with progress and cancel.

The work is a plain function `fn(progress, cancelled) -> result` from the core; it runs in a
QThread, reports progress through a queued signal and checks `cancelled()` between chunks.
Peewee gives each thread its own SQLite connection; the task closes its own when done.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from qa_desktop.core.errors import Cancelled, UserError
from qa_desktop.core.models import database_proxy

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


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
        except Exception as exc:  # a bug: show it, keep the window alive
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)
        finally:
            database_proxy.close()  # this thread's connection only


class Task(QObject):
    """Start with `Task(work, parent).start()`; connect to its signals first."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        for name in ("progressed", "succeeded", "failed", "cancelled"):
            getattr(self._runner, name).connect(getattr(self, name))
            getattr(self._runner, name).connect(self._thread.quit)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._runner.stop()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)
