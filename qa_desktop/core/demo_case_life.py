"""The demo's cases as lived (issue 12): the workflow steps each took to reach its status, with
reasons, its response clocks — met on time, met late, still running, overdue — and what it sent
the customer (demo_replies.py), so a new user sees the due and late columns, the case window's
history and its clocks in use.

On the bulk path like the cases themselves (raw `executemany` in the demo's transaction): a
100,000-case demo gets its clocks in seconds. Deterministic from the case's index."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from peewee import Database

from qa_desktop.core import demo_timeline as timeline
from qa_desktop.core.clocks.calendar import WorkingCalendar
from qa_desktop.core.clocks.rules import ClockRule, due
from qa_desktop.core.demo_bulk_records import BulkRecords
from qa_desktop.core.demo_replies import INSERT_REPLIES, reply_rows
from qa_desktop.core.demo_timeline import INVALID_PATH, MET_AFTER_HOURS, VALID_PATH
from qa_desktop.core.models import Complaint, StatusChange
from qa_desktop.core.services import clock_rules
from qa_desktop.core.vocab import Status

REASONS = {
    Status.CONTAINMENT: "划伤属实，已冻结厂内同批库存",
    Status.INVESTIGATION: "临时对策已落实",
    Status.HANDLING: "根本原因已确认",
    Status.REPLIED: "8D报告已发客户",
    Status.FOLLOW_UP: "",
    Status.CLOSED: "措施验证有效，客户满意",
    Status.INVALID: "客户加工参数不当，非原材料问题",
    Status.ANSWERED: "已向客户委婉说明",
}
# The clocks a step meets (those met by hand: demo_timeline.MET_AFTER_HOURS).
MET_BY_STEP = {"temporary_measures": Status.INVESTIGATION, "final_report": Status.REPLIED}


@dataclass(frozen=True)
class _Case:
    id: int
    status: str
    received: datetime  # naive UTC, as stored
    market: str
    closed: datetime | None
    contact: str


def load_demo_case_life(db: Database, now: datetime, author: str, seed: int) -> None:
    """Steps and clocks for every demo case in the file (`now` naive UTC, the demo's), and the
    containment and actions its steps speak of (demo_bulk_records.py)."""
    rules = clock_rules.clock_rules()
    calendar = clock_rules.department_calendar()
    cases = [
        _Case(row[0], row[1], _naive(row[2]), row[3], _naive(row[4]) if row[4] else None, row[5])
        for row in db.execute_sql(
            "SELECT id, status, received_at, market, closed_at, contact_name FROM complaint"
            " ORDER BY id"
        )
    ]
    days = _WorkingDays(calendar)
    changes, clocks, summaries, replies = [], [], [], []
    follow_up_entered: dict[int, datetime] = {}  # case id: when it entered its follow-up
    records = BulkRecords(db, now, author, seed)
    for case in cases:
        path = _pairs(case.status)
        plan, reached = timeline.schedule(
            case.id, case.received, [Status(after) for _, after in path], case.closed, now
        )
        for (before, after), at in zip(path, reached, strict=True):
            changes.append((case.id, before, after, REASONS.get(after, ""), at, author))
        when = {after: at for (_, after), at in zip(path, reached, strict=True)}
        records.add(case.id, case.received, case.closed, when)
        if Status.FOLLOW_UP in when:
            follow_up_entered[case.id] = when[Status.FOLLOW_UP]
        next_due, met_late, interim = None, 0, None
        for rule in rules:
            if rule.starts != "received" or not rule.applies(case.market):
                continue
            due_at = days.due(rule, case.received)
            met = _met_at(rule, plan, when)
            if met is not None and met > now:
                met = None
            clocks.append(_clock_row(case, rule, due_at, met, author))
            if rule.met_on == "interim_sent":
                interim = met  # the interim report sent met it
            if met is not None:
                met_late += met > due_at
            elif case.status != Status.CLOSED and (next_due is None or due_at < next_due):
                next_due = due_at
        summaries.append((next_due, met_late, case.id))
        replies += reply_rows(case.id, case.market, case.contact, when, interim, author)
    cursor = db.cursor()
    cursor.executemany(
        "INSERT INTO status_change (complaint_id, from_status, to_status, reason, at, by)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        changes,
    )
    cursor.executemany(
        "INSERT INTO case_clock (complaint_id, rule_code, started_at, due_at, met_at, met_by,"
        " met_note, met_late) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        clocks,
    )
    cursor.executemany(
        "UPDATE complaint SET next_due_at = ?, late_clocks = ? WHERE id = ?", summaries
    )
    cursor.executemany(INSERT_REPLIES, replies)
    records.write(db)
    follow_ups, returns = _follow_ups(cases, follow_up_entered, records.day, now, author)
    cursor.executemany(
        "INSERT INTO follow_up (complaint_id, round, criterion, check_date, effective,"
        " effect_note, asked_on, satisfaction, comments, no_feedback_reason, updated_at,"
        " updated_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        follow_ups,
    )
    cursor.executemany(
        "INSERT INTO case_return (complaint_id, returned_on, quantity, unit, note, recorded_at,"
        " recorded_by) VALUES (?, ?, ?, 't', ?, ?, ?)",
        returns,
    )


@contextmanager
def before_closure(case: Complaint) -> Iterator[None]:
    """A story the demo tells through the services on a case it has closed happened before the
    closing, as it would have: a closed case changes only once reopened (core/workflow/
    closed.py). For the story's length the case stands where it was before its closing step,
    then it is closed again with nothing due (raw, as the demo set its status)."""
    stored = Complaint.select(Complaint.status).where(Complaint.id == case.id).scalar()
    if stored != Status.CLOSED:
        yield
        return
    closing = (
        StatusChange.select(StatusChange.from_status)
        .where((StatusChange.complaint == case.id) & (StatusChange.to_status == Status.CLOSED))
        .order_by(StatusChange.at.desc(), StatusChange.id.desc())
        .first()
    )
    before = closing.from_status if closing is not None else Status.FOLLOW_UP.value
    Complaint.update(status=before).where(Complaint.id == case.id).execute()
    try:
        yield
    finally:
        Complaint.update(status=Status.CLOSED.value, next_due_at=None).where(
            Complaint.id == case.id
        ).execute()


def _follow_ups(
    cases: list[_Case],
    entered: dict[int, datetime],
    day: Callable[[datetime], date],
    now: datetime,
    author: str,
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Closed cases were followed up (mostly satisfied; a few customers never answered); half
    the cases in follow-up have their effectiveness checked and await the customer's word; one
    closed case in forty had goods returned after closure. Dated on the department's days of
    the follow-up step (demo_timeline.follow_up_instants), a return after the closing."""
    follow_ups, returns = [], []
    for case in cases:
        closing = case.status == Status.CLOSED
        if not closing and case.status != Status.FOLLOW_UP:
            continue
        if not closing and case.id % 2:
            continue
        end = case.closed if closing and case.closed is not None else now
        checked, asked = timeline.follow_up_instants(entered[case.id], end)
        criterion = "连续三批同规格产品无同类不良"
        if closing and case.id % 9 == 0:
            answer = (None, None, "", "客户两次电话未答复，按结案处理")
        elif closing:
            answer = (day(asked), 3 + case.id % 3, "处理及时，满意", "")
        else:
            answer = (None, None, "", "")
        follow_ups.append((
            case.id, criterion, day(checked), True, "已连续跟踪三批，无划伤", *answer, now, author,
        ))  # fmt: skip
        back = timeline.returned(case.closed, now) if closing and case.closed else None
        if case.id % 40 == 7 and back is not None:
            returns.append(
                (case.id, day(back), 2.5, "客户退回剩余不良卷，已入库隔离", back, author)
            )
    return follow_ups, returns


def _pairs(status: str) -> list[tuple[str, str]]:
    path = INVALID_PATH if status in (Status.INVALID, Status.ANSWERED) else VALID_PATH
    reached = path[: path.index(Status(status)) + 1]
    return [(a.value, b.value) for a, b in itertools.pairwise(reached)]


def _met_at(rule: ClockRule, plan: timeline.Schedule, when: dict[str, datetime]) -> datetime | None:
    """When the case met `rule`: at the step that meets it, or by hand on the case's schedule
    (on an invalid one no later than its judgement: what it needed was done by then)."""
    judged = when.get(Status.INVALID)
    if judged is not None and rule.code == "final_report":
        return when.get(Status.ANSWERED)  # the answer to an invalid complaint is its report
    if judged is not None and rule.code not in MET_AFTER_HOURS:
        return judged  # not needed: closed when it was judged invalid
    if rule.code in MET_AFTER_HOURS:
        met = plan.at(MET_AFTER_HOURS[rule.code])
        return min(met, judged) if judged is not None else met
    step = MET_BY_STEP.get(rule.code)
    return when.get(step) if step is not None else None


def _clock_row(
    case: _Case, rule: ClockRule, due_at: datetime, met: datetime | None, author: str
) -> tuple[object, ...]:
    note = ""
    if met is not None and rule.met_on == "":
        note = (
            "已电话联系客户，说明初步原因及临时对策" if rule.code == "first_response" else "已核查"
        )
    return (
        case.id, rule.code, case.received, due_at, met, author if met else "", note,
        bool(met and met > due_at),
    )  # fmt: skip


class _WorkingDays:
    """Due times by rule and received day: a working-days clock's due time depends only on the
    day a case came in, so 100,000 cases need a few hundred calendar walks, not 100,000."""

    def __init__(self, calendar: WorkingCalendar) -> None:
        self.calendar = calendar
        self.cache: dict[tuple[str, date], datetime] = {}

    def due(self, rule: ClockRule, received: datetime) -> datetime:
        if rule.unit == "hours":  # round the clock: plain arithmetic on the stored UTC instant
            return received + timedelta(hours=float(rule.amount))
        aware = received.replace(tzinfo=UTC)
        if rule.unit != "working_days":
            return _naive(due(rule, aware, self.calendar))
        key = (rule.code, aware.astimezone(self.calendar.zone).date())
        if key not in self.cache:
            self.cache[key] = _naive(due(rule, aware, self.calendar))
        return self.cache[key]


def _naive(value: object) -> datetime:
    """A stored instant (text or datetime, naive or aware) as naive UTC."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
