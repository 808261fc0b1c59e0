"""Screenshots of the real windows, in English and Chinese, on the target laptop, for review.

    .venv/bin/python build/screenshots.py OUT_DIR

Runs offscreen on a fresh 300-complaint demo database, on a 1366 × 768 laptop screen less its
taskbar (1366 × 728) at 100 % and 125 % scaling: each scaling in its own process, because Qt
fixes the screen when the application starts. Files are named <window>_<lang>_<scale>.png, in
physical pixels, as the person sees them. Look at every PNG it writes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

SCALES = ("100", "125")
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
ANCHOR = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # the demo's anchor: the same pictures every run
DEMO_ADMIN = ("admin", "李敏")  # the demo's administrator (core/demo_accounts.py)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        screens = Path(folder) / "screens.json"
        screens.write_text(json.dumps({"screens": [LAPTOP]}))
        for scale in SCALES:
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
                "QT_SCALE_FACTOR": str(int(scale) / 100),
                "QA_DESKTOP_DATA_DIR": str(Path(folder) / "data"),
            }
            subprocess.run(
                [sys.executable, __file__, "--one", scale, str(out)], env=env, check=True
            )
    print(f"screenshots in {out}")
    return 0


def one_scale(scale: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from qa_desktop.core.db import open_database
    from qa_desktop.core.demo import load_demo
    from qa_desktop.core.services.department import change_setting
    from qa_desktop.gui import language

    app = QApplication(sys.argv[:1])
    language.install_font(app)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.sqlite"
        db = open_database(db_path)
        load_demo(db, 300, seed=1, anchor=ANCHOR)
        change_setting("time_zone", "Asia/Shanghai", admin())  # the mill's, as the demo's were
        for lang in ("en", "zh_CN"):
            language.install(app, lang)
            shoot(
                app,
                db,
                db_path,
                Path(folder),
                lambda name, lang=lang: out / f"{name}_{lang}_{scale}.png",
            )
        db.close()


def shoot(app, db, db_path: Path, folder: Path, path) -> None:
    from qa_desktop.core.drafts import CoilDraft
    from qa_desktop.core.models import Attachment, Complaint
    from qa_desktop.core.services.customers import find_customer
    from qa_desktop.core.settings import UserSettings
    from qa_desktop.gui.main_window import MainWindow

    settings_file = UserSettings(folder / "settings.json")
    window = MainWindow(db, db_path, settings_file, actor=admin(), clock=lambda: NOW)
    window.show()
    settle(app)
    window.grab().save(str(path("main")))

    # A recent case with a photo, from a customer who complained before.
    case = (
        Complaint.select()
        .join(Attachment)
        .where(Attachment.filename.endswith(".jpg"))
        .order_by(Complaint.received_at.desc())
        .first()
    )
    dialog = window.complaint_dialog(case.id)
    dialog.show()
    settle(app, 20)  # the repeat flag's look-up
    dialog.grab().save(str(path("form_edit")))
    bar = dialog.ui.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(app)
    dialog.grab().save(str(path("form_edit_bottom")))
    dialog.hide()
    dialog.deleteLater()

    empty = window.complaint_dialog()
    empty.show()
    empty.set_draft(wrong_everywhere(CoilDraft))
    empty.save()
    settle(app)
    empty.grab().save(str(path("form_errors")))
    empty.setResult(0)
    empty.hide()
    empty.deleteLater()

    settings = window.department_dialog()
    settings.show()
    settle(app)
    settings.grab().save(str(path("settings_defects")))
    settings.ui.tabs.setCurrentIndex(1)
    settings.ui.coil_number_forms.setPlainText("S##@####-##\nLOT/####/##")
    settings.ui.coil_test.setText("S24A0817-03")
    settle(app)
    settings.grab().save(str(path("settings_rules")))
    settings.ui.coil_number_forms.setPlainText("(A+)+$")
    settle(app)
    settings.grab().save(str(path("settings_rules_error")))
    settings.hide()
    settings.deleteLater()

    customers = window.customers_dialog()
    customers.show()
    customers.select_customer(find_customer("佛山某不锈钢制品厂").id)
    settle(app)
    customers.grab().save(str(path("customers")))
    customers.ui.filter.setText("fs")
    customers.ui.contact_email.setText("not an address")
    customers.save()
    settle(app)
    customers.grab().save(str(path("customers_filter_errors")))
    customers.hide()
    customers.deleteLater()

    shoot_accounts(app, window, admin(), path)
    shoot_sign_in(app, path)
    shoot_matrix(app, path)
    shoot_clocks(app, window, path, folder)
    shoot_proposals(app, window, path)
    shoot_visits(app, window, path)
    shoot_cases(app, window, path)
    shoot_containment(app, path)
    shoot_actions(app, path)
    shoot_eightd(app, path)

    about = window.about_box()
    about.show()
    settle(app)
    about.grab().save(str(path("about")))
    about.hide()
    window.hide()
    window.deleteLater()
    settle(app)


def shoot_accounts(app, window, admin, path) -> None:
    """The users dialog (one account locked, one deactivated), adding a user, and the window
    locked."""
    from qa_desktop.core.models import UserAccount
    from qa_desktop.gui.account_action import AccountActionDialog, Change

    UserAccount.update(locked=True, failed_attempts=5).where(
        UserAccount.user_id == "zhou"
    ).execute()
    UserAccount.update(active=False).where(UserAccount.user_id == "zhao").execute()
    users = window.users_dialog()
    users.show()
    users.select_user("zhou")
    settle(app)
    users.grab().save(str(path("users")))
    add = AccountActionDialog(Change.ADD, users, admin=admin)
    add.show()
    add.ui.user_id.setText("sun.qa")
    add.ui.display_name.setText("孙工")
    add.ui.new_password.setText("Coil-scratch-77")
    add.ui.repeat_password.setText("Coil-scratch-78")
    add.ui.buttons.accepted.emit()
    settle(app)
    add.grab().save(str(path("users_add_errors")))
    add.hide()
    add.deleteLater()
    users.hide()
    users.deleteLater()
    UserAccount.update(locked=False, failed_attempts=0, active=True).execute()
    form = window.complaint_dialog()  # a form left open is covered too
    form.show()
    settle(app)
    window.idle_lock.lock_now()
    settle(app)
    window.grab().save(str(path("locked")))
    form.grab().save(str(path("locked_form")))
    window.idle_lock.dialog.grab().save(str(path("unlock")))
    window.idle_lock.dialog.hide()
    form.setResult(0)
    form.hide()
    form.deleteLater()


def shoot_sign_in(app, path) -> None:
    """The sign-in with a refusal under the password, and the first administrator's form."""
    from qa_desktop.gui.sign_in import Mode, SignInDialog

    sign_in = SignInDialog(Mode.SIGN_IN, user_id="chen")
    sign_in.show()
    sign_in.ui.password.setText("not the password")
    sign_in.ui.buttons.accepted.emit()
    settle(app)
    sign_in.grab().save(str(path("sign_in_refused")))
    sign_in.deleteLater()
    first = SignInDialog(Mode.FIRST_ADMIN)
    first.show()
    settle(app)
    first.grab().save(str(path("first_admin")))
    first.deleteLater()


