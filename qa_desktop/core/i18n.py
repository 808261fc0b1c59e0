"""Translation for the core (documents, enum labels, validation messages) without Qt.

The core reads the same Qt Linguist `.ts` files the screens use (through the `.json` written
beside each by build/update_translations.py), so one catalogue holds every string. Mark core strings with `QT_TRANSLATE_NOOP("Context", "Text")` so that `pyside6-lupdate`
extracts them; translate at the point of use with `translate(context, text, lang)`.

In the window, the language on screen is translated by Qt's translators instead (`use_translator`),
which read the `.qm` compiled from the same `.ts`: a start-up then need not parse the whole
catalogue (~230 KB of JSON, 5 ms) before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from qa_desktop.paths import translations_dir

if TYPE_CHECKING:
    from pathlib import Path

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "zh_CN")
_current = SOURCE_LANGUAGE
_translator: tuple[str, Callable[[str, str], str]] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


def set_language(lang: str) -> None:
    global _current
    _current = check_language(lang)


def current_language() -> str:
    return _current


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        from qa_desktop.core.errors import UserError

        raise UserError(f"Unknown language '{lang}': use one of {', '.join(LANGUAGES)}.")
    return lang


@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, of qa_desktop_<lang>.ts: read from the
    .json that build/update_translations.py writes beside it (a start-up reads it in ~2 ms,
    the .ts itself in ~14 ms; tests/test_translations.py checks the two agree), or from the .ts
    where there is no .json."""
    if lang == SOURCE_LANGUAGE:
        return {}
    folder = translations_dir()
    compiled = folder / f"qa_desktop_{lang}.json"
    if compiled.exists():
        import json

        return {(c, s): t for c, s, t in json.loads(compiled.read_text(encoding="utf-8"))}
    path = folder / f"qa_desktop_{lang}.ts"
    return read_ts(path) if path.exists() else {}


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a Qt Linguist .ts file."""
    import xml.etree.ElementTree as ET  # here: a start-up imports this module before it needs it

    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":  # plural forms: Qt's tr(text, n) only
                continue
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                table[(name, message.findtext("source", ""))] = translation.text
    return table


def use_translator(lang: str | None, translator: Callable[[str, str], str] | None = None) -> None:
    """Translate `lang` through `translator(context, text)` from now on (the window's Qt
    translators: gui/language.py); `use_translator(None)` goes back to the catalogue."""
    global _translator
    _translator = None if lang is None or translator is None else (lang, translator)


def translate(context: str, text: str, lang: str | None = None) -> str:
    lang = lang or _current
    if _translator is not None and _translator[0] == lang:
        return _translator[1](context, text)
    return catalogue(lang).get((context, text), text)
