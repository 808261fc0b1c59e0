"""One English and one Chinese term per concept (../shared/GLOSSARY.md), across the catalogue.

Screens, errors, documents and workbooks all translate through one catalogue, so these two
checks cover every place a Chinese user reads a term:
- one English source text has one translation, whatever screen or document it is on;
- an English text that IS a glossary term is translated as the glossary says.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
import update_translations  # noqa: E402

GLOSSARY = ROOT.parent / "shared" / "GLOSSARY.md"
# Mainland usage the glossary names as wrong (Taiwan terms), and terms the trial found used
# for a concept the glossary gives another word for.
NOT_USED = {
    "栏位": "字段",
    "重工": "返工",
    "签核": "审批",
    "缺陷": "不良",
    "投诉方式": "受理渠道",
    "投诉渠道": "受理渠道",
    "接收时间": "受理时间",
    "投诉编号": "客诉编号",
    "内销和外销": "全部",
}


def translations() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message; plural forms joined."""
    found = []
    root = ET.parse(update_translations.ts_path("zh_CN")).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [n.text or "" for n in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else (translation.text or "")
            found.append((name, message.findtext("source", ""), text))
    return found


def _plain(text: str) -> str:
    """A label without its mnemonic (&F, (&F)), trailing colon or dots, and spaces round '/'."""
    text = re.sub(r"\(&\w\)|&(?=\w)", "", text)
    text = re.sub(r"\s*/\s*", "/", text.strip())
    return text.rstrip(":：.。…").strip()


def test_one_english_text_has_one_translation_everywhere() -> None:
    seen: dict[str, dict[str, str]] = {}
    for context, source, text in translations():
        seen.setdefault(source, {})[context] = text
    differing = {
        source: by_context
        for source, by_context in seen.items()
        if len({_plain(t) for t in by_context.values()}) > 1
    }
    assert not differing, differing


def test_no_term_the_glossary_replaces() -> None:
    wrong = [
        f"[{context}] {source!r} -> {text} (use {NOT_USED[bad]} for {bad})"
        for context, source, text in translations()
        for bad in NOT_USED
        if bad in text
    ]
    assert not wrong, wrong


def glossary_terms() -> dict[str, set[str]]:
    """English term (lower case, plain) -> its Chinese term and short form, from the tables'
    first two columns and the 'a 甲, b 乙' lists in the note column."""
    terms: dict[str, set[str]] = {}

    def add(english: str, chinese: str) -> None:
        english = _plain(re.sub(r"\s*\(.*?\)", "", english)).lower()
        forms = {_plain(part) for part in re.split(r"[（(）)]", chinese) if part.strip()}
        if english and forms:
            terms.setdefault(english, set()).update(forms)

    for line in GLOSSARY.read_text("utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or set(cells[0]) <= set("-: ") or cells[0] == "English":
            continue
        if "/" not in cells[0] or cells[0].count("/") == cells[1].count("/"):
            add(cells[0], cells[1])
        if len(cells) > 2:
            for english, chinese in re.findall(
                r"([A-Za-z][A-Za-z :/-]*?) ([\u4e00-\u9fff：/]+)", cells[2]
            ):
                add(english, chinese)
    return terms


@pytest.mark.skipif(not GLOSSARY.exists(), reason="../shared/GLOSSARY.md is not beside the project")
def test_glossary_terms_are_translated_as_the_glossary_says() -> None:
    terms = glossary_terms()
    assert terms["case no"] == {"客诉编号"} and "产品" in terms["product"]  # the parse works
    wrong = [
        f"[{context}] {source!r} -> {text}, glossary: {' / '.join(sorted(terms[key]))}"
        for context, source, text in translations()
        if (key := _plain(source).lower()) in terms and _plain(text) not in terms[key]
    ]
    assert not wrong, wrong