def shoot_matrix(app, path) -> None:
    """The authority matrix as the demo's administrator sees it, then a refused change."""
    from PySide6.QtCore import Qt

    from qa_desktop.core.vocab import Action
    from qa_desktop.gui.matrix_dialog import ACTION_COLUMNS, MatrixDialog

    dialog = MatrixDialog(actor=admin(), clock=lambda: NOW)
    dialog.show()
    settle(app)
    dialog.grab().save(str(path("matrix")))
    table = dialog.ui.actions
    column = ACTION_COLUMNS[Action.FINAL_SIGNOFF]
    for row in range(table.rowCount()):
        table.item(row, column).setCheckState(Qt.CheckState.Unchecked)
    dialog.ui.reason.setText("no final sign-off")
    dialog.save()
    settle(app)
    dialog.grab().save(str(path("matrix_refused")))
    dialog.ui.tabs.setCurrentIndex(1)
    settle(app)
    dialog.grab().save(str(path("matrix_kinds")))
    dialog.setResult(0)
    dialog.hide()
    dialog.deleteLater()


def shoot_clocks(app, window, path, folder: Path) -> None:
    """The response clocks as the seeds give them, then an amount refused beside its cell; the
    working calendar on October 2026 (National Day, the make-up Saturday), then a hostile
    calendar file refused and a year the chinese-calendar package does not know yet."""
    from PySide6.QtCore import QDate

    from qa_desktop.core.clocks.calendar_json import calendar_to_json
    from qa_desktop.core.services import clock_rules
    from qa_desktop.gui.clock_rules_table import AMOUNT

    dialog = window.clocks_dialog()
    dialog.show()
    settle(app)
    dialog.grab().save(str(path("clocks_rules")))
    table = dialog.ui.rules
    table.item(2, AMOUNT).setText("48 h")
    table.setCurrentCell(5, 0)
    dialog.ui.retire_rule.click()
    dialog.save()
    settle(app)
    dialog.grab().save(str(path("clocks_rules_refused")))
    dialog.reload()
    dialog.ui.tabs.setCurrentIndex(1)
    dialog.ui.day.setDate(QDate(2026, 10, 12))
    dialog.ui.month_view.setCurrentPage(2026, 10)
    settle(app)
    dialog.grab().save(str(path("clocks_calendar")))
    hostile = folder / "calendar.json"
    shown = json.loads(calendar_to_json(clock_rules.department_calendar()))
    hostile.write_text(json.dumps(shown | {"holidays": ["2026-10-32"]}), "utf-8")
    dialog.calendar.import_file(hostile)
    dialog.ui.china_year.setValue(dialog.ui.china_year.value() + 1)
    dialog.calendar.add_china_year()
    settle(app)
    dialog.grab().save(str(path("clocks_calendar_refused")))
    dialog.setResult(0)
    dialog.hide()
    dialog.deleteLater()


