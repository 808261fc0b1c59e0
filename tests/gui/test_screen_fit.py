"""Every window and dialog fits a 1366 × 768 laptop at 100 % and 125 % scaling, in both languages.

The taskbar takes about 40 px, so the screen offers 1366 × 728 physical pixels (1093 × 582 at
125 %). Each configuration needs its own QApplication: screen_fit_probe.py runs once per
configuration in a subprocess and reports every window of its WINDOWS table; a dialog added
there (one line) is checked here without a change to this file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ENGINEER
from PySide6.QtCore import Qt
from screen_fit_probe import WINDOWS

HERE = Path(__file__).resolve().parent
PROBE = HERE / "screen_fit_probe.py"
LAPTOP = HERE.parent / "fixtures" / "screens" / "laptop_1366x768.json"
CONFIGURATIONS = [(scale, lang) for scale in ("1", "1.25") for lang in ("en", "zh_CN")]
AVAILABLE = {"1": [0, 0, 1366, 728], "1.25": [0, 0, 1093, 582]}  # logical pixels


def run_probe(scale: str, lang: str, data_dir: Path) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={LAPTOP}",
        "QT_SCALE_FACTOR": scale,
        "QA_DESKTOP_DATA_DIR": str(data_dir),
    }
    result = subprocess.run(
        [sys.executable, str(PROBE), lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(
    scope="module", params=CONFIGURATIONS, ids=[f"{s}x-{lang}" for s, lang in CONFIGURATIONS]
)
def configuration(request, tmp_path_factory) -> tuple[str, dict]:
    scale, lang = request.param
    return scale, run_probe(scale, lang, tmp_path_factory.mktemp("data"))


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize("window", list(WINDOWS))
def test_the_window_and_its_buttons_are_on_the_screen(configuration, window):
    scale, reports = configuration
    report = reports[window]
    assert report["available"] == AVAILABLE[scale], "the probe ran on the laptop screen"
    assert inside(report["frame"], report["available"]), f"{window}: {report['frame']}"
    widgets = report["widgets"]
    assert widgets, f"{window} has no buttons to check"
    for widget in widgets:
        name = widget["name"]
        assert widget["visible"], f"{window}: {name} is hidden"
        assert widget["whole"], f"{window}: {name} is cut off or scrolled out"
        assert inside(widget["global"], report["available"]), f"{window}: {name} is off screen"


def test_the_form_buttons_are_checked(configuration):
    """The check sees the buttons that were below the screen: Save and Cancel."""
    _scale, reports = configuration
    names = {w["name"] for w in reports["complaint form (new)"]["widgets"]}
    assert names in ({"Save", "Cancel"}, {"保存", "取消"})


# ----- sizes remembered, never larger than the screen (this session runs on the laptop screen) --------
@pytest.fixture
def user(tmp_path):
    from qa_desktop.core.settings import UserSettings

    return UserSettings(tmp_path / "settings.json")


def open_form(qtbot, user):
    from qa_desktop.gui.complaint_dialog import ComplaintDialog

    dialog = ComplaintDialog(user=user, actor=ENGINEER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_session_runs_on_the_laptop_screen(qapp):
    geometry = qapp.primaryScreen().availableGeometry()
    assert (geometry.width(), geometry.height()) == (1366, 728)


def test_a_dialog_opens_again_at_the_size_it_was_closed_at(qtbot, db, user):
    from qa_desktop.gui.screen_fit import SETTING

    first = open_form(qtbot, user)
    first.resize(900, 520)
    first.reject()  # nothing typed: it closes
    assert user.get(SETTING)["complaint_form"] == {"width": 900, "height": 520, "maximized": False}
    again = open_form(qtbot, user)
    assert (again.width(), again.height()) == (900, 520)


def test_a_size_saved_on_a_larger_screen_shrinks_to_this_one(qtbot, db, user):
    from qa_desktop.gui.screen_fit import FRAME_ALLOWANCE, SETTING

    user.set(SETTING, {"complaint_form": {"width": 2500, "height": 1400, "maximized": False}})
    dialog = open_form(qtbot, user)
    room = dialog.screen().availableGeometry().marginsRemoved(FRAME_ALLOWANCE)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    frame = dialog.frameGeometry()
    assert dialog.screen().availableGeometry().contains(frame)


def test_a_damaged_saved_size_gives_the_preferred_one(qtbot, db, user):
    from qa_desktop.gui.screen_fit import SETTING

    user.set(SETTING, {"complaint_form": {"width": "wide", "height": None}})
    dialog = open_form(qtbot, user)
    assert dialog.height() <= 728 and dialog.width() == 1100


def test_the_main_window_opens_maximised_if_it_was_left_so(qtbot, db, db_path, user):
    from qa_desktop.gui.main_window import MainWindow

    first = MainWindow(db, db_path, user, actor=ENGINEER)
    qtbot.addWidget(first)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    again = MainWindow(db, db_path, user, actor=ENGINEER)
    qtbot.addWidget(again)
    assert again.windowState() & Qt.WindowState.WindowMaximized
