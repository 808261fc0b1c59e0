"""Right-to-left text in the order it is drawn: the Unicode Bidirectional Algorithm (UAX #9).

A PDF draws glyphs left to right, so Hebrew and Arabic have to be put in visual order before they
are drawn. This is the algorithm's implicit part: paragraph level (P2, P3), weak types (W1-W7),
neutrals (N1, N2), implicit levels (I1, I2), and per line the reordering (L1, L2) and mirrored
brackets (L4). Explicit embeddings, overrides and isolates (X1-X8) are not applied: their control
characters are invisible and are treated as boundary neutrals (X9), so text that uses them lays
out as if they were absent. A complaint form's values are short and typed, not typeset.

Ours rather than python-bidi because the layout reorders grapheme clusters, not code points: a
Hebrew letter and its vowel points (or an emoji and its skin tone) move as one and stay in the font
that has them all, which a reordered string cannot tell (python-bidi is also LGPL-3, a licence the
bundle would have to carry).
"""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import bidirectional

STRONG_RTL = frozenset({"R", "AL"})
NEUTRAL = frozenset({"B", "S", "WS", "ON"})
EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "BN"})
_PAIRS = "()<>[]{}«»‹›⁅⁆⁽⁾₍₎≤≥〈〉《》「」『』【】〔〕〖〗〘〙〚〛（）＜＞［］｛｝｟｠｢｣"
MIRRORED = {a: b for a, b in zip(_PAIRS[::2], _PAIRS[1::2], strict=True)} | {
    b: a for a, b in zip(_PAIRS[::2], _PAIRS[1::2], strict=True)
}


def paragraph_level(text: str) -> int:
    """0 (left to right) or 1: the direction of the first strong character (P2, P3)."""
    for char in text:
        kind = bidirectional(char)
        if kind == "L":
            return 0
        if kind in STRONG_RTL:
            return 1
    return 0


def embedding_levels(text: str, base: int) -> list[int]:
    """The resolved level of each character of one paragraph (even: LTR, odd: RTL)."""
    kinds = [bidirectional(char) or "L" for char in text]
    kept = [i for i, kind in enumerate(kinds) if kind not in EXPLICIT]  # X9
    resolved = _neutral([*_weak([kinds[i] for i in kept], base)], base)
    levels = [base] * len(text)
    for i, kind in zip(kept, resolved, strict=True):
        levels[i] = _implicit(kind, base)
    for i in range(1, len(text)):  # a removed character goes with what precedes it
        if kinds[i] in EXPLICIT:
            levels[i] = levels[i - 1]
    return levels


def visual_order(levels: Sequence[int], base: int, spaces: Sequence[bool]) -> list[int]:
    """Indices of one line's items (clusters) from left to right (L1, L2).

    `spaces` marks white space: at the end of a line it takes the paragraph's level (L1)."""
    levels = list(levels)
    for i in range(len(levels) - 1, -1, -1):
        if not spaces[i]:
            break
        levels[i] = base
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            start = end
    return order


def mirror(text: str) -> str:
    """A cluster as drawn at a right-to-left level: "(" shows as ")" (L4)."""
    return "".join(MIRRORED.get(char, char) for char in text)


def _weak(kinds: list[str], base: int) -> list[str]:
    """W1-W7 over one level run (the whole paragraph: no explicit embeddings)."""
    sos = "R" if base else "L"
    previous = sos
    for i, kind in enumerate(kinds):  # W1: a mark takes the type of what it marks
        if kind == "NSM":
            kinds[i] = previous
        previous = kinds[i]
    strong = sos
    for i, kind in enumerate(kinds):  # W2, W3
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            kinds[i] = "AN"
    kinds = ["R" if kind == "AL" else kind for kind in kinds]
    for i in range(1, len(kinds) - 1):  # W4: 1,000 and 1.5 stay numbers
        before, kind, after = kinds[i - 1], kinds[i], kinds[i + 1]
        if before == after and (
            (kind == "ES" and before == "EN") or (kind == "CS" and before in ("EN", "AN"))
        ):
            kinds[i] = before
    _terminators(kinds)  # W5
    kinds = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in kinds]  # W6
    strong = sos
    for i, kind in enumerate(kinds):  # W7
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            kinds[i] = "L"
    return kinds


def _terminators(kinds: list[str]) -> None:
    """W5: a run of terminators ($, %, °) next to a European number becomes part of it."""
    start = 0
    while start < len(kinds):
        if kinds[start] != "ET":
            start += 1
            continue
        end = start
        while end < len(kinds) and kinds[end] == "ET":
            end += 1
        touches = (start > 0 and kinds[start - 1] == "EN") or (
            end < len(kinds) and kinds[end] == "EN"
        )
        if touches:
            kinds[start:end] = ["EN"] * (end - start)
        start = end


def _neutral(kinds: list[str], base: int) -> list[str]:
    """N1, N2: neutrals between two of the same direction take it; others, the paragraph's."""
    edge = "R" if base else "L"

    def direction(kind: str) -> str:
        return "L" if kind == "L" else "R"  # R, EN and AN all count as R here

    start = 0
    while start < len(kinds):
        if kinds[start] not in NEUTRAL:
            start += 1
            continue
        end = start
        while end < len(kinds) and kinds[end] in NEUTRAL:
            end += 1
        before = direction(kinds[start - 1]) if start > 0 else edge
        after = direction(kinds[end]) if end < len(kinds) else edge
        kinds[start:end] = [before if before == after else edge] * (end - start)
        start = end
    return kinds


def _implicit(kind: str, base: int) -> int:
    """I1, I2."""
    if base % 2 == 0:
        return base + {"R": 1, "AN": 2, "EN": 2}.get(kind, 0)
    return base + (1 if kind in ("L", "EN", "AN") else 0)
