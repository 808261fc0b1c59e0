"""The PyInstaller bundle: built once for this module, then run as the shop floor would run it.

Slow (the build takes about a minute): select with `-m packaging`, skip with `-m "not packaging"`.
QA_DESKTOP_BUNDLE=<folder of a onedir bundle> tests a bundle built beforehand instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pdfs import assert_a4

from qa_desktop import __version__

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
EXE = "qa-desktop.exe" if sys.platform == "win32" else "qa-desktop"
BUILD_TIMEOUT = 900


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The onedir bundle's folder (the executable and _internal/)."""
    prebuilt = os.environ.get("QA_DESKTOP_BUNDLE")
    if prebuilt:
        return Path(prebuilt)
    base = tmp_path_factory.mktemp("bundle")
    command = [sys.executable, str(ROOT / "build" / "build_bundle.py")]
    command += ["--distpath", str(base / "dist"), "--workpath", str(base / "work")]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    return base / "dist" / "qa-desktop"


@pytest.fixture(scope="module")
def internal(bundle: Path) -> Path:
    """sys._MEIPASS of the bundle: where its libraries and resources/ are."""
    folder = bundle / "_internal"
    return folder if folder.is_dir() else bundle


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    variables = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QA_DESKTOP_", "PYTHON", "QT_"))
    }
    variables["QT_QPA_PLATFORM"] = "offscreen"
    variables["QA_DESKTOP_DATA_DIR"] = str(tmp_path / "data")
    return variables


def run(bundle: Path, env: dict[str, str], *args: str, timeout: float = 120, cwd: Path):
    # cwd is a temporary folder, so that nothing can be found in the source tree by accident.
    return subprocess.run(
        [str(bundle / EXE), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def test_version(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    result = run(bundle, env, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"qa-desktop {__version__}"


def test_self_check_passes(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    """Registers a complaint, writes and reads back the PDF (with the bundled CJK font found
    through paths.resources_dir()) and the workbook, checks the database: inside the bundle."""
    result = run(bundle, env, "self-check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("self-check passed"), result.stdout
    assert "CJK font embedded" in result.stdout
    # A worker process (the window's exports) starts inside the bundle: freeze_support works.
    assert "workbook written by a worker process" in result.stdout
    # Hebrew, Arabic (arabic-reshaper), an emoji and CJK Extensions A and B, from bundled fonts.
    assert "fallback fonts embedded: every character printed" in result.stdout


def test_demo_check_and_export(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    demo = run(bundle, env, "demo", "--db", str(db), "--complaints", "50", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "50 complaints" in demo.stdout

    check = run(bundle, env, "check", "--db", str(db), cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.strip().endswith(": ok")

    workbook = tmp_path / "register.xlsx"
    args = ["export", "register", "--db", str(db), "--out", str(workbook), "--lang", "zh_CN"]
    export = run(bundle, env, *args, cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True)
    cases = {
        cell
        for row in book.active.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str) and re.fullmatch(r"CC-\d{4}-\d{4}", cell)
    }
    book.close()
    assert len(cases) == 50

    pdf = tmp_path / "form.pdf"
    case_no = min(cases)
    args = ["export", "complaint", case_no, "--db", str(db), "--out", str(pdf), "--lang", "zh_CN"]
    export = run(bundle, env, *args, cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"/FontFile2" in data
    assert_a4(pdf)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_window_starts_and_quits(
    bundle: Path, env: dict[str, str], tmp_path: Path, lang: str
) -> None:
    """The main window opens on a demo database (offscreen) and the app quits by itself."""
    db = tmp_path / "x.sqlite"
    assert (
        run(bundle, env, "demo", "--db", str(db), "--complaints", "50", cwd=tmp_path).returncode
        == 0
    )
    env["QA_DESKTOP_QUIT_AFTER_SHOW"] = "1"
    env["QA_DESKTOP_USER"], env["QA_DESKTOP_PASSWORD"] = "wang", "qa-demo-2026"  # demo account
    started = time.monotonic()
    result = run(bundle, env, "--db", str(db), "--lang", lang, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert time.monotonic() - started < 60
    # Qt's own catalogue travels too: without it the file dialog and message boxes are English.
    expected = "none" if lang == "en" else f"qtbase_{lang} qa_desktop_{lang}"
    assert f"translations: {expected}" in result.stdout.splitlines()


def test_resources_travel_in_the_bundle(internal: Path) -> None:
    resources = internal / "resources"
    fonts = resources / "fonts"
    assert (fonts / "wqy-microhei.ttc").stat().st_size > 1_000_000
    for name in (
        "DejaVuSans.ttf",
        "NotoNaskhArabic-Regular.ttf",
        "Symbola.ttf",
        "han-supplement-a.ttf",
        "han-supplement-b.ttf",
    ):
        assert (fonts / name).stat().st_size > 100_000, name
    licences = {path.name for path in fonts.glob("LICENSE*")}
    for font in ("wqy", "dejavu", "noto-naskh", "symbola", "hanazono"):
        assert any(font in licence for licence in licences), (font, licences)
    translations = resources / "translations"
    # The screens load the .qm, the core reads the .ts for documents: both must travel.
    for name in ("qa_desktop_zh_CN.qm", "qa_desktop_zh_CN.ts"):
        assert (translations / name).is_file(), f"{name} is not in the bundle"
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (translations / ts.name).is_file()
        assert (translations / ts.with_suffix(".qm").name).is_file()


def test_unused_qt_parts_are_left_out(internal: Path) -> None:
    files = [path.relative_to(internal).as_posix() for path in internal.rglob("*")]
    unwanted = re.compile(
        r"(^|/)(lib)?Qt6(Quick|Qml|WebEngine|Wayland|Pdf|Network|Multimedia|3D)[^/]*$"
        r"|/plugins/(wayland-|egldeviceintegrations|qmltooling|sqldrivers|tls|networkinformation)"
        r"|/plugins/platforms/(lib)?q(wayland|eglfs|vnc|linuxfb)[^/]*$"
        r"|(^|/)PySide6/Qt(Quick|Qml|Network|WebEngine)[^/]*$"
        r"|(^|/)(tkinter|_tkinter|pytest|numpy)(/|\.|$)",
        re.IGNORECASE,
    )
    assert [file for file in files if unwanted.search(file)] == []
    # ... while what the window needs is there.
    platforms = {path.name for path in internal.rglob("platforms/*")}
    expected = (
        {"qoffscreen.dll", "qwindows.dll"}
        if sys.platform == "win32"
        else {
            "libqoffscreen.so",
            "libqxcb.so",
            "libqminimal.so",
        }
    )
    assert expected <= platforms


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("objdump") is None,
    reason="reads ELF dependencies with objdump",
)
def test_kept_binaries_find_their_qt_libraries(internal: Path) -> None:
    """Trimming removed no Qt library that a kept binary links."""
    present = {path.name for path in internal.rglob("*.so*")}
    missing = []
    for binary in internal.rglob("*.so*"):
        if binary.is_symlink() or not binary.is_file():
            continue
        dump = subprocess.run(
            ["objdump", "-p", str(binary)], capture_output=True, text=True, check=False
        ).stdout
        for needed in re.findall(r"NEEDED\s+(\S+)", dump):
            if (
                needed.startswith(("libQt6", "libpyside6", "libshiboken6"))
                and needed not in present
            ):
                missing.append(f"{binary.relative_to(internal)} needs {needed}")
    assert missing == []
