"""The register's figures that are counted when asked rather than stored: days open, days
since shipment and the close date of a closed case (SQL, so that they sort and filter in
SQLite), and where a case's response clocks stand at a moment (overdue, met late, due today).

Days are the department's calendar days: received on Monday at 23:00 and closed on Tuesday at
01:00 is one day open, as a register kept by hand counts it. SQLite knows no time zones, so a
stored UTC instant is moved by the department zone's offset at the moment the query is run
(`offset_modifier`); in a zone with summer time, a case received within an hour of midnight in
the other season may count one day more or less. The mills this serves keep China's time.

Column SQL holds two tokens, NOW and OFFSET, which `bind()` replaces with literals of our own
making (an instant and a number of minutes, never typed text) when a query is built.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from qa_desktop.core.clock import to_storage
from qa_desktop.core.register_vocab import Status

NOW = "{now}"
OFFSET = "{offset}"

# A reopened case keeps the time of its last closure, but it is not closed: no close date.
CLOSED_AT = f"CASE WHEN c.status = '{Status.CLOSED.value}' THEN c.closed_at END"


def local_day(instant_sql: str) -> str:
    """SQL for the number of the department's calendar day an instant (UTC) falls on.

    A Julian day starts at noon, so the day's number is julianday + 0.5, truncated. SQLite
    counts time in whole milliseconds, and a double holds a Julian day to about 40 µs: the
    truncation is exact at midnight and a millisecond before it."""
    return f"CAST(julianday({instant_sql}, {OFFSET}) + 0.5 AS INTEGER)"


# Received to closed, or to now while open (in the department's days). Ship dates are plain
# days: their number is julianday + 0.5 with no offset; a missing ship date gives NULL.
DAYS_OPEN = f"({local_day(f'coalesce({CLOSED_AT}, {NOW})')} - {local_day('c.received_at')})"
DAYS_SINCE_SHIPMENT = (
    f"({local_day('c.received_at')} - CAST(julianday(c.ship_date) + 0.5 AS INTEGER))"
)


def offset_modifier(zone: tzinfo, moment: datetime) -> str:
    """The zone's offset from UTC at `moment` as a SQLite date modifier ('+480 minutes')."""
    offset = moment.astimezone(zone).utcoffset() or timedelta()
    return f"{int(offset.total_seconds() // 60):+d} minutes"


def bind(sql: str, now: datetime, zone: tzinfo) -> str:
    """Column SQL with its NOW and OFFSET tokens replaced by literals for this moment and zone."""
    if NOW not in sql and OFFSET not in sql:
        return sql
    instant = to_storage(now).isoformat(" ")  # as stored: "2026-03-10 01:00:00[.ffffff]"
    return sql.replace(NOW, f"'{instant}'").replace(OFFSET, f"'{offset_modifier(zone, now)}'")


def day_bounds(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """The department's day that `now` falls on: its first instant and the next day's."""
    day = now.astimezone(zone).date()
    # combine() with a ZoneInfo applies that day's own offset (daylight saving).
    start = datetime.combine(day, time(), zone)
    return start, datetime.combine(day + timedelta(days=1), time(), zone)


# Where a case's response clocks stand (due_state); "" when none is late or due today.
OVERDUE = "overdue"  # a clock not met is past its due time now
MET_LATE = "met_late"  # some clock was met after its due time
DUE_TODAY = "due_today"  # the next clock falls due on the department's today


def due_state(due_at: datetime | None, late_clocks: int, now: datetime, zone: tzinfo) -> str:
    """The strongest of OVERDUE, MET_LATE, DUE_TODAY for a case. The register's filter "late"
    holds the cases that are OVERDUE or MET_LATE; "due today" those whose next clock falls due
    on today, earlier today (and so overdue) included (`register.clauses`)."""
    if due_at is not None and due_at < now:
        return OVERDUE
    if late_clocks:
        return MET_LATE
    if due_at is not None:
        start, end = day_bounds(now, zone)
        if start <= due_at < end:
            return DUE_TODAY
    return ""
