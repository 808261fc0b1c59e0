"""Refresh the translation catalogue from the sources, and compile it for Qt.

    python build/update_translations.py            lupdate (sources + ui/*.ui -> .ts), then lrelease (.ts -> .qm)
    python build/update_translations.py --release  lrelease only

The .ts files in resources/translations are edited with Qt Linguist (pyside6-linguist). Qt loads
the .qm; the core reads the same translations for documents (qa_desktop/core/i18n.py) from the
.json written here beside the .ts (parsing the .ts itself cost a start-up ~14 ms).
"""

from __future__ import annotations

import json
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
    subprocess.run(
        [tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
    )


def core_catalogue(ts: Path) -> str:
    """The core's catalogue of `ts` as JSON ([context, source, translation] triples, sorted):
    what qa_desktop/core/i18n.py reads at run time instead of parsing the .ts."""
    sys.path.insert(0, str(ROOT))
    from qa_desktop.core.i18n import read_ts

    triples = sorted([c, s, t] for (c, s), t in read_ts(ts).items())
    return json.dumps(triples, ensure_ascii=False, indent=0) + "\n"


def write_core_catalogue(ts: Path) -> None:
    target = ts.with_suffix(".json")
    temp = target.with_name(target.name + ".tmp")
    temp.write_text(core_catalogue(ts), encoding="utf-8")
    temp.replace(target)


def main(argv: list[str]) -> int:
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if "--release" not in argv:
            print(update(ts).strip())
        release(ts, ts.with_suffix(".qm"))
        write_core_catalogue(ts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