def shoot_proposals(app, window, path) -> None:
    """A complaint's proposals: one binding, one rejected then revised (both rounds shown), and
    a closed case's, read only with the closed sentence at the top."""
    from qa_desktop.core.models import Complaint, Proposal, Signature
    from qa_desktop.core.services.context import Actor
    from qa_desktop.core.services.proposals import REVISED
    from qa_desktop.gui.proposals_dialog import ProposalsDialog

    binding = Proposal.select().where(Proposal.state == "binding").order_by(Proposal.id).first()
    voided = Signature.select().where(Signature.void_reason == REVISED).first()
    revised = Proposal.get(Proposal.uuid == voided.record_uuid)
    closed = Complaint.select().where(Complaint.status == "closed").order_by(Complaint.id).first()
    shown = [("proposals_binding", binding.complaint_id, binding.id)]
    shown += [("proposals_revised", revised.complaint_id, revised.id)]
    for name, complaint_id, proposal_id in [*shown, ("proposals_closed", closed.id, None)]:
        dialog = ProposalsDialog(window, complaint_id, actor=Actor("wang", "王工"))
        if proposal_id is not None:
            dialog.select_proposal(proposal_id)
        dialog.show()
        settle(app)
        dialog.grab().save(str(path(name)))
        dialog.hide()
        dialog.deleteLater()


def shoot_visits(app, window, path) -> None:
    """Site visits: a visit in progress (checklist, photos) as its field user sees it, a
    finished one with the customer's confirmation, My visits, the plan dialog with the short
    notice, the customer's pad, the pack export and the conflict the demo's pack left."""
    from qa_desktop.core.models import Visit, VisitPhoto
    from qa_desktop.core.services.context import Actor
    from qa_desktop.gui.conflicts_dialog import ConflictsDialog
    from qa_desktop.gui.pack_export_dialog import PackExportDialog
    from qa_desktop.gui.signature_dialog import SignatureDialog
    from qa_desktop.gui.visit_confirm import take_on_screen
    from qa_desktop.gui.visit_window import VisitWindow

    field, engineer = Actor("zhou", "周工"), Actor("wang", "王工")
    with_photos = VisitPhoto.select(VisitPhoto.visit)
    busy = (
        Visit.select()
        .where((Visit.state == "in_progress") & Visit.id.in_(with_photos))
        .order_by(Visit.id)
        .first()
    )
    done = Visit.select().where(Visit.state == "finished").order_by(Visit.id).first()
    for name, visit in (("visit_in_progress", busy), ("visit_finished", done)):
        dialog = VisitWindow(
            window, str(visit.uuid), actor=field, clock=lambda: NOW, confirm_hook=take_on_screen
        )
        dialog.show()
        settle(app, 10)
        dialog.grab().save(str(path(name)))
        bar = dialog.ui.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        settle(app)
        dialog.grab().save(str(path(name + "_bottom")))
        dialog.autosave.stop()
        dialog.hide()
        dialog.deleteLater()
    for name, make in (
        ("my_visits", lambda: window.visits.visits_window()),
        ("plan_visit", lambda: window.visits.plan_dialog(busy.complaint.case_no)),
        ("customer_signature", lambda: SignatureDialog(window)),
        ("pack_export", lambda: PackExportDialog(engineer, window, case_no=busy.complaint.case_no)),
        ("pack_conflicts", lambda: ConflictsDialog(engineer, window)),
    ):
        dialog = make()
        dialog.show()
        settle(app, 10)
        dialog.grab().save(str(path(name)))
        dialog.hide()
        dialog.deleteLater()


