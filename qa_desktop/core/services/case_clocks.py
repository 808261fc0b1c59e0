"""Each complaint's response clocks (时效): started when it is registered, met by the step that
answers them or by hand, paused while the department waits for the customer.

A clock's due time is stored (with the pauses so far) and the complaint keeps the earliest due
time of its clocks not yet met (`next_due_at`) and how many were met late (`late_clocks`), so the
register sorts and filters on them like any column. What a window shows is computed afresh from
the rule, the calendar and the pauses (`clocks_of`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, from_storage, to_storage, utc_now
from qa_desktop.core.clocks.calendar import WorkingCalendar
from qa_desktop.core.clocks.rules import ClockRule, ClockState, Pause, due, state_of
from qa_desktop.core.errors import FieldError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import CaseClock, ClockPause, Complaint
from qa_desktop.core.services import clock_rules
from qa_desktop.core.services.closed_cases import refuse_closed
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.text import written
from qa_desktop.core.validation import MAX_TEXT
from qa_desktop.core.vocab import Action, Status, Validity

CONTEXT = "Clocks"
NO_SUCH_CLOCK = QT_TRANSLATE_NOOP("Clocks", "{case} has no response clock {name}.")
ALREADY_MET = QT_TRANSLATE_NOOP("Clocks", "The clock {name} of {case} was met already, at {at}.")
ALREADY_STARTED = QT_TRANSLATE_NOOP("Clocks", "The clock {name} of {case} is running already.")
NOT_ON_DEMAND = QT_TRANSLATE_NOOP(
    "Clocks", "The clock {name} starts by itself when a complaint is registered."
)
MET_IN_FUTURE = QT_TRANSLATE_NOOP("Clocks", "A clock cannot be met later than now.")
MET_BEFORE_START = QT_TRANSLATE_NOOP("Clocks", "A clock cannot be met before it started, at {at}.")
NOTE_NEEDED = QT_TRANSLATE_NOOP("Clocks", "Write what was done to meet the clock {name}.")
PAUSED_ALREADY = QT_TRANSLATE_NOOP("Clocks", "{case} is already waiting for the customer.")
NOT_PAUSED = QT_TRANSLATE_NOOP("Clocks", "{case} is not waiting for the customer.")
PAUSE_REASON = QT_TRANSLATE_NOOP("Clocks", "Write what the department is waiting for.")
# A note or a reason as long as the workflow's reasons may be (the complaint's longest field).
TOO_LONG = QT_TRANSLATE_NOOP("Clocks", "Shorten this text to at most {limit} characters.")
NOT_NEEDED_INVALID = QT_TRANSLATE_NOOP("Clocks", "Not needed: the complaint was judged invalid.")
# The fields of what "Mark met" submits, for a refusal said beside them (gui/field_errors.py).
MET_AT_FIELD, NOTE_FIELD = "met_at", "note"


@dataclass(frozen=True)
class ClockView:
    """One clock of a case as a window shows it."""

    rule: ClockRule
    started_at: datetime
    state: ClockState
    met_by: str
    note: str
    paused_now: bool

    @property
    def met(self) -> bool:
        return self.state.met_at is not None


# ----- starting ------------------------------------------------------------------------------


def start_clocks(complaint: Complaint, now: datetime | None = None) -> None:
    """Start the clocks a new complaint gets (inside the registering transaction); its summary
    is counted at `now` (default the present)."""
    started = from_storage(complaint.received_at)
    calendar = clock_rules.department_calendar()
    for item in clock_rules.clock_rules():
        if item.starts == "received" and item.applies(complaint.market):
            _create(complaint, item, started, calendar)
    refresh_summary(complaint, now)


def follow_received(complaint: Complaint) -> None:
    """The received time was corrected: the clocks that start with it and are still running
    start again from the corrected time (one met already keeps when it was met)."""
    started = from_storage(complaint.received_at)
    calendar, rules = clock_rules.department_calendar(), _rules()
    for row in _rows(complaint):
        item = rules.get(row.rule_code)
        if row.met_at is None and item is not None and item.starts == "received":
            CaseClock.update(
                started_at=to_storage(started), due_at=to_storage(due(item, started, calendar))
            ).where(CaseClock.id == row.id).execute()
    refresh_summary(complaint)


def follow_market(unit: Unit, complaint: Complaint, before: str) -> None:
    """The market was changed from `before` (inside the editing transaction): a clock whose rule
    no longer applies goes if it was not met yet, a clock whose rule now applies starts from
    when the case was received (as start_missing starts them). A met clock stays as it was met.
    On a case judged invalid a clock started so is not needed, and says so (waive_for_invalid)."""
    calendar, removed, started = clock_rules.department_calendar(), [], []
    rules, have = _rules(), set()
    for row in _rows(complaint):
        item = rules.get(row.rule_code)
        if row.met_at is not None or item is None or item.applies(complaint.market):
            have.add(row.rule_code)
            continue
        removed.append({"clock": row.rule_code, "started_at": row.started_at,
                        "due_at": row.due_at})  # fmt: skip
        row.delete_instance()
    received = from_storage(complaint.received_at)
    closed = complaint.status == Status.CLOSED  # nothing is owed on it any more
    for item in clock_rules.clock_rules():
        wanted = item.starts == "received" and item.applies(complaint.market)
        if wanted and not closed and item.code not in have:
            _create(complaint, item, received, calendar)
            started.append(item.code)
    if removed or started:
        unit.audit("clocks_market", complaint, {"market": [before, complaint.market],
                                                "removed": removed, "started": started})  # fmt: skip
    if started and complaint.validity == Validity.INVALID:
        waive_for_invalid(unit, complaint, unit.clock())  # it refreshes the summary
    else:
        refresh_summary(complaint, unit.clock())


def start_on_demand(complaint_id: int, code: str, actor: Actor, clock: Clock = utc_now) -> None:
    """Start a clock a case needs only sometimes (a complex case's five working days)."""
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = Complaint.get_by_id(complaint_id)
        refuse_closed(complaint)
        item = _rule(complaint, code)
        if item.starts != "on_demand":
            raise translated(CONTEXT, NOT_ON_DEMAND, name=item.name())
        if _stored(complaint, code) is not None:
            raise translated(CONTEXT, ALREADY_STARTED, name=item.name(), case=complaint.case_no)
        _create(complaint, item, clock(), clock_rules.department_calendar())
        unit.audit("clock_started", complaint, {"clock": code})
        refresh_summary(complaint, clock())


def _create(complaint: Complaint, item: ClockRule, started: datetime, calendar) -> None:
    CaseClock.create(
        complaint=complaint,
        rule_code=item.code,
        started_at=to_storage(started),
        due_at=to_storage(due(item, started, calendar)),
    )


def start_missing(now: datetime | None = None) -> int:
    """Clocks for open complaints that have none (a file upgraded from before clocks existed):
    started when the complaint was received, as a new one's would be. Returns how many cases."""
    now = now or utc_now()
    started = 0
    without = Complaint.select().where(
        (Complaint.status != Status.CLOSED)
        & ~Complaint.id.in_(CaseClock.select(CaseClock.complaint))
    )
    for complaint in without:
        start_clocks(complaint, now)
        started += 1
    return started


# ----- meeting -------------------------------------------------------------------------------


def meet(
    complaint_id: int,
    code: str,
    note: str,
    actor: Actor,
    met_at: datetime | None = None,
    clock: Clock = utc_now,
) -> None:
    """Say a clock was met, when (default now; an aware instant, neither before the clock
    started nor later than now) and by what; the person is the actor. A refusal names the
    field it concerns (`MET_AT_FIELD`, `NOTE_FIELD`), in one sentence."""
    now = clock()
    met_at = met_at or now
    note = written(note)  # cleaned as every stored text is (core/text.py), then measured
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = Complaint.get_by_id(complaint_id)
        refuse_closed(complaint)
        item = _rule(complaint, code)
        row = _running(complaint, item)
        if not note:
            raise _refused(NOTE_FIELD, NOTE_NEEDED, name=item.name())
        if len(note) > MAX_TEXT:
            raise _refused(NOTE_FIELD, TOO_LONG, limit=MAX_TEXT)
        if met_at.astimezone(UTC) > now.astimezone(UTC):
            raise _refused(MET_AT_FIELD, MET_IN_FUTURE)
        started = from_storage(row.started_at)
        if met_at.astimezone(UTC) < started.astimezone(UTC):
            raise _refused(MET_AT_FIELD, MET_BEFORE_START, at=_shown(started))
        _mark_met(row, item, _pauses(complaint), met_at, actor.user_id, note)
        unit.audit("clock_met", complaint, {"clock": code, "at": met_at, "note": note})
        refresh_summary(complaint, now)


def meet_event(unit: Unit, complaint: Complaint, event: str, at: datetime) -> list[str]:
    """Meet the running clocks the department's rules say `event` meets (inside the caller's
    transaction, audited there). Returns the codes met."""
    met, rows, pauses = [], _by_code(complaint), _pauses(complaint)
    for item in _rules().values():
        row = rows.get(item.code)
        if item.met_on != event or row is None or row.met_at is not None:
            continue
        _mark_met(row, item, pauses, at, unit.actor.user_id, "")
        met.append(item.code)
    if met:
        unit.audit("clock_met", complaint, {"clocks": met, "event": event, "at": at})
    refresh_summary(complaint, at)
    return met


def restart_for_round(unit: Unit, complaint: Complaint, at: datetime) -> list[str]:
    """A case sent back for a new round (reopened, or a follow-up not satisfied) owes the customer
    a new report: the clocks a report meets run again from `at`. What the round before met stays
    in the audit trail (the entry written here names it)."""
    calendar, restarted, before = clock_rules.department_calendar(), [], {}
    rows = _by_code(complaint)
    for item in _rules().values():
        row = rows.get(item.code)
        if row is None or row.met_at is None or item.met_on != "report_sent":
            continue
        before[item.code] = {"met_at": row.met_at, "met_by": row.met_by, "met_late": row.met_late}
        CaseClock.update(
            started_at=to_storage(at), due_at=to_storage(due(item, at, calendar)), met_at=None,
            met_by="", met_note="", met_late=False,
        ).where(CaseClock.id == row.id).execute()  # fmt: skip
        restarted.append(item.code)
    if restarted:
        unit.audit("clocks_restarted", complaint, {"clocks": restarted, "round_before": before})
    refresh_summary(complaint, at)
    return restarted


def waive_for_invalid(unit: Unit, complaint: Complaint, at: datetime) -> None:
    """An invalid complaint needs no containment or visit: its clocks other than the answer's are
    closed, saying why (late if they were late already: nothing is made to look on time)."""
    rows, pauses = _by_code(complaint), _pauses(complaint)
    for item in _rules().values():
        row = rows.get(item.code)
        if row is None or row.met_at is not None or item.met_on == "report_sent":
            continue
        _mark_met(row, item, pauses, at, unit.actor.user_id, NOT_NEEDED_INVALID)
    refresh_summary(complaint, at)


def _mark_met(
    row: CaseClock, item: ClockRule, pauses: list[Pause], at: datetime, by: str, note: str
) -> None:
    state = _state(item, row, pauses, at, met_at=at)
    CaseClock.update(
        met_at=to_storage(at),
        met_by=by,
        met_note=note,
        met_late=state.late,
        due_at=to_storage(state.due_at),
    ).where(CaseClock.id == row.id).execute()


# ----- waiting for the customer ----------------------------------------------------------------


def pause(complaint_id: int, reason: str, actor: Actor, clock: Clock = utc_now) -> None:
    """Wait for the customer, saying for what (cleaned, at most `MAX_TEXT` characters)."""
    reason = written(reason)
    if not reason:
        raise translated(CONTEXT, PAUSE_REASON)
    if len(reason) > MAX_TEXT:
        raise translated(CONTEXT, TOO_LONG, limit=MAX_TEXT)
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = Complaint.get_by_id(complaint_id)
        refuse_closed(complaint)
        if _open_pause(complaint) is not None:
            raise translated(CONTEXT, PAUSED_ALREADY, case=complaint.case_no)
        ClockPause.create(
            complaint=complaint,
            started_at=to_storage(clock()),
            reason=reason,
            by=actor.user_id,
        )
        unit.audit("clocks_paused", complaint, {"reason": reason})


def resume(complaint_id: int, actor: Actor, clock: Clock = utc_now) -> None:
    with write(actor, clock, needs=Action.EDIT) as unit:
        complaint = Complaint.get_by_id(complaint_id)
        refuse_closed(complaint)
        row = _open_pause(complaint)
        if row is None:
            raise translated(CONTEXT, NOT_PAUSED, case=complaint.case_no)
        ClockPause.update(ended_at=to_storage(clock())).where(ClockPause.id == row.id).execute()
        unit.audit("clocks_resumed", complaint, {})
        refresh_summary(complaint, clock())


def is_paused(complaint_id: int) -> bool:
    return _open_pause(Complaint.get_by_id(complaint_id)) is not None


def _open_pause(complaint: Complaint) -> ClockPause | None:
    return (
        ClockPause.select()
        .where((ClockPause.complaint == complaint) & ClockPause.ended_at.is_null())
        .first()
    )


def _pauses(complaint: Complaint) -> list[Pause]:
    rows = ClockPause.select().where(ClockPause.complaint == complaint).order_by(ClockPause.id)
    return [
        Pause(from_storage(r.started_at), from_storage(r.ended_at) if r.ended_at else None)
        for r in rows
    ]


# ----- reading -------------------------------------------------------------------------------


def clocks_of(complaint_id: int, now: datetime | None = None) -> list[ClockView]:
    """The case's clocks in the department's order, each where it stands at `now`."""
    now = now or utc_now()
    complaint = Complaint.get_by_id(complaint_id)
    pauses = _pauses(complaint)
    paused_now = any(p.end is None for p in pauses)
    rules = _rules()  # in the department's order
    order = {code: n for n, code in enumerate(rules)}
    rows = sorted(_rows(complaint), key=lambda r: order.get(r.rule_code, len(order)))
    calendar = clock_rules.department_calendar()
    views = []
    for row in rows:
        item = rules.get(row.rule_code)
        if item is None:
            continue
        met_at = from_storage(row.met_at) if row.met_at else None
        state = _state(item, row, pauses, now, met_at, calendar)
        views.append(
            ClockView(
                item, from_storage(row.started_at), state, row.met_by, row.met_note, paused_now
            )
        )
    return views


def not_started(complaint_id: int) -> list[ClockRule]:
    """The on-demand rules the case could start."""
    complaint = Complaint.get_by_id(complaint_id)
    have = {row.rule_code for row in _rows(complaint)}
    return [
        item
        for item in clock_rules.clock_rules()
        if item.starts == "on_demand" and item.applies(complaint.market) and item.code not in have
    ]


def refresh_summary(complaint: Complaint, now: datetime | None = None) -> None:
    """Store the complaint's earliest running due time and its count of clocks met late; a
    closed complaint has nothing due. The due times of running clocks take the pauses so far."""
    now = now or utc_now()
    pauses, rules = _pauses(complaint), _rules()
    calendar = clock_rules.department_calendar() if pauses else None
    next_due, late = None, 0
    for row in _rows(complaint):
        if row.met_at is not None:
            late += bool(row.met_late)
            continue
        item = rules.get(row.rule_code)
        if item is None:
            continue
        if item.pausable and calendar is not None:
            moved = to_storage(_state(item, row, pauses, now, None, calendar).due_at)
            if moved != row.due_at:
                CaseClock.update(due_at=moved).where(CaseClock.id == row.id).execute()
                row.due_at = moved
        if next_due is None or row.due_at < next_due:
            next_due = row.due_at
    if complaint.status == Status.CLOSED:
        next_due = None
    Complaint.update(next_due_at=next_due, late_clocks=late).where(
        Complaint.id == complaint.id
    ).execute()
    complaint.next_due_at, complaint.late_clocks = next_due, late


# ----- helpers -------------------------------------------------------------------------------


def _rows(complaint: Complaint) -> list[CaseClock]:
    return list(CaseClock.select().where(CaseClock.complaint == complaint))


def _by_code(complaint: Complaint) -> dict[str, CaseClock]:
    return {row.rule_code: row for row in _rows(complaint)}


def _stored(complaint: Complaint, code: str) -> CaseClock | None:
    return CaseClock.get_or_none((CaseClock.complaint == complaint) & (CaseClock.rule_code == code))


def _rule(complaint: Complaint, code: str) -> ClockRule:
    item = clock_rules.rule(code)
    if item is None:
        raise translated(CONTEXT, NO_SUCH_CLOCK, case=complaint.case_no, name=code)
    return item


def _running(complaint: Complaint, item: ClockRule) -> CaseClock:
    row = _stored(complaint, item.code)
    if row is None:
        raise translated(CONTEXT, NO_SUCH_CLOCK, case=complaint.case_no, name=item.name())
    if row.met_at is not None:
        at = _shown(from_storage(row.met_at))
        raise translated(CONTEXT, ALREADY_MET, name=item.name(), case=complaint.case_no, at=at)
    return row


def _rules() -> dict[str, ClockRule]:
    """Every rule a clock may run by (the retired ones too), by code, in the department's order."""
    return {item.code: item for item in clock_rules.clock_rules(active_only=False)}


def _state(
    item: ClockRule,
    row: CaseClock,
    pauses: list[Pause],
    now: datetime,
    met_at: datetime | None,
    calendar: WorkingCalendar | None = None,
) -> ClockState:
    calendar = calendar or clock_rules.department_calendar()
    return state_of(item, from_storage(row.started_at), met_at, pauses, now, calendar)


def _refused(field: str, message: str, **values: object) -> ValidationError:
    return ValidationError([FieldError(field, str(translated(CONTEXT, message, **values)))])


def _shown(moment: datetime) -> str:
    return f"{moment.astimezone(settings.department_zone()):%Y-%m-%d %H:%M}"
