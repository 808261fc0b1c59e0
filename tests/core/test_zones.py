"""The time zones offered on the settings screen, each with its offset at the caller's moment."""

from __future__ import annotations

from datetime import UTC, datetime

from qa_desktop.core.zones import zone_choices, zone_keys, zone_label

WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)


def test_each_zone_shows_its_offset_at_the_given_moment():
    assert zone_label("Asia/Shanghai", WINTER) == "Asia/Shanghai (UTC+08:00)"
    assert zone_label("Europe/Berlin", WINTER) == "Europe/Berlin (UTC+01:00)"
    assert zone_label("Europe/Berlin", SUMMER) == "Europe/Berlin (UTC+02:00)", "summer time"
    assert zone_label("America/St_Johns", WINTER) == "America/St_Johns (UTC-03:30)"
    assert zone_label("UTC", WINTER) == "UTC (UTC+00:00)"
    assert zone_label("Mars/Olympus", WINTER) == "Mars/Olympus"


def test_the_list_holds_region_zones_sorted_not_old_aliases():
    keys = zone_keys()
    assert "Asia/Shanghai" in keys and "Asia/Kolkata" in keys and "UTC" in keys
    assert not {"PRC", "US/Pacific", "Etc/GMT-8", "localtime"} & set(keys)
    assert list(keys) == sorted(keys)


def test_a_current_alias_is_offered_so_it_stays_selected():
    choices = zone_choices(WINTER, current="PRC")
    assert choices[0].key == "PRC" and choices[0].label == "PRC (UTC+08:00)"
    assert [c.key for c in zone_choices(WINTER, "Asia/Shanghai")].count("Asia/Shanghai") == 1
