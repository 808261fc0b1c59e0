"""Two figures a complaint keeps for the register, so that it sorts and filters on them: the
repeat flag and the approved amount. One set-based SQL statement each, shared by the services
that change what they summarise, the upgrade to schema v5 and the demo's check of its rows.

**Repeat** (DOMAIN.md step 1, "the same customer, product or defect has complained before"):
a complaint is a repeat when the same customer (after merges: complaints move to the customer
kept) had a complaint received strictly earlier with the same product (a product given, as
stored) or the same defect type (a type given; "other" is one type). Any status counts, a
complaint judged invalid too, and there is no time limit. It is what the registration form
lists as the earlier cases (services/complaints.earlier_cases, gui/earlier_cases.py).

A complaint is a repeat exactly when its received time is later than the earliest of its
(customer, product) or (customer, defect type) group, so the whole register is one pass of
window functions rather than a search for earlier cases per complaint (about a second for
100,000, half of it when no flag changes).

**Approved amount**: the sum, in the base currency, of the complaint's proposals that are
approved (awaiting the final sign-off) or binding (final-signed): money someone with the
authority for it approved. Drafts, proposals awaiting approval, rejected and withdrawn ones
promise nothing, and a proposal voided back to draft leaves the sum.
"""

from __future__ import annotations

from collections.abc import Iterable

from peewee import Database

from qa_desktop.core.vocab import ProposalState

APPROVED_STATES = (ProposalState.APPROVED.value, ProposalState.BINDING.value)

_FLAGGED = (
    "SELECT id,"
    " (product <> '' AND received_at > min(received_at) OVER (PARTITION BY customer_id, product))"
    " OR (defect_type_id IS NOT NULL AND received_at >"
    " min(received_at) OVER (PARTITION BY customer_id, defect_type_id)) AS is_repeat"
    " FROM complaint{where}"
)
# Only rows whose flag changes are written: a save rewrites a handful, not the customer's all.
REPEAT_SQL = (
    f'UPDATE complaint SET "repeat" = flagged.is_repeat FROM ({_FLAGGED}) AS flagged'
    ' WHERE flagged.id = complaint.id AND complaint."repeat" IS NOT flagged.is_repeat'
)
_STATES = ", ".join(f"'{state}'" for state in APPROVED_STATES)
_APPROVED_SUM = (
    "coalesce((SELECT sum(p.total_base_minor) FROM proposal p"
    f" WHERE p.complaint_id = complaint.id AND p.state IN ({_STATES})), 0)"
)
APPROVED_SQL = f"UPDATE complaint SET approved_minor = {_APPROVED_SUM}"


def refresh_repeats(db: Database, customer_ids: Iterable[int] | None = None) -> None:
    """Set the repeat flag of every complaint of these customers (all customers: None)."""
    if customer_ids is None:
        db.execute_sql(REPEAT_SQL.format(where=""))
        return
    wanted = sorted(set(customer_ids))
    if wanted:
        where = f" WHERE customer_id IN ({', '.join('?' for _ in wanted)})"
        db.execute_sql(REPEAT_SQL.format(where=where), wanted)


def refresh_approved(db: Database, complaint_ids: Iterable[int] | None = None) -> None:
    """Set the approved amount of these complaints (None: of every complaint with a proposal)."""
    if complaint_ids is None:
        db.execute_sql(f"{APPROVED_SQL} WHERE id IN (SELECT complaint_id FROM proposal)")
        return
    wanted = sorted(set(complaint_ids))
    if wanted:
        marks = ", ".join("?" for _ in wanted)
        db.execute_sql(f"{APPROVED_SQL} WHERE id IN ({marks})", wanted)
