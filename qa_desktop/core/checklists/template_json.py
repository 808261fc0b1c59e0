"""A checklist template as canonical JSON: how it is shipped, imported, stored and hashed.

One template has exactly one text (keys sorted, no spaces, every field written), so its sha256
names the version a visit was filled against. Reading refuses, with one translated sentence,
anything that is not a template this application could have written: a file from a screen,
a pack or a hand edit must never reach a visit as a traceback.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from qa_desktop.core.checklists.items import (
    CONTEXT,
    KEY_PATTERN,
    MAX_ITEMS,
    MAX_LABEL,
    ChecklistItem,
    ChecklistTemplate,
    Choice,
    ItemKind,
)
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.text import has_control
from qa_desktop.core.vocab import Unit

MAX_FILE_BYTES = 1024 * 1024
# template → items → item → choices → choice: anything deeper is not a template.
MAX_DEPTH = 5
DEFAULT_FILE = "default.json"
_KEY = re.compile(KEY_PATTERN)
_TOP = ("code", "items", "name_en", "name_zh", "version")
_ITEM = ("choices", "key", "kind", "label_en", "label_zh", "required", "unit")
_CHOICE = ("code", "en", "zh")


def template_to_json(t: ChecklistTemplate) -> str:
    data = {
        "code": t.code,
        "items": [_item_data(item) for item in t.items],
        "name_en": t.name_en,
        "name_zh": t.name_zh,
        "version": t.version,
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def template_hash(t: ChecklistTemplate) -> str:
    return hashlib.sha256(template_to_json(t).encode("utf-8")).hexdigest()


def default_template() -> ChecklistTemplate:
    """The site-visit checklist of seed 000 §4.3, shipped in resources/checklists."""
    from qa_desktop.paths import resource

    return template_from_json(resource("checklists", DEFAULT_FILE).read_text("utf-8"))


def _item_data(item: ChecklistItem) -> dict[str, Any]:
    return {
        "choices": [{"code": c.code, "en": c.en, "zh": c.zh} for c in item.choices],
        "key": item.key,
        "kind": item.kind.value,
        "label_en": item.label_en,
        "label_zh": item.label_zh,
        "required": item.required,
        "unit": item.unit,
    }


def template_from_json(text: str) -> ChecklistTemplate:
    data = _parse(text)
    _exact_keys(data, _TOP, optional=("name_en", "name_zh"))
    code, version, items = data["code"], data["version"], data["items"]
    if not isinstance(code, str) or not _KEY.fullmatch(code):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "The checklist template's code must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.",
            )
        )
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists", "The checklist template's version must be a whole number, 1 or more."
            )
        )
    name_en, name_zh = _labels(data.get("name_en", ""), data.get("name_zh", ""))
    if not isinstance(items, list):
        raise _not_object()
    if len(items) > MAX_ITEMS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Checklists", "A checklist template holds at most {limit} items."),
            limit=MAX_ITEMS,
        )
    parsed = tuple(_item(row) for row in items)
    keys = [item.key for item in parsed]
    twice = next((key for key in keys if keys.count(key) > 1), None)
    if twice is not None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists", "The checklist template has two items with the key “{key}”."
            ),
            key=twice,
        )
    return ChecklistTemplate(code, version, name_en, name_zh, parsed)


def _parse(text: str) -> dict[str, Any]:
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists", "A checklist template file is at most 1 MB; this one is larger."
            )
        )
    try:
        data = json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_no_constant)
    except UserError:
        raise
    except RecursionError:
        raise _too_deep() from None
    except (ValueError, TypeError):
        raise _refuse(
            QT_TRANSLATE_NOOP("Checklists", "The checklist template is not readable JSON.")
        ) from None
    if _depth(data) > MAX_DEPTH:
        raise _too_deep()
    if not isinstance(data, dict):
        raise _not_object()
    return data


def _depth(value: object) -> int:
    """How many arrays and objects are nested in `value` (iterative: no recursion limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        current, level = stack.pop()
        if isinstance(current, (dict, list)):
            deepest = max(deepest, level)
            children = current.values() if isinstance(current, dict) else current
            stack.extend((child, level + 1) for child in children)
    return deepest


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists", "The checklist template names the field “{field}” twice."
                ),
                field=key,
            )
        data[key] = value
    return data


def _no_constant(name: str) -> Any:
    """NaN and Infinity are not JSON; Python's reader would accept them as numbers."""
    raise ValueError(name)


