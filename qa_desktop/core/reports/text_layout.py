"""User text laid out for a PDF: every character in a font that has it, or a visible mark.

Text is NFC-normalised and cut into grapheme clusters (a base character with its combining marks,
an emoji with its modifiers); each cluster is drawn by the first font of the chain that has all of
it (fonts.FontChain), so a letter and its accent never come from two fonts. A cluster no font has
is split into its characters, and a character no font has is drawn as fonts.REPLACEMENT and
reported in `unprinted`: printing nothing where a name had a character is what this prevents.

Lines are broken with the widths of the fonts that draw each cluster: after spaces, between
Chinese (or other wide) characters, never before closing punctuation (CANNOT_START) nor after
opening punctuation, and inside a long unbroken code when nothing else fits. Arabic gets its
joining forms (arabic-reshaper) before lines are broken; right-to-left runs are put in drawing
order per line (bidi.py). Text is never markup here: it is drawn as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from reportlab.lib import textsplit
from reportlab.rl_config import _FUZZ

from qa_desktop.core.reports import bidi
from qa_desktop.core.reports.fonts import FONT, REPLACEMENT, FontChain, font_chain
from qa_desktop.core.text import clean_multiline

ZWJ = "\u200d"
# C0 and C1 controls other than tab and line feed: never drawn, never in metadata.
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Format characters that are visible all the same (prepended concatenation marks).
VISIBLE_FORMAT = frozenset(map(chr, (*range(0x600, 0x606), 0x6DD, 0x70F, 0x890, 0x891, 0x8E2)))


@dataclass(frozen=True)
class Item:
    """A cluster (or a piece of one) in the font that draws it: what a line is made of."""

    text: str
    font: str
    width: float
    level: int = 0  # bidi embedding level: odd is right to left
    space: bool = False
    wide: bool = False  # a line may break before or after it (Chinese and other wide script)
    glue: bool = False  # part of the cluster before it: no break in between


@dataclass(frozen=True)
class Run:
    font: str
    text: str
    width: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]  # in drawing order, left to right
    width: float
    items: tuple[
        Item, ...
    ]  # in reading order: a part that moves to the next page is rebuilt from them
    base: int


@dataclass(frozen=True)
class Paragraph:
    items: tuple[Item, ...]
    base: int  # the paragraph's direction: 0 left to right, 1 right to left


class LaidOutText:
    """A text's clusters in their fonts, ready to be broken into lines of any width."""

    def __init__(self, paragraphs: Sequence[Paragraph], unprinted: str = "") -> None:
        self.paragraphs = tuple(paragraphs)
        self.unprinted = unprinted  # characters no font has, each once, in order

    @classmethod
    def of(cls, text: str, size: float, chain: FontChain | None = None) -> LaidOutText:
        chain = chain or font_chain()
        missing: list[str] = []
        paragraphs = [
            _paragraph(line, size, chain, missing) for line in plain_text(text).split("\n")
        ]
        return cls(paragraphs, "".join(dict.fromkeys(missing)))

    def lines(self, width: float) -> list[Line]:
        return [
            _line(items, paragraph.base)
            for paragraph in self.paragraphs
            for items in _break(paragraph.items, width)
        ]

    def part(self, lines: Sequence[Line]) -> LaidOutText:
        """Only these lines, each kept a line however narrow it is rewrapped."""
        return LaidOutText([Paragraph(line.items, line.base) for line in lines])


def plain_text(text: str) -> str:
    """NFC, control characters dropped (core/text.py, for data stored before the core cleaned
    it), line ends made "\\n", tabs made spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", clean_multiline(text).replace("\t", "    "))


def single_line(text: str) -> str:
    """For metadata and one-line texts: no control characters, white space made single spaces."""
    return " ".join(plain_text(text).split())


# --- clusters and their fonts ----------------------------------------------------------------


def clusters(text: str) -> list[str]:
    """Grapheme clusters, as far as choosing a font needs them (UAX #29's extending rules)."""
    found: list[str] = []
    for char in text:
        if found and _continues(found[-1], char):
            found[-1] += char
        else:
            found.append(char)
    return found


def _continues(cluster: str, char: str) -> bool:
    code = ord(char)
    if unicodedata.category(char) in ("Mn", "Mc", "Me") or char == ZWJ:
        return True  # combining marks, variation selectors, emoji joiner
    if 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True  # emoji skin tones, tag sequences (subdivision flags)
    if cluster.endswith(ZWJ) and _pictographic(cluster[0]) and _pictographic(char):
        return True  # 👨‍👩‍👧: one emoji in a font that draws it, or its parts side by side
    regional = [c for c in cluster if 0x1F1E6 <= ord(c) <= 0x1F1FF]
    return 0x1F1E6 <= code <= 0x1F1FF and len(regional) == len(cluster) and len(cluster) % 2 == 1


def _pictographic(char: str) -> bool:
    code = ord(char)
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF


def invisible(char: str) -> bool:
    """Characters with no glyph by design (joiners, variation selectors, direction marks, soft
    hyphen): drawn as nothing, and not reported."""
    code = ord(char)
    if unicodedata.category(char) == "Cf":
        return char not in VISIBLE_FORMAT
    return (
        0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or 0x180B <= code <= 0x180F
        or code in (0x34F, 0x115F, 0x1160, 0x3164, 0xFFA0)
    )


def _paragraph(text: str, size: float, chain: FontChain, missing: list[str]) -> Paragraph:
    if ARABIC.search(text):
        text = _arabic_forms(text, chain)
    base = bidi.paragraph_level(text)
    levels = bidi.embedding_levels(text, base)
    items: list[Item] = []
    start = 0
    for cluster in clusters(text):
        for number, item in enumerate(_items(cluster, size, chain, missing)):
            items.append(replace(item, level=levels[start], glue=number > 0))
        start += len(cluster)
    return Paragraph(tuple(items), base)


def _items(cluster: str, size: float, chain: FontChain, missing: list[str]) -> list[Item]:
    """The cluster in one font; else its characters each in its own, or as the replacement mark."""
    visible = "".join(char for char in cluster if not invisible(char))
    if not visible:
        return []
    wide = unicodedata.east_asian_width(visible[0]) in ("W", "F")
    space = visible.isspace()
    font = chain.font_for(visible)
    if font is not None:
        return [Item(visible, font, chain.width(visible, font, size), space=space, wide=wide)]
    items = []
    for char in visible:
        font = chain.font_for(char)
        if font is None:
            missing.append(char)
            char, font = REPLACEMENT, chain.font_for(REPLACEMENT) or FONT
        items.append(Item(char, font, chain.width(char, font, size), wide=wide))
    return items


# --- Arabic ----------------------------------------------------------------------------------


@cache
def _reshaper():  # type: ignore[no-untyped-def]
    from arabic_reshaper import ArabicReshaper

    # Vowel marks kept (they are characters the user typed); the one word ligature (ﷲ) off,
    # since DejaVu Sans has no glyph for it; lam-alef ligatures on, as Arabic is always written.
    return ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})