def shoot_cases(app, window, path) -> None:
    """The case window of a case being investigated with a clock late, as its QA engineer sees
    it, the follow-up tab of a case in follow-up, and three tabs of a closed case."""
    from qa_desktop.core.models import Complaint
    from qa_desktop.core.services.context import Actor
    from qa_desktop.gui.actions_panel import ActionsPanel
    from qa_desktop.gui.case_window import CaseWindow
    from qa_desktop.gui.containment_panel import ContainmentPanel
    from qa_desktop.gui.follow_up_panel import FollowUpPanel

    engineer = Actor("wang", "王工")
    late = (
        Complaint.select()
        .where((Complaint.status == "investigation") & Complaint.next_due_at.is_null(False))
        .order_by(Complaint.next_due_at)
        .first()
    )
    following = Complaint.select().where(Complaint.status == "follow_up").first()
    closed = Complaint.select().where(Complaint.status == "closed").order_by(Complaint.id).first()
    shots = [("case_window", late, None), ("case_follow_up", following, FollowUpPanel)]
    # A closed case: every tab read-only, saying it must be reopened first.
    shots += [("case_closed", closed, None), ("case_closed_containment", closed, ContainmentPanel)]
    shots += [("case_closed_actions", closed, ActionsPanel)]
    for name, case, kind in shots:
        dialog = CaseWindow(window, case.id, actor=engineer, clock=lambda: NOW)
        tabs = dialog.ui.tabs
        if kind is not None:  # by the panel, not its place: tabs come and go
            tabs.setCurrentIndex(
                next(i for i in range(tabs.count()) if isinstance(tabs.widget(i), kind))
            )
        dialog.show()
        settle(app, 10)
        dialog.grab().save(str(path(name)))
        if name == "case_window":  # Mark met… on its late clock, Save pressed with no note
            clocks = dialog.overview.clocks
            late_clock = next(v for v in clocks._views if not v.met)
            met = clocks.meet(late_clock)
            assert met is not None
            met.accept()
            settle(app, 10)
            met.grab().save(str(path("clock_met_refused")))
            met.reject()
        dialog.hide()
        dialog.deleteLater()


