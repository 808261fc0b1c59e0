"""The check of a visit's answers against the template it is filled against (pure).

Each problem is a FieldError on the item's key, so a screen shows it beside that item and a
return pack refuses it with the same sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from qa_desktop.core.checklists.items import (
    CONTEXT,
    MAX_ANSWER_TEXT,
    YES_NO_NA,
    ChecklistItem,
    ChecklistTemplate,
    ItemKind,
)
from qa_desktop.core.errors import FieldError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.numbers import typed_number
from qa_desktop.core.text import clean_multiline

# Above this a figure cannot be stored exactly (validation.py keeps the same bound for coils).
LARGEST = Decimal(10) ** 12

REQUIRED = QT_TRANSLATE_NOOP("Checklists", "Answer this item: it is required.")
PHOTO_REQUIRED = QT_TRANSLATE_NOOP("Checklists", "Add at least one photo for this item.")
UNKNOWN = QT_TRANSLATE_NOOP("Checklists", "The checklist has no item “{key}”.")
NOT_YES_NO_NA = QT_TRANSLATE_NOOP("Checklists", "Answer yes, no or not applicable.")
NOT_NUMBER = QT_TRANSLATE_NOOP("Checklists", "Enter a number, zero or more, in {unit}.")
NOT_CHOICE = QT_TRANSLATE_NOOP("Checklists", "Choose one of the answers offered.")
NOT_TEXT = QT_TRANSLATE_NOOP("Checklists", "Enter the answer as text.")
TOO_LONG = QT_TRANSLATE_NOOP("Checklists", "Keep the answer to {limit} characters or fewer.")
NO_ANSWER = QT_TRANSLATE_NOOP("Checklists", "A photo item is answered with photos, not with text.")


def check_answers(
    template: ChecklistTemplate,
    answers: Mapping[str, object],
    photos: Mapping[str, int],
    lang: str | None = None,
) -> list[FieldError]:
    """Every problem with `answers` (item key → answer; None or "" is unanswered) and `photos`
    (item key → how many photos are attached to it), in the template's order."""
    errors: list[FieldError] = []
    known = {item.key for item in template.items}
    for key in sorted((set(answers) | set(photos)) - known, key=str):
        errors.append(FieldError(str(key), translate(CONTEXT, UNKNOWN, lang).format(key=key)))
    for item in template.items:
        message = _problem(item, answers.get(item.key), photos.get(item.key, 0), lang)
        if message:
            errors.append(FieldError(item.key, message))
    return errors


def _problem(item: ChecklistItem, answer: object, photo_count: int, lang: str | None) -> str:
    if item.kind is ItemKind.PHOTO:
        if not _blank(answer):
            return translate(CONTEXT, NO_ANSWER, lang)
        if item.required and photo_count < 1:
            return translate(CONTEXT, PHOTO_REQUIRED, lang)
        return ""
    if _blank(answer):
        return translate(CONTEXT, REQUIRED, lang) if item.required else ""
    return _wrong_answer(item, answer, lang)


def _wrong_answer(item: ChecklistItem, answer: object, lang: str | None) -> str:
    if item.kind is ItemKind.YES_NO_NA:
        return "" if answer in YES_NO_NA else translate(CONTEXT, NOT_YES_NO_NA, lang)
    if item.kind is ItemKind.CHOICE:
        codes = {choice.code for choice in item.choices}
        return (
            ""
            if isinstance(answer, str) and answer in codes
            else translate(CONTEXT, NOT_CHOICE, lang)
        )
    if item.kind is ItemKind.NUMBER_WITH_UNIT:
        return "" if _number(answer) is not None else _number_message(item, lang)
    if not isinstance(answer, str):
        return translate(CONTEXT, NOT_TEXT, lang)
    if len(clean_multiline(answer).strip()) > MAX_ANSWER_TEXT:
        return translate(CONTEXT, TOO_LONG, lang).format(limit=MAX_ANSWER_TEXT)
    return ""


def stored_answers(template: ChecklistTemplate, answers: Mapping[str, object]) -> dict[str, object]:
    """The answers as a save stores them, once `check_answers` found nothing wrong: a number
    in plain digits ("１２３" is "123", "1,000.5" is "1000.5"), everything else as given."""
    stored = dict(answers)
    for item in template.items:
        if item.kind is ItemKind.NUMBER_WITH_UNIT and item.key in stored:
            value = _number(stored[item.key])
            if value is not None:
                stored[item.key] = format(value, "f")
    return stored


def _number_message(item: ChecklistItem, lang: str | None) -> str:
    from qa_desktop.core.vocab import Unit

    return translate(CONTEXT, NOT_NUMBER, lang).format(unit=Unit(item.unit).label(lang))


def _number(answer: object) -> Decimal | None:
    """The answer as a finite Decimal, zero or more, or None (bool is not a number here)."""
    if isinstance(answer, bool) or not isinstance(answer, (str, int, float, Decimal)):
        return None
    try:
        value = typed_number(answer) if isinstance(answer, str) else Decimal(str(answer))
    except (ValueError, ArithmeticError):
        return None
    if not value.is_finite() or value < 0 or value >= LARGEST:
        return None
    return value.copy_abs() if value.is_zero() else value  # never "-0"


def _blank(answer: object) -> bool:
    return answer is None or (isinstance(answer, str) and not clean_multiline(answer).strip())
