"""Refresh the translation catalogue from the sources, and compile it for Qt.

    python build/update_translations.py            lupdate (sources + ui/*.ui -> .ts), then lrelease (.ts -> .qm)
    python build/update_translations.py --release  lrelease only

The .ts files in resources/translations are edited with Qt Linguist (pyside6-linguist). The
core reads the same .ts at run time for documents (qa_desktop/core/i18n.py); Qt loads the .qm.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources() -> list[str]:
    """Python sources (generated forms excluded: lupdate reads their .ui files instead)."""
    forms = ROOT / "qa_desktop" / "gui" / "forms"
    python = [p for p in (ROOT / "qa_desktop").rglob("*.py") if forms not in p.parents]
    return [str(p.relative_to(ROOT)) for p in sorted(python) + sorted((ROOT / "ui").glob("*.ui"))]


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"qa_desktop_{lang}.ts"


def update(ts: Path) -> str:
    result = subprocess.run(
        [tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if "--release" not in argv:
            print(update(ts).strip())
        release(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
