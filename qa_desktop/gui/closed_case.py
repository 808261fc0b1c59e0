"""A closed case is shown read only, as for someone whose roles may not edit complaints: the
services refuse any change to it until it is reopened (core/workflow/closed.py), and the screens
only hide what would be refused. `closed_line` is the line a tab or the complaint form shows
meanwhile: the services' own sentence, naming the case and saying to reopen it first;
`read_only_line` is what a tab adds to its status line when the actor may change nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import Complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import Action
from qa_desktop.core.workflow.closed import closed_refusal, is_closed
from qa_desktop.gui.visit_rights import may


def _complaint(case: Complaint | int) -> Complaint | None:
    if isinstance(case, Complaint):
        return case
    return Complaint.get_or_none(Complaint.id == case)


def closed_line(case: Complaint | int) -> str:
    """The line that says the case is closed and must be reopened to change it; "" while open."""
    complaint = _complaint(case)
    if complaint is None:
        return ""
    refusal = closed_refusal(complaint.case_no, complaint.status, current_language())
    return str(refusal) if refusal is not None else ""


def may_change(actor: Actor, case: Complaint | int) -> bool:
    """Whether the actor may change the case now: it is open and their roles may edit it."""
    complaint = _complaint(case)
    return complaint is not None and not is_closed(complaint.status) and may(actor, Action.EDIT)


def read_only_line(closed: str, editable: bool) -> str:
    """Why the tab is read only: the closed case's line, or the roles; "" when it is editable."""
    if closed:
        return closed
    if editable:
        return ""
    return QCoreApplication.translate(
        "ClosedCase", "Read only: your roles may not edit complaints."
    )
