"""An 8D's content as canonical JSON: how table EightD stores it. Pure.

One content has one text: keys sorted, no spaces, only what was filled in, with its format tag
and version. Reading refuses, with one translated sentence, anything this application could
not have written (a hand edit of the database, a damaged row): unknown steps or fields, wrong
types, a day that does not exist, a percentage outside 0..100, a list longer than its limit,
repeated keys, NaN, nesting deeper than an 8D has, a text larger than the largest 8D.
"""

from __future__ import annotations

import json
from typing import Any

from qa_desktop.core.eightd.content import FORMAT, VERSION, EightDContent, content_from_data
from qa_desktop.core.eightd.fields import CONTEXT, MAX_LINE, MAX_TEXT, FieldSpec, Kind
from qa_desktop.core.eightd.steps import STEPS
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

NOT_JSON = QT_TRANSLATE_NOOP("EightD", "The 8D content is not readable JSON.")
NOT_8D = QT_TRANSLATE_NOOP(
    "EightD", "The 8D content was not written by this application: its format tag is missing."
)
NEWER = QT_TRANSLATE_NOOP(
    "EightD",
    "The 8D content is of version {version}, newer than this application reads: update QA Desktop.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "EightD", "The 8D content is larger than any 8D can be ({limit} characters)."
)
TOO_DEEP = QT_TRANSLATE_NOOP("EightD", "The 8D content is nested deeper than an 8D can be.")
TWICE = QT_TRANSLATE_NOOP("EightD", "The 8D content names “{field}” twice.")
UNKNOWN_TOP = QT_TRANSLATE_NOOP(
    "EightD", "The 8D content has a part this application does not know: “{field}”."
)
# document -> steps -> step -> rows -> row -> cell value: anything deeper is not an 8D.
MAX_DEPTH = 5
_TOP = ("format", "steps", "version")


def content_to_json(content: EightDContent) -> str:
    if content.audience is not None:
        raise ValueError("a customer view is printed, never stored")
    data = {"format": FORMAT, "version": VERSION, "steps": content.data()}
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_from_json(text: str, lang: str | None = None) -> EightDContent:
    """What `content_to_json` wrote; UserError (a ValidationError for a field's value) else."""
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        raise translated(CONTEXT, TOO_LARGE, lang, limit=MAX_CHARS)
    try:
        data = json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_no_constant)
    except UserError:
        raise
    except RecursionError:
        raise translated(CONTEXT, TOO_DEEP, lang) from None
    except (ValueError, TypeError):
        raise translated(CONTEXT, NOT_JSON, lang) from None
    if _depth(data) > MAX_DEPTH:
        raise translated(CONTEXT, TOO_DEEP, lang)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise translated(CONTEXT, NOT_8D, lang)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise translated(CONTEXT, NOT_8D, lang)
    if version > VERSION:
        raise translated(CONTEXT, NEWER, lang, version=version)
    unknown = sorted(set(data) - set(_TOP))
    if unknown:
        raise translated(CONTEXT, UNKNOWN_TOP, lang, field=unknown[0][:40])
    return content_from_data(data.get("steps", {}), lang, strict=True)


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise translated(CONTEXT, TWICE, field=key[:40])
        data[key] = value
    return data


def _no_constant(name: str) -> Any:
    """NaN and Infinity are not JSON; Python's reader would take them as numbers."""
    raise ValueError(name)


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


def _largest(spec: FieldSpec) -> int:
    """An upper bound of the characters a field can take in the JSON (escapes included: a
    character is at most 2 as this application writes it: \\n, \\"; keys and punctuation
    counted generously)."""
    overhead = 8 + len(spec.key)
    if spec.kind in (Kind.TEXT, Kind.LINE):
        return overhead + 2 * (MAX_TEXT if spec.kind is Kind.TEXT else MAX_LINE)
    if spec.kind is Kind.ROWS:
        return overhead + spec.max_rows * (4 + sum(_largest(c) for c in spec.columns))
    if spec.kind is Kind.ACTIONS:
        return overhead + spec.max_rows * 6
    return overhead + 80  # a photo's sum, a day, a percent, a choice, a yes/no


# The largest text a valid 8D can have: a longer one is refused before it is parsed.
MAX_CHARS = 200 + sum(16 + sum(_largest(f) for f in s.fields) for s in STEPS)
