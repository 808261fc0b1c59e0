"""Each kind of 8D value checked and made canonical, with one translated sentence per problem
that names the step and the field (and the row and column inside a list). Pure.

Input comes from an editor, a file or a hand edit of the database, so anything is refused that
the application would not write itself: over-long text, a day that does not exist, a percentage
outside 0..100, an unknown choice, a list of 10,000 rows, a wrong type. Text is cleaned once
(core/text.py) before it is measured.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from qa_desktop.core.eightd.fields import (
    CONTEXT,
    MAX_ACTION_NUMBER,
    MAX_LINE,
    MAX_TEXT,
    FieldSpec,
    Kind,
    StepSpec,
)
from qa_desktop.core.errors import FieldError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.text import clean_multiline, single_spaced

WHERE = QT_TRANSLATE_NOOP("EightD", "{step}, “{field}”")
WHERE_ROW = QT_TRANSLATE_NOOP("EightD", "{step}, “{field}”, row {row}")
WHERE_CELL = QT_TRANSLATE_NOOP("EightD", "{step}, “{field}”, row {row}, “{column}”")
TOO_LONG = QT_TRANSLATE_NOOP("EightD", "{where}: write at most {limit} characters.")
NOT_TEXT = QT_TRANSLATE_NOOP("EightD", "{where}: this must be text.")
NOT_YES_NO = QT_TRANSLATE_NOOP("EightD", "{where}: answer yes or no.")
BAD_DATE = QT_TRANSLATE_NOOP(
    "EightD", "{where}: give a day between 2000 and 2099 as YYYY-MM-DD, such as 2026-03-12."
)
BAD_PERCENT = QT_TRANSLATE_NOOP("EightD", "{where}: give a whole percentage from 0 to 100.")
BAD_CHOICE = QT_TRANSLATE_NOOP("EightD", "{where}: choose one of {choices}.")
BAD_PHOTO = QT_TRANSLATE_NOOP(
    "EightD",
    "{where}: a photo is named by the SHA-256 sum of its file (64 hexadecimal digits).",
)
NOT_ROWS = QT_TRANSLATE_NOOP("EightD", "{where}: this must be a list of rows.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("EightD", "{where}: at most {limit} rows.")
NOT_ROW = QT_TRANSLATE_NOOP("EightD", "{where}: a row must hold its columns by name.")
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("EightD", "{where}: there is no column “{column}”.")
BAD_ACTIONS = QT_TRANSLATE_NOOP(
    "EightD", "{where}: give at most {count} action numbers from 1 to {limit}, each once."
)
REQUIRED = QT_TRANSLATE_NOOP("EightD", "{where}: fill this in before completing the step.")
REQUIRED_ROWS = QT_TRANSLATE_NOOP(
    "EightD", "{where}: add at least one row before completing the step."
)

_PHOTO = re.compile(r"[0-9a-f]{64}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERCENT = re.compile(r"\s*(\d{1,3})\s*%?\s*")
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)
# A text this many times its limit is not cleaned before it is refused (cleaning is linear,
# but there is no reason to run a regular expression over a pasted book).
_HOPELESS = 8


@dataclass
class Problems:
    """The problems found so far, each a FieldError named "d2.what" or "d1.members.name"."""

    lang: str | None = None
    found: list[FieldError] = field(default_factory=list)

    def add(self, name: str, message: str, row: int | None = None, **values: object) -> None:
        text = translate(CONTEXT, message, self.lang).format(**values)
        self.found.append(FieldError(name, text, row))


@dataclass(frozen=True)
class Place:
    """Where a value is: a step's field, or a cell of one of its rows (row 0-based)."""

    step: StepSpec
    spec: FieldSpec
    row: int | None = None
    column: FieldSpec | None = None

    def name(self) -> str:
        parts = [self.step.code, self.spec.key] + ([self.column.key] if self.column else [])
        return ".".join(parts)

    def where(self, lang: str | None) -> str:
        step, label = self.step.text(lang), self.spec.text(lang)
        if self.row is None:
            return translate(CONTEXT, WHERE, lang).format(step=step, field=label)
        if self.column is None:
            return translate(CONTEXT, WHERE_ROW, lang).format(
                step=step, field=label, row=self.row + 1
            )
        return translate(CONTEXT, WHERE_CELL, lang).format(
            step=step, field=label, row=self.row + 1, column=self.column.text(lang)
        )

    def refuse(self, problems: Problems, message: str, **values: object) -> None:
        problems.add(self.name(), message, self.row, where=self.where(problems.lang), **values)


def canonical_value(place: Place, raw: object, problems: Problems) -> object:
    """`raw` as stored for the field (or column) at `place`; its empty value, with the problem
    noted, when it cannot be."""
    spec = place.column or place.spec
    checker = _CHECKS[spec.kind]
    value = checker(place, spec, raw, problems)
    return spec.empty() if value is _REFUSED else value


