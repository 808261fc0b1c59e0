"""The 8D investigation's content (D0–D8): a declared field registry, the canonical JSON the
database keeps, the checks, the customer's view and what the workflow asks of it. Pure: no
database, no Qt."""

from qa_desktop.core.eightd.content import (
    FORMAT,
    VERSION,
    EightDContent,
    completion_problems,
    content_from_data,
    customer_view,
    empty_content,
    fishbone,
    root_cause_recorded,
    step_hash,
    with_values,
)
from qa_desktop.core.eightd.content_json import MAX_CHARS, content_from_json, content_to_json
from qa_desktop.core.eightd.fields import (
    CONTEXT,
    MAX_LINE,
    MAX_TEXT,
    Audience,
    FieldSpec,
    Kind,
    Option,
    StepSpec,
)
from qa_desktop.core.eightd.steps import (
    ACTION_KINDS,
    CAUSES,
    STEPS,
    internal_fields,
    step,
    step_by_code,
)

__all__ = [
    "ACTION_KINDS",
    "CAUSES",
    "CONTEXT",
    "FORMAT",
    "MAX_CHARS",
    "MAX_LINE",
    "MAX_TEXT",
    "STEPS",
    "VERSION",
    "Audience",
    "EightDContent",
    "FieldSpec",
    "Kind",
    "Option",
    "StepSpec",
    "completion_problems",
    "content_from_data",
    "content_from_json",
    "content_to_json",
    "customer_view",
    "empty_content",
    "fishbone",
    "internal_fields",
    "root_cause_recorded",
    "step",
    "step_by_code",
    "step_hash",
    "with_values",
]
