"""What a window offers and what a service checks before it moves a complaint.

The actor's rights come in as `may(action) -> bool` (the authority matrix evaluated for the
actor's roles) and the case's state as `facts[precondition] -> bool`, so this stays pure: the
services compute both, call `check_transition`, and only then write the new status and audit it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.vocab import Action, Status
from qa_desktop.core.workflow.transitions import CONTEXT, Precondition, Transition, find, from_state

RolesMay = Callable[[Action], bool]

UNKNOWN = QT_TRANSLATE_NOOP("Workflow", "A complaint in “{current}” cannot go to “{target}”.")
NOT_YOUR_RIGHT = QT_TRANSLATE_NOOP(
    "Workflow", "Your roles do not allow going to “{target}”: it needs the right “{right}”."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("Workflow", "Write the reason for going to “{target}”.")


def allowed(state: Status | str, roles_may: RolesMay) -> list[Transition]:
    """The steps from `state` the actor's roles may take, in table order: what a window offers.
    Preconditions are not applied here, so a window can offer a step and say what is missing."""
    return [t for t in from_state(state) if roles_may(t.action)]


def unmet(transition: Transition, facts: Mapping[Precondition, bool]) -> list[Precondition]:
    """The transition's preconditions not known to be true (a fact left out counts as unmet)."""
    return [p for p in transition.preconditions if not facts.get(p, False)]


def check_transition(
    current: Status | str,
    target: Status | str,
    may: RolesMay,
    facts: Mapping[Precondition, bool],
    reason: str,
    lang: str | None = None,
) -> Transition:
    """The table's row for this step, or a UserError with one sentence naming what is missing:
    the step itself, the right, the first unmet precondition, or the reason, in that order."""
    transition = find(current, target)
    if transition is None:
        raise translated(
            CONTEXT, UNKNOWN, lang, current=_label(current, lang), target=_label(target, lang)
        )
    target_label = transition.target.label(lang)
    if not may(transition.action):
        right = transition.action.label(lang)
        raise translated(CONTEXT, NOT_YOUR_RIGHT, lang, target=target_label, right=right)
    missing = unmet(transition, facts)
    if missing:
        raise translated(CONTEXT, missing[0].unmet(), lang, target=target_label)
    if transition.reason_required and not reason.strip():
        raise translated(CONTEXT, REASON_REQUIRED, lang, target=target_label)
    return transition


def _label(state: Status | str, lang: str | None) -> str:
    """A state's translated label; a code the vocabulary lacks is shown as it was given."""
    try:
        return Status(state).label(lang)
    except ValueError:
        return str(state)
