"""The complaint tracking table (客户投诉处理跟踪表) as queries: for the register's cases, each
response clock (due, and met, met late, late or not due yet), the actions open, overdue and in
all, and the latest 8D report revision sent.

A chunk of cases costs four queries whatever its size: the register's fields, then its clocks,
actions and replies, each by complaint id on its table's index. Clock states are counted at one
moment (the query's), as the register counts "late".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from peewee import Database

from qa_desktop.core.clock import to_storage
from qa_desktop.core.clocks.rules import ClockRule
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.vocab import ActionState, ReplyKind

CONTEXT = "TrackingXlsx"
# Where one clock of one case stands; a case without that clock has none (the rule does not
# apply to its market, or it is a clock started on demand and never started).
MET, MET_LATE, LATE, NOT_DUE = "met", "met_late", "late", "not_due"
CLOCK_STATES = {
    MET: QT_TRANSLATE_NOOP("TrackingXlsx", "Met"),
    MET_LATE: QT_TRANSLATE_NOOP("TrackingXlsx", "Met late"),
    LATE: QT_TRANSLATE_NOOP("TrackingXlsx", "Late"),
    NOT_DUE: QT_TRANSLATE_NOOP("TrackingXlsx", "Not due yet"),
}
# An action is open until QA verified it (or it was cancelled); it is overdue while its owner
# has not done it after its due day. Cancelled actions are not counted at all.
OPEN_ACTIONS = (ActionState.OPEN.value, ActionState.DONE.value)


@dataclass(frozen=True)
class CaseClocks:
    """The clocks, actions and latest 8D revision of one case, as the table shows them."""

    clocks: dict[str, tuple[datetime | str | None, str]]  # rule code -> (due as stored, state)
    actions_open: int = 0
    actions_overdue: int = 0
    actions_total: int = 0
    latest_revision: str = ""


def tracked_rules(db: Database, rules: Sequence[ClockRule], active: set[str]) -> list[ClockRule]:
    """The department's rules in its order: those in force, and retired ones whose clocks still
    run on some case (`active`: the codes in force)."""
    running = {row[0] for row in db.execute_sql("SELECT DISTINCT rule_code FROM case_clock")}
    return [rule for rule in rules if rule.code in active or rule.code in running]


def state_of_clock(due_at: str, met_at: str | None, met_late: object, now: str) -> str:
    """A stored clock's state at `now` (all as stored: UTC text, which sorts as time)."""
    if met_at is not None:
        return MET_LATE if met_late else MET
    return LATE if due_at < now else NOT_DUE


def case_clocks(
    db: Database, ids: Sequence[int], now: datetime, zone: tzinfo
) -> dict[int, CaseClocks]:
    """Clocks, actions and latest revision for these cases (three queries); cases with none of
    them are left out."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    stamp = str(to_storage(now))
    clocks: dict[int, dict[str, tuple[datetime | str | None, str]]] = {}
    for complaint_id, code, due_at, met_at, met_late in db.execute_sql(
        "SELECT complaint_id, rule_code, due_at, met_at, met_late FROM case_clock"
        f" WHERE complaint_id IN ({marks})",
        list(ids),
    ):
        state = state_of_clock(str(due_at), met_at, met_late, stamp)
        clocks.setdefault(complaint_id, {})[code] = (due_at, state)
    today = now.astimezone(zone).date().isoformat()  # the department's day: due days are its
    states = ", ".join(f"'{state}'" for state in OPEN_ACTIONS)
    actions = {
        row[0]: row[1:]
        for row in db.execute_sql(
            f"SELECT complaint_id, sum(state IN ({states})),"
            f" sum(state = '{ActionState.OPEN.value}' AND due_date < ?),"
            f" sum(state != '{ActionState.CANCELLED.value}')"
            f" FROM case_action WHERE complaint_id IN ({marks}) GROUP BY complaint_id",
            [today, *ids],
        )
    }
    latest = dict(
        db.execute_sql(
            # The last one sent wins (after Z comes AA: the letters alone do not sort).
            "SELECT complaint_id, revision FROM customer_reply"
            f" WHERE kind = '{ReplyKind.EIGHT_D.value}' AND complaint_id IN ({marks})"
            " ORDER BY complaint_id, sent_at, id",
            list(ids),
        )
    )
    found = set(clocks) | set(actions) | set(latest)
    return {
        i: CaseClocks(clocks.get(i, {}), *actions.get(i, (0, 0, 0)), latest.get(i, ""))
        for i in found
    }