_REFUSED = object()


def _text(place: Place, spec: FieldSpec, raw: object, problems: Problems) -> object:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        place.refuse(problems, NOT_TEXT)
        return _REFUSED
    limit = MAX_LINE if spec.kind is Kind.LINE else MAX_TEXT
    if len(raw) > _HOPELESS * limit:
        place.refuse(problems, TOO_LONG, limit=limit)
        return _REFUSED
    text = single_spaced(raw) if spec.kind is Kind.LINE else clean_multiline(raw).strip()
    if len(text) > limit:
        place.refuse(problems, TOO_LONG, limit=limit)
        return _REFUSED
    return text


def _yes_no(place: Place, spec: FieldSpec, raw: object, problems: Problems) -> object:
    if raw is None or isinstance(raw, bool):
        return raw
    place.refuse(problems, NOT_YES_NO)
    return _REFUSED


def _date(place: Place, spec: FieldSpec, raw: object, problems: Problems) -> object:
    if raw is None or raw == "":
        return None
    day: date | None = None
    if isinstance(raw, date) and type(raw) is date:  # a datetime is not a day
        day = raw
    elif isinstance(raw, str) and _DAY.fullmatch(raw.strip()):
        try:
            day = date.fromisoformat(raw.strip())
        except ValueError:
            day = None
    if day is None or not FIRST_DAY <= day <= LAST_DAY:
        place.refuse(problems, BAD_DATE)
        return _REFUSED
    return day


def _percent(place: Place, spec: FieldSpec, raw: object, problems: Problems) -> object:
    if raw is None or raw == "":
        return None
    value: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    elif isinstance(raw, str) and len(raw) < 12 and (match := _PERCENT.fullmatch(raw)):
        value = int(match.group(1))
    if value is None or not 0 <= value <= 100:
        place.refuse(problems, BAD_PERCENT)
        return _REFUSED
    return value


def _choice(place: Place, spec: FieldSpec, raw: object, problems: Problems) -> object:
    if raw is None or raw == "":
        return ""
    if isinstance(raw, str) and spec.option(raw) is not None:
        return raw
    names = ", ".join(f"“{o.text(problems.lang)}”" for o in spec.options)
    place.refuse(problems, BAD_CHOICE, choices=names)
    return _REFUSED


def _photo(place: Place, spec: FieldSpec, raw: object, problems: Problems) -> object:
    if raw is None or raw == "":
        return ""
    if isinstance(raw, str) and _PHOTO.fullmatch(raw.strip().lower()):
        return raw.strip().lower()
    place.refuse(problems, BAD_PHOTO)
    return _REFUSED


def _actions(place: Place, spec: FieldSpec, raw: object, problems: Problems) -> object:
    if raw is None:
        return ()
    numbers = raw if isinstance(raw, (list, tuple)) else None
    good = (
        numbers is not None
        and len(numbers) <= spec.max_rows
        and all(
            isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= MAX_ACTION_NUMBER
            for n in numbers
        )
        and len(set(numbers)) == len(numbers)
    )
    if not good:
        place.refuse(problems, BAD_ACTIONS, count=spec.max_rows, limit=MAX_ACTION_NUMBER)
        return _REFUSED
    return tuple(sorted(numbers))  # type: ignore[arg-type]


def _rows(place: Place, spec: FieldSpec, raw: object, problems: Problems) -> object:
    if raw is None:
        return ()
    if not isinstance(raw, (list, tuple)):
        place.refuse(problems, NOT_ROWS)
        return _REFUSED
    if len(raw) > spec.max_rows:
        place.refuse(problems, TOO_MANY_ROWS, limit=spec.max_rows)
        return _REFUSED
    rows = []
    for index, row in enumerate(raw):
        at = Place(place.step, spec, index)
        if not isinstance(row, Mapping):
            at.refuse(problems, NOT_ROW)
            continue
        unknown = next((k for k in row if not isinstance(k, str) or spec.column(k) is None), None)
        if unknown is not None:
            at.refuse(problems, UNKNOWN_COLUMN, column=str(unknown)[:40])
            continue
        clean = {}
        for column in spec.columns:
            cell = Place(place.step, spec, index, column)
            value = canonical_value(cell, row.get(column.key), problems)
            if not is_empty(value):
                clean[column.key] = value
        if clean:  # a row left empty in an editor is no row
            rows.append(clean)
    return tuple(rows)


_CHECKS = {
    Kind.TEXT: _text,
    Kind.LINE: _text,
    Kind.YES_NO: _yes_no,
    Kind.DATE: _date,
    Kind.PERCENT: _percent,
    Kind.CHOICE: _choice,
    Kind.PHOTO: _photo,
    Kind.ACTIONS: _actions,
    Kind.ROWS: _rows,
}


def is_empty(value: object) -> bool:
    """Nothing filled in: "", None, or an empty list."""
    return value is None or value == "" or value == ()
