"""The template editor's rows as typed, and their check by the core's own rules.

Each row is checked as a template of that one item (template_from_json, the check a file gets),
so every refusal lands on its row; a key used twice is then the core's sentence for the pair.
No Qt here: the editor (checklist_editor.py) shows what this finds."""

from __future__ import annotations

from dataclasses import dataclass, field

from qa_desktop.core.checklists import (
    ChecklistItem,
    ChecklistTemplate,
    Choice,
    ItemKind,
    template_from_json,
    template_to_json,
)
from qa_desktop.core.errors import UserError
from qa_desktop.core.services import checklists
from qa_desktop.core.text import single_spaced


@dataclass
class ItemRow:
    """One row as typed; `stored` rows came from the version shown and keep their key."""

    key: str = ""
    kind: ItemKind = ItemKind.YES_NO_NA
    label_en: str = ""
    label_zh: str = ""
    required: bool = True
    unit: str = ""
    choices: list[list[str]] = field(default_factory=list)  # [code, English, Chinese]
    stored: bool = False
    problem: str = ""

    @classmethod
    def of(cls, item: ChecklistItem) -> ItemRow:
        choices = [[c.code, c.en, c.zh] for c in item.choices]
        return cls(item.key, item.kind, item.label_en, item.label_zh, item.required,
                   item.unit, choices, stored=True)  # fmt: skip

    def item(self) -> ChecklistItem:
        """The item as it would be stored: text cleaned, unit and choices only where they
        belong (a kind changed away keeps them in the row, in case it is changed back)."""
        number, choice = self.kind is ItemKind.NUMBER_WITH_UNIT, self.kind is ItemKind.CHOICE
        kept = [c for c in self.choices if any(part.strip() for part in c)] if choice else []
        return ChecklistItem(
            single_spaced(self.key),
            self.kind,
            single_spaced(self.label_en),
            single_spaced(self.label_zh),
            self.required,
            self.unit if number else "",
            tuple(Choice(*(single_spaced(part) for part in c)) for c in kept),
        )


def check_rows(rows: list[ItemRow], template: ChecklistTemplate) -> str:
    """Each row's problem into `row.problem` ("" when none); returns the name's problem."""
    code, items = template.code, template.items
    first: dict[str, int] = {}
    for number, item in enumerate(items):
        first.setdefault(item.key, number)
        rows[number].problem = refusal(ChecklistTemplate(code, 1, "-", "", (item,)))
    for number, item in enumerate(items):
        earlier = first[item.key]
        if earlier != number and not rows[number].problem:
            pair = (items[earlier], item)
            rows[number].problem = refusal(ChecklistTemplate(code, 1, "-", "", pair))
    return refusal(ChecklistTemplate(code, 1, template.name_en, template.name_zh, ()))


def refusal(template: ChecklistTemplate) -> str:
    """The core's sentence for `template`, or "" (the same check a file gets)."""
    try:
        template_from_json(template_to_json(template))
    except UserError as exc:
        return str(exc)
    return ""


def highest(code: str) -> int:
    """The highest version stored of `code` (0 for none)."""
    return max((row.version for row in checklists.versions(code)), default=0)
