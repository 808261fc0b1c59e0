"""A closed case does not change: it is reopened first (plan A or B, transitions.py; the right
to reopen is the matrix's, a QA manager's as seeded).

What a closed case holds — the complaint and its attachments, the judgement, containment, the
8D, the actions and their evidence, the clocks set by hand, the replies, the handling proposals
and their signatures — is refused a change with one sentence (services/closed_cases.py is where
every write path asks). The domain still records two things after closure (DOMAIN.md step 12,
seed 000 §4.7), and the workflow moves the case itself: those services do not ask."""

from __future__ import annotations

from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.workflow.states import FINAL

CONTEXT = "Workflow"
CLOSED_CASE = QT_TRANSLATE_NOOP(
    "Workflow", "{case} is closed: reopen it before changing anything in it."
)


def is_closed(status: str) -> bool:
    """Whether a case in `status` is closed (its life ended until it is reopened)."""
    return status in FINAL


def closed_refusal(case_no: str, status: str, lang: str | None = None) -> UserError | None:
    """The refusal of a change to the case `case_no` in `status`, or None while it is open."""
    if not is_closed(status):
        return None
    return translated(CONTEXT, CLOSED_CASE, lang, case=case_no)


def check_open(case_no: str, status: str, lang: str | None = None) -> None:
    """Refuse, in one sentence, a change to a closed case."""
    refusal = closed_refusal(case_no, status, lang)
    if refusal is not None:
        raise refusal
