"""Checklist templates for site visits: the data, their canonical JSON, and the check of a
visit's answers. Pure: no database, no Qt."""

from qa_desktop.core.checklists.answers import check_answers, stored_answers
from qa_desktop.core.checklists.items import (
    CONTEXT,
    MAX_ANSWER_TEXT,
    MAX_ITEMS,
    MAX_LABEL,
    YES_NO_NA,
    ChecklistItem,
    ChecklistTemplate,
    Choice,
    ItemKind,
)
from qa_desktop.core.checklists.template_json import (
    MAX_FILE_BYTES,
    default_template,
    template_from_json,
    template_hash,
    template_to_json,
)

__all__ = [
    "CONTEXT",
    "MAX_ANSWER_TEXT",
    "MAX_FILE_BYTES",
    "MAX_ITEMS",
    "MAX_LABEL",
    "YES_NO_NA",
    "ChecklistItem",
    "ChecklistTemplate",
    "Choice",
    "ItemKind",
    "check_answers",
    "default_template",
    "stored_answers",
    "template_from_json",
    "template_hash",
    "template_to_json",
]
