"""Start-up of the window: language, fonts, the database file, then the main window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from qa_desktop import APP_NAME, __version__
from qa_desktop.core.errors import DatabaseError

# Smoke tests of an installed or bundled app: show the main window, then quit with 0.
QUIT_AFTER_SHOW = "QA_DESKTOP_QUIT_AFTER_SHOW"
USER_ENV = "QA_DESKTOP_USER"
PASSWORD_ENV = "QA_DESKTOP_PASSWORD"


def run_window(db_path: Path | None = None, lang: str | None = None) -> int:
    with _collector_paused() as resume:
        return _run_window(db_path, lang, resume)


@contextmanager
def _collector_paused() -> Iterator[Callable[[], None]]:
    """Python's cycle collector waits while the window is imported, built and first painted:
    it ran about a hundred times there, walking the objects the start-up had just made (none
    of them garbage), for a good part of the start-up (measured: benchmarks/register.py). It
    runs again once the window is painted (`_once_painted`), or when the sign-in dialog waits
    for a person, and in any case when the window returns, so that a caller's process (a test)
    is left as it was."""
    enabled = gc.isenabled()
    gc.disable()

    def resume() -> None:
        if enabled:
            gc.enable()

    try:
        yield resume
    finally:
        resume()


def _run_window(db_path: Path | None, lang: str | None, resume: Callable[[], None]) -> int:
    from qa_desktop import paths
    from qa_desktop.core.page_check import PageCheck

    path = Path(db_path).expanduser() if db_path else paths.default_database_path()
    # SQLite reads every page of the file once the window is painted (or while the sign-in
    # waits for a person); every write waits for that check's verdict (core/page_check.py).
    page_check = PageCheck(path, begin_now=False)

    from PySide6.QtWidgets import QApplication

    from qa_desktop.core.settings import UserSettings
    from qa_desktop.gui import fault_handler, language
    from qa_desktop.gui.first_paint import after_first_paint

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    language.install_font(app)
    user = UserSettings(paths.user_config_path())
    lang = lang or user.get("language") or language.system_language()
    language.install(app, lang)
    fault_handler.install()
    named = db_path is not None
    first = _painted_through_reader(path, user)
    if first is not None:  # signed in by the environment: the register first, the rest behind
        window, reader, checked = first
        window.show()
        after_first_paint(
            window,
            lambda: _open_behind(app, window, reader, checked, named, page_check, resume),
            at_latest_ms=2000,
        )
        return _run_then_dispose(app, window)
    db = open_start_database(path, named=named, page_check=page_check)
    if db is None:
        return 2
    try:
        if not department_key_trusted():
            return 2
        session = start_session(app, user, before_dialog=lambda: (resume(), page_check.begin()))
        if session is None:
            return 0  # the person closed the sign-in: nothing was opened, nothing to say
        from qa_desktop.gui.main_window import MainWindow

        window = MainWindow(db, path, user, actor=session.actor, starting=True)
    except Exception as exc:  # a read stumbled on the file before the pages' verdict came
        if not _said_start_fault(None, db, exc):
            raise
        return 2
    window.show()
    after_first_paint(
        window, lambda: (page_check.begin(), _once_painted(app, window, resume)), at_latest_ms=2000
    )
    if db.pages is not None:
        watch_pages(window, db.pages)
    return _run_then_dispose(app, window)


def _run_then_dispose(app, window) -> int:
    """The event loop; then the window goes at once, with its timers and the idle lock's
    application-wide filter (a process that goes on, such as a test run, keeps nothing of it:
    the callbacks its children hold would keep it alive until the cycle collector came)."""
    from shiboken6 import delete, isValid

    code = app.exec()
    if isValid(window):
        delete(window)
    return code


def _said_start_fault(parent, db, exc: Exception) -> bool:
    """Say a database fault met while the window was being opened; False if `exc` is none
    (a bug, for the caller to raise or report)."""
    from PySide6.QtWidgets import QMessageBox

    refusal = _start_refusal(db, exc)
    if refusal is not None:
        QMessageBox.critical(parent, APP_NAME, str(refusal))
    return refusal is not None


def _start_refusal(db, exc: Exception) -> DatabaseError | None:
    """The sentence for a database fault while the window was being opened: the pages'
    verdict if the file is damaged (the fault's cause, said as an open says it), else the
    fault's own; None for anything that is not a database fault (a bug: the fault handler's)."""
    from qa_desktop.core import faults

    explained = faults.explain(exc)
    if explained is None:
        return None
    if db is not None and db.pages is not None:
        try:
            db.pages.confirm()
        except DatabaseError as refusal:
            return refusal
    return explained


def watch_pages(window, pages, interval_ms: int = 50) -> None:
    """Once the page check's verdict is in: a damaged file is said, and the window closes
    without another write (every write waits for the verdict and is refused: core/db.py)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    timer = QTimer(window)
    timer.setInterval(interval_ms)

    def look() -> None:
        if not pages.finished():
            return
        timer.stop()
        try:
            pages.confirm()
        except DatabaseError as exc:
            QMessageBox.critical(window, APP_NAME, str(exc))
            _end(window, 2)

    timer.timeout.connect(look)
    timer.start()


