"""Open every window and dialog on the configured screen and report where each one lies.

Run by test_screen_fit.py in a subprocess, because a screen configuration (size, scaling) is
fixed when the QApplication starts:

    QT_QPA_PLATFORM="offscreen:configfile=screens.json" QT_SCALE_FACTOR=1.25 \
        python tests/gui/screen_fit_probe.py en

prints one JSON object: for every window its frame, the screen's available geometry and its
buttons. A new dialog joins the check with one line in WINDOWS: a function that builds it,
not yet shown, the way the application builds it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QMainWindow,
    QWidget,
)

from qa_desktop.core.db import open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.models import Complaint
from qa_desktop.core.services.accounts import users
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.roles import role_rows
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.account_action import AccountActionDialog, Change
from qa_desktop.gui.checklists_dialog import ChecklistsDialog
from qa_desktop.gui.clocks_dialog import ClocksDialog
from qa_desktop.gui.conflicts_dialog import ConflictsDialog
from qa_desktop.gui.delegations_dialog import DelegateDialog, DelegationsDialog
from qa_desktop.gui.main_window import MainWindow
from qa_desktop.gui.matrix_dialog import MatrixDialog
from qa_desktop.gui.pack_export_dialog import PackExportDialog
from qa_desktop.gui.paper_signature_dialog import PaperSignatureDialog
from qa_desktop.gui.photo_viewer import PhotoViewer
from qa_desktop.gui.proposals_dialog import ProposalsDialog
from qa_desktop.gui.role_action import RoleActionDialog, RoleChange
from qa_desktop.gui.roles_dialog import RolesDialog
from qa_desktop.gui.sign_in import Mode, SignInDialog
from qa_desktop.gui.signature_dialog import SignatureDialog

DEMO_ENGINEER = Actor("wang", "王工")
DEMO_FIELD = Actor(
    "zhou", "周工"
)  # the demo's field user  # the demo's QA engineer (core/demo_accounts.py)
DEMO_ADMIN = Actor("admin", "李敏")  # and its administrator
DEMO_MANAGER = Actor("chen", "陈主管")  # and its QA manager, who delegates


@dataclass
class Context:
    main: MainWindow
    complaint_id: int  # a demo complaint with coils, to edit


WINDOWS: dict[str, Callable[[Context], QWidget]] = {
    "main window": lambda c: c.main,
    "complaint form (new)": lambda c: c.main.complaint_dialog(),
    "complaint form (edit)": lambda c: c.main.complaint_dialog(c.complaint_id),
    "department settings": lambda c: c.main.department_dialog(),
    "response clocks and calendar": lambda c: ClocksDialog(c.main, actor=DEMO_ADMIN),
    "response clocks and calendar (read-only)": lambda c: c.main.clocks_dialog(),
    "customers": lambda c: c.main.customers_dialog(),
    "about box": lambda c: c.main.about_box(),
    "sign in": lambda c: SignInDialog(Mode.SIGN_IN),
    "first administrator": lambda c: SignInDialog(Mode.FIRST_ADMIN),
    "change password": lambda c: SignInDialog(Mode.CHANGE_PASSWORD, actor=DEMO_ENGINEER),
    "unlock": lambda c: SignInDialog(Mode.UNLOCK, c.main, actor=DEMO_ENGINEER),
    "users": lambda c: c.main.users_dialog(),
    "add user": lambda c: AccountActionDialog(Change.ADD, c.main, admin=DEMO_ADMIN),
    "deactivate user": lambda c: AccountActionDialog(
        Change.DEACTIVATE, c.main, admin=DEMO_ADMIN, row=users()[-1]
    ),
    "roles": lambda c: RolesDialog(c.main, admin=DEMO_ADMIN),
    "add role": lambda c: RoleActionDialog(RoleChange.ADD, c.main, admin=DEMO_ADMIN),
    "rename role": lambda c: RoleActionDialog(
        RoleChange.RENAME, c.main, admin=DEMO_ADMIN, row=role_rows()[0]
    ),
    "authority matrix": lambda c: MatrixDialog(actor=DEMO_ADMIN),
    "authority matrix (read-only)": lambda c: MatrixDialog(actor=DEMO_ENGINEER),
    "handling proposals": lambda c: ProposalsDialog(c.main, c.complaint_id, actor=DEMO_ENGINEER),
    "history": lambda c: history_of(c),
    "delegations": lambda c: DelegationsDialog(c.main, actor=DEMO_MANAGER, user=c.main.user),
    "delegate": lambda c: DelegateDialog(c.main, actor=DEMO_MANAGER),
    "paper signature": lambda c: PaperSignatureDialog(
        c.main, awaited(), "Proposal 1 of a demo case, round 1: 38,600.00 CNY", actor=DEMO_ENGINEER
    ),
    "customer signature": lambda c: SignatureDialog(c.main),
    "visit pack export": lambda c: PackExportDialog(DEMO_ENGINEER, c.main, case_no="CC-2026-0001"),
    "visit pack conflicts": lambda c: ConflictsDialog(DEMO_ENGINEER, c.main, c.main.user),
    "customer confirmation witness": lambda c: witness_dialog(c, paper=False),
    "paper confirmation": lambda c: witness_dialog(c, paper=True),
    "photo viewer": lambda c: PhotoViewer(site_photo(), parent=c.main),
    "plan a site visit": lambda c: c.main.visits.plan_dialog(visit_in("planned").complaint.case_no),
    "reschedule a site visit": lambda c: c.main.visits.plan_dialog(
        "", str(visit_in("planned").uuid)
    ),
    "site visits": lambda c: c.main.visits.visits_window(visit_in("in_progress").complaint.case_no),
    "visit window (in progress)": lambda c: c.main.visits.visit_window(
        str(visit_in("in_progress").uuid)
    ),
    "visit window (finished)": lambda c: c.main.visits.visit_window(str(visit_in("finished").uuid)),
    "checklist templates": lambda c: c.main.checklists_dialog(),
    "checklist templates (read-only)": lambda c: ChecklistsDialog(c.main, actor=DEMO_FIELD),
    "new checklist version": lambda c: checklist_editor(c),
    "case window": lambda c: c.main.cases.case_window(c.complaint_id),
    "case window (field staff)": lambda c: case_window_for(c, DEMO_FIELD),
    "case window (containment tab)": lambda c: case_window_for(c, DEMO_ENGINEER, "Containment"),
    "case window (actions tab)": lambda c: case_window_for(c, DEMO_ENGINEER, "Actions"),
    "case window (follow-up tab)": lambda c: case_window_for(c, DEMO_ENGINEER, "FollowUp"),
    "case window (8D tab)": lambda c: case_window_for(c, DEMO_ENGINEER, "EightD"),
    "containment panel (as the case window's tab)": lambda c: containment_panel(),
    "actions panel (as the case window's tab)": lambda c: actions_panel(),
    "8D panel, D2 (as the case window's tab)": lambda c: eightd_panel(2),
    "8D panel, D4 (as the case window's tab)": lambda c: eightd_panel(4),
    "8D panel, the customer's report (as the case window's tab)": lambda c: eightd_panel(9),
}


def case_window_for(c: Context, actor: Actor, tab: str = "") -> QWidget:
    """The case window with the tab whose panel class starts with `tab` shown."""
    from qa_desktop.gui.case_window import CaseWindow

    window = CaseWindow(c.main, c.complaint_id, actor=actor, clock=c.main.clock, user=c.main.user)
    if tab:
        panel = next(p for p in window.panels if type(p).__name__.startswith(tab))
        window.ui.tabs.setCurrentWidget(panel)
    return window


def containment_panel() -> QWidget:
    """The containment tab alone, at the size the case window gives its tabs, on the open demo
    case with the most lines (taken from its site visit; a closed one shows no buttons)."""
    from peewee import fn
    from PySide6.QtCore import QSize

    from qa_desktop.core.models import Complaint, ContainmentLine
    from qa_desktop.gui.containment_panel import ContainmentPanel
    from qa_desktop.gui.screen_fit import fit_to_screen

    most = (
        ContainmentLine.select(ContainmentLine.complaint)
        .join(Complaint)
        .where(Complaint.status != "closed")
        .group_by(ContainmentLine.complaint)
        .order_by(fn.COUNT(ContainmentLine.id).desc(), ContainmentLine.complaint)
        .scalar()
    )
    panel = ContainmentPanel(actor=DEMO_ENGINEER)
    panel.show_case(most)
    fit_to_screen(panel, QSize(1300, 560))
    return panel


def actions_panel() -> QWidget:
    """The actions tab alone, at the size the case window gives its tabs, on the demo case with
    the most actions, as the QA manager sees it (every button offered)."""
    from peewee import fn
    from PySide6.QtCore import QSize

    from qa_desktop.core.models import CaseAction
    from qa_desktop.gui.actions_panel import ActionsPanel
    from qa_desktop.gui.screen_fit import fit_to_screen

    most = (
        CaseAction.select(CaseAction.complaint)
        .group_by(CaseAction.complaint)
        .order_by(fn.COUNT(CaseAction.id).desc(), CaseAction.complaint)
        .scalar()
    )
    panel = ActionsPanel(actor=Actor("chen", "陈主管"))
    panel.show_case(most)
    fit_to_screen(panel, QSize(1300, 560))
    return panel


def eightd_panel(step: int) -> QWidget:
    """The 8D tab alone, at the size the case window gives its tabs, on an open demo case with
    an 8D (with a finished site visit, whose counts flow into D2, where there is one), showing
    step `step` (9: the report)."""
    from PySide6.QtCore import QSize

    from qa_desktop.gui.eightd_panel import EightDPanel
    from qa_desktop.gui.screen_fit import fit_to_screen

    panel = EightDPanel(actor=DEMO_ENGINEER)
    panel.show_case(open_case_with_an_8d())
    panel.select_step(step)
    fit_to_screen(panel, QSize(1300, 560))
    return panel


def checklist_editor(c: Context) -> QWidget:
    from qa_desktop.core.services import checklists
    from qa_desktop.gui.checklist_editor import ChecklistEditor

    current = checklists.template_of(checklists.current())
    return ChecklistEditor(current, c.main, actor=DEMO_ENGINEER, user=c.main.user)


def witness_dialog(c: Context, paper: bool):
    from qa_desktop.gui.signature_dialog import CustomerSignature
    from qa_desktop.gui.visit_confirm import WitnessDialog

    visit = visit_in("in_progress")
    given = None if paper else CustomerSignature([], "刘建国", "生产部主管")
    heading = "刘建国 (生产部主管) signed the quantities of visit 1 of a demo case."
    return WitnessDialog(c.main, str(visit.uuid), visit.revision, heading,
                         actor=DEMO_FIELD, clock=c.main.clock, signature=given)  # fmt: skip


def open_case_with_an_8d() -> int:
    """An open demo case with an 8D, one with a finished site visit first (a closed case's
    tabs are read-only: they offer no buttons to measure)."""
    from qa_desktop.core.models import Complaint, EightD, Visit

    cases = (
        Complaint.select(Complaint.id)
        .join(EightD, on=EightD.complaint == Complaint.id)
        .where(Complaint.status != "closed")
        .order_by(Complaint.id)
    )
    visited = {
        v.complaint_id for v in Visit.select(Visit.complaint).where(Visit.state == "finished")
    }
    ids = [case.id for case in cases]
    return next((i for i in ids if i in visited), ids[0])


def visit_in(state: str):
    """A demo visit in `state` (the demo has visits in every state)."""
    from qa_desktop.core.models import Visit

    return Visit.select().where(Visit.state == state).order_by(Visit.id).first()


def awaited() -> int:
    """A demo proposal that awaits a signature (the paper-signature dialog reads its route)."""
    from qa_desktop.core.models import Proposal

    return Proposal.select().where(Proposal.state.in_(("submitted", "approved"))).first().id


def site_photo():
    """A 12-megapixel photo as intake prepares it (the viewer shows its 1600 px print copy)."""
    import io

    from PIL import Image

    from qa_desktop.core.media import prepare_bytes

    out = io.BytesIO()
    Image.new("RGB", (4000, 3000), (96, 98, 104)).save(out, "JPEG")
    return prepare_bytes(out.getvalue(), "IMG_0042.JPG")


def history_of(c: Context) -> QWidget:
    from qa_desktop.core.history import complaint_history
    from qa_desktop.gui.history_dialog import HistoryDialog

    complaint = Complaint.get_by_id(c.complaint_id)
    return HistoryDialog(complaint_history(complaint), complaint.case_no, c.main, c.main.user)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def buttons_of(window: QWidget) -> list[QAbstractButton]:
    """What a person must reach to finish: a dialog's buttons (Save, Cancel, OK), on the tab
    shown (another tab's buttons are checked with that tab shown: a WINDOWS line of its own)."""
    return [
        b
        for box in window.findChildren(QDialogButtonBox)
        if not _on_a_tab_not_shown(box, window)
        for b in box.buttons()
    ]


def _on_a_tab_not_shown(widget: QWidget, window: QWidget) -> bool:
    from PySide6.QtWidgets import QTabWidget

    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if index != tabs.currentIndex() and (page is widget or page.isAncestorOf(widget)):
                return True
    return False


def report(window: QWidget, app: QApplication) -> dict:
    window.show()
    settle(app)
    screen = window.screen()
    checked = [(b.text().replace("&", ""), b) for b in buttons_of(window)]
    if isinstance(window, QMainWindow):
        checked.append(("status bar", window.statusBar()))
    widgets = []
    for name, widget in checked:
        on_screen = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        widgets.append(
            {
                "name": name,
                "global": rect(on_screen),
                "visible": widget.isVisible(),
                # Not cut by a scroll area or a too-small parent: all of it is drawn.
                "whole": widget.visibleRegion().boundingRect() == widget.rect(),
            }
        )
    result = {
        "frame": rect(window.frameGeometry()),
        "available": rect(screen.availableGeometry()),
        "screen": screen.name(),
        "widgets": widgets,
    }
    window.hide()
    settle(app)
    return result


def main(lang: str) -> int:
    app = QApplication(sys.argv[:1])
    language.install_font(app)
    language.install(app, lang)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "fit.sqlite"
        db = open_database(db_path)
        load_demo(db, 20, seed=3, anchor=date(2026, 11, 23))  # with the demo accounts
        case = Complaint.select().order_by(Complaint.id.desc()).first()
        main_window = MainWindow(
            db, db_path, UserSettings(Path(folder) / "settings.json"), actor=DEMO_ENGINEER
        )
        context = Context(main_window, case.id)
        out = {}
        for name, build in WINDOWS.items():
            window = build(context)
            out[name] = report(window, app)
            if window is not main_window:
                window.deleteLater()
        db.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "en"))
