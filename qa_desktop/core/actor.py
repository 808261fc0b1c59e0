"""Who acts: apart from the services' context (core/services/context.py, which re-exports it) so
that a start-up's window can name who signed in before Peewee and the models load."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in account (its user id), with the name to show."""

    user_id: str
    display_name: str = ""

    @property
    def name(self) -> str:
        return self.display_name or self.user_id
