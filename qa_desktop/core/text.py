"""What a stored text may contain: the one place that cleans typed, pasted or imported text.

Control characters are invisible on screen, yet they end up in the database, in search, on
printed forms and in workbooks (where XML forbids most of them), so the core removes them once,
before anything is validated or written, for every text field whatever it came from (a screen,
the CLI, an import):
- C0 controls and DEL; C1 controls (U+0080–U+009F);
- lone surrogates (they cannot be stored as UTF-8: SQLite would refuse the whole save);
- Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane);
- the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
  make a screen show "exe.txt" for "txt.exe" (a caption, a file name, a signer's name), while
  the printouts ignore them (reports/text_layout.py), so the two would disagree.

Tab, CR and LF stay in multi-line fields as typed; in a one-line field they become a space.
"""

from __future__ import annotations

import re

_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_ALWAYS = f"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{_BIDI_CONTROLS}{_NONCHARACTERS}"
_REMOVE = re.compile(f"[{_ALWAYS}]")
_LINE_BREAKS = re.compile(r"[\t\n\r]")
_ANY_CONTROL = re.compile(f"[{_ALWAYS}\t\n\r]")


def clean_multiline(text: str) -> str:
    """The text without invisible control characters; tabs and line breaks kept as typed."""
    return _REMOVE.sub("", text)


def written(text: str) -> str:
    """A multi-line field as stored: `clean_multiline`, blank ends trimmed (spaces alone are
    nothing written)."""
    return clean_multiline(text).strip()


def clean_line(text: str) -> str:
    """A one-line text: control characters removed, tabs and line breaks made spaces."""
    return _REMOVE.sub("", _LINE_BREAKS.sub(" ", text))


def single_spaced(text: str) -> str:
    """A one-line field as stored: `clean_line`, then runs of spaces made one, ends trimmed."""
    return " ".join(clean_line(text).split())


def has_control(text: str) -> bool:
    """Whether a text holds anything `clean_line` would change (for checks, not for cleaning)."""
    return _ANY_CONTROL.search(text) is not None
