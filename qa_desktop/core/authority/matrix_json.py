"""The matrix as canonical JSON: how a version is stored, hashed and signed.

One matrix has exactly one text (keys sorted, lists sorted, no spaces), so its sha256 names the
version a signature rests on. Reading refuses anything this application did not write, with one
sentence: a stored matrix that does not parse is a damaged or edited file, never a traceback.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from qa_desktop.core.authority.matrix import CONTEXT, Matrix, RoleRights, role_label
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.vocab import Action, HandlingKind

_TOP = ("base_currency", "roles", "version")
_ROLE = ("actions", "approve_kinds", "money_limit")


def matrix_to_json(m: Matrix) -> str:
    data = {
        "base_currency": m.base_currency,
        "roles": {
            code: {
                "actions": sorted(a.value for a in rights.actions),
                "approve_kinds": sorted(k.value for k in rights.approve_kinds),
                "money_limit": rights.money_limit,
            }
            for code, rights in m.roles.items()
        },
        "version": m.version,
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def matrix_hash(m: Matrix) -> str:
    return hashlib.sha256(matrix_to_json(m).encode("utf-8")).hexdigest()


def matrix_from_json(text: str) -> Matrix:
    data = _parse(text)
    _exact_keys(data, _TOP, "")
    version, base, roles = data["version"], data["base_currency"], data["roles"]
    if not _whole(version) or version < 1:
        raise _wrong("version")
    if not isinstance(base, str):
        raise _wrong("base_currency")
    if not isinstance(roles, dict):
        raise _wrong("roles")
    return Matrix(version, base, {code: _role(code, row) for code, row in roles.items()})


def _parse(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_no_constant)
    except (ValueError, TypeError, RecursionError):
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP("Authority", "The stored authority matrix is not readable JSON."),
        ) from None
    if not isinstance(data, dict):
        raise _wrong("")
    return data


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise translated(
                CONTEXT,
                QT_TRANSLATE_NOOP("Authority", "The stored authority matrix names “{key}” twice."),
                key=key,
            )
        data[key] = value
    return data


def _no_constant(name: str) -> Any:
    """NaN and Infinity are not JSON; Python's reader would accept them as numbers."""
    raise ValueError(name)


def _role(code: str, row: object) -> RoleRights:
    if not isinstance(row, dict):
        raise _wrong(f"roles.{code}")
    _exact_keys(row, _ROLE, f"roles.{code}.")
    actions, kinds, limit = row["actions"], row["approve_kinds"], row["money_limit"]
    for name, values in (("actions", actions), ("approve_kinds", kinds)):
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise _wrong(f"roles.{code}.{name}")
    unknown_actions = sorted(set(actions) - {a.value for a in Action})
    if unknown_actions:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority",
                "The stored authority matrix gives the role {role} an unknown action “{action}”.",
            ),
            role=role_label(code),
            action=unknown_actions[0],
        )
    unknown_kinds = sorted(set(kinds) - {k.value for k in HandlingKind})
    if unknown_kinds:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority",
                "The stored authority matrix gives the role {role} an unknown kind of handling “{kind}”.",
            ),
            role=role_label(code),
            kind=unknown_kinds[0],
        )
    if limit is not None and (not _whole(limit) or limit < 0):
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority",
                "The money limit of the role {role} must be a whole number of minor units, zero or more.",
            ),
            role=role_label(code),
        )
    return RoleRights(
        frozenset(Action(a) for a in actions), frozenset(map(HandlingKind, kinds)), limit
    )


def _exact_keys(data: dict[str, Any], keys: tuple[str, ...], prefix: str) -> None:
    for key in keys:
        if key not in data:
            raise translated(
                CONTEXT,
                QT_TRANSLATE_NOOP("Authority", "The stored authority matrix has no “{field}”."),
                field=prefix + key,
            )
    unknown = sorted(set(data) - set(keys))
    if unknown:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority", "The stored authority matrix has an unknown field “{field}”."
            ),
            field=prefix + unknown[0],
        )


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _wrong(path: str) -> UserError:
    return translated(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Authority", "The stored authority matrix has a value of the wrong kind at “{field}”."
        ),
        field=path or "/",
    )
