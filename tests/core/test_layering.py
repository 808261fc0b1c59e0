"""The core never needs Qt, and heavy libraries load only with the command that uses them."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import qa_desktop

PACKAGE = Path(qa_desktop.__file__).resolve().parent
CORE = PACKAGE / "core"
QT_MODULES = ("PySide6", "shiboken6")


def _imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text("utf-8"), filename=str(source))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_core_sources_never_import_qt() -> None:
    sources = sorted(CORE.rglob("*.py"))
    assert len(sources) >= 15, "the scan must see the core's modules"
    offenders = {
        str(source.relative_to(PACKAGE)): sorted(
            name for name in _imported_modules(source) if name.split(".")[0] in QT_MODULES
        )
        for source in sources
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_scan_catches_a_qt_import(tmp_path: Path) -> None:
    """The scanner itself: every import form of Qt is seen."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nimport PySide6.QtCore\nfrom shiboken6 import isValid\n"
        "def f():\n    from PySide6 import QtGui\n",
        "utf-8",
    )
    assert _imported_modules(sample) >= {"PySide6.QtCore", "shiboken6", "PySide6"}


def _loaded_after(code: str) -> Any:
    """Run `code` in a fresh interpreter; it prints a JSON object as its last line."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_every_core_module_loads_no_qt() -> None:
    code = """
import importlib, json, pkgutil, sys
import qa_desktop.core
names = [m.name for m in pkgutil.walk_packages(qa_desktop.core.__path__, "qa_desktop.core.")]
for name in names:
    importlib.import_module(name)
import qa_desktop.cli
print(json.dumps({"modules": names, "qt": sorted(m for m in sys.modules
                  if m.split(".")[0] in ("PySide6", "shiboken6"))}))
"""
    loaded = _loaded_after(code)
    modules = loaded["modules"]
    for expected in (
        "qa_desktop.core.db",
        "qa_desktop.core.register",
        "qa_desktop.core.services.complaints",
        "qa_desktop.core.demo",
    ):
        assert expected in modules
    assert loaded["qt"] == []


def test_cli_and_register_load_no_reportlab_or_openpyxl() -> None:
    """`qa-desktop check` and the register's queries must start fast: no PDF or Excel library,
    and no Pillow (it loads with the intake of files)."""
    code = """
import json, sys
import qa_desktop.cli
import qa_desktop.core.register
import qa_desktop.core.services.complaints
import qa_desktop.core.selfcheck
heavy = ("reportlab", "openpyxl", "PySide6", "PIL")
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & set(heavy))))
"""
    assert _loaded_after(code) == []
