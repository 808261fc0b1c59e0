"""What the signed-in user may do with site visits, as the screens ask it before offering an action
(the services refuse anyway: these only hide what would be refused), and how a visit's instants
are shown: in the department's zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from qa_desktop.core import authority
from qa_desktop.core.models import Visit
from qa_desktop.core.services import accounts
from qa_desktop.core.services import matrix as matrices
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import Action, VisitState

OPEN_STATES = (VisitState.PLANNED, VisitState.IN_PROGRESS)


def roles(actor: Actor) -> frozenset[str]:
    return accounts.roles_of_user(actor.user_id)


def may(actor: Actor, *actions: Action) -> bool:
    held, rules = roles(actor), matrices.matrix()
    return any(authority.may(rules, held, action) for action in actions)


def may_plan(actor: Actor) -> bool:
    """Planning, rescheduling and cancelling visits: whoever may edit complaints."""
    return may(actor, Action.EDIT)


def may_fill(actor: Actor, visit: Visit) -> bool:
    """The assignee fills the record, or someone who may edit complaints (visit_record.py)."""
    # Who fills a visit's record, as the services decide (loaded with a visit, not at start-up).
    from qa_desktop.core.services.visits import FILLS_VISITS

    if actor.user_id == visit.assignee:
        return may(actor, *FILLS_VISITS)
    return may(actor, Action.EDIT)


def is_open(visit: Visit) -> bool:
    return VisitState(visit.state) in OPEN_STATES


def shown(moment: datetime, zone: ZoneInfo) -> str:
    """An aware instant as the visit screens show it, in the department's zone."""
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"
