"""How the template screens name a checklist item's kind, its unit and its choices.

The core keeps kinds as codes (checklists.ItemKind); a person reads these words, in the
screen's language. Shared by the templates dialog and the version editor."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from qa_desktop.core.checklists import Choice, ItemKind
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, current_language
from qa_desktop.gui.values import unit_label

CONTEXT = "ChecklistWords"
KIND_WORDS = {
    ItemKind.YES_NO_NA: QT_TRANSLATE_NOOP("ChecklistWords", "Yes / no / not applicable"),
    ItemKind.NUMBER_WITH_UNIT: QT_TRANSLATE_NOOP("ChecklistWords", "Number with unit"),
    ItemKind.TEXT: QT_TRANSLATE_NOOP("ChecklistWords", "Text"),
    ItemKind.CHOICE: QT_TRANSLATE_NOOP("ChecklistWords", "Choice"),
    ItemKind.PHOTO: QT_TRANSLATE_NOOP("ChecklistWords", "Photo"),
}
REQUIRED = QT_TRANSLATE_NOOP("ChecklistWords", "Required")
BETWEEN_CHOICES = QT_TRANSLATE_NOOP("ChecklistWords", "; ")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: ItemKind) -> str:
    return _tr(KIND_WORDS[kind])


def kind_choices() -> list[tuple[ItemKind, str]]:
    return [(kind, kind_label(kind)) for kind in ItemKind]


def item_unit(kind: ItemKind, unit: str) -> str:
    return unit_label(unit) if kind is ItemKind.NUMBER_WITH_UNIT else ""


def choice_label(choice: Choice) -> str:
    """The choice in the screen's language, the other language's when that one is empty."""
    zh_first = current_language() == "zh_CN"
    first, second = (choice.zh, choice.en) if zh_first else (choice.en, choice.zh)
    return first or second or choice.code


def choices_summary(choices: Iterable[Choice]) -> str:
    return _tr(BETWEEN_CHOICES).join(choice_label(choice) for choice in choices)


def choices_detail(choices: Iterable[Choice]) -> str:
    """Every choice with its code and both labels, one a line (a tooltip)."""
    return "\n".join(
        f"{c.code} = {' / '.join(label for label in (c.en, c.zh) if label)}" for c in choices
    )


def required_word(required: bool) -> str:
    return _tr(REQUIRED) if required else ""
