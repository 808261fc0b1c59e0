"""The workflow's states: the register's status codes (vocab.Status), so nothing is stored twice."""

from __future__ import annotations

from qa_desktop.core.vocab import Status

START = Status.REGISTERED
"""Where every complaint begins."""

FINAL = frozenset({Status.CLOSED})
"""Where a complaint's life ends until it is reopened. `invalid` and `answered` are not final:
an invalid complaint still owes the customer a tactful answer (DOMAIN.md step 2)."""

OPEN = frozenset(Status) - FINAL

__all__ = ["FINAL", "OPEN", "START", "Status"]
