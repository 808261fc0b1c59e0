"""Instants are stored in UTC (naive datetimes in the database) with the zone they were entered in.

"Now" is injectable: services take a `Clock` so tests and the response clocks of ROADMAP step 4
can set the time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def zone_name(moment: datetime) -> str:
    """A storable name for the zone of an aware datetime: IANA key where known, else the offset."""
    zone = moment.tzinfo
    key = getattr(zone, "key", None)
    if key:
        return str(key)
    offset = moment.utcoffset()
    return "UTC" if offset is None else offset_text(offset)


def offset_text(offset: timedelta | None) -> str:
    """UTC+08:00, UTC-03:30, UTC+00:00."""
    minutes = int((offset or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_label(zone: tzinfo, moment: datetime | None = None) -> str:
    """How a screen or document names a zone: its IANA name, else its offset (at `moment`)."""
    key = getattr(zone, "key", None)
    return str(key) if key else offset_text(zone.utcoffset(moment))


_OFFSET_NAME = re.compile(r"UTC([+-])(\d{2}):(\d{2})")


def zone_from_name(name: str, default: tzinfo | None = UTC) -> tzinfo | None:
    """The zone a `zone_name()` result stands for, or `default` when this PC does not know it
    (None: `astimezone(None)` then shows the instant in this PC's zone)."""
    match = _OFFSET_NAME.fullmatch(name)
    if match:
        sign, hours, minutes = match.groups()
        offset = timedelta(hours=int(hours), minutes=int(minutes))
        return timezone(-offset if sign == "-" else offset)
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return default


def to_storage(moment: datetime) -> datetime:
    """Aware datetime -> naive UTC for the database."""
    if moment.tzinfo is None:
        raise ValueError("an instant must carry its time zone")
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_storage(stored: datetime) -> datetime:
    return stored.replace(tzinfo=UTC)


def local_zone_name() -> str:
    """The IANA name of this PC's zone (Windows zone names mapped by tzlocal), or "UTC"."""
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name()
    except Exception:  # an unreadable or odd system setting: UTC rather than no start at all
        return "UTC"
    return name if name and zone_from_name(name, default=None) is not None else "UTC"
