"""A checklist template as data: the items a site visit answers (issue 11, seed 000 §4.3).

Pure: no database, no Qt. A template is identified by its code and version; a visit keeps the
version it was filled against, so a template is never changed in place (a new version is made).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

CONTEXT = "Checklists"
KEY_PATTERN = r"[a-z][a-z0-9_]{0,39}"
MAX_ITEMS = 200
MAX_LABEL = 300  # a label is read on a laptop screen and printed in a report's left column
MAX_ANSWER_TEXT = 2000


class ItemKind(StrEnum):
    YES_NO_NA = "yes_no_na"
    NUMBER_WITH_UNIT = "number_with_unit"
    TEXT = "text"
    CHOICE = "choice"
    PHOTO = "photo"


YES_NO_NA = ("yes", "no", "na")


class Choice(NamedTuple):
    """One answer a choice item offers: the stored code and its two labels; a plain
    (code, en, zh) tuple is the same thing."""

    code: str
    en: str
    zh: str


@dataclass(frozen=True)
class ChecklistItem:
    """One question; `unit` (a vocab.Unit code) only for a number, `choices` only for a choice."""

    key: str
    kind: ItemKind
    label_en: str
    label_zh: str
    required: bool
    unit: str = ""
    choices: tuple[Choice, ...] = ()

    def label(self, lang: str) -> str:
        """The label in `lang`, the other language's when this one is empty."""
        first, second = (
            (self.label_zh, self.label_en) if lang == "zh_CN" else (self.label_en, self.label_zh)
        )
        return first or second


@dataclass(frozen=True)
class ChecklistTemplate:
    code: str
    version: int
    name_en: str
    name_zh: str
    items: tuple[ChecklistItem, ...]

    def item(self, key: str) -> ChecklistItem | None:
        return next((item for item in self.items if item.key == key), None)
