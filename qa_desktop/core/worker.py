"""Long work in a worker process, so that it cannot starve the window of the interpreter.

A thread task holds the GIL for most of a 100,000-row export, and the window waits for it on
every search and scroll; a process has an interpreter of its own. The work is the same
`fn(progress, cancelled) -> result` a thread task runs, but it must be picklable (a module-level
function, or functools.partial of one with picklable arguments): the `spawn` start method, the
same on Linux, Windows and in the PyInstaller bundle, starts a fresh interpreter that imports
it. Work that needs the database opens it from its path (a connection cannot cross processes).

The child reports over a pipe: ("progress", done, total) any number of times, then one ending:
("succeeded", result), ("failed", one sentence) or ("cancelled",). The parent asks it to stop
with "cancel", and kills it when it does not stop soon (it may be deep in a library call); a
killed export's leftovers are what files.remove_stale_parts / remove_stale_scratch remove.

No Qt here: gui.tasks polls `Worker.messages()` from a timer; `run()` waits for a worker without
a window (the self-check).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Any

from qa_desktop.core import faults
from qa_desktop.core.errors import Cancelled, UserError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, set_language, translate

CONTEXT = "Worker"
PROGRESS, SUCCEEDED, FAILED, CANCELLED = "progress", "succeeded", "failed", "cancelled"
ENDINGS = frozenset({SUCCEEDED, FAILED, CANCELLED})
CANCEL = "cancel"
VANISHED = QT_TRANSLATE_NOOP(
    "Worker", "The background task stopped unexpectedly (exit code {code})."
)
JOIN_SECONDS = 5.0
CHILD_NICENESS = 10  # POSIX: 0 is normal, 19 the lowest

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], Any]
Message = tuple[Any, ...]
_spawn = multiprocessing.get_context("spawn")


class Worker:
    """One piece of work running in a child process; `messages()` says how it goes."""

    def __init__(self, work: Work, lang: str) -> None:
        self.lang = lang
        self.ending: Message | None = None
        self._cancel_asked = False
        self._conn, child_end = _spawn.Pipe()
        self.process = _spawn.Process(
            target=_child_main, args=(work, child_end, lang), name="qa-desktop-worker", daemon=True
        )
        self.process.start()
        child_end.close()  # the child holds the only writing end now: EOF means it is gone

    def messages(self) -> list[Message]:
        """What the child said since the last call, without blocking. A child that vanished
        without an ending (killed, crashed) gets one: cancelled if a cancel was asked for."""
        said: list[Message] = []
        while self.ending is None:
            try:
                if not self._conn.poll():
                    break
                message = self._conn.recv()
            except (EOFError, OSError):
                message = self._vanished()
            said.append(message)
            if message[0] in ENDINGS:
                self.ending = message
        return said

    def cancel(self) -> None:
        """Ask the child to stop at its next check (the work's `cancelled()`)."""
        self._cancel_asked = True
        with suppress(OSError):  # already gone
            self._conn.send(CANCEL)

    def kill(self) -> None:
        """Stop the child now (after a cancel it did not honour soon), then remove the scratch
        folder it can no longer remove itself."""
        from qa_desktop.core.files import remove_stale_scratch

        self._cancel_asked = True
        if self.process.is_alive():
            self.process.kill()
        self.process.join(JOIN_SECONDS)
        remove_stale_scratch()

    def is_alive(self) -> bool:
        return self.process.is_alive()

    def join(self, seconds: float | None = None) -> None:
        self.process.join(seconds)

    def close(self) -> None:
        """Release the pipe and the process object (the child must have ended)."""
        self._conn.close()
        self.process.join(JOIN_SECONDS)
        if not self.process.is_alive():
            self.process.close()

    def _vanished(self) -> Message:
        self.process.join(JOIN_SECONDS)
        if self._cancel_asked:
            return (CANCELLED,)
        code = self.process.exitcode
        return (FAILED, translate(CONTEXT, VANISHED, self.lang).format(code=code))


def run(work: Work, lang: str, poll_seconds: float = 0.05) -> Any:
    """Run `work` in a worker process and wait for it: its result, or its failure raised as a
    UserError (Cancelled if it was cancelled). For callers without an event loop."""
    worker = Worker(work, lang)
    try:
        while worker.ending is None:
            worker.messages()
            if worker.ending is None:
                time.sleep(poll_seconds)
    finally:
        if worker.is_alive():
            worker.kill()
        worker.close()
    kind, *rest = worker.ending
    if kind == SUCCEEDED:
        return rest[0]
    if kind == CANCELLED:
        raise Cancelled()
    raise UserError(rest[0])


class _ChildSide:
    """The work's `progress` and `cancelled` in the child, over the pipe."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.stop = False

    def progress(self, done: int, total: int) -> None:
        try:
            self.conn.send((PROGRESS, done, total))
        except OSError:  # the window is gone: nobody waits for the result
            self.stop = True

    def cancelled(self) -> bool:
        if not self.stop and self.conn.poll():
            try:
                self.stop = self.conn.recv() == CANCEL
            except (EOFError, OSError):
                self.stop = True
        return self.stop


def _child_main(work: Work, conn: Connection, lang: str) -> None:
    # Ctrl+C in the terminal reaches the whole process group: stopping is the window's call.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _yield_to_the_window()
    set_language(lang)
    side = _ChildSide(conn)
    ending: Message
    try:
        ending = (SUCCEEDED, work(side.progress, side.cancelled))
    except Cancelled:
        ending = (CANCELLED,)
    except UserError as exc:
        ending = (FAILED, _one_sentence(str(exc)))
    except Exception as exc:  # a fault of the file or disk as a sentence; a bug as its name
        fault = faults.explain(exc)
        if fault is None:
            traceback.print_exc()  # the bug's traceback to stderr, one sentence to the window
        ending = (FAILED, _one_sentence(str(fault) if fault else f"{type(exc).__name__}: {exc}"))
    try:
        conn.send(ending)
    except OSError:  # the window is gone
        pass
    except Exception as exc:  # e.g. a result that cannot be pickled
        traceback.print_exc()
        with suppress(OSError):
            conn.send((FAILED, _one_sentence(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def _yield_to_the_window() -> None:
    """Run below normal priority: on a busy two-core PC the window (and whatever else the user
    is doing) gets the processor first, the export whatever is left."""
    try:
        if sys.platform == "win32":
            import ctypes

            below_normal_priority_class = 0x4000
            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal_priority_class)
        else:
            os.nice(CHILD_NICENESS)
    except OSError:  # not allowed: run at normal priority
        pass


def _one_sentence(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text
