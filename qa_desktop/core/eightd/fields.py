"""What an 8D field is: its key, its English label (marked for the catalogue), its kind, who may
see it, and what it needs before its step can be completed. Pure: no database, no Qt.

Every field is customer-facing or internal (seed 000 §4.4.2: never disclose company secrets or
key process technology). A row list's columns share the audience of their field, so a whole
fishbone is internal and a whole team list customer-facing; a field is never half of each.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from qa_desktop.core.i18n import translate

CONTEXT = "EightD"

MAX_LINE = 200  # a name, a document number, a caption
MAX_TEXT = 4000  # a paragraph of an 8D report; a longer one belongs in an attachment
MAX_ACTION_NUMBER = 9999  # CaseAction.number within one complaint


class Kind(StrEnum):
    TEXT = "text"  # several lines
    LINE = "line"  # one line
    YES_NO = "yes_no"  # True, False, or None (not answered)
    DATE = "date"  # a day (datetime.date), stored as YYYY-MM-DD
    PERCENT = "percent"  # a whole percentage 0..100
    CHOICE = "choice"  # one code of the field's options
    PHOTO = "photo"  # a stored file, by the sha256 of its media (64 lower-case hex digits)
    ACTIONS = "actions"  # numbers of the complaint's actions (table CaseAction), each once
    ROWS = "rows"  # a list of rows, each a mapping of the field's columns


class Audience(StrEnum):
    CUSTOMER = "customer"  # printed on the 8D report the customer receives
    INTERNAL = "internal"  # the factory's working: never on a customer document


@dataclass(frozen=True)
class Option:
    """One answer a choice offers: the stored code and its English label (marked)."""

    code: str
    label: str

    def text(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.label, lang)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a step, or one column of a row list."""

    key: str
    label: str  # English, marked with QT_TRANSLATE_NOOP under CONTEXT
    kind: Kind
    audience: Audience = Audience.CUSTOMER
    required: bool = False  # filled before the step can be completed
    columns: tuple[FieldSpec, ...] = ()  # ROWS
    options: tuple[Option, ...] = ()  # CHOICE
    max_rows: int = 0  # ROWS and ACTIONS

    @property
    def customer(self) -> bool:
        return self.audience is Audience.CUSTOMER

    def text(self, lang: str | None = None) -> str:
        """The label in `lang` (the current language by default)."""
        return translate(CONTEXT, self.label, lang)

    def column(self, key: str) -> FieldSpec | None:
        return next((c for c in self.columns if c.key == key), None)

    def option(self, code: str) -> Option | None:
        return next((o for o in self.options if o.code == code), None)

    def empty(self) -> object:
        """The value of a field nobody filled in."""
        if self.kind in (Kind.TEXT, Kind.LINE, Kind.CHOICE, Kind.PHOTO):
            return ""
        if self.kind in (Kind.ROWS, Kind.ACTIONS):
            return ()
        return None


@dataclass(frozen=True)
class StepSpec:
    """One discipline D0–D8 and its fields, in the order an editor and the report show them."""

    number: int
    title: str  # English, marked under CONTEXT, without the "D2"
    fields: tuple[FieldSpec, ...]

    @property
    def code(self) -> str:
        """ "d2": the step's key in the canonical JSON."""
        return f"d{self.number}"

    def text(self, lang: str | None = None) -> str:
        """ "D2 Problem description", translated."""
        return f"D{self.number} {translate(CONTEXT, self.title, lang)}"

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)