def _painted_through_reader(path: Path, user):
    """(window, reader, checked account) for a start signed in by the environment on a file
    that needs no more than a look: the window built over the file reader, before Peewee and
    the models load (core/file_reader.py, core/start_sign_in.py). None for every other start
    (the sign-in dialog, a file to make, upgrade or refuse, a password the service must count,
    a first screen that stumbles on the file): the full start, as without this."""
    import sqlite3

    user_id, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if not user_id or password is None:
        return None
    from qa_desktop.core.file_reader import open_reader
    from qa_desktop.core.start_sign_in import checked_account
    from qa_desktop.gui.main_window import MainWindow

    reader = open_reader(path)
    if reader is None:
        return None
    try:
        checked = checked_account(reader, user_id, password)
        if checked is not None:
            window = MainWindow(reader, reader.path, user, actor=checked.actor, starting=True)
            return window, reader, checked
    except sqlite3.Error:  # a damaged page, most likely: the full start says it
        pass
    reader.close()
    return None


def _open_behind(app, window, reader, checked, named: bool, page_check, resume) -> None:
    """A window painted through the file reader, once painted: the file opened through
    core/db.py, the department key trusted, the session given by the sign-in service to the
    account checked before the paint; then the window reads through the file opened, and what
    every start does once painted follows. A refusal is said, and the window ends with 2; a
    bug is said as the fault handler says one (with its crash report), and it ends with 70."""
    _mark_if_asked(app)  # before the imports below: the paint is what they wait for
    from PySide6.QtWidgets import QMessageBox

    from qa_desktop.core.errors import UserError
    from qa_desktop.core.services import accounts
    from qa_desktop.gui import fault_handler

    page_check.begin()
    db = None
    try:
        db = open_start_database(reader.path, named=named, page_check=page_check)
        if db is None:
            return _end(window, 2)
        if not department_key_trusted():
            return _end(window, 2)
        session = accounts.session_of_checked(checked)
        window.attach(db, session.actor)
    except UserError as exc:  # the account changed since its password was checked
        QMessageBox.critical(window, APP_NAME, str(exc))
        return _end(window, 2)
    except Exception as exc:
        if not _said_start_fault(window, db, exc):
            fault_handler.show(exc)  # a bug, with its crash report
            return _end(window, 70)
        return _end(window, 2)
    finally:
        reader.close()  # the window reads through the file opened, or ends
    if db.pages is not None:
        watch_pages(window, db.pages)
    _chores_once_painted(window, resume)
    return None


def _end(window, code: int) -> None:
    from PySide6.QtWidgets import QApplication

    window.hide()  # not close(): what closing saves would only be refused
    QApplication.exit(code)


def _once_painted(app, window, resume: Callable[[], None]) -> None:
    """What the window's first paint need not wait for (a zero timer set after show() would
    run before it: gui/first_paint.py)."""
    _mark_if_asked(app)
    _chores_once_painted(window, resume)


def _mark_if_asked(app) -> None:
    """A smoke test's or the benchmark's start ends here, its mark taken after the paint."""
    from PySide6.QtCore import QTimer

    if os.environ.get(QUIT_AFTER_SHOW):
        _report_shown(app)
        QTimer.singleShot(0, lambda: _quit(app))  # also ends a dialog opened after this


