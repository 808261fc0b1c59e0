"""What the site-visit screen tests share: the example complaint with a visit planned for the
field user, a fixed "now", and the visit window opened as a person would open it.

A test module makes its fixtures from `make_case()` and `make_visit()` (as a fixture imported
would shadow the test's parameter of that name).
"""

from __future__ import annotations

from datetime import timedelta

from conftest import ENGINEER, add_test_accounts, example_draft, set_department_zone
from pytestqt.qtbot import QtBot
from visit_scenarios import FIELD, NOW, clock

from qa_desktop.core.models import Visit
from qa_desktop.core.services import visits
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting

SALES = Actor("zhao", "赵经理")
COIL = "S24A0817-05"  # one of the example complaint's coils


def make_case():
    """The example complaint, with the field user and the department's coil forms and zone."""
    add_test_accounts((FIELD, "field_staff"), (SALES, "sales"))
    change_setting("coil_number_forms", "S##@####-##", Actor("qa.li"))
    set_department_zone("Asia/Shanghai")
    return register_complaint(example_draft(), ENGINEER)


def plan(days: float = 2, assignee: str = "zhou") -> visits.VisitPlan:
    return visits.VisitPlan(
        assignee=assignee,
        appointment=NOW + timedelta(days=days),
        site="佛山市顺德区 3 号车间",
        contact_name="刘工",
        contact_phone="0757-1234567",
    )


def make_visit(case) -> Visit:
    """A visit of `case` planned two days ahead for the field user."""
    return visits.plan_visit(case.case_no, plan(), ENGINEER, clock).visit


def fresh(visit: Visit) -> Visit:
    return Visit.get_by_id(visit.id)


def open_window(qtbot: QtBot, visit: Visit, actor: Actor = FIELD, **options):
    from qa_desktop.gui.visit_window import VisitWindow

    window = VisitWindow(None, str(visit.uuid), actor=actor, clock=clock, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
