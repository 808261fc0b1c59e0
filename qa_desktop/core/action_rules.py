"""What an action (CAPA) must say before it is written: pure rules, no database, no Qt.

Every action has a kind, a description, an owner, a department and a due date. A corrective
action names the cause it acts on (occurrence or escape, D4/D5). A preventive action is fixed in
time, person and quantity (定时、定人、定量): its due date, owner and what and how much it covers
are required, and it names the date code from which it applies (DOMAIN.md step 10).

The due date falls between the day the complaint was received and two years from today, in the
department's zone: a date before the complaint is a typing mistake, and a plan more than two years
out is not a plan the department can follow (a roll-out to every line is planned in stages).
Texts are cleaned by core/text.py first; lengths are those of the complaint's fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from qa_desktop.core.errors import FieldError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.text import clean_multiline, single_spaced
from qa_desktop.core.validation import MAX_LINE, MAX_TEXT
from qa_desktop.core.vocab import ActionCause, ActionKind

CONTEXT = "Actions"
MAX_AHEAD = timedelta(days=730)  # two years: see the module's docstring
MAX_DATE_CODE = 40  # a date code is a few characters (240817, 2024W33); 40 leaves room

NO_KIND = QT_TRANSLATE_NOOP("Actions", "Choose what kind of action this is.")
NO_CAUSE = QT_TRANSLATE_NOOP(
    "Actions", "Choose the cause the corrective action acts on: occurrence or escape."
)
NO_DESCRIPTION = QT_TRANSLATE_NOOP("Actions", "Describe the action.")
NO_OWNER = QT_TRANSLATE_NOOP("Actions", "Choose the owner of the action.")
NO_DEPARTMENT = QT_TRANSLATE_NOOP("Actions", "Name the department that carries out the action.")
NO_DUE = QT_TRANSLATE_NOOP("Actions", "Enter the due date.")
DUE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Actions", "The due date is before the complaint was received ({received})."
)
DUE_TOO_LATE = QT_TRANSLATE_NOOP(
    "Actions", "The due date is more than two years ahead; enter a date up to {limit}."
)
BAD_EFFECT = QT_TRANSLATE_NOOP(
    "Actions", "Enter the expected effectiveness as a whole percentage from 0 to 100."
)
NO_QUANTITY = QT_TRANSLATE_NOOP(
    "Actions", "A preventive action is fixed in quantity: say what it covers and how much."
)
NO_DATE_CODE = QT_TRANSLATE_NOOP(
    "Actions", "Name the date code from which the preventive action applies."
)
TOO_LONG = QT_TRANSLATE_NOOP("Actions", "At most {n} characters.")


@dataclass(frozen=True)
class ActionDraft:
    """What a form, the CLI or a test submits for an action."""

    kind: str  # vocab.ActionKind
    description: str
    owner: str  # a user id
    department: str
    due_date: date | None
    cause: str = ""  # vocab.ActionCause; corrective actions only
    expected_effect: int | str | None = None  # % effectiveness expected
    quantity: str = ""  # what and how much it covers (定量); required for preventive ones
    date_code_from: str = ""  # preventive ones: the date code from which they apply
    internal_note: str = ""  # never printed for the customer


@dataclass(frozen=True)
class CleanAction:
    """A draft as it is stored: cleaned, checked, fields that do not apply emptied."""

    kind: str
    description: str
    owner: str
    department: str
    due_date: date
    cause: str
    expected_effect: int | None
    quantity: str
    date_code_from: str
    internal_note: str


@dataclass(frozen=True)
class DueWindow:
    """The days a due date may fall on: from the day the complaint was received to two years
    after today (both in the department's zone)."""

    received_on: date
    today: date

    @property
    def last(self) -> date:
        return self.today + MAX_AHEAD


def check_action(
    draft: ActionDraft, window: DueWindow, lang: str | None = None
) -> tuple[CleanAction | None, list[FieldError]]:
    """The stored form of `draft`, or None with every problem found, each beside its field.
    Whether the owner is an account here is the service's question (it needs the database)."""
    errors = _Errors(lang)
    kind = _kind(draft.kind, errors)
    description = clean_multiline(draft.description).strip()
    preventive = kind is ActionKind.PREVENTIVE
    texts = {
        "description": (description, MAX_TEXT, NO_DESCRIPTION),
        "owner": (single_spaced(draft.owner), MAX_LINE, NO_OWNER),
        "department": (single_spaced(draft.department), MAX_LINE, NO_DEPARTMENT),
        "quantity": (single_spaced(draft.quantity), MAX_LINE, ""),
        # only a preventive action applies from a date code: what a form left there goes
        "date_code_from": (
            single_spaced(draft.date_code_from) if preventive else "",
            MAX_DATE_CODE,
            "",
        ),
        "internal_note": (clean_multiline(draft.internal_note).strip(), MAX_TEXT, ""),
    }
    for name, (text, limit, missing) in texts.items():
        if not text and missing:
            errors.add(name, missing)
        elif len(text) > limit:
            errors.add(name, TOO_LONG, n=limit)
    clean = {name: text for name, (text, _limit, _missing) in texts.items()}
    cause = _cause(draft.cause, kind, errors)
    if preventive and not clean["quantity"]:
        errors.add("quantity", NO_QUANTITY)
    if preventive and not clean["date_code_from"]:
        errors.add("date_code_from", NO_DATE_CODE)
    _due(draft.due_date, window, errors)
    effect = _effect(draft.expected_effect, errors)
    if errors.found or kind is None or draft.due_date is None:
        return None, errors.found
    return CleanAction(
        kind=kind.value, due_date=draft.due_date, cause=cause, expected_effect=effect, **clean
    ), []


def parse_effect(raw: int | str | None) -> int | None:
    """A percentage as typed ("80", "80 %", 80) -> 80; "" -> None; ValueError otherwise."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ValueError(raw)
    text = str(raw).strip().removesuffix("%").removesuffix("％").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(raw) from None
    if not value.is_finite() or not 0 <= value <= 100 or value != value.to_integral_value():
        raise ValueError(raw)
    return int(value)


class _Errors:
    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        self.found: list[FieldError] = []

    def add(self, field: str, message: str, **values: object) -> None:
        self.found.append(
            FieldError(field, translate(CONTEXT, message, self.lang).format(**values))
        )


def _kind(code: str, errors: _Errors) -> ActionKind | None:
    try:
        return ActionKind(code)
    except ValueError:
        errors.add("kind", NO_KIND)
        return None


def _cause(code: str, kind: ActionKind | None, errors: _Errors) -> str:
    if kind is not ActionKind.CORRECTIVE:
        return ""  # containment and prevention act on no one cause
    try:
        return ActionCause(code).value
    except ValueError:
        errors.add("cause", NO_CAUSE)
        return ""


def _due(due: date | None, window: DueWindow, errors: _Errors) -> None:
    if due is None:
        errors.add("due_date", NO_DUE)
    elif due < window.received_on:
        errors.add("due_date", DUE_TOO_EARLY, received=window.received_on.isoformat())
    elif due > window.last:
        errors.add("due_date", DUE_TOO_LATE, limit=window.last.isoformat())


def _effect(raw: int | str | None, errors: _Errors) -> int | None:
    try:
        return parse_effect(raw)
    except ValueError:
        errors.add("expected_effect", BAD_EFFECT)
        return None