def shoot_containment(app, path) -> None:
    """Containment at the size of the case window's tab: the case taken from its site visit and
    then counted again at the customer (the line differing from the visit said under the
    table), and the same lines with two refused figures marked on their cells."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QTableWidgetItem

    from qa_desktop.core.containment_visits import differences
    from qa_desktop.core.models import ContainmentLine
    from qa_desktop.core.services import containment
    from qa_desktop.core.services.context import Actor
    from qa_desktop.gui.containment_panel import ContainmentPanel
    from qa_desktop.gui.screen_fit import fit_to_screen

    linked = ContainmentLine.select(ContainmentLine.complaint).where(
        ContainmentLine.visit_coil.is_null(False)
    )
    cases = sorted({row.complaint_id for row in linked})
    shown = next(
        (c for c in cases if differences(*_lines_and_figures(containment.containment_of(c)))),
        cases[0],
    )
    panel = ContainmentPanel(actor=Actor("wang", "王工"), clock=lambda: NOW)
    panel.show_case(shown)
    fit_to_screen(panel, QSize(1300, 560))
    panel.show()
    settle(app, 10)
    panel.grab().save(str(path("containment")))
    table = panel.ui.lines
    table.setItem(0, table.column_of("defective"), QTableWidgetItem("500"))
    table.setItem(2, table.column_of("held"), QTableWidgetItem("1e308"))
    panel.save()
    settle(app)
    panel.grab().save(str(path("containment_errors")))
    panel.hide()
    panel.deleteLater()


def shoot_eightd(app, path) -> None:
    """The 8D tab at the size of the case window's tab, on the demo's 8Ds (core/demo_eightd.py):
    D2 with what flows in and the customer's report with revisions A and B of the case issued
    twice, and D4 scrolled to the fishbone of the case whose completed D4 was changed (reopened)."""
    from peewee import fn
    from PySide6.QtCore import QSize

    from qa_desktop.core.models import CustomerReply, EightD
    from qa_desktop.core.services import eightd
    from qa_desktop.gui.eightd_panel import EightDPanel
    from qa_desktop.gui.eightd_step_list import REPORTS
    from qa_desktop.gui.screen_fit import fit_to_screen

    twice = (
        CustomerReply.select(CustomerReply.complaint)
        .where(CustomerReply.kind == "8d")
        .group_by(CustomerReply.complaint)
        .order_by(fn.COUNT(CustomerReply.id).desc(), CustomerReply.complaint)
        .scalar()
    )
    cases = [row.complaint_id for row in EightD.select(EightD.complaint).order_by(EightD.id)]
    reopened = next((c for c in cases if eightd.read_8d(c).step(4).reopened), twice)
    panel = EightDPanel(actor=_engineer(), clock=lambda: NOW)
    fit_to_screen(panel, QSize(1300, 560))
    panel.show()
    for name, case_id, step in (("eightd_d2", twice, 2), ("eightd_d4", reopened, 4),
                                ("eightd_reports", twice, REPORTS)):  # fmt: skip
        panel.show_case(case_id)
        panel.select_step(step)
        settle(app, 10)
        if step == 4:
            bone = panel.form(4).blocks["occurrence_fishbone"]
            panel.ui.scroll_area.verticalScrollBar().setValue(bone.y())
            settle(app, 5)
        panel.grab().save(str(path(name)))
    panel.hide()
    panel.deleteLater()


def _lines_and_figures(case):
    return list(case.lines), list(case.figures)


def shoot_actions(app, path) -> None:
    """The actions (CAPA) panel as a tab of the case window shows it, about 1300 × 560 at 100 %:
    a case under investigation as the QA manager sees it (an overdue containment, a corrective
    action done and awaiting verification), the form refused beside its fields, the QA
    manager pressing Verify on his own action (the service's refusal), and the field user's
    read-only view of his own actions."""
    from PySide6.QtWidgets import QTabWidget

    from qa_desktop.core.action_rules import ActionDraft
    from qa_desktop.core.models import CaseAction, Complaint
    from qa_desktop.core.services.context import Actor
    from qa_desktop.gui.actions_panel import ActionsPanel

    manager, field = Actor("chen", "陈主管"), Actor("zhou", "周工")
    investigated = Complaint.get(Complaint.status == "investigation", Complaint.id.in_(
        CaseAction.select(CaseAction.complaint).where(CaseAction.state == "done")))  # fmt: skip
    own = CaseAction.get((CaseAction.owner == "chen") & (CaseAction.state == "done"))

    def tab(actor, complaint_id: int):
        screen = app.primaryScreen().availableGeometry()
        host = QTabWidget()
        host.resize(min(1300, screen.width() - 66), min(560, screen.height() - 168))
        panel = ActionsPanel(actor=actor, clock=lambda: NOW)
        host.addTab(panel, panel.tr("Actions"))
        panel.show_case(complaint_id)
        host.show()
        return host, panel

    host, panel = tab(manager, investigated.id)
    done = next(i for i, row in enumerate(panel._rows) if row.state.value == "done")
    panel.select_row(done)
    settle(app, 10)
    host.grab().save(str(path("actions")))
    panel.new_action()
    panel.form.load(ActionDraft("preventive", "", "", "", None, expected_effect="120 %"))
    panel.ui.due_date.setDate(panel.ui.due_date.date().addYears(-1))  # before the complaint
    panel.save()
    settle(app, 10)
    host.grab().save(str(path("actions_errors")))
    host.close()
    host.deleteLater()

    host, panel = tab(manager, own.complaint_id)
    panel.select_row(next(i for i, row in enumerate(panel._rows) if row.uuid == str(own.uuid)))
    panel.verify()
    settle(app, 10)
    host.grab().save(str(path("actions_self_verify")))
    host.close()
    host.deleteLater()

    host, panel = tab(field, investigated.id)
    settle(app, 10)
    host.grab().save(str(path("actions_field_staff")))
    host.close()
    host.deleteLater()


def _engineer():
    from qa_desktop.core.services.context import Actor

    return Actor("wang", "王工")


def wrong_everywhere(coil):
    """A draft with a problem in most fields: every sentence shows at once."""
    from qa_desktop.core.drafts import ComplaintDraft

    return ComplaintDraft(
        customer_complaint_no="x" * 501, received_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        ship_date=date(2026, 11, 25), shipped_qty="-5", affected_qty="abc", defect_rate="120",
        category="quality", defect_type_code="other", claim_amount="lots",
        coils=[coil(coil_no="x!", thickness_mm="0", quantity="3"), coil(coil_no="S24A0817-05"),
               coil(coil_no="S24A0817-05", unit="t")],
    )  # fmt: skip


def admin():
    from qa_desktop.core.services.context import Actor

    return Actor(*DEMO_ADMIN)


def settle(app, rounds: int = 5) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--one":
        one_scale(sys.argv[2], Path(sys.argv[3]))
        raise SystemExit(0)
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screenshots")))
