"""The response clocks (时效): the rules a department keeps, and where one case's clock stands.

The seeded rules are the seeds' figures. Seeds 000 say plain hours (4H, 8H, 48H, 8小时, 24小时), so
those run round the clock; seed 002 §5.1.5 says working days (工作日), so those follow the
department's calendar. A department edits amounts, units and what may pause.

A pause (waiting for the customer) moves a pausable clock's due time by the paused time in the
rule's own measure: real time for a round-the-clock rule, working time for a working rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Literal

from qa_desktop.core.clocks.calendar import CONTEXT, WorkingCalendar
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, current_language

Unit = Literal["hours", "working_hours", "working_days"]
Market = Literal["domestic", "export", "any"]
UNITS: tuple[str, ...] = ("hours", "working_hours", "working_days")
MARKETS: tuple[str, ...] = ("domestic", "export", "any")
Start = Literal["received", "on_demand"]
STARTS: tuple[str, ...] = ("received", "on_demand")
# What meets a clock by itself; "" is met by hand (a person says when, with a note).
EVENTS: tuple[str, ...] = ("", "visit_planned", "containment_done", "interim_sent", "report_sent")

BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "Clocks", "The clock {name} needs an amount greater than zero, not {amount}."
)
BAD_DAYS = QT_TRANSLATE_NOOP(
    "Clocks", "The clock {name} counts working days, so its amount must be a whole number."
)
BAD_UNIT = QT_TRANSLATE_NOOP("Clocks", "The clock {name} has the unknown unit {unit}.")
BAD_MARKET = QT_TRANSLATE_NOOP("Clocks", "The clock {name} applies to the unknown market {market}.")
BAD_START = QT_TRANSLATE_NOOP("Clocks", "The clock {name} has the unknown start {start}.")
BAD_EVENT = QT_TRANSLATE_NOOP("Clocks", "The clock {name} is met by the unknown event {event}.")
PAUSE_BACKWARDS = QT_TRANSLATE_NOOP("Clocks", "A pause cannot end before it starts.")


@dataclass(frozen=True)
class ClockRule:
    code: str
    name_en: str
    name_zh: str
    amount: Decimal
    unit: Unit
    applies_to: Market = "any"
    pausable: bool = False
    starts: Start = "received"  # "on_demand": started on a case that needs it (a complex one)
    met_on: str = ""  # an EVENTS code that meets it by itself; "" met by hand

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", Decimal(self.amount))
        if self.starts not in STARTS:
            raise translated(CONTEXT, BAD_START, name=self.name_en, start=self.starts)
        if self.met_on not in EVENTS:
            raise translated(CONTEXT, BAD_EVENT, name=self.name_en, event=self.met_on)
        if self.unit not in UNITS:
            raise translated(CONTEXT, BAD_UNIT, name=self.name_en, unit=self.unit)
        if self.applies_to not in MARKETS:
            raise translated(CONTEXT, BAD_MARKET, name=self.name_en, market=self.applies_to)
        if not self.amount.is_finite() or self.amount <= 0:
            raise translated(CONTEXT, BAD_AMOUNT, name=self.name_en, amount=self.amount)
        if self.unit == "working_days" and self.amount != self.amount.to_integral_value():
            raise translated(CONTEXT, BAD_DAYS, name=self.name_en)

    def name(self, lang: str | None = None) -> str:
        """The rule's name in `lang` (the current language when None); English where the
        department gave no Chinese one."""
        zh = (lang or current_language()).startswith("zh")
        return self.name_zh if zh and self.name_zh else self.name_en

    def applies(self, market: str) -> bool:
        return self.applies_to == "any" or self.applies_to == market


def _rule(
    code: str,
    en: str,
    zh: str,
    amount: int,
    unit: Unit,
    market: Market = "any",
    pause: bool = False,
    met_on: str = "",
    starts: Start = "received",
) -> ClockRule:
    return ClockRule(code, en, zh, Decimal(amount), unit, market, pause, starts, met_on)


# Pausable only where the next step needs something from the customer (samples, access, an
# answer); contact, checking our own records and the visit answer depend on us alone.
SEEDED_RULES: tuple[ClockRule, ...] = (
    _rule(
        "first_response",
        "First contact, preliminary cause and temporary measure",
        "首次联络、初步原因及临时对策",
        4,
        "hours",
    ),
    _rule("interim_report", "Interim report", "中间报告", 8, "hours", met_on="interim_sent"),
    _rule(
        "final_report",
        "Final complaint report",
        "最终客诉报告",
        48,
        "hours",
        pause=True,
        met_on="report_sent",
    ),
    _rule(
        "inspection_records", "Factory inspection records checked", "核查厂内品检记录", 8, "hours"
    ),
    _rule(
        "visit_answer_export",
        "Answer on a site visit (export)",
        "回复是否需现场调查(外销)",
        8,
        "hours",
        "export",
        met_on="visit_planned",
    ),
    _rule(
        "visit_answer_domestic",
        "Answer on a site visit (domestic)",
        "回复是否需现场调查(内销)",
        24,
        "hours",
        "domestic",
        met_on="visit_planned",
    ),
    _rule(
        "temporary_measures",
        "Temporary measures in place",
        "临时对策完成",
        1,
        "working_days",
        met_on="containment_done",
    ),
    _rule(
        "complex_case",
        "Complex case handled (e.g. tooling change)",
        "复杂情况处理完成(如改模)",
        5,
        "working_days",
        pause=True,
        met_on="report_sent",
        starts="on_demand",
    ),
)


def rules_for(market: str, rules: Iterable[ClockRule] = SEEDED_RULES) -> tuple[ClockRule, ...]:
    return tuple(rule for rule in rules if rule.applies(market))


def due(rule: ClockRule, started_at: datetime, calendar: WorkingCalendar) -> datetime:
    """When the clock falls due if nothing pauses it (in the calendar's zone)."""
    if rule.unit == "hours":
        span = timedelta(microseconds=int(rule.amount * 3_600_000_000))
        # Added in UTC: aware arithmetic in one zone adds wall time and would miss a DST switch.
        return (started_at.astimezone(UTC) + span).astimezone(calendar.zone)
    if rule.unit == "working_hours":
        return calendar.add_working_hours(started_at, rule.amount)
    return calendar.add_working_days(started_at, int(rule.amount))


@dataclass(frozen=True)
class Pause:
    start: datetime
    end: datetime | None = None  # still waiting for the customer

    def __post_init__(self) -> None:
        if self.end is not None and self.end.astimezone(UTC) < self.start.astimezone(UTC):
            raise translated(CONTEXT, PAUSE_BACKWARDS)


@dataclass(frozen=True)
class ClockState:
    due_at: datetime
    met_at: datetime | None
    late: bool
    remaining: (
        timedelta  # in the rule's measure, from when it was met (or now) to due; < 0: late by
    )
    paused: timedelta  # how far the pauses moved the due time


def state_of(
    rule: ClockRule,
    started: datetime,
    met: datetime | None,
    pauses: Iterable[Pause],
    now: datetime,
    calendar: WorkingCalendar,
) -> ClockState:
    # In UTC throughout: aware datetimes sharing one zone compare and subtract as wall time.
    started, now = started.astimezone(UTC), now.astimezone(UTC)
    stop = met.astimezone(UTC) if met is not None else now
    due_at, paused = due(rule, started, calendar), timedelta(0)
    if rule.pausable:
        for start, end in _merged(pauses, started, stop):
            # A pause begun once the clock was already late does not undo the lateness.
            if start >= due_at.astimezone(UTC):
                break
            length = _measure(rule, calendar, start, end)
            paused += length
            due_at = _advance(rule, calendar, due_at, length)
    remaining = _measure(rule, calendar, stop, due_at)
    return ClockState(due_at.astimezone(calendar.zone), met, stop > due_at, remaining, paused)


def _merged(pauses: Iterable[Pause], lo: datetime, hi: datetime) -> list[tuple[datetime, datetime]]:
    """The pauses clipped to [lo, hi], overlaps joined, in order: no time is paused twice."""
    spans = sorted(
        (max(p.start.astimezone(UTC), lo), min((p.end or hi).astimezone(UTC), hi)) for p in pauses
    )
    joined: list[tuple[datetime, datetime]] = []
    for start, end in spans:
        if end <= start:
            continue
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _measure(rule: ClockRule, calendar: WorkingCalendar, a: datetime, b: datetime) -> timedelta:
    if rule.unit == "hours":
        return b.astimezone(UTC) - a.astimezone(UTC)
    return calendar.working_time_between(a, b)


def _advance(
    rule: ClockRule, calendar: WorkingCalendar, moment: datetime, span: timedelta
) -> datetime:
    if rule.unit == "hours":
        return (moment.astimezone(UTC) + span).astimezone(calendar.zone)
    return calendar.add_working_time(moment, span)
