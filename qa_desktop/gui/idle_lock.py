"""The window locks itself after the department's minutes without use (idle_lock_minutes).

An application-wide event filter restarts a timer on every key and mouse input in any of the
app's windows; when it runs out, the main window's register is taken out of the window (a
locked page takes its place, so nothing of the data can be read), every open dialog is covered
(a complaint form left open is the usual case; closing it would lose its typing) and the
sign-in dialog asks for the password (UNLOCK). A wrong password is counted by the core like any other; when the
account locks, nobody but an administrator can open it again, so the app closes. Cancel asks,
then quits: the window is never left open without its user."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from qa_desktop import APP_NAME
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.sign_in import Mode, SignInDialog

MINUTE_MS = 60_000
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Watches the input of the whole application for `window` once `watch()` is called (the
    window calls it when it is built; a start-up, once it is painted); `timer` is a QTimer whose
    interval tests may shorten, `lock_now()` locks at once (Account → Lock window)."""

    def __init__(self, window: QMainWindow, actor: Actor, clock: Clock = utc_now) -> None:
        super().__init__(window)
        self.window = window
        self.actor = actor
        self.clock = clock
        self.dialog: SignInDialog | None = None  # the unlock dialog while it is open
        self._covered: QWidget | None = None  # the window's own central widget while locked
        self._covers: dict[QWidget, QLabel] = {}  # open dialog -> what hides it while locked
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        self.reload_minutes()
        self._watching = False

    def watch(self) -> None:
        """Restart the idle time on every input from now on. An application-wide event filter
        in Python sees every event of every widget, and wrapping each new kind of event and
        widget for Python costs (~70 ms while the window is built and first shown, measured):
        so it is installed once the window is there."""
        if self._watching:
            return
        self._watching = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # removed by Qt when this object goes with its window

    @property
    def locked(self) -> bool:
        return self._covered is not None

    def reload_minutes(self) -> None:
        """The department's setting, read again (after Department settings changed it)."""
        self.timer.setInterval(settings.department("idle_lock_minutes") * MINUTE_MS)
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in INPUT_EVENTS:
            self.timer.start()  # restarts: the idle time counts from the last input
        elif event.type() == QEvent.Type.Resize and watched in self._covers:
            self._covers[watched].setGeometry(watched.rect())  # type: ignore[attr-defined]
        return False

    # ----- locking and unlocking --------------------------------------------------------------
    def lock_now(self) -> None:
        if self.locked:
            return
        self.timer.stop()
        self._covered = self.window.takeCentralWidget()
        self.window.setCentralWidget(self._locked_page())
        self._cover_dialogs()
        self._ask_password()

    def _locked_page(self, parent: QWidget | None = None) -> QLabel:
        text = self.tr("Locked by %1 (%2).").replace("%1", self.actor.display_name)
        page = QLabel(text.replace("%2", self.actor.user_id), parent or self.window)
        page.setObjectName("locked_page")
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return page

    def _cover_dialogs(self) -> None:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog) and top.isVisible() and top is not self.window:
                cover = self._locked_page(top)
                cover.setAutoFillBackground(True)  # opaque: nothing of the form shows through
                cover.setGeometry(top.rect())
                cover.show()
                cover.raise_()
                self._covers[top] = cover

    def _ask_password(self) -> None:
        dialog = SignInDialog(Mode.UNLOCK, self.window, actor=self.actor, clock=self.clock)
        dialog.finished.connect(self._answered)
        self.dialog = dialog
        dialog.open()  # window-modal and without a nested event loop: the window stays covered

    def _answered(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        assert dialog is not None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._uncover()
        elif dialog.locked_out:
            self._say_locked_out(dialog.refusal)
            self.quit()
        elif self._confirm_quit():
            self.quit()
        else:
            self._ask_password()

    def _uncover(self) -> None:
        page = self.window.takeCentralWidget()
        if page is not None:
            page.deleteLater()
        self.window.setCentralWidget(self._covered)
        self._covered = None
        for cover in self._covers.values():
            cover.deleteLater()
        self._covers.clear()
        self.timer.start()

    # ----- leaving ----------------------------------------------------------------------------
    def _confirm_quit(self) -> bool:
        text = self.tr("Quit QA Desktop? Anything not saved in an open form is lost.")
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self.window, APP_NAME, text, buttons, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def _say_locked_out(self, refusal: str) -> None:
        closing = self.tr("QA Desktop closes now; an administrator can unlock your account.")
        QMessageBox.warning(self.window, APP_NAME, f"{refusal}\n\n{closing}")

    def quit(self) -> None:
        """Close every window and end the app (the register stays covered until then)."""
        QApplication.closeAllWindows()
        QApplication.quit()
