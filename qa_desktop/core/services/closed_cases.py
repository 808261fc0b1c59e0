"""The one place a write path asks whether the case it changes is closed (core/workflow/closed.py
holds the rule and its sentence).

Called inside the write transaction, before anything is written, so the refusal leaves the
file as it was; the status is read again there, under the write lock, so a case another window
closed a moment ago is refused too, whatever the caller loaded before.

Asked by every change to what a case holds: the complaint and its attachments
(complaints.update_complaint, attachments), the judgement and "no handling needed" (workflow),
containment, the 8D (save, plan, complete, reopen a step), the actions and their evidence, the
clocks by hand (met, started, paused, resumed), the replies (an 8D revision, an answer, an
interim report), the handling proposals (draft, revise, submit) and their signatures.

Not asked, because the domain records them after closure or the workflow itself moves the case:
- workflow.move: the table decides what may leave `closed` (reopening, plan A or B, with its
  right and reason) and what it does on the way (closed_at, the clocks of a new round);
- follow_up.record_return: returns handled after closure (seed 000 §4.7), only then;
- follow_up.save: this round's follow-up stays open after closure (follow_up.REPLIED_STATES):
  the customer's satisfaction often comes after the file is closed, and the figures count it;
  an unsatisfied answer says to reopen (plan A or B) rather than reopening by itself;
- scans.attach_scan: a signed sheet that comes back by post is filed with its case (it records
  what was signed, it decides nothing);
- site visits and their packs: a laptop's return pack is taken whole or not at all.

A change that asks for the password (completing an 8D step, signing a proposal, recording a
paper signature) also asks `refuse_closed_first` before the password is checked: a closed case
is refused without a wrong password being counted against the account (nor a right one opening
the key for nothing); the write asks again under its lock.
"""

from __future__ import annotations

from qa_desktop.core.models import Complaint, database_proxy
from qa_desktop.core.workflow.closed import check_open


def refuse_closed(complaint: Complaint | int, lang: str | None = None) -> None:
    """Refuse, in one sentence naming the case, a change to a closed case (inside `write`)."""
    assert database_proxy.in_transaction(), "asked inside the write, under its lock"
    _check(complaint, lang)


def refuse_closed_first(complaint: Complaint | int, lang: str | None = None) -> None:
    """The same refusal asked before a password is checked, outside the write (see above)."""
    _check(complaint, lang)


def _check(complaint: Complaint | int, lang: str | None) -> None:
    key = complaint.id if isinstance(complaint, Complaint) else complaint
    row = Complaint.select(Complaint.case_no, Complaint.status).where(Complaint.id == key).first()
    if row is not None:  # one removed meanwhile: the caller's own look-up says so
        check_open(row.case_no, row.status, lang)
