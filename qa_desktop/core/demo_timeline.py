"""When each demo case took its steps: ONE schedule per case, from which its closing date
(demo.py, on the complaint's row), its history (demo_case_life.py), the clocks met by hand and
the follow-up's dates are all read, so that what a case says and what its history says agree.

A case keeps the usual hours after its receipt, stretched on a slow one (every sixth); a case
closes some days into its follow-up. Where the demo's `now` comes before the schedule ends (a
young case, one closed "now"), the whole schedule is squeezed by one factor, so the steps keep
their order and each record stays inside its step. Pure: no database, no generator."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta

from qa_desktop.core.vocab import Status

# The way each status was reached, and how far into the case's time each step came.
VALID_PATH = (
    Status.REGISTERED, Status.CONTAINMENT, Status.INVESTIGATION, Status.HANDLING,
    Status.REPLIED, Status.FOLLOW_UP, Status.CLOSED,
)  # fmt: skip
INVALID_PATH = (Status.REGISTERED, Status.INVALID, Status.ANSWERED, Status.CLOSED)
# The state each state entered is left for (from "registered" either path goes on).
FOLLOWING = {a: b for p in (VALID_PATH, INVALID_PATH) for a, b in itertools.pairwise(p[1:])}
# Hours after receipt each step is taken, on a case handled on time (a slow one takes longer).
STEP_HOURS = {
    Status.CONTAINMENT: 3, Status.INVESTIGATION: 20, Status.HANDLING: 40, Status.REPLIED: 46,
    Status.FOLLOW_UP: 24 * 7, Status.CLOSED: 24 * 12, Status.INVALID: 6, Status.ANSWERED: 30,
}  # fmt: skip
# The clocks met by hand, some hours after receipt: all before the step into investigation.
MET_AFTER_HOURS = {
    "first_response": 2, "inspection_records": 5, "visit_answer_export": 6,
    "visit_answer_domestic": 6, "interim_report": 7,
}  # fmt: skip
SLOW = 2.5  # how much longer everything takes on a slow case
FOLLOW_UP_DAYS = 5  # the shortest follow-up before closing; index % 20 days more
CHECKED_AFTER = timedelta(days=2)  # effectiveness checked two days into the follow-up
ASKED_BEFORE = timedelta(days=2)  # the customer's word asked two days before closing
RETURNED_AFTER = timedelta(days=10)  # goods returned after closure
MICROSECOND = timedelta(microseconds=1)  # what the file stores an instant to


def pace(index: int) -> float:
    """How much longer than usual case `index` took: every sixth was handled slowly."""
    return SLOW if index % 6 == 0 else 1.0


def closing_hours(index: int, path_end: Status = Status.FOLLOW_UP) -> float:
    """Hours after receipt a case closes on its schedule: some days into its follow-up (12 to
    31 days on a case handled on time, as before slow cases had a pace of their own)."""
    if path_end is not Status.FOLLOW_UP:  # closed from "answered": the usual closing hours
        return STEP_HOURS[Status.CLOSED] * pace(index)
    return STEP_HOURS[Status.FOLLOW_UP] * pace(index) + 24 * (FOLLOW_UP_DAYS + index % 20)


def closing(index: int, received: datetime, now: datetime) -> datetime:
    """When a closed valid case closed: on its schedule, or now if that is later than now."""
    return min(received + timedelta(hours=closing_hours(index)), now)


@dataclass(frozen=True)
class Schedule:
    """One case's schedule: `scale` hours of the real case per nominal hour (its pace, times
    the squeeze that fits it before now or its closing)."""

    received: datetime
    scale: float

    def at(self, hours: float) -> datetime:
        return self.received + timedelta(hours=hours * self.scale)


def schedule(
    index: int, received: datetime, path: list[Status], closed: datetime | None, now: datetime
) -> tuple[Schedule, list[datetime]]:
    """The case's schedule and when it took each step of `path` (the states it entered, in
    order): strictly after receipt and after each other, none after now, the step into
    "closed" at `closed` itself (the complaint's closed_at, the same stored instant)."""
    nominal = pace(index)
    if path and path[-1] is Status.CLOSED and closed is not None:
        hours = closing_hours(index, path[-2])
        on_time = closed >= received + timedelta(hours=hours)  # exactly 1: no float's rounding
        squeeze = 1.0 if on_time else _hours(closed - received) / hours
    elif path and STEP_HOURS[path[-1]] * nominal >= _hours(now - received):
        # still in its last state: squeezed so that the step after it would come now
        after = _next_hours(index, path)
        squeeze = _hours(now - received) / after
    else:
        squeeze = 1.0
    plan = Schedule(received, nominal * squeeze)
    times, last = [], received
    for state in path:
        at = closed if state is Status.CLOSED and closed is not None else plan.at(STEP_HOURS[state])
        last = max(at, last + MICROSECOND)  # apart even on a case received an instant ago
        times.append(last)
    return plan, times


def _next_hours(index: int, path: list[Status]) -> float:
    """The nominal hours (pace included) of the step that would follow the last of `path`."""
    last = path[-1]
    if last is Status.FOLLOW_UP:
        return closing_hours(index)
    return STEP_HOURS[FOLLOWING[last]] * pace(index)


def _hours(span: timedelta) -> float:
    return span.total_seconds() / 3600


def follow_up_instants(entered: datetime, end: datetime) -> tuple[datetime, datetime]:
    """When the effectiveness was checked and the customer's word asked, in a follow-up from
    `entered` to `end` (its closing, or now): two days in and two days before the end where the
    follow-up is long enough, else at two fifths and three fifths of it."""
    span = end - entered
    checked = entered + min(CHECKED_AFTER, span * 0.4)
    asked = max(end - ASKED_BEFORE, entered + span * 0.6)
    return checked, asked


def returned(closed: datetime, now: datetime) -> datetime | None:
    """When goods came back after a case closed `closed`: ten days later, or halfway to now;
    None for a case closed now (nothing came back yet)."""
    if closed >= now:
        return None
    return min(closed + RETURNED_AFTER, closed + (now - closed) / 2)