@cache
def _letter_of_form() -> dict[str, str]:
    from arabic_reshaper.letters import LETTERS_ARABIC

    return {form: letter for letter, forms in LETTERS_ARABIC.items() for form in forms if form}


def _arabic_forms(text: str, chain: FontChain) -> str:
    """Letters in their joining forms (presentation forms), in reading order. A form no font has
    (some Urdu letters in DejaVu Sans) stays the plain letter: unjoined, but printed."""
    letters = _letter_of_form()
    return "".join(
        letters[char] if char in letters and chain.font_for(char) is None else char
        for char in _reshaper().reshape(text)
    )


# --- lines -----------------------------------------------------------------------------------


def _break(items: Sequence[Item], width: float) -> list[list[Item]]:
    """Greedy line breaking of one paragraph; an empty paragraph is one empty line."""
    lines: list[list[Item]] = []
    line: list[Item] = []
    used = 0.0
    for item in items:
        while line and not item.space and used + item.width > width + _FUZZ:
            cut = _cut(line, item)
            lines.append(_without_end_spaces(line[:cut]))
            line = _without_start_spaces(line[cut:])
            used = sum(part.width for part in line)
        line.append(item)
        used += item.width
    lines.append(_without_end_spaces(line))
    return lines


def _cut(line: Sequence[Item], following: Item) -> int:
    """Where to end a full line: at its last break opportunity, else (one long code or word)
    before the item that overflows, moving a closing punctuation mark down with what precedes it."""
    for cut in range(len(line), 0, -1):
        after = line[cut] if cut < len(line) else following
        if _may_break(line[cut - 1], after) and not all(item.space for item in line[:cut]):
            return cut
    for cut in range(len(line), 0, -1):
        after = line[cut] if cut < len(line) else following
        if not after.glue and after.text[0] not in textsplit.ALL_CANNOT_START:
            return cut
    return len(line)


def _may_break(before: Item, after: Item) -> bool:
    if after.glue or after.space or after.text[0] in textsplit.ALL_CANNOT_START:
        return False
    if before.text[-1] in textsplit.ALL_CANNOT_END:
        return False
    return before.space or before.wide or after.wide


def _without_end_spaces(items: list[Item]) -> list[Item]:
    while items and items[-1].space:
        items = items[:-1]
    return items


def _without_start_spaces(items: list[Item]) -> list[Item]:
    while items and items[0].space:
        items = items[1:]
    return items


def _line(items: Sequence[Item], base: int) -> Line:
    """Items in drawing order (right-to-left levels reversed and mirrored), joined into runs of
    one font each."""
    order = bidi.visual_order([i.level for i in items], base, [i.space for i in items])
    runs: list[Run] = []
    for index in order:
        item = items[index]
        text = _drawn_right_to_left(item.text) if item.level % 2 else item.text
        if runs and runs[-1].font == item.font:
            last = runs[-1]
            runs[-1] = Run(last.font, last.text + text, last.width + item.width)
        else:
            runs.append(Run(item.font, text, item.width))
    return Line(tuple(runs), sum(item.width for item in items), tuple(items), base)


def _drawn_right_to_left(text: str) -> str:
    """A cluster at a right-to-left level: brackets mirrored (L4), and a Hebrew or Arabic
    letter's marks put before it. Their glyphs have no advance and are drawn to the right of
    their origin, for a pen that moves leftwards: drawn first, they land on the letter (the
    reordering UAX #9 L3 leaves to the renderer)."""
    text = bidi.mirror(text)
    if unicodedata.bidirectional(text[0]) in bidi.STRONG_RTL:
        return text[::-1]
    return text
