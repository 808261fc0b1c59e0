"""A folder that turns read-only while the program works (a network share remounted, a USB stick's
lock switch): made so for real, not by a stand-in exception."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

READ_AND_ENTER = stat.S_IRUSR | stat.S_IXUSR


def lock_folder(folder: Path) -> Callable[[], None]:
    """Make `folder` read-only (immutable for root, whom permissions do not stop) and return what
    undoes it."""
    folder.chmod(READ_AND_ENTER)
    immutable = False
    if os.access(folder, os.W_OK):
        immutable = subprocess.run(["chattr", "+i", folder], capture_output=True).returncode == 0

    def unlock() -> None:
        if immutable:
            subprocess.run(["chattr", "-i", folder], check=True)
        folder.chmod(READ_AND_ENTER | stat.S_IWUSR)

    if os.access(folder, os.W_OK):
        unlock()
        pytest.skip("no way to make a folder read-only for this user")
    return unlock


def can_lock_folders(scratch: Path) -> None:
    """Skip the test now, before any work, where folders cannot be made read-only."""
    scratch.mkdir()
    lock_folder(scratch)()
