"""Sort keys people expect: Chinese names by pinyin, like a Chinese dictionary or phone book.

In character-code order 上海 comes before 佛山 and 佛山 before 潮州, which no reader can guess;
by pinyin it is chao, fo, shang, as in any Chinese list. Keys are stored beside the name when it
is saved, so lists still sort in SQLite. pypinyin (~100 ms to load) is imported on first use
only: a name saved, or a list not stored sorted (owners and products, filled after the window's
first paint).
"""

from __future__ import annotations

import re
import unicodedata

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


def sort_key(name: str) -> str:
    """ "佛山某不锈钢制品厂" -> "fo shan mou bu xiu gang zhi pin chang\\t佛山某不锈钢制品厂".

    Han characters become their toneless pinyin (pypinyin reads phrases, so 重庆 is chong qing),
    everything else is case-folded with its accents removed, so Ankara and ankara sort together
    and Kraków sorts with Krakow. The name itself follows a tab, so equal readings still sort
    the same way every time."""
    from pypinyin import Style, lazy_pinyin

    parts: list[str] = []
    position = 0
    for match in _HAN.finditer(name):
        parts.append(_latin_key(name[position : match.start()]))
        parts.append(" ".join(lazy_pinyin(match.group(), style=Style.NORMAL)) + " ")
        position = match.end()
    parts.append(_latin_key(name[position:]))
    reading = " ".join("".join(parts).split())
    return f"{reading}\t{name}"


def _latin_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_matches(typed: str, name: str, name_en: str = "", key: str = "") -> bool:
    """Whether a filter box's text finds this name: part of the name or the English name, of
    the full pinyin (foshan) or of the initials (fs), from the stored sort `key` (no pypinyin).

    Case, accents and spaces do not count: "fo shan", "FoShan" and "佛山" all find 佛山某厂."""
    wanted = _squashed(typed)
    if not wanted:
        return True
    words = key.split("\t", 1)[0].split()
    haystacks = (
        _squashed(name),
        _squashed(name_en),
        "".join(words),
        "".join(word[0] for word in words),
    )
    return any(wanted in haystack for haystack in haystacks)


def _squashed(text: str) -> str:
    return "".join(_latin_key(text).split())
