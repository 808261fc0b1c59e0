"""The time zones a department can choose, each with its offset from UTC at a given moment.

Names are IANA's (Asia/Shanghai), never fixed offsets: an offset ignores summer time, so a
department in Europe/Istanbul or America/Mexico_City would be an hour off half the year. The
offset beside each name is today's (from the caller's clock), to help find one's own zone.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from qa_desktop.core.clock import offset_text

# IANA's regions; the rest of the database is old aliases (PRC, US/Pacific, Etc/GMT-8) that
# would only double the list.
REGIONS = (
    "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe",
    "Indian", "Pacific",
)  # fmt: skip


@dataclass(frozen=True)
class ZoneChoice:
    key: str  # Asia/Shanghai
    label: str  # Asia/Shanghai (UTC+08:00)


@cache
def zone_keys() -> tuple[str, ...]:
    """Every region zone this PC knows (tzdata on Windows), and UTC, sorted by name."""
    keys = {key for key in zoneinfo.available_timezones() if key.split("/", 1)[0] in REGIONS}
    return tuple(sorted(keys | {"UTC"}))


def zone_label(key: str, now: datetime) -> str:
    """Asia/Shanghai (UTC+08:00): the name with its offset at `now`; the name alone if unknown."""
    try:
        zone = zoneinfo.ZoneInfo(key)
    except (KeyError, ValueError):
        return key
    return f"{key} ({offset_text(now.astimezone(zone).utcoffset())})"


def zone_choices(now: datetime, current: str = "") -> list[ZoneChoice]:
    """The zones to choose from, labelled with their offset at `now`; the `current` setting is
    among them even if it is an alias outside the regions (a file from an older version)."""
    keys = list(zone_keys())
    if current and current not in keys:
        keys.insert(0, current)
    return [ZoneChoice(key, zone_label(key, now)) for key in keys]
