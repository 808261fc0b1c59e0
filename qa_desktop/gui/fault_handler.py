"""The window's last line of defence: an exception no dialog caught becomes one sentence in a
message box (a fault of the database or disk as core/faults.py says it; a bug with the path of
its crash report), instead of a traceback on stderr and nothing on screen."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

from qa_desktop import APP_NAME
from qa_desktop.core.errors import UserError


def sentence(exc: BaseException) -> str:
    """What to tell the user about `exc`."""
    if isinstance(exc, UserError):
        return str(exc)
    from qa_desktop.core import faults  # Peewee's: not needed before the window's first paint

    fault = faults.explain(exc)
    if fault is not None:
        return str(fault)
    from qa_desktop.crash import write_report

    report = write_report(exc)
    text = QApplication.translate(
        "FaultHandler", "Something went wrong inside QA Desktop (%1). Nothing more was saved."
    ).replace("%1", f"{type(exc).__name__}: {exc}")
    if report is not None:
        text += " " + QApplication.translate(
            "FaultHandler", "The details are in %1; please send that file to your administrator."
        ).replace("%1", str(report))
    return text


def show(exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox  # its type loads on first use, not at start-up

    QMessageBox.warning(QApplication.activeWindow(), APP_NAME, sentence(exc))


def install() -> None:
    """Route every uncaught exception of the GUI thread (slots, events) to `show`."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show(exc.with_traceback(tb))

    sys.excepthook = hook
