"""The one place that finds resources and the user's data folder.

Resources live at the top of the source tree (`resources/`, `ui/`); a wheel carries them as
`qa_desktop/_resources`; a PyInstaller bundle unpacks them under `sys._MEIPASS/resources`.
"""

from __future__ import annotations

import atexit
import os
import sys
from functools import cache
from pathlib import Path

from qa_desktop import APP_ID

DATA_DIR_ENV = "QA_DESKTOP_DATA_DIR"  # portable use and tests: keep everything in one folder
SCRATCH = "scratch"
OPENED = "opened"
PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [PACKAGE_DIR.parent / "resources", PACKAGE_DIR / "_resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(f"QA Desktop's resources folder is missing (looked in {candidates})")


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource("fonts", "wqy-microhei.ttc")."""
    return resources_dir().joinpath(*parts)


def font_path() -> Path:
    return resource("fonts", "wqy-microhei.ttc")


def translations_dir() -> Path:
    return resource("translations")


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "qa-desktop.sqlite"


def user_config_path() -> Path:
    return data_dir() / "settings.json"


def cache_dir() -> Path:
    """The user's cache folder for QA Desktop (QA_DESKTOP_DATA_DIR when that is set): every
    temporary file of ours lives under it, not in the system's temporary folder, so that what a
    killed process or an open viewer leaves is ours to find and remove."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path(APP_ID, appauthor=False)


def scratch_root() -> Path:
    """Where our temporaries live: one subfolder per running process (see scratch_dir)."""
    return cache_dir() / SCRATCH


def opened_dir() -> Path:
    """Copies of attachments handed to the PC's viewer (kept a while: it may still read them;
    files.remove_old_opened removes them at a later start)."""
    return cache_dir() / OPENED


def scratch_dir() -> Path:
    """This process's own scratch folder under scratch_root(), named `<pid>-<token>` (the token
    tells our folder from one a dead process with a reused PID left). Created on demand; removed
    when the process exits, or by files.remove_stale_scratch() once a killed one's PID is gone."""
    folder = scratch_root() / f"{os.getpid()}-{_token()}"
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        _remove_at_exit(folder)
    return folder


@cache
def _token() -> str:
    import secrets  # here: a start-up's first paint needs none of this module's scratch

    return secrets.token_hex(4)


@cache
def _remove_at_exit(folder: Path) -> None:
    import shutil

    atexit.register(shutil.rmtree, folder, ignore_errors=True)