def _item(row: object) -> ChecklistItem:
    if not isinstance(row, dict):
        raise _not_object()
    _exact_keys(row, _ITEM, optional=("choices", "label_en", "label_zh", "unit"))
    key, kind, required = row["key"], row["kind"], row["required"]
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "An item's key must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.",
            )
        )
    if not isinstance(kind, str) or kind not in {k.value for k in ItemKind}:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "The item “{key}” has an unknown kind; use yes/no/not applicable, number with unit, text, choice or photo.",
            ),
            key=key,
        )
    if not isinstance(required, bool):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists", "The item “{key}” must say whether it is required (true or false)."
            ),
            key=key,
        )
    label_en, label_zh = _labels(row.get("label_en", ""), row.get("label_zh", ""), key)
    kind = ItemKind(kind)
    unit = _unit(key, kind, row.get("unit", ""))
    choices = _choices(key, kind, row.get("choices", []))
    return ChecklistItem(key, kind, label_en, label_zh, required, unit, choices)


def _unit(key: str, kind: ItemKind, unit: object) -> str:
    if kind is not ItemKind.NUMBER_WITH_UNIT:
        if unit != "":
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists", "Only a number item has a unit; the item “{key}” is not one."
                ),
                key=key,
            )
        return ""
    if unit == "":
        raise _refuse(
            QT_TRANSLATE_NOOP("Checklists", "The number item “{key}” needs a unit."), key=key
        )
    if not isinstance(unit, str) or unit not in {u.value for u in Unit}:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists", "The number item “{key}” has a unit this application does not know."
            ),
            key=key,
        )
    return str(unit)


def _choices(key: str, kind: ItemKind, rows: object) -> tuple[Choice, ...]:
    if not isinstance(rows, list):
        raise _not_object()
    if kind is not ItemKind.CHOICE:
        if rows:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists", "Only a choice item has choices; the item “{key}” is not one."
                ),
                key=key,
            )
        return ()
    if not rows:
        raise _refuse(
            QT_TRANSLATE_NOOP("Checklists", "The choice item “{key}” needs at least one choice."),
            key=key,
        )
    choices = []
    for row in rows:
        if not isinstance(row, dict):
            raise _not_object()
        _exact_keys(row, _CHOICE, optional=("en", "zh"))
        code = row["code"]
        if not isinstance(code, str) or not _KEY.fullmatch(code):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists",
                    "A choice's code in the item “{key}” must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.",
                ),
                key=key,
            )
        if any(c.code == code for c in choices):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists", "The item “{key}” offers the choice “{code}” twice."
                ),
                key=key,
                code=code,
            )
        en, zh = row.get("en", ""), row.get("zh", "")
        if not any(isinstance(label, str) and label.strip() for label in (en, zh)):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists",
                    "The choice “{code}” of the item “{key}” needs an English or a Chinese label.",
                ),
                key=key,
                code=code,
            )
        choices.append(Choice(code, *_labels(en, zh, key)))
    return tuple(choices)


def _labels(en: object, zh: object, key: str = "") -> tuple[str, str]:
    """An English and a Chinese label: one of them at least, each one line of sane length."""
    if not isinstance(en, str) or not isinstance(zh, str) or not (en.strip() or zh.strip()):
        if key:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists", "The item “{key}” needs an English or a Chinese label."
                ),
                key=key,
            )
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists", "The checklist template needs an English or a Chinese name."
            )
        )
    for label in (en, zh):
        if has_control(label):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists",
                    "A label in the checklist template holds control characters or line breaks.",
                )
            )
        if len(label) > MAX_LABEL:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Checklists",
                    "A label in the checklist template is longer than {limit} characters.",
                ),
                limit=MAX_LABEL,
            )
    return en, zh


def _exact_keys(
    data: dict[str, Any], keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> None:
    missing = [key for key in keys if key not in data and key not in optional]
    if missing:
        raise _refuse(
            QT_TRANSLATE_NOOP("Checklists", "The checklist template has no field “{field}”."),
            field=missing[0],
        )
    unknown = sorted(set(data) - set(keys))
    if unknown:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Checklists",
                "The checklist template has a field this application does not know: “{field}”.",
            ),
            field=unknown[0],
        )


def _not_object() -> UserError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Checklists",
            "The checklist template is not laid out as a template: an object with its items.",
        )
    )


def _too_deep() -> UserError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Checklists", "The checklist template is nested deeper than a template can be."
        )
    )


def _refuse(message: str, **values: object) -> UserError:
    return translated(CONTEXT, message, **values)
