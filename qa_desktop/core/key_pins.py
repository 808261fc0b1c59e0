"""The department key each database had when this PC first opened it, as SSH remembers hosts.

The file carries its own department key and the certificates it made; someone who replaced
them all consistently would pass every check made inside the file. The fingerprint kept in
the user's settings on this PC is outside the file, so the start-up and `verify` catch that."""

from __future__ import annotations

from qa_desktop import paths
from qa_desktop.core.settings import UserSettings


def _settings() -> UserSettings:
    return UserSettings(paths.user_config_path())


def known_fingerprint(database_uuid: str) -> str | None:
    return _settings().get("department_keys").get(database_uuid)


def remember_fingerprint(database_uuid: str, fingerprint: str) -> None:
    """Remember the first fingerprint seen; a later one never replaces it silently."""
    settings = _settings()
    pins = dict(settings.get("department_keys"))
    if database_uuid and fingerprint and database_uuid not in pins:
        pins[database_uuid] = fingerprint
        settings.set("department_keys", pins)
