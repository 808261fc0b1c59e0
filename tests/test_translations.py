"""The Chinese catalogue is complete, in step with the sources, and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
import update_translations  # noqa: E402

TS = update_translations.ts_path("zh_CN")
PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found.append((context.findtext("name", ""), message.findtext("source", ""), message))
    return found


def test_every_chinese_string_is_finished():
    unfinished = [
        f"{context}: {source!r}"
        for context, source, message in messages(TS)
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not (t.text or "".join(n.text or "" for n in t.iter("numerusform")))
    ]
    assert not unfinished, f"{len(unfinished)} unfinished: {unfinished[:10]}"


def test_the_catalogue_holds_every_string_in_the_sources(tmp_path):
    """lupdate over today's sources adds nothing new to a copy of the catalogue."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    update_translations.update(copy)
    before = {(c, s) for c, s, _ in messages(TS)}
    after = {(c, s) for c, s, _ in messages(copy)}
    assert after - before == set(), "run python build/update_translations.py and translate"


def test_placeholders_survive_translation():
    broken = []
    for context, source, message in messages(TS):
        translation = message.findtext("translation") or ""
        forms = [n.text or "" for n in message.iter("numerusform")] or [translation]
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(source)) - {"%n"}) != sorted(
                set(PLACEHOLDER.findall(form)) - {"%n"}
            ):
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert not broken, broken


def test_compiled_catalogue_is_current(tmp_path):
    qm = tmp_path / "zh.qm"
    update_translations.release(TS, qm)
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run build/update_translations.py"


def test_the_cores_compiled_catalogue_is_current():
    compiled = TS.with_suffix(".json")
    assert compiled.read_text(encoding="utf-8") == update_translations.core_catalogue(TS), (
        "run build/update_translations.py"
    )
    from qa_desktop.core.i18n import catalogue, read_ts

    assert catalogue("zh_CN") == read_ts(TS)


def test_core_reads_the_same_catalogue():
    from qa_desktop.core.i18n import translate
    from qa_desktop.core.vocab import Severity

    assert Severity.MAJOR.label("zh_CN") == "重大"
    assert translate("Validation", "Enter a number.", "zh_CN") == "请输入数字。"


@pytest.mark.parametrize("tool", ["lupdate", "lrelease"])
def test_tools_exist(tool):
    assert Path(update_translations.tool(tool)).exists()


def test_forms_are_compiled_from_the_current_ui_files():
    result = subprocess.run(
        [sys.executable, str(ROOT / "build" / "compile_ui.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