def _chores_once_painted(window, resume: Callable[[], None]) -> None:
    from qa_desktop.core.files import remove_old_opened, remove_stale_scratch

    resume()  # the cycle collector, paused for the start-up
    window.painted()
    window.visits.at_start()  # drafts a crash left, then my visits
    # What an export killed in an earlier session left, and attachments opened in a viewer a
    # day ago (exports clean up after themselves too).
    remove_stale_scratch()
    remove_old_opened()


def department_key_trusted() -> bool:
    """The department key this PC remembers for the file, or the first sight of it remembered.
    A key that changed since is said, and the window does not open: the keys in the file were
    replaced, so no signature in it can be trusted until someone finds out why."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from qa_desktop.core.key_pins import known_fingerprint, remember_fingerprint
    from qa_desktop.core.services.keys import database_uuid, department_fingerprint

    database, now = database_uuid(), department_fingerprint()
    known = known_fingerprint(database)
    if known and now and known != now:
        text = QApplication.translate(
            "App",
            "The department key of this database is not the one this PC saw before (was %1, is "
            "%2): the keys in the file were replaced. Run qa-desktop verify and ask the "
            "administrator before anyone signs.",
        )
        QMessageBox.critical(None, APP_NAME, text.replace("%1", known).replace("%2", now))
        return False
    remember_fingerprint(database, now)
    return True


def start_session(app, user, before_dialog: Callable[[], None] = lambda: None):
    """Who uses the window: the sign-in dialog, or the account named by QA_DESKTOP_USER with
    QA_DESKTOP_PASSWORD (as the headless commands take them, for smoke tests and kiosks; a
    wrong one is counted like a typed one and falls back to the dialog). `before_dialog` runs
    before the dialog waits for a person (the start-up resumes the cycle collector there)."""
    from qa_desktop.core.errors import UserError
    from qa_desktop.core.services import accounts

    user_id, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if user_id and password is not None and accounts.has_accounts():
        try:
            return accounts.sign_in(user_id, password)
        except UserError as exc:
            print(f"qa-desktop: {exc}", file=sys.stderr)
    if os.environ.get(QUIT_AFTER_SHOW):  # the sign-in is the first window: report it, quit
        _quit_after_first_paint(app)
    before_dialog()
    from qa_desktop.gui.sign_in import sign_in_at_start  # not needed when signed in above

    session = sign_in_at_start(last_user=user.get("last_user"))
    if session is not None:
        user.set("last_user", session.actor.user_id)
    return session


def open_start_database(path: Path, named: bool, page_check=None):
    """The database the window starts on, or None when there is none to start on (said).

    The user's own data folder gets its database made on first start; a file named on the
    command line is created only if the user says so (a typo must not make a new database), and
    a file that exists is opened or refused, never made a database."""
    from PySide6.QtWidgets import QMessageBox

    from qa_desktop.core.db import open_database

    if named and not path.exists() and not _may_create(path):
        return None
    try:
        return open_database(path, create=True, page_check=page_check)
    except DatabaseError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None


def _may_create(path: Path) -> bool:
    from PySide6.QtWidgets import QApplication, QMessageBox

    text = QApplication.translate(
        "App", "There is no database at %1. Create a new, empty database there?"
    ).replace("%1", str(path))
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(None, APP_NAME, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _quit_after_first_paint(app) -> None:
    from qa_desktop.gui.first_paint import after_first_paint

    after_first_paint(app, lambda: (_report_shown(app), _quit(app)))


def _report_shown(app) -> None:
    """After the first paint: say when (the benchmark's cold-start mark) and which catalogues
    the window speaks with (a bundle must find Qt's own as well as ours)."""
    import time

    from qa_desktop.gui import language

    print(f"shown-at {time.time():.6f}", flush=True)
    print(f"translations: {' '.join(language.loaded_catalogues()) or 'none'}", flush=True)


def _quit(app) -> None:
    modal = app.activeModalWidget()
    if modal is not None:  # the sign-in, or a dialog after it: its own event loop ends with it
        modal.reject()
    app.quit()
