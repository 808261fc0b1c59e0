"""The one place that finds resources and the user's data folder.

Resources live at the top of the source tree (`resources/`, `ui/`); a wheel carries them as
`qa_desktop/_resources`; a PyInstaller bundle unpacks them under `sys._MEIPASS/resources`.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from qa_desktop import APP_ID

DATA_DIR_ENV = "QA_DESKTOP_DATA_DIR"  # portable use and tests: keep everything in one folder
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
