"""Build the shop-floor bundle with PyInstaller (build/qa_desktop.spec).

python build/build_bundle.py              onedir: build/dist/qa-desktop/ (run qa-desktop inside it)
python build/build_bundle.py --onefile    portable: build/dist/portable/qa-desktop[.exe]

PyInstaller does not cross-compile: run this on the system the bundle is for (Linux or Windows),
with the project installed in a virtual environment (pip install -e .[dev]). Compiled translations
(.qm) that are missing or older than their .ts are made first with pyside6-lrelease.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "qa_desktop.spec"
TRANSLATIONS = ROOT / "resources" / "translations"
NAME = "qa-desktop"


def venv_tool(name: str) -> str | None:
    """A console script installed next to this Python (the venv's bin/ or Scripts\\)."""
    return shutil.which(name, path=str(Path(sys.executable).parent))


def compile_translations() -> None:
    stale = [
        ts
        for ts in sorted(TRANSLATIONS.glob("*.ts"))
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return
    lrelease = venv_tool("pyside6-lrelease")
    if lrelease is None:
        raise SystemExit("build_bundle: pyside6-lrelease is missing (pip install -e .[dev])")
    for ts in stale:
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"build_bundle: compiled {ts.with_suffix('.qm').relative_to(ROOT)}")


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(file.lstat().st_size for file in path.rglob("*") if not file.is_dir())


def outputs(distpath: Path, onefile: bool) -> list[Path]:
    if not onefile:
        return [distpath / NAME]
    return sorted(
        path for path in distpath.iterdir() if path.is_file() and path.stem in (NAME, "QA Desktop")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one portable executable")
    parser.add_argument(
        "--no-trim", action="store_true", help="no excludes (to measure or rule out the trimming)"
    )
    parser.add_argument("--distpath", type=Path, help="default: build/dist (onefile: .../portable)")
    parser.add_argument("--workpath", type=Path, help="default: build/work (onefile: .../portable)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)

    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        raise SystemExit("build_bundle: PyInstaller needs objdump: install binutils")
    sub = "portable" if args.onefile else ""
    distpath = (args.distpath or ROOT / "build" / "dist" / sub).resolve()
    workpath = (args.workpath or ROOT / "build" / "work" / sub).resolve()
    compile_translations()

    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm"]
    command += ["--distpath", str(distpath), "--workpath", str(workpath)]
    if args.clean:
        command.append("--clean")
    spec_options = [
        option for option, on in (("--onefile", args.onefile), ("--no-trim", args.no_trim)) if on
    ]
    if spec_options:
        command += ["--", *spec_options]
    env = dict(os.environ)
    env.pop("QA_DESKTOP_ONEFILE", None)  # this script's --onefile decides
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        return result.returncode
    elapsed = time.monotonic() - started
    for path in outputs(distpath, args.onefile):
        shown = (
            path / (NAME + (".exe" if sys.platform == "win32" else "")) if path.is_dir() else path
        )
        print(f"build_bundle: {shown} ({size(path) / 2**20:.1f} MiB)")
    print(f"build_bundle: built in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
