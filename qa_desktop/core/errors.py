"""Errors a person can act on: each carries one clear sentence, never a traceback."""

from __future__ import annotations

from typing import NamedTuple


class UserError(Exception):
    """A mistake or a state the user can fix; `str(err)` is the one sentence to show."""


def translated(context: str, message: str, lang: str | None = None, **values: object) -> UserError:
    """A UserError whose sentence comes from the catalogue (`message` marked with
    QT_TRANSLATE_NOOP under `context`), with `{placeholders}` filled after translation."""
    from qa_desktop.core.i18n import translate

    return UserError(translate(context, message, lang).format(**values))


class DatabaseError(UserError):
    """The database file cannot be used: missing, not a database, newer, locked, read-only, corrupt."""


class FieldError(NamedTuple):
    """A problem with one field; `row` is set for a coil line."""

    field: str
    message: str
    row: int | None = None


class ValidationError(UserError):
    """The problems of a form, each beside its field; `str(err)` says the first."""

    def __init__(self, errors: list[FieldError] | None = None) -> None:
        super().__init__()
        self.errors: list[FieldError] = [] if errors is None else errors

    def __repr__(self) -> str:
        return f"ValidationError(errors={self.errors!r})"

    def __str__(self) -> str:
        first = self.errors[0].message if self.errors else "The input is not valid."
        more = len(self.errors) - 1
        return first if more <= 0 else f"{first} (+{more} more)"


class Cancelled(Exception):
    """Long work stopped at the user's request; whatever it was writing is discarded."""
