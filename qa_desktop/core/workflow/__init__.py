"""The complaint's workflow as a pure table: states, transitions, and the check a service runs
before it moves a complaint (issue 12). No database, no Qt: the services gather the facts."""

from qa_desktop.core.workflow.check import allowed, check_transition
from qa_desktop.core.workflow.closed import check_open, closed_refusal, is_closed
from qa_desktop.core.workflow.states import FINAL, OPEN, START, Status
from qa_desktop.core.workflow.transitions import (
    NEW_ROUND,
    TRANSITIONS,
    Precondition,
    Transition,
    find,
)

__all__ = [
    "FINAL",
    "NEW_ROUND",
    "OPEN",
    "START",
    "TRANSITIONS",
    "Precondition",
    "Status",
    "Transition",
    "allowed",
    "check_open",
    "check_transition",
    "closed_refusal",
    "find",
    "is_closed",
]
