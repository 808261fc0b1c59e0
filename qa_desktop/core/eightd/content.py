"""An 8D's content as a value: what was filled in, step by step, checked and canonical. Pure.

Only what was filled in is kept: an empty field and a missing one are the same, so the hash of
a step (what its completer signs) does not change when a later version of the application
adds a field nobody has filled in yet. Build one with `content_from_data` (what an editor
submits) or `content_json.content_from_json`; both refuse what the registry does not allow.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from qa_desktop.core.eightd.fields import Audience, Kind
from qa_desktop.core.eightd.steps import CAUSES, FISHBONE, STEPS, step, step_by_code
from qa_desktop.core.eightd.values import (
    REQUIRED,
    REQUIRED_ROWS,
    Place,
    Problems,
    canonical_value,
    is_empty,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

FORMAT = "qa-desktop 8d"
VERSION = 1

UNKNOWN_STEP = QT_TRANSLATE_NOOP("EightD", "The 8D has no step “{step}”; its steps are D0 to D8.")
NOT_STEP = QT_TRANSLATE_NOOP("EightD", "{step} must hold its fields by name.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("EightD", "{step} has no field “{field}”.")

Values = Mapping[str, Any]


@dataclass(frozen=True, eq=False)
class EightDContent:
    """Step number -> field key -> canonical value, holding only what was filled in. Values:
    str (text, line, choice, photo), bool (yes/no), date, int (percent), a tuple of action
    numbers, a tuple of rows (dicts of column -> value). `audience` is CUSTOMER for the view a
    customer document is built from: it has no internal field at all."""

    steps: Mapping[int, Values] = field(default_factory=dict)
    audience: Audience | None = None

    def value(self, number: int, key: str) -> Any:
        """The field's value, or its empty value (also for a field this view leaves out)."""
        spec = step(number).field(key)
        if spec is None:
            raise KeyError(f"d{number}.{key}")
        return self.steps.get(number, {}).get(key, spec.empty())

    def values(self, number: int) -> dict[str, Any]:
        """Every field of step `number` this view has, empty ones with their empty value."""
        spec = step(number)
        filled = self.steps.get(number, {})
        return {
            f.key: filled.get(f.key, f.empty())
            for f in spec.fields
            if self.audience is None or f.audience is self.audience
        }

    def filled(self, number: int | None = None) -> bool:
        """Whether anything is filled in (in step `number`, or anywhere)."""
        if number is None:
            return any(self.steps.values())
        return bool(self.steps.get(number))

    def data(self) -> dict[str, Any]:
        """The canonical data: "d0" … -> filled fields, JSON-ready (dates as YYYY-MM-DD)."""
        return {STEPS[n].code: _plain(values) for n, values in sorted(self.steps.items()) if values}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EightDContent):
            return NotImplemented
        return self.audience == other.audience and self.data() == other.data()

    def __hash__(self) -> int:
        return hash(json.dumps(self.data(), sort_keys=True))


def empty_content() -> EightDContent:
    return EightDContent({})


def content_from_data(
    data: Mapping[object, object], lang: str | None = None, *, strict: bool = False
) -> EightDContent:
    """Checked content from plain data: step ("d2" or 2) -> field key -> value, as an editor
    holds it. Every problem is collected; ValidationError names each step and field.
    `strict` (files): steps are named "d0".."d8" only."""
    problems = Problems(lang)
    steps: dict[int, dict[str, Any]] = {}
    if not isinstance(data, Mapping):
        problems.add("", NOT_STEP, step="8D")
        raise ValidationError(problems.found)
    for name, fields in data.items():
        spec = _step_named(name, strict)
        if spec is None:
            problems.add(str(name)[:40], UNKNOWN_STEP, step=str(name)[:40])
            continue
        if not isinstance(fields, Mapping):
            problems.add(spec.code, NOT_STEP, step=spec.text(lang))
            continue
        clean = steps.setdefault(spec.number, {})
        for key, raw in fields.items():
            field_spec = spec.field(key) if isinstance(key, str) else None
            if field_spec is None:
                problems.add(
                    f"{spec.code}.{str(key)[:40]}",
                    UNKNOWN_FIELD,
                    step=spec.text(lang),
                    field=str(key)[:40],
                )
                continue
            value = canonical_value(Place(spec, field_spec), raw, problems)
            if not is_empty(value):
                clean[key] = value
    if problems.found:
        raise ValidationError(problems.found)
    return EightDContent({n: v for n, v in steps.items() if v})


def _step_named(name: object, strict: bool):
    if isinstance(name, str):
        return step_by_code(name)
    if not strict and isinstance(name, int) and not isinstance(name, bool) and 0 <= name <= 8:
        return STEPS[name]
    return None


def with_values(
    content: EightDContent, number: int, values: Mapping[str, object], lang: str | None = None
) -> EightDContent:
    """`content` with step `number`'s fields in `values` replaced (others kept), checked."""
    if content.audience is not None:
        raise ValueError("a customer view is not edited")
    data: dict[object, object] = {STEPS[n].code: dict(v) for n, v in content.steps.items()}
    code = step(number).code
    merged = dict(data.get(code, {}))  # type: ignore[arg-type]
    merged.update(values)
    data[code] = merged
    return content_from_data(data, lang)


def customer_view(content: EightDContent) -> EightDContent:
    """Only the customer-facing fields: what a customer document is built from."""
    steps = {}
    for number, values in content.steps.items():
        spec = step(number)
        customer = {f.key for f in spec.fields if f.audience is Audience.CUSTOMER}
        kept = {k: v for k, v in values.items() if k in customer}
        if kept:
            steps[number] = kept
    return EightDContent(steps, Audience.CUSTOMER)


def root_cause_recorded(content: EightDContent) -> bool:
    """Both the occurrence and the escape have a verified root cause in words (the workflow's
    precondition for proposing the handling)."""
    return all(str(content.value(4, f"{cause}_root_cause")).strip() for cause in CAUSES)


def fishbone(content: EightDContent, cause: str) -> dict[str, tuple[dict[str, Any], ...]]:
    """The fishbone of `cause` ("occurrence" or "escape") by category, man to measurement
    (人机料法环测), each a tuple of its candidate causes; uncategorised rows under ""."""
    if cause not in CAUSES:
        raise ValueError(f"no cause {cause!r}")
    rows = content.value(4, f"{cause}_fishbone")
    grouped: dict[str, tuple[dict[str, Any], ...]] = {o.code: () for o in FISHBONE}
    for row in rows:
        key = row.get("category", "")
        grouped[key] = (*grouped.get(key, ()), row)
    return grouped


def step_hash(content: EightDContent, number: int) -> str:
    """The sha256 of step `number`'s canonical data: what its completer signs."""
    spec = step(number)
    data = {
        "format": FORMAT,
        "step": spec.code,
        "values": _plain(content.steps.get(number, {})),
    }
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def completion_problems(content: EightDContent, number: int, lang: str | None = None):
    """What step `number` still needs before it can be completed: one FieldError per
    required field left empty."""
    spec = step(number)
    problems = Problems(lang)
    for field_spec in spec.fields:
        if field_spec.required and is_empty(content.value(number, field_spec.key)):
            message = REQUIRED_ROWS if field_spec.kind is Kind.ROWS else REQUIRED
            Place(spec, field_spec).refuse(problems, message)
    return problems.found


def _plain(value: Any) -> Any:
    """JSON-ready: dates as YYYY-MM-DD, tuples as lists, mappings as dicts."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
